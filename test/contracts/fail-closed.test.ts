/**
 * The contract analyser never passes what it cannot read, resolve or understand (issue 11 items
 * 3 and 4, issue 15's operation-level `$ref`): a contract replaced by something that is no
 * contract, a `$ref` that dangles, loops or leads to an unreadable file, and every change behind
 * a path-item or operation `$ref` are findings.
 */
import { describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { contractFindings, engineReport, oas, searchableChanges, type Files } from './helpers.js';

const USERS = (schema: string) =>
  `/users:\n  get:\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: ${schema}`;
const API = oas(USERS("{$ref: '#/components/schemas/User'}"), 'components:\n  schemas:\n    User:\n      type: object\n      properties:\n        id: {type: integer}\n');

/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const summary = (base: Files, head: Files, configure?: Parameters<typeof contractFindings>[2]) =>
  contractFindings(base, head, configure).map((f) => [f.rule, f.file, f.line, f.severity ?? 'default']);

describe('a contract replaced by something that is no contract (issue 11 item 3)', () => {
  const base = { 'api/openapi.yaml': API };
  test.each([
    ['{}', '{}'],
    ['[]', '[]'],
    ['', 'an empty file'],
    ['\n  \n', 'an empty file'],
    ['# gone\n', 'null'],
    ['~\n', 'null'],
  ])('head %j: contract-removed (emptied)', (text, what) => {
    const found = contractFindings(base, { 'api/openapi.yaml': text });
    expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([['contract-removed', 'api/openapi.yaml', 1]]);
    expect(found[0].message).toBe(`The contract api/openapi.yaml was emptied (${what}); clients and consumers built against it lose their description.`);
  });

  test.each([
    ['a scalar', 'hello\n', 'a string'],
    ['a number', '42\n', 'a number'],
    ['a mapping without openapi', 'name: users\nversion: 2\n', 'a mapping without an `openapi` or `swagger` key'],
    ['a JSON Schema', '$schema: http://json-schema.org/draft-07/schema#\ntype: object\n', 'a JSON Schema'],
  ])('head is %s: invalid-contract', (_name, text, what) => {
    const found = contractFindings(base, { 'api/openapi.yaml': text });
    expect(found.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['invalid-contract', 1, `This contract is not valid: it was an OpenAPI document in base and is now ${what}.`],
    ]);
  });

  test('JSON: `{}` and an empty file are contract-removed, broken JSON is invalid-contract at its line', () => {
    const json = { 'api/openapi.json': JSON.stringify({ openapi: '3.0.3', info: {}, paths: {} }) };
    expect(summary(json, { 'api/openapi.json': '{}' })).toEqual([['contract-removed', 'api/openapi.json', 1, 'default']]);
    expect(summary(json, { 'api/openapi.json': '' })).toEqual([['contract-removed', 'api/openapi.json', 1, 'default']]);
    expect(summary(json, { 'api/openapi.json': '{\n  "openapi": \n}' }).map((f) => f[0])).toEqual(['invalid-contract']);
  });

  test('the verdict fails (it passed with exit 0 and "0 files")', () => {
    const report = engineReport(base, { 'api/openapi.yaml': '{}' });
    expect(report.verdict).toBe('fail');
    expect(report.summary.filesAnalyzed).toBe(1);
  });

  test('renamed to a file that is no contract, or moved under ignore-paths: contract-removed on the old path', () => {
    const changes = changeSetFromTrees(base, { 'api/openapi.yaml.bak': API });
    changes.files = [{ path: 'api/openapi.yaml.bak', oldPath: 'api/openapi.yaml', status: 'renamed' }];
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(out.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['contract-removed', 'api/openapi.yaml', null, 'The contract api/openapi.yaml was renamed to api/openapi.yaml.bak, which is not a contract file; clients and consumers built against it lose their description.'],
    ]);
    const ignored = changeSetFromTrees(base, { 'legacy/openapi.yaml': '{}' });
    ignored.files = [{ path: 'legacy/openapi.yaml', oldPath: 'api/openapi.yaml', status: 'renamed' }];
    const config = defaultConfig();
    config.ignorePaths = ['legacy/**'];
    // the session 13 audit: reported (it was "nothing"), so that a PR cannot move its contract out of the gate and break it
    expect(analyseContracts({ changes: ignored, config }).findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['contract-removed', 'api/openapi.yaml', null, 'The contract api/openapi.yaml was moved to legacy/openapi.yaml, which ignore-paths excludes from the check; clients and consumers built against it lose their description.'],
    ]);
    // a contract that was under ignore-paths already stays out of the check when it moves
    const within = changeSetFromTrees({ 'legacy/openapi.yaml': API }, { 'legacy/old/openapi.yaml': '{}' });
    within.files = [{ path: 'legacy/old/openapi.yaml', oldPath: 'legacy/openapi.yaml', status: 'renamed' }];
    expect(analyseContracts({ changes: within, config }).findings).toEqual([]);
  });

  test('a configured contract and the contract command (forced) are judged the same way', () => {
    expect(summary(base, { 'api/openapi.yaml': '{}' }, (c) => (c.contracts = [{ path: 'api/*.yaml', role: 'api' }]))).toEqual([
      ['contract-removed', 'api/openapi.yaml', 1, 'default'],
    ]);
    const forced = analyseContracts({
      changes: changeSetFromTrees(base, { 'api/openapi.yaml': '[]' }),
      config: defaultConfig(),
      force: { contracts: [{ path: 'api/openapi.yaml' }] },
    });
    expect(forced.findings.map((f) => f.rule)).toEqual(['contract-removed']);
  });

  test('a JSON Schema (by $schema in base) that drops its $schema is still compared as a schema', () => {
    const schema = (props: object, withSchema: boolean) =>
      JSON.stringify({ ...(withSchema ? { $schema: 'http://json-schema.org/draft-07/schema#' } : {}), type: 'object', properties: props });
    const b = { 'events/order.json': schema({ id: { type: 'string' }, total: { type: 'number' } }, true) };
    expect(summary(b, { 'events/order.json': schema({ id: { type: 'string' } }, false) })).toEqual([['schema-property-removed', 'events/order.json', 1, 'default']]);
    // emptied: removed; `{}` is a JSON Schema that accepts anything: compared as one
    expect(summary(b, { 'events/order.json': '' }).map((f) => f[0])).toEqual(['contract-removed']);
    const anything = summary(b, { 'events/order.json': '{}' }).map((f) => f[0]);
    expect(anything).toContain('schema-type-changed');
    expect(anything).not.toContain('contract-removed');
    expect(summary(b, { 'events/order.json': '[]' }).map((f) => f[0])).toEqual(['invalid-contract']);
  });

  test('a contract head that is a link out of the repository is unreadable-file, never compared as empty', () => {
    const reason = 'a symbolic link to a path outside the repository (not read)';
    const { changes } = searchableChanges(base, base, { unreadable: { 'api/openapi.yaml': reason } });
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(out.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['unreadable-file', 'api/openapi.yaml', 1]]);
    expect(out.findings[0]!.message).toContain(reason);
    expect(out.files).toEqual(['api/openapi.yaml']);
    // a contract that reads as null for no reason anyone gives is this analyser's finding
    const silent = changeSetFromTrees(base, base);
    silent.files = [{ path: 'api/openapi.yaml', status: 'modified' }];
    silent.headTree = { list: () => ['api/openapi.yaml'], read: () => null };
    expect(analyseContracts({ changes: silent, config: defaultConfig() }).findings.map((f) => [f.rule, f.message])).toEqual([
      ['invalid-contract', 'This contract is not valid: it could not be read.'],
    ]);
  });

  test('a link inside the repository reads as its target: compared like any contract', () => {
    // the snapshot resolves links (interfaces.md); the analyser sees the target's text
    const head = { 'api/openapi.yaml': API.replace("id: {type: integer}", "id: {type: string}") };
    expect(summary(base, head).map((f) => f[0])).toEqual(['response-property-type-changed']);
  });
});

