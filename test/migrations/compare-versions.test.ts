import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/migrations/detect.js';

/** The general rule, written out: dotted parts as numbers (non-digits dropped), missing parts 0. */
function reference(a: string, b: string): number {
  const parts = (v: string): bigint[] => v.split(/[._-]/).map((p) => BigInt(p.replace(/\D/g, '') || '0'));
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

describe('compareVersions', () => {
  it('orders digit-only versions as numbers, leading zeros aside', () => {
    expect(compareVersions('0012', '12')).toBe(0);
    expect(compareVersions('0', '000')).toBe(0);
    expect(compareVersions('9', '10')).toBe(-1);
    expect(compareVersions('0010', '9')).toBe(1);
    expect(compareVersions('20261101120000', '20261101115959')).toBe(1);
    expect(compareVersions('99999999999999999999999', '100000000000000000000000')).toBe(-1);
  });

  it('gives what the dotted-parts rule gives, on digit-only and mixed versions alike', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = ['0', '0', '1', '2', '9', '5', '.', '_', '-', 'a'];
    const version = (): string => {
      const digitsOnly = next(2) === 0;
      let s = '';
      for (let i = 0, n = 1 + next(8); i < n; i++) s += digitsOnly ? String(next(10)) : alphabet[next(alphabet.length)];
      return s;
    };
    for (let i = 0; i < 5000; i++) {
      const a = version();
      const b = next(4) === 0 ? a : version();
      expect([a, b, compareVersions(a, b)]).toEqual([a, b, reference(a, b)]);
    }
  });
});
