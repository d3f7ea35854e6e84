/** Detection, multi-file $ref, suppressions, invalid documents and lines, through analyseContracts. */
import { describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { contractFindings, engineReport, oas } from './helpers.js';

const OP = (schema: string) => `/users:\n  get:\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: ${schema}`;

describe('detection', () => {
  test('by content, by name, by $schema; other YAML/JSON is ignored', () => {
    const schema = (extra: object) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'string' }, ...extra } });
    const base = {
      'svc/api.yml': oas(OP('{type: object, properties: {a: {type: string}}}')),
      'events/x.json': schema({ b: { type: 'string' } }),
      'events/y.schema.yaml': 'type: object\nproperties:\n  a: {type: string}\n  b: {type: string}\n',
      'config/app.yaml': 'openapi_like: true\nname: x\n',
    };
    const head = {
      'svc/api.yml': oas(OP('{type: object}')),
      'events/x.json': schema({}),
      'events/y.schema.yaml': 'type: object\nproperties:\n  a: {type: string}\n',
      'config/app.yaml': 'openapi_like: false\n',
    };
    const out = analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() });
    expect(out.files).toEqual(['events/x.json', 'events/y.schema.yaml', 'svc/api.yml']);
    expect(out.findings.map((f) => `${f.file} ${f.rule}`).sort()).toEqual([
      'events/x.json schema-property-removed',
      'events/y.schema.yaml schema-property-removed',
      'svc/api.yml response-property-removed',
    ]);
  });
  test('ignorePaths and configured globs with role', () => {
    const base = { 'legacy/api.yaml': oas(OP('{type: object, properties: {a: {type: string}}}')), 'ev/e.json': '{"type":"object","properties":{"a":{"type":"string"}}}' };
    const head = { 'legacy/api.yaml': oas(OP('{type: object}')), 'ev/e.json': '{"type":"object","properties":{}}' };
    expect(contractFindings(base, head, (c) => (c.ignorePaths = ['legacy/**']))).toEqual([]);
    const found = contractFindings(base, head, (c) => (c.contracts = [{ path: 'ev/*.json', role: 'event' }]));
    expect(found.map((f) => `${f.file} ${f.rule}`)).toEqual(['ev/e.json schema-property-removed']);
    const api = contractFindings(base, head, (c) => (c.contracts = [{ path: 'ev/*.json', role: 'api' }]));
    expect(api.map((f) => f.rule)).toEqual(['response-property-removed']);
  });
  test('force.contracts analyses a file auto-detection would skip', () => {
    const base = { 'a/b.json': '{"type":"object","required":["x"],"properties":{"x":{}}}' };
    const head = { 'a/b.json': '{"type":"object","properties":{"x":{}}}' };
    const changes = changeSetFromTrees(base, head);
    expect(analyseContracts({ changes, config: defaultConfig() }).findings).toEqual([]);
    const forced = analyseContracts({ changes, config: defaultConfig(), force: { contracts: [{ path: 'a/b.json', role: 'api' }] } });
    expect(forced.findings.map((f) => f.rule)).toEqual(['response-property-became-optional']);
  });
  test('a deleted contract is contract-removed with no line', () => {
    const found = contractFindings({ 'api/openapi.yaml': oas(OP('{type: string}')) }, {});
    expect(found.map((f) => [f.rule, f.line, f.file])).toEqual([['contract-removed', null, 'api/openapi.yaml']]);
  });
  test('a renamed contract is compared with its old path', () => {
    const base = { 'old/openapi.yaml': oas(OP('{type: object, properties: {a: {type: string}}}')) };
    const changes = changeSetFromTrees(base, { 'new/openapi.yaml': oas(OP('{type: object}')) });
    changes.files = [{ path: 'new/openapi.yaml', oldPath: 'old/openapi.yaml', status: 'renamed' }];
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(out.findings.map((f) => f.rule)).toEqual(['response-property-removed']);
  });
});

