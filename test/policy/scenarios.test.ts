/**
 * Mission-critical scenarios (docs/scenarios.md): each matcher kind fires on what it names and
 * stays quiet on its neighbours, first on findings as rules emit them, then through the whole
 * engine (so names are normalised exactly as the catalog and the OpenAPI differ spell them).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { applyPolicy } from '../../src/policy/policy.js';
import { scenarioStatus } from '../../src/policy/scenarios.js';
import { defaultConfig, type Config, type Scenario } from '../../src/config/types.js';
import { parseConfig } from '../../src/config/load.js';
import type { RawFinding, Suppression } from '../../src/findings.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';

const TODAY = '2026-11-24';

function raw(partial: Partial<RawFinding> = {}): RawFinding {
  return {
    rule: 'drop-column',
    file: 'db/migrations/2_x.sql',
    line: 3,
    message: 'Dropping column users.legacy_name breaks the previous release, which still reads it.',
    object: 'users.legacy_name',
    tables: ['users'],
    ...partial,
  };
}

function scenario(patch: Partial<Scenario>): Scenario {
  return { name: 'Place an order', tables: [], columns: [], endpoints: [], events: [], files: [], ...patch };
}

function config(...scenarios: Scenario[]): Config {
  return { ...defaultConfig(), scenarios };
}

function run(findings: RawFinding[], c: Config, suppressions: Suppression[] = []) {
  return applyPolicy(findings, suppressions, c, { today: TODAY, failOn: 'error' });
}

/** The scenarios the one finding names ([] when none). */
function touched(finding: Partial<RawFinding>, ...scenarios: Scenario[]): string[] {
  return run([raw(finding)], config(...scenarios)).findings[0]!.scenarios ?? [];
}

describe('tables', () => {
  const orders = scenario({ tables: ['orders'] });
  test('a finding on the table names the scenario, is an error and critical', () => {
    const r = run([raw({ rule: 'drop-not-null', tables: ['orders'], object: 'orders.note' })], config(orders));
    expect(r.findings[0]).toMatchObject({ severity: 'error', critical: true, scenarios: ['Place an order'] });
    expect(r.verdict).toBe('fail');
    expect(r.scenarios).toEqual([{ name: 'Place an order', affected: true }]);
  });

  test('other tables, and names that only contain it, stay quiet', () => {
    for (const table of ['users', 'orders_archive', 'old_orders', 'orders2']) {
      const r = run([raw({ rule: 'drop-not-null', tables: [table] })], config(orders));
      expect(r.findings[0]).toMatchObject({ severity: 'warning', critical: false });
      expect(r.findings[0]!.scenarios).toBeUndefined();
      expect(r.scenarios).toEqual([{ name: 'Place an order', affected: false }]);
    }
  });

  test('schema-qualified: an unqualified name matches any schema; two qualified names must agree', () => {
    expect(touched({ tables: ['sales.orders'] }, orders)).toEqual(['Place an order']);
    const qualified = scenario({ tables: ['sales.orders'] });
    expect(touched({ tables: ['sales.orders'] }, qualified)).toEqual(['Place an order']);
    expect(touched({ tables: ['orders'] }, qualified)).toEqual(['Place an order']);
    expect(touched({ tables: ['billing.orders'] }, qualified)).toEqual([]);
  });

  test('quoting and case are normalised as the catalog does: "public"."Orders" is Orders is orders', () => {
    const quoted = scenario({ tables: ['"public"."Orders"'] });
    expect(touched({ tables: ['Orders'] }, quoted)).toEqual(['Place an order']);
    expect(touched({ tables: ['orders'] }, quoted)).toEqual(['Place an order']);
    expect(touched({ tables: ['Orders'] }, scenario({ tables: ['`orders`'] }))).toEqual(['Place an order']);
    expect(touched({ tables: ['orders'] }, scenario({ tables: ['[dbo].[orders]'] }))).toEqual(['Place an order']);
    expect(touched({ tables: ['Order'] }, quoted)).toEqual([]);
  });

  test('globs', () => {
    expect(touched({ tables: ['order_lines'] }, scenario({ tables: ['order_*'] }))).toEqual(['Place an order']);
    expect(touched({ tables: ['orders'] }, scenario({ tables: ['order_*'] }))).toEqual([]);
  });

  test('a rename touches the scenario of either name; a dropped schema the tables in it', () => {
    expect(touched({ rule: 'rename-table', tables: ['orders', 'orders_v2'] }, orders)).toEqual(['Place an order']);
    const sales = scenario({ tables: ['sales.orders'] });
    expect(touched({ rule: 'drop-schema', tables: [], schemas: ['sales'] }, sales)).toEqual(['Place an order']);
    expect(touched({ rule: 'drop-schema', tables: [], schemas: ['audit'] }, sales)).toEqual([]);
    expect(touched({ rule: 'drop-schema', tables: [], schemas: ['audit'] }, orders)).toEqual([]);
    expect(touched({ rule: 'drop-schema', tables: [], schemas: ['public'] }, orders)).toEqual(['Place an order']);
  });

  test('a statement the gate could not read touches the scenarios whose tables it names, as a whole word', () => {
    const unparsed = (text: string): Partial<RawFinding> => ({ rule: 'unparsed-statement', tables: undefined, object: null, severity: 'warning', text });
    expect(touched(unparsed('ALTER TABLE "Orders" FROBNICATE'), orders)).toEqual(['Place an order']);
    expect(touched(unparsed('ALTER TABLE orders_archive FROBNICATE'), orders)).toEqual([]);
    expect(touched(unparsed('ALTER TABLE orders FROBNICATE'), scenario({ columns: ['orders.total'] }))).toEqual(['Place an order']);
  });
});

