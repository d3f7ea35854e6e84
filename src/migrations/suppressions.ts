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
 */
export function findSqlSuppressions(file: string, text: string, targets: Pick<Statement, 'line' | 'endLine'>[]): Suppression[] {
  const out: Suppression[] = [];
  let line = 1;
  let lastIndex = 0;
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
  return out;
}
