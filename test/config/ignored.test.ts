/**
 * Issue 11 item 11: a glob from the base config can no longer stall the gate. picomatch compiled
 * `**∕*a*a…*b` to a backtracking regex that ran for minutes on a 200-character file name; every
 * analyser now matches config globs with src/text/glob.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';

/** Matches `…/<anything with 16 a's>b.sql`; a name of 200 a's and no b made picomatch try every split. */
const HOSTILE = `**/*${'a*'.repeat(16)}b.sql`;
const LONG = 'a'.repeat(200);

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

function run(configure: (c: ReturnType<typeof defaultConfig>) => void) {
  const base = { [`db/migrations/001_${LONG}.sql`]: 'CREATE TABLE t (a int, b int);\n' };
  const head = { ...base, [`db/migrations/002_${LONG}.sql`]: 'ALTER TABLE t DROP COLUMN b;\n', [`db/migrations/003_${LONG}b.sql`]: 'DROP TABLE t;\n' };
  const config = defaultConfig();
  configure(config);
  const start = performance.now();
  const report = runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' });
  return { report, ms: performance.now() - start };
}

describe('hostile globs in the config', () => {
  test('ignore-paths: the pattern of the issue against 200-character names, in well under a second', () => {
    const { report, ms } = run((c) => (c.ignorePaths = [HOSTILE]));
    // `003_aaa…ab.sql` matches the glob (ignored); `002_aaa….sql` has no b (analysed).
    expect(report.findings.map((f) => [f.rule, f.file.slice(0, 18)])).toEqual([['drop-column', 'db/migrations/002_']]);
    expect(run(() => {}).report.findings.map((f) => f.rule).sort()).toEqual(['drop-column', 'drop-table']);
    expect(ms).toBeLessThan(2000);
  });

  test('migrations.paths, allow[].object and .file, critical.tables: the same pattern everywhere', () => {
    const { report, ms } = run((c) => {
      c.migrations[0].paths = [HOSTILE];
      c.allow = [
        { rule: 'drop-table', object: `${'*a'.repeat(16)}*b`, reason: 'never matches: the object is t' },
        { rule: 'drop-table', file: HOSTILE, reason: 'matches the file' },
      ];
      c.critical.tables = [`${'*a'.repeat(16)}*b`];
    });
    // Only 003 is a migration now; its DROP TABLE is allowed by the second entry, and not critical.
    expect(report.findings.map((f) => [f.rule, f.suppression?.reason, f.critical])).toEqual([['drop-table', 'matches the file', false]]);
    expect(ms).toBeLessThan(2000);
  });
});
