/**
 * Bounded work on any input (issue 11 items 8 and 10): no recursion over the input's depth
 * without a bound, no spread of an unbounded array into a call, memory proportional to the input
 * (a finding lists a bounded number of operations; its message counts them all).
 */
import { describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts, ENDPOINT_BUDGET, MAX_LISTED_ENDPOINTS } from '../../src/contracts/analyse.js';
import { MAX_COMPARE_DEPTH } from '../../src/contracts/schema-diff.js';
import { contractFindings, engineReport } from './helpers.js';

const INTERNAL = 'could not be analysed';

function timed<T>(fn: () => T, maxMs: number): T {
  const start = performance.now();
  const out = fn();
  expect(performance.now() - start).toBeLessThan(maxMs);
  return out;
}

const draft7 = (s: object) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...s });

describe('depth', () => {
  test('inline nesting deeper than the differ compares is a finding where it stops, not a silent pass', () => {
    const nest = (levels: number, leaf: string) => {
      let schema: object = { type: leaf };
      for (let i = 0; i < levels; i++) schema = { type: 'object', properties: { n: schema } };
      return schema;
    };
    const found = timed(() => contractFindings({ 'd.schema.json': draft7(nest(400, 'string')) }, { 'd.schema.json': draft7(nest(400, 'integer')) }), 5000);
    expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    expect(found[0].message).toContain(`more than ${MAX_COMPARE_DEPTH} levels deep`);
    // the same change above the bound is found as what it is
    const shallow = contractFindings({ 'd.schema.json': draft7(nest(100, 'string')) }, { 'd.schema.json': draft7(nest(100, 'integer')) });
    expect(shallow.map((f) => f.rule)).toEqual(['schema-type-changed']);
    // and equal deep schemas say nothing
    expect(contractFindings({ 'd.schema.json': draft7(nest(400, 'string')) }, { 'd.schema.json': draft7({ ...nest(400, 'string'), title: 't' }) })).toEqual([]);
  });

  test('allOf nested deeper than the differ merges is a finding, not members silently left out', () => {
    // allOf: [{allOf: [{… {properties: {leaf: {type}}}]}]}]: the property only exists in the innermost member
    const nest = (levels: number, leaf: string) => {
      let schema: object = { properties: { leaf: { type: leaf } } };
      for (let i = 0; i < levels; i++) schema = { allOf: [schema] };
      return { type: 'object', ...schema };
    };
    const found = timed(() => contractFindings({ 'd.schema.json': draft7(nest(40, 'string')) }, { 'd.schema.json': draft7(nest(40, 'integer')) }), 5000);
    expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    expect(found[0].message).toContain('allOf members nest more than 32 levels deep');
    // my variant: a deep member that appears only in head (its new requirement was invisible)
    const added = contractFindings({ 'd.schema.json': draft7({ type: 'object' }) }, { 'd.schema.json': draft7({ type: 'object', allOf: [nest(40, 'string')] }) });
    expect(added.map((f) => f.rule)).toContain('invalid-contract');
    // the same change within the bound is found as what it is, and equal deep schemas say nothing
    expect(contractFindings({ 'd.schema.json': draft7(nest(20, 'string')) }, { 'd.schema.json': draft7(nest(20, 'integer')) }).map((f) => f.rule)).toEqual(['schema-type-changed']);
    expect(contractFindings({ 'd.schema.json': draft7(nest(40, 'string')) }, { 'd.schema.json': draft7({ ...nest(40, 'string'), title: 't' }) })).toEqual([]);
  });

  test('a chain of 20,000 distinct $ref definitions: no stack overflow, a finding at the bound', () => {
    const defs = (leaf: string): Record<string, object> => {
      const out: Record<string, object> = {};
      for (let i = 0; i < 20_000; i++) out[`d${i}`] = { type: 'object', properties: { next: i === 19_999 ? { type: leaf } : { $ref: `#/definitions/d${i + 1}` } } };
      return out;
    };
    const doc = (leaf: string) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $ref: '#/definitions/d0', definitions: defs(leaf) }, null, 1);
    const found = timed(() => contractFindings({ 'chain.schema.json': doc('string') }, { 'chain.schema.json': doc('integer') }), 10_000);
    expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
    expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    expect(found[0].object).toBe(`#/definitions/d${MAX_COMPARE_DEPTH - 1}/properties/next`);
    expect(doc('integer').split('\n')[found[0].line! - 1]).toContain(`"d${MAX_COMPARE_DEPTH}"`);
  });

  test('a YAML document whose value is cyclic (an alias inside its own anchor) ends', () => {
    const base = 'openapi: 3.0.0\ninfo: {title: t, version: "1"}\npaths: {}\n';
    const head = `${base}x-loop: &a\n  self: *a\ncomponents:\n  schemas:\n    A: &s\n      type: object\n      properties:\n        me: *s\n`;
    const found = timed(() => contractFindings({ 'api/openapi.yaml': base }, { 'api/openapi.yaml': head }), 3000);
    expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
  });
});