describe('columns', () => {
  const total = scenario({ columns: ['orders.total'] });
  test('the column listed, or table.*, is touched by a finding on that column', () => {
    const drop = { rule: 'drop-column', tables: ['orders'], code: { kind: 'column' as const, table: 'orders', column: 'total', removes: true } };
    expect(touched(drop, total)).toEqual(['Place an order']);
    expect(touched(drop, scenario({ columns: ['orders.*'] }))).toEqual(['Place an order']);
    expect(touched(drop, scenario({ columns: ['sales.orders.total'] }))).toEqual(['Place an order']);
    expect(touched({ ...drop, tables: ['Orders'], code: { ...drop.code, table: 'Orders', column: 'Total' } }, scenario({ columns: ['"Orders"."Total"'] }))).toEqual(['Place an order']);
  });

  test('another column of the table stays quiet; the explicit columns of a rule count as the code subject does', () => {
    expect(touched({ tables: ['orders'], code: { kind: 'column', table: 'orders', column: 'note', removes: true } }, total)).toEqual([]);
    expect(touched({ rule: 'drop-default', tables: ['orders'], columns: [{ table: 'orders', column: 'note' }] }, total)).toEqual([]);
    expect(touched({ rule: 'drop-default', tables: ['orders'], columns: [{ table: 'orders', column: 'total' }] }, total)).toEqual(['Place an order']);
    expect(touched({ tables: ['customers'], code: { kind: 'column', table: 'customers', column: 'total', removes: true } }, total)).toEqual([]);
  });

  test('a finding on the whole table (no column named) touches every column of it, fail closed', () => {
    expect(touched({ rule: 'drop-table', tables: ['orders'] }, total)).toEqual(['Place an order']);
    expect(touched({ rule: 'add-check-constraint', tables: ['orders'], object: 'orders.positive' }, total)).toEqual(['Place an order']);
    expect(touched({ rule: 'drop-table', tables: ['customers'] }, total)).toEqual([]);
  });

  test('a table listed in tables is touched by a finding on any of its columns', () => {
    expect(touched({ tables: ['orders'], code: { kind: 'column', table: 'orders', column: 'note', removes: true } }, scenario({ tables: ['orders'] }))).toEqual(['Place an order']);
  });
});

