/**
 * Whether the GitHub API can be asked to publish at all: a pure check on the inputs and the event,
 * kept apart from the client so that the Action loads Octokit only when it will use it (a run
 * without a token or on a fork PR pays nothing for it).
 */
import type { ActionSettings, GitHubRun } from '../context/types.js';

/** Where the findings are when the API publishes nothing (or fails). */
export const FALLBACK = 'findings stay in the log annotations and the job summary';

/** Why nothing is published through the API (one warning line), or null when it may be. */
export function publishBlocker(settings: ActionSettings, run: GitHubRun, hasClient = false): { quiet: true } | { warning: string } | null {
  const wantCheckRun = settings.annotations === 'auto' || settings.annotations === 'check-run';
  const wantComment = settings.comment && run.prNumber !== null;
  if (!wantCheckRun && !wantComment) return { quiet: true };
  const what = [wantCheckRun ? 'check run' : null, wantComment ? 'PR comment' : null].filter(Boolean).join(' and ');
  if (!settings.token && !hasClient) return { warning: `rollback-guard: no github-token, so no ${what}; ${FALLBACK}.` };
  // A `pull_request` (or a review of one) from a fork gets a read-only token; `pull_request_target` runs with a writable one.
  if (run.isFork && (run.eventName === 'pull_request' || run.eventName === 'pull_request_review')) return { warning: `rollback-guard: fork pull request with a read-only token, so no ${what}; ${FALLBACK}.` };
  return null;
}
