/**
 * Workflow-command annotations (`::error file=…,line=…::message`), the fallback when there is no
 * check run (fork PRs, no token, `annotations: workflow-commands`). GitHub shows at most 10 errors,
 * 10 warnings and 10 notices per step (50 per job) and drops the rest silently, so the few that
 * are shown are chosen:
 *
 * - at most one per line (a line with three findings gets the most severe, and says how many more);
 * - most severe first, critical first within a severity;
 * - distinct rules first: 18 `drop-column` errors do not hide the one `down-migration`;
 * - the step's own lines count: the closing "not rollback-safe" error (and any other error,
 *   warning or notice the step prints) is reserved inside the budget, so GitHub never drops it;
 * - a final notice says how many findings are not annotated and where they all are.
 */
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../findings.js';
import { plainMessage } from './escape.js';
import { ruleDocsUrl } from './links.js';
import { plural } from './text.js';

/** GitHub's cap per level and step. */
export const PER_LEVEL = 10;
const LEVELS: Severity[] = ['error', 'warning', 'notice'];

export interface WorkflowCommandOptions {
  summaryHint?: string;
  /** Lines of each level the step prints besides these (setFailed's error, warnings, notices). */
  reserved?: Partial<Record<Severity, number>>;
  docsUrl?: (ruleId: string) => string;
}

export function renderWorkflowCommands(report: Report, options: WorkflowCommandOptions = {}): string {
  const docsUrl = options.docsUrl ?? ((id: string) => ruleDocsUrl(id));
  const active = report.findings
    .filter((f) => !f.suppressed)
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || Number(b.f.critical) - Number(a.f.critical) || a.index - b.index)
    .map(({ f }) => f);

  // Findings per line, so the one annotation of a line can say how many more it has.
  const perLine = new Map<string, number>();
  for (const f of active) perLine.set(lineKey(f), (perLine.get(lineKey(f)) ?? 0) + 1);

  const usedLines = new Set<string>();
  const chosen = new Map<Severity, Finding[]>();
  for (const level of LEVELS) {
    const room = Math.max(0, PER_LEVEL - (options.reserved?.[level] ?? 0));
    const picked: Finding[] = [];
    const ofLevel = active.filter((f) => f.severity === level);
    const rules = new Set<string>();
    // First pass: one finding per rule; second pass: the rest, still one per line.
    for (const distinctOnly of [true, false]) {
      for (const f of ofLevel) {
        if (picked.length >= room) break;
        if (usedLines.has(lineKey(f)) || (distinctOnly && rules.has(f.rule))) continue;
        picked.push(f);
        rules.add(f.rule);
        usedLines.add(lineKey(f));
      }
    }
    chosen.set(level, picked);
  }

  let shown = LEVELS.reduce((n, level) => n + chosen.get(level)!.length, 0);
  let notShown = active.length - shown;
  const notices = chosen.get('notice')!;
  if (notShown > 0 && notices.length + (options.reserved?.notice ?? 0) >= PER_LEVEL) {
    // Make room for the pointer.
    notices.pop();
    shown -= 1;
    notShown += 1;
  }

  const lines: string[] = [];
  for (const level of LEVELS) {
    for (const f of chosen.get(level)!) lines.push(annotation(level, f, perLine.get(lineKey(f))! - 1, docsUrl));
  }
  if (notShown > 0) {
    const hint = options.summaryHint ?? 'the job summary';
    lines.push(
      `::notice title=rollback-guard::${escapeData(`${plural(notShown, 'more finding')} ${notShown === 1 ? 'is' : 'are'} not annotated here (GitHub shows 10 per level per step, one per line here): ${hint} lists all ${active.length}.`)}`,
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function lineKey(f: Finding): string {
  return `${f.file}\u0000${f.line ?? 0}`;
}

function annotation(level: Severity, f: Finding, othersOnLine: number, docsUrl: (id: string) => string): string {
  const props: string[] = [`file=${escapeProperty(f.file)}`];
  if (f.line !== null) {
    props.push(`line=${f.line}`);
    if (f.endLine !== null) props.push(`endLine=${f.endLine}`);
    if (f.column !== null && f.endLine === f.line) props.push(`col=${f.column}`);
    if (f.endColumn !== null && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
  }
  const critical = f.scenarios?.length ? ` (critical: ${f.scenarios.join(', ')})` : f.critical ? ' (critical)' : '';
  props.push(`title=${escapeProperty(`${f.rule}${critical}`)}`);
  const more = othersOnLine > 0 ? ` (${plural(othersOnLine, 'more finding')} on this line.)` : '';
  return `::${level} ${props.join(',')}::${escapeData(`${plainMessage(f.message)}${more} See ${docsUrl(f.rule)}`)}`;
}

/** Escaping as @actions/core does, so a message cannot end the command or start another. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
