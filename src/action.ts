/**
 * The GitHub Action: read inputs and the event, build the change set with git, read the config
 * from the BASE commit, run the engine, then report (job summary, outputs, annotations, check run,
 * sticky comment, SARIF). API failures never change the verdict.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { ForkPointError, GitError, defaultBase, gitChangeSet, hasCommit, repoRoot } from './changes/git.js';
import { apiChangeSet, mergeBaseFromApi } from './changes/api.js';
import type { ChangeSet } from './changes/types.js';
import type { ActionSettings, GitHubRun } from './context/types.js';
import { createGitHubClient } from './github/octokit.js';
import { ConfigError } from './config/errors.js';
import { baseConfig } from './config/from-tree.js';
import { readRun } from './context/event.js';
import { InputError, readSettings } from './context/inputs.js';
import { prepareEngine, runEngine } from './engine.js';
import { publishToGitHub } from './github/publish.js';
import { allRules } from './rules.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderWorkflowCommands } from './report/github.js';
import { findDocsDir, renderSarif } from './report/sarif.js';
import { plural } from './report/text.js';

const SUMMARY_CAP = 1_000_000;

export async function runAction(env: Record<string, string | undefined> = process.env): Promise<void> {
  const settings = readSettings((name) => core.getInput(name));
  if (settings.token) core.setSecret(settings.token);
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
  const changes = await changeSetFor(settings, run, cwd);
  const config = baseConfig(changes, settings.config, (m) => core.warning(m));
  if (settings.config && changes.baseTree.read(settings.config) === null) {
    core.warning(`The config file '${settings.config}' does not exist in the base commit; using the defaults (the config is always read from base).`);
  }

  await prepareEngine([config.migrations.dialect]);
  const report = runEngine({ changes, config }, { failOn: settings.failOn });
  for (const s of report.skipped) core.notice(`rollback-guard did not analyse ${s.file}: ${s.reason}.`, { file: s.file });

  const outDir = join(env.RUNNER_TEMP ?? tmpdir(), 'rollback-guard');
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, 'report.json');
  writeFileSync(reportPath, renderJson(report));
  let sarifPath: string | null = null;
  if (settings.sarif) {
    sarifPath = resolve(cwd, settings.sarif);
    writeFileSync(sarifPath, renderSarif(report, allRules, { docsDir: findDocsDir() }));
  }

  const docsUrl = docsLink(env);
  const markdown = renderMarkdown(report, { docsUrl, maxLength: SUMMARY_CAP, moreHint: `The JSON report (${reportPath}) has all of them.` });
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();

  let checkRunAnnotated = false;
  const wantsApi = settings.annotations === 'auto' || settings.annotations === 'check-run' || settings.comment;
  if (wantsApi) {
    try {
      const published = await publishToGitHub({
        report,
        settings,
        run,
        markdown,
        log: { info: (m) => core.info(m), warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
      });
      checkRunAnnotated = published.checkRunAnnotated;
    } catch (error) {
      core.warning(`rollback-guard could not report through the GitHub API (${(error as Error).message}); the verdict is unchanged.`);
    }
  }
  if (settings.annotations === 'workflow-commands' || (settings.annotations !== 'off' && !checkRunAnnotated)) {
    process.stdout.write(renderWorkflowCommands(report, { summaryHint: 'the job summary' }));
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
}

/** Git first; the REST API only when git cannot answer (no checkout, a commit that cannot be fetched). */
async function changeSetFor(settings: ActionSettings, run: GitHubRun & { defaultBranch: string | null }, cwd: string): Promise<ChangeSet> {
  let root: string | null = null;
  try {
    root = repoRoot(cwd);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  const base = settings.base ?? run.baseSha ?? (root ? (baseForNewBranch(root, run.defaultBranch) ?? defaultBase(root)) : null);
  if (!base) {
    throw new InputError(
      `cannot tell the base commit of this '${run.eventName}' event; set the 'base' input (and check out with fetch-depth: 0).`,
    );
  }
  const head = settings.head ?? (run.headSha || null);
  core.info(`rollback-guard: comparing ${base} → ${head ?? 'working tree'} (${run.eventName || 'no event'})`);
  try {
    if (root === null) throw new GitError(`${cwd} is not a git checkout`);
    return gitChangeSet(base, head, { cwd: root, log: (m) => core.info(m) });
  } catch (error) {
    if (error instanceof ForkPointError) {
      // A shallow checkout that could not be deepened to the merge base: the compare endpoint knows it.
      if (!settings.token || root === null || head === null) throw error;
      const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => core.debug(m) });
      const forkPoint = await mergeBaseFromApi(client, run.owner, run.repo, base, head).catch(() => null);
      if (!forkPoint) throw error;
      core.info(`rollback-guard: the GitHub API gives ${forkPoint} as where ${head} left ${base}.`);
      return gitChangeSet(base, head, { cwd: root, log: (m) => core.info(m), forkPoint });
    }
    if (!(error instanceof GitError) || !settings.token || head === null) throw error;
    core.info(`rollback-guard: git cannot answer (${error.message}); reading the change set from the GitHub API instead.`);
    const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => core.debug(m) });
    return apiChangeSet({ client, owner: run.owner, repo: run.repo, base, head, prNumber: run.prNumber, configPath: settings.config });
  }
}

function readEventPayload(path: string | undefined): unknown {
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

function docsLink(env: Record<string, string | undefined>): (id: string) => string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (repo && ref) return (id) => `${server}/${repo}/blob/${ref}/docs/rules/${id}.md`;
  return (id) => `docs/rules/${id}.md`;
}

export async function main(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof GitError) {
      core.setFailed(`rollback-guard: ${error.message}`);
    } else {
      core.setFailed(`rollback-guard: internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}
