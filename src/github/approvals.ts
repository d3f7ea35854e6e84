/**
 * Who approved a pull request, read from the GitHub API for the approval rules of
 * src/policy/approvals.ts (docs/approvals.md):
 *
 * - the PR's author and labels (the event payload has them; `GET /pulls/{n}` otherwise);
 * - its reviews (`GET /pulls/{n}/reviews`, every page): the latest state per reviewer;
 * - who applied `approvals.label` (`GET /issues/{n}/events`, every page: the latest `labeled` event);
 * - each candidate's permission (`GET /collaborators/{user}/permission`: write, maintain or admin);
 * - for a candidate without write access whom CODEOWNERS names through a team, the team membership
 *   (`GET /orgs/{org}/teams/{team}/memberships/{user}`; a token that may not read it — the
 *   workflow's GITHUB_TOKEN — gets 403/404, and the team then does not count).
 *
 * Fails closed: any other API failure, or more pages than the bounds below, makes the approvals
 * unverifiable (the new suppressions stay pending) with one sentence saying why; never a pass.
 */
import { approvingReviewers, parseCodeOwners, type ApprovalState, type Approver, type ReviewRecord } from '../policy/approvals.js';
import { describeApiError, httpStatus, rateLimitWait, type GitHubClient } from './octokit.js';

/** Pages of 100 read at most from one list (reviews, issue events): 3,000 entries. */
export const MAX_PAGES = 30;
/** People whose permission is asked at most (reviewers and the label's author together). */
export const MAX_CANDIDATES = 50;
/** CODEOWNERS teams whose membership is asked at most per person. */
export const MAX_TEAMS = 20;

export interface ApprovalQuery {
  client: GitHubClient;
  owner: string;
  repo: string;
  prNumber: number;
  /** From the event payload; null: asked of the API. */
  author: string | null;
  /** Label names on the PR from the event payload; null: asked of the API. */
  labels: string[] | null;
  /** `approvals.label`; null: labels do not approve. */
  label: string | null;
  /** Base's CODEOWNERS text (null: none). */
  codeowners: string | null;
  /** Strings to redact from error messages (the token). */
  secrets: readonly string[];
}

class TooMany extends Error {}

export async function readApprovals(query: ApprovalQuery): Promise<ApprovalState> {
  try {
    return { kind: 'verified', evidence: await evidence(query) };
  } catch (error) {
    if (error instanceof TooMany) return { kind: 'unverifiable', why: error.message };
    const forbidden = httpStatus(error) === 403 && rateLimitWait(error) === null;
    const hint = forbidden ? '; grant the job `pull-requests: read` (and `issues: read` for the approval label)' : '';
    return { kind: 'unverifiable', why: `the GitHub API failed: ${describeApiError(error, query.secrets)}${hint}` };
  }
}

async function evidence(q: ApprovalQuery) {
  const { client, owner, repo, prNumber: pull_number } = q;
  let author = q.author;
  let labels = q.labels;
  if (author === null || labels === null) {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number });
    author ??= data.user.login;
    labels ??= data.labels.map((l) => l.name);
  }

  const reviews: ReviewRecord[] = [];
  await eachPage(client.paginate.iterator(client.rest.pulls.listReviews, { owner, repo, pull_number, per_page: 100 }), 'reviews', (page) => {
    for (const r of page) if (r.user) reviews.push({ login: r.user.login, state: r.state, submittedAt: r.submitted_at ?? null });
  });
  const reviewerLogins = approvingReviewers(reviews).filter((login) => login.toLowerCase() !== author!.toLowerCase());

  let labelBy: string | null = null;
  const label = q.label === null ? undefined : labels.find((l) => l.toLowerCase() === q.label!.toLowerCase());
  if (label !== undefined) {
    await eachPage(client.paginate.iterator(client.rest.issues.listEvents, { owner, repo, issue_number: pull_number, per_page: 100 }), 'issue events', (page) => {
      for (const e of page) {
        const named = (e as { label?: { name?: string } }).label?.name;
        if (e.event === 'labeled' && named?.toLowerCase() === label.toLowerCase()) labelBy = e.actor?.login ?? null;
      }
    });
  }

  const codeowners = q.codeowners === null ? null : parseCodeOwners(q.codeowners);
  const people = [...new Set([...reviewerLogins, ...(labelBy ? [labelBy] : [])])].slice(0, MAX_CANDIDATES);
  const known = new Map<string, Approver>();
  for (const login of people) {
    // The author is never an approver: no need to ask about them.
    if (login.toLowerCase() === author.toLowerCase()) {
      known.set(login, { login, writer: false, teams: [] });
      continue;
    }
    const writer = await mayWrite(client, owner, repo, login);
    const teams = writer || !codeowners ? [] : await teamsOf(client, login, codeowners.teams.slice(0, MAX_TEAMS));
    known.set(login, { login, writer, teams });
  }
  return {
    author,
    reviewers: reviewerLogins.flatMap((login) => known.get(login) ?? []),
    label: label !== undefined && labelBy ? { name: label, by: known.get(labelBy) ?? { login: labelBy, writer: false, teams: [] } } : null,
    codeowners,
  };
}

/** Write, maintain or admin on the repository. A 404 (not a collaborator) is no. */
async function mayWrite(client: GitHubClient, owner: string, repo: string, username: string): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
    const role = (data as { role_name?: string }).role_name ?? '';
    return ['admin', 'write'].includes(data.permission) || ['admin', 'maintain', 'write'].includes(role);
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}

/** The CODEOWNERS teams (`org/slug`) the token can confirm `username` is an active member of; a team it may not read does not count. */
async function teamsOf(client: GitHubClient, username: string, teams: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const team of teams) {
    const [org, team_slug] = team.split('/') as [string, string];
    try {
      const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username });
      if (data.state === 'active') out.push(team);
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404 || (status === 403 && rateLimitWait(error) === null)) continue;
      throw error;
    }
  }
  return out;
}

/** Every page of a list, at most MAX_PAGES of them: more is a PR this gate cannot read whole, so it says so. */
async function eachPage<T>(pages: AsyncIterable<{ data: T[] }>, what: string, take: (page: T[]) => void): Promise<void> {
  let n = 0;
  for await (const page of pages) {
    if (++n > MAX_PAGES) throw new TooMany(`the pull request has more than ${MAX_PAGES * 100} ${what}, more than rollback-guard reads`);
    take(page.data);
  }
}
