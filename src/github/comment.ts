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
import type { GitHubClient } from './octokit.js';
import { COMMENT_LIMIT, fitText } from './limits.js';

export const STICKY_MARKER = '<!-- rollback-guard:sticky -->';

export interface StickyCommentInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  prNumber: number;
  report: Report;
  /** The job summary body. */
  markdown: string;
  runUrl: string | null;
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

export function stickyBody(report: Report, markdown: string, runUrl: string | null): string {
  if (!needsComment(report)) {
    const notices = report.summary.notices;
    const extra = notices > 0 ? ` ${notices} notice${notices === 1 ? '' : 's'} remain in the check run and job summary.` : '';
    return `${STICKY_MARKER}\n## ✅ rollback-guard: all clear\n\nThe latest run found nothing that breaks a rollback.${extra}\n`;
  }
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary of the workflow run';
  const body = fitText(
    markdown.trimEnd(),
    COMMENT_LIMIT - STICKY_MARKER.length - 2,
    `… trimmed to GitHub's 65,536-character comment limit: the full report is in ${where}.`,
  );
  return `${STICKY_MARKER}\n${body}\n`;
}

interface IssueComment {
  id: number;
  body?: string | null;
}

/** The sticky comment of this PR, if any: the first comment carrying the marker (all pages). */
export async function findStickyComment(client: GitHubClient, owner: string, repo: string, prNumber: number): Promise<IssueComment | null> {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: prNumber,
    per_page: 100,
  })) {
    const found = page.data.find((c) => c.body?.includes(STICKY_MARKER));
    if (found) return { id: found.id, body: found.body ?? null };
  }
  return null;
}

export async function publishStickyComment(input: StickyCommentInput): Promise<StickyCommentResult> {
  const { client, owner, repo, prNumber } = input;
  const body = stickyBody(input.report, input.markdown, input.runUrl);
  const existing = await findStickyComment(client, owner, repo, prNumber);
  if (!existing) {
    if (!needsComment(input.report)) return { action: 'none', id: null };
    const created = await client.rest.issues.createComment({ owner, repo, issue_number: prNumber, body });
    return { action: 'created', id: created.data.id };
  }
  if (normalise(existing.body ?? '') === normalise(body)) return { action: 'unchanged', id: existing.id };
  await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: 'updated', id: existing.id };
}

/** GitHub may hand a body back with CRLF line ends. */
function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd();
}
