/**
 * The contract readers (js-yaml and the `yaml` CST, ajv) load only when the analysis needs them
 * (issue 19: a changed package.json made every PR pay for them). Each test imports the engine
 * afresh, so that the readers test/setup.ts loads for the other tests are not there; it then
 * checks what got loaded and that the report is the one of the eager engine (runEngine with every
 * reader loaded): loading late never drops a finding, never turns one into another.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { oas, searchableChanges, type Files } from './helpers.js';

interface Fresh {
  runEngineAsync: typeof import('../../src/engine.js').runEngineAsync;
  analyseContracts: typeof import('../../src/contracts/analyse.js').analyseContracts;
  yamlLoaded: () => boolean;
  metaLoaded: () => boolean;
}

let fresh: Fresh;
beforeEach(async () => {
  vi.resetModules();
  const [engine, analyse, load, meta] = await Promise.all([
    import('../../src/engine.js'),
    import('../../src/contracts/analyse.js'),
    import('../../src/contracts/load.js'),
    import('../../src/contracts/meta.js'),
  ]);
  fresh = { runEngineAsync: engine.runEngineAsync, analyseContracts: analyse.analyseContracts, yamlLoaded: load.yamlLoaded, metaLoaded: meta.metaLoaded };
});

const OP = (path: string, ref: string) => `${path}:\n  get:\n    responses:\n      '200':\n        description: ok\n        content:\n          application/json:\n            schema: {$ref: '${ref}'}`;
const TODAY = { today: '2026-12-05' };

/** The report of the lazily loading engine on a searchable (git-like) change set, and the eager one's. */
async function both(base: Files, head: Files): Promise<{ lazy: Report; eager: Report }> {
  const lazy = await fresh.runEngineAsync({ changes: searchableChanges(base, head, { search: true }).changes, config: defaultConfig() }, TODAY);
  const eager = runEngine({ changes: searchableChanges(base, head, { search: true }).changes, config: defaultConfig() }, TODAY);
  return { lazy, eager };
}

const rules = (r: Report) => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();

describe('runEngineAsync', () => {
  test('the fresh modules start without readers (else these tests prove nothing)', () => {
    expect(fresh.yamlLoaded()).toBe(false);
    expect(fresh.metaLoaded()).toBe(false);
  });

  test('a changed package.json that no contract $refs loads neither the YAML readers nor ajv', async () => {
    const base: Files = {
      'package.json': '{"name": "app", "version": "1.0.0"}',
      'api/openapi.yaml': oas(OP('/users', 'schemas/user.json')),
      'api/schemas/user.json': '{"type": "object", "properties": {"id": {"type": "string"}}}',
      'deploy/values.yaml': 'replicas: 2\n',
    };
    const head = { ...base, 'package.json': '{"name": "app", "version": "1.1.0"}' };
    const { lazy, eager } = await both(base, head);
    expect(lazy).toEqual(eager);
    expect(lazy.verdict).toBe('pass');
    expect(fresh.yamlLoaded()).toBe(false);
    expect(fresh.metaLoaded()).toBe(false);
  });

  test('a changed YAML file that is no contract (a deployment) loads no reader either', async () => {
    const base: Files = { 'deploy/values.yaml': 'replicas: 2\n', 'api/openapi.yaml': oas(OP('/users', 'schemas/user.yaml')), 'api/schemas/user.yaml': 'type: object\n' };
    const head = { ...base, 'deploy/values.yaml': 'replicas: 3\n' };
    const { lazy, eager } = await both(base, head);
    expect(lazy).toEqual(eager);
    expect(fresh.yamlLoaded()).toBe(false);
  });

  test('a changed JSON fragment that an unchanged YAML spec $refs is still analysed through the spec: the readers load when asked', async () => {
    const base: Files = {
      'package.json': '{"name": "app"}',
      'api/openapi.yaml': oas(OP('/users', 'schemas/user.json')),
      'api/schemas/user.json': '{"type": "object", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}}',
    };
    const head = { ...base, 'api/schemas/user.json': '{"type": "object", "properties": {"id": {"type": "string"}}}' };
    const { lazy, eager } = await both(base, head);
    expect(rules(lazy)).toEqual(['response-property-removed api/schemas/user.json:1']);
    expect(lazy).toEqual(eager);
    expect(fresh.yamlLoaded()).toBe(true);
  });

  test('variant: a YAML fragment two $refs away from a JSON spec, through a YAML file', async () => {
    const base: Files = {
      'api/openapi.json': JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/a.yaml' } } } } } } } } }),
      'api/schemas/a.yaml': "type: object\nproperties:\n  zip: {$ref: '../common/zip.yaml'}\n",
      'api/common/zip.yaml': 'type: string\n',
    };
    const head = { ...base, 'api/common/zip.yaml': 'type: integer\n' };
    const { lazy, eager } = await both(base, head);
    expect(rules(lazy)).toEqual(['response-property-type-changed api/common/zip.yaml:1']);
    expect(lazy).toEqual(eager);
  });

  test('a changed JSON Schema contract is meta-validated (its readers load before the analysis)', async () => {
    const schema = (extra: string) => `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"id": {"type": "string"}${extra}}}`;
    const base: Files = { 'events/user-created.schema.json': schema(', "name": {"type": "string"}') };
    const head: Files = { 'events/user-created.schema.json': schema(', "name": {"type": 7}') };
    const { lazy, eager } = await both(base, head);
    expect(rules(lazy)).toEqual(['invalid-contract events/user-created.schema.json:1']);
    expect(lazy).toEqual(eager);
    expect(fresh.metaLoaded()).toBe(true);
  });

  test('a changed JSON fragment of an unchanged JSON Schema: ajv loads when the schema is meta-validated, the YAML readers do not', async () => {
    const schema = '{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"user": {"$ref": "defs/user.json"}}}';
    const base: Files = { 'events/order-placed.json': schema, 'events/defs/user.json': '{"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id"]}' };
    const head: Files = { ...base, 'events/defs/user.json': '{"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id", "name"]}' };
    const { lazy, eager } = await both(base, head);
    expect(lazy.findings.length).toBeGreaterThan(0);
    expect(lazy).toEqual(eager);
    expect(fresh.metaLoaded()).toBe(true);
    expect(fresh.yamlLoaded()).toBe(false);
  });

  test('an in-memory change set without search: the referrer is found by the scan, the readers load', async () => {
    const base: Files = { 'api/openapi.yaml': oas(OP('/users', 'user.json')), 'api/user.json': '{"type": "object", "properties": {"a": {"type": "string"}}}' };
    const head = { ...base, 'api/user.json': '{"type": "object", "properties": {}}' };
    const lazy = await fresh.runEngineAsync({ changes: changeSetFromTrees(base, head), config: defaultConfig() }, TODAY);
    expect(rules(lazy)).toEqual(['response-property-removed api/user.json:1']);
    expect(fresh.yamlLoaded()).toBe(true);
  });
});

