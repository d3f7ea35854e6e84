/**
 * The job summary, which is also the body of the check run and of the sticky PR comment: read in
 * ten seconds at 820 px.
 *
 * 1. The verdict line and the counts.
 * 2. Findings grouped by severity (errors, then warnings — open; notices in a collapsed
 *    `<details>`), by file and line inside a severity, numbered once for the whole report. Each is
 *    `file:line` (a link to that line of the head commit when the repository is known) and the
 *    rule id (a link to its page), then the message on its own line. No table: nothing is wider
 *    than the comment.
 * 3. The rollback runbook (runbook.ts), which refers to findings by their numbers.
 * 4. Suppressed findings with their reasons, and files not analysed, collapsed.
 *
 * `maxLength` (GitHub: summary 1 MiB, comment 65,536, check run 65,535) shortens the finding lists
 * first, from the least severe end; the verdict, the runbook and the suppressed findings always
 * stay, with a pointer to the full report. Everything from the repository goes through escape.ts.
 */
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../findings.js';
import { codeSpan, gfmMessage, gfmText } from './escape.js';
import { blobUrl, ruleDocsUrl, type RepositoryLink } from './links.js';
import { runbook, type RunbookOptions } from './runbook.js';
import { scenarioHeadline } from './scenarios.js';
import { plural, shortRef } from './text.js';

export interface MarkdownOptions extends RunbookOptions {
  /** The heading's name (the Action's `name` input). */
  name?: string;
  /** Link for a rule's page; default: its page at this version's release tag. */
  docsUrl?: (ruleId: string) => string;
  /** Hard cap on the output length. */
  maxLength?: number;
  /** Where the full report is, said when lists were shortened (e.g. a link to the job summary). */
  moreHint?: string;
  /** The repository and commits, for `file:line` links; without it, locations are plain text. */
  links?: { repository: RepositoryLink; headSha: string; baseSha: string | null } | null;
}

export const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };
const LEVELS: Severity[] = ['error', 'warning', 'notice'];

/** Active findings in the order the summary shows and numbers them: severity, then file and line. */
export function displayOrder(report: Report): Finding[] {
  return report.findings
    .filter((f) => !f.suppressed)
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.index - b.index)
    .map(({ f }) => f);
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const name = options.name ?? 'rollback-guard';
  const docsUrl = options.docsUrl ?? ((id: string) => ruleDocsUrl(id));
  const maxLength = options.maxLength ?? 1_000_000;
  const ordered = displayOrder(report);
  const numbers = new Map(ordered.map((f, i) => [f, i + 1]));
  const location = locationLink(options.links ?? null);

  const head = header(report, name);
  const tail = [
    ...runbook(report, numbers, { ...options, location }),
    ...pendingSection(report, location),
    ...suppressedSection(report, location),
    ...skippedSection(report),
  ];

  const items = new Map(ordered.map((f) => [f, findingItem(f, numbers.get(f)!, location, docsUrl)]));
  const reserve = 600; // the "… more" lines and the section headings
  let room = maxLength - size(head) - size(tail) - reserve;
  const shown = new Set<Finding>();
  for (const f of ordered) {
    const cost = items.get(f)!.length + 2;
    if (cost > room) break;
    room -= cost;
    shown.add(f);
  }

  const body: string[] = [...head];
  for (const level of LEVELS) {
    const ofLevel = ordered.filter((f) => f.severity === level);
    if (ofLevel.length === 0) continue;
    const title = `${ICON[level]} ${plural(ofLevel.length, level)}`;
    const lines: string[] = [];
    for (const f of ofLevel) if (shown.has(f)) lines.push(items.get(f)!, '');
    const cut = ofLevel.length - ofLevel.filter((f) => shown.has(f)).length;
    if (cut > 0) {
      lines.push(`*… ${plural(cut, `more ${level}`)} not listed here to stay within GitHub's size limit${options.moreHint ? `: ${options.moreHint}` : '.'}*`, '');
    }
    // Loops, not spreads: a list of 100k+ findings would overflow the call stack as arguments.
    if (level === 'notice') {
      body.push('<details>', `<summary>${title}</summary>`, '');
      for (const line of lines) body.push(line);
      body.push('</details>', '');
    } else {
      body.push(`### ${title}`, '');
      for (const line of lines) body.push(line);
    }
  }
  for (const line of tail) body.push(line);
  const text = `${body.join('\n').trimEnd()}\n`;
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 2)).trimEnd()}\n`;
}

/** Files a passing report did not read, their `unreadable-file` findings allowed: such a pass is no proof of safety, and the headings say so. */
export function allowedUnreadable(report: Report): number {
  return report.findings.filter((f) => f.rule === 'unreadable-file' && f.suppressed).length;
}

function header(report: Report, name: string): string[] {
  const { errors, warnings, notices, suppressed, filesAnalyzed } = report.summary;
  const unread = allowedUnreadable(report);
  const verdict =
    report.verdict === 'fail' ? `## ❌ ${gfmText(name)}: this PR is not rollback-safe`
    : unread > 0 ? `## ✅ ${gfmText(name)}: passes, but ${plural(unread, 'file')} could not be read (allowed)`
    : `## ✅ ${gfmText(name)}: this PR is rollback-safe`;
  const counts = [
    errors > 0 ? `**${plural(errors, 'error')}**` : plural(errors, 'error'),
    plural(warnings, 'warning'),
    plural(notices, 'notice'),
    ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
  ].join(' · ');
  const range = report.base === 'none' ? '' : `, ${codeSpan(shortRef(report.base))} → ${codeSpan(shortRef(report.head))}`;
  const headline = scenarioHeadline(report, (n) => `*${gfmText(n)}*`);
  const mission = headline ? [`${headline.affected.length > 0 ? '🚨' : '🛡️'} **${headline.text}**`, ''] : [];
  return [verdict, '', ...mission, `${counts} — ${plural(filesAnalyzed, 'file')} analysed${range}`, ''];
}

