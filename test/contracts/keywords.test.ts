/**
 * Issue 15's mutation check: for every keyword of JSON Schema 2020-12 (the vocabularies' meta-schemas
 * that ajv ships), a base/head pair of event schemas that differs only in that keyword either gets a
 * finding (the differ judges it, or `schema-keyword-changed` flags it) or the keyword is an
 * annotation that accepts the same values. A keyword missing from the table fails the test: a new
 * draft's keyword is never passed over in silence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';

beforeAll(async () => {
  await prepareEngine([]);
});

type Fragment = Record<string, unknown>;
/** The property `p`'s schema in base and head; `annotation`: no accepted value changes, no finding. */
const CASES: Record<string, { base: Fragment; head: Fragment; annotation?: true }> = {
  // core
  $id: { base: { $id: 'https://example.com/a', type: 'string' }, head: { $id: 'https://example.com/b', type: 'string' }, annotation: true },
  $schema: { base: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' }, head: { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'string' }, annotation: true },
  $ref: { base: { $ref: '#/$defs/text' }, head: { $ref: '#/$defs/number' } },
  $anchor: { base: { $anchor: 'a', type: 'string' }, head: { $anchor: 'b', type: 'string' }, annotation: true },
  $dynamicRef: { base: { $dynamicRef: '#text' }, head: { $dynamicRef: '#number' } },
  $dynamicAnchor: { base: { $dynamicAnchor: 'a', type: 'string' }, head: { $dynamicAnchor: 'b', type: 'string' } },
  $vocabulary: { base: { $vocabulary: { 'https://json-schema.org/draft/2020-12/vocab/core': true }, type: 'string' }, head: { $vocabulary: { 'https://json-schema.org/draft/2020-12/vocab/core': false }, type: 'string' } },
  $comment: { base: { $comment: 'a', type: 'string' }, head: { $comment: 'b', type: 'string' }, annotation: true },
  $defs: { base: { $defs: { x: { type: 'string' } }, type: 'string' }, head: { $defs: { x: { type: 'integer' } }, type: 'string' }, annotation: true },
  // applicator
  prefixItems: { base: { type: 'array', prefixItems: [{ type: 'string' }] }, head: { type: 'array', prefixItems: [{ type: 'integer' }] } },
  items: { base: { type: 'array', items: { type: 'string' } }, head: { type: 'array', items: { type: 'integer' } } },
  contains: { base: { type: 'array', contains: { type: 'string' } }, head: { type: 'array', contains: { type: 'integer' } } },
  additionalProperties: { base: { type: 'object' }, head: { type: 'object', additionalProperties: false } },
  properties: { base: { type: 'object', properties: { x: { type: 'string' } } }, head: { type: 'object', properties: { x: { type: 'integer' } } } },
  patternProperties: { base: { type: 'object', patternProperties: { '^a': { type: 'string' } } }, head: { type: 'object', patternProperties: { '^a': { type: 'integer' } } } },
  dependentSchemas: { base: { type: 'object', dependentSchemas: { a: { required: ['b'] } } }, head: { type: 'object', dependentSchemas: { a: { required: ['c'] } } } },
  propertyNames: { base: { type: 'object', propertyNames: { maxLength: 5 } }, head: { type: 'object', propertyNames: { maxLength: 3 } } },
  if: { base: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } }, head: { type: 'object', if: { required: ['c'] }, then: { required: ['b'] } } },
  then: { base: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } }, head: { type: 'object', if: { required: ['a'] }, then: { required: ['c'] } } },
  else: { base: { type: 'object', if: { required: ['a'] } }, head: { type: 'object', if: { required: ['a'] }, else: { required: ['c'] } } },
  allOf: { base: { allOf: [{ type: 'string' }] }, head: { allOf: [{ type: 'string', maxLength: 3 }] } },
  anyOf: { base: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, head: { anyOf: [{ type: 'string' }, { type: 'boolean' }] } },
  oneOf: { base: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, head: { oneOf: [{ type: 'string' }, { type: 'boolean' }] } },
  not: { base: { type: 'string', not: { const: 'x' } }, head: { type: 'string', not: { const: 'y' } } },
  // content
  contentEncoding: { base: { type: 'string', contentEncoding: 'base64' }, head: { type: 'string', contentEncoding: 'base32' } },
  contentMediaType: { base: { type: 'string', contentMediaType: 'application/json' }, head: { type: 'string', contentMediaType: 'text/plain' } },
  contentSchema: { base: { type: 'string', contentMediaType: 'application/json', contentSchema: { type: 'object' } }, head: { type: 'string', contentMediaType: 'application/json', contentSchema: { type: 'array' } } },
  // format and meta-data
  format: { base: { type: 'string' }, head: { type: 'string', format: 'email' } },
  title: { base: { type: 'string', title: 'a' }, head: { type: 'string', title: 'b' }, annotation: true },
  description: { base: { type: 'string', description: 'a' }, head: { type: 'string', description: 'b' }, annotation: true },
  // accepts the same values, but what an absent value means changed: default-value-changed (warning)
  default: { base: { type: 'string', default: 'a' }, head: { type: 'string', default: 'b' } },
  deprecated: { base: { type: 'string' }, head: { type: 'string', deprecated: true }, annotation: true },
  readOnly: { base: { type: 'string' }, head: { type: 'string', readOnly: true }, annotation: true },
  writeOnly: { base: { type: 'string' }, head: { type: 'string', writeOnly: true }, annotation: true },
  examples: { base: { type: 'string', examples: ['a'] }, head: { type: 'string', examples: ['b'] }, annotation: true },
  // unevaluated
  unevaluatedItems: { base: { type: 'array', unevaluatedItems: { type: 'string' } }, head: { type: 'array', unevaluatedItems: { type: 'integer' } } },
  unevaluatedProperties: { base: { type: 'object', unevaluatedProperties: { type: 'string' } }, head: { type: 'object', unevaluatedProperties: { type: 'integer' } } },
  // validation
  type: { base: { type: 'string' }, head: { type: 'integer' } },
  const: { base: { const: 'a' }, head: { const: 'b' } },
  enum: { base: { enum: ['a', 'b'] }, head: { enum: ['a'] } },
  multipleOf: { base: { type: 'integer', multipleOf: 2 }, head: { type: 'integer', multipleOf: 3 } },
  maximum: { base: { type: 'integer', maximum: 10 }, head: { type: 'integer', maximum: 5 } },
  exclusiveMaximum: { base: { type: 'integer', exclusiveMaximum: 10 }, head: { type: 'integer', exclusiveMaximum: 5 } },
  minimum: { base: { type: 'integer', minimum: 0 }, head: { type: 'integer', minimum: 1 } },
  exclusiveMinimum: { base: { type: 'integer', exclusiveMinimum: 0 }, head: { type: 'integer', exclusiveMinimum: 1 } },
  maxLength: { base: { type: 'string', maxLength: 10 }, head: { type: 'string', maxLength: 5 } },
  minLength: { base: { type: 'string', minLength: 1 }, head: { type: 'string', minLength: 2 } },
  pattern: { base: { type: 'string', pattern: '^a' }, head: { type: 'string', pattern: '^b' } },
  maxItems: { base: { type: 'array', maxItems: 5 }, head: { type: 'array', maxItems: 3 } },
  minItems: { base: { type: 'array', minItems: 1 }, head: { type: 'array', minItems: 2 } },
  uniqueItems: { base: { type: 'array' }, head: { type: 'array', uniqueItems: true } },
  maxContains: { base: { type: 'array', contains: { type: 'string' }, maxContains: 3 }, head: { type: 'array', contains: { type: 'string' }, maxContains: 2 } },
  minContains: { base: { type: 'array', contains: { type: 'string' }, minContains: 1 }, head: { type: 'array', contains: { type: 'string' }, minContains: 2 } },
  maxProperties: { base: { type: 'object', maxProperties: 5 }, head: { type: 'object', maxProperties: 3 } },
  minProperties: { base: { type: 'object', minProperties: 1 }, head: { type: 'object', minProperties: 2 } },
  required: { base: { type: 'object', properties: { a: { type: 'string' } } }, head: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } },
  dependentRequired: { base: { type: 'object', dependentRequired: { a: ['b'] } }, head: { type: 'object', dependentRequired: { a: ['c'] } } },
};

