/**
 * Inline suppressions (SPEC 6), in SQL (`--`) and in migrations written as code (`#`, `//`):
 *   -- rollback-guard-ignore drop-column: reason          the next statement
 *   -- rollback-guard-ignore-file drop-column, rename-table: reason   the whole file
 */
import type { Suppression } from '../findings.js';
import { parseSuppressionBody } from '../policy/suppression-body.js';
import type { Statement } from './model.js';

const COMMENT = /^[ \t]*(?:--|#|\/\/)[ \t]*rollback-guard-ignore(-file)?\b[ \t]*([^\n]*)$/gm;

/**
 * `targets` are the file's forward statements and its down sections (a comment just before a
 * goose `-- +goose Down` marker suppresses down-migration there), in any order.
 *
 * `baseText`: the base version of the file (null: the PR adds it, or base cannot be read), to mark
 * each suppression the PR adds (`added`, docs/approvals.md); undefined leaves `added` unset.
 */
export function findSqlSuppressions(
  file: string,
  text: string,
  targets: Pick<Statement, 'line' | 'endLine'>[],
  baseText?: string | null,
): Suppression[] {
  const out: Suppression[] = [];
  // Most files hold no suppression: the word, found natively, before the line-anchored search.
  if (!text.includes('rollback-guard-ignore')) return out;
  let line = 1;
  let lastIndex = 0;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    lastIndex = m.index;
    const { rules, reason } = parseSuppressionBody(m[2]);
    if (rules.length === 0) continue;
    if (m[1]) {
      out.push({ file, line, rules, reason, scope: 'file' });
      continue;
    }
    let next: Pick<Statement, 'line' | 'endLine'> | undefined;
    for (const t of targets) if (t.line > line && (!next || t.line < next.line)) next = t;
    out.push({
      file,
      line,
      rules,
      reason,
      scope: next ? { startLine: next.line, endLine: next.endLine } : { startLine: line, endLine: line },
    });
  }
  if (baseText !== undefined) markAdded(out, text, baseText);
  return out;
}

/** Base suppressions of one rule list and reason, checked against at most this many before a head one counts as added. */
const MAX_CANDIDATES = 64;

/**
 * Marks each suppression of `head` that base does not have. The same suppression is the same
 * scope (file-wide or a statement), the same rule list and reason, and — for a statement — the same
 * statement text after it (whitespace collapsed): line numbers do not matter, so a suppression
 * that moved with its statement is not new, while an edited reason, an added rule or a suppression
 * now in front of another statement is. Each base suppression vouches for one head suppression
 * only (a copy the PR adds is new). Anything unsure counts as added: approval is the safe side.
 */
export function markAdded(head: Suppression[], headText: string, baseText: string | null): void {
  if (baseText === null) {
    for (const s of head) s.added = true;
    return;
  }
  const headLines = headText.split('\n');
  const baseLines = baseText.split('\n');
  // Base suppressions by scope, rules and reason: the lines after which their targets start, which
  // of them already vouch for a head suppression, and the first that does not (so that a file of
  // 100k identical suppressions stays linear).
  const byKey = new Map<string, { lines: number[]; used: boolean[]; first: number }>();
  for (const b of suppressionComments(baseText)) {
    const key = keyOf(b.fileWide, b.rules, b.reason);
    const group = byKey.get(key);
    if (group) {
      group.lines.push(b.line);
      group.used.push(false);
    } else byKey.set(key, { lines: [b.line], used: [false], first: 0 });
  }
  for (const s of head) {
    const group = byKey.get(keyOf(s.scope === 'file', s.rules, s.reason));
    let found = -1;
    if (group) {
      while (group.first < group.lines.length && group.used[group.first]) group.first++;
      const target = s.scope !== 'file' && s.scope.startLine > s.line ? normalize(headLines.slice(s.scope.startLine - 1, s.scope.endLine)) : '';
      const count = s.scope !== 'file' && s.scope.startLine > s.line ? s.scope.endLine - s.scope.startLine + 1 : 0;
      for (let i = group.first, tried = 0; i < group.lines.length && tried < MAX_CANDIDATES; i++) {
        if (group.used[i]) continue;
        tried++;
        if (s.scope === 'file' || baseTarget(baseLines, group.lines[i]!, count) === target) {
          found = i;
          break;
        }
      }
      if (found >= 0) group.used[found] = true;
    }
    s.added = found === -1;
  }
}

function keyOf(fileWide: boolean, rules: string[], reason: string | null): string {
  return [fileWide ? 'file' : 'next', [...new Set(rules)].sort().join(','), reason ?? ''].join('\u0000');
}

/** Every suppression comment of a text: 1-based line, scope, rules, reason. */
function suppressionComments(text: string): { line: number; fileWide: boolean; rules: string[]; reason: string | null }[] {
  const out: { line: number; fileWide: boolean; rules: string[]; reason: string | null }[] = [];
  let line = 1;
  let lastIndex = 0;
  const re = new RegExp(COMMENT.source, COMMENT.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    lastIndex = m.index;
    const { rules, reason } = parseSuppressionBody(m[2]);
    if (rules.length > 0) out.push({ line, fileWide: Boolean(m[1]), rules, reason });
  }
  return out;
}

const COMMENT_OR_BLANK = /^\s*(--.*)?$/;

/**
 * The `count` lines of the statement after a base suppression comment on `line` (1-based),
 * skipping blank and comment lines (stacked suppressions, goose markers); '' when `count` is 0 and
 * no statement follows.
 */
function baseTarget(lines: string[], line: number, count: number): string | null {
  let start = line; // 0-based index of the line after the comment
  while (start < lines.length && COMMENT_OR_BLANK.test(lines[start]!)) start++;
  if (count === 0) return start >= lines.length ? '' : null;
  if (start + count > lines.length) return null;
  return normalize(lines.slice(start, start + count));
}

function normalize(lines: string[]): string {
  return lines.join('\n').replace(/\s+/g, ' ').trim();
}
