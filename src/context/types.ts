import type { FailOn } from '../engine.js';

/** Every Action input, read and validated in one place (src/context/inputs.ts). */
export interface ActionSettings {
  token: string;
  /** Config path to read from the base commit; null = the default locations. */
  config: string | null;
  base: string | null;
  head: string | null;
  failOn: FailOn;
  annotations: 'auto' | 'check-run' | 'workflow-commands' | 'off';
  comment: boolean;
  /** Where to also write SARIF (relative to the working directory), or null. */
  sarif: string | null;
  workingDirectory: string;
  /** Names the check run, the sticky comment's marker and the summary heading (several runs per PR). */
  name: string;
}

/** What the Action knows about the run from the event payload and the runner's environment. */
export interface GitHubRun {
  eventName: string;
  owner: string;
  repo: string;
  /** Base and head commits to compare (null base: the CLI default applies). */
  baseSha: string | null;
  headSha: string;
  /** Commit to attach a check run to: the PR head commit (not the merge commit). */
  checkSha: string;
  prNumber: number | null;
  /** The PR's author and labels from the event payload (docs/approvals.md); null or absent: ask the API. */
  prAuthor?: string | null;
  prLabels?: string[] | null;
  /** merge_group: the PR the queue merges (its reviews approve its suppressions); no comment goes there. */
  queuedPr?: number | null;
  /** A PR from a fork: its token is read-only. */
  isFork: boolean;
  apiUrl: string;
  serverUrl: string;
  runUrl: string | null;
}
