import { lineStarts } from '../text/lines.js';

/** Access to head file text for reporters that quote the offending line. */
export type SourceReader = (path: string) => string | null;

/** Longest quoted line; a minified 13 MB JSON document is one line. */
export const MAX_QUOTED = 160;

/**
 * Quotes lines of head files: each file is read once and indexed by line, whatever the number of
 * findings in it.
 */
export function lineQuoter(source: SourceReader): (file: string, line: number | null) => string | null {
  const files = new Map<string, { text: string; starts: number[] } | null>();
  return (file, line) => {
    if (line === null) return null;
    if (!files.has(file)) {
      const text = source(file);
      files.set(file, text === null ? null : { text, starts: lineStarts(text) });
    }
    const entry = files.get(file);
    if (!entry || line < 1 || line > entry.starts.length) return null;
    const start = entry.starts[line - 1];
    const next = line < entry.starts.length ? entry.starts[line] - 1 : entry.text.length;
    return entry.text.slice(start, Math.min(next, start + MAX_QUOTED + 1)).replace(/\r$/, '');
  };
}
