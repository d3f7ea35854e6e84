import fc from 'fast-check';
import { isAbsolute, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { absolutePath, displayPath } from '../../src/text/paths.js';

/** What the CLI computed before the fast path: `path.resolve` and `path.relative`. */
function slowDisplay(cwd: string, file: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return (rel === '..' || rel.startsWith('../') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
}

test.each([
  ['/repo', 'db/migrations/001.sql', '/repo/db/migrations/001.sql', 'db/migrations/001.sql'],
  ['/repo', './db/001.sql', '/repo/db/001.sql', 'db/001.sql'],
  ['/repo', 'db//001.sql', '/repo/db/001.sql', 'db/001.sql'],
  ['/repo', '../other/001.sql', '/other/001.sql', '/other/001.sql'],
  ['/repo', '..hidden/001.sql', '/repo/..hidden/001.sql', '..hidden/001.sql'],
  ['/repo', '/abs/001.sql', '/abs/001.sql', '/abs/001.sql'],
  ['/repo/', 'a.sql', '/repo/a.sql', 'a.sql'],
  ['/', 'a.sql', '/a.sql', 'a.sql'],
  ['/repo/./x', 'a.sql', '/repo/x/a.sql', 'a.sql'],
])('%s + %s', (cwd, file, abs, shown) => {
  expect(absolutePath(cwd, file)).toBe(abs);
  expect(displayPath(cwd, file)).toBe(shown);
});

test('the same as path.resolve and path.relative for any path', () => {
  const segment = fc.constantFrom('a', 'b.sql', '.', '..', '', '..x', '.hidden', 'sp ace', 'é');
  const pathArb = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
  fc.assert(
    fc.property(fc.constantFrom('/repo', '/repo/sub', '/', '/repo/'), fc.boolean(), pathArb, (cwd, leadingSlash, file) => {
      const f = leadingSlash ? `/${file}` : file;
      expect(absolutePath(cwd, f)).toBe(resolve(cwd, f));
      expect(displayPath(cwd, f)).toBe(slowDisplay(cwd, f));
    }),
    { numRuns: 3000 },
  );
});
