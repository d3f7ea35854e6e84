/**
 * The one GitHub API client: Octokit with the retry and throttling plugins.
 *
 * - 5xx and network errors: retried by @octokit/plugin-retry, `retries` times, backoff 1, 4, 9 … units
 *   (requests that create something pass `request.retries: 0` and look the object up again
 *   instead, see create-once.ts: a lost response must not make a duplicate).
 * - Rate limits: every 403 or 429 that says when to come back (`retry-after`, or
 *   `x-ratelimit-remaining: 0` with `x-ratelimit-reset`), or whose message says "rate limit", is
 *   retried after that wait here, whatever its body says (GitHub's own 429s do not always say
 *   "secondary rate"). At most `retries` times per request, a single wait of at most
 *   `maxRetryAfterSeconds`, and all waits of the client together at most `rateLimitBudgetSeconds`
 *   (2 minutes): a gate must not hang a workflow for an hour on a reset time.
 * - Writes are spaced `writeSpacingMs` apart (GitHub asks for one second between content-creating
 *   requests); that is all @octokit/plugin-throttling does here.
 * - The token goes into the `authorization` header only; Octokit's request log (method, path,
 *   status, timing) goes to `debug` and never contains it.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { redact } from './redact.js';

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
  /** All rate-limit waits of this client together stay under this. Default 120. */
  rateLimitBudgetSeconds?: number;
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
  let budget = options.rateLimitBudgetSeconds ?? 120;
  const limiter = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing });
  const timedFetch: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, signal });
  };
  const client = new GuardedOctokit({
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
      write: limiter(),
      notifications: limiter(),
      // Rate limits are retried by the hook below, for every shape GitHub answers with.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  });
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWait(error);
        if (wait === null) throw error;
        const where = `${requestOptions.method} ${endpointOf((error as { request?: { url?: string } }).request?.url ?? String(requestOptions.url))}`;
        if (attempt >= retries || wait > maxWait || wait > budget) {
          debug(`GitHub rate limit on ${where}: giving up (asked to wait ${wait}s; ${Math.floor(budget)}s of the wait budget left)`);
          throw error;
        }
        debug(`GitHub rate limit on ${where}: retrying in ${wait}s`);
        budget -= wait;
        await new Promise((done) => setTimeout(done, wait * secondMs));
      }
    }
  });
  writeRetries.set(client, { retries, secondMs });
  return client;
}

const writeRetries = new WeakMap<GitHubClient, { retries: number; secondMs: number }>();

/** How often and how far apart a write whose answer was lost may be tried again (create-once.ts). */
export function retrySettings(client: GitHubClient): { retries: number; secondMs: number } {
  return writeRetries.get(client) ?? { retries: 3, secondMs: 1000 };
}

/**
 * Seconds to wait before retrying a rate-limited request, or null when `error` is not a rate limit.
 * A 403 without any rate-limit sign is a missing permission and is not retried.
 */
export function rateLimitWait(error: unknown, now = Date.now()): number | null {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return null;
  const headers = headersOf(error);
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'] !== undefined) {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    // One second past the reset, as GitHub's documentation advises.
    if (Number.isFinite(reset)) return Math.max(0, Math.ceil((reset - now) / 1000) + 1);
  }
  // GitHub's documented fallback for a secondary limit without a retry-after: one minute.
  if (status === 429 || /rate limit/i.test(error instanceof Error ? error.message : '')) return 60;
  return null;
}

function headersOf(error: unknown): Record<string, string | undefined> {
  const response = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response;
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(response?.headers ?? {})) {
    if (value !== undefined && value !== null) out[name.toLowerCase()] = String(value);
  }
  return out;
}

/** HTTP status of an Octokit error, or null for anything else (network, timeout, bug). */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return null;
}

/** `/repos/o/r/check-runs` of a request URL: no host, no query string (which may hold credentials). */
export function endpointOf(url: string): string {
  try {
    return new URL(url, 'http://api.invalid').pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/**
 * One line about an API failure, safe to print: the HTTP status, the endpoint and the first line of
 * GitHub's message, with anything that looks like a credential (and the token itself) redacted.
 */
export function describeApiError(error: unknown, secrets: readonly string[] = []): string {
  const status = httpStatus(error);
  const request = (error as { request?: { method?: string; url?: string } } | null)?.request;
  const raw = error instanceof Error ? error.message : String(error);
  const message = redact(raw.split('\n')[0]!.slice(0, 300), secrets).trim() || 'no message';
  const where = request?.method && request.url ? ` on ${request.method} ${endpointOf(request.url)}` : '';
  if (status === null) return where ? `${message}${where}` : message;
  return `HTTP ${status}${where}: ${message}`;
}
