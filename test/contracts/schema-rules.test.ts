/**
 * Table tests of the schema differ through the three flows: the same schema pair placed in a
 * request body, a response body, and a standalone (event) schema.
 */
import { describe, expect, test } from 'vitest';
import { contractFindings } from './helpers.js';

type Flow = 'request' | 'response' | 'event';

function wrap(flow: Flow, schema: object): Record<string, string> {
  if (flow === 'event') {
    return { 'schemas/event.schema.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema }, null, 2) };
  }
  const media = { 'application/json': { schema } };
  const op =
    flow === 'request'
      ? { post: { requestBody: { content: media }, responses: { '204': { description: 'ok' } } } }
      : { get: { responses: { '200': { description: 'ok', content: media } } } };
  return { 'api/openapi.json': JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/things': op } }, null, 2) };
}

function rules(flow: Flow, base: object, head: object): string[] {
  return contractFindings(wrap(flow, base), wrap(flow, head)).map((f) => f.rule).sort();
}

const obj = (properties: object, extra: object = {}) => ({ type: 'object', properties, ...extra });

interface Case {
  name: string;
  base: object;
  head: object;
  request: string[];
  response: string[];
  event: string[];
  /** Why request and response do not mirror each other here (the symmetry test skips the case). */
  asymmetric?: string;
}

const cases: Case[] = [
  {
    name: 'property removed',
    base: obj({ a: { type: 'string' }, b: { type: 'string' } }),
    head: obj({ a: { type: 'string' } }),
    request: ['request-property-removed'],
    response: ['response-property-removed'],
    event: ['schema-property-removed'],
  },
  {
    name: 'required property added',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string' }, b: { type: 'string' } }, { required: ['b'] }),
    request: ['request-required-property-added'],
    response: ['response-property-added'],
    event: ['schema-required-property-added'],
  },
  {
    name: 'optional property added',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string' }, b: { type: 'string' } }),
    request: [],
    response: ['response-property-added'],
    event: [],
  },
  {
    name: 'property became required',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string' } }, { required: ['a'] }),
    request: ['request-property-became-required'],
    response: [],
    event: ['schema-property-became-required'],
  },
  {
    name: 'property became optional',
    base: obj({ a: { type: 'string' } }, { required: ['a'] }),
    head: obj({ a: { type: 'string' } }),
    request: [],
    response: ['response-property-became-optional'],
    // FULL compatibility: old consumers rely on it (issue 15, "Events")
    event: ['schema-property-became-optional'],
  },
  {
    name: 'type changed',
    base: obj({ a: { type: 'integer' } }),
    head: obj({ a: { type: 'string' } }),
    request: ['request-property-type-changed'],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'type widened integer -> number',
    base: obj({ a: { type: 'integer' } }),
    head: obj({ a: { type: 'number' } }),
    request: [],
    response: ['response-property-type-changed'],
    // FULL compatibility: old consumers cannot read 3.5
    event: ['schema-type-changed'],
  },
  {
    name: 'type narrowed number -> integer',
    base: obj({ a: { type: 'number' } }),
    head: obj({ a: { type: 'integer' } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'format changed',
    base: obj({ a: { type: 'string', format: 'date' } }),
    head: obj({ a: { type: 'string', format: 'date-time' } }),
    request: ['request-property-type-changed'],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'format added',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string', format: 'uuid' } }),
    request: ['request-constraint-tightened'],
    response: [],
    event: ['schema-constraint-tightened'],
  },
  // formats that only annotate the type (issue 12, harbor): see ANNOTATION_FORMATS
  {
    name: 'format int64 added to an integer (annotation: nothing refused)',
    base: obj({ a: { type: 'integer' } }),
    head: obj({ a: { type: 'integer', format: 'int64' } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'format double added to a number, password to a string (annotations)',
    base: obj({ a: { type: 'number' }, b: { type: 'string' } }),
    head: obj({ a: { type: 'number', format: 'double' }, b: { type: 'string', format: 'password' } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'format int32 added to an integer, int64 to a number (they refuse values)',
    base: obj({ a: { type: 'integer' }, b: { type: 'number' } }),
    head: obj({ a: { type: 'integer', format: 'int32' }, b: { type: 'number', format: 'int64' } }),
    request: ['request-constraint-tightened', 'request-constraint-tightened'],
    response: [],
    event: ['schema-constraint-tightened', 'schema-constraint-tightened'],
  },
  {
    name: 'format widened int32 -> int64',
    base: obj({ a: { type: 'integer', format: 'int32' } }),
    head: obj({ a: { type: 'integer', format: 'int64' } }),
    request: [],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'format narrowed int64 -> int32',
    base: obj({ a: { type: 'integer', format: 'int64' } }),
    head: obj({ a: { type: 'integer', format: 'int32' } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'format int64 removed from an integer',
    base: obj({ a: { type: 'integer', format: 'int64' } }),
    head: obj({ a: { type: 'integer' } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'became nullable (3.1 type array)',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: ['string', 'null'] } }),
    request: [],
    response: ['response-property-became-nullable'],
    // old consumers meet null in new messages
    event: ['schema-type-changed'],
  },
  {
    name: 'nullable removed',
    base: obj({ a: { type: ['string', 'null'] } }),
    head: obj({ a: { type: 'string' } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'enum value removed',
    base: obj({ a: { type: 'string', enum: ['x', 'y'] } }),
    head: obj({ a: { type: 'string', enum: ['x'] } }),
    request: ['request-enum-value-removed'],
    response: [],
    event: ['schema-enum-value-removed'],
  },
  {
    name: 'enum value added',
    base: obj({ a: { type: 'string', enum: ['x'] } }),
    head: obj({ a: { type: 'string', enum: ['x', 'y'] } }),
    request: ['request-enum-value-added'],
    response: ['response-enum-value-added'],
    event: ['schema-enum-value-added'],
  },
  {
    name: 'maxLength lowered, minimum raised, pattern added',
    base: obj({ a: { type: 'string', maxLength: 10 }, n: { type: 'integer', minimum: 0 }, p: { type: 'string' } }),
    head: obj({ a: { type: 'string', maxLength: 5 }, n: { type: 'integer', minimum: 1 }, p: { type: 'string', pattern: '^a' } }),
    request: ['request-constraint-tightened', 'request-constraint-tightened', 'request-constraint-tightened'],
    response: [],
    event: ['schema-constraint-tightened', 'schema-constraint-tightened', 'schema-constraint-tightened'],
  },
  {
    name: 'constraints loosened',
    base: obj({ a: { type: 'string', maxLength: 5, pattern: '^a' }, items: { type: 'array', minItems: 2 } }),
    head: obj({ a: { type: 'string', maxLength: 10 }, items: { type: 'array', minItems: 1 } }),
    request: [],
    // issue 15 (oasdiff response_min_decreased, pattern-base -> pattern-revision): readers that validate refuse the new values
    response: ['response-constraint-loosened', 'response-constraint-loosened'],
    event: ['schema-constraint-loosened', 'schema-constraint-loosened'],
  },
  {
    // oasdiff response_min_decreased (a reproduction) and its variants: a dropped maximum, a divided multipleOf, uniqueItems dropped
    name: 'response minimum lowered, maximum dropped, multipleOf divided, uniqueItems dropped: loosened',
    base: obj({ n: { type: 'number', minimum: 10, maximum: 20, multipleOf: 10 }, l: { type: 'array', uniqueItems: true } }),
    head: obj({ n: { type: 'number', minimum: 5, multipleOf: 5 }, l: { type: 'array' } }),
    request: [],
    response: ['response-constraint-loosened', 'response-constraint-loosened'],
    event: ['schema-constraint-loosened', 'schema-constraint-loosened'],
  },
  {
    // oasdiff request_parameter_default_value_changed / response_property_default_value_changed; added or removed defaults are quiet
    name: 'a default changed (added or removed: quiet)',
    base: obj({ d: { type: 'string', default: 'default_category' }, e: { type: 'string' }, f: { type: 'integer', default: 1 } }),
    head: obj({ d: { type: 'string', default: 'updated_category' }, e: { type: 'string', default: 'x' }, f: { type: 'integer' } }),
    request: ['default-value-changed'],
    response: ['default-value-changed'],
    event: ['default-value-changed'],
  },
  {
    // oasdiff request_property_extensible_enum: a value the server stops understanding; new values and other flows are quiet
    name: 'x-extensible-enum value removed from a request',
    base: obj({ s: { type: 'string', 'x-extensible-enum': ['available', 'pending', 'sold'] } }),
    head: obj({ s: { type: 'string', 'x-extensible-enum': ['available', 'pending', 'reserved'] } }),
    request: ['request-enum-value-removed'],
    response: [],
    event: [],
    asymmetric: 'readers of an extensible enum tolerate new values by contract: a value added to a response is no break',
  },
  {
    name: 'x-extensible-enum dropped altogether: any string accepted, no removal',
    base: obj({ s: { type: 'string', 'x-extensible-enum': ['available'] } }),
    head: obj({ s: { type: 'string' } }),
    request: [],
    response: [],
    event: [],
  },
  {
    // json-schema-diff "object with additionalProperties constraint gets a more restrictive property constraint"
    name: 'a property declared narrower than the partially open additionalProperties it fell under',
    base: obj({}, { additionalProperties: { type: ['string', 'number'] } }),
    head: obj({ name: { type: 'string' } }, { additionalProperties: { type: ['string', 'number'] } }),
    request: ['request-property-type-changed'],
    response: ['response-property-added'],
    event: ['schema-type-changed'],
    asymmetric: 'a property a response stops declaring is a removal for old clients, whatever the extra properties allow',
  },
  {
    // json-schema-diff "objects get a hard constraint on a property"; a typed property added to a fully open object stays quiet
    name: 'a property declared false in an open object may no longer appear',
    base: obj({ first: { type: 'string' } }),
    head: obj({ first: { type: 'string' }, last: false, nick: { type: 'string' } }),
    request: ['request-property-type-changed'],
    response: ['response-property-added', 'response-property-added'],
    event: ['schema-type-changed'],
    asymmetric: 'a property a response stops declaring is a removal for old clients, whatever the extra properties allow',
  },
  {
    name: 'minLength 0 dropped, maxItems on a string dropped: nothing loosened',
    base: obj({ s: { type: 'string', minLength: 0, maxItems: 3 } }),
    head: obj({ s: { type: 'string' } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'closed to extra properties',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string' } }, { additionalProperties: false }),
    request: ['request-closed-to-extra-properties'],
    response: [],
    event: ['schema-closed-to-extra-properties'],
  },
  {
    name: 'unevaluatedProperties: false added',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { type: 'string' } }, { unevaluatedProperties: false }),
    request: ['request-closed-to-extra-properties'],
    response: [],
    event: ['schema-closed-to-extra-properties'],
  },
  {
    name: 'property added to a closed schema',
    base: obj({ a: { type: 'string' } }, { additionalProperties: false }),
    head: obj({ a: { type: 'string' }, b: { type: 'string' } }, { additionalProperties: false }),
    request: ['request-property-added-to-closed-schema'],
    response: ['response-property-added'],
    event: ['schema-property-added-to-closed-schema'],
  },
  {
    name: 'wrapping in allOf is not a change',
    base: obj({ a: { type: 'string' } }, { required: ['a'] }),
    head: { allOf: [obj({ a: { type: 'string' } }, { required: ['a'] })] },
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'splitting into allOf parts is not a change',
    base: obj({ a: { type: 'string' }, b: { type: 'integer' } }, { required: ['a'] }),
    head: { allOf: [obj({ a: { type: 'string' } }, { required: ['a'] }), obj({ b: { type: 'integer' } })] },
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'string widened to oneOf[string, object]',
    base: obj({ a: { type: 'string' } }),
    head: obj({ a: { oneOf: [{ type: 'string' }, obj({ x: { type: 'string' } })] } }),
    request: [],
    response: ['response-property-type-changed'],
    // old consumers meet objects from new producers
    event: ['schema-type-changed'],
  },
  {
    name: 'oneOf branch removed (branches reordered)',
    base: obj({ a: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }] } }),
    head: obj({ a: { oneOf: [{ type: 'boolean' }, { type: 'string' }] } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'oneOf branches reordered only',
    base: obj({ a: { oneOf: [obj({ k: { const: 'a' }, x: { type: 'string' } }, { title: 'A' }), obj({ k: { const: 'b' } }, { title: 'B' })] } }),
    head: obj({ a: { oneOf: [obj({ k: { const: 'b' } }, { title: 'B' }), obj({ k: { const: 'a' }, x: { type: 'string' } }, { title: 'A' })] } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'nested property removed at depth',
    base: obj({ o: obj({ p: obj({ q: { type: 'string' }, r: { type: 'string' } }) }) }),
    head: obj({ o: obj({ p: obj({ q: { type: 'string' } }) }) }),
    request: ['request-property-removed'],
    response: ['response-property-removed'],
    event: ['schema-property-removed'],
  },
  {
    name: 'array items type changed',
    base: obj({ list: { type: 'array', items: { type: 'integer' } } }),
    head: obj({ list: { type: 'array', items: { type: 'string' } } }),
    request: ['request-property-type-changed'],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'readOnly property is not part of a request',
    base: obj({ id: { type: 'integer', readOnly: true }, a: { type: 'string' } }),
    head: obj({ a: { type: 'string' }, created: { type: 'string', readOnly: true } }, { required: ['created'] }),
    request: [],
    response: ['response-property-added', 'response-property-removed'],
    event: ['schema-property-removed', 'schema-required-property-added'],
  },
  {
    name: 'descriptions, examples and key order only',
    base: obj({ a: { type: 'string', description: 'x' }, b: { type: 'integer' } }, { required: ['a', 'b'] }),
    head: { required: ['b', 'a'], properties: { b: { example: 3, type: 'integer' }, a: { description: 'y', type: 'string' } }, type: 'object' },
    request: [],
    response: [],
    event: [],
  },
  // Issue 15: what a schema accepts, by JSON Schema's own rules.
  {
    name: 'no type is inferred from keywords: properties declared on an untyped open schema accept the same values',
    base: obj({ p: { additionalProperties: true } }),
    head: obj({ p: { additionalProperties: true, properties: { x: true } } }),
    request: [],
    response: ['response-property-added'],
    event: [],
  },
  {
    name: 'the false schema accepts nothing: items true -> false',
    base: obj({ p: { type: 'array', items: true } }),
    head: obj({ p: { type: 'array', items: false } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'the false schema accepts nothing: items false -> true',
    base: obj({ p: { type: 'array', items: false } }),
    head: obj({ p: { type: 'array', items: true } }),
    request: [],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'items added to an array that had none',
    base: obj({ p: { type: 'array' } }),
    head: obj({ p: { type: 'array', items: { type: 'string' } } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'items removed from an array',
    base: obj({ p: { type: 'array', items: { type: 'string' } } }),
    head: obj({ p: { type: 'array' } }),
    request: [],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'items added to a schema that accepts no arrays changes nothing',
    base: obj({ p: { type: 'string' } }),
    head: obj({ p: { type: 'string', items: { type: 'string' } } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'a keyword that does not apply to the type restricts nothing (maxItems on a string)',
    base: obj({ p: { type: 'string' } }),
    head: obj({ p: { type: 'string', maxItems: 3, maximum: 2, maxProperties: 1 } }),
    request: [],
    response: [],
    event: [],
  },
  {
    name: 'a keyword that applies to one of the types still tightens (maxLength on string|array)',
    base: obj({ p: { type: ['string', 'array'] } }),
    head: obj({ p: { type: ['string', 'array'], maxLength: 3 } }),
    request: ['request-constraint-tightened'],
    response: [],
    event: ['schema-constraint-tightened'],
  },
  {
    name: 'a pattern replaced by one that matches every string is no tightening',
    base: obj({ p: { type: 'string', pattern: '^[a-z]+$' } }),
    head: obj({ p: { type: 'string', pattern: '.*' } }),
    request: [],
    // no tightening, but the restriction is gone: a loosening for readers that validated it
    response: ['response-constraint-loosened'],
    event: ['schema-constraint-loosened'],
  },
  {
    name: 'a match-everything pattern added (^.*$) is no tightening; a real one is',
    base: obj({ p: { type: 'string' }, q: { type: 'string' } }),
    head: obj({ p: { type: 'string', pattern: '^.*$' }, q: { type: 'string', pattern: '^[a-z]' } }),
    request: ['request-constraint-tightened'],
    response: [],
    event: ['schema-constraint-tightened'],
  },
  {
    name: 'a keyword the differ does not compare (not) changed',
    base: obj({ p: { type: 'string', not: { const: 'x' } } }),
    head: obj({ p: { type: 'string', not: { enum: ['x', 'y'] } } }),
    request: ['schema-keyword-changed'],
    response: ['schema-keyword-changed'],
    event: ['schema-keyword-changed'],
  },
  {
    name: 'a closed tuple grows (prefixItems, items: false)',
    base: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }], items: false } }),
    head: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } }),
    request: [],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'an element added to an open tuple narrows what it accepts',
    base: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }] } }),
    head: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] } }),
    request: ['request-property-type-changed'],
    response: [],
    event: ['schema-type-changed'],
  },
  {
    name: 'a draft-07 tuple (items list) closed by additionalItems: false grows',
    base: obj({ p: { type: 'array', items: [{ type: 'string' }], additionalItems: false } }, { $schema: 'http://json-schema.org/draft-07/schema#' }),
    head: obj({ p: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false } }, { $schema: 'http://json-schema.org/draft-07/schema#' }),
    request: [],
    response: ['response-property-type-changed'],
    event: ['schema-type-changed'],
  },
  {
    name: 'a tuple unchanged but for a description',
    base: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } }),
    head: obj({ p: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer', description: 'count' }], items: false } }),
    request: [],
    response: [],
    event: [],
  },
];

