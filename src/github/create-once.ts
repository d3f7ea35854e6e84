/**
 * Writes that must not happen twice. A POST that creates a check run or a comment, or a PATCH that
 * appends annotations, may reach GitHub and still fail on the way back (a 502 from a proxy, a
 * reset connection, a timeout). Sending it again would make a duplicate, so such writes are sent
 * with Octokit's own retry switched off, and after a failure that may have landed (no status, or
 * 5xx) the object is looked up again: found, the write is done; not found, it is sent again, with
 * the client's backoff, at most `retries` more times. Other failures (4xx) are not retried here.
 */
import { httpStatus, retrySettings, type GitHubClient } from './octokit.js';

/** Per-request option that keeps @octokit/plugin-retry from re-sending a write on 5xx. */
export const NO_BLIND_RETRY = { request: { retries: 0 } } as const;

export function mayHaveLanded(error: unknown): boolean {
  const status = httpStatus(error);
  return status === null || status >= 500;
}

export async function writeOnce<T>(
  client: GitHubClient,
  write: () => Promise<T>,
  landed: () => Promise<T | null>,
): Promise<T> {
  const { retries, secondMs } = retrySettings(client);
  const pause = (n: number) => new Promise((done) => setTimeout(done, (n + 1) ** 2 * secondMs));
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!mayHaveLanded(error)) throw error;
      // Did it land? Ask until GitHub answers; a write is never repeated on a guess.
      let found: T | null | undefined;
      while (found === undefined) {
        try {
          found = await landed();
        } catch {
          if (attempt >= retries) throw error;
          await pause(attempt++);
        }
      }
      if (found !== null) return found;
      if (attempt >= retries) throw error;
      await pause(attempt);
    }
  }
}
