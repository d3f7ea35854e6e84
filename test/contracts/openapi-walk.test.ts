/** The OpenAPI walk: operations, parameters, bodies, responses, security, Swagger 2.0, lines. */
import { describe, expect, test } from 'vitest';
import { contractFindings, oas } from './helpers.js';

const P = 'api/openapi.yaml';

function run(base: string, head: string) {
  return contractFindings({ [P]: base }, { [P]: head });
}
const ids = (base: string, head: string) => run(base, head).map((f) => f.rule).sort();

const USER = `
/users/{id}:
  parameters:
    - {name: id, in: path, required: true, schema: {type: integer}}
  get:
    parameters:
      - {name: X-Trace, in: header, schema: {type: string}}
    responses:
      '200':
        description: ok
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      '404': {description: missing}`;

describe('operations', () => {
  test('a renamed path parameter is the same path', () => {
    const head = USER.replace('/users/{id}', '/users/{userId}').replace('name: id,', 'name: userId,');
    expect(ids(oas(USER), oas(head))).toEqual([]);
  });
  test('a removed path reports each operation with its endpoint, on the paths key', () => {
    const found = run(oas(USER + '\n/teams:\n  get:\n    responses: {"200": {description: ok}}'), oas('/teams:\n  get:\n    responses: {"200": {description: ok}}'));
    expect(found.map((f) => [f.rule, f.endpoints, f.line])).toEqual([['endpoint-removed', ['GET /users/{id}'], 3]]);
  });
  test('an added operation is a rollback notice', () => {
    const head = USER + '\n  delete:\n    responses: {"204": {description: gone}}';
    const [f] = run(oas(USER), oas(head));
    expect([f.rule, f.direction, f.endpoints]).toEqual(['endpoint-added', 'rollback', ['DELETE /users/{id}']]);
  });
  test('a new contract file reports nothing but is analysed', () => {
    const found = contractFindings({}, { [P]: oas(USER) });
    expect(found).toEqual([]);
  });
});

describe('parameters', () => {
  test('path-level and operation-level parameters are merged (moving one is not a change)', () => {
    const moved = USER.replace('  parameters:\n    - {name: id, in: path, required: true, schema: {type: integer}}\n', '').replace(
      '    parameters:\n      - {name: X-Trace',
      '    parameters:\n      - {name: id, in: path, required: true, schema: {type: integer}}\n      - {name: X-Trace',
    );
    expect(ids(oas(USER), oas(moved))).toEqual([]);
  });
  test('header names are case-insensitive', () => {
    expect(ids(oas(USER), oas(USER.replace('X-Trace', 'x-trace')))).toEqual([]);
  });
  test('removed, required added, became required, type and enum changes', () => {
    const base = oas(USER.replace('{name: X-Trace, in: header, schema: {type: string}}', '{name: X-Trace, in: header, schema: {type: string}}\n      - {name: q, in: query, schema: {type: string, enum: [a, b]}}\n      - {name: page, in: query, schema: {type: integer}}'));
    const head = oas(USER.replace('{name: X-Trace, in: header, schema: {type: string}}', '{name: q, in: query, required: true, schema: {type: string, enum: [a]}}\n      - {name: page, in: query, schema: {type: string}}\n      - {name: tenant, in: cookie, required: true, schema: {type: string}}'));
    expect(ids(base, head)).toEqual([
      'parameter-became-required',
      'parameter-enum-value-removed',
      'parameter-removed',
      'parameter-type-changed',
      'required-parameter-added',
    ]);
  });
  test('parameter type change is located at the head parameter', () => {
    const found = run(oas(USER), oas(USER.replace('{name: X-Trace, in: header, schema: {type: string}}', '{name: X-Trace, in: header, schema: {type: integer}}')));
    expect(found.map((f) => [f.rule, f.line])).toEqual([['parameter-type-changed', 10]]);
  });
});

const BODY = (schema: string, extra = '') => `
/orders:
  post:
    requestBody:${extra}
      content:
        application/json:
          schema: ${schema}
    responses:
      '201': {description: created}`;

