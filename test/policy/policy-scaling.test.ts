/**
 * The policy over inputs the size a generated migration makes (issue 11 item 8): no step may
 * compare every finding with every suppression, spread a long array into a call, or recurse.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyPolicy, firstCovering } from '../../src/policy/policy.js';
import { defaultConfig } from '../../src/config/types.js';
import type { Finding, RawFinding, Suppression } from '../../src/findings.js';

const TODAY = '2026-11-24';

/** The definition firstCovering replaces: the first suppression, in order, that covers the finding. */
function naiveFirstCovering(suppressions: Suppression[], findings: Pick<Finding, 'file' | 'rule' | 'line'>[]): (Suppression | undefined)[] {
  return findings.map((f) =>
    suppressions.find((s) => {
      if (s.file !== f.file || !s.rules.includes(f.rule)) return false;
      if (s.scope === 'file') return true;
      return f.line !== null && f.line >= s.scope.startLine && f.line <= s.scope.endLine;
    }),
  );
}

const file = fc.constantFrom('a.sql', 'b.sql');
const rule = fc.constantFrom('drop-column', 'drop-table', 'rename-column');
const suppression: fc.Arbitrary<Suppression> = fc.record({
  file,
  line: fc.integer({ min: 1, max: 40 }),
  rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
  reason: fc.constant('r'),
  scope: fc.oneof(
    { weight: 1, arbitrary: fc.constant('file' as const) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 8 }))
        .map(([startLine, length]) => ({ startLine, endLine: startLine + length })),
    },
  ),
});
const finding = fc.record({ file, rule, line: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 50 }) }) });

describe('firstCovering', () => {
  test('picks the same suppression as trying each in order (generated)', () => {
    fc.assert(
      fc.property(fc.array(suppression, { maxLength: 30 }), fc.array(finding, { maxLength: 30 }), (s, f) => {
        expect(firstCovering(s, f as Finding[])).toEqual(naiveFirstCovering(s, f));
      }),
      { numRuns: 2000 },
    );
  });

  test('an earlier suppression wins over a later one covering the same line, whatever their ranges', () => {
    const wide: Suppression = { file: 'a.sql', line: 1, rules: ['drop-column'], reason: 'wide', scope: { startLine: 1, endLine: 100 } };
    const narrow: Suppression = { file: 'a.sql', line: 9, rules: ['drop-column'], reason: 'narrow', scope: { startLine: 10, endLine: 10 } };
    const whole: Suppression = { file: 'a.sql', line: 1, rules: ['drop-column'], reason: 'file', scope: 'file' };
    const f = [{ file: 'a.sql', rule: 'drop-column', line: 10 }] as Finding[];
    expect(firstCovering([narrow, wide], f)[0]?.reason).toBe('narrow');
    expect(firstCovering([wide, narrow], f)[0]?.reason).toBe('wide');
    expect(firstCovering([narrow, whole], f)[0]?.reason).toBe('narrow');
    expect(firstCovering([whole, narrow], f)[0]?.reason).toBe('file');
  });
});

describe('applyPolicy at scale', () => {
  test('200,000 findings with 100,000 inline suppressions in one file: linear, within seconds', () => {
    const raw: RawFinding[] = [];
    const suppressions: Suppression[] = [];
    for (let i = 0; i < 200_000; i++) {
      const line = 2 * i + 2;
      raw.push({ rule: 'drop-column', file: 'db/migrations/big.sql', line, message: `drop c${i}`, object: `t.c${i}`, tables: ['t'] });
      if (i % 2 === 0) suppressions.push({ file: 'db/migrations/big.sql', line: line - 1, rules: ['drop-column'], reason: 'generated', scope: { startLine: line, endLine: line } });
    }
    const config = { ...defaultConfig(), critical: { tables: ['orders'], endpoints: ['/payments/**'] }, allow: [{ rule: 'drop-column', object: 't.c1*', reason: 'ok' }] };
    const start = performance.now();
    const result = applyPolicy(raw, suppressions, config, { today: TODAY, failOn: 'error' });
    const ms = performance.now() - start;
    expect(result.findings).toHaveLength(200_000);
    const inline = result.findings.filter((f) => f.suppression?.source === 'inline').length;
    const allowed = result.findings.filter((f) => f.suppression?.source === 'config').length;
    expect(inline).toBe(100_000);
    // Odd i whose object starts with t.c1: 1, 11..19, 101..199, 1001..1999, 10001..19999, 100001..199999.
    expect(allowed).toBe(1 + 5 + 50 + 500 + 5000 + 50_000);
    expect(result.summary.suppressed).toBe(inline + allowed);
    // Before: 200k × 100k comparisons (minutes). A generous bound for a loaded 2-core machine.
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
