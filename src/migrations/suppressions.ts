/**
 * SQL inline suppressions (SPEC 6):
 *   -- rollback-guard-ignore drop-column: reason          the next statement
 *   -- rollback-guard-ignore-file drop-column, rename-table: reason   the whole file
 */
import type { Suppression } from '../findings.js';
import { parseSuppressionBody } from '../policy/suppression-body.js';
import type { Statement } from './model.js';

const COMMENT = /^[ \t]*--[ \t]*rollback-guard-ignore(-file)?\b[ \t]*([^\n]*)$/gm;

export function findSqlSuppressions(file: string, text: string, statements: Statement[]): Suppression[] {
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
    const next = statements.find((s) => s.line > line);
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
