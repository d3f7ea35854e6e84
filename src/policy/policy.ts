/**
 * Policy: severity overrides and `off`, critical escalation, inline and config suppressions,
 * the verdict. Deterministic: same input, same output, byte for byte.
 */
import * as crypto from 'node:crypto';
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
import { compileGlob } from '../text/glob.js';
import { settleSuppression, type ApprovalGate } from './approvals.js';
import { scenarioMatcher, scenarioStatus, type ScenarioStatus } from './scenarios.js';

export { endpointMatcher, splitEndpoint } from './scenarios.js';

export interface PolicyOptions {
  today: string;
  failOn: 'error' | 'warning' | 'never';
  /** Suppressions the PR adds need a second person (approvals.ts); null or absent: they apply as written. */
  approvals?: ApprovalGate | null;
  /** `allow` entries the PR's own configuration adds: they apply once approved (approvals.ts). */
  addedAllow?: AllowEntry[];
}

export interface PolicyResult {
  findings: Finding[];
  summary: Omit<ReportSummary, 'filesAnalyzed'>;
  verdict: 'pass' | 'fail';
  /** Every named scenario with whether an active finding touches it; absent when the config names none. */
  scenarios?: ScenarioStatus[];
}

export function applyPolicy(
  raw: RawFinding[],
  suppressions: Suppression[],
  config: Config,
  options: PolicyOptions,
): PolicyResult {
  const used = new Set<string>();
  const touches = scenarioMatcher(config);
  const allowEntries = config.allow.map(allowMatcher);
  const addedAllow = (options.addedAllow ?? []).map(allowMatcher);
  const findings: Finding[] = [];
  const expired: { index: number; finding: Finding }[] = [];

  for (const r of raw) {
    const finding = toFinding(r, config);
    if (!finding) continue;
    // Mission-critical (`critical:` or a named scenario): always an error, and named.
    const touched = touches(r, finding.category);
    if (touched.critical || touched.scenarios.length > 0) {
      finding.critical = true;
      finding.severity = 'error';
    }
    if (touched.scenarios.length > 0) finding.scenarios = touched.scenarios;
    const unused = r.codeSearch?.unused;
    const downgradeTo = r.codeSearch?.unusedSeverity ?? 'warning';
    if (unused !== undefined && (finding.severity === 'error' || (downgradeTo === 'notice' && finding.severity === 'warning')) && config.codeReferences.mode === 'downgrade') {
      // Nothing in the previous release uses it (code-references): step 2 of expand/contract, unless mission-critical.
      if (touched.scenarios.length > 0) finding.message += ` It stays an error: it is mission-critical (${touched.scenarios.map((n) => JSON.stringify(n)).join(', ')}).`;
      else if (finding.critical) finding.message += ' It stays an error: it is mission-critical (`critical`).';
      else {
        finding.severity = downgradeTo;
        finding.message = unused;
      }
    }
    findings.push(finding);
  }
  // The first suppression (in the analysers' order) that covers each finding, for all of them at once.
  const inlineOf = firstCovering(suppressions, findings);
  findings.forEach((finding, i) => {
    const inline = inlineOf[i];
    if (inline) {
      used.add(suppressionKey(inline, finding.rule));
      settleSuppression(finding, { source: 'inline', reason: inline.reason, added: inline.added === true }, options.approvals ?? null);
    } else {
      const allow = allowEntries.find((a) => a.allows(finding, options.today))?.entry;
      const added = allow || !options.approvals ? undefined : addedAllow.find((a) => a.allows(finding, options.today))?.entry;
      if (allow) {
        finding.suppressed = true;
        finding.suppression = { source: 'config', reason: allow.reason };
      } else if (added) {
        settleSuppression(finding, { source: 'config', reason: added.reason, added: true }, options.approvals ?? null);
      } else {
        // An entry that would match but has expired stops applying: say so next to the finding.
        const index = allowEntries.findIndex((a) => a.entry.until !== undefined && a.entry.until < options.today && a.allows(finding, null));
        if (index >= 0) expired.push({ index, finding });
      }
    }
  });
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
  return { findings, summary, verdict, ...(config.scenarios.length > 0 ? { scenarios: scenarioStatus(config, findings) } : {}) };
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
    message: r.codeSearch?.message ?? r.message,
    object,
    direction: r.direction ?? null,
    critical: false,
    suppressed: false,
    help: docsPath(r.rule),
    ...(r.codeSearch && r.codeSearch.references.length > 0 ? { references: r.codeSearch.references } : {}),
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

/** A config `allow` entry with its globs compiled once; `allows(f, null)` ignores its `until`. */
function allowMatcher(entry: AllowEntry): { entry: AllowEntry; allows: (f: Finding, today: string | null) => boolean } {
  const object = entry.object === undefined ? null : compileGlob(entry.object);
  const file = entry.file === undefined ? null : compileGlob(entry.file);
  return {
    entry,
    allows: (f, today) => {
      if (entry.rule !== f.rule) return false;
      if (today !== null && entry.until && entry.until < today) return false;
      if (object && !(f.object !== null && object(f.object))) return false;
      if (file && !file(f.file)) return false;
      return true;
    },
  };
}

/**
 * For each finding, the first suppression (lowest index in `suppressions`) that covers it: same
 * file, naming its rule, and either file-wide or with the finding's line in its range. Grouped by
 * file and rule, then one sweep over lines per group with a heap of the open ranges: O((s + f) log s)
 * where comparing every finding with every suppression was O(s × f) (a generated 100k-statement
 * migration with a suppression per statement).
 */
export function firstCovering(suppressions: readonly Suppression[], findings: readonly Finding[]): (Suppression | undefined)[] {
  const out: (Suppression | undefined)[] = new Array<Suppression | undefined>(findings.length).fill(undefined);
  interface Group {
    /** Lowest index of a file-wide suppression. */
    fileWide: number;
    ranges: { start: number; end: number; index: number }[];
    /** Findings with a line: [line, finding index]. */
    queries: [number, number][];
  }
  const groups = new Map<string, Group>();
  const groupOf = (file: string, rule: string): Group => {
    const key = `${file}\u0000${rule}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { fileWide: Infinity, ranges: [], queries: [] }));
    return g;
  };
  suppressions.forEach((s, index) => {
    for (const rule of new Set(s.rules)) {
      const g = groupOf(s.file, rule);
      if (s.scope === 'file') g.fileWide = Math.min(g.fileWide, index);
      else if (s.scope.startLine <= s.scope.endLine) g.ranges.push({ start: s.scope.startLine, end: s.scope.endLine, index });
    }
  });
  findings.forEach((f, i) => {
    const g = groups.get(`${f.file}\u0000${f.rule}`);
    if (!g) return;
    if (f.line === null) {
      if (g.fileWide !== Infinity) out[i] = suppressions[g.fileWide];
    } else {
      g.queries.push([f.line, i]);
    }
  });
  for (const g of groups.values()) {
    if (g.queries.length === 0) continue;
    g.ranges.sort((a, b) => a.start - b.start);
    g.queries.sort((a, b) => a[0] - b[0]);
    const open = new MinHeap<{ end: number; index: number }>((a, b) => a.index - b.index);
    let next = 0;
    for (const [line, i] of g.queries) {
      while (next < g.ranges.length && g.ranges[next].start <= line) open.push(g.ranges[next++]);
      // Ranges that ended before this line never cover a later one (the queries ascend): drop them.
      while (open.size > 0 && open.peek().end < line) open.pop();
      const best = Math.min(open.size > 0 ? open.peek().index : Infinity, g.fileWide);
      if (best !== Infinity) out[i] = suppressions[best];
    }
  }
  return out;
}

/** A binary heap: the smallest element by `less` first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
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