describe('invalid-contract', () => {
  const bad: [string, string, string, number][] = [
    ['YAML syntax', 'api/openapi.yaml', 'openapi: 3.0.0\npaths:\n  /a: [\n', 4],
    ['duplicate YAML key', 'api/openapi.yaml', 'openapi: 3.0.0\npaths: {}\npaths: {}\n', 3],
    ['duplicate JSON key', 'api/openapi.json', '{\n  "openapi": "3.0.0",\n  "paths": {},\n  "paths": {}\n}', 4],
    ['JSON syntax', 'api/openapi.json', '{\n  "openapi": "3.0.0",\n  "paths": {,}\n}', 1],
    ['unknown version', 'api/openapi.yaml', 'openapi: 4.7\npaths: {}\n', 1],
    ['paths not a mapping', 'api/openapi.yaml', 'openapi: 3.0.0\npaths: [1]\n', 2],
  ];
  test.each(bad)('%s', (_name, path, text, line) => {
    const found = contractFindings({ [path]: oas('{}') }, { [path]: text });
    expect(found.map((f) => f.rule)).toEqual(['invalid-contract']);
    expect(found[0].line).toBeGreaterThanOrEqual(1);
    if (line > 1) expect(found[0].line).toBe(line);
  });
});

describe('$ref across files', () => {
  const api = oas(OP("{$ref: './schemas/user.yaml'}"));
  const user = (props: string) => `type: object\nproperties:\n${props}\n`;
  test('a PR that changes only the referenced file re-checks the contract; the finding is in that file', () => {
    const base = { 'api/openapi.yaml': api, 'api/schemas/user.yaml': user('  id: {type: integer}\n  name: {type: string}') };
    const head = { ...base, 'api/schemas/user.yaml': user('  id: {type: integer}') };
    const out = analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() });
    expect(out.findings.map((f) => [f.rule, f.file, f.line, f.endpoints])).toEqual([
      ['response-property-removed', 'api/schemas/user.yaml', 2, ['GET /users']],
    ]);
    expect(out.files).toContain('api/openapi.yaml');
  });
  test('transitively: contract -> a.yaml -> b.yaml, only b changed', () => {
    const base = {
      'api/openapi.yaml': api,
      'api/schemas/user.yaml': "type: object\nproperties:\n  address: {$ref: '../common/address.yaml#/Address'}\n",
      'api/common/address.yaml': 'Address:\n  type: object\n  properties:\n    zip: {type: string}\n',
    };
    const head = { ...base, 'api/common/address.yaml': 'Address:\n  type: object\n  properties:\n    zip: {type: integer}\n' };
    const found = contractFindings(base, head);
    expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([['response-property-type-changed', 'api/common/address.yaml', 4]]);
  });
  test('external refs: URL and a path escaping the repository; only new ones', () => {
    const base = { 'api/openapi.yaml': oas(OP("{$ref: 'https://example.com/u.json'}")) };
    const head = { 'api/openapi.yaml': oas(OP("{$ref: 'https://example.com/u.json'}") + "\n/x:\n  get:\n    responses:\n      '200': {description: ok, content: {application/json: {schema: {$ref: '../../../etc/passwd'}}}}") };
    const found = contractFindings(base, head).filter((f) => f.rule === 'external-ref');
    expect(found.map((f) => [f.line, f.message.includes('outside the repository')])).toEqual([[15, true]]);
  });
  test('ref loops across files end (and are reported: a loop describes nothing)', () => {
    const base = {
      'api/openapi.yaml': oas(OP("{$ref: 'a.yaml'}")),
      'api/a.yaml': "$ref: 'b.yaml'\n",
      'api/b.yaml': "$ref: 'a.yaml'\n",
    };
    // `#/` is the member named "" (RFC 6901), which a.yaml does not have: a new dangling reference
    const head = { ...base, 'api/b.yaml': "$ref: 'a.yaml#/'\n" };
    expect(contractFindings(base, head).map((f) => [f.rule, f.file, f.line, f.severity])).toEqual([['invalid-contract', 'api/b.yaml', 1, undefined]]);
    // the loop itself, already in base: one warning for the loop, not one per reference
    const touched = { ...base, 'api/openapi.yaml': oas(OP("{$ref: 'a.yaml', description: x}")) };
    expect(contractFindings(base, touched).map((f) => [f.rule, f.file, f.severity, f.message])).toEqual([
      ['invalid-contract', 'api/a.yaml', 'warning', 'This contract is not valid: $ref b.yaml never reaches a schema: the references loop (api/a.yaml# -> api/b.yaml# -> api/a.yaml#); it looped in base too.'],
    ]);
  });
  test('$anchor references (OpenAPI 3.1 / 2020-12)', () => {
    const doc = (t: string) => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { a: { $ref: '#pos' } }, $defs: { p: { $anchor: 'pos', type: t } } });
    const found = contractFindings({ 's.schema.json': doc('integer') }, { 's.schema.json': doc('string') });
    expect(found.map((f) => f.rule)).toEqual(['schema-type-changed']);
  });
});

