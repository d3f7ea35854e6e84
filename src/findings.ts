/**
 * The shapes every analyser, the policy and every reporter share.
 * A rule emits a RawFinding; the policy turns it into a Finding (SPEC section 4).
 */

export type Severity = 'error' | 'warning' | 'notice';
export type ConfiguredSeverity = Severity | 'off';
export type Category = 'migration' | 'contract' | 'config';
export type Direction = 'deploy' | 'rollback';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Static facts about a rule: the registry row (oasdiff keeps severity in one table, so do we). */
export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, present tense, what the rule catches. */
  summary: string;
}

/** What a rule reports, before policy (severity overrides, criticality, suppressions). */
export interface RawFinding {
  rule: string;
  /** Repository-relative path with `/` separators. */
  file: string;
  /** 1-based line in the head version of `file`; null for a file that no longer exists. */
  line: number | null;
  endLine?: number | null;
  column?: number | null;
  endColumn?: number | null;
  message: string;
  /** What the finding is about, e.g. `users.legacy_name`, `GET /users/{id}`, `#/properties/id`. */
  object?: string | null;
  direction?: Direction | null;
  /** A severity computed by the rule itself (e.g. unparsed-statement); config overrides still win. */
  severity?: Severity;
  /** Tables the finding touches (for `critical.tables`). */
  tables?: string[];
  /** Operations the finding touches, as `METHOD /path` (for `critical.endpoints`). */
  endpoints?: string[];
  /**
   * Columns of `tables` the finding is about (for `scenarios[].columns`); a table of `tables` with
   * none listed here is touched whole. A `code` subject of kind `column` counts as one.
   */
  columns?: { table: string; column: string }[];
  /** Schemas or databases the finding drops whole: every table in them is touched (`scenarios`). */
  schemas?: string[];
  /** Event, message or channel names the finding touches (for `scenarios[].events`). */
  events?: string[];
  /**
   * SQL whose tables are not known one by one (an unparsed statement, a down migration): a
   * scenario whose table it names as a word is touched (`scenarios`, docs/scenarios.md).
   */
  text?: string;
  /** What the previous release's code would use, to look for it there (`code-references`, docs/code-references.md). */
  code?: CodeSubject;
  /** Filled by the code search: where base code uses `code`, and what that means for the verdict. */
  codeSearch?: CodeSearchOutcome;
}

/**
 * An object a finding names, as application code would spell it. `removes`: the finding is about
 * code that stops working when the object is gone (a drop, a rename's old name), so no use of it in
 * the previous release makes it safe; otherwise the search is evidence only (`writes`: list the
 * code that writes the column). `reads`: the hazard is the previous release reading the column
 * (`drop-not-null`), so no use of it makes the finding a notice, not a warning. `nameOnly`: a
 * renamed object the database reaches by OID (a sequence, a constraint): only code names it, so
 * no use of it makes the finding a notice. `upserts`: the only hazard is the previous release's
 * upserts on it (a unique constraint re-created DEFERRABLE, which `ON CONFLICT` cannot use): a use
 * is a line that upserts, and none makes the finding a warning. `inserts` (`set-not-null`): when every
 * insert path of the previous release writes the column with a value that cannot be NULL, the
 * finding is a warning (code-refs/writers.ts).
 */
export type CodeSubject =
  | { kind: 'column'; table: string; column: string; removes: boolean; writes?: boolean; reads?: boolean; inserts?: boolean }
  | { kind: 'table'; table: string; removes: boolean }
  | { kind: 'object'; objectKind: string; name: string; removes: boolean; nameOnly?: boolean; upserts?: boolean }
  | { kind: 'value'; values: string[]; removes: boolean }
  | { kind: 'property'; name: string; removes: boolean };

/** A place in the base commit's code that uses the object a finding names. */
export interface CodeReference {
  file: string;
  line: number;
  /** The line, trimmed and cut at 200 characters. */
  text: string;
}

export interface CodeSearchOutcome {
  references: CodeReference[];
  /** How many references there are in all (`references` keeps the first few). */
  total: number;
  /** The message with the evidence appended (what the finding says when it is not downgraded). */
  message: string;
  /** Set when nothing in the searched code uses the object and nothing keeps the error: the downgraded message. */
  unused?: string;
  /** What `unused` downgrades to: a warning (the default; only errors are downgraded) or a notice (errors and warnings). */
  unusedSeverity?: 'warning' | 'notice';
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  file: string;
  line: number | null;
  endLine: number | null;
  column: number | null;
  endColumn: number | null;
  message: string;
  object: string | null;
  direction: Direction | null;
  critical: boolean;
  /** The named mission-critical scenarios the finding touches (`scenarios:`, SPEC 8), in config order; absent when none. */
  scenarios?: string[];
  suppressed: boolean;
  /** Why it is suppressed (inline comment or `allow` entry), when suppressed. */
  suppression?: { source: 'inline' | 'config'; reason: string | null };
  help: string;
  /** Base code that uses what the finding names (`code-references`), most telling first; absent when not searched. */
  references?: CodeReference[];
  /** Who approved the suppression this PR adds (docs/approvals.md); absent for one base already had. */
  approval?: Approval;
  /** A suppression this PR adds that nobody approved yet: the finding keeps its severity (docs/approvals.md). */
  pendingApproval?: PendingApproval;
  /** Stable across commits: hash of rule, file and object (or message when there is no object). */
  fingerprint: string;
}

/** A second person's approval of a suppression the PR adds (SPEC 8, docs/approvals.md). */
export interface Approval {
  /** GitHub login of the approver. */
  by: string;
  via: 'review' | 'label';
}

/** A suppression the PR adds, not approved (yet): why, and who may approve it. */
export interface PendingApproval {
  source: 'inline' | 'config';
  reason: string | null;
  /** One sentence: who may approve, or why approvals cannot be verified in this run. */
  approvers: string;
}

/** An inline suppression found by an analyser (SPEC section 6). */
export interface Suppression {
  file: string;
  /** Line of the comment or `x-rollback-guard-ignore` key. */
  line: number;
  rules: string[];
  reason: string | null;
  /** `file` for the whole file, otherwise the line range of the statement or object it covers. */
  scope: 'file' | { startLine: number; endLine: number };
  /** The PR adds it (base has no such suppression at the same place): it needs approval (docs/approvals.md). */
  added?: boolean;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  filesAnalyzed: number;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Report {
  version: 1;
  verdict: 'pass' | 'fail';
  base: string;
  head: string;
  summary: ReportSummary;
  findings: Finding[];
  /** Files the gate did not read (binary, too large); not part of SPEC 4's minimum, reported for honesty. */
  skipped: SkippedFile[];
  /** Migrations of this PR that stay applied after the code is rolled back (for the rollback instruction). */
  migrations: string[];
  /** Why each changed SQL (and contract) file was taken or left; absent when the PR changes none. */
  detection?: DetectionEntry[];
  /** Every named scenario of the configuration and whether an active finding touches it; absent when none is configured. */
  scenarios?: { name: string; affected: boolean }[];
}

/** Why a changed file was analysed (taken) or not (left), and as what (docs/detection.md). */
export interface DetectionEntry {
  file: string;
  taken: boolean;
  /** What it was taken as (`migration`, `contract`), or judged to be when left (`schema`, `test`, …). */
  as: string;
  framework?: string;
  dialect?: string;
  reason: string;
}

export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
