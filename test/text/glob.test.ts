import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, globMatcher, globProblem, GlobError, isGlobMatch, MAX_GLOB_LENGTH } from '../../src/text/glob.js';

// ---- generated globs and paths, compared with picomatch ({ dot: true }, as the gate used it) ----

const literal = fc.constantFrom('a', 'b', '.', '-', 'ab', '.a', '_1');
const token = fc.oneof(
  { weight: 4, arbitrary: literal },
  { weight: 2, arbitrary: fc.constant('*') },
  { weight: 1, arbitrary: fc.constant('?') },
  { weight: 1, arbitrary: fc.constantFrom('[ab]', '[a-b]', '[^a]', '[.]', '[-a]') },
);
const alternative = fc
  .array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: fc.constant('/') }), { maxLength: 3 })
  .map((t) => t.join(''));
const braces = fc.array(alternative, { minLength: 2, maxLength: 3 }).map((a) => `{${a.join(',')}}`);
const segment = fc.oneof(
  { weight: 1, arbitrary: fc.constant('**') },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof({ weight: 5, arbitrary: token }, { weight: 1, arbitrary: braces }), { minLength: 1, maxLength: 4 })
      .map((t) => t.join('')),
  },
);
const glob = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
/** What git lists: no empty, `.` or `..` segment. */
const pathSegment = fc
  .array(fc.constantFrom('a', 'b', '.', '-', '_', '1'), { minLength: 1, maxLength: 4 })
  .map((c) => c.join(''))
  .filter((s) => s !== '.' && s !== '..');
const path = fc.array(pathSegment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

/**
 * Shapes where picomatch's output is a bug of its own, left out of the comparison: `..` and `.[`
 * (picomatch emits an unescaped `.`, any character), `**` glued to other characters inside a
 * segment (the same), `.` as a whole segment (`././**`).
 */
function comparable(p: string): boolean {
  return !p.split('/').includes('.') && !p.includes('..') && !p.includes('.[') && !/[^/]\*\*|\*\*[^/]/.test(p);
}

function agreesWithPicomatch(p: string, texts: string[]): void {
  fc.pre(comparable(p) && globProblem(p) === null);
  const reference = picomatch(p, { dot: true });
  const ours = compileGlob(p);
  for (const t of texts) {
    if (ours(t) !== reference(t)) throw new Error(`${JSON.stringify(p)} on ${JSON.stringify(t)}: ours ${ours(t)}, picomatch ${reference(t)}`);
  }
}

describe('glob: the same answers as picomatch on generated globs and paths', () => {
  it('repository paths', () => {
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 20, maxLength: 20 }), (p, texts) => agreesWithPicomatch(p, texts)),
      { numRuns: 3000 },
    );
  });

  it('endpoint paths (a leading `/`, as critical.endpoints has them)', () => {
    fc.assert(
      fc.property(
        glob.map((p) => `/${p}`),
        fc.array(path.map((t) => `/${t}`), { minLength: 20, maxLength: 20 }),
        (p, texts) => agreesWithPicomatch(p, texts),
      ),
      { numRuns: 1500 },
    );
  });

  it('the generated cases do match (the comparison is not all "false")', () => {
    let matched = 0;
    let total = 0;
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 20, maxLength: 20 }), (p, texts) => {
        fc.pre(comparable(p) && globProblem(p) === null);
        for (const t of texts) {
          total++;
          if (compileGlob(p)(t)) matched++;
        }
      }),
      { numRuns: 500, seed: 42 },
    );
    expect(matched / total).toBeGreaterThan(0.05);
  });

  // The shapes the README and SPEC document, and the ones users write.
  const documented: [string, string[]][] = [
    ['db/migrations/**', ['db/migrations/001.sql', 'db/migrations', 'db/migrations/a/b.sql', 'db/migration/x.sql', 'x/db/migrations/1.sql']],
    ['legacy/**', ['legacy/a.sql', 'legacy', 'legacyx/a', 'a/legacy/b']],
    ['api/openapi.yaml', ['api/openapi.yaml', 'api/openapi.yml', 'x/api/openapi.yaml']],
    ['**/*.sql', ['a.sql', 'db/a.sql', 'db/a.sql.bak', '.sql', 'db/.hidden.sql']],
    ['**/*.{yml,yaml}', ['a.yml', 'x/y/z.yaml', 'a.json', 'a.ymlx']],
    ['*.sql', ['a.sql', 'db/a.sql', '.sql']],
    ['**.sql', ['a.sql', 'db/a.sql', 'db/x/a.sql', 'a.sqlx']],
    ['*.*', ['a.b', 'a.', '.a', 'ab']],
    ['.github/**', ['.github/workflows/ci.yml', '.github', 'x/.github/a']],
    ['users.*', ['users.legacy_name', 'users.', 'users', 'orders.id', 'users.a/b']],
    ['public.*', ['public.users', 'public.users.id']],
    ['/payments/**', ['/payments', '/payments/', '/payments/{id}', '/payments/a/b', '/paymentsx']],
    ['/orders', ['/orders', '/orders/1']],
    ['/orders/*', ['/orders/{id}', '/orders', '/orders/a/b']],
    ['db/*/V*__*.sql', ['db/x/V1__a.sql', 'db/V1__a.sql', 'db/x/y/V1__a.sql']],
    ['!legacy/**', ['legacy/a', 'db/a.sql']],
    ['\\*.sql', ['*.sql', 'a.sql']],
    ['[[:digit:]]*.sql', ['1_a.sql', 'a.sql']],
    ['v?/**', ['v1/a', 'v12/a', 'v/a']],
    ['{db,sql}/migrations/**', ['db/migrations/a', 'sql/migrations/a', 'x/migrations/a']],
    ['db/{a,b/c}/*.sql', ['db/a/x.sql', 'db/b/c/x.sql', 'db/b/x.sql']],
    ['./db/**', ['db/a.sql', './db/a.sql']],
    ['{a}', ['{a}', 'a']],
    ['a,b', ['a,b', 'a']],
  ];
  it.each(documented)('%s', (p, texts) => {
    const reference = picomatch(p, { dot: true });
    for (const t of texts) expect([t, isGlobMatch(t, p)]).toEqual([t, reference(t)]);
  });

  it('a list matches when any of its globs does', () => {
    const m = globMatcher(['legacy/**', '*.md']);
    expect(['legacy/a.sql', 'README.md', 'db/a.sql'].map(m)).toEqual([true, true, false]);
    expect(globMatcher([])('anything')).toBe(false);
  });
});

