import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  describeApiError,
  httpStatus,
  rateLimitWait
} from "./chunk-OGEEESAQ.js";
import {
  approvingReviewers,
  parseCodeOwners
} from "./chunk-PCO3WAOG.js";
import "./chunk-JODG5OJR.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";

// src/github/approvals.ts
var MAX_PAGES = 30;
var MAX_CANDIDATES = 50;
var MAX_TEAMS = 20;
var TooMany = class extends Error {
};
async function readApprovals(query) {
  try {
    return { kind: "verified", evidence: await evidence(query) };
  } catch (error) {
    if (error instanceof TooMany) return { kind: "unverifiable", why: error.message };
    const forbidden = httpStatus(error) === 403 && rateLimitWait(error) === null;
    const hint = forbidden ? "; grant the job `pull-requests: read` (and `issues: read` for the approval label)" : "";
    return { kind: "unverifiable", why: `the GitHub API failed: ${describeApiError(error, query.secrets)}${hint}` };
  }
}
async function evidence(q) {
  const { client, owner, repo, prNumber: pull_number } = q;
  let author = q.author;
  let labels = q.labels;
  if (author === null || labels === null) {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number });
    author ??= data.user.login;
    labels ??= data.labels.map((l) => l.name);
  }
  const reviews = [];
  await eachPage(client.paginate.iterator(client.rest.pulls.listReviews, { owner, repo, pull_number, per_page: 100 }), "reviews", (page) => {
    for (const r of page) if (r.user) reviews.push({ login: r.user.login, state: r.state, submittedAt: r.submitted_at ?? null });
  });
  const reviewerLogins = approvingReviewers(reviews).filter((login) => login.toLowerCase() !== author.toLowerCase());
  let labelBy = null;
  const label = q.label === null ? void 0 : labels.find((l) => l.toLowerCase() === q.label.toLowerCase());
  if (label !== void 0) {
    await eachPage(client.paginate.iterator(client.rest.issues.listEvents, { owner, repo, issue_number: pull_number, per_page: 100 }), "issue events", (page) => {
      for (const e of page) {
        const named = e.label?.name;
        if (e.event === "labeled" && named?.toLowerCase() === label.toLowerCase()) labelBy = e.actor?.login ?? null;
      }
    });
  }
  const codeowners = q.codeowners === null ? null : parseCodeOwners(q.codeowners);
  const people = [.../* @__PURE__ */ new Set([...reviewerLogins, ...labelBy ? [labelBy] : []])].slice(0, MAX_CANDIDATES);
  const known = /* @__PURE__ */ new Map();
  for (const login of people) {
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
    label: label !== void 0 && labelBy ? { name: label, by: known.get(labelBy) ?? { login: labelBy, writer: false, teams: [] } } : null,
    codeowners
  };
}
async function mayWrite(client, owner, repo, username) {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
    const role = data.role_name ?? "";
    return ["admin", "write"].includes(data.permission) || ["admin", "maintain", "write"].includes(role);
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}
async function teamsOf(client, username, teams) {
  const out = [];
  for (const team of teams) {
    const [org, team_slug] = team.split("/");
    try {
      const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username });
      if (data.state === "active") out.push(team);
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404 || status === 403 && rateLimitWait(error) === null) continue;
      throw error;
    }
  }
  return out;
}
async function eachPage(pages, what, take) {
  let n = 0;
  for await (const page of pages) {
    if (++n > MAX_PAGES) throw new TooMany(`the pull request has more than ${MAX_PAGES * 100} ${what}, more than rollback-guard reads`);
    take(page.data);
  }
}
export {
  MAX_CANDIDATES,
  MAX_PAGES,
  MAX_TEAMS,
  readApprovals
};