/** `file:line` as a link to the head commit's line; a file gone from head links to its base version. */
export type LocationLink = (f: Pick<Finding, 'file' | 'line'>) => string;

function locationLink(links: MarkdownOptions['links']): LocationLink {
  return (f) => {
    const label = codeSpan(f.line === null ? f.file : `${f.file}:${f.line}`);
    if (!links) return f.line === null ? `${label} (deleted)` : label;
    if (f.line === null) {
      return links.baseSha ? `[${label}](${blobUrl(links.repository, links.baseSha, f.file, null)}) (deleted)` : `${label} (deleted)`;
    }
    return `[${label}](${blobUrl(links.repository, links.headSha, f.file, f.line)})`;
  };
}

function findingItem(f: Finding, n: number, location: LocationLink, docsUrl: (id: string) => string): string {
  const critical = f.scenarios?.length ? ` · **critical: ${f.scenarios.map(gfmText).join(', ')}**` : f.critical ? ' · **critical**' : '';
  // A backslash at the end of a line is a hard line break: the message gets a line of its own.
  return `${n}. ${location(f)} · [${codeSpan(f.rule)}](${docsUrl(f.rule)})${critical}\\\n   ${gfmMessage(f.message)}`;
}

function suppressedSection(report: Report, location: LocationLink): string[] {
  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length === 0) return [];
  const out = ['<details>', `<summary>Suppressed: ${plural(suppressed.length, 'reviewed finding')}</summary>`, ''];
  for (const f of suppressed) {
    const source = f.suppression?.source === 'config' ? 'config `allow` entry' : 'inline comment';
    const reason = f.suppression?.reason ? gfmText(f.suppression.reason) : '*no reason given*';
    out.push(`- ${location(f)} · ${codeSpan(f.rule)} (${source})\\`, `  ${reason}`);
  }
  out.push('', '</details>', '');
  return out;
}

/** Suppressions the PR adds that nobody approved yet, with who may (docs/approvals.md); the findings stay in the lists above. */
function pendingSection(report: Report, location: LocationLink): string[] {
  const pending = report.findings.filter((f) => f.pendingApproval);
  if (pending.length === 0) return [];
  const out = [`**Suppressions pending approval: ${pending.length}** — they take effect once a second person approves.`, ''];
  for (const f of pending) {
    const p = f.pendingApproval!;
    const source = p.source === 'config' ? 'config `allow` entry' : 'inline comment';
    const reason = p.reason ? gfmText(p.reason) : '*no reason given*';
    out.push(`- ${location(f)} · ${codeSpan(f.rule)} (${source}): ${reason}\\`, `  ${gfmText(p.approvers.charAt(0).toUpperCase() + p.approvers.slice(1))}`);
  }
  out.push('');
  return out;
}

function skippedSection(report: Report): string[] {
  if (report.skipped.length === 0) return [];
  const out = ['<details>', `<summary>Not analysed: ${plural(report.skipped.length, 'file')}</summary>`, ''];
  for (const s of report.skipped) out.push(`- ${codeSpan(s.file)}: ${gfmText(s.reason)}`);
  out.push('', '</details>', '');
  return out;
}

function size(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}
