import type { RuleMeta } from '../findings.js';
import { gfmMessage } from './escape.js';

/** `rollback-guard rules --format md`: one table of every rule. */
export function renderRulesMarkdown(rules: RuleMeta[]): string {
  const lines = ['| Rule | Category | Default | Catches |', '|---|---|---|---|'];
  for (const r of rules) {
    lines.push(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.category} | ${r.defaultSeverity} | ${gfmMessage(r.summary, { inTable: true })} |`);
  }
  return `${lines.join('\n')}\n`;
}
