/**
 * The contract classes that the real-history replay (bench/history, issue 12) found wrong, each
 * from its reproduction in bench/history/repros/ or the replayed repository, plus variants.
 */
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { contractFindings, type Files } from './helpers.js';

const brief = (base: Files, head: Files, configure?: Parameters<typeof contractFindings>[2]) =>
  contractFindings(base, head, configure).map((f) => [f.rule, f.file, f.object]);

describe('`file://` references are files of the repository (sentry-kafka-schemas)', () => {
  // schemas/ingest-spans.v1.schema.json refers to its own definitions through a file URL, and
  // schemas/buffered-segments.v1.schema.json to the span definition of that file
  const spans = (attributeType: unknown) =>
    JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'span',
        $ref: 'file://ingest-spans.v1.schema.json#/definitions/SpanEvent',
        definitions: {
          SpanEvent: {
            type: 'object',
            properties: {
              span_id: { $ref: 'file://ingest-spans.v1.schema.json#/definitions/UUID' },
              attributes: { type: 'object', additionalProperties: { $ref: 'file://ingest-spans.v1.schema.json#/definitions/AttributeValue' } },
            },
          },
          UUID: { type: 'string' },
          AttributeValue: { type: attributeType, properties: { value: {} } },
        },
      },
      null,
      2,
    );
  const segments = JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'buffered_segment',
      type: 'object',
      properties: { spans: { type: 'array', items: { $ref: 'file://ingest-spans.v1.schema.json#/definitions/SpanEvent' } } },
    },
    null,
    2,
  );
  const base = { 'schemas/ingest-spans.v1.schema.json': spans('object'), 'schemas/buffered-segments.v1.schema.json': segments };

  test('no external-ref, and a change behind the reference is compared (commit 3428d66: AttributeValue became nullable)', () => {
    const head = { ...base, 'schemas/ingest-spans.v1.schema.json': spans(['null', 'object']) };
    expect(brief(base, head)).toEqual([['schema-type-changed', 'schemas/ingest-spans.v1.schema.json', '#/definitions/AttributeValue']]);
  });

  test('a new file URL reference is not external-ref, and a schema that refers to a changed file is re-checked', () => {
    const head = { ...base, 'schemas/buffered-segments.v1.schema.json': segments.replace('"title"', '"description": "x",\n  "title"') };
    expect(brief(base, head)).toEqual([]);
    // only the referred file changed: the referrer is found through its file URL
    const changed = { ...base, 'schemas/ingest-spans.v1.schema.json': spans(['null', 'object']) };
    const found = contractFindings(base, changed);
    expect(found.map((f) => f.rule)).toEqual(['schema-type-changed']);
  });

  test.each([
    ['file://./common/id.json#/Id', []],
    ['file:common/id.json#/Id', []],
    ['file://common/id.json#/Id', []],
  ])('variant %s resolves inside the repository', (ref, expected) => {
    const doc = (t: string) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { id: { $ref: ref } }, title: t });
    const files = { 'events/common/id.json': JSON.stringify({ Id: { type: 'string' } }) };
    expect(brief({ ...files, 'events/e.schema.json': doc('a') }, { ...files, 'events/e.schema.json': doc('b') })).toEqual(expected);
    // and a change in the referred file is found
    const changed = { 'events/common/id.json': JSON.stringify({ Id: { type: 'integer' } }) };
    expect(brief({ ...files, 'events/e.schema.json': doc('a') }, { ...changed, 'events/e.schema.json': doc('a') }).map((f) => f[0])).toEqual(['schema-type-changed']);
  });

  test.each(['file:///etc/schemas/id.json#/Id', 'file://localhost/etc/id.json#/Id', 'file://C:/schemas/id.json', 'file://../../outside.json#/Id'])(
    '%s stays external-ref (absolute, or leaving the repository)',
    (ref) => {
      const doc = (r: string) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { id: r ? { $ref: r } : { type: 'string' } } });
      expect(brief({ 'events/e.schema.json': doc('') }, { 'events/e.schema.json': doc(ref) }).map((f) => f[0])).toEqual(['external-ref']);
    },
  );

  test('a file URL that dangles is invalid-contract, as a relative path would be', () => {
    const doc = (r: string) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { id: { $ref: r } } });
    const files = { 'events/id.json': JSON.stringify({ Id: { type: 'string' } }) };
    const found = contractFindings({ ...files, 'events/e.schema.json': doc('file://id.json#/Id') }, { ...files, 'events/e.schema.json': doc('file://id.json#/Gone') });
    expect(found.map((f) => [f.rule, f.message])).toEqual([
      ['invalid-contract', 'This contract is not valid: $ref file://id.json#/Gone does not resolve: events/id.json has nothing at #/Gone.'],
    ]);
  });
});

