/**
 * Workflow-command annotations (`::error file=…,line=…::message`). GitHub shows at most 10 errors,
 * 10 warnings and 10 notices per step and 50 per job and drops the rest silently, so we emit the
 * most severe first and end with one notice pointing to the summary when anything was cut.
 */
import type { Finding, Report, Severity } from '../findings.js';
import { plainMessage } from './escape.js';

const PER_LEVEL = 10;

export function renderWorkflowCommands(report: Report, options: { summaryHint?: string; reservedErrors?: number } = {}): string {
  const active = report.findings.filter((f) => !f.suppressed);
  const lines: string[] = [];
  let cut = 0;
  for (const level of ['error', 'warning', 'notice'] as Severity[]) {
    const ofLevel = active.filter((f) => f.severity === level).sort(bySeverityThenCritical);
    // Keep one notice for the pointer, and the step's own closing error lines inside the budget.
    const room = level === 'notice' ? PER_LEVEL - 1 : level === 'error' ? PER_LEVEL - (options.reservedErrors ?? 0) : PER_LEVEL;
    const shown = ofLevel.slice(0, room);
    cut += ofLevel.length - shown.length;
    for (const f of shown) lines.push(annotation(level, f));
  }
  if (cut > 0) {
    const hint = options.summaryHint ?? 'the job summary';
    lines.push(`::notice title=rollback-guard::${escapeData(`${cut} more finding${cut === 1 ? '' : 's'} not annotated here (GitHub shows 10 per level per step); see ${hint} for all of them.`)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function bySeverityThenCritical(a: Finding, b: Finding): number {
  return Number(b.critical) - Number(a.critical);
}

function annotation(level: Severity, f: Finding): string {
  const props: string[] = [`file=${escapeProperty(f.file)}`];
  if (f.line !== null) {
    props.push(`line=${f.line}`);
    if (f.endLine !== null) props.push(`endLine=${f.endLine}`);
    if (f.column !== null && f.endLine === f.line) props.push(`col=${f.column}`);
    if (f.endColumn !== null && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
  }
  props.push(`title=${escapeProperty(f.critical ? `${f.rule} (critical)` : f.rule)}`);
  return `::${level} ${props.join(',')}::${escapeData(`${plainMessage(f.message)} See ${f.help}`)}`;
}

/** Escaping as @actions/core does, so a message cannot end the command or start another. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