describe.each(cases)('$name', (c) => {
  for (const flow of ['request', 'response', 'event'] as const) {
    test(flow, () => {
      expect(rules(flow, c.base, c.head)).toEqual([...c[flow]].sort());
    });
  }
});

describe('severities the change itself justifies (issue 15)', () => {
  const findings = (flow: Flow, base: object, head: object) => contractFindings(wrap(flow, base), wrap(flow, head)).map((f) => [f.rule, f.severity ?? 'default']);

  test('a new required request property with a default is a warning (the server fills it); without a default an error', () => {
    const base = obj({ a: { type: 'string' } });
    expect(findings('request', base, obj({ a: { type: 'string' }, b: { type: 'string', default: 'x' } }, { required: ['b'] }))).toEqual([['request-required-property-added', 'warning']]);
    expect(findings('request', base, obj({ a: { type: 'string' }, b: { type: 'string' } }, { required: ['b'] }))).toEqual([['request-required-property-added', 'default']]);
    // Events: a consumer validating against the schema does not fill defaults: still the rule's error.
    expect(findings('event', base, obj({ a: { type: 'string' }, b: { type: 'string', default: 'x' } }, { required: ['b'] }))).toEqual([['schema-required-property-added', 'default']]);
  });

  test('x-extensible-enum values added are not reported (extensible by contract)', () => {
    const ext = (values: string[]) => obj({ p: { type: 'string', 'x-extensible-enum': values } });
    for (const flow of ['request', 'response', 'event'] as const) expect(findings(flow, ext(['a']), ext(['a', 'b']))).toEqual([]);
  });

  test('a new oneOf/anyOf variant in a response is a warning like a new enum value; in an event it stays an error', () => {
    const base = obj({ p: { oneOf: [{ type: 'string' }, { type: 'integer' }] } });
    const head = obj({ p: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }] } });
    expect(findings('response', base, head)).toEqual([['response-property-type-changed', 'warning']]);
    expect(findings('event', base, head)).toEqual([['schema-type-changed', 'default']]);
    // A variant removed from a response is no warning: the old client still reads what is sent.
    expect(findings('response', head, base)).toEqual([]);
  });
});

