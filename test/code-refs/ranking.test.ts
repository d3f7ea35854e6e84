/**
 * The order a finding lists the previous release's uses in (src/code-refs/search.ts `finish`):
 * source code before data and settings files, then a file whose path or line names the table, then
 * by file and line. Issue 18 made it cheaper for a PR whose names are on 100,000 lines (documenso
 * 7f09ba72f4: 136,632 references; what depends on the file alone is worked out once a file, the
 * table's pattern once a finding). This checks the listed references and their count against
 * that rule written out here, on generated repositories.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { MAX_REFERENCES } from '../../src/code-refs/search.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

const MIGRATIONS = { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n' };
const DROP = { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' };

/** Extensions whose references no identity rule removes for a column (JavaScript, Rust and TOML have theirs). */
const SOURCE = ['go', 'py', 'java'];
const DATA = ['json', 'yaml', 'xml'];

interface Use {
  file: string;
  line: number;
  text: string;
}

/** The rule, written out: rank (2 for source, 1 more when the path or line names `users`), then file, then line. */
function expected(uses: Use[]): { file: string; line: number }[] {
  const rank = (u: Use): number => {
    const ext = u.file.slice(u.file.lastIndexOf('.') + 1);
    const names = /(?:^|[^A-Za-z0-9])users(?:[^A-Za-z0-9]|$)/;
    return (SOURCE.includes(ext) ? 2 : 0) + (u.file.split(/[^A-Za-z0-9]+/).includes('users') || names.test(u.text) ? 1 : 0);
  };
  return [...uses]
    .sort((a, b) => rank(b) - rank(a) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .map(({ file, line }) => ({ file, line }));
}

const fileArb = fc.record({
  dir: fc.constantFrom('app', 'app/users', 'lib', 'config', 'svc/users_api', 'pkg'),
  name: fc.constantFrom('a', 'b', 'users', 'store', 'z'),
  ext: fc.constantFrom(...SOURCE, ...DATA),
  lines: fc.array(fc.constantFrom('x = legacy_name', 'q("SELECT legacy_name FROM users")', 'legacy_name: 1', 'other = 2', 'users.legacy_name = y', 'value'), { minLength: 1, maxLength: 12 }),
});

describe('the references a finding lists', () => {
  test('on generated repositories: the first MAX_REFERENCES in the order of the rule, and their count', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fileArb, { minLength: 1, maxLength: 40, selector: (f) => `${f.dir}/${f.name}.${f.ext}` }), (files) => {
        const code: Record<string, string> = {};
        const uses: Use[] = [];
        for (const f of files) {
          const path = `${f.dir}/${f.name}.${f.ext}`;
          code[path] = `${f.lines.join('\n')}\n`;
          f.lines.forEach((text, i) => {
            if (/\blegacy_name\b/.test(text)) uses.push({ file: path, line: i + 1, text });
          });
        }
        const base = { ...MIGRATIONS, ...code };
        const changes = changeSetFromTrees(base, { ...base, ...DROP });
        changes.baseTree = memoryRepository(base);
        const report = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-06' });
        const finding = report.findings.find((x) => x.rule === 'drop-column');
        expect(finding).toBeDefined();
        const want = expected(uses);
        if (want.length === 0) {
          expect(finding!.references).toBeUndefined();
          return;
        }
        expect(finding!.references?.map(({ file, line }) => ({ file, line }))).toEqual(want.slice(0, MAX_REFERENCES));
        const more = want.length - Math.min(5, want.length);
        if (more > 0) expect(finding!.message).toContain(`and ${more} more.`);
      }),
      { numRuns: 60 },
    );
  });
});
