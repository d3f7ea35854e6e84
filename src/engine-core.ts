/**
 * The engine's core: analysers' outputs in, a Report out (policy, suppressions, verdict). No
 * analyser of its own, so a caller that needs only one (the CLI's `sql` command: migrations)
 * loads only that one; `engine.ts` runs them all.
 */
import type { ChangeSet } from './changes/types.js';
import type { Config } from './config/types.js';
import type { DetectionEntry, RawFinding, Report, Suppression } from './findings.js';
import { applyPolicy } from './policy/policy.js';

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
}

export type FailOn = 'error' | 'warning' | 'never';

export type Analyser = (input: AnalysisInput) => AnalysisOutput;

/** A step between the analysers and the policy that adds to their findings (the code-references search). */
export type Annotator = (raw: RawFinding[], input: AnalysisInput) => void;

/** Runs `analysers` on `input`, then `annotators`, and applies the policy (severities, suppressions, verdict). */
export function runAnalysers(input: AnalysisInput, analysers: Analyser[], options: EngineOptions = {}, annotators: Annotator[] = []): Report {
  return conclude(input, analysers.map((analyse) => analyse(input)), options, annotators);
}

/** runAnalysers that waits for `ready` (work started in the background, e.g. a search of base code) between the analysers and the annotators. */
export async function runAnalysersThen(input: AnalysisInput, analysers: Analyser[], options: EngineOptions, annotators: Annotator[], ready: Promise<unknown>): Promise<Report> {
  const outputs = analysers.map((analyse) => analyse(input));
  await ready;
  return conclude(input, outputs, options, annotators);
}

function conclude(input: AnalysisInput, outputs: AnalysisOutput[], options: EngineOptions, annotators: Annotator[]): Report {
  const raw = outputs.flatMap((o) => o.findings);
  for (const annotate of annotators) annotate(raw, input);
  const suppressions = outputs.flatMap((o) => o.suppressions);
  const files = new Set(outputs.flatMap((o) => o.files));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { findings, summary, verdict } = applyPolicy(raw, suppressions, input.config, {
    today,
    failOn: options.failOn ?? 'error',
  });
  return {
    version: 1,
    verdict,
    base: input.changes.base,
    head: input.changes.head,
    summary: { ...summary, filesAnalyzed: files.size },
    findings,
    skipped: [...input.changes.skipped, ...outputs.flatMap((o) => o.skipped ?? [])].filter(
      (s, i, all) => all.findIndex((t) => t.file === s.file) === i,
    ),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...(outputs.some((o) => o.detection?.length) ? { detection: outputs.flatMap((o) => o.detection ?? []) } : {}),
  };
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
  for (const { path, side, file } of needed) {
    const key = `${side}\u0000${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tree = side === 'base' ? changes.baseTree : changes.headTree;
    if (tree.read(path) !== null) continue;
    const reason = tree.unreadable?.(path) ?? changes.skipped.find((s) => s.file === path)?.reason;
    if (!reason) continue;
    const headExists = side === 'head' || changes.files.some((f) => f.path === file && f.status !== 'deleted');
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
