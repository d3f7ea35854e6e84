/**
 * The `rollback-guard` check run: verdict as conclusion, the job summary as output, and EVERY
 * unsuppressed finding as an annotation. GitHub takes 50 annotations per request: the check run is
 * created (already completed, so the conclusion is right even if a later request fails) with the
 * first 50, then updated with 50 more at a time; updates append.
 *
 * A finding without a line (its file no longer exists in head) is anchored at line 1 of that path:
 * the API needs a line, and the Checks tab still lists it under the file's name. `raw_details`
 * says so.
 */
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../findings.js';
import { randomUUID } from 'node:crypto';
import type { GitHubClient } from './octokit.js';
import { NO_BLIND_RETRY, writeOnce } from './create-once.js';
import type { SummaryRenderer } from './comment.js';
import { DEFAULT_NAME } from '../context/inputs.js';
import { plainMessage } from '../report/escape.js';
import { ruleDocsUrl } from '../report/links.js';
import { allowedUnreadable } from '../report/markdown.js';
import { scenarioHeadline } from '../report/scenarios.js';
import { ANNOTATION_TEXT_LIMIT, CHECK_RUN_SUMMARY_LIMIT, fitText } from './limits.js';

/**
 * The check run's name: `<name> / findings`. It differs from the job's name on purpose: the job is
 * what branch protection should require (it reports on every event, fork PRs included), the check
 * run carries the annotations and exists only where the token may write checks.
 */
export function checkRunName(name: string = DEFAULT_NAME): string {
  return `${name} / findings`;
}
export const CHECK_RUN_NAME = checkRunName();
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details: string;
}

export interface CheckRunInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The PR head commit (GitHubRun.checkSha), not the merge commit. */
  headSha: string;
  report: Report;
  /** The job summary body: a string is cut to GitHub's 65,535 characters, a renderer shortens its lists. */
  markdown: string | SummaryRenderer;
  /** The workflow run, for `details_url` and the pointer in a trimmed summary. */
  runUrl: string | null;
  /** The run's name (`name` input); the check run is `<name> / findings`. */
  name?: string;
  /** Its `external_id` (default: a fresh one per call). */
  externalId?: string;
}

export interface CheckRunResult {
  id: number;
  url: string | null;
  annotations: number;
  requests: number;
}

const LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Every unsuppressed finding as an annotation, most severe first (report order within a severity). */
export function checkRunAnnotations(report: Report): CheckRunAnnotation[] {
  return report.findings
    .filter((f) => !f.suppressed)
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.index - b.index)
    .map(({ f }) => toAnnotation(f));
}

function toAnnotation(f: Finding): CheckRunAnnotation {
  const startLine = f.line ?? 1;
  const endLine = f.line === null ? 1 : Math.max(startLine, f.endLine ?? startLine);
  const annotation: CheckRunAnnotation = {
    path: f.file,
    start_line: startLine,
    end_line: endLine,
    annotation_level: LEVEL[f.severity],
    message: clip(`${plainMessage(f.scenarios?.length ? `Critical (${f.scenarios.join(', ')}): ${f.message}` : f.critical ? `Critical: ${f.message}` : f.message)} See ${ruleDocsUrl(f.rule)}`),
    title: f.rule,
    raw_details: clip(rawDetails(f)),
  };
  // GitHub accepts columns only on single-line annotations.
  if (f.line !== null && startLine === endLine && f.column != null && f.column >= 1) {
    annotation.start_column = f.column;
    annotation.end_column = Math.max(f.column, f.endColumn ?? f.column);
  }
  return annotation;
}

function rawDetails(f: Finding): string {
  const lines = [`rule: ${f.rule}`, `severity: ${f.severity}${f.critical ? ' (critical)' : ''}`, `category: ${f.category}`];
  if (f.scenarios?.length) lines.push(`scenarios: ${f.scenarios.join(', ')}`);
  if (f.object) lines.push(`object: ${f.object}`);
  if (f.direction) lines.push(`direction: ${f.direction}`);
  if (f.line === null) lines.push('location: the file is not in the head commit; anchored at line 1');
  lines.push(`docs: ${ruleDocsUrl(f.rule)}`, `fingerprint: ${f.fingerprint}`);
  return lines.join('\n');
}

