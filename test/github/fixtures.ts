/** Reports, settings and runs for the GitHub reporting tests, and the local GitHub stand-in. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import type { Finding, Report, Severity } from '../../src/findings.js';
import type { ActionSettings, GitHubRun } from '../../src/context/types.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';

export const TOKEN = 'ghs_s3cr3tT0kenThatMustNeverBePrinted0001';
export const SHA = 'a'.repeat(40);

export function finding(overrides: Partial<Finding> = {}): Finding {
  const rule = overrides.rule ?? 'drop-column';
  return {
    rule,
    severity: 'error',
    category: 'migration',
    file: 'db/migrations/001_drop.sql',
    line: 3,
    endLine: 3,
    column: 1,
    endColumn: 42,
    message: 'Dropping column users.legacy_name breaks the previous release, which still reads it.',
    object: 'users.legacy_name',
    direction: null,
    critical: false,
    suppressed: false,
    help: `docs/rules/${rule}.md`,
    fingerprint: `fp-${rule}-${overrides.file ?? 'x'}-${overrides.line ?? 3}`,
    ...overrides,
  };
}

export function report(findings: Finding[]): Report {
  const active = findings.filter((f) => !f.suppressed);
  const countOf = (s: Severity) => active.filter((f) => f.severity === s).length;
  const errors = countOf('error');
  return {
    version: 1,
    verdict: errors > 0 ? 'fail' : 'pass',
    base: 'b'.repeat(40),
    head: SHA,
    summary: {
      errors,
      warnings: countOf('warning'),
      notices: countOf('notice'),
      suppressed: findings.length - active.length,
      filesAnalyzed: new Set(findings.map((f) => f.file)).size,
    },
    findings,
    skipped: [],
    migrations: [],
  };
}

/** `n` findings cycling through the three severities, each on its own line. */
export function manyFindings(n: number): Finding[] {
  const severities: Severity[] = ['error', 'warning', 'notice'];
  return Array.from({ length: n }, (_, i) =>
    finding({ line: i + 1, endLine: i + 1, severity: severities[i % 3]!, fingerprint: `fp-${i}`, object: `t.c${i}` }),
  );
}

export function settings(overrides: Partial<ActionSettings> = {}): ActionSettings {
  return {
    token: TOKEN,
    config: null,
    base: null,
    head: null,
    failOn: 'error',
    annotations: 'auto',
    comment: true,
    sarif: null,
    workingDirectory: '.',
    name: 'rollback-guard',
    ...overrides,
  };
}

export function run(apiUrl: string, overrides: Partial<GitHubRun> = {}): GitHubRun {
  return {
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'shop',
    baseSha: 'b'.repeat(40),
    headSha: SHA,
    checkSha: SHA,
    prNumber: 7,
    isFork: false,
    apiUrl,
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    ...overrides,
  };
}

/** A client with millisecond backoff and no write spacing, logging into `lines`. */
export function fastClient(apiUrl: string, lines: string[] = []): GitHubClient {
  return createGitHubClient({ token: TOKEN, baseUrl: apiUrl, secondMs: 5, writeSpacingMs: 0, debug: (m) => lines.push(m) });
}

export const FAST = { secondMs: 5, writeSpacingMs: 0 };

/** A log that records every line, by level. */
export function recordingLog() {
  const lines: { level: 'info' | 'warning' | 'debug'; message: string }[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.level === 'warning').map((l) => l.message),
    log: {
      info: (message: string) => lines.push({ level: 'info', message }),
      warning: (message: string) => lines.push({ level: 'warning', message }),
      debug: (message: string) => lines.push({ level: 'debug', message }),
    },
  };
}

/** Start one local GitHub stand-in for a test file, reset before each test, stopped after all. */
export function useFakeGitHub(onStart: (github: FakeGitHub) => void): void {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await new FakeGitHub().start();
    onStart(github);
  });
  afterAll(async () => {
    await github.stop();
  });
  beforeEach(() => {
    github.reset();
  });
}
