/** Access to head file text for reporters that quote the offending line. */
export type SourceReader = (path: string) => string | null;

export function lineOf(source: SourceReader, file: string, line: number | null): string | null {
  if (line === null) return null;
  const text = source(file);
  if (text === null) return null;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return null;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}
