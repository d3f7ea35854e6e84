/**
 * The job summary (and the body of the check run and the sticky comment): verdict first, a table
 * of findings, what a rollback of this PR means, suppressed findings with their reasons.
 */
import type { Finding, Report, Severity } from '../findings.js';
import { plural, shortRef as short } from './text.js';

export interface MarkdownOptions {
  /** Link for a rule's page; default: the repository-relative docs path. */
  docsUrl?: (ruleId: string) => string;
  /** Hard cap on the output length (GitHub: summary 1 MiB, comment 65,536, check run 65,535). */
  maxLength?: number;
  /** Extra line after the table when rows were cut (e.g. where to find the full report). */
  moreHint?: string;
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const docsUrl = options.docsUrl ?? ((id: string) => `docs/rules/${id}.md`);
  const maxLength = options.maxLength ?? 1_000_000;
  const active = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.filter((f) => f.suppressed);
  const { errors, warnings, notices } = report.summary;

  const head: string[] = [];
  head.push(
    report.verdict === 'pass'
      ? '## ✅ rollback-guard: this PR is rollback-safe'
      : '## ❌ rollback-guard: this PR is not rollback-safe',
  );
  head.push('');
  head.push(
    `${bold(errors, plural(errors, 'error'))}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}` +
      ` in ${plural(report.summary.filesAnalyzed, 'analysed file')} · base \`${short(report.base)}\` → head \`${short(report.head)}\``,
  );
  head.push('');

  const tail: string[] = [];
  tail.push(...rollbackInstruction(report, active));
  if (suppressed.length > 0) {
    tail.push('', `### Suppressed (${suppressed.length})`, '');
    for (const f of suppressed) {
      const source = f.suppression?.source === 'config' ? 'config `allow`' : 'inline';
      tail.push(`- \`${f.rule}\` at \`${where(f)}\` (${source}): ${cell(f.suppression?.reason ?? 'no reason given')}`);
    }
  }
  if (report.skipped.length > 0) {
    tail.push('', '### Not analysed', '');
    for (const s of report.skipped) tail.push(`- \`${s.file}\`: ${cell(s.reason)}`);
  }

  const rows: string[] = [];
  if (active.length > 0) {
    rows.push('| | Rule | Where | Finding |', '|---|---|---|---|');
    for (const f of active) {
      const critical = f.critical ? ' **critical**' : '';
      rows.push(
        `| ${ICON[f.severity]} ${f.severity}${critical} | [\`${f.rule}\`](${docsUrl(f.rule)}) | \`${where(f)}\` | ${cell(f.message)} |`,
      );
    }
  }

  // Keep verdict, rollback instruction and suppressions; cut table rows to fit the cap.
  const fixed = head.join('\n').length + tail.join('\n').length + 400;
  let table = rows;
  if (fixed + rows.join('\n').length > maxLength) {
    const kept: string[] = [];
    let size = fixed;
    for (const row of rows) {
      if (size + row.length + 1 > maxLength) break;
      kept.push(row);
      size += row.length + 1;
    }
    const cut = rows.length - kept.length;
    table = [...kept, '', `… ${plural(cut, 'more finding')} not shown.${options.moreHint ? ` ${options.moreHint}` : ''}`];
  }
  const body = [...head, ...table, ...(table.length ? [''] : []), ...tail].join('\n');
  return `${body.length > maxLength ? body.slice(0, maxLength - 2) : body}\n`;
}

function rollbackInstruction(report: Report, active: Finding[]): string[] {
  const out = ['### If this PR has to be rolled back', ''];
  out.push(`1. The code goes back to the base commit \`${short(report.base)}\`.`);
  if (report.migrations.length > 0) {
    out.push(
      `2. The database keeps ${plural(report.migrations.length, 'migration')} of this PR applied (do not run down migrations: they destroy data written since):`,
    );
    for (const m of report.migrations) out.push(`   - \`${m}\``);
  } else {
    out.push('2. This PR adds no forward migration: the schema stays as the base release knows it.');
  }
  const migrationBreaks = active.filter((f) => f.category === 'migration' && f.severity === 'error');
  const contractBreaks = active.filter((f) => f.category === 'contract' && f.severity === 'error');
  const rollbackRisks = active.filter((f) => f.direction === 'rollback');
  if (migrationBreaks.length === 0 && contractBreaks.length === 0 && report.skipped.length > 0) {
    // What was not read cannot be judged: never "safe" then (unreadable-file says which).
    out.push(`3. **Rolling back is not known to be safe**: ${plural(report.skipped.length, 'file')} could not be read (see "Not analysed").`);
  } else if (migrationBreaks.length === 0 && contractBreaks.length === 0) {
    out.push('3. **Rolling back is safe**: the base release runs against the migrated schema and its clients keep working.');
  } else {
    out.push('3. **Rolling back is not safe** until these are fixed:');
    for (const f of [...migrationBreaks, ...contractBreaks, ...active.filter((a) => a.rule === 'unreadable-file' && a.severity === 'error')]) out.push(`   - \`${where(f)}\` ${f.rule}: ${cell(f.message)}`);
  }
  if (rollbackRisks.length > 0) {
    out.push(
      `4. ${plural(rollbackRisks.length, 'addition')} disappear again on rollback: clients and consumers that adopt them must tolerate their absence.`,
    );
  }
  return out;
}

function where(f: Finding): string {
  return f.line === null ? `${f.file} (deleted)` : `${f.file}:${f.line}`;
}


function bold(n: number, text: string): string {
  return n > 0 ? `**${text}**` : text;
}

/** A table cell: no pipes, no newlines, no HTML. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
