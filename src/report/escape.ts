/**
 * Everything that comes from the repository under test (identifiers, paths, messages that quote
 * them, suppression reasons) goes into markdown only through these functions. GitHub renders the
 * job summary, the PR comment and the check run's text as GFM and then adds its own links, so a
 * column named `@octocat` would notify a person, `[Approve](https://evil.example)` would be a live
 * link, and a `|` in a file name would break a table row.
 *
 * - `gfmText`: plain text. Every character with a markdown meaning is backslash-escaped; `@` and
 *   `#` before a word get a zero-width space (GitHub's mention and issue-reference filters work on
 *   the rendered text, where a backslash no longer exists); `://` and `www.` are escaped so that no
 *   autolink literal forms.
 * - `codeSpan`: a code span whose fence is longer than any backtick run inside it (nothing inside a
 *   code span is a link or a mention); pipes escaped when it sits in a table cell.
 * - `gfmMessage`: a rule's message, whose `backticked` parts stay code spans and the rest is text.
 */

const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * ASCII punctuation that starts or ends a markdown construct anywhere in a line. `(` `)` `!` need
 * no escape once `[` `]` have one; `_` only at a word's edge (GFM has no intraword `_` emphasis).
 */
const INLINE_SPECIAL = /[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

export function gfmText(text: string): string {
  let out = oneLine(text).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Block starts: a heading, a list item, a quote, a thematic break, a setext underline.
  out = out.replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_m, space: string, lead: string) =>
    /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
  out = out.replace(/:\/\//g, '\\://').replace(/\b(www)\./gi, '$1\\.');
  return out.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZERO_WIDTH_SPACE}`);
}

export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = oneLine(text);
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or a space) needs a space inside its fence.
  if (/^[`\s]|[`\s]$/.test(content)) content = ` ${content} `;
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  return `${fence}${content}${fence}`;
}

/** A message whose `quoted` identifiers become code spans; everything else is escaped text. */
export function gfmMessage(message: string, options: { inTable?: boolean } = {}): string {
  const text = oneLine(message);
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    out.push(gfmText(text.slice(last, m.index)), codeSpan(m[1]!, options));
    last = m.index + m[0].length;
  }
  out.push(gfmText(text.slice(last)));
  return out.join('');
}

/** A message as plain text (annotations, titles): `quoted` identifiers in quotes, not backticks. */
export function plainMessage(message: string): string {
  return message.replace(/`([^`]+)`/g, '‘$1’');
}

/**
 * Text for a SARIF `message.text`: SARIF reads `[text](target)` as an embedded link, so literal
 * brackets (and the backslash) are escaped as the SARIF 2.1.0 specification says (3.11.6).
 */
export function sarifText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** One line: markdown list items and table rows end at a line break. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}
