/**
 * Finding the contracts a changed file reaches (issue 19 item 5): outward from the changed files
 * through the snapshot's text search, never by reading every JSON/YAML file of the tree; and no
 * finding that the whole-tree scan found is lost.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { oas, searchableChanges, type Files } from './helpers.js';

const OP = (path: string, ref: string) => `${path}:\n  get:\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: {$ref: '${ref}'}`;

function analyse(base: Files, head: Files, search: boolean) {
  const run = searchableChanges(base, head, { search });
  const out = analyseContracts({ changes: run.changes, config: defaultConfig() });
  return { ...out, headLog: run.headLog, baseLog: run.baseLog };
}

const brief = (out: { findings: { rule: string; file: string; line: number | null; message: string }[] }) =>
  out.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`).sort();

/** A repository with `n` unrelated JSON/YAML files besides the API and its schemas. */
function repo(n: number, zip = 'string'): Files {
  const files: Files = {
    'api/openapi.yaml': oas(OP('/users', 'schemas/user.yaml')),
    'api/schemas/user.yaml': "type: object\nproperties:\n  address: {$ref: '../common/address.yaml#/Address'}\n",
    'api/common/address.yaml': `Address:\n  type: object\n  properties:\n    zip: {type: ${zip}}\n`,
    'package.json': '{"name": "app", "version": "1.0.0"}',
  };
  for (let i = 0; i < n; i++) files[`conf/c${i}.json`] = JSON.stringify({ name: `c${i}`, refs: ['x'] });
  return files;
}

describe('a changed file that is not a contract', () => {
  test('package.json: with a searchable snapshot, no other file is read and the tree is not listed', () => {
    const base = repo(500);
    const head = { ...base, 'package.json': '{"name": "app", "version": "1.0.1"}' };
    const out = analyse(base, head, true);
    expect(out.findings).toEqual([]);
    expect(out.headLog.lists).toBe(0);
    expect(out.headLog.searches).toEqual(['package.json']);
    expect(new Set(out.headLog.reads)).toEqual(new Set(['package.json']));
    // without the search, every data file is read (what issue 19 measured: 16,001 blobs)
    const scan = analyse(base, head, false);
    expect(scan.headLog.reads.length).toBeGreaterThan(500);
  });

  test('a file two $refs away from an unchanged contract re-checks it, reading only the files that name it', () => {
    const base = repo(300);
    const head = { ...base, 'api/common/address.yaml': base['api/common/address.yaml'].replace('type: string', 'type: integer') };
    const searched = analyse(base, head, true);
    expect(brief(searched)).toEqual(brief(analyse(base, head, false)));
    expect(searched.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['response-property-type-changed', 'api/common/address.yaml', 4]]);
    expect(searched.headLog.searches).toEqual(['address.yaml', 'user.yaml', 'openapi.yaml']); // contracts may be $ref'd too
    expect(searched.headLog.reads.filter((p) => p.startsWith('conf/'))).toEqual([]);
  });

  test('a file tied to a schema by its $id: searched by the last segment of the URI, confirmed on the parsed $ref', () => {
    const ID = 'https://example.com/schemas/address.json';
    const order = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { ship_to: { $ref: ID } } });
    const address = (zip: string) => JSON.stringify({ $id: ID, type: 'object', properties: { zip: { type: zip } } });
    const decoy = JSON.stringify({ note: 'mentions address.json in text, refers to nothing' });
    // the file's name is not the $id's: only the URI ties them
    const base = { ...repo(50), 'events/order.schema.json': order, 'schemas/addr-v2.json': address('string'), 'docs/decoy.json': decoy };
    const head = { ...base, 'schemas/addr-v2.json': address('integer') };
    const searched = analyse(base, head, true);
    expect(searched.findings.map((f) => [f.rule, f.file])).toEqual([['schema-type-changed', 'schemas/addr-v2.json']]);
    expect(brief(searched)).toEqual(brief(analyse(base, head, false)));
    expect(searched.headLog.searches).toEqual(['addr-v2.json', 'address.json', 'order.schema.json']);
    expect(searched.headLog.reads.filter((p) => p.startsWith('conf/'))).toEqual([]);
  });

  test('a URL $ref resolved through another file declaring it as $id: found by search, not by reading the tree', () => {
    const ID = 'https://example.com/schemas/money.json';
    const order = (t: string) => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: t, properties: { total: { $ref: `${ID}#/properties/amount` } } });
    const money = JSON.stringify({ $id: ID, type: 'object', properties: { amount: { type: 'number' } } });
    const base = { ...repo(100), 'events/order.schema.json': order('a'), 'schemas/money.json': money };
    const head = { ...base, 'events/order.schema.json': order('b') };
    const out = analyse(base, head, true);
    expect(out.findings.map((f) => f.rule)).not.toContain('external-ref');
    expect(out.headLog.reads.filter((p) => p.startsWith('conf/'))).toEqual([]);
    expect(out.headLog.lists).toBe(0);
  });
});

test('a renamed file: the unchanged contracts that referred to its old path are re-checked (their $ref dangles now)', () => {
  const base = repo(20);
  const head: Files = { ...base, 'api/common/addr.yaml': base['api/common/address.yaml'] };
  delete head['api/common/address.yaml'];
  const { changes } = searchableChanges(base, head, { search: true });
  changes.files = [{ path: 'api/common/addr.yaml', oldPath: 'api/common/address.yaml', status: 'renamed' }];
  const out = analyseContracts({ changes, config: defaultConfig() });
  expect(out.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['invalid-contract', 'api/schemas/user.yaml', 3]]);
});

