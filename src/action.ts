/**
 * The GitHub Action: read inputs and the event, build the change set with git, read the config
 * from the BASE commit, run the engine, then report (job summary, outputs, annotations, check run,
 * sticky comment, SARIF). API failures never change the verdict.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { ForkPointError, GitError, defaultBase, gitChangeSet, hasCommit, repoRoot, repoRootWith } from './changes/git.js';
import type { ChangeSet } from './changes/types.js';
import { touchesSqlFile } from './changes/file-kinds.js';
import { touchesChangelogFile } from './migrations/code/liquibase-files.js';
import type { ActionSettings, GitHubRun } from './context/types.js';
import { ConfigError } from './config/errors.js';
import { loadBaseConfig } from './config/base.js';
import type { Config } from './config/types.js';
import { readRun } from './context/event.js';
import { InputError, readMode, readSettings } from './context/inputs.js';
import { engineNeeds, prepareSqlParsers, runEngineAsync, startCodeSearch } from './engine.js';
import { publishBlocker } from './github/gate.js';
import { allRules } from './rules.js';
import { CODEOWNERS_PATHS, type ApprovalState } from './policy/approvals.js';
import { renderJson } from './report/json.js';
import { renderMarkdown, type MarkdownOptions } from './report/markdown.js';
import { detectInSets } from './migrations/detect.js';
import { renderWorkflowCommands } from './report/github.js';
import { findDocsDir, renderSarif } from './report/sarif.js';
import { plural } from './report/text.js';

const SUMMARY_CAP = 1_000_000;

export async function runAction(env: Record<string, string | undefined> = process.env): Promise<void> {
  const settings = readSettings((name) => core.getInput(name));
  if (settings.token) core.setSecret(settings.token);
  // `mode: plan`: the rollback runbook of a release (src/plan/action.ts), loaded only then.
  if (readMode((name) => core.getInput(name)) === 'plan') return (await import('./plan/action.js')).runPlanAction(settings, env);
  const run = readRun({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readEventPayload(env.GITHUB_EVENT_PATH),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID,
  });

  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory);
  if (!isDirectory(cwd)) {
    throw new InputError(
      `the 'working-directory' input '${settings.workingDirectory}' is not a directory of the workspace (${cwd}); check it out there first or fix the path.`,
    );
  }
  const changes = await changeSetFor(settings, run, cwd);
  const config = await loadBaseConfig(changes, settings.config, (m) => core.warning(m));
  if (settings.config && changes.baseTree.read(settings.config) === null) {
    core.warning(`The config file '${settings.config}' does not exist in the base commit; using the defaults (the config is always read from base).`);
  }

  // The search of base code for what findings will name starts now, in the background (code-references).
  const input = { changes, config };
  startCodeSearch(input);
  // The SQL parsers (libpg-query's WASM: ~0.15 s of start-up) only for a PR that touches a SQL file:
  // those of the dialects configured, else of those its migrations are inferred to be written in.
  if (touchesSqlFile(changes.files) || touchesChangelogFile(changes.files)) {
    const needs = engineNeeds({ changes, config });
    await prepareSqlParsers(needs.dialects, needs);
  }
  const tags = tagsAt(changes.base, cwd);
  // The YAML readers and ajv only when the contract analysis needs them (a PR whose only YAML/JSON
  // change is a package.json that no contract `$ref`s loads neither).
  const report = await runEngineAsync(input, { failOn: settings.failOn, approvals: () => approvalsOf(settings, run, changes, config) });
  for (const s of report.skipped) core.notice(`rollback-guard did not analyse ${s.file}: ${s.reason}.`, { file: s.file });

  const outDir = join(env.RUNNER_TEMP ?? tmpdir(), 'rollback-guard');
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, 'report.json');
  writeFileSync(reportPath, renderJson(report));

  // Everything that needs no user-given path first: summary, check run, comment. A bad `sarif`
  // path must not cost the run its report (issue 11, item 16).
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const common: MarkdownOptions = {
    name: settings.name,
    links: run.owner && run.repo ? { repository: { serverUrl: run.serverUrl, owner: run.owner, repo: run.repo }, headSha: report.head, baseSha: isSha(report.base) ? report.base : null } : null,
    base: baseLabel(report.base, payload, run, await tags),
    migrationFramework: (path) => {
      try {
        return detectInSets(path, changes.headTree.read(path), config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    },
  };
  const summaryLink = run.runUrl ? `the full list is in the [job summary](${run.runUrl})` : 'the full list is in the job summary';
  const markdown = renderMarkdown(report, { ...common, maxLength: SUMMARY_CAP, moreHint: `the JSON report (${reportPath}) has all of them` });
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();

  // Lines of each level this step prints besides the findings: they share GitHub's budget.
  const printed = { error: 0, warning: 0, notice: report.skipped.length };
  const warn = (m: string): void => {
    printed.warning++;
    core.warning(m);
  };
  let checkRunAnnotated = false;
  const wantsApi = settings.annotations === 'auto' || settings.annotations === 'check-run' || settings.comment;
  const blocker = wantsApi ? publishBlocker(settings, run) : { quiet: true as const };
  if (blocker && 'warning' in blocker) warn(blocker.warning);
  if (!blocker) {
    // Octokit and the publishers are loaded only here: a run that cannot publish does not pay for them.
    const { publishToGitHub } = await import('./github/publish.js');
    try {
      const published = await publishToGitHub({
        report,
        settings,
        run,
        markdown: (maxLength) => renderMarkdown(report, { ...common, maxLength, moreHint: summaryLink }),
        log: { info: (m) => core.info(m), warning: warn, debug: (m) => core.debug(m) },
      });
      checkRunAnnotated = published.checkRunAnnotated;
    } catch (error) {
      const { describeApiError } = await import('./github/octokit.js');
      warn(`rollback-guard could not report through the GitHub API (${describeApiError(error, [settings.token])}); the verdict is unchanged.`);
    }
  }

  let sarifPath: string | null = null;
  let sarifError: string | null = null;
  if (settings.sarif) {
    const path = resolve(cwd, settings.sarif);
    try {
      writeFileSync(path, renderSarif(report, allRules, { docsDir: findDocsDir() }));
      sarifPath = path;
    } catch (error) {
      sarifError = `rollback-guard: cannot write the SARIF file of the 'sarif' input '${settings.sarif}': ${writeProblem(error, path)}; create the folder in an earlier step or choose another path.`;
    }
  }

  if (settings.annotations === 'workflow-commands' || (settings.annotations !== 'off' && !checkRunAnnotated)) {
    // The failed step's own error lines count against GitHub's 10 errors per step.
    printed.error = (report.verdict === 'fail' ? 1 : 0) + (sarifError ? 1 : 0);
    process.stdout.write(renderWorkflowCommands(report, { summaryHint: 'the job summary', reserved: printed }));
  }

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('notices', String(report.summary.notices));
  core.setOutput('report', reportPath);
  if (sarifPath) core.setOutput('sarif', sarifPath);

  const { errors, warnings, notices } = report.summary;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  if (report.verdict === 'fail') core.setFailed(`rollback-guard: this PR is not rollback-safe (${counts}).`);
  else core.info(`rollback-guard: rollback-safe (${counts}).`);
  if (sarifError) core.setFailed(sarifError);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Why a file could not be written, as a user would fix it. */
