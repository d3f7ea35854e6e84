/**
 * Policy: severity overrides and `off`, critical escalation, inline and config suppressions,
 * the verdict. Deterministic: same input, same output, byte for byte.
 */
import * as crypto from 'node:crypto';
import picomatch from 'picomatch';
import type { AllowEntry, Config } from '../config/types.js';
import {
  SEVERITY_RANK,
  docsPath,
  type Finding,
  type RawFinding,
  type ReportSummary,
  type Severity,
  type Suppression,
} from '../findings.js';
import { ruleMeta } from '../rules.js';

export interface PolicyOptions {
  today: string;
  failOn: 'error' | 'warning' | 'never';
}

export interface PolicyResult {
  findings: Finding[];
  summary: Omit<ReportSummary, 'filesAnalyzed'>;
  verdict: 'pass' | 'fail';
}

export function applyPolicy(
  raw: RawFinding[],
  suppressions: Suppression[],
  config: Config,
  options: PolicyOptions,
): PolicyResult {
  const used = new Set<string>();
  const isCriticalTable = matcher(config.critical.tables, (t) => [t, t.split('.').pop() ?? t]);
  const isCriticalEndpoint = endpointMatcher(config.critical.endpoints);
  const findings: Finding[] = [];
  const expired: { index: number; finding: Finding }[] = [];

  for (const r of raw) {
    const finding = toFinding(r, config);
    if (!finding) continue;
    if ((r.tables ?? []).some(isCriticalTable) || (r.endpoints ?? []).some(isCriticalEndpoint)) {
      finding.critical = true;
      finding.severity = 'error';
    }
    const inline = suppressions.find((s) => suppresses(s, finding));
    if (inline) {
      used.add(suppressionKey(inline, finding.rule));
      finding.suppressed = true;
      finding.suppression = { source: 'inline', reason: inline.reason };
    } else {
      const allow = config.allow.find((a) => allows(a, finding, options.today));
      if (allow) {
        finding.suppressed = true;
        finding.suppression = { source: 'config', reason: allow.reason };
      } else {
        // An entry that would match but has expired stops applying: say so next to the finding.
        const index = config.allow.findIndex((a) => a.until !== undefined && a.until < options.today && allows(a, finding, null));
        if (index >= 0) expired.push({ index, finding });
      }
    }
    findings.push(finding);
  }
  for (const { index, finding } of expired) {
    const entry = config.allow[index]!;
    const named = `allow[${index}] (${entry.rule}${entry.object ? ` ${entry.object}` : ''})${config.source ? ` in ${config.source}` : ''}`;
    pushProcess(findings, config, {
      rule: 'unused-suppression',
      file: finding.file,
      line: finding.line,
      message: `The config entry ${named} expired on ${entry.until} and no longer suppresses this ${entry.rule} finding; extend its 'until' after a new review, or fix the finding.`,
      object: `allow[${index}]`,
    });
  }

  for (const s of suppressions) {
    if (s.reason === null || s.reason.trim() === '') {
      pushProcess(findings, config, {
        rule: 'suppression-without-reason',
        file: s.file,
        line: s.line,
        message: `This suppression of ${s.rules.join(', ')} gives no reason; write why it is safe after a colon.`,
        object: s.rules.join(','),
      });
    }
    for (const rule of s.rules) {
      if (!used.has(suppressionKey(s, rule))) {
        pushProcess(findings, config, {
          rule: 'unused-suppression',
          file: s.file,
          line: s.line,
          message: ruleMeta(rule)
            ? `This suppression of ${rule} matches no finding; remove it.`
            : `This suppression names ${rule}, which is not a rule id; see \`rollback-guard rules\`.`,
          object: rule,
        });
      }
    }
  }

  findings.sort(compareFindings);
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Severity): number => active.filter((f) => f.severity === s).length;
  const summary = {
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    suppressed: findings.length - active.length,
  };
  const threshold = options.failOn === 'never' ? Infinity : SEVERITY_RANK[options.failOn];
  const verdict = active.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 'fail' : 'pass';
  return { findings, summary, verdict };
}

function toFinding(r: RawFinding, config: Config): Finding | null {
  const meta = ruleMeta(r.rule);
  if (!meta) throw new Error(`internal error: finding for unregistered rule '${r.rule}'`);
  const configured = config.rules[r.rule];
  if (configured === 'off') return null;
  const severity: Severity = configured ?? r.severity ?? meta.defaultSeverity;
  const object = r.object ?? null;
  return {
    rule: r.rule,
    severity,
    category: meta.category,
    file: r.file,
    line: r.line,
    endLine: r.line === null ? null : (r.endLine ?? r.line),
    column: r.column ?? null,
    endColumn: r.endColumn ?? null,
    message: r.message,
    object,
    direction: r.direction ?? null,
    critical: false,
    suppressed: false,
    help: docsPath(r.rule),
    fingerprint: fingerprint(r.rule, r.file, object ?? r.message),
  };
}

function pushProcess(findings: Finding[], config: Config, r: RawFinding): void {
  const f = toFinding(r, config);
  if (f) findings.push(f);
}

/** `crypto.hash` (Node 20.12+, 21.7+): the same digest as `createHash`, about twice as fast for short inputs. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

export function fingerprint(...parts: string[]): string {
  const data = parts.join('\u0000');
  return (oneShotHash ? oneShotHash('sha256', data) : crypto.createHash('sha256').update(data).digest('hex')).slice(0, 16);
}

function suppressionKey(s: Suppression, rule: string): string {
  return `${s.file}\u0000${s.line}\u0000${rule}`;
}

function suppresses(s: Suppression, f: Finding): boolean {
  if (s.file !== f.file || !s.rules.includes(f.rule)) return false;
  if (s.scope === 'file') return true;
  return f.line !== null && f.line >= s.scope.startLine && f.line <= s.scope.endLine;
}

/** Whether `a` suppresses `f` on `today` (null: whatever its `until`). */
function allows(a: AllowEntry, f: Finding, today: string | null): boolean {
  if (a.rule !== f.rule) return false;
  if (today !== null && a.until && a.until < today) return false;
  if (a.object && !(f.object !== null && picomatch.isMatch(f.object, a.object, { dot: true }))) return false;
  if (a.file && !picomatch.isMatch(f.file, a.file, { dot: true })) return false;
  return true;
}

function matcher(patterns: string[], variants: (value: string) => string[]): (value: string) => boolean {
  if (patterns.length === 0) return () => false;
  const isMatch = picomatch(patterns.map((p) => p.toLowerCase()), { dot: true });
  return (value) => variants(value.toLowerCase()).some((v) => isMatch(v));
}

/** `POST /orders` matches that method and path; `/payments/**` any method under that path. */
function endpointMatcher(patterns: string[]): (endpoint: string) => boolean {
  const compiled = patterns.map((p) => {
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(p.trim());
    const method = m ? m[1].toUpperCase() : null;
    const path = m ? m[2] : p.trim();
    return { method, isMatch: picomatch(path, { dot: true }) };
  });
  return (endpoint) => {
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(endpoint);
    const method = m ? m[1].toUpperCase() : null;
    const path = m ? m[2] : endpoint;
    return compiled.some((c) => (c.method === null || c.method === method) && c.isMatch(path));
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.rule, b.rule) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.object ?? '', b.object ?? '') ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