describe('formats that only annotate a type are no tightening (harbor)', () => {
  const swagger = (param: string) =>
    `swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths:\n  /robots/{robot_id}:\n    get:\n      parameters:\n        - {name: robot_id, in: path, required: true, ${param}}\n      responses:\n        '200': {description: ok}\n`;
  const path = 'api/v2.0/swagger.yaml';

  test('format: int64 added to an integer path parameter: nothing (was request-constraint-tightened)', () => {
    expect(brief({ [path]: swagger('type: integer') }, { [path]: swagger('type: integer, format: int64') })).toEqual([]);
  });

  test('variant: format: int32 added still refuses what old clients sent (integers past 2^31)', () => {
    expect(brief({ [path]: swagger('type: integer') }, { [path]: swagger('type: integer, format: int32') })).toEqual([
      ['request-constraint-tightened', path, 'GET /robots/{robot_id} path parameter robot_id'],
    ]);
  });

  test('variant: format: int64 on a string parameter (a format that does not apply to the type) is judged as any other format', () => {
    expect(brief({ [path]: swagger('type: string') }, { [path]: swagger('type: string, format: int64') }).map((f) => f[0])).toEqual(['request-constraint-tightened']);
  });
});

describe('a file whose $schema names no JSON Schema dialect is no contract, parsed or not (openstatus turbo.json)', () => {
  const turbo = (tasks: string, comment = '') => `{\n  "$schema": "https://turbo.build/schema.json",\n${comment}  "tasks": {${tasks}}\n}\n`;

  test('turbo.json with comments (JSONC): no invalid-contract', () => {
    expect(brief({ 'turbo.json': turbo('"build": {}') }, { 'turbo.json': turbo('"build": {}, "lint": {}', '  // turbo.json is JSONC: comments are allowed\n') })).toEqual([]);
  });

  test('variant: a YAML file with a $schema of another tool that does not parse: nothing', () => {
    const y = (extra: string) => `$schema: https://json.schemastore.org/github-workflow.json\non: push\njobs:\n  a: {${extra}\n`;
    expect(brief({ '.github/workflows/ci.yaml': y('}') }, { '.github/workflows/ci.yaml': y('') })).toEqual([]);
  });

  test('a broken file that names a JSON Schema dialect, or OpenAPI, is still invalid-contract', () => {
    const schema = (extra: string) => `{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "type": "object"${extra}\n}\n`;
    expect(brief({ 'events/e.json': schema('') }, { 'events/e.json': schema(',\n  // a comment') }).map((f) => f[0])).toEqual(['invalid-contract']);
    const api = (extra: string) => `{\n  "openapi": "3.0.3",\n  "paths": {}${extra}\n}\n`;
    expect(brief({ 'api/api.json': api('') }, { 'api/api.json': api(',\n  // a comment') }).map((f) => f[0])).toEqual(['invalid-contract']);
  });
});