describe('a $ref that leads nowhere readable (issue 11 item 4)', () => {
  const twice = oas(
    USERS("{$ref: '#/components/schemas/User'}") + "\n/me:\n  get:\n    responses:\n      '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}",
    'components:\n  schemas:\n    User:\n      type: object\n      properties:\n        id: {type: integer}\n        name: {type: string}\n',
  );

  test('User renamed to Person while the $refs still say User: one invalid-contract at the first $ref', () => {
    const head = twice.replace('    User:\n', '    Person:\n');
    const found = contractFindings({ 'api/openapi.yaml': twice }, { 'api/openapi.yaml': head });
    expect(found.map((f) => [f.rule, f.line, f.severity, f.message])).toEqual([
      [
        'invalid-contract',
        lineOf(head, "$ref: '#/components/schemas/User'"),
        undefined,
        'This contract is not valid: $ref #/components/schemas/User does not resolve: api/openapi.yaml has nothing at #/components/schemas/User (and 1 more place in this file).',
      ],
    ]);
  });

  test('components: null, and a pointer into a scalar', () => {
    const head = twice.replace(/components:[\s\S]*$/, 'components: null\n');
    expect(summary({ 'api/openapi.yaml': twice }, { 'api/openapi.yaml': head })).toEqual([['invalid-contract', 'api/openapi.yaml', lineOf(head, '#/components/schemas/User'), 'default']]);
    const scalar = twice.replace("'#/components/schemas/User'}}}}", "'#/info/title/x'}}}}");
    expect(summary({ 'api/openapi.yaml': twice }, { 'api/openapi.yaml': scalar })).toEqual([['invalid-contract', 'api/openapi.yaml', lineOf(scalar, '#/info/title/x'), 'default']]);
  });

  test('a $ref to a file the PR deletes: the unchanged contract is re-checked and reports it', () => {
    const base = { 'api/openapi.yaml': oas(USERS("{$ref: './schemas/user.yaml'}")), 'api/schemas/user.yaml': 'type: object\nproperties:\n  id: {type: integer}\n' };
    const found = contractFindings(base, { 'api/openapi.yaml': base['api/openapi.yaml'] });
    expect(found.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['invalid-contract', 'api/openapi.yaml', 11, 'This contract is not valid: $ref ./schemas/user.yaml does not resolve: there is no file api/schemas/user.yaml.'],
    ]);
  });

  test('an A -> B -> A loop that never reaches a schema is invalid-contract, once', () => {
    const base = { 'api/openapi.yaml': oas(USERS("{$ref: 'a.yaml#/A'}")), 'api/a.yaml': 'A: {type: object}\n', 'api/b.yaml': "B: {$ref: 'a.yaml#/A'}\n" };
    const head = { ...base, 'api/a.yaml': "A: {$ref: 'b.yaml#/B'}\n" };
    const found = contractFindings(base, head);
    expect(found.map((f) => [f.rule, f.file, f.line, f.severity, f.message])).toEqual([
      ['invalid-contract', 'api/a.yaml', 1, undefined, 'This contract is not valid: $ref b.yaml#/B never reaches a schema: the references loop (api/a.yaml#/A -> api/b.yaml#/B -> api/a.yaml#/A).'],
    ]);
  });

  test('a $ref to a file that does not parse, or that the snapshot cannot read', () => {
    const base = { 'api/openapi.yaml': oas(USERS("{$ref: 'user.yaml'}")), 'api/user.yaml': 'type: object\n' };
    expect(contractFindings(base, { ...base, 'api/user.yaml': 'type: [object\n' }).map((f) => [f.rule, f.file, f.message])).toEqual([
      ['invalid-contract', 'api/openapi.yaml', expect.stringMatching(/^This contract is not valid: \$ref user\.yaml leads to api\/user\.yaml, which does not parse \(line \d+: .+\)\.$/)],
    ]);
    const { changes } = searchableChanges(base, base, { unreadable: { 'api/user.yaml': 'binary file' } });
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(out.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['invalid-contract', 'api/openapi.yaml', 11, 'This contract is not valid: $ref user.yaml leads to api/user.yaml, which could not be read (binary file).'],
    ]);
    expect(out.skipped).toEqual([{ file: 'api/user.yaml', reason: 'a contract refers to it ($ref), but it could not be read (binary file)' }]);
  });

  test('a $ref to a file that is a link out of the repository is external-ref', () => {
    const base = { 'api/openapi.yaml': oas(USERS("{$ref: 'user.yaml'}")), 'api/user.yaml': 'type: object\n' };
    const reason = 'a symbolic link to a path outside the repository (not read)';
    const { changes } = searchableChanges(base, base, { unreadable: { 'api/user.yaml': reason } });
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(out.findings.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['external-ref', 'api/openapi.yaml', 11, `$ref user.yaml (api/user.yaml is ${reason}) cannot be checked: the gate never fetches URLs or reads outside the repository.`],
    ]);
  });

  test('a $ref that already dangled in base is a warning; fixing it is quiet', () => {
    const broken = twice.replace('    User:\n', '    Person:\n');
    const touched = broken.replace('description: ok\n', 'description: fine\n');
    expect(summary({ 'api/openapi.yaml': broken }, { 'api/openapi.yaml': touched })).toEqual([['invalid-contract', 'api/openapi.yaml', lineOf(touched, '#/components/schemas/User'), 'warning']]);
    expect(summary({ 'api/openapi.yaml': broken }, { 'api/openapi.yaml': twice })).toEqual([]);
  });

  test('`$ref` inside example, default, enum and const values is data, not a reference', () => {
    const literal = oas(
      USERS("{type: object, properties: {doc: {type: object, example: {$ref: '#/nowhere'}, default: {$ref: 'x.yaml'}}, kind: {enum: [{$ref: '#/a'}]}}}") +
        "\n/other:\n  get:\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            examples:\n              one: {summary: s, value: {$ref: '#/nope'}}\n",
    );
    expect(contractFindings({ 'api/openapi.yaml': API }, { 'api/openapi.yaml': literal }).map((f) => f.rule)).not.toContain('invalid-contract');
    // ... but a property *named* `default` or `example` is a schema, and its $ref is followed
    const named = oas(USERS("{type: object, properties: {default: {$ref: '#/components/schemas/Gone'}}}"));
    expect(summary({ 'api/openapi.yaml': API }, { 'api/openapi.yaml': named }).map((f) => f[0])).toContain('invalid-contract');
  });

  test('dangling $refs in headers, examples and links are reported too', () => {
    const head = oas(
      "/users:\n  get:\n    responses:\n      '200':\n        description: ok\n        headers:\n          X-Rate: {$ref: '#/components/headers/Rate'}\n        content:\n          application/json:\n            examples:\n              one: {$ref: '#/components/examples/One'}\n",
    );
    // The response also lost its schema (content holds only examples): compared with `true`, a widening.
    expect(summary({ 'api/openapi.yaml': API }, { 'api/openapi.yaml': head }).filter((f) => f[0] !== 'invalid-contract').map((f) => f[0]).sort()).toEqual(['response-property-removed', 'response-property-type-changed']);
    expect(summary({ 'api/openapi.yaml': API }, { 'api/openapi.yaml': head }).filter((f) => f[0] === 'invalid-contract')).toEqual([
      ['invalid-contract', 'api/openapi.yaml', lineOf(head, '#/components/headers/Rate'), 'default'],
      ['invalid-contract', 'api/openapi.yaml', lineOf(head, '#/components/examples/One'), 'default'],
    ]);
  });
});