/**
 * Request and response rules mirror each other (oasdiff keeps the same check): a change in a
 * request equals, seen from the other side, the opposite change in a response.
 */
const REQUEST_TO_RESPONSE: Record<string, string[]> = {
  'request-property-removed': ['response-property-added'],
  'request-required-property-added': ['response-property-removed'],
  'request-property-became-required': ['response-property-became-optional'],
  'request-property-type-changed': ['response-property-type-changed', 'response-property-became-nullable'],
  'request-enum-value-removed': ['response-enum-value-added'],
};
const RESPONSE_TO_REQUEST: Record<string, string[]> = {
  'response-property-became-optional': ['request-property-became-required'],
  'response-property-type-changed': ['request-property-type-changed'],
  'response-property-became-nullable': ['request-property-type-changed'],
  'response-enum-value-added': ['request-enum-value-removed'],
};

test.each(cases.filter((c) => !c.asymmetric))('request/response symmetry: $name', (c) => {
  const swappedResponse = rules('response', c.head, c.base);
  for (const r of rules('request', c.base, c.head)) {
    const mirror = REQUEST_TO_RESPONSE[r];
    if (mirror) expect(swappedResponse.some((x) => mirror.includes(x)), `${r} mirrors ${mirror.join('|')}`).toBe(true);
  }
  const swappedRequest = rules('request', c.head, c.base);
  for (const r of rules('response', c.base, c.head)) {
    const mirror = RESPONSE_TO_REQUEST[r];
    if (mirror) expect(swappedRequest.some((x) => mirror.includes(x)), `${r} mirrors ${mirror.join('|')}`).toBe(true);
  }
});