/** Every keyword of the 2020-12 vocabularies, read from the meta-schemas ajv ships. */
function keywords2020(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('ajv/package.json')), 'dist/refs/json-schema-2020-12/meta');
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { properties?: Record<string, unknown> };
    for (const k of Object.keys(meta.properties ?? {})) out.add(k);
  }
  return [...out].sort();
}

function findings(base: Fragment, head: Fragment): string[] {
  const doc = (p: Fragment): string =>
    JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Event', type: 'object', $defs: { text: { type: 'string' }, number: { type: 'integer' } }, properties: { p } }, null, 2);
  const changes = changeSetFromTrees({ 'schemas/event.schema.json': doc(base) }, { 'schemas/event.schema.json': doc(head) });
  const config = defaultConfig();
  config.contracts = [{ path: 'schemas/event.schema.json', role: 'event' }];
  return runEngine({ changes, config }, { today: '2026-12-05' }).findings.map((f) => `${f.rule}: ${f.message}`);
}

describe('every JSON Schema 2020-12 keyword is judged, flagged, or an annotation', () => {
  test('the table lists every keyword of the 2020-12 vocabularies', () => {
    const listed = new Set(Object.keys(CASES));
    expect(keywords2020().filter((k) => !listed.has(k))).toEqual([]);
  });

  test.each(Object.entries(CASES))('%s', (keyword, { base, head, annotation }) => {
    const found = findings(base, head);
    if (annotation) expect(found, keyword).toEqual([]);
    else expect(found.length, `${keyword} changed and nothing was reported`).toBeGreaterThan(0);
    // A change the differ does not compare is named in its finding.
    const flagged = found.filter((f) => f.startsWith('schema-keyword-changed'));
    if (flagged.length > 0) expect(flagged.some((f) => f.includes(`${keyword} `)), flagged.join('\n')).toBe(true);
  });

  test('equal values are no change: the same `not` in base and head, reached through different $refs to equal schemas', () => {
    expect(findings({ type: 'string', not: { $ref: '#/$defs/text' } }, { type: 'string', not: { $ref: '#/$defs/text' } })).toEqual([]);
    expect(findings({ type: 'string', not: { const: 'x' } }, { type: 'string', not: { const: 'x' }, description: 'edited' })).toEqual([]);
  });

  test('a keyword no draft defines is an annotation validators ignore (vector\'s `_metadata`): not reported', () => {
    expect(findings({ type: 'string', _metadata: { docs: 'a' } }, { type: 'string', _metadata: { docs: 'b' } })).toEqual([]);
    expect(findings({ type: 'string' }, { type: 'string', 'x-order': 3, _metadata: {} })).toEqual([]);
  });
});
