// Placeholder written by the lead so the bundle builds; the issue-5 helper owns and replaces this file.
import type { Report, RuleMeta } from '../findings.js';

export function renderSarif(report: Report, rules: RuleMeta[], options: { docsDir?: string } = {}): string {
  void options;
  return `${JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'rollback-guard', rules: rules.map((r) => ({ id: r.id })) } }, results: report.findings.length }] })}\n`;
}
