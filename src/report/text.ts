/**
 * Terminal report, grouped by file: the offending line quoted with a caret under it, the rule id
 * and its page (like squawk and rustc).
 */
import type { Finding, Report, Severity } from '../findings.js';
import { MAX_QUOTED, lineQuoter, type SourceReader } from './source.js';
import { ruleDocsUrl } from './links.js';
import { scenarioHeadline } from './scenarios.js';

export interface TextOptions {
  color?: boolean;
  source: SourceReader;
  /** Terminal width: messages wrap at spaces (never inside a word). Absent: one line per finding. */
  width?: number;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'pass', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  notice: ['\u001b[36m', '\u001b[39m'],
  pass: ['\u001b[32m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** References quoted under a finding (its message names up to five; the JSON report keeps up to twenty). */
const MAX_REFERENCE_LINES = 3;

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, s: string): string =>
    options.color ? `${COLORS[style][0]}${s}${COLORS[style][1]}` : s;
  const out: string[] = [];
  const headline = scenarioHeadline(report);
  if (headline) out.push(paint(headline.affected.length > 0 ? 'error' : 'pass', headline.text), '');
  const quote = lineQuoter(options.source);
  const active = report.findings.filter((f) => !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of active) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  for (const [file, findings] of byFile) {
    out.push(paint('bold', file));
    for (const f of findings) {
      const where = f.line === null ? '(deleted)' : `${f.line}${f.column ? `:${f.column}` : ''}`;
      const critical = f.scenarios?.length ? ` [critical: ${f.scenarios.join(', ')}]` : f.critical ? ' [critical]' : '';
      const lead = `  ${where}  ${f.severity}${critical}  ${f.rule}  `;
      if (options.width && options.width >= 40 && lead.length + f.message.length > options.width) {
        out.push(`  ${where}  ${paint(f.severity, f.severity)}${critical}  ${f.rule}`);
        for (const line of wrapWords(f.message, options.width - 6)) out.push(`      ${line}`);
      } else {
        out.push(`  ${where}  ${paint(f.severity, f.severity)}${critical}  ${f.rule}  ${f.message}`);
      }
      const raw = quote(f.file, f.line);
      // Past MAX_QUOTED characters the quote is cut, and so is the caret under it.
      const quoted = raw !== null && raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw;
      if (quoted !== null && (f.column ?? 1) <= MAX_QUOTED) {
        const gutter = String(f.line).padStart(5);
        out.push(paint('dim', `${gutter} | `) + quoted);
        const col = Math.max(1, f.column ?? firstNonBlank(quoted));
        const width = Math.max(1, f.endColumn && f.endLine === f.line ? f.endColumn - col : quoted.trimEnd().length - col + 1);
        out.push(paint('dim', `${' '.repeat(5)} | `) + ' '.repeat(col - 1) + paint(f.severity, '^'.repeat(Math.min(width, MAX_QUOTED - col + 1))));
      }
      // Where the previous release's code uses what the finding names (code-references), the first few with their text.
      for (const r of (f.references ?? []).slice(0, MAX_REFERENCE_LINES)) {
        const text = r.text.length > MAX_QUOTED ? `${r.text.slice(0, MAX_QUOTED)}…` : r.text;
        out.push(paint('dim', `        base ${r.file}:${r.line}  `) + text);
      }
      out.push(paint('dim', `        see ${ruleDocsUrl(f.rule)}`));
    }
    out.push('');
  }

  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    out.push(paint('dim', `Suppressed (${suppressed.length}):`));
    for (const f of suppressed) {
      out.push(paint('dim', `  ${f.file}:${f.line ?? '-'}  ${f.rule}  — ${f.suppression?.reason ?? 'no reason given'}`));
    }
    out.push('');
  }
  for (const s of report.skipped) out.push(paint('dim', `Skipped ${s.file}: ${s.reason}`));

  const { errors, warnings, notices } = report.summary;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  const verdict = report.verdict === 'pass' ? paint('pass', 'PASS') : paint('error', 'FAIL');
  // `sql` has no revisions to compare (its report says base `none`): no range to show.
  const range = report.base === 'none' ? '' : ` (${shortRef(report.base)}..${shortRef(report.head)})`;
  out.push(`${verdict}  ${counts} in ${plural(report.summary.filesAnalyzed, 'file')}${range}`);
  return `${out.join('\n')}\n`;
}

/** Lines of at most `width` characters, broken at spaces; a word longer than `width` stays whole. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

function firstNonBlank(line: string): number {
  const m = /\S/.exec(line);
  return m ? m.index + 1 : 1;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
