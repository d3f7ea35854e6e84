/**
 * GitHub API reporting: the check run (annotations `auto` | `check-run`) and the sticky PR comment
 * (`comment: true`). Never throws and never touches the verdict: without a token, on a fork PR
 * (read-only token) or on any API failure (403, exhausted retries) it says so in ONE warning line
 * and the Action keeps its log annotations and job summary.
 */
import type { Report } from '../findings.js';
import type { ActionSettings, GitHubRun } from '../context/types.js';
import { createGitHubClient, describeApiError, httpStatus, rateLimitWait, type ClientOptions, type GitHubClient } from './octokit.js';
import { publishCheckRun } from './check-run.js';
import { publishStickyComment, type SummaryRenderer } from './comment.js';
import { plural } from '../report/text.js';
import { FALLBACK, publishBlocker } from './gate.js';

export interface PublishInput {
  report: Report;
  settings: ActionSettings;
  run: GitHubRun;
  /** The markdown summary (job summary body) for the check run output and the comment, rendered to a size. */
  markdown: string | SummaryRenderer;
  log: { info(message: string): void; warning(message: string): void; debug?(message: string): void };
}

export interface PublishResult {
  /** True when the check run carries every annotation (then workflow commands are not needed). */
  checkRunAnnotated: boolean;
  /** What happened to the sticky comment (`skipped`: not asked, no PR, no permission, or failed). */
  comment: 'created' | 'updated' | 'unchanged' | 'none' | 'skipped';
}

/** For tests: an existing client, or client options (short backoff, no write spacing). */
export interface PublishOverrides {
  client?: GitHubClient;
  clientOptions?: Partial<ClientOptions>;
}

const NOT_PUBLISHED: PublishResult = { checkRunAnnotated: false, comment: 'skipped' };

export async function publishToGitHub(input: PublishInput, overrides: PublishOverrides = {}): Promise<PublishResult> {
  try {
    return await publish(input, overrides);
  } catch (error) {
    input.log.warning(`rollback-guard: GitHub API reporting failed (${describeApiError(error, [input.settings.token])}); the verdict is unchanged.`);
    return NOT_PUBLISHED;
  }
}

async function publish(input: PublishInput, overrides: PublishOverrides): Promise<PublishResult> {
  const { settings, run, log, report } = input;
  const wantCheckRun = settings.annotations === 'auto' || settings.annotations === 'check-run';
  const wantComment = settings.comment && run.prNumber !== null;
  const blocker = publishBlocker(settings, run, overrides.client !== undefined);
  if (blocker) {
    if ('warning' in blocker) log.warning(blocker.warning);
    return NOT_PUBLISHED;
  }

  const client =
    overrides.client ??
    createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: log.debug, ...overrides.clientOptions });
  const failures: unknown[] = [];
  const failed: string[] = [];

  let checkRunAnnotated = false;
  if (wantCheckRun) {
    try {
      const result = await publishCheckRun({
        client,
        owner: run.owner,
        repo: run.repo,
        headSha: run.checkSha,
        report,
        markdown: input.markdown,
        runUrl: run.runUrl,
        name: settings.name,
      });
      checkRunAnnotated = true;
      log.info(`rollback-guard: check run ${result.url ?? `#${result.id}`} with ${plural(result.annotations, 'annotation')} (${plural(result.requests, 'request')}).`);
    } catch (error) {
      failures.push(error);
      failed.push('check run');
    }
  }

  let comment: PublishResult['comment'] = 'skipped';
  if (wantComment && run.prNumber !== null) {
    try {
      const result = await publishStickyComment({
        client,
        owner: run.owner,
        repo: run.repo,
        prNumber: run.prNumber,
        report,
        markdown: input.markdown,
        runUrl: run.runUrl,
        name: settings.name,
      });
      comment = result.action;
      if (result.action !== 'none') log.info(`rollback-guard: PR comment ${result.action}.`);
    } catch (error) {
      failures.push(error);
      failed.push('PR comment');
    }
  }

  if (failures.length > 0) {
    // A 403 that is not a (retried, exhausted) rate limit means the token lacks a permission.
    const forbidden = failures.some((e) => httpStatus(e) === 403 && rateLimitWait(e) === null);
    const reason = failures
      .map((e) => describeApiError(e, [settings.token]))
      .filter((r, i, all) => all.indexOf(r) === i)
      .join('; ');
    const hint = forbidden ? ' (grant the job `checks: write` and `pull-requests: write`)' : '';
    log.warning(`rollback-guard: could not publish the ${failed.join(' and ')}: ${reason}${hint}; ${FALLBACK}, and the verdict is unchanged.`);
  }
  return { checkRunAnnotated, comment };
}
