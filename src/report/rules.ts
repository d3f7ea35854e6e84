import type { RuleMeta } from '../findings.js';
import { gfmMessage } from './escape.js';
import { ruleDocsUrl } from './links.js';
import { wrapWords } from './text.js';

/** `rollback-guard rules --format md`: one table of every rule, each linked to its page. */
export function renderRulesMarkdown(rules: RuleMeta[]): string {
  const lines = ['| Rule | Category | Default | Catches |', '|---|---|---|---|'];
  for (const r of rules) {
    lines.push(`| [\`${r.id}\`](${ruleDocsUrl(r.id)}) | ${r.category} | ${r.defaultSeverity} | ${gfmMessage(r.summary, { inTable: true })} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `rollback-guard rules` in a terminal: by category, the id and default severity on one line and
 * the summary wrapped under it (a markdown table is 237 characters wide).
 */
export function renderRulesText(rules: RuleMeta[], width = 80): string {
  const out: string[] = [];
  for (const category of [...new Set(rules.map((r) => r.category))]) {
    out.push(`${category} rules`);
    for (const r of rules.filter((x) => x.category === category)) {
      out.push(`  ${r.id.padEnd(40)} ${r.defaultSeverity}`);
      for (const line of wrapWords(r.summary, Math.max(30, width - 4))) out.push(`    ${line}`);
    }
    out.push('');
  }
  out.push(`Each rule's page: ${ruleDocsUrl('RULE').replace('RULE', '<id>')}`);
  return `${out.join('\n')}\n`;
}
