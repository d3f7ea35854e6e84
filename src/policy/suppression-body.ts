/** The text of a suppression, the same in SQL comments and in `x-rollback-guard-ignore` entries (SPEC 6). */

/** `drop-column, rename-table: reason` → rules and reason (null when absent). */
export function parseSuppressionBody(body: string): { rules: string[]; reason: string | null } {
  const colon = body.indexOf(':');
  const list = colon === -1 ? body : body.slice(0, colon);
  const reason = colon === -1 ? null : body.slice(colon + 1).trim() || null;
  const rules = list
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return { rules, reason };
}