describe('endpoints', () => {
  const f = (...endpoints: string[]): Partial<RawFinding> => ({ rule: 'response-property-removed', file: 'api/openapi.yaml', tables: [], object: '#/x', endpoints });
  test('method and path glob', () => {
    const place = scenario({ endpoints: ['POST /orders'] });
    expect(touched(f('POST /orders'), place)).toEqual(['Place an order']);
    expect(touched(f('GET /orders'), place)).toEqual([]);
    expect(touched(f('POST /orders/{id}'), place)).toEqual([]);
    expect(touched(f('GET /users', 'POST /orders'), place)).toEqual(['Place an order']);
  });

  test('* and a bare path mean any method; ** any depth', () => {
    for (const pattern of ['* /orders/**', '/orders/**']) {
      const s = scenario({ endpoints: [pattern] });
      expect(touched(f('DELETE /orders/{id}/lines'), s)).toEqual(['Place an order']);
      expect(touched(f('GET /orders'), s)).toEqual(['Place an order']);
      expect(touched(f('GET /orderstatus'), s)).toEqual([]);
    }
  });

  test('path parameters compare by position, whatever their names; method case and a trailing slash do not matter', () => {
    const s = scenario({ endpoints: ['get /orders/{id}/'] });
    expect(touched(f('GET /orders/{orderId}'), s)).toEqual(['Place an order']);
    expect(touched(f('GET /orders/lines'), s)).toEqual([]);
  });

  test('a webhook is an event of its name', () => {
    expect(touched(f('POST webhook orderPlaced'), scenario({ events: ['orderPlaced'] }))).toEqual(['Place an order']);
    expect(touched(f('POST webhook orderPlaced'), scenario({ endpoints: ['/orders/**'] }))).toEqual([]);
  });

  test('a contract that cannot be read or is removed whole touches every scenario with endpoints or events, not one with tables only', () => {
    for (const rule of ['invalid-contract', 'contract-removed']) {
      expect(touched({ ...f(), rule }, scenario({ endpoints: ['POST /orders'] }))).toEqual(['Place an order']);
      expect(touched({ ...f(), rule }, scenario({ tables: ['orders'] }))).toEqual([]);
    }
    expect(touched({ rule: 'unreadable-file', tables: undefined }, scenario({ tables: ['orders'] }))).toEqual(['Place an order']);
    expect(touched({ rule: 'unreadable-file', tables: undefined }, scenario({ files: ['src/**'] }))).toEqual([]);
  });
});

describe('events and files', () => {
  const event = (file: string, partial: Partial<RawFinding> = {}): Partial<RawFinding> => ({ rule: 'schema-property-removed', file, tables: [], object: '#/properties/id', ...partial });
  test('an event contract is named by its file name without extensions; names the finding carries count too', () => {
    const s = scenario({ events: ['order-placed'] });
    expect(touched(event('events/order-placed.schema.json'), s)).toEqual(['Place an order']);
    expect(touched(event('events/Order-Placed.yaml'), s)).toEqual(['Place an order']);
    expect(touched(event('events/order-placed-v2.schema.json'), s)).toEqual([]);
    expect(touched(event('asyncapi.yaml', { events: ['order-placed'] }), s)).toEqual(['Place an order']);
    expect(touched(event('events/order-*.json'), scenario({ events: ['order-*'] }))).toEqual(['Place an order']);
  });

  test('a migration file is no event even when its name is the event name', () => {
    expect(touched({ file: 'db/order-placed.sql' }, scenario({ events: ['order-placed'] }))).toEqual([]);
  });

  test('files: a finding in a matching file', () => {
    const s = scenario({ files: ['db/migrations/2_*.sql'] });
    expect(touched({ file: 'db/migrations/2_x.sql', tables: ['users'] }, s)).toEqual(['Place an order']);
    expect(touched({ file: 'db/migrations/3_x.sql', tables: ['users'] }, s)).toEqual([]);
  });
});

