/**
 * The one GitHub API client: Octokit with the retry and throttling plugins.
 *
 * - 5xx and network errors: retried by @octokit/plugin-retry, `retries` times, backoff 1, 4, 9 … units.
 * - Rate limits (403/429 with GitHub's "secondary rate limit" message or `x-ratelimit-remaining: 0`):
 *   retried by @octokit/plugin-throttling after `retry-after` / `x-ratelimit-reset`, at most
 *   `retries` times and only when the wait is at most `maxRetryAfterSeconds`. 429 is taken out of
 *   plugin-retry's hands so that `retry-after` is honoured instead of a fixed backoff.
 * - Writes are spaced `writeSpacingMs` apart (GitHub asks for one second between content-creating requests).
 * - The token goes into the `authorization` header only; Octokit's request log (method, path,
 *   status, timing) goes to `debug` and never contains it.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

const GuardedOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GuardedOctokit>;

export interface ClientOptions {
  token: string;
  /** GitHubRun.apiUrl, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Receives Octokit's own request log (core.debug in the Action). */
  debug?: (message: string) => void;
  /** How long one "second" of retry-after and one backoff unit lasts. 1000; tests pass a few ms. */
  secondMs?: number;
  /** Retries per request for 5xx and for rate limits. Default 3. */
  retries?: number;
  /** Pause between write requests. Default 1000 (GitHub's guidance); tests pass 0. */
  writeSpacingMs?: number;
  /** Give up instead of waiting longer than this for a rate limit. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Abort a single request after this long. Default 30 s. */
  requestTimeoutMs?: number;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const secondMs = options.secondMs ?? 1000;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryAfterSeconds ?? 60;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const spacing = options.writeSpacingMs ?? 1000;
  const debug = options.debug ?? (() => {});
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < retries && retryAfter <= maxWait;
    debug(`GitHub ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  const limiter = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing });
  const timedFetch: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, signal });
  };
  return new GuardedOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'rollback-guard',
    headers: { 'x-github-api-version': '2022-11-28' },
    request: { fetch: timedFetch },
    log: { debug, info: debug, warn: debug, error: debug },
    retry: {
      retries,
      retryAfterBaseValue: secondMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: secondMs,
      fallbackSecondaryRateRetryAfter: 60,
      write: limiter(),
      notifications: limiter(),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
}

/** HTTP status of an Octokit error, or null for anything else (network, timeout, bug). */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return null;
}

/** One line about an API failure, safe to print: status and GitHub's message, never headers. */
export function describeApiError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status === null ? message : `HTTP ${status}: ${message}`;
}