describe('an event property that stops being required (FULL compatibility; sentry-kafka-schemas)', () => {
  const span = (required: string[], extra: object = {}) =>
    JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { span_id: { type: 'string' }, is_remote: { type: ['boolean', 'null'] }, is_segment: { type: ['boolean', 'null'] } },
        required,
        ...extra,
      },
      null,
      2,
    );
  const path = 'schemas/ingest-spans.v1.schema.json';

  test('commit 234423a: is_remote moved from `required` into `oneOf` required-only branches is schema-property-became-optional', () => {
    const base = { [path]: span(['span_id', 'is_remote']) };
    const head = { [path]: span(['span_id'], { oneOf: [{ required: ['is_remote'] }, { required: ['is_segment'] }] }) };
    const found = contractFindings(base, head);
    expect(found.map((f) => [f.rule, f.object, f.severity ?? 'default'])).toEqual([['schema-property-became-optional', '#/properties/is_remote', 'default']]);
    expect(found[0].message).toBe(
      'Property `is_remote` is no longer required (#/properties/is_remote); old consumers rely on it and meet messages from new producers without it.',
    );
  });

  test('variant: the same in a request body is no finding, in a response it is response-property-became-optional, role api is the response', () => {
    const base = { [path]: span(['span_id', 'is_remote']) };
    const head = { [path]: span(['span_id']) };
    expect(brief(base, head, (c) => (c.contracts = [{ path, role: 'api' }])).map((f) => f[0])).toEqual(['response-property-became-optional']);
    expect(brief(base, { [path]: span(['span_id', 'is_remote', 'is_segment']) }).map((f) => f[0])).toEqual(['schema-property-became-required']);
  });

  test('a required name not under `properties` is judged: added is schema-required-property-added, dropped is became-optional', () => {
    const doc = (required: string[]) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'string' } }, required });
    const p = 'events/e.schema.json';
    expect(brief({ [p]: doc(['a']) }, { [p]: doc(['a', 'trace_id']) })).toEqual([['schema-required-property-added', p, '#/properties/trace_id']]);
    expect(brief({ [p]: doc(['a', 'trace_id']) }, { [p]: doc(['a']) })).toEqual([['schema-property-became-optional', p, '#/properties/trace_id']]);
    // unchanged, or only declared now: nothing about required
    expect(brief({ [p]: doc(['a', 'trace_id']) }, { [p]: doc(['trace_id', 'a']) })).toEqual([]);
  });

  test('variant: a required name declared in head that base required undeclared is not "required-property-added"', () => {
    const p = 'events/e.schema.json';
    const base = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['id'] });
    const head = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['id'], properties: { id: {} } });
    expect(brief({ [p]: base }, { [p]: head })).toEqual([]);
    const optional = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { id: {} } });
    expect(brief({ [p]: base }, { [p]: optional }).map((f) => f[0])).toEqual(['schema-property-became-optional']);
  });

  test('request and response flows: an undeclared required name added to a request is request-required-property-added', () => {
    const api = (required: string[]) =>
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/s': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', required } } } }, responses: { '204': { description: 'ok' } } } } },
      });
    expect(brief({ 'api/openapi.json': api(['a']) }, { 'api/openapi.json': api(['a', 'b']) }).map((f) => f[0])).toEqual(['request-required-property-added']);
    expect(brief({ 'api/openapi.json': api(['a', 'b']) }, { 'api/openapi.json': api(['a']) })).toEqual([]);
  });
});

