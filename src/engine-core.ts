/**
 * The engine's core: analysers' outputs in, a Report out (policy, suppressions, verdict). No
 * analyser of its own, so a caller that needs only one (the CLI's `sql` command: migrations)
 * loads only that one; `engine.ts` runs them all.
 */
import type { ChangeSet } from './changes/types.js';
import type { Config } from './config/types.js';
import type { DetectionEntry, RawFinding, Report, Suppression } from './findings.js';
import { applyPolicy } from './policy/policy.js';
import { addedAllowEntries, pendingAllowFindings, type ApprovalGate, type ApprovalState } from './policy/approvals.js';
import { CONFIG_PATHS } from './config/paths.js';

export interface AnalysisInput {
  changes: ChangeSet;
  config: Config;
  /** Paths that are contracts or migrations whatever auto-detection says (the `sql`/`contract` commands). */
  force?: {
    migrations?: string[];
    /** A contract file; without a role it is detected (OpenAPI: api, standalone JSON Schema: event). */
    contracts?: { path: string; role?: 'api' | 'event' }[];
  };
}

export interface AnalysisOutput {
  findings: RawFinding[];
  suppressions: Suppression[];
  /** Files this analyser looked at. */
  files: string[];
  /** Forward migrations of the PR, in the order they apply (for the rollback instruction). */
  migrations?: string[];
  /** Files the analyser needed but could not read (beyond those the change set already lists). */
  skipped?: { file: string; reason: string }[];
  /** Why each changed file of the analyser's kind was taken or left (`--debug`, the JSON report). */
  detection?: DetectionEntry[];
}

export interface EngineOptions {
  /** `YYYY-MM-DD`; decides whether `allow` entries have expired. Defaults to today (UTC). */
  today?: string;
  /** Lowest severity that fails the verdict (`never`: always pass). Default `error`. */
  failOn?: FailOn;
  /**
   * Suppressions and `allow` entries the PR adds need a second person (docs/approvals.md): who
   * approved, asked only when the PR adds one (the Action reads the GitHub API then). Absent: every
   * suppression applies as written (the `sql` and `contract` commands). Async runs only.
   */
  approvals?: () => Promise<ApprovalState>;
}

export type FailOn = 'error' | 'warning' | 'never';

export type Analyser = (input: AnalysisInput) => AnalysisOutput;

/** A step between the analysers and the policy that adds to their findings (the code-references search). */
export type Annotator = (raw: RawFinding[], input: AnalysisInput) => void;

/** Runs `analysers` on `input`, then `annotators`, and applies the policy (severities, suppressions, verdict). */
export function runAnalysers(input: AnalysisInput, analysers: Analyser[], options: EngineOptions = {}, annotators: Annotator[] = []): Report {
  if (options.approvals) throw new Error('internal error: approvals need runAnalysersThen (they may ask the GitHub API)');
  return conclude(input, analysers.map((analyse) => analyse(input)), options, annotators, null);
}

/**
 * runAnalysers that waits, between the analysers and the annotators, for what `ready` returns once
 * it has seen their outputs (work started in the background, e.g. a search of base code, that the
 * findings may not need).
 */
export async function runAnalysersThen(
  input: AnalysisInput,
  analysers: Analyser[],
  options: EngineOptions,
  annotators: Annotator[],
  ready: (outputs: readonly AnalysisOutput[]) => Promise<unknown>,
): Promise<Report> {
  const outputs = analysers.map((analyse) => analyse(input));
  await ready(outputs);
  let approvals: Approvals | null = null;
  if (options.approvals && input.config.approvals.required) {
    // The PR's own configuration is read (yaml, ajv) only when the PR changes one.
    const changesConfig = input.changes.files.some((f) => f.status !== 'deleted' && (CONFIG_PATHS.includes(f.path) || f.path === input.config.source));
    const addedAllow = changesConfig ? addedAllowEntries(input.changes, input.config, (await import('./config/load.js')).parseConfig) : [];
    const needed = addedAllow.length > 0 || outputs.some((o) => o.suppressions.some((s) => s.added === true));
    // Nothing added, nothing to ask: the API is not called.
    const ask = options.approvals;
    const state: ApprovalState = needed
      ? await ask().catch((error: unknown) => ({ kind: 'unverifiable' as const, why: error instanceof Error ? error.message : String(error) }))
      : { kind: 'unverifiable', why: 'not needed' };
    approvals = { gate: { label: input.config.approvals.label, state }, addedAllow };
  }
  return conclude(input, outputs, options, annotators, approvals);
}

