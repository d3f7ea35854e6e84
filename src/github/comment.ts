/**
 * The sticky PR comment: one comment per PR, found again by a hidden marker, edited in place.
 *
 * - Findings (an unsuppressed error or warning): the job summary, trimmed to GitHub's 65,536
 *   characters with a pointer to the run.
 * - Clean (no unsuppressed error or warning; notices live in the check run and job summary): an
 *   existing comment becomes a short "all clear"; no comment is created for a PR that was always clean.
 * - A body identical to the current one is not sent again (no edit, no notification, no API write).
 */
import type { Report } from '../findings.js';
import { httpStatus, type GitHubClient } from './octokit.js';
import { NO_BLIND_RETRY, writeOnce } from './create-once.js';
import { COMMENT_LIMIT, fitText } from './limits.js';
import { DEFAULT_NAME } from '../context/inputs.js';
import { gfmText } from '../report/escape.js';

export const STICKY_MARKER = '<!-- rollback-guard:sticky -->';

/**
 * The marker of the run named `name` (the `name` input): the default name keeps the marker of
 * earlier versions, so their comments are still found; another name gets its own comment.
 */
export function stickyMarker(name: string = DEFAULT_NAME): string {
  return name === DEFAULT_NAME ? STICKY_MARKER : `<!-- rollback-guard:sticky:${name} -->`;
}

/** The summary markdown, rendered to fit `maxLength` characters. */
export type SummaryRenderer = (maxLength: number) => string;

export interface StickyCommentInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  prNumber: number;
  report: Report;
  /** The job summary body (a string is cut to fit; a renderer shortens its lists instead). */
  markdown: string | SummaryRenderer;
  runUrl: string | null;
  /** The run's name (`name` input). */
  name?: string;
}

export type StickyCommentAction = 'created' | 'updated' | 'unchanged' | 'none';

export interface StickyCommentResult {
  action: StickyCommentAction;
  /** The comment's id; null when there is none (`none`). */
  id: number | null;
}

/** True when the PR needs a reviewer's attention in the comment. */
export function needsComment(report: Report): boolean {
  return report.findings.some((f) => !f.suppressed && (f.severity === 'error' || f.severity === 'warning'));
}

export function stickyBody(report: Report, markdown: string | SummaryRenderer, runUrl: string | null, name: string = DEFAULT_NAME): string {
  const marker = stickyMarker(name);
  if (!needsComment(report)) {
    const notices = report.summary.notices;
    const extra = notices > 0 ? ` ${notices === 1 ? '1 notice remains' : `${notices} notices remain`} in the check run and job summary.` : '';
    return `${marker}\n## ✅ ${gfmText(name)}: all clear\n\nThe latest run found nothing that breaks a rollback.${extra}\n`;
  }
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary of the workflow run';
  const room = COMMENT_LIMIT - marker.length - 2;
  const rendered = typeof markdown === 'string' ? markdown : markdown(room);
  const body = fitText(rendered.trimEnd(), room, `… trimmed to GitHub's 65,536-character comment limit: the full report is in ${where}.`);
  return `${marker}\n${body}\n`;
}

interface IssueComment {
  id: number;
  body?: string | null;
}

interface CommentAuthor {
  login?: string;
  type?: string;
}

/**
 * Whose comments may be the sticky one: the token's own identity, from `GET /user` (a personal or
 * OAuth token). An installation token (GITHUB_TOKEN, a GitHub App's) may not ask `GET /user`
 * (403): then it writes as a bot, and only bot accounts' comments qualify; people (the PR's
 * author included) never do, whatever marker they paste.
 */
export type StickyAuthor = { login: string } | { anyBot: true };

export async function stickyAuthor(client: GitHubClient): Promise<StickyAuthor> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) return { anyBot: true };
    throw error;
  }
}

function writtenBy(author: StickyAuthor, user: CommentAuthor | null | undefined): boolean {
  if (!user) return false;
  return 'login' in author ? user.login === author.login : user.type === 'Bot';
}

/** The sticky comment of this PR, if any: the first comment with the marker by `author` (all pages). */
export async function findStickyComment(
  client: GitHubClient,
  owner: string,
  repo: string,
  prNumber: number,
  author: StickyAuthor,
  marker: string = STICKY_MARKER,
): Promise<IssueComment | null> {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: prNumber,
    per_page: 100,
  })) {
    const found = page.data.find((c) => hasMarker(c.body, marker) && writtenBy(author, c.user));
    if (found) return { id: found.id, body: found.body ?? null };
  }
  return null;
}

/** The marker on a line of its own (the first line of our bodies), not quoted inside other text. */
function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.split(/\r?\n/, 1)[0]!.trim() === marker;
}

export async function publishStickyComment(input: StickyCommentInput): Promise<StickyCommentResult> {
  const { client, owner, repo, prNumber } = input;
  const body = stickyBody(input.report, input.markdown, input.runUrl, input.name);
  const author = await stickyAuthor(client);
  const find = () => findStickyComment(client, owner, repo, prNumber, author, stickyMarker(input.name));
  const existing = await find();
  if (!existing) {
    if (!needsComment(input.report)) return { action: 'none', id: null };
    const created = await writeOnce(
      client,
      async () => (await client.rest.issues.createComment({ owner, repo, issue_number: prNumber, body, ...NO_BLIND_RETRY })).data,
      find,
    );
    return { action: 'created', id: created.id };
  }
  if (normalise(existing.body ?? '') === normalise(body)) return { action: 'unchanged', id: existing.id };
  await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: 'updated', id: existing.id };
}

/** GitHub may hand a body back with CRLF line ends. */
function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd();
}