describe('several scenarios, critical and suppressions', () => {
  test('a finding names every scenario it touches, in config order', () => {
    const a = scenario({ name: 'Refund', tables: ['payments'] });
    const b = scenario({ name: 'Place an order', tables: ['orders'] });
    const c = scenario({ name: 'Sign up', tables: ['users'] });
    expect(touched({ rule: 'rename-table', tables: ['orders', 'payments'] }, a, b, c)).toEqual(['Refund', 'Place an order']);
  });

  test('critical: alone stays unnamed: critical, an error, no scenarios and no status', () => {
    const c: Config = { ...defaultConfig(), rules: { 'drop-column': 'notice' }, critical: { tables: ['users'], endpoints: [] } };
    const r = run([raw()], c);
    expect(r.findings[0]).toMatchObject({ severity: 'error', critical: true });
    expect(r.findings[0]!.scenarios).toBeUndefined();
    expect(r.scenarios).toBeUndefined();
  });

  test('critical: and scenarios together: each keeps its own matching', () => {
    const c: Config = { ...defaultConfig(), critical: { tables: ['users'], endpoints: [] }, scenarios: [scenario({ tables: ['orders'] })] };
    const r = run([raw(), raw({ rule: 'update-rows', tables: ['orders'], line: 9 })], c);
    expect(r.findings.map((f) => [f.critical, f.scenarios])).toEqual([[true, undefined], [true, ['Place an order']]]);
  });

  test('a suppressed finding keeps its names but does not make the scenario affected', () => {
    const sup: Suppression = { file: 'db/migrations/2_x.sql', line: 2, rules: ['update-rows'], reason: 'reviewed', scope: 'file' };
    const r = run([raw({ rule: 'update-rows', tables: ['orders'] })], config(scenario({ tables: ['orders'] })), [sup]);
    expect(r.findings[0]).toMatchObject({ suppressed: true, scenarios: ['Place an order'] });
    expect(r.scenarios).toEqual([{ name: 'Place an order', affected: false }]);
    expect(r.verdict).toBe('pass');
  });

  test('an unused object stays an error when it is mission-critical, and the message says which scenario', () => {
    const c = { ...config(scenario({ tables: ['users'] })) };
    const f = raw({ codeSearch: { references: [], total: 0, message: 'm.', unused: 'unused.' } });
    expect(run([f], c).findings[0]).toMatchObject({ severity: 'error', message: 'm. It stays an error: it is mission-critical ("Place an order").' });
  });

  test('scenarioStatus lists every configured scenario with whether an active finding names it', () => {
    const c = config(scenario({ name: 'A', tables: ['a'] }), scenario({ name: 'B', tables: ['b'] }));
    expect(scenarioStatus(c, [{ scenarios: ['B'], suppressed: false }, { scenarios: ['A'], suppressed: true }])).toEqual([
      { name: 'A', affected: false },
      { name: 'B', affected: true },
    ]);
    expect(scenarioStatus(defaultConfig(), [])).toEqual([]);
  });
});

