import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { readConfigFromTree } from '../../src/config/from-tree.js';
import { memorySnapshot } from '../../src/changes/types.js';

const FILE = '.github/rollback-guard.yml';

function error(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  test('reads every key of SPEC 5', () => {
    const config = parseConfig(
      `
migrations:
  paths: ["db/migrations/**"]
  dialect: mysql
  framework: flyway
contracts:
  - path: "api/openapi.yaml"
    role: api
  - path: "events/*.schema.json"
rules:
  drop-column: warning
  drop-table: off
critical:
  tables: [orders, payments]
  endpoints: ["POST /orders", "/payments/**"]
allow:
  - rule: drop-column
    object: users.legacy_name
    reason: "unused since 2.3"
    until: 2027-01-31
ignore-paths: ["legacy/**"]
`,
      FILE,
    );
    expect(config.migrations).toEqual([{ paths: ['db/migrations/**'], dialect: 'mysql', framework: 'flyway' }]);
    expect(config.contracts).toEqual([
      { path: 'api/openapi.yaml', role: 'api' },
      { path: 'events/*.schema.json', role: 'api' },
    ]);
    expect(config.rules).toEqual({ 'drop-column': 'warning', 'drop-table': 'off' });
    expect(config.critical).toEqual({ tables: ['orders', 'payments'], endpoints: ['POST /orders', '/payments/**'] });
    expect(config.allow).toEqual([{ rule: 'drop-column', object: 'users.legacy_name', reason: 'unused since 2.3', until: '2027-01-31' }]);
    expect(config.ignorePaths).toEqual(['legacy/**']);
    expect(config.source).toBe(FILE);
  });

  test('down-migrations, released and release-tags load; unset, down files follow the convention and releases are tags', () => {
    const config = parseConfig('down-migrations: warn\nreleased: merged\nrelease-tags: ["v*", "!*-rc*"]\n', FILE);
    expect(config.downMigrations).toBe('warn');
    expect(config.released).toBe('merged');
    expect(config.releaseTags).toEqual(['v*', '!*-rc*']);
    const unset = parseConfig('', FILE);
    expect(unset.downMigrations).toBeUndefined();
    expect(unset.released).toBe('tags');
  });

  test('an empty file is the default config', () => {
    const config = parseConfig('', FILE);
    expect(config.migrations).toEqual([{ framework: 'auto' }]);
    expect(config.rules).toEqual({});
  });

  test.each([
    ['migrations:\n  dialekt: mysql\n', `${FILE}: unknown key 'migrations.dialekt'; allowed keys under 'migrations': paths, dialect, framework, baseline.`],
    ['rule:\n  drop-column: off\n', `${FILE}: unknown key 'rule'; allowed keys: migrations, contracts, rules, critical, scenarios, allow, ignore-paths, down-migrations, released, release-tags, code-references, approvals.`],
    ['down-migrations: never\n', `${FILE}: invalid value "never" for 'down-migrations'; expected one of: forbid, warn, allow.`],
    ['released: sometimes\n', `${FILE}: invalid value "sometimes" for 'released'; expected one of: tags, merged.`],
    ['rules:\n  drop-default: eror\n', `${FILE}: invalid value "eror" for 'rules.drop-default'; expected one of: error, warning, notice, off.`],
    ['migrations:\n  dialect: oracle\n', `${FILE}: invalid value "oracle" for 'migrations.dialect'; expected one of: postgres, cockroach, mysql, mariadb, sqlite, mssql, clickhouse, h2.`],
    ['rules:\n  drop-colum: off\n', `${FILE}: unknown rule 'rules.drop-colum'; run \`rollback-guard rules\` for the list of rule ids.`],
    ['allow:\n  - rule: drop-column\n', `${FILE}: 'allow[0].reason' is required.`],
    ['allow:\n  - rule: drop-column\n    reason: x\n    until: soon\n', `${FILE}: 'allow[0].until' must be a date as YYYY-MM-DD.`],
    ['allow:\n  - rule: drop-column\n    reason: x\n    until: 2027-02-31\n', `${FILE}: 'allow[0].until' is '2027-02-31', not a real date (YYYY-MM-DD).`],
    ['critical: [orders]\n', `${FILE}: 'critical' must be an object.`],
    ['migrations: [\n', `${FILE} is not valid YAML:`],
    ['migrations: []\n', `${FILE}: 'migrations' must not be empty.`],
    ['code-references:\n  mode: always\n', `${FILE}: invalid value "always" for 'code-references.mode'; expected one of: downgrade, evidence-only, off.`],
    ['code-references:\n  path: [x]\n', `${FILE}: unknown key 'code-references.path'; allowed keys under 'code-references': mode, paths, ignore.`],
    ['approvals:\n  required: yes please\n', `${FILE}: 'approvals.required' must be a boolean.`],
    ['approvals:\n  label: ""\n', `${FILE}: 'approvals.label' must not be empty.`],
    ['approvals:\n  labels: [ok]\n', `${FILE}: unknown key 'approvals.labels'; allowed keys under 'approvals': required, label.`],
  ])('%j is one sentence naming the key', (text, message) => {
    expect(error(text)).toContain(message);
    expect(error(text).split('\n')).toHaveLength(1);
  });

  test.each([
    ['ignore-paths: ["legacy/**", "@(a|b)/**"]\n', `${FILE}: 'ignore-paths[1]' is "@(a|b)/**", a glob rollback-guard cannot match: '@(…)' (an extglob) is not supported`],
    ['migrations:\n  paths: ["db/V{1..9}__*.sql"]\n', `${FILE}: 'migrations.paths[0]' is "db/V{1..9}__*.sql", a glob rollback-guard cannot match: ranges in braces`],
    ['contracts:\n  - path: "{**/api,spec}/openapi.yaml"\n', `${FILE}: 'contracts[0].path' is "{**/api,spec}/openapi.yaml", a glob`],
    ['critical:\n  tables: ["+(orders)"]\n', `${FILE}: 'critical.tables[0]' is "+(orders)"`],
    ['critical:\n  endpoints: ["POST !(admin)/**"]\n', `${FILE}: 'critical.endpoints[0]' is "!(admin)/**"`],
    ['allow:\n  - rule: drop-column\n    object: "users.@(a|b)"\n    reason: x\n', `${FILE}: 'allow[0].object' is "users.@(a|b)"`],
    ['allow:\n  - rule: drop-column\n    file: "db/**{a,b}"\n    reason: x\n', `${FILE}: 'allow[0].file' is "db/**{a,b}"`],
    ['release-tags: ["v*", "!@(rc|beta)*"]\n', `${FILE}: 'release-tags[1]' is "@(rc|beta)*"`],
  ])('a glob it cannot match (%j) stops the gate with one sentence naming its key', (text, message) => {
    expect(error(text)).toContain(message);
    expect(error(text).split('\n')).toHaveLength(1);
  });

  test('every documented glob shape loads', () => {
    const config = parseConfig(
      `
migrations:
  paths: ["db/migrations/**", "**/*.{sql,SQL}", "sql/[0-9]*.sql", "!legacy/**", "app/(shop)/db/*.sql"]
contracts:
  - path: "api/**/openapi.y?ml"
critical:
  tables: ["public.*"]
  endpoints: ["POST /orders", "/payments/**", "GET /users/{id}"]
allow:
  - rule: drop-column
    object: "users.*"
    file: "db/migrations/2026*"
    reason: x
ignore-paths: ["legacy/**", '\\*.sql']
`,
      FILE,
    );
    expect(config.migrations[0].paths).toHaveLength(5);
  });
});

describe('readConfigFromTree', () => {
  test('prefers .github/rollback-guard.yml, then .rollback-guard.yml, else defaults', () => {
    expect(readConfigFromTree(memorySnapshot({ '.rollback-guard.yml': 'rules: {drop-table: warning}' })).rules).toEqual({ 'drop-table': 'warning' });
    expect(
      readConfigFromTree(memorySnapshot({ '.rollback-guard.yml': 'rules: {drop-table: warning}', [FILE]: 'rules: {drop-table: notice}' })).rules,
    ).toEqual({ 'drop-table': 'notice' });
    expect(readConfigFromTree(memorySnapshot({})).source).toBeNull();
  });

  test('an explicit path is read from the tree given (the base commit)', () => {
    const tree = memorySnapshot({ 'ci/gate.yml': 'rules: {drop-table: notice}' });
    expect(readConfigFromTree(tree, 'ci/gate.yml').rules).toEqual({ 'drop-table': 'notice' });
  });
});