describe('glob: where picomatch surprises, what a user means (README "Decisions")', () => {
  it('`(`, `)` and `|` are plain characters (Next.js route groups)', () => {
    expect(isGlobMatch('app/(shop)/page.tsx', 'app/(shop)/**')).toBe(true);
    expect(picomatch.isMatch('app/(shop)/page.tsx', 'app/(shop)/**', { dot: true })).toBe(false);
    expect(isGlobMatch('app/shop/page.tsx', 'app/(shop)/**')).toBe(false);
    expect(isGlobMatch('a|b', 'a|b')).toBe(true);
  });

  it('`[!a]` is any character but `a`, as in every shell', () => {
    expect(isGlobMatch('b.sql', '[!a].sql')).toBe(true);
    expect(isGlobMatch('a.sql', '[!a].sql')).toBe(false);
    expect(picomatch.isMatch('b.sql', '[!a].sql', { dot: true })).toBe(false);
  });

  it('a class never matches `/`', () => {
    expect(isGlobMatch('a/b', 'a[/]b')).toBe(false);
    expect(isGlobMatch('a/b', 'a[^x]b')).toBe(false);
  });
});

describe('glob: syntax the gate does not support is an error, never a silent different match', () => {
  it.each([
    ['@(a|b).sql', /extglob/],
    ['!(legacy)/**', /extglob/],
    ['+(a).sql', /extglob/],
    ['db/*(a).sql', /extglob/],
    ['V{1..9}__*.sql', /ranges in braces/],
    ['{a..z}', /ranges in braces/],
    ['{**/a,b}', /'\*\*' inside or next to braces/],
    ['**{a,b}', /'\*\*' inside or next to braces/],
    ['', /empty/],
    ['a'.repeat(MAX_GLOB_LENGTH + 1), /longer than/],
    [`${'{a,'.repeat(17)}b${'}'.repeat(17)}`, /nest deeper/],
  ])('%#: %s', (p, message) => {
    expect(globProblem(p)).toMatch(message);
    expect(() => compileGlob(p)).toThrow(GlobError);
  });

  it('an escaped parenthesis or brace is a plain character', () => {
    expect(isGlobMatch('a@(b).sql', 'a@\\(b).sql')).toBe(true);
    expect(isGlobMatch('V{1..9}.sql', 'V\\{1..9}.sql')).toBe(true);
  });
});

describe('glob: time proportional to pattern × text, whatever the input', () => {
  /** Median of a few runs, in ms (the first compiles and warms up). */
  function timed(run: () => void): number {
    run();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2];
  }

  it('issue 11 item 11: `**/*a*a…*b` against a 200-character file name takes well under 50 ms', () => {
    const p = '**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const name = `src/${'a'.repeat(200)}`;
    const start = performance.now();
    expect(compileGlob(p)(name)).toBe(false);
    expect(performance.now() - start).toBeLessThan(50);
    expect(compileGlob(p)(`src/${'a'.repeat(200)}b`)).toBe(true);
  });

  it('a variant: nested alternatives and stars against a 4,000-character path', () => {
    const alternatives = `${'{a,b,'.repeat(8)}c${'}'.repeat(8)}`;
    const p = `**/${alternatives}*${alternatives}*a*a*a*a*a*a*a*a*c`;
    const text = `${'x/'.repeat(500)}${'ab'.repeat(1500)}`;
    expect(timed(() => compileGlob(p)(text))).toBeLessThan(200);
    expect(compileGlob(p)(`${text}c`)).toBe(true);
  });

  it('grows linearly with the text: 10× the text costs about 10× the time, not 100×', () => {
    const m = compileGlob('**/*a*a*a*a*a*a*a*a*b');
    const short = 'a'.repeat(5000);
    const long = 'a'.repeat(50000);
    // Quadratic would be 100×; the bound leaves room for a noisy shared machine.
    const ratio = timed(() => m(long)) / Math.max(timed(() => m(short)), 0.01);
    expect(ratio).toBeLessThan(40);
  });
});
