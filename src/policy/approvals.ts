/**
 * Overrides need a second person (issue 17 §3, docs/approvals.md). A suppression the PR adds — an
 * inline `rollback-guard-ignore` comment, an `x-rollback-guard-ignore` entry, an `allow` entry of
 * the PR's configuration — takes effect only when someone other than the PR's author approves it:
 * an approving review by a person with write access or by a code owner of the file (base's
 * CODEOWNERS), or the configured label applied by such a person. Until then the finding keeps its
 * severity and says "suppression pending approval". Pure: the evidence (reviews, permissions, the
 * label's events) is read from the GitHub API by src/github/approvals.ts.
 */
import type { ChangeSet } from '../changes/types.js';
import { CONFIG_PATHS } from '../config/paths.js';
import type { AllowEntry, Config } from '../config/types.js';
import type { Approval, Finding, RawFinding } from '../findings.js';
import { compileGlob } from '../text/glob.js';

/** One person as the approval rules see them. */
export interface Approver {
  login: string;
  /** Write, maintain or admin permission on the repository (collaborator permission API). */
  writer: boolean;
  /** Teams (`org/slug`, lower case) the token could confirm this person is a member of (CODEOWNERS teams). */
  teams: string[];
}

/** What the GitHub API says about one PR. */
export interface ApprovalEvidence {
  /** Login of the PR's author: never an approver of their own suppressions. */
  author: string;
  /** People whose latest review state is APPROVED (neither dismissed nor followed by CHANGES_REQUESTED). */
  reviewers: Approver[];
  /** `approvals.label` when it is on the PR: who applied it last (the latest `labeled` event). */
  label: { name: string; by: Approver } | null;
  /** Base's CODEOWNERS (null: none in base). */
  codeowners: CodeOwners | null;
}

/** Whether this run can tell who approved (`verified`), and if not, why. */
export type ApprovalState = { kind: 'verified'; evidence: ApprovalEvidence } | { kind: 'unverifiable'; why: string };

/** What the policy asks about a suppression the PR adds. */
export interface ApprovalGate {
  /** `approvals.label`, for the "who may approve" sentence. */
  label: string | null;
  state: ApprovalState;
}

export type Decision = { approval: Approval } | { pending: string };

/** Who approved a suppression of `file`, or one sentence saying who may (or why nobody can in this run). */
export function decide(gate: ApprovalGate, file: string): Decision {
  if (gate.state.kind === 'unverifiable') {
    return {
      pending: `cannot be approved in this run: approvals cannot be verified (${gate.state.why}); it takes effect once a reviewer other than the author approves the pull request and the check runs there, or with \`approvals.required: false\` in the base configuration.`,
    };
  }
  const { author, reviewers, label, codeowners } = gate.state.evidence;
  const owners = codeowners?.ownersOf(file) ?? [];
  const qualifies = (a: Approver): boolean => !sameLogin(a.login, author) && (a.writer || ownsFile(owners, a));
  const reviewer = [...reviewers].sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0)).find(qualifies);
  if (reviewer) return { approval: { by: reviewer.login, via: 'review' } };
  if (label && qualifies(label.by)) return { approval: { by: label.by.login, via: 'label' } };
  const who = [`an approving review by someone other than @${author} with write access`];
  if (owners.length > 0) who.push(`by a code owner of ${file} (${owners.join(', ')})`);
  if (gate.label) who.push(`the label \`${gate.label}\` applied by such a person`);
  const notes: string[] = [];
  if (label && sameLogin(label.by.login, author)) notes.push(`the label \`${label.name}\` was applied by the author, which does not count`);
  else if (label) notes.push(`the label \`${label.name}\` was applied by @${label.by.login}, who has no write access`);
  return { pending: `needs ${joinOr(who)}${notes.length ? ` (${notes.join('; ')})` : ''}.` };
}

/**
 * A finding covered by a suppression: suppressed as before when base had the suppression (or
 * approvals are not required: `gate` null); when the PR adds it, suppressed with its approval, or
 * left active at its severity and marked pending.
 */
export function settleSuppression(
  finding: Finding,
  suppression: { source: 'inline' | 'config'; reason: string | null; added: boolean },
  gate: ApprovalGate | null,
): void {
  const decision = suppression.added && gate ? decide(gate, finding.file) : null;
  if (decision && 'pending' in decision) {
    finding.pendingApproval = { source: suppression.source, reason: suppression.reason, approvers: decision.pending };
    finding.message += ` Suppression pending approval: this PR adds the ${suppression.source === 'inline' ? 'suppression' : '`allow` entry'}, which ${decision.pending}`;
    return;
  }
  finding.suppressed = true;
  finding.suppression = { source: suppression.source, reason: suppression.reason };
  if (decision) finding.approval = decision.approval;
}

// ---- allow entries the PR adds ----

/**
 * The `allow` entries of the PR's configuration that base's configuration does not have (the same
 * rule, object, file, reason and until): they would take effect after merge. `parse` reads the
 * head file (parseConfig); a head configuration that does not parse adds nothing (the config-changed
 * notice stands, and the broken file fails every later run).
 */
