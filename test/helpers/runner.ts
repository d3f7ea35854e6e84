/**
 * Runs dist/index.js the way the GitHub runner does: INPUT_* variables, the event payload file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. RG_NODE (e.g. a Node 24 binary) picks the runtime.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DIST_ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
export const DIST_CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

export function ensureBuilt(): void {
  if (existsSync(DIST_ACTION) && existsSync(DIST_CLI)) return;
  const r = spawnSync(process.execPath, [new URL('../../scripts/build.mjs', import.meta.url).pathname], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export function nodeBinary(): string {
  return process.env.RG_NODE ?? process.execPath;
}

export interface RunnerResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunnerOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

export interface PreparedRunner {
  /** A clean environment, as on a runner: nothing inherited from a CI job running these tests. */
  env: Record<string, string>;
  /** Read GITHUB_OUTPUT and GITHUB_STEP_SUMMARY after the run. */
  collect(): { outputs: Record<string, string>; summary: string };
}

/** Files and variables of one Action step: INPUT_*, the event payload, GITHUB_OUTPUT, the summary. */
export function prepareRunner(options: RunnerOptions): PreparedRunner {
  const tmp = mkdtempSync(join(tmpdir(), 'rg-runner-'));
  const eventPath = join(tmp, 'event.json');
  const outputPath = join(tmp, 'output.txt');
  const summaryPath = join(tmp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    'github-token': '',
    'fail-on': 'error',
    annotations: 'auto',
    comment: 'true',
    'working-directory': '.',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: tmp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return {
    env,
    collect: () => ({ outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }),
  };
}

/** Runs the Action synchronously (no local API server can answer while this blocks). */
export function runAction(options: RunnerOptions): RunnerResult {
  const runner = prepareRunner(options);
  const r = spawnSync(nodeBinary(), [DIST_ACTION], { cwd: options.workspace, env: runner.env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...runner.collect() };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const [k, ...v] = lines[i].split('=');
      out[k] = v.join('=');
    }
  }
  return out;
}

export function pullRequestPayload(repo: { base: string; head: string }, options: { fork?: boolean; number?: number } = {}) {
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      base: { ref: 'main', sha: repo.base, repo: { full_name: 'acme/shop' } },
      head: { ref: 'feature', sha: repo.head, repo: { full_name: options.fork ? 'someone/shop' : 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}
