/**
 * Issue 13: every link to a rule page — in the summary, the comment, the check run's annotations,
 * workflow commands, SARIF, CLI text and `rules` — points at this version's release tag of the
 * project's repository, and the file it names exists in docs/rules/ (so it exists at the tag the
 * release workflow creates from this tree).
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/findings.js';
import { checkRunAnnotations } from '../../src/github/check-run.js';
import { stickyBody } from '../../src/github/comment.js';
import { renderWorkflowCommands } from '../../src/report/github.js';
import { renderJson } from '../../src/report/json.js';
import { PROJECT_REPOSITORY, PROJECT_URL, releaseRef } from '../../src/report/links.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderRulesMarkdown, renderRulesText } from '../../src/report/rules.js';
import { findDocsDir, renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { allRules } from '../../src/rules.js';
import { demoReport } from '../helpers/demo-report.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string; repository: { url: string } };
let report: Report;
let head: Record<string, string>;

beforeAll(async () => {
  ({ report, head } = await demoReport());
});

/** Every URL into the project's repository found in `text`. */
function projectLinks(text: string): string[] {
  return [...text.matchAll(/https:\/\/github\.com\/rollback-guard\/rollback-guard\/[^\s)"'\\]*/g)].map((m) => m[0]);
}

function expectResolvable(text: string, minimum = 1): void {
  const found = projectLinks(text);
  expect(found.length).toBeGreaterThanOrEqual(minimum);
  for (const url of found) {
    const m = /^https:\/\/github\.com\/rollback-guard\/rollback-guard\/blob\/([^/]+)\/(docs\/rules\/[^#?]+\.md)$/.exec(url);
    expect(m, `${url} is not a rule page at a tag`).not.toBeNull();
    expect(m![1]).toBe(`v${pkg.version}`);
    expect(existsSync(`${ROOT}${decodeURIComponent(m![2]!)}`), `${m![2]} does not exist`).toBe(true);
  }
}

describe('rule links resolve at the release tag', () => {
  it('the project repository is the one package.json names', () => {
    expect(pkg.repository.url).toBe(`git+${PROJECT_URL}.git`);
    expect(PROJECT_REPOSITORY).toBe('rollback-guard/rollback-guard');
    expect(releaseRef()).toBe(`v${pkg.version}`);
    expect(releaseRef('0.0.0-dev')).toBe('main');
  });

  it('job summary and sticky comment', () => {
    const md = renderMarkdown(report);
    expectResolvable(md, report.findings.length);
    expectResolvable(stickyBody(report, md, null), report.findings.length);
  });

  it('check-run annotations (message end and raw details) and workflow commands', () => {
    for (const a of checkRunAnnotations(report)) {
      expectResolvable(a.message);
      expectResolvable(a.raw_details);
      expect(a.message.endsWith('.md')).toBe(true);
    }
    expectResolvable(renderWorkflowCommands(report), 4);
  });

  it('SARIF helpUri and help text, for every rule', () => {
    const sarif = JSON.parse(renderSarif(report, allRules, { docsDir: findDocsDir() })) as {
      runs: { tool: { driver: { informationUri: string; rules: { helpUri: string; help: { text: string } }[] } } }[];
    };
    const driver = sarif.runs[0]!.tool.driver;
    expect(driver.informationUri).toBe(PROJECT_URL);
    expect(driver.rules).toHaveLength(allRules.length);
    for (const r of driver.rules) {
      expectResolvable(r.helpUri);
      expectResolvable(r.help.text);
    }
  });

  it('CLI text, JSON helpUri and the rules list', () => {
    expectResolvable(renderText(report, { source: (p) => head[p] ?? null }), report.findings.length);
    const json = JSON.parse(renderJson(report)) as { findings: { help: string; helpUri: string }[] };
    for (const f of json.findings) {
      expect(f.help).toMatch(/^docs\/rules\/[a-z-]+\.md$/);
      expectResolvable(f.helpUri);
    }
    expectResolvable(renderRulesMarkdown(allRules), allRules.length);
    expect(renderRulesText(allRules)).toContain(`${PROJECT_URL}/blob/v${pkg.version}/docs/rules/<id>.md`);
  });
});

describe('the README points at the real repository and version', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');

  it('every `uses:` line of the Action names the project repository at the current major tag', () => {
    const uses = [...readme.matchAll(/^\s*- uses: (rollback-guard\/[^\s@]+)@(\S+)/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, repo, ref] of uses) {
      expect(repo).toBe(PROJECT_REPOSITORY);
      expect(ref).toBe(`v${pkg.version.split('.')[0]}`);
    }
  });

  it('the npx lines install the current version', () => {
    const npx = [...readme.matchAll(/rollback-guard@(\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect(npx.length).toBeGreaterThan(0);
    expect(new Set(npx)).toEqual(new Set([pkg.version]));
  });
});
