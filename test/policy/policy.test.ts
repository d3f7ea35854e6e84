import { describe, expect, test } from 'vitest';
import { applyPolicy } from '../../src/policy/policy.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import type { RawFinding, Suppression } from '../../src/findings.js';

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

function config(patch: Partial<Config> = {}): Config {
  return { ...defaultConfig(), ...patch };
}

function run(findings: RawFinding[], c: Config = config(), suppressions: Suppression[] = [], failOn: 'error' | 'warning' | 'never' = 'error') {
  return applyPolicy(findings, suppressions, c, { today: TODAY, failOn });
}

describe('severity', () => {
  test('default severity comes from the registry; an error fails the verdict', () => {
    const r = run([raw()]);
    expect(r.findings[0]).toMatchObject({ severity: 'error', category: 'migration', help: 'docs/rules/drop-column.md', critical: false, suppressed: false });
    expect(r.verdict).toBe('fail');
    expect(r.summary).toEqual({ errors: 1, warnings: 0, notices: 0, suppressed: 0 });
  });

  test('config overrides severity, and off drops the rule', () => {
    expect(run([raw()], config({ rules: { 'drop-column': 'warning' } })).findings[0].severity).toBe('warning');
    expect(run([raw()], config({ rules: { 'drop-column': 'warning' } })).verdict).toBe('pass');
    expect(run([raw()], config({ rules: { 'drop-column': 'off' } })).findings).toEqual([]);
  });

  test('a rule-computed severity is used unless config overrides it', () => {
    const unparsed = raw({ rule: 'unparsed-statement', severity: 'error', object: null });
    expect(run([unparsed]).findings[0].severity).toBe('error');
    expect(run([unparsed], config({ rules: { 'unparsed-statement': 'notice' } })).findings[0].severity).toBe('notice');
  });

  test('fail-on warning fails on a warning; never always passes', () => {
    const warning = raw({ rule: 'unparsed-statement', severity: 'warning' });
    expect(run([warning]).verdict).toBe('pass');
    expect(run([warning], config(), [], 'warning').verdict).toBe('fail');
    expect(run([raw()], config(), [], 'never').verdict).toBe('pass');
  });

  test('an unregistered rule id is an internal error, not a silent pass', () => {
    expect(() => run([raw({ rule: 'no-such-rule' })])).toThrow(/unregistered rule 'no-such-rule'/);
  });
});

describe('critical', () => {
  test('a finding on a critical table is an error marked critical', () => {
    const c = config({ rules: { 'drop-column': 'notice' }, critical: { tables: ['users'], endpoints: [] } });
    expect(run([raw()], c).findings[0]).toMatchObject({ severity: 'error', critical: true });
  });

  test('schema-qualified names match their table; other tables do not', () => {
    const c = config({ critical: { tables: ['orders'], endpoints: [] } });
    expect(run([raw({ tables: ['billing.orders'] })], c).findings[0].critical).toBe(true);
    expect(run([raw({ tables: ['users'] })], c).findings[0].critical).toBe(false);
  });

  test('endpoints match by method and path glob', () => {
    const c = config({ critical: { tables: [], endpoints: ['POST /orders', '/payments/**'] } });
    const f = (endpoint: string) => raw({ rule: 'drop-table', tables: [], endpoints: [endpoint] });
    expect(run([f('POST /orders')], c).findings[0].critical).toBe(true);
    expect(run([f('GET /orders')], c).findings[0].critical).toBe(false);
    expect(run([f('DELETE /payments/{id}/refunds')], c).findings[0].critical).toBe(true);
  });
});

describe('suppressions', () => {
  const inline = (rules: string[], reason: string | null, scope: Suppression['scope'] = { startLine: 3, endLine: 4 }): Suppression => ({
    file: 'db/migrations/2_x.sql',
    line: 2,
    rules,
    reason,
    scope,
  });

  test('an inline suppression covers its statement and stays in the report', () => {
    const r = run([raw()], config(), [inline(['drop-column'], 'unused since 2.3')]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ suppressed: true, suppression: { source: 'inline', reason: 'unused since 2.3' } });
    expect(r.verdict).toBe('pass');
    expect(r.summary.suppressed).toBe(1);
  });

  test('it does not cover another line or another rule', () => {
    const r = run([raw({ line: 9 })], config(), [inline(['drop-column'], 'x')]);
    expect(r.findings.find((f) => f.rule === 'drop-column')?.suppressed).toBe(false);
    expect(r.findings.map((f) => f.rule)).toContain('unused-suppression');
  });

  test('a file suppression covers the whole file', () => {
    const r = run([raw({ line: 40 })], config(), [inline(['drop-column'], 'x', 'file')]);
    expect(r.findings[0].suppressed).toBe(true);
  });

  test('without a reason it still suppresses, but warns', () => {
    const r = run([raw()], config(), [inline(['drop-column'], null)]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.suppressed])).toEqual([
      ['suppression-without-reason', 'warning', false],
      ['drop-column', 'error', true],
    ]);
  });

  test('an unused suppression and an unknown rule id are notices', () => {
    const r = run([], config(), [inline(['drop-table', 'dorp-table'], 'x')]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.object])).toEqual([
      ['unused-suppression', 'notice', 'dorp-table'],
      ['unused-suppression', 'notice', 'drop-table'],
    ]);
    expect(r.findings[0].message).toContain('not a rule id');
  });

  test('allow entries suppress by rule and object until they expire', () => {
    const allow = (until?: string) => config({ allow: [{ rule: 'drop-column', object: 'users.*', reason: 'expand/contract step 2', until }] });
    expect(run([raw()], allow('2027-01-31')).findings[0]).toMatchObject({ suppressed: true, suppression: { source: 'config', reason: 'expand/contract step 2' } });
    expect(run([raw()], allow(TODAY)).findings[0].suppressed).toBe(true);
    expect(run([raw()], allow('2026-11-23')).findings[0].suppressed).toBe(false);
    expect(run([raw({ object: 'orders.total' })], allow()).findings[0].suppressed).toBe(false);
  });
});

describe('output', () => {
  test('findings are sorted by file, line, rule and fingerprints are stable', () => {
    const input = [
      raw({ file: 'b.sql', line: 1 }),
      raw({ file: 'a.sql', line: 5, rule: 'drop-table', object: 't' }),
      raw({ file: 'a.sql', line: 5 }),
      raw({ file: 'a.sql', line: null }),
    ];
    const r = run(input);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual(['a.sql:null:drop-column', 'a.sql:5:drop-column', 'a.sql:5:drop-table', 'b.sql:1:drop-column']);
    expect(JSON.stringify(run([...input].reverse()))).toBe(JSON.stringify(r));
    expect(r.findings[1].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(run([raw({ file: 'a.sql', line: 99 })]).findings[0].fingerprint).toBe(r.findings[1].fingerprint);
  });
});