describe('suppressions', () => {
  const spec = (ignore: string) =>
    oas(OP("{$ref: '#/components/schemas/User'}"), `components:\n  schemas:\n    User:\n${ignore}      type: object\n      properties:\n        id: {type: integer}\n`);
  const base = { 'api/openapi.yaml': oas(OP("{$ref: '#/components/schemas/User'}"), 'components:\n  schemas:\n    User:\n      type: object\n      properties:\n        id: {type: integer}\n        name: {type: string}\n') };
  test('x-rollback-guard-ignore on the nearest surviving ancestor suppresses the removal', () => {
    const report = engineReport(base, { 'api/openapi.yaml': spec('      x-rollback-guard-ignore: ["response-property-removed: unused since 2.3"]\n') });
    const f = report.findings.find((x) => x.rule === 'response-property-removed');
    expect(f?.suppressed).toBe(true);
    expect(f?.suppression).toEqual({ source: 'inline', reason: 'unused since 2.3' });
    expect(report.verdict).toBe('pass');
  });
  test('a suppression for another rule does not apply, and is reported unused', () => {
    const report = engineReport(base, { 'api/openapi.yaml': spec('      x-rollback-guard-ignore: ["endpoint-removed: no"]\n') });
    expect(report.findings.map((f) => [f.rule, f.suppressed]).sort()).toEqual([
      ['response-property-removed', false],
      ['unused-suppression', false],
    ]);
  });
  test('without a reason it is a warning', () => {
    const out = analyseContracts({
      changes: changeSetFromTrees(base, { 'api/openapi.yaml': spec('      x-rollback-guard-ignore: [response-property-removed]\n') }),
      config: defaultConfig(),
    });
    expect(out.suppressions).toEqual([
      // `added`: base's object has no such entry, so it needs a second person (docs/approvals.md).
      { file: 'api/openapi.yaml', line: 15, rules: ['response-property-removed'], reason: null, scope: { startLine: 14, endLine: 18 }, added: true },
    ]);
  });
});

describe('lines', () => {
  test('JSON: a finding points at the changed property in head', () => {
    const doc = (t: string) =>
      JSON.stringify({ openapi: '3.0.0', info: {}, paths: { '/a': { get: { responses: { '200': { description: 'x', content: { 'application/json': { schema: { type: 'object', properties: { n: { type: t } } } } } } } } } } }, null, 2);
    const [f] = contractFindings({ 'o.json': doc('integer') }, { 'o.json': doc('string') });
    const lines = doc('string').split('\n');
    expect(lines[f.line! - 1]).toContain('"n"');
  });
  test('YAML flow and block styles, quoted keys', () => {
    const head = "openapi: 3.0.0\npaths:\n  '/a':\n    get:\n      responses:\n        \"200\":\n          description: x\n          content: {application/json: {schema: {type: object, properties: {n: {type: string}}}}}\n";
    const base = head.replace('type: string', 'type: integer');
    const [f] = contractFindings({ 'o.yaml': base }, { 'o.yaml': head });
    expect([f.rule, f.line]).toEqual(['response-property-type-changed', 8]);
  });
});

describe('JSON Schema meta-validation (ajv, per dialect)', () => {
  const doc = (dialect: string, type: string) => JSON.stringify({ $schema: dialect, type: 'object', properties: { a: { type } } }, null, 2);
  test.each([
    ['https://json-schema.org/draft/2020-12/schema'],
    ['https://json-schema.org/draft/2019-09/schema'],
    ['http://json-schema.org/draft-07/schema#'],
    ['http://json-schema.org/draft-04/schema#'],
  ])('%s: an unknown type is invalid-contract at its line; a valid change is not', (dialect) => {
    const bad = contractFindings({ 'e.schema.json': doc(dialect, 'string') }, { 'e.schema.json': doc(dialect, 'strin') });
    expect(bad.map((f) => [f.rule, f.line])).toEqual([['invalid-contract', 6]]);
    const ok = contractFindings({ 'e.schema.json': doc(dialect, 'string') }, { 'e.schema.json': doc(dialect, 'integer') });
    expect(ok.map((f) => f.rule)).toEqual(['schema-type-changed']);
  });
});

