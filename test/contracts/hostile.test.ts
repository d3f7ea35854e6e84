/**
 * Hostile input: whatever a PR puts in a contract, the analyser answers with findings
 * (`invalid-contract`, `external-ref`) or a clean diff, never an exception, overflow or hang.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { contractFindings, oas } from './helpers.js';

const INTERNAL = 'could not be analysed';

function analyse(base: Record<string, string>, head: Record<string, string>) {
  return analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() }).findings;
}

function timed<T>(fn: () => T, maxMs: number): T {
  const start = performance.now();
  const out = fn();
  expect(performance.now() - start).toBeLessThan(maxMs);
  return out;
}

const VALID = oas(
  "/users/{id}:\n  get:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: integer}}\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/User'}",
  'components:\n  schemas:\n    User:\n      type: object\n      required: [id]\n      properties:\n        id: {type: integer}\n        tags: {type: array, items: {type: string, enum: [a, b]}}\n        friend: {$ref: "#/components/schemas/User"}\n',
);

describe('hostile documents', () => {
  test('a YAML alias bomb (billion laughs) is invalid-contract, quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `openapi: 3.0.0\npaths: {}\nx-bomb:\n${levels.map((l) => '  ' + l).join('\n')}\n`;
    const found = timed(() => analyse({ 'api.yaml': VALID }, { 'api.yaml': bomb }), 2000);
    expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    expect(found[0].message).toMatch(/alias/);
  });

  test('10,000-deep nesting in JSON and YAML is invalid-contract, not a stack overflow', () => {
    const deepJson = `{"openapi":"3.0.0","paths":{},"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const deepYaml = `openapi: 3.0.0\npaths: {}\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    for (const [path, text] of [['a.json', deepJson], ['a.yaml', deepYaml]]) {
      const found = timed(() => analyse({ [path]: VALID }, { [path]: text }), 3000);
      expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    }
  });

  test('deep but legal nesting inside a schema diff ends', () => {
    let schema: object = { type: 'string' };
    for (let i = 0; i < 400; i++) schema = { type: 'object', properties: { n: schema } };
    const doc = (s: object) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...s });
    const found = timed(() => analyse({ 'd.schema.json': doc(schema) }, { 'd.schema.json': doc({ type: 'object' }) }), 3000);
    expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
  });

  test('self-, mutually- and cross-file recursive $ref chains end', () => {
    const base = {
      'api/openapi.yaml': oas("/a:\n  get:\n    responses:\n      '200': {description: ok, content: {application/json: {schema: {$ref: 'x.yaml#/X'}}}}"),
      'api/x.yaml': "X: {$ref: 'y.yaml#/Y'}\nZ: {$ref: '#/Z'}\n",
      'api/y.yaml': "Y: {$ref: 'x.yaml#/X'}\n",
    };
    const head = { ...base, 'api/y.yaml': "Y: {$ref: 'x.yaml#/Z'}\n" };
    const found = timed(() => analyse(base, head), 2000);
    // the response schema loops in base (X -> Y -> X) and in head (Z -> Z): said once, as a warning
    expect(found.map((f) => [f.rule, f.file, f.line, f.severity])).toEqual([['invalid-contract', 'api/x.yaml', 2, 'warning']]);
  });

  test('duplicate keys are reported, not silently merged', () => {
    const json = '{"openapi":"3.0.0","paths":{"/a":{},"/a":{}}}';
    expect(contractFindings({ 'o.json': VALID.replace(/.*/s, '{"openapi":"3.0.0","paths":{}}') }, { 'o.json': json }).map((f) => [f.rule, f.message])).toEqual([
      ['invalid-contract', 'This contract is not valid: duplicate key "/a".'],
    ]);
  });
});

describe('properties (fast-check)', () => {
  test('mutated YAML specs never throw and never take long', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(VALID.length), fc.nat(8), fc.constantFrom('', ':', '{', '[', '&a', '*a', '-', '\n  ', '$ref: x', '"', "'", '#')), { maxLength: 6 }),
        (edits) => {
          let text = VALID;
          for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
          const found = timed(() => analyse({ 'api/openapi.yaml': VALID }, { 'api/openapi.yaml': text }), 1000);
          expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
          for (const f of found) if (f.rule !== 'contract-removed') expect(f.line).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  const leaf = fc.oneof(
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'null', ['string', 'null']) }),
    fc.record({ $ref: fc.constantFrom('#/$defs/a', '#/$defs/b', '#/nowhere', 'https://x.test/s.json', '../../up.json') }),
    fc.boolean(),
    fc.jsonValue({ maxDepth: 1 }),
  );
  const schemaAt: fc.Memo<unknown> = fc.memo((n) =>
    n <= 1
      ? leaf
      : fc.oneof(
          leaf,
          fc.record(
            {
              type: fc.constantFrom('string', 'integer', 'object', 'array', ['string', 'null']),
              enum: fc.array(fc.constantFrom('a', 'b', 1, null), { maxLength: 3 }),
              format: fc.constantFrom('date', 'uuid'),
              maxLength: fc.nat(5),
              nullable: fc.boolean(),
              additionalProperties: fc.oneof(fc.boolean(), schemaAt(n - 1)),
              properties: fc.dictionary(fc.constantFrom('a', 'b', 'c'), schemaAt(n - 1), { maxKeys: 3 }),
              required: fc.array(fc.constantFrom('a', 'b', 'c', 'z'), { maxLength: 3 }),
              items: schemaAt(n - 1),
              allOf: fc.array(schemaAt(n - 1), { maxLength: 2 }),
              oneOf: fc.array(schemaAt(n - 1), { maxLength: 3 }),
              $ref: fc.constantFrom('#/$defs/a', '#/$defs/b'),
            },
            { requiredKeys: [] },
          ),
        ),
  );
  const schemaArb = schemaAt(4);

  test('arbitrary schema pairs (with recursive $defs) diff without internal errors', () => {
    fc.assert(
      fc.property(schemaArb, schemaArb, schemaArb, schemaArb, (b, h, defA, defB) => {
        const doc = (root: unknown) => {
          const base = root !== null && typeof root === 'object' && !Array.isArray(root) ? root : { not: root };
          return JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...base, $defs: { a: defA, b: { $ref: '#/$defs/a', ...(defB as object) } } });
        };
        const found = timed(() => analyse({ 's/x.schema.json': doc(b) }, { 's/x.schema.json': doc(h) }), 1000);
        expect(found.some((f) => f.message.includes(INTERNAL))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