test('a recursive schema (self and mutual $ref) ends and reports its change once', () => {
  const schema = (extra: object) => ({
    $defs: {
      Node: obj({ child: { $ref: '#/$defs/Node' }, peer: { $ref: '#/$defs/Peer' }, ...extra }),
      Peer: obj({ back: { $ref: '#/$defs/Node' } }),
    },
    $ref: '#/$defs/Node',
  });
  const found = contractFindings(wrap('event', schema({ gone: { type: 'string' } })), wrap('event', schema({})));
  expect(found.map((f) => f.rule)).toEqual(['schema-property-removed']);
});

test('one change reached through two oneOf pairings is one finding', () => {
  const shared = { type: 'object', properties: { v: { type: 'string', enum: ['a', 'b'] } } };
  const doc = (enumValues: string[]) => ({
    $defs: { S: { ...shared, properties: { v: { type: 'string', enum: enumValues } } } },
    type: 'object',
    properties: { x: { oneOf: [{ $ref: '#/$defs/S' }, { type: 'integer' }] }, y: { anyOf: [{ $ref: '#/$defs/S' }, { type: 'boolean' }] } },
  });
  const found = contractFindings(wrap('event', doc(['a', 'b'])), wrap('event', doc(['a'])));
  expect(found.map((f) => [f.rule, f.object])).toEqual([['schema-enum-value-removed', '#/$defs/S/properties/v']]);
});