export function writeProblem(error: unknown, path: string): string {
  const code = (error as { code?: string }).code;
  const folder = dirname(path);
  if (code === 'ENOENT') return `the folder ${folder} does not exist`;
  if (code === 'ENOTDIR') return `a part of ${folder} is a file, not a folder`;
  if (code === 'EISDIR') return `${path} is a folder`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${folder} is not writable`;
  return (error as Error).message;
}

/** A failure of the GitHub API where it was the only way to read the PR: one sentence, no stack. */
export class ApiReadError extends Error {}

/** Git first; the REST API only when git cannot answer (no checkout, a commit that cannot be fetched). */
async function changeSetFor(settings: ActionSettings, run: GitHubRun & { defaultBranch: string | null }, cwd: string): Promise<ChangeSet> {
  const givenBase = settings.base ?? run.baseSha;
  const head = settings.head ?? (run.headSha || null);
  let root: string | null = null;
  try {
    // Both commits known (a PR's event): the top, both commits and their merge base in one git process.
    root = givenBase && head ? repoRootWith(cwd, givenBase, head) : repoRoot(cwd);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  const base = givenBase ?? (root ? (baseForNewBranch(root, run.defaultBranch) ?? defaultBase(root)) : null);
  if (!base) {
    throw new InputError(
      `cannot tell the base commit of this '${run.eventName}' event; set the 'base' input (and check out with fetch-depth: 0).`,
    );
  }
  core.info(`rollback-guard: comparing ${base} → ${head ?? 'working tree'} (${run.eventName || 'no event'})`);
  try {
    if (root === null) throw new GitError(`${cwd} is not a git checkout`);
    return gitChangeSet(base, head, { cwd: root, log: (m) => core.info(m) });
  } catch (error) {
    if (error instanceof ForkPointError) {
      // A shallow checkout that could not be deepened to the merge base: the compare endpoint knows it.
      if (!settings.token || root === null || head === null) throw error;
      const { createGitHubClient } = await import('./github/octokit.js');
      const { mergeBaseFromApi } = await import('./changes/api.js');
      const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => core.debug(m) });
      const forkPoint = await mergeBaseFromApi(client, run.owner, run.repo, base, head).catch(() => null);
      if (!forkPoint) throw error;
      core.info(`rollback-guard: the GitHub API gives ${forkPoint} as where ${head} left ${base}.`);
      return gitChangeSet(base, head, { cwd: root, log: (m) => core.info(m), forkPoint });
    }
    if (!(error instanceof GitError) || !settings.token || head === null) throw error;
    core.info(`rollback-guard: git cannot answer (${error.message}); reading the change set from the GitHub API instead.`);
    const { createGitHubClient, describeApiError } = await import('./github/octokit.js');
    const { apiChangeSet } = await import('./changes/api.js');
    const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => core.debug(m) });
    try {
      return await apiChangeSet({ client, owner: run.owner, repo: run.repo, base, head, prNumber: run.prNumber, configPath: settings.config });
    } catch (apiError) {
      throw new ApiReadError(
        `git cannot read the change set (${error.message}) and the GitHub API failed too (${describeApiError(apiError, [settings.token])}); check out the repository with actions/checkout and fetch-depth: 0.`,
      );
    }
  }
}

/**
 * Who approved this PR, for the suppressions it adds (docs/approvals.md): asked of the API only when
 * it adds one. Without a PR or a token, or when the API fails, approvals cannot be verified: the
 * new suppressions stay pending, and the log says why once.
 */
async function approvalsOf(settings: ActionSettings, run: GitHubRun, changes: ChangeSet, config: Config): Promise<ApprovalState> {
  const pr = run.prNumber ?? run.queuedPr ?? null;
  let state: ApprovalState;
  if (pr === null) state = { kind: 'unverifiable', why: `a '${run.eventName || 'unknown'}' event belongs to no pull request` };
  else if (!settings.token) state = { kind: 'unverifiable', why: "no github-token to read the pull request's reviews" };
  else {
    const { createGitHubClient } = await import('./github/octokit.js');
    const { readApprovals } = await import('./github/approvals.js');
    const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => core.debug(m) });
    const codeowners = CODEOWNERS_PATHS.map((path) => changes.baseTree.read(path)).find((text) => text !== null) ?? null;
    state = await readApprovals({
      client,
      owner: run.owner,
      repo: run.repo,
      prNumber: pr,
      author: run.prNumber === null ? null : (run.prAuthor ?? null),
      labels: run.prNumber === null ? null : (run.prLabels ?? null),
      label: config.approvals.label,
      codeowners,
      secrets: [settings.token],
    });
  }
  if (state.kind === 'unverifiable') core.warning(`rollback-guard: cannot verify who approved the suppressions this PR adds (${state.why}); they stay pending.`);
  return state;
}

export function readEventPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

/** A push that creates a branch has no `before`: compare with where it left the default branch. */
function baseForNewBranch(root: string, defaultBranch: string | null): string | null {
  if (!defaultBranch) return null;
  for (const ref of [`origin/${defaultBranch}`, defaultBranch]) {
    if (hasCommit(ref, root)) return ref;
  }
  return null;
}

function isSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/.test(ref);
}

/**
 * The tags on the base commit (at most 5), asked of git in the background while the engine runs
 * (one git process less on the start-up path); none when git cannot say.
 */
function tagsAt(base: string, cwd: string): Promise<string[]> {
  if (!isSha(base)) return Promise.resolve([]);
  return new Promise((done) => {
    execFile('git', ['tag', '--points-at', base], { cwd, encoding: 'utf8', timeout: 10_000 }, (error, out) => {
      done(error ? [] : out.split('\n').map((t) => t.trim()).filter(Boolean).slice(0, 5));
    });
  });
}

/** What the base commit is to a person: the branch it was the tip of, its tags, a link to it. */
function baseLabel(base: string, payload: unknown, run: GitHubRun & { defaultBranch: string | null }, tags: string[]): MarkdownOptions['base'] {
  const event = payload as { pull_request?: { base?: { ref?: string } }; merge_group?: { base_ref?: string } };
  const ref = (event.pull_request?.base?.ref ?? event.merge_group?.base_ref ?? run.defaultBranch ?? null)?.replace(/^refs\/heads\//, '') ?? null;
  const url = run.owner && run.repo && isSha(base) ? `${run.serverUrl.replace(/\/+$/, '')}/${run.owner}/${run.repo}/commit/${base}` : null;
  return { ref, tags, url };
}

export async function main(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof GitError || error instanceof ApiReadError) {
      core.setFailed(`rollback-guard: ${error.message}`);
    } else {
      core.setFailed(`rollback-guard: internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}