describe('size', () => {
  test('150,000 removed properties (the old code overflowed the stack collecting them) and 200,000 enum values', () => {
    const props = Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const found = timed(() => contractFindings({ 'big.schema.json': draft7({ type: 'object', properties: props }) }, { 'big.schema.json': draft7({ type: 'object' }) }), 25_000);
    expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
    expect(found).toHaveLength(150_000);
    const values = Array.from({ length: 200_000 }, (_, i) => `v${i}`);
    const e = timed(() => contractFindings({ 'e.schema.json': draft7({ enum: values }) }, { 'e.schema.json': draft7({ enum: values.slice(1) }) }), 10_000);
    expect(e.map((f) => f.rule)).toEqual(['schema-enum-value-removed']);
  });

  test('5,000 removed operations', () => {
    const paths = (n: number) =>
      JSON.stringify({ openapi: '3.0.3', info: {}, paths: Object.fromEntries(Array.from({ length: n }, (_, i) => [`/r${i}`, { get: { responses: { '200': { description: 'ok' } } } }])) });
    const removed = timed(() => contractFindings({ 'api/openapi.json': paths(5_000) }, { 'api/openapi.json': paths(0) }), 10_000);
    expect(removed).toHaveLength(5_000);
  });

  test(`a change in a schema that 120 operations share: one finding listing them all, critical.endpoints escalates it`, () => {
    const doc = (t: string) =>
      `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${Array.from(
        { length: 120 },
        (_, i) => `  /r${String(i).padStart(3, '0')}:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/S'}}}}\n`,
      ).join('')}components:\n  schemas:\n    S: {type: object, properties: {a: {type: ${t}}}}\n`;
    const changes = changeSetFromTrees({ 'api/openapi.yaml': doc('string') }, { 'api/openapi.yaml': doc('integer') });
    const [f] = analyseContracts({ changes, config: defaultConfig() }).findings;
    expect(f.rule).toBe('response-property-type-changed');
    expect(f.message).toContain('(GET /r000, GET /r001, GET /r002 and 117 more operations)');
    expect(f.endpoints).toHaveLength(120); // within the budget: all of them
    const report = engineReport({ 'api/openapi.yaml': doc('string') }, { 'api/openapi.yaml': doc('integer') }, (c) => (c.critical.endpoints = ['GET /r119']));
    expect(report.findings.map((x) => [x.rule, x.critical, x.severity])).toEqual([['response-property-type-changed', true, 'error']]);
  });

  test('the endpoint lists stay bounded: 2,000 changed schemas shared by 600 operations', () => {
    // 1.2 million (finding, operation) pairs: more than the budget
    const n = 2_000;
    const ops = 600;
    const props = () => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { $ref: `#/components/schemas/S${i}` }]));
    const schemas = (t: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`S${i}`, { type: 'object', properties: { a: { type: t } } }]));
    const doc = (t: string) =>
      JSON.stringify({
        openapi: '3.0.3',
        info: {},
        paths: Object.fromEntries(Array.from({ length: ops }, (_, i) => [`/r${String(i).padStart(3, '0')}`, { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Root' } } } } } } }])),
        components: { schemas: { Root: { type: 'object', properties: props() }, ...schemas(t) } },
      });
    const config = defaultConfig();
    config.critical.endpoints = ['GET /r599'];
    const out = timed(() => analyseContracts({ changes: changeSetFromTrees({ 'api/openapi.json': doc('string') }, { 'api/openapi.json': doc('integer') }), config }), 30_000);
    expect(out.findings).toHaveLength(n);
    const listed = out.findings.reduce((sum, f) => sum + f.endpoints!.length, 0);
    expect(listed).toBeLessThanOrEqual(ENDPOINT_BUDGET + n * (MAX_LISTED_ENDPOINTS + 1));
    expect(listed).toBeGreaterThan(ENDPOINT_BUDGET);
    for (const f of out.findings) {
      expect(f.message).toContain(`and ${ops - 3} more operations`);
      expect(f.endpoints).toContain('GET /r599'); // the critical one is always there
    }
  });
});