export function addedAllowEntries(changes: ChangeSet, config: Config, parse: (text: string, source: string) => Config): { entry: AllowEntry; file: string; line: number; index: number }[] {
  const path = config.source ?? CONFIG_PATHS[0]!;
  const changed = changes.files.find((f) => f.status !== 'deleted' && (f.path === path || (config.source === null && CONFIG_PATHS.includes(f.path))));
  if (!changed) return [];
  const text = changes.headTree.read(changed.path);
  if (text === null) return [];
  let head: Config;
  try {
    head = parse(text, changed.path);
  } catch {
    return [];
  }
  const remaining = config.allow.map(allowKey);
  const lines = text.split('\n');
  const out: { entry: AllowEntry; file: string; line: number; index: number }[] = [];
  head.allow.forEach((entry, index) => {
    const at = remaining.indexOf(allowKey(entry));
    if (at >= 0) {
      remaining.splice(at, 1);
      return;
    }
    // The entry's line: where its reason is written (approximate; line 1 when not found).
    const line = lines.findIndex((l) => l.includes(entry.reason)) + 1 || 1;
    out.push({ entry, file: changed.path, line, index });
  });
  return out;
}

function allowKey(e: AllowEntry): string {
  return JSON.stringify([e.rule, e.object ?? null, e.file ?? null, e.reason.trim(), e.until ?? null]);
}

/**
 * An `allow` entry the PR adds takes effect after merge for every later PR: without approval it
 * is an error on the config file (`config-changed`), so it cannot be merged on its author's say.
 */
export function pendingAllowFindings(added: { entry: AllowEntry; file: string; line: number; index: number }[], gate: ApprovalGate | null): RawFinding[] {
  if (!gate) return [];
  const out: RawFinding[] = [];
  for (const a of added) {
    const decision = decide(gate, a.file);
    if ('approval' in decision) continue;
    const named = `allow[${a.index}] (${a.entry.rule}${a.entry.object ? ` ${a.entry.object}` : ''})`;
    out.push({
      rule: 'config-changed',
      severity: 'error',
      file: a.file,
      line: a.line,
      message: `This PR adds the \`allow\` entry ${named}, which would suppress findings of later PRs; suppression pending approval: it ${decision.pending}`,
      object: `allow[${a.index}]`,
    });
  }
  return out;
}

// ---- CODEOWNERS ----

/** Where GitHub looks for CODEOWNERS, in its order: the first one found is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface CodeOwners {
  /** The owners of `file` (`@user`, `@org/team`, e-mail addresses) by the last matching line; empty when none. */
  ownersOf(file: string): string[];
  /** Every team named in the file (`org/slug`, lower case). */
  teams: string[];
}

/**
 * GitHub's CODEOWNERS: `pattern owner…` lines, `#` comments, the LAST matching pattern wins (a
 * pattern with no owners makes a path ownerless). Patterns are gitignore-like: a leading `/` or a
 * `/` inside anchors to the root, otherwise the pattern matches at any depth; a trailing `/` is a
 * folder; a pattern that names a folder owns everything under it, except `dir/*`, which GitHub
 * documents as not matching nested files. Lines GitHub does not support (`!`, `[ ]`) match nothing.
 */
export function parseCodeOwners(text: string): CodeOwners {
  const rules: { matches: (file: string) => boolean; owners: string[] }[] = [];
  const teams = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const [pattern, ...owners] = line.split(/\s+/);
    for (const o of owners) if (/^@[^/\s]+\/[^/\s]+$/.test(o)) teams.add(o.slice(1).toLowerCase());
    const matches = codeOwnersMatcher(pattern!);
    rules.push({ matches: matches ?? (() => false), owners });
  }
  return {
    ownersOf(file) {
      for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.matches(file)) return rules[i]!.owners;
      return [];
    },
    teams: [...teams].sort(),
  };
}

function codeOwnersMatcher(pattern: string): ((file: string) => boolean) | null {
  if (pattern.startsWith('!') || /[[\]]/.test(pattern)) return null;
  const folder = pattern.endsWith('/');
  const core = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (core === '') return pattern.startsWith('/') ? () => true : null;
  const anchored = pattern.startsWith('/') || core.includes('/');
  const escaped = core.replace(/[{}()!\\]/g, '\\$&');
  const roots = anchored ? [escaped] : [escaped, `**/${escaped}`];
  const last = core.split('/').pop()!;
  const globs: string[] = [];
  for (const r of roots) {
    if (!folder) globs.push(r);
    if (!(last === '*' && !folder)) globs.push(`${r}/**`);
  }
  try {
    const compiled = globs.map((g) => compileGlob(g));
    return (file) => compiled.some((m) => m(file));
  } catch {
    return null;
  }
}

function ownsFile(owners: string[], person: Approver): boolean {
  return owners.some((o) => {
    if (!o.startsWith('@')) return false; // an e-mail address cannot be matched to a login
    const name = o.slice(1).toLowerCase();
    return name.includes('/') ? person.teams.includes(name) : name === person.login.toLowerCase();
  });
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function joinOr(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

// ---- reviews ----

export interface ReviewRecord {
  login: string;
  /** APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING */
  state: string;
  /** When it was submitted (ISO); GitHub lists reviews in this order. */
  submittedAt: string | null;
}

/**
 * Logins whose latest review state is APPROVED. A comment-only review does not change a
 * reviewer's state (as on GitHub); a dismissed review or a later CHANGES_REQUESTED ends an
 * approval; pending (unsubmitted) reviews do not exist yet. `reviews` in the API's order
 * (chronological); ties on the time keep that order.
 */
export function approvingReviewers(reviews: readonly ReviewRecord[]): string[] {
  const latest = new Map<string, string>();
  reviews
    .map((r, i) => ({ r, i }))
    .sort((a, b) => cmpTime(a.r.submittedAt, b.r.submittedAt) || a.i - b.i)
    .forEach(({ r }) => {
      const state = r.state.toUpperCase();
      if (state === 'COMMENTED' || state === 'PENDING') return;
      latest.set(r.login.toLowerCase(), state === 'APPROVED' ? r.login : '');
    });
  return [...latest.values()].filter((login) => login !== '').sort();
}

function cmpTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