function clip(text: string): string {
  return text.length <= ANNOTATION_TEXT_LIMIT ? text : `${text.slice(0, ANNOTATION_TEXT_LIMIT - 1)}…`;
}

/** The check run's title: the mission-critical headline first when scenarios are configured (docs/scenarios.md). */
export function checkRunTitle(report: Report): string {
  const headline = scenarioHeadline(report);
  return headline ? `${headline.text} — ${verdictTitle(report)}` : verdictTitle(report);
}

function verdictTitle(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  const unread = report.verdict === 'pass' ? allowedUnreadable(report) : 0;
  if (unread > 0) return `Passes, but ${count(unread, 'file')} could not be read (allowed): ${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(notices, 'notice')}`;
  if (errors + warnings + notices === 0) return 'Rollback-safe: no findings';
  const counts = [count(errors, 'error'), count(warnings, 'warning'), count(notices, 'notice')].join(', ');
  return report.verdict === 'fail' ? `Not rollback-safe: ${counts}` : `Rollback-safe: ${counts}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function checkRunSummary(markdown: string, runUrl: string | null): string {
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary';
  return fitText(markdown, CHECK_RUN_SUMMARY_LIMIT, `… trimmed to GitHub's 65,535-character limit: the full report is in ${where}.`);
}

export async function publishCheckRun(input: CheckRunInput): Promise<CheckRunResult> {
  const { client, owner, repo, report } = input;
  const name = checkRunName(input.name);
  // Identifies this run's check run, so that one whose creation answer was lost is found again.
  const externalId = input.externalId ?? `rollback-guard:${randomUUID()}`;
  const annotations = checkRunAnnotations(report);
  const markdown = typeof input.markdown === 'string' ? input.markdown : input.markdown(CHECK_RUN_SUMMARY_LIMIT);
  const output = { title: checkRunTitle(report), summary: checkRunSummary(markdown, input.runUrl) };
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const created = await writeOnce(
    client,
    async () => {
      const response = await client.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: input.headSha,
        external_id: externalId,
        status: 'completed',
        conclusion: report.verdict === 'fail' ? 'failure' : 'success',
        completed_at: new Date().toISOString(),
        ...(input.runUrl ? { details_url: input.runUrl } : {}),
        output: { ...output, annotations: batches[0] ?? [] },
        ...NO_BLIND_RETRY,
      });
      return { id: response.data.id, url: response.data.html_url ?? null };
    },
    () => findCheckRun(client, owner, repo, input.headSha, name, externalId),
  );
  let stored = (batches[0] ?? []).length;
  for (const batch of batches.slice(1)) {
    const expected = stored + batch.length;
    await writeOnce(
      client,
      async () => {
        await client.rest.checks.update({ owner, repo, check_run_id: created.id, output: { ...output, annotations: batch }, ...NO_BLIND_RETRY });
        return true;
      },
      // Annotations append: a batch whose answer was lost is there when the count says so.
      async () => ((await annotationsCount(client, owner, repo, created.id)) >= expected ? true : null),
    );
    stored = expected;
  }
  return { id: created.id, url: created.url, annotations: annotations.length, requests: Math.max(1, batches.length) };
}

/** This run's check run (by `external_id`) on `headSha`, or null when it was never created. */
async function findCheckRun(
  client: GitHubClient,
  owner: string,
  repo: string,
  headSha: string,
  name: string,
  externalId: string,
): Promise<{ id: number; url: string | null } | null> {
  for await (const page of client.paginate.iterator(client.rest.checks.listForRef, {
    owner,
    repo,
    ref: headSha,
    check_name: name,
    filter: 'all',
    per_page: 100,
  })) {
    const found = page.data.find((run) => run.external_id === externalId);
    if (found) return { id: found.id, url: found.html_url ?? null };
  }
  return null;
}

async function annotationsCount(client: GitHubClient, owner: string, repo: string, id: number): Promise<number> {
  const { data } = await client.rest.checks.get({ owner, repo, check_run_id: id });
  return data.output.annotations_count;
}