test('constraint-only anyOf variants are paired by content; adding one is not a removal', () => {
  const base = obj({ state: { type: 'string' }, assignee: { type: 'string' } }, { anyOf: [{ required: ['state'] }, { required: ['assignee'] }] });
  const head = obj({ state: { type: 'string' }, assignee: { type: 'string' }, validity: { type: 'string' } }, { anyOf: [{ required: ['state'] }, { required: ['assignee'] }, { required: ['validity'] }] });
  expect(rules('request', base, head)).toEqual([]);
  // constraint-only variants say which fields go together; they are not compared as variants
  expect(rules('request', head, base)).toEqual(['request-property-removed']);
});

test('a variant covered by a merged branch is not removed: string[] | object[] -> (string | object)[]', () => {
  const arr = (items: object) => obj({ labels: { type: 'array', items } });
  const named = obj({ name: { type: 'string' } }, { required: ['name'] });
  const base = { oneOf: [arr({ type: 'string' }), arr(named)] };
  const head = { oneOf: [arr({ oneOf: [{ type: 'string' }, named] })] };
  expect(rules('request', base, head)).toEqual([]);
  expect(rules('request', head, base)).toEqual(['request-property-type-changed']);
  // for readers it is wider: one array may now mix strings and objects
  expect(rules('response', base, head)).toEqual(['response-property-type-changed']);
});

describe('equal schemas are skipped, never what their $refs lead to', () => {
  // The differ skips pairs that are equal value for value; a $ref counts as equal only when its
  // targets are, so a change behind an unchanged reference is still found.
  const doc = (name: string, leaf: object, ref = '#/$defs/Leaf') => ({
    $defs: { Leaf: leaf, Mid: obj({ leaf: { $ref: ref } }), [name]: obj({ mid: { $ref: '#/$defs/Mid' } }) },
    $ref: `#/$defs/${name}`,
  });

  test('a change two references deep under text that did not change is reported', () => {
    const found = contractFindings(wrap('event', doc('Top', obj({ a: { type: 'string' }, b: { type: 'string' } }))), wrap('event', doc('Top', obj({ a: { type: 'string' } }))));
    expect(found.map((f) => [f.rule, f.object])).toEqual([['schema-property-removed', '#/$defs/Leaf/properties/b']]);
  });

  test('the same schema under another $ref text (a renamed definition) is no change', () => {
    const leaf = obj({ a: { type: 'string' } });
    const base = doc('Top', leaf);
    const head = { ...doc('Top', leaf, '#/$defs/Renamed'), $defs: { ...doc('Top', leaf).$defs, Renamed: leaf, Mid: obj({ leaf: { $ref: '#/$defs/Renamed' } }) } };
    expect(contractFindings(wrap('event', base), wrap('event', head))).toEqual([]);
  });

  test('a $ref on one side and the same schema written inline on the other is compared, not skipped', () => {
    const leaf = obj({ a: { type: 'string' } });
    const base = { $defs: { Leaf: leaf }, ...obj({ x: { $ref: '#/$defs/Leaf' } }) };
    const head = { $defs: { Leaf: leaf }, ...obj({ x: obj({ a: { type: 'integer' } }) }) };
    expect(contractFindings(wrap('event', base), wrap('event', head)).map((f) => f.rule)).toEqual(['schema-type-changed']);
  });

  test('recursive schemas: equal ones end quietly, a change inside the cycle is found once', () => {
    const rec = (extra: object) => ({
      $defs: { Node: obj({ next: { $ref: '#/$defs/Node' }, other: { $ref: '#/$defs/Peer' } }), Peer: obj({ back: { $ref: '#/$defs/Node' }, ...extra }) },
      $ref: '#/$defs/Node',
    });
    expect(contractFindings(wrap('event', rec({ v: { type: 'string' } })), wrap('event', rec({ v: { type: 'string' } })))).toEqual([]);
    const found = contractFindings(wrap('event', rec({ v: { type: 'string' } })), wrap('event', rec({ v: { type: 'number' } })));
    expect(found.map((f) => [f.rule, f.object])).toEqual([['schema-type-changed', '#/$defs/Peer/properties/v']]);
  });

  test('keys reordered is equal; a reordered enum is compared (and is no change)', () => {
    const base = obj({ s: { type: 'string', enum: ['a', 'b'], description: 'x' } });
    const head = obj({ s: { description: 'x', enum: ['b', 'a'], type: 'string' } });
    expect(contractFindings(wrap('event', base), wrap('event', head))).toEqual([]);
  });
});

