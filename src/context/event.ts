/**
 * Base and head from the workflow event (SPEC 3): pull_request, pull_request_target,
 * pull_request_review (docs/approvals.md), merge_group,
 * push (a new branch's `before` is all zeros: compare with the default branch instead).
 */
import type { GitHubRun } from './types.js';

const ZERO_SHA = /^0{40}$/;

interface Payload {
  pull_request?: {
    number?: number;
    user?: { login?: string } | null;
    labels?: { name?: string }[];
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  before?: string;
  after?: string;
  repository?: { full_name?: string; default_branch?: string };
}

export interface RunEnv {
  eventName: string;
  payload: unknown;
  repository: string;
  sha: string;
  apiUrl: string;
  serverUrl: string;
  runId: string | undefined;
}

export function readRun(env: RunEnv): GitHubRun & { defaultBranch: string | null } {
  const payload = (env.payload ?? {}) as Payload;
  const [owner = '', repo = ''] = env.repository.split('/');
  const base = {
    eventName: env.eventName,
    owner,
    repo,
    prNumber: null as number | null,
    isFork: false,
    apiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
    runUrl: env.runId ? `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}` : null,
    defaultBranch: payload.repository?.default_branch ?? null,
  };
  switch (env.eventName) {
    // pull_request_review: a review submitted or dismissed re-runs the check (docs/approvals.md), same PR, same commits.
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = payload.pull_request ?? {};
      const headSha = pr.head?.sha ?? env.sha;
      const headRepo = pr.head?.repo?.full_name ?? null;
      const baseRepo = pr.base?.repo?.full_name ?? env.repository;
      return {
        ...base,
        baseSha: pr.base?.sha ?? null,
        headSha,
        checkSha: headSha,
        prNumber: pr.number ?? null,
        isFork: headRepo === null || headRepo !== baseRepo,
        prAuthor: pr.user?.login ?? null,
        prLabels: Array.isArray(pr.labels) ? pr.labels.flatMap((l) => (typeof l?.name === 'string' ? [l.name] : [])) : null,
      };
    }
    case 'merge_group': {
      const group = payload.merge_group ?? {};
      const headSha = group.head_sha ?? env.sha;
      // The queue's branch names the PR it merges: `gh-readonly-queue/main/pr-123-<sha>` (its approvals count).
      const queued = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? '');
      return { ...base, baseSha: group.base_sha ?? null, headSha, checkSha: headSha, queuedPr: queued ? Number(queued[1]) : null };
    }
    case 'push': {
      const before = payload.before && !ZERO_SHA.test(payload.before) ? payload.before : null;
      const headSha = payload.after && !ZERO_SHA.test(payload.after) ? payload.after : env.sha;
      return { ...base, baseSha: before, headSha, checkSha: headSha };
    }
    default:
      return { ...base, baseSha: null, headSha: env.sha, checkSha: env.sha };
  }
}
