import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/github/limits.js';

describe('fitText', () => {
  it('returns text that fits unchanged', () => {
    expect(fitText('a\nb', 3, 'more')).toBe('a\nb');
  });

  it('cuts at the last line end that leaves room for the pointer', () => {
    const text = 'line one\nline two\nline three\n';
    const out = fitText(text, 24, 'cut');
    expect(out).toBe('line one\nline two\n\ncut');
    expect(out.length).toBeLessThanOrEqual(24);
  });

  it('cuts inside a line when there is no line end, never splitting a surrogate pair', () => {
    const text = '😀'.repeat(50); // 100 UTF-16 code units
    const out = fitText(text, 20, 'p');
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.endsWith('\n\np')).toBe(true);
    const kept = out.slice(0, -3);
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });
});