describe("a JSON Schema of the application's own configuration file is not an event contract by default (flipt, kratos)", () => {
  const closed = (props: object, extra: object = {}) =>
    JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false, properties: props, ...extra }, null, 2);
  const base = closed({ log: { type: 'string' } });
  const head = closed({ log: { type: 'string' }, cors: { type: 'boolean' } });
  const analysed = (b: Files, h: Files, configure?: (c: Config) => void) => {
    const config = defaultConfig();
    configure?.(config);
    return analyseContracts({ changes: changeSetFromTrees(b, h), config });
  };

  test('the reproduction: config/flipt.schema.json gains a key: no schema-property-added-to-closed-schema; listed as not analysed, with why', () => {
    const out = analysed({ 'config/flipt.schema.json': base }, { 'config/flipt.schema.json': head });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toEqual([
      {
        file: 'config/flipt.schema.json',
        reason: "a JSON Schema of the application's configuration file (by its folder config/), not a contract unless `contracts:` in the configuration lists it",
      },
    ]);
  });

  test.each([
    ['its file name', { 'embedx/config.schema.json': base }, 'embedx/config.schema.json', {}],
    ['its file name (app-config)', { 'schemas/app-config.schema.yaml': base }, 'schemas/app-config.schema.yaml', {}],
    ['its title', { 'embedx/main.schema.json': base }, 'embedx/main.schema.json', { title: 'Ory Kratos Configuration' }],
    ['its description', { 'x/flipt.schema.json': base }, 'x/flipt.schema.json', { description: 'Flipt config file is a YAML file defining how to configure the Flipt application.' }],
  ])('recognised by %s', (_why, files, path, extra) => {
    const b = { [path]: Object.keys(extra).length ? closed({ log: { type: 'string' } }, extra) : files[path as keyof typeof files] };
    const h = { [path]: closed({ log: { type: 'string' }, cors: { type: 'boolean' } }, extra) };
    expect(analysed(b, h).findings).toEqual([]);
  });

  test('recognised by a YAML file that declares it as its $schema: a yaml-language-server modeline with a URL, or a $schema key with a relative path', () => {
    const modeline = '# yaml-language-server: $schema=https://raw.githubusercontent.com/flipt-io/flipt/main/build/flipt.schema.json\nlog: info\n';
    const b = { 'build/flipt.schema.json': base, 'build/default.yml': modeline };
    const out = analysed(b, { ...b, 'build/flipt.schema.json': head });
    expect(out.findings).toEqual([]);
    expect(out.skipped?.[0].reason).toContain('(by build/default.yml declares it as its $schema)');
    const key = { 'build/app.schema.json': base, 'deploy/values.yaml': '$schema: ../build/app.schema.json\nlog: info\n' };
    expect(analysed(key, { ...key, 'build/app.schema.json': head }).findings).toEqual([]);
  });

  test('an event schema stays one: no config evidence, a JSON example naming it, a title about a config change', () => {
    const b = { 'schemas/order.schema.json': base, 'examples/order.json': '{"$schema": "../schemas/order.schema.json", "log": "x"}' };
    expect(brief(b, { ...b, 'schemas/order.schema.json': head }).map((f) => f[0])).toEqual(['schema-property-added-to-closed-schema']);
    const titled = (h: string) => ({ 'schemas/cfg-event.schema.json': h });
    const t = (props: object) => closed(props, { title: 'Config changed event' });
    expect(brief(titled(t({ log: { type: 'string' } })), titled(t({ log: { type: 'string' }, cors: { type: 'boolean' } }))).map((f) => f[0])).toEqual([
      'schema-property-added-to-closed-schema',
    ]);
    // a YAML that names a schema by a URL of another repository path is no evidence
    const other = { 'schemas/order.schema.json': base, 'config/x.yml': '$schema: https://example.com/other/order.schema.json\n' };
    expect(brief(other, { ...other, 'schemas/order.schema.json': head }).map((f) => f[0])).toEqual(['schema-property-added-to-closed-schema']);
  });

  test('`contracts:` in the configuration still makes it a contract (role event: both directions)', () => {
    const found = brief({ 'config/flipt.schema.json': base }, { 'config/flipt.schema.json': head }, (c) => (c.contracts = [{ path: 'config/*.schema.json', role: 'event' }]));
    expect(found).toEqual([['schema-property-added-to-closed-schema', 'config/flipt.schema.json', '#/properties/cors']]);
  });

  test('the reproduction (kratos a56c3c07d1): embedx/config.schema.json with a duplicate key is no invalid-contract; skipped, with the evidence and the defect', () => {
    // the duplicate sits in the schema's text: JSON.parse keeps the last one, the loader reports the first
    const dup = (props: string) => `{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "type": "object",\n  "properties": {\n${props}\n  }\n}\n`;
    const h = dup('    "recovery_code": {"type": "string"},\n    "log": {"type": "string"},\n    "recovery_code": {"type": "string"}');
    const out = analysed({ 'embedx/config.schema.json': dup('    "log": {"type": "string"}') }, { 'embedx/config.schema.json': h });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toEqual([
      {
        file: 'embedx/config.schema.json',
        reason:
          'a JSON Schema of the application\'s configuration file (by its file name; it does not read as it is: duplicate key "recovery_code" (line 7)), not a contract unless `contracts:` in the configuration lists it',
      },
    ]);
    // configured as a contract, the defect is reported as before
    const configured = analysed({ 'embedx/config.schema.json': dup('    "log": {"type": "string"}') }, { 'embedx/config.schema.json': h }, (c) => {
      c.contracts = [{ path: 'embedx/*.schema.json', role: 'event' }];
    });
    expect(configured.findings.map((f) => [f.rule, f.line])).toEqual([['invalid-contract', 7]]);
  });

  test('a variant: an event schema (no config evidence) or an OpenAPI file with a duplicate key stays invalid-contract', () => {
    const dup = `{\n  "type": "object",\n  "properties": {\n    "id": {"type": "string"},\n    "id": {"type": "integer"}\n  }\n}\n`;
    expect(brief({ 'schemas/order.schema.json': base }, { 'schemas/order.schema.json': dup }).map((f) => f[0])).toEqual(['invalid-contract']);
    const api = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "paths": {}}`;
    expect(brief({ 'config/openapi.json': '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}' }, { 'config/openapi.json': api }).map((f) => f[0])).toEqual([
      'invalid-contract',
    ]);
  });

  test('an OpenAPI document under config/ is still a contract', () => {
    const api = (d: string) => `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ${d}}\n  /b:\n    get:\n      responses:\n        '200': {description: ok}\n`;
    expect(brief({ 'config/openapi.yaml': api('ok') }, { 'config/openapi.yaml': api('ok').replace(/ {2}\/b:[\s\S]*$/, '') }).map((f) => f[0])).toEqual(['endpoint-removed']);
  });
});

describe('copies of one API report a change once, on the primary copy (kratos, openstatus)', () => {
  const oas3 = (values: string[], extraPath = '') =>
    JSON.stringify(
      {
        openapi: '3.0.3',
        info: { title: 'Ory Identities API', version: '' },
        paths: {
          '/m': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/M' } } } } } } },
          ...(extraPath ? { [extraPath]: { get: { responses: { '204': { description: 'ok' } } } } } : {}),
        },
        components: { schemas: { M: { type: 'object', properties: { t: { type: 'string', enum: values } } } } },
      },
      null,
      2,
    );
  const swagger2 = (values: string[], extraPath = '') =>
    JSON.stringify(
      {
        swagger: '2.0',
        info: { title: 'Ory Kratos', version: 'latest' },
        basePath: '/',
        paths: {
          '/m': { get: { produces: ['application/json'], responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/M' } } } } },
          ...(extraPath ? { [extraPath]: { get: { responses: { '204': { description: 'ok' } } } } } : {}),
        },
        definitions: { M: { type: 'object', properties: { t: { type: 'string', enum: values } } } },
      },
      null,
      2,
    );

  test('the reproduction: spec/api.json (OpenAPI 3) and spec/swagger.json (its Swagger 2.0 copy) gain an enum value: one finding on api.json, naming the copy', () => {
    const base = { 'spec/api.json': oas3(['a']), 'spec/swagger.json': swagger2(['a']) };
    const head = { 'spec/api.json': oas3(['a', 'b']), 'spec/swagger.json': swagger2(['a', 'b']) };
    const found = contractFindings(base, head);
    expect(found.map((f) => [f.rule, f.file, f.object])).toEqual([['response-enum-value-added', 'spec/api.json', 'GET /m 200 application/json #/components/schemas/M/properties/t']]);
    expect(found[0].message).toMatch(/ The same change is in spec\/swagger\.json, a copy of this API \(reported once, here\)\.$/);
    expect(found[0].endpoints).toEqual(['GET /m']);
  });

  test('a change only one copy has is reported on that copy (copies that drift are both judged)', () => {
    const base = { 'spec/api.json': oas3(['a']), 'spec/swagger.json': swagger2(['a']) };
    const head = { 'spec/api.json': oas3(['a', 'b']), 'spec/swagger.json': swagger2(['a', 'c']) };
    expect(brief(base, head).map((f) => [f.slice(0, 2)].flat())).toEqual([
      ['response-enum-value-added', 'spec/api.json'],
      ['response-enum-value-added', 'spec/swagger.json'],
    ]);
  });

  test.each([
    ['a generated copy (openstatus)', 'apps/server/static/openapi.yaml', 'packages/proto/gen/openapi.yaml'],
    ['openapi.json and openapi/openapi.json: the shorter path', 'openapi.json', 'openapi/openapi.json'],
    ['openapi.yaml and openapi.json: the YAML one', 'api/openapi.yaml', 'api/openapi.json'],
  ])('primary: %s', (_name, primary, copy) => {
    const text = (path: string, values: string[]) => (path.endsWith('.json') ? oas3(values) : stringify(JSON.parse(oas3(values))));
    const base = { [primary]: text(primary, ['a']), [copy]: text(copy, ['a']) };
    const head = { [primary]: text(primary, ['a', 'b']), [copy]: text(copy, ['a', 'b']) };
    const found = contractFindings(base, head);
    expect(found.map((f) => f.file)).toEqual([primary]);
    expect(found[0].message).toContain(`The same change is in ${copy}, a copy of this API`);
  });

  test('the configuration names the primary: the copy its `contracts:` lists first', () => {
    const base = { 'spec/api.json': oas3(['a']), 'spec/swagger.json': swagger2(['a']) };
    const head = { 'spec/api.json': oas3(['a', 'b']), 'spec/swagger.json': swagger2(['a', 'b']) };
    const found = contractFindings(base, head, (c) => (c.contracts = [{ path: 'spec/swagger.json', role: 'api' }, { path: 'spec/*.json', role: 'api' }]));
    expect(found.map((f) => [f.file, f.object])).toEqual([['spec/swagger.json', 'GET /m 200 application/json #/definitions/M/properties/t']]);
  });

  test('documents with different operations are not copies: each reports its change', () => {
    const base = { 'a/openapi.json': oas3(['a']), 'b/openapi.json': oas3(['a'], '/other') };
    const head = { 'a/openapi.json': oas3(['a', 'b']), 'b/openapi.json': oas3(['a', 'b'], '/other') };
    expect(contractFindings(base, head).map((f) => f.file)).toEqual(['a/openapi.json', 'b/openapi.json']);
  });

  test('an operation removed from both copies is one endpoint-removed', () => {
    const base = { 'spec/api.json': oas3(['a'], '/gone'), 'spec/swagger.json': swagger2(['a'], '/gone') };
    const head = { 'spec/api.json': oas3(['a']), 'spec/swagger.json': swagger2(['a']) };
    expect(contractFindings(base, head).map((f) => [f.rule, f.file, f.object])).toEqual([['endpoint-removed', 'spec/api.json', 'GET /gone']]);
  });
});

describe('protobuf enums of protoc-gen-openapi switching between numbers and names (flipt 4e8b191c66)', () => {
  // flipt's openapi.yaml is generated by gnostic's protoc-gen-openapi: an enum field is `type:
  // integer, format: enum` until buf.gen.yaml gains `enum_type=string`, then `type: string, enum:
  // [names], format: enum`. protojson writes names and reads names or numbers either way.
  const numbers = { type: 'integer', format: 'enum' };
  const names = { enum: ['UNKNOWN_COMPARISON_TYPE', 'STRING_COMPARISON_TYPE', 'NUMBER_COMPARISON_TYPE'], type: 'string', format: 'enum' };
  const spec = (type: object, param: object = type) =>
    stringify({
      openapi: '3.0.3',
      info: { title: 'api', version: '1' },
      paths: {
        '/constraints': {
          get: {
            parameters: [{ name: 'type', in: 'query', schema: param }],
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Constraint' } } } } },
          },
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Constraint' } } } },
            responses: { 200: { description: 'ok' } },
          },
        },
      },
      components: { schemas: { Constraint: { type: 'object', properties: { key: { type: 'string' }, type } } } },
    });

  test('numbers -> names: no finding in the parameter, the request or the response (the reproduction)', () => {
    expect(brief({ 'openapi.yaml': spec(numbers) }, { 'openapi.yaml': spec(names) })).toEqual([]);
  });

  test('names -> numbers (the variant): no finding either', () => {
    expect(brief({ 'openapi.yaml': spec(names) }, { 'openapi.yaml': spec(numbers) })).toEqual([]);
  });

  test('still reported: a name removed from a listed proto enum, a plain integer becoming a string enum, the marker on one side only', () => {
    const fewer = { ...names, enum: names.enum.slice(0, 2) };
    expect(brief({ 'openapi.yaml': spec(names) }, { 'openapi.yaml': spec(fewer) }).map(([rule]) => rule).sort()).toEqual([
      'parameter-enum-value-removed',
      'request-enum-value-removed',
    ]);
    const plain = { type: 'integer' };
    const fromPlain = brief({ 'openapi.yaml': spec(plain) }, { 'openapi.yaml': spec(names) }).map(([rule]) => rule);
    expect(fromPlain).toContain('parameter-type-changed');
    expect(fromPlain).toContain('request-property-type-changed');
    expect(fromPlain).toContain('response-property-type-changed');
    const unmarked = { enum: names.enum, type: 'string' };
    expect(brief({ 'openapi.yaml': spec(numbers) }, { 'openapi.yaml': spec(unmarked) }).map(([rule]) => rule)).toContain('response-property-type-changed');
  });
});
