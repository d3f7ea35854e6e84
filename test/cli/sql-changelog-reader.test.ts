// `sql` loads the Liquibase changelog reader (sax, yaml) only when one of its files may be a
// changelog (XML, YAML, JSON): a run over .sql files never needs it. Its own file, so that the
// module state (whether the reader was loaded) starts fresh.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { treeOf } from '../../src/migrations/code/liquibase.js';
import { mayBeChangelog } from '../../src/migrations/analyse.js';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => {}, cwd, isTTY: false, env: {} });
  return { code, stdout };
}

const CHANGELOG = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="a">
    <dropColumn tableName="users" columnName="legacy"/>
  </changeSet>
</databaseChangeLog>
`;

const loaded = (): boolean => treeOf('probe.xml', '<databaseChangeLog/>').problem?.message !== 'the changelog reader was not loaded';

describe('sql and the changelog reader', () => {
  test('which paths may be changelogs', () => {
    expect(['a.xml', 'b.YAML', 'c.yml', 'd.json'].map(mayBeChangelog)).toEqual([true, true, true, true]);
    expect(['a.sql', 'b.xml.sql', 'c', 'd.jsonl'].map(mayBeChangelog)).toEqual([false, false, false, false]);
  });

  // In this order: the first run must leave the reader unloaded, the second must load it.
  test('.sql files only: analysed, the reader not loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sql-'));
    writeFileSync(join(dir, 'x.sql'), 'ALTER TABLE users DROP COLUMN legacy;\n');
    const r = await cli(['sql', '--dialect', 'postgres', '--format', 'json', 'x.sql'], dir);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('drop-column');
    expect(loaded()).toBe(false);
  });

  test('a changelog among the files: the reader is loaded and the changelog read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sql-'));
    writeFileSync(join(dir, 'x.sql'), 'SELECT 1;\n');
    writeFileSync(join(dir, 'changelog.xml'), CHANGELOG);
    const r = await cli(['sql', '--dialect', 'postgres', '--format', 'json', 'x.sql', 'changelog.xml'], dir);
    const findings = JSON.parse(r.stdout).findings as { rule: string; file: string; line: number }[];
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'drop-column', file: 'changelog.xml', line: 4 }));
    expect(loaded()).toBe(true);
  });
});