describe('null through allOf: accepted only if no typed member rejects it', () => {
  // GitHub Enterprise Server 3.18 -> 3.19: a request property went from `$ref X` (X nullable) to
  // `allOf: [$ref X, {type: object, ...}]`: the second member rejects null, so old clients that
  // send null are now refused.
  const X = { type: 'object', nullable: true, properties: { a: { type: 'string' } } };
  const Y = { type: 'object', properties: { a: { type: 'string' } } };
  const api = (flow: 'request' | 'response', p: object) => {
    const media = { 'application/json': { schema: obj({ p }) } };
    const op = flow === 'request' ? { patch: { requestBody: { content: media }, responses: { '204': { description: 'ok' } } } } : { get: { responses: { '200': { description: 'ok', content: media } } } };
    return { 'api/openapi.json': JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/things': op }, components: { schemas: { X, Y } } }, null, 2) };
  };
  const found = (flow: 'request' | 'response', base: object, head: object) => contractFindings(api(flow, base), api(flow, head)).map((f) => f.rule).sort();
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  test('nullable X wrapped in allOf with a typed non-null member: a request change', () => {
    expect(found('request', ref('X'), { allOf: [ref('X'), { type: 'object', properties: { b: { type: 'boolean' } } }] })).toContain('request-property-type-changed');
  });

  test('the 3.0 idiom {nullable: true, allOf: [$ref]} stays nullable', () => {
    const idiom = { nullable: true, allOf: [ref('Y')] };
    expect(found('request', { type: 'object', nullable: true, properties: { a: { type: 'string' } } }, idiom)).toEqual([]);
    // in a response, going from Y to the idiom is a new null for readers
    expect(found('response', ref('Y'), idiom)).toEqual(['response-property-became-nullable']);
  });

  test('allOf members that all accept null (or an untyped one) keep null', () => {
    expect(found('request', ref('X'), { allOf: [ref('X'), { nullable: true, type: 'object', properties: { b: { type: 'boolean' } } }] })).not.toContain('request-property-type-changed');
    expect(found('request', ref('X'), { allOf: [ref('X'), { description: 'more text' }] })).toEqual([]);
  });

  test('allOf [oneOf [Y, null], untyped] keeps null', () => {
    const base = { oneOf: [ref('Y'), { type: 'null' }] };
    expect(found('request', base, { allOf: [{ oneOf: [ref('Y'), { type: 'null' }] }, { description: 'x' }] })).toEqual([]);
  });
});

describe('oneOf branches paired by discriminator value', () => {
  const pet = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, name: { type: 'string' } } };
  const withLives = { ...pet, properties: { ...pet.properties, lives: { type: 'integer' } } };
  const api = (schemas: Record<string, object>, mapping: Record<string, string>) => {
    const one = { oneOf: Object.values(mapping).map(($ref) => ({ $ref })), discriminator: { propertyName: 'kind', mapping } };
    const media = { 'application/json': { schema: one } };
    return { 'api/openapi.json': JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/pets': { get: { responses: { '200': { description: 'ok', content: media } } } } }, components: { schemas } }, null, 2) };
  };
  const ref = (n: string) => `#/components/schemas/${n}`;

  test('a branch renamed behind the same discriminator value is compared with its old self', () => {
    const base = api({ Cat: withLives, Dog: pet }, { cat: ref('Cat'), dog: ref('Dog') });
    // Both were renamed; Cat (now CatV2) lost `lives`: clients dispatching on kind=cat miss a
    // property, not a variant, and kind=dog is unchanged
    const head = api({ DogV2: pet, CatV2: pet }, { dog: ref('DogV2'), cat: ref('CatV2') });
    const found = contractFindings(base, head);
    expect(found.map((f) => [f.rule, f.object])).toEqual([['response-property-removed', 'GET /pets 200 application/json #/components/schemas/CatV2/properties/lives']]);
  });

  test('a discriminator value that is gone is a removed variant', () => {
    const base = api({ Cat: withLives, Dog: pet, Bird: pet }, { cat: ref('Cat'), dog: ref('Dog'), bird: ref('Bird') });
    const head = api({ Cat: withLives, Dog: pet, Bird: pet }, { cat: ref('Cat'), dog: ref('Dog') });
    // a response that no longer returns birds breaks nobody who reads it
    expect(contractFindings(base, head)).toEqual([]);
  });
});