describe('policy integration', () => {
  const spec = (extra: string, more = '') =>
    oas(`/orders:\n  post:\n    parameters:\n      - {name: q, in: query, schema: {type: string}}${extra}\n    responses: {'201': {description: ok}}${more}`);
  test('a rollback notice on a critical endpoint becomes a critical error', () => {
    const base = { 'api/openapi.yaml': spec('') };
    const head = { 'api/openapi.yaml': spec('', "\n/orders/{id}:\n  get:\n    responses: {'200': {description: ok}}") };
    const plain = engineReport(base, head);
    expect(plain.findings.map((f) => [f.rule, f.severity, f.critical])).toEqual([['endpoint-added', 'notice', false]]);
    const critical = engineReport(base, head, (c) => (c.critical.endpoints = ['/orders/**']));
    expect(critical.findings.map((f) => [f.rule, f.severity, f.critical])).toEqual([['endpoint-added', 'error', true]]);
    expect(critical.verdict).toBe('fail');
  });
  test('an allow entry with an object glob suppresses a contract finding', () => {
    const base = { 'api/openapi.yaml': spec('\n      - {name: page, in: query, schema: {type: integer}}') };
    const head = { 'api/openapi.yaml': spec('') };
    const report = engineReport(base, head, (c) => (c.allow = [{ rule: 'parameter-removed', object: 'POST /orders *', reason: 'unused' }]));
    expect(report.findings.map((f) => [f.rule, f.suppressed, f.object])).toEqual([['parameter-removed', true, 'POST /orders query parameter page']]);
  });
});

test('a $ref to the $id of a schema bundled in the same file is followed, not external', () => {
  const doc = (t: string) =>
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { home: { $ref: 'https://example.com/address.json#/properties/zip' } },
      $defs: { address: { $id: 'https://example.com/address.json', type: 'object', properties: { zip: { type: t } } } },
    });
  const found = contractFindings({ 's.schema.json': doc('string') }, { 's.schema.json': doc('integer') });
  expect(found.map((f) => [f.rule, f.object])).toEqual([['schema-type-changed', '#/$defs/address/properties/zip']]);
});

describe('schemas tied across files by their $id', () => {
  // events/order.schema.json refers to the address schema by its $id; schemas/address.json (not a
  // contract on its own: no $schema, not *.schema.json) declares that $id. Nothing is fetched.
  const ID = 'https://example.com/schemas/address.json';
  const order = JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { ship_to: { $ref: ID }, zip_only: { $ref: `${ID}#/properties/zip` } },
  });
  const address = (zip: string) => JSON.stringify({ $id: ID, type: 'object', properties: { zip: { type: zip } } }, null, 2);

  test('a $ref to an $id another repository file declares is followed: a change there is found, no external-ref', () => {
    const base = { 'events/order.schema.json': order, 'schemas/address.json': address('string') };
    const head = { 'events/order.schema.json': order.replace('"object"', '"object","title":"Order"'), 'schemas/address.json': address('integer') };
    const found = contractFindings(base, head);
    expect(found.map((f) => f.rule)).not.toContain('external-ref');
    // one finding at the definition in schemas/address.json (named by the first way there)
    expect(found.map((f) => [f.rule, f.file, f.object])).toEqual([['schema-type-changed', 'schemas/address.json', '#/properties/ship_to/properties/zip']]);
  });

  test('a PR that changes only the file declaring the $id re-checks the schema that refers to it', () => {
    const base = { 'events/order.schema.json': order, 'schemas/address.json': address('string') };
    const head = { 'events/order.schema.json': order, 'schemas/address.json': address('integer') };
    expect(contractFindings(base, head).map((f) => [f.rule, f.file])).toEqual([['schema-type-changed', 'schemas/address.json']]);
  });

  test('a URL that no repository file declares stays external-ref', () => {
    const other = order.replace(ID, 'https://example.com/schemas/elsewhere.json');
    const found = contractFindings({ 'events/order.schema.json': order }, { 'events/order.schema.json': other });
    expect(found.map((f) => f.rule)).toContain('external-ref');
  });
});
