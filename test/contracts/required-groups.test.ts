/**
 * schema-became-optional (issue 12, sentry-kafka-schemas 9e8e13e532): `oneOf: [{required: [a]},
 * {required: [b]}]` removed from an event schema lets a message carry neither a nor b.
 */
import { describe, expect, test } from 'vitest';
import { contractFindings } from './helpers.js';

const span = (extra: Record<string, unknown>, required = ['span_id']): string =>
  JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'span',
      type: 'object',
      properties: { span_id: { type: 'string' }, is_remote: { type: ['boolean', 'null'] }, is_segment: { type: ['boolean', 'null'] } },
      required,
      ...extra,
    },
    null,
    2,
  );
const path = 'schemas/ingest-spans.v1.schema.json';
const group = (...lists: string[][]) => lists.map((required) => ({ required }));
const brief = (base: string, head: string) => contractFindings({ [path]: base }, { [path]: head }).map((f) => [f.rule, f.object]);

describe('a oneOf/anyOf of required lists', () => {
  test('the reproduction: the group removed is schema-property-became-optional', () => {
    expect(brief(span({ oneOf: group(['is_remote'], ['is_segment']) }), span({}))).toEqual([['schema-property-became-optional', '#/required']]);
  });

  test('variant (anyOf, two names per list): loosened by another list is reported; kept, tightened or covered by required is not', () => {
    const before = span({ anyOf: group(['is_remote', 'span_id'], ['is_segment']) });
    expect(brief(before, span({ anyOf: group(['is_remote', 'span_id'], ['is_segment'], ['span_id']) }))).toEqual([['schema-property-became-optional', '#/required']]);
    expect(brief(before, span({ anyOf: group(['is_segment'], ['span_id', 'is_remote']) }))).toEqual([]);
    expect(brief(before, span({ anyOf: group(['is_segment']) }))).toEqual([]);
    // Required outright: a tightening, reported as such, not as optional.
    expect(brief(before, span({}, ['span_id', 'is_segment']))).toEqual([['schema-property-became-required', '#/properties/is_segment']]);
  });
});
