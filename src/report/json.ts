import type { Report } from '../findings.js';
import { ruleDocsUrl } from './links.js';

/**
 * SPEC 4: the JSON report. Key order is fixed so the same input gives byte-identical output.
 * `help` stays SPEC 4's repository-relative path of the rule page; `helpUri` (added, optional) is
 * that page at this version's release tag, a link that works from any repository.
 */
export function renderJson(report: Report): string {
  const ordered = {
    version: report.version,
    verdict: report.verdict,
    base: report.base,
    head: report.head,
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      suppressed: report.summary.suppressed,
      filesAnalyzed: report.summary.filesAnalyzed,
    },
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      category: f.category,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      column: f.column,
      endColumn: f.endColumn,
      message: f.message,
      object: f.object,
      direction: f.direction,
      critical: f.critical,
      ...(f.scenarios?.length ? { scenarios: [...f.scenarios] } : {}),
      suppressed: f.suppressed,
      ...(f.suppression ? { suppression: { source: f.suppression.source, reason: f.suppression.reason } } : {}),
      ...(f.approval ? { approval: { by: f.approval.by, via: f.approval.via } } : {}),
      ...(f.pendingApproval ? { pendingApproval: { source: f.pendingApproval.source, reason: f.pendingApproval.reason, approvers: f.pendingApproval.approvers } } : {}),
      ...(f.references ? { references: f.references.map((r) => ({ file: r.file, line: r.line, text: r.text })) } : {}),
      help: f.help,
      helpUri: ruleDocsUrl(f.rule),
      fingerprint: f.fingerprint,
    })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    migrations: [...report.migrations],
    ...(report.scenarios?.length ? { scenarios: report.scenarios.map((s) => ({ name: s.name, affected: s.affected })) } : {}),
    ...(report.detection?.length
      ? {
          detection: report.detection.map((d) => ({
            file: d.file,
            taken: d.taken,
            as: d.as,
            ...(d.framework === undefined ? {} : { framework: d.framework }),
            ...(d.dialect === undefined ? {} : { dialect: d.dialect }),
            reason: d.reason,
          })),
        }
      : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