test('a chain of 30 files between the contract and the changed one (there was a limit of 16 rounds)', () => {
  const files: Files = { 'api/openapi.yaml': oas(OP('/x', 'c0.yaml')) };
  for (let i = 0; i < 30; i++) files[`api/c${i}.yaml`] = `type: object\nproperties:\n  next: {$ref: 'c${i + 1}.yaml'}\n`;
  files['api/c30.yaml'] = 'type: object\nproperties:\n  v: {type: string}\n';
  const head = { ...files, 'api/c30.yaml': 'type: object\nproperties:\n  v: {type: integer}\n' };
  for (const search of [true, false]) {
    expect(analyse(files, head, search).findings.map((f) => [f.rule, f.file])).toEqual([['response-property-type-changed', 'api/c30.yaml']]);
  }
});

describe('property: the search finds what the whole-tree scan finds', () => {
  // Small repositories: contracts (OpenAPI with operation $refs, event schemas) reaching schema
  // files through chains of $refs (relative paths and $id URLs), unrelated files, and a PR that
  // changes some of them. The searchable run must report exactly what the scan reports.
  const SCHEMAS = ['s/a.yaml', 's/b.yaml', 's/sub/c.yaml', 's/d.json'];
  const refTo = (from: string, to: string): string => {
    if (to === 's/d.json') return 'https://example.com/ids/money.json'; // its $id, not its file name
    const fromDir = from.split('/').slice(0, -1);
    const toParts = to.split('/');
    let common = 0;
    while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
    return [...Array(fromDir.length - common).fill('..'), ...toParts.slice(common)].join('/');
  };
  const schemaText = (path: string, type: string, next: string | null, extra: boolean): string => {
    const props: Record<string, unknown> = { v: { type } };
    if (next) props.n = { $ref: refTo(path, next) };
    if (extra) props.x = { type: 'string' };
    const value = { ...(path === 's/d.json' ? { $id: 'https://example.com/ids/money.json' } : {}), type: 'object', properties: props };
    return path.endsWith('.json') ? JSON.stringify(value) : `type: object\nproperties:\n${Object.entries(props).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n${path === 's/d.json' ? '' : ''}`;
  };
  const arb = fc.record({
    types: fc.array(fc.constantFrom('string', 'integer'), { minLength: 4, maxLength: 4 }),
    links: fc.array(fc.option(fc.nat(3), { nil: null }), { minLength: 4, maxLength: 4 }),
    extra: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    apiTo: fc.nat(3),
    eventTo: fc.nat(3),
    opFile: fc.boolean(),
    changes: fc.array(fc.record({ file: fc.nat(5), type: fc.constantFrom('string', 'integer'), extra: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  });
  type Case = typeof arb extends fc.Arbitrary<infer T> ? T : never;
  const build = (c: Case, types: string[], extra: boolean[]): Files => {
    const files: Files = { 'package.json': '{"name":"x"}', 'conf/app.yaml': 'name: app\nschema: a.yaml\n' };
    SCHEMAS.forEach((path, i) => {
      const next = c.links[i] !== null && c.links[i] !== i ? SCHEMAS[c.links[i]!] : null;
      files[path] = schemaText(path, types[i], next, extra[i]);
    });
    const target = SCHEMAS[c.apiTo];
    if (c.opFile) {
      files['api/openapi.yaml'] = oas("/x:\n  get:\n    $ref: 'ops/get-x.yaml'");
      files['api/ops/get-x.yaml'] = `responses:\n  '200':\n    description: ok\n    content:\n      application/json:\n        schema: {$ref: '${refTo('api/ops/get-x.yaml', target)}'}\n`;
    } else files['api/openapi.yaml'] = oas(OP('/x', refTo('api/openapi.yaml', target)));
    files['ev/e.schema.json'] = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { p: { $ref: refTo('ev/e.schema.json', SCHEMAS[c.eventTo]) } } });
    return files;
  };

  test('findings and their lines are the same with and without filesContaining', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(arb, (c) => {
        const base = build(c, c.types, c.extra);
        const types = [...c.types];
        const extra = [...c.extra];
        const head = build(c, types, extra);
        for (const ch of c.changes) {
          if (ch.file < 4) {
            types[ch.file] = ch.type;
            extra[ch.file] = ch.extra;
            Object.assign(head, build(c, types, extra));
          } else if (ch.file === 4) head['package.json'] = '{"name":"y"}';
          else delete head[SCHEMAS[c.apiTo]];
        }
        const searched = analyse(base, head, true);
        const scanned = analyse(base, head, false);
        expect(brief(searched)).toEqual(brief(scanned));
        expect(searched.files).toEqual(scanned.files);
        // the oracle: every contract of the repository analysed, whether the PR reaches it or not
        const everything = analyseContracts({
          changes: searchableChanges(base, head).changes,
          config: defaultConfig(),
          force: { contracts: [{ path: 'api/openapi.yaml' }, { path: 'ev/e.schema.json' }] },
        });
        expect(brief(searched)).toEqual(brief(everything));
        expect(searched.headLog.lists).toBe(0);
        if (scanned.findings.length) withFindings++;
      }),
      { numRuns: 300 },
    );
    expect(withFindings).toBeGreaterThan(100); // the generator makes PRs that matter
  });
});
