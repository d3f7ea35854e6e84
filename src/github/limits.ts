/** GitHub's size limits and the one way we cut text to fit them. */

/** Check run `output.summary` and `output.text`. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;
/** Issue / PR comment body. */
export const COMMENT_LIMIT = 65_536;
/** Check run annotation `message` and `raw_details` (64 KB). */
export const ANNOTATION_TEXT_LIMIT = 64 * 1024;

/**
 * `text` if it fits in `limit` characters (UTF-16 code units, never fewer than GitHub's count),
 * else its longest prefix that ends at a line break, followed by `pointer`. Markdown tables and
 * lists stay intact because the cut is at a line end.
 */
export function fitText(text: string, limit: number, pointer: string): string {
  if (text.length <= limit) return text;
  const tail = `\n\n${pointer}`;
  const room = Math.max(0, limit - tail.length);
  let cut = text.lastIndexOf('\n', room);
  if (cut <= 0) cut = room;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${tail}`.slice(0, limit);
}