interface Approvals {
  gate: ApprovalGate;
  addedAllow: ReturnType<typeof addedAllowEntries>;
}

function conclude(input: AnalysisInput, outputs: AnalysisOutput[], options: EngineOptions, annotators: Annotator[], approvals: Approvals | null): Report {
  const raw = outputs.flatMap((o) => o.findings);
  for (const annotate of annotators) annotate(raw, input);
  if (approvals) for (const f of pendingAllowFindings(approvals.addedAllow, approvals.gate)) raw.push(f);
  const suppressions = outputs.flatMap((o) => o.suppressions);
  const files = new Set(outputs.flatMap((o) => o.files));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { findings, summary, verdict, scenarios } = applyPolicy(raw, suppressions, input.config, {
    today,
    failOn: options.failOn ?? 'error',
    approvals: approvals?.gate ?? null,
    addedAllow: approvals?.addedAllow.map((a) => a.entry) ?? [],
  });
  return {
    version: 1,
    verdict,
    base: input.changes.base,
    head: input.changes.head,
    summary: { ...summary, filesAnalyzed: files.size },
    findings,
    skipped: firstPerFile([...input.changes.skipped, ...outputs.flatMap((o) => o.skipped ?? [])]),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...(outputs.some((o) => o.detection?.length) ? { detection: outputs.flatMap((o) => o.detection ?? []) } : {}),
    ...(scenarios ? { scenarios } : {}),
  };
}

/** The first entry for each file, in order (linear: a PR may skip tens of thousands of files). */
function firstPerFile<T extends { file: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.file) && Boolean(seen.add(e.file)));
}

/** A changed file an analyser needed, on one side: `path` there, reported on `file` (its head path). */
export interface NeededFile {
  path: string;
  side: 'base' | 'head';
  file: string;
}

/**
 * `unreadable-file` findings (and the files' "not analysed" entries) for the files an analyser
 * needed but could not read: the snapshot says why (`unreadable()`), or the change set's skipped
 * list does. A file that reads fine, or is absent on that side, gives nothing.
 */
export function unreadableFindings(changes: ChangeSet, needed: NeededFile[]): { findings: RawFinding[]; skipped: { file: string; reason: string }[] } {
  const findings: RawFinding[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  // Indexes, not scans per file: `needed` and the change set both grow with the PR.
  let skippedWhy: Map<string, string> | undefined;
  let headPaths: Set<string> | undefined;
  for (const { path, side, file } of needed) {
    const key = `${side}\u0000${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tree = side === 'base' ? changes.baseTree : changes.headTree;
    if (tree.read(path) !== null) continue;
    const reason = tree.unreadable?.(path) ?? (skippedWhy ??= firstReasons(changes.skipped)).get(path);
    if (!reason) continue;
    const headExists = side === 'head' || (headPaths ??= new Set(changes.files.filter((f) => f.status !== 'deleted').map((f) => f.path))).has(file);
    const which = side === 'base' ? `The base version of ${path}` : path;
    findings.push({
      rule: 'unreadable-file',
      file,
      line: headExists ? 1 : null,
      message: `${which} could not be read: ${reason}. It was not analysed, so nothing in it is judged rollback-safe; make it a readable UTF-8 (or UTF-16) file inside the repository, or allow this finding in the base config.`,
      object: side === 'base' ? `base:${path}` : path,
    });
    skipped.push({ file, reason: side === 'base' ? `base version: ${reason}` : reason });
  }
  return { findings, skipped };
}

function firstReasons(skipped: readonly { file: string; reason: string }[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const s of skipped) if (!reasons.has(s.file)) reasons.set(s.file, s.reason);
  return reasons;
}