describe('`contract` (files named to the analysis)', () => {
  const spec = (schema: object, extra: object = {}) =>
    JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } } } } }, ...extra }, null, 2);
  const force = { contracts: [{ path: 'openapi.json' }] };
  const user = (props: object) => ({ type: 'object', properties: props });

  test('a JSON OpenAPI document whose $refs stay inside it loads neither reader, and reports what the eager engine does', async () => {
    const base: Files = { 'openapi.json': spec({ $ref: '#/components/schemas/U' }, { components: { schemas: { U: user({ id: { type: 'string' }, name: { type: 'string' } }) } } }) };
    const head: Files = { 'openapi.json': spec({ $ref: '#/components/schemas/U' }, { components: { schemas: { U: user({ id: { type: 'string' } }) } } }) };
    const lazy = await fresh.runEngineAsync({ changes: changeSetFromTrees(base, head), config: defaultConfig(), force }, TODAY);
    const eager = runEngine({ changes: changeSetFromTrees(base, head), config: defaultConfig(), force }, TODAY);
    expect(rules(lazy)).toEqual(['response-property-removed openapi.json:29']);
    expect(lazy).toEqual(eager);
    expect(fresh.yamlLoaded()).toBe(false);
    expect(fresh.metaLoaded()).toBe(false);
  });

  test('variant: one $ref to a YAML file loads the readers first, and its change is found', async () => {
    const base: Files = { 'openapi.json': spec({ $ref: 'user.yaml' }), 'user.yaml': 'type: object\nproperties:\n  id: {type: string}\n  name: {type: string}\n' };
    const head: Files = { ...base, 'user.yaml': 'type: object\nproperties:\n  id: {type: string}\n' };
    const lazy = await fresh.runEngineAsync({ changes: changeSetFromTrees(base, head), config: defaultConfig(), force }, TODAY);
    expect(fresh.yamlLoaded()).toBe(true);
    expect(rules(lazy)).toEqual(['response-property-removed user.yaml:2']);
    expect(lazy).toEqual(runEngine({ changes: changeSetFromTrees(base, head), config: defaultConfig(), force }, TODAY));
  });

  test('variant: a JSON Schema named to `contract` loads the meta-validator first', async () => {
    const schema = (t: string) => `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"id": {"type": "${t}"}}}`;
    const lazy = await fresh.runEngineAsync({ changes: changeSetFromTrees({ 'openapi.json': schema('string') }, { 'openapi.json': schema('integer') }), config: defaultConfig(), force }, TODAY);
    expect(fresh.metaLoaded()).toBe(true);
    expect(lazy.findings.length).toBeGreaterThan(0);
  });
});

describe('the analysis without its readers', () => {
  test('stops with ReadersNotLoaded, never a finding or a pass (a YAML spec changed)', async () => {
    const base: Files = { 'api/openapi.yaml': oas(OP('/users', '#/components/schemas/U'), 'components:\n  schemas:\n    U: {type: object}\n') };
    const head = { 'api/openapi.yaml': base['api/openapi.yaml'].replace('openapi: 3.0.3', 'openapi: 3.0.3\n# edited') };
    expect(() => fresh.analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() })).toThrow(/YAML readers are not loaded/);
  });

  test('stops with ReadersNotLoaded inside the diff of one contract too (not invalid-contract "could not be analysed")', async () => {
    // a JSON Schema contract is meta-validated in the middle of its analysis, inside its catch
    const schema = (t: string) => `{"$schema": "http://json-schema.org/draft-07/schema#", "title": "${t}", "type": "object"}`;
    const base: Files = { 'events/order-placed.json': schema('a') };
    const head: Files = { 'events/order-placed.json': schema('b') };
    expect(() => fresh.analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() })).toThrow(/meta-validator is not loaded/);
  });
});
