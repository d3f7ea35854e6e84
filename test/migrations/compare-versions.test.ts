import { describe, expect, it } from 'vitest';
import { compareVersions, compareVersionsOf } from '../../src/migrations/detect.js';

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

describe('compareVersionsOf', () => {
  it('diesel: the folder name\'s version with the dashes out, as text (crates.io keeps 2014–2017 folders written without dashes)', () => {
    expect(compareVersionsOf('diesel', '2026-06-17-112535-0000', '20170820180453')).toBe(1);
    expect(compareVersionsOf('diesel', '2017-08-31-230457', '20170820180453')).toBe(1);
    expect(compareVersionsOf('diesel', '2026-01-20-162913', '2026-05-27-120000-0000')).toBe(-1);
    // As text, not as a number: a longer key is not newer by its length (diesel would apply 20170901000000 after it).
    expect(compareVersionsOf('diesel', '2017-08-31-230457-0000', '20170901000000')).toBe(-1);
    expect(compareVersions('201708312304570000', '20170901000000')).toBe(1); // the same keys as numbers: the longer wins
    expect(compareVersionsOf('diesel', '2026-03-09-014616', '2026-03-09-014616-0000')).toBe(-1);
    expect(compareVersionsOf('diesel', '2026-03-09-014616-0000', '2026-03-09-014616-0000')).toBe(0);
  });

  it('every other framework: compareVersions', () => {
    for (const framework of ['flyway', 'golang-migrate', 'prisma', 'plain'] as const) {
      expect(compareVersionsOf(framework, '1.10', '1.9')).toBe(1);
      expect(compareVersionsOf(framework, '2026-06-17-112535-0000', '20170820180453')).toBe(compareVersions('2026-06-17-112535-0000', '20170820180453'));
    }
  });
});