describe('an enum restriction removed', () => {
  const event = (status: object) => ({ 'events/order.schema.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...obj({ status }) }, null, 2) });

  test('is a new value for consumers, said as a sentence (sentry-kafka-schemas 79102abf16 read "gained the enum restriction was removed")', () => {
    const found = contractFindings(event({ type: 'string', enum: ['open', 'closed'] }), event({ type: 'string' }));
    expect(found.map((f) => f.rule)).toEqual(['schema-enum-value-added']);
    expect(found[0].message).toMatch(/ gained any value of its type \(the enum restriction was removed\) /);
  });

  test('a `const` dropped reads the same way; an enum added is a tightening, not an addition', () => {
    expect(contractFindings(event({ type: 'string', const: 'open' }), event({ type: 'string' }))[0].message).toContain('gained any value of its type');
    expect(contractFindings(event({ type: 'string' }), event({ type: 'string', enum: ['open'] })).map((f) => f.rule)).toEqual(['schema-constraint-tightened']);
  });
});

describe('security added to the whole document (issue 15)', () => {
  const doc = (security: string) => `openapi: 3.0.3
info: {title: t, version: '1'}
${security}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
paths:
  /a: {get: {responses: {'200': {description: ok}}}}
  /b: {get: {responses: {'200': {description: ok}}}}
  /c: {post: {responses: {'200': {description: ok}}}}
  /d: {delete: {responses: {'204': {description: ok}}}}
  /health: {get: {security: [], responses: {'200': {description: ok}}}}
  /own: {get: {security: [{key: []}], responses: {'200': {description: ok}}}}
`;

  test('one finding on the document\'s security, naming how many operations it reaches; an operation that opts out is not one of them', () => {
    const found = contractFindings({ 'api/openapi.yaml': doc('') }, { 'api/openapi.yaml': doc('security: [{key: []}]') });
    const security = found.filter((f) => f.rule === 'security-requirement-added');
    expect(security).toHaveLength(1);
    expect(security[0]!.object).toBe('security');
    expect(security[0]!.line).toBe(3);
    // /health opts out (`security: []`), /own already required the key: neither is reached.
    expect(security[0]!.message).toBe('Security tightened (DELETE /d, GET /a, GET /b and 1 more operation): no authentication no longer enough; now requires key; old clients are refused.');
  });
});

describe('response headers (issue 15)', () => {
  const doc = (headers: string, swagger2 = false) =>
    swagger2
      ? `swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          headers:\n${headers}\n`
      : `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n${headers ? `          headers:\n${headers}\n` : ''}`;
  const found = (base: string, head: string) =>
    contractFindings({ 'api/openapi.yaml': base }, { 'api/openapi.yaml': head }).map((f) => `${f.rule}: ${f.message.split(' (')[0]}`).sort();

  test('removed, no longer required, retyped: errors; added: a notice; names compared case-insensitively', () => {
    const base = doc('            X-Rate-Limit: {required: true, schema: {type: integer}}\n            X-Request-Id: {schema: {type: string}}\n            ETag: {schema: {type: string}}');
    const head = doc('            x-rate-limit: {schema: {type: integer}}\n            X-Request-Id: {schema: {type: integer}}\n            X-New: {schema: {type: string}}');
    expect(found(base, head)).toEqual([
      'response-property-added: New response header `x-new`',
      'response-property-became-optional: Response header `x-rate-limit` is no longer required',
      'response-property-removed: Response header `etag` was removed',
      'response-property-type-changed: Response `x-request-id` changed type: string -> integer',
    ]);
  });

  test('every header gone with the headers map: each one removed; unchanged headers (other case): nothing', () => {
    const base = doc('            ETag: {schema: {type: string}}');
    expect(found(base, doc(''))).toEqual(['response-property-removed: Response header `etag` was removed']);
    expect(found(base, doc('            etag: {schema: {type: string}, description: entity tag}'))).toEqual([]);
  });

  test('Swagger 2.0: the header is its own schema', () => {
    expect(found(doc('            X-Total: {type: integer}', true), doc('            X-Total: {type: string}', true))).toEqual([
      'response-property-type-changed: Response `x-total` changed type: integer -> string',
    ]);
  });
});

describe('webhooks and callbacks: requests this API sends (issue 15)', () => {
  const doc = (hook: string, callback: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /orders:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses: {'201': {description: ok}}
      callbacks:
        shipped:
          '{$request.body#/callbackUrl}':
            post:
              requestBody: {content: {application/json: {schema: {type: object, properties: {${callback}}}}}}
              responses: {'200': {description: ok}}
webhooks:
  orderPlaced:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {${hook}}}}}}
      responses: {'200': {description: ok}}
`;
  const found = (base: string, head: string) =>
    contractFindings({ 'api/openapi.yaml': base }, { 'api/openapi.yaml': head }).map((f) => `${f.rule} ${f.line}: ${f.message.split(';')[0]}`).sort();
  const cancelled = `  orderCancelled:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n      responses: {'200': {description: ok}}\n`;

  test('the payload is judged as a response (receivers read it): a property removed or retyped breaks them, one added does not', () => {
    expect(found(doc('id: {type: string}, total: {type: integer}', 'id: {type: string}, carrier: {type: string}'), doc('id: {type: string}, total: {type: string}', 'id: {type: string}'))).toEqual([
      'response-property-removed 12: Response property `carrier` was removed (POST callback POST /orders shipped {$request.body#/callbackUrl})',
      'response-property-type-changed 17: Response `total` changed type: integer -> string (POST webhook orderPlaced)',
    ]);
    expect(found(doc('id: {type: string}', ''), doc('id: {type: string}, total: {type: integer}', ''))).toEqual([
      'response-property-added 17: New response property `total` (POST webhook orderPlaced): clients that start reading it must tolerate its absence after a rollback.',
    ]);
  });

  test('a webhook removed is an error on the webhooks map; a new one a notice', () => {
    const withCancelled = (d: string) => d.replace('webhooks:\n', `webhooks:\n${cancelled}`);
    expect(found(withCancelled(doc('id: {type: string}', '')), doc('id: {type: string}', ''))).toEqual([
      'endpoint-removed 14: Webhook POST webhook orderCancelled was removed',
    ]);
    expect(found(doc('id: {type: string}', ''), withCancelled(doc('id: {type: string}', ''))).map((f) => f.split(' ')[0])).toEqual(['endpoint-added']);
  });
});

describe('parameters: a scalar that becomes an array (issue 15)', () => {
  const doc = (schema: string) => `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      parameters:
        - {name: id, in: query, schema: ${schema}}
      responses: {'200': {description: ok}}
`;
  const found = (base: string, head: string) => contractFindings({ 'api/openapi.yaml': doc(base) }, { 'api/openapi.yaml': doc(head) }).map((f) => f.rule);

  test('integer -> array of integers is a widening (id=1 is still valid), not a type change', () => {
    expect(found('{type: integer}', '{type: array, items: {type: integer}}')).toEqual([]);
  });

  test('integer -> array of strings with a pattern still judges the element: the items narrow what old clients send', () => {
    expect(found('{type: string}', "{type: array, items: {type: string, pattern: '^[0-9]+$'}}")).toEqual(['request-constraint-tightened']);
    expect(found('{type: integer}', '{type: array, items: {type: boolean}}')).toEqual(['parameter-type-changed']);
  });

  test('array -> scalar stays a type change', () => {
    expect(found('{type: array, items: {type: integer}}', '{type: integer}')).toEqual(['parameter-type-changed']);
  });
});

describe('a media type that gains or loses its schema (issue 15; oasdiff media-type-schema fixtures)', () => {
  const doc = (request: string, response: string) => `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /x:
    post:
      requestBody: {content: {application/json: ${request}}}
      responses: {'200': {description: ok, content: {application/json: ${response}}}}
`;
  const found = (base: string, head: string) => contractFindings({ 'api/openapi.yaml': base }, { 'api/openapi.yaml': head }).map((f) => f.rule).sort();
  const schema = '{schema: {type: object, required: [id], properties: {id: {type: string}}}}';

  test('a request without a schema gains one: narrowed; a response loses its schema: widened', () => {
    expect(found(doc('{}', '{}'), doc(schema, '{}'))).toEqual(['request-property-type-changed', 'request-required-property-added']);
    expect(found(doc('{}', schema), doc('{}', '{}'))).toEqual(['response-property-removed', 'response-property-type-changed']);
  });

  test('the other directions widen a request and narrow a response: no error', () => {
    // The request's declared property is gone (request-property-removed: a warning, the server may ignore it now).
    expect(found(doc(schema, '{}'), doc('{}', '{}'))).toEqual(['request-property-removed']);
    expect(found(doc('{}', '{}'), doc('{}', schema))).toEqual(['response-property-added']);
  });
});

test('an object re-wrapped in a oneOf whose branches overlap is narrowed; exclusive branches, anyOf or a discriminator are not (oasdiff request_property_one_of_wrapped)', () => {
  const props = { foo: { type: 'string' }, bar: { type: 'string' } };
  const base = obj(props, { required: ['foo', 'bar'] });
  const branches = [obj(props, { required: ['foo'] }), obj(props, { required: ['bar'] })];
  const overlap = (flow: 'request' | 'event', head: object): string[] =>
    contractFindings(wrap(flow, base), wrap(flow, head))
      .filter((f) => f.message.includes('two oneOf branches at once'))
      .map((f) => f.rule);
  expect(overlap('request', { oneOf: branches })).toEqual(['request-property-type-changed']);
  expect(overlap('event', { oneOf: branches })).toEqual(['schema-type-changed']);
  expect(overlap('request', { anyOf: branches })).toEqual([]);
  expect(overlap('request', { oneOf: branches, discriminator: { propertyName: 'foo' } })).toEqual([]);
  const exclusive = [obj({ foo: { const: 'a' } }, { required: ['foo'] }), obj({ foo: { const: 'b' } }, { required: ['foo'] })];
  expect(overlap('request', { oneOf: exclusive })).toEqual([]);
});

test('an infinite bound (YAML .inf) is no bound: dropped or added, nothing loosened or tightened (json-schema-diff "maxLength Infinity")', () => {
  const schema = (s: string, n: string) => `type: object\nproperties:\n  s: {type: string${s}}\n  n: {type: number${n}}\n`;
  const run = (base: string, head: string) => contractFindings({ 'e.schema.yaml': base }, { 'e.schema.yaml': head }).map((f) => f.rule);
  expect(run(schema(', maxLength: .inf', ''), schema('', ', minimum: -.inf'))).toEqual([]);
  expect(run(schema('', ', minimum: -.inf'), schema(', maxLength: .inf', ''))).toEqual([]);
  // a finite bound dropped still is
  expect(run(schema(', maxLength: 5', ''), schema('', ''))).toEqual(['schema-constraint-loosened']);
});