describe('through the engine', () => {
  beforeAll(async () => {
    await prepareEngine();
  });

  const BASE = {
    'db/migrations/001_init.sql':
      'CREATE TABLE orders (id int PRIMARY KEY, total int, note text);\nCREATE SCHEMA sales;\nCREATE TABLE sales.payments (id int, amount int);\nCREATE TABLE "Customers" (id int, email text);\n',
    'api/openapi.yaml': [
      'openapi: 3.0.3',
      'info: {title: shop, version: "1"}',
      'paths:',
      '  /orders/{orderId}:',
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema: {type: object, properties: {id: {type: string}, total: {type: integer}}}',
      '  /users:',
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema: {type: object, properties: {id: {type: string}, name: {type: string}}}',
      '',
    ].join('\n'),
  };

  function engine(head: Record<string, string>, yaml: string) {
    const changes = changeSetFromTrees(BASE, { ...BASE, ...head }, { base: 'a'.repeat(40), head: 'b'.repeat(40) });
    return runEngine({ changes, config: parseConfig(yaml, '.github/rollback-guard.yml') }, { today: TODAY });
  }

  const YAML = [
    'scenarios:',
    '  - name: Place an order',
    '    tables: [orders]',
    '    endpoints: ["GET /orders/{id}"]',
    '  - name: Pay',
    '    tables: [sales.payments]',
    '  - name: Sign in',
    '    columns: ["\\"Customers\\".email"]',
  ].join('\n');

  test('SQL: public, schema-qualified and quoted tables reach the scenario that names them', () => {
    const report = engine(
      {
        'db/migrations/002_x.sql': 'ALTER TABLE public.orders DROP COLUMN note;\nALTER TABLE sales.payments DROP COLUMN amount;\nALTER TABLE "Customers" DROP COLUMN email;\n',
      },
      YAML,
    );
    const byObject = Object.fromEntries(report.findings.filter((f) => f.rule === 'drop-column').map((f) => [f.object, f.scenarios]));
    expect(byObject).toEqual({ 'orders.note': ['Place an order'], 'sales.payments.amount': ['Pay'], 'Customers.email': ['Sign in'] });
    expect(report.scenarios).toEqual([
      { name: 'Place an order', affected: true },
      { name: 'Pay', affected: true },
      { name: 'Sign in', affected: true },
    ]);
  });

  test('SQL: another column of the quoted table and an unrelated table leave the scenarios quiet', () => {
    const report = engine({ 'db/migrations/002_x.sql': 'ALTER TABLE "Customers" DROP COLUMN id;\n' }, YAML);
    expect(report.findings.find((f) => f.rule === 'drop-column')).toMatchObject({ critical: false });
    expect(report.findings.find((f) => f.rule === 'drop-column')!.scenarios).toBeUndefined();
    expect(report.scenarios?.every((s) => !s.affected)).toBe(true);
  });

  test('a down migration touches the scenarios whose tables it undoes (a down file, a goose Down section)', () => {
    const down = engine({ 'db/migrations/002_x.down.sql': 'ALTER TABLE orders DROP COLUMN note;\n', 'db/migrations/002_x.up.sql': 'SELECT 1;\n' }, YAML);
    expect(down.findings.find((f) => f.rule === 'down-migration')?.scenarios).toEqual(['Place an order']);
    const goose = '-- +goose Up\nCREATE TABLE refunds (id int);\n-- +goose Down\nDROP TABLE refunds;\nALTER TABLE sales.payments DROP COLUMN amount;\n';
    const report = engine({ 'db/migrations/002_refunds.sql': goose }, YAML);
    const section = report.findings.find((f) => f.rule === 'down-migration');
    expect(section?.line).toBe(3);
    expect(section?.scenarios).toEqual(['Pay']);
    const other = engine({ 'db/migrations/002_refunds.sql': '-- +goose Up\nCREATE TABLE refunds (id int);\n-- +goose Down\nDROP TABLE refunds;\n' }, YAML);
    expect(other.findings.find((f) => f.rule === 'down-migration')?.scenarios).toBeUndefined();
  });

  test('OpenAPI: a response change names the scenario of its operation, not of another', () => {
    const api = BASE['api/openapi.yaml'].replace('total: {type: integer}', 'total2: {type: integer}').replace('name: {type: string}', 'login: {type: string}');
    const report = engine({ 'api/openapi.yaml': api }, YAML);
    const removed = report.findings.filter((f) => f.rule === 'response-property-removed');
    expect(removed.map((f) => [f.object, f.scenarios ?? []])).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('total'), ['Place an order']],
        [expect.stringContaining('name'), []],
      ]),
    );
    expect(report.scenarios?.[0]).toEqual({ name: 'Place an order', affected: true });
  });
});