describe('request bodies and responses', () => {
  test('request body became required', () => {
    expect(ids(oas(BODY('{type: object}')), oas(BODY('{type: object}', '\n      required: true')))).toEqual(['request-body-became-required']);
  });
  test('a documented 2xx removed; a 4xx removed is not reported; 2XX covers 200', () => {
    expect(ids(oas(USER), oas(USER.replace("'200':", "'201':")))).toEqual(['response-status-removed']);
    expect(ids(oas(USER), oas(USER.replace("      '404': {description: missing}", '')))).toEqual([]);
    expect(ids(oas(USER), oas(USER.replace("'200':", "'2XX':")))).toEqual([]);
  });
  test('response media type removed; charset parameters do not matter', () => {
    expect(ids(oas(USER), oas(USER.replace('application/json:', 'application/xml:')))).toEqual(['response-media-type-removed']);
    expect(ids(oas(USER), oas(USER.replace('application/json:', "'application/json; charset=utf-8':")))).toEqual([]);
  });
  test('security: global requirement added; optional alternative is fine; more scopes are stronger', () => {
    const sec = (s: string) => oas(USER, `security:\n${s}\ncomponents:\n  securitySchemes:\n    o: {type: oauth2, flows: {}}\n`);
    expect(ids(oas(USER), sec('  - o: []'))).toEqual(['security-requirement-added']);
    expect(ids(oas(USER), sec('  - {}\n  - o: []'))).toEqual([]);
    expect(ids(sec('  - o: [read]'), sec('  - o: [read, write]'))).toEqual(['security-requirement-added']);
    expect(ids(sec('  - o: [read, write]'), sec('  - o: [read]'))).toEqual([]);
  });
  test('servers: every path changed vs one kept', () => {
    const s = (urls: string[]) => oas(USER, `servers:\n${urls.map((u) => `  - url: ${u}`).join('\n')}\n`);
    expect(ids(s(['https://api.example.com/v1']), s(['https://api.example.com/v2']))).toEqual(['base-path-changed']);
    expect(ids(s(['https://api.example.com/v1']), s(['https://api.example.com/v2', 'https://eu.example.com/v1']))).toEqual([]);
    expect(ids(s(['https://api.example.com/v1']), s(['https://other.example.com/v1']))).toEqual([]);
  });
});

describe('shared components', () => {
  const spec = (props: string) =>
    oas(
      `/a:\n  get:\n    responses:\n      '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}\n` +
        `/b:\n  get:\n    responses:\n      '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/User'}}}}}`,
      `components:\n  schemas:\n    User:\n      type: object\n      properties:\n${props}\n`,
    );
  test('a change in a component is reported once, at the component, with every operation', () => {
    const found = run(spec('        id: {type: integer}\n        name: {type: string}'), spec('        id: {type: integer}'));
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.rule).toBe('response-property-removed');
    expect(f.endpoints).toEqual(['GET /a', 'GET /b']);
    expect(f.line).toBe(16); // `properties:` of User in head: the nearest surviving ancestor
    expect(f.message).toContain('GET /a, GET /b');
    expect(f.object).toBe('GET /a 200 application/json #/components/schemas/User/properties/name');
  });
});

describe('Swagger 2.0 through the same walk', () => {
  const sw = (body: string, extra = '') => `swagger: '2.0'\ninfo: {title: t, version: '1'}\n${extra}paths:\n  /pets:\n    post:\n      consumes: [application/json]\n      parameters:\n${body}\n      responses:\n        '200':\n          description: ok\n          schema: {$ref: '#/definitions/Pet'}\ndefinitions:\n  Pet:\n    type: object\n    properties:\n      name: {type: string}\n      tag: {type: string, x-nullable: false}\n`;
  test('body parameter, definitions, x-nullable and basePath', () => {
    const base = sw('        - {name: body, in: body, schema: {type: object, properties: {n: {type: string}}}}', 'basePath: /v1\n');
    const head = sw('        - {name: body, in: body, required: true, schema: {type: object, properties: {n: {type: integer}}}}', 'basePath: /v2\n')
      .replace('x-nullable: false', 'x-nullable: true')
      .replace('      name: {type: string}\n', '');
    expect(ids(base, head)).toEqual([
      'base-path-changed',
      'request-body-became-required',
      'request-property-type-changed',
      'response-property-became-nullable',
      'response-property-removed',
    ]);
  });
  test('formData parameters are a form body', () => {
    const base = sw('        - {name: a, in: formData, type: string}').replace('[application/json]', '[application/x-www-form-urlencoded]');
    const head = sw('        - {name: a, in: formData, type: string}\n        - {name: b, in: formData, type: string, required: true}').replace('[application/json]', '[application/x-www-form-urlencoded]');
    expect(ids(base, head)).toEqual(['request-body-became-required', 'request-required-property-added']);
  });
});

describe('every finding is complete', () => {
  test('line, object, direction and endpoints on each', () => {
    const head = USER.replace('/users/{id}', '/users/{id}/x').replace("'200':", "'201':");
    const found = run(oas(USER + BODY('{type: object, properties: {a: {type: string}}}')), oas(head + BODY('{type: object, properties: {a: {type: integer}}}')));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const f of found) {
      expect(f.line, f.rule).toBeGreaterThan(0);
      expect(f.object, f.rule).toBeTruthy();
      expect(['deploy', 'rollback']).toContain(f.direction);
      expect(f.endpoints?.length, f.rule).toBeGreaterThan(0);
    }
  });
});

test('removing an operation deprecated in base is a warning, not an error', () => {
  const base = oas("/old:\n  get:\n    deprecated: true\n    responses: {'200': {description: ok}}\n/new:\n  get:\n    responses: {'200': {description: ok}}");
  const head = oas("/new:\n  get:\n    responses: {'200': {description: ok}}");
  const [f] = run(base, head);
  expect([f.rule, f.severity, f.message]).toEqual(['endpoint-removed', 'warning', expect.stringContaining('deprecated in base')]);
});