describe('path-item and operation $ref, and $ref in parameters, bodies and responses (issue 15, DigitalOcean layout)', () => {
  const spec = oas("/users:\n  $ref: 'paths/users.yaml'\n/orders:\n  post:\n    $ref: 'ops/create-order.yaml'");
  const files = (order: string, status = 'type: string'): Files => ({
    'api/openapi.yaml': spec,
    'api/paths/users.yaml': "get:\n  parameters:\n    - $ref: '../params/page.yaml'\n  responses:\n    '200': {$ref: '../responses/users.yaml'}\n",
    'api/params/page.yaml': 'name: page\nin: query\nschema: {type: integer}\n',
    'api/responses/users.yaml': `description: ok\ncontent:\n  application/json:\n    schema:\n      type: object\n      properties:\n        status: {${status}}\n`,
    'api/ops/create-order.yaml': `requestBody: {$ref: '../bodies/order.yaml'}\nresponses:\n  '201': {description: created}\n`,
    'api/bodies/order.yaml': `required: true\ncontent:\n  application/json:\n    schema:\n      type: object\n      properties:\n        note: {${order}}\n`,
  });

  test('a change in a file behind an operation $ref is found, in that file, though only that file changed', () => {
    const found = contractFindings(files('type: string'), files('type: string, maxLength: 10'));
    expect(found.map((f) => [f.rule, f.file, f.line, f.endpoints])).toEqual([['request-constraint-tightened', 'api/bodies/order.yaml', 7, ['POST /orders']]]);
  });

  test('behind a path-item $ref: responses and parameters', () => {
    const found = contractFindings(files('type: string'), files('type: string', 'type: integer'));
    expect(found.map((f) => [f.rule, f.file, f.line, f.endpoints])).toEqual([['response-property-type-changed', 'api/responses/users.yaml', 7, ['GET /users']]]);
    const base = files('type: string');
    const head = { ...base, 'api/params/page.yaml': 'name: page\nin: query\nrequired: true\nschema: {type: integer}\n' };
    expect(contractFindings(base, head).map((f) => [f.rule, f.file])).toEqual([['parameter-became-required', 'api/params/page.yaml']]);
  });

  test('an operation whose file is deleted: invalid-contract at its $ref, not endpoint-removed', () => {
    const base = files('type: string');
    const head = { ...base };
    delete head['api/ops/create-order.yaml'];
    expect(summary(base, head)).toEqual([['invalid-contract', 'api/openapi.yaml', lineOf(spec, 'ops/create-order.yaml'), 'default']]);
    // the path item's file deleted: the same
    const noPath = { ...base };
    delete noPath['api/paths/users.yaml'];
    expect(summary(base, noPath)).toEqual([['invalid-contract', 'api/openapi.yaml', lineOf(spec, 'paths/users.yaml'), 'default']]);
  });

  test('an operation $ref that points at itself ends', () => {
    const loop = { ...files('type: string'), 'api/ops/create-order.yaml': "$ref: 'create-order.yaml'\n" };
    expect(summary(files('type: string'), loop)).toEqual([['invalid-contract', 'api/ops/create-order.yaml', 1, 'default']]);
  });
});

test('a relative $ref resolved against the schema\'s $id (JSON Schema), not its file, is followed, not dangling', () => {
  const order = (t: string) =>
    JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.com/schemas/order.json', type: 'object', title: t, properties: { to: { $ref: 'address.json' } } });
  const address = (zip: string) => JSON.stringify({ $id: 'https://example.com/schemas/address.json', type: 'object', properties: { zip: { type: zip } } });
  // the address schema lives in a file of another name: only its $id ties it
  const base = { 'events/order.schema.json': order('a'), 'shared/addr-v1.json': address('string') };
  expect(contractFindings(base, { ...base, 'events/order.schema.json': order('b') })).toEqual([]);
  expect(contractFindings(base, { ...base, 'shared/addr-v1.json': address('integer') }).map((f) => [f.rule, f.file])).toEqual([['schema-type-changed', 'shared/addr-v1.json']]);
});
