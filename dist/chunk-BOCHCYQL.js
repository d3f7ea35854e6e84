import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  createGitHubClient,
  describeApiError,
  httpStatus,
  rateLimitWait,
  retrySettings
} from "./chunk-OGEEESAQ.js";
import {
  DEFAULT_NAME,
  FALLBACK,
  publishBlocker
} from "./chunk-AEBA5WSW.js";
import {
  allowedUnreadable,
  gfmText,
  plainMessage,
  plural,
  ruleDocsUrl,
  scenarioHeadline
} from "./chunk-KPM5VIF5.js";
import "./chunk-4K57P2NP.js";
import {
  SEVERITY_RANK
} from "./chunk-3MIIFOP7.js";
import "./chunk-FROQA73M.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";

// src/github/check-run.ts
import { randomUUID } from "node:crypto";

// src/github/create-once.ts
var NO_BLIND_RETRY = { request: { retries: 0 } };
function mayHaveLanded(error) {
  const status = httpStatus(error);
  return status === null || status >= 500;
}
async function writeOnce(client, write, landed) {
  const { retries, secondMs } = retrySettings(client);
  const pause = (n) => new Promise((done) => setTimeout(done, (n + 1) ** 2 * secondMs));
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!mayHaveLanded(error)) throw error;
      let found;
      while (found === void 0) {
        try {
          found = await landed();
        } catch {
          if (attempt >= retries) throw error;
          await pause(attempt++);
        }
      }
      if (found !== null) return found;
      if (attempt >= retries) throw error;
      await pause(attempt);
    }
  }
}

// src/github/limits.ts
var CHECK_RUN_SUMMARY_LIMIT = 65535;
var COMMENT_LIMIT = 65536;
var ANNOTATION_TEXT_LIMIT = 64 * 1024;
function fitText(text, limit, pointer) {
  if (text.length <= limit) return text;
  const tail = `

${pointer}`;
  const room = Math.max(0, limit - tail.length);
  let cut = text.lastIndexOf("\n", room);
  if (cut <= 0) cut = room;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${tail}`.slice(0, limit);
}

// src/github/check-run.ts
function checkRunName(name = DEFAULT_NAME) {
  return `${name} / findings`;
}
var CHECK_RUN_NAME = checkRunName();
var ANNOTATIONS_PER_REQUEST = 50;
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
function checkRunAnnotations(report) {
  return report.findings.filter((f) => !f.suppressed).map((f, index) => ({ f, index })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.index - b.index).map(({ f }) => toAnnotation(f));
}
function toAnnotation(f) {
  const startLine = f.line ?? 1;
  const endLine = f.line === null ? 1 : Math.max(startLine, f.endLine ?? startLine);
  const annotation = {
    path: f.file,
    start_line: startLine,
    end_line: endLine,
    annotation_level: LEVEL[f.severity],
    message: clip(`${plainMessage(f.scenarios?.length ? `Critical (${f.scenarios.join(", ")}): ${f.message}` : f.critical ? `Critical: ${f.message}` : f.message)} See ${ruleDocsUrl(f.rule)}`),
    title: f.rule,
    raw_details: clip(rawDetails(f))
  };
  if (f.line !== null && startLine === endLine && f.column != null && f.column >= 1) {
    annotation.start_column = f.column;
    annotation.end_column = Math.max(f.column, f.endColumn ?? f.column);
  }
  return annotation;
}
function rawDetails(f) {
  const lines = [`rule: ${f.rule}`, `severity: ${f.severity}${f.critical ? " (critical)" : ""}`, `category: ${f.category}`];
  if (f.scenarios?.length) lines.push(`scenarios: ${f.scenarios.join(", ")}`);
  if (f.object) lines.push(`object: ${f.object}`);
  if (f.direction) lines.push(`direction: ${f.direction}`);
  if (f.line === null) lines.push("location: the file is not in the head commit; anchored at line 1");
  lines.push(`docs: ${ruleDocsUrl(f.rule)}`, `fingerprint: ${f.fingerprint}`);
  return lines.join("\n");
}
function clip(text) {
  return text.length <= ANNOTATION_TEXT_LIMIT ? text : `${text.slice(0, ANNOTATION_TEXT_LIMIT - 1)}\u2026`;
}
function checkRunTitle(report) {
  const headline = scenarioHeadline(report);
  return headline ? `${headline.text} \u2014 ${verdictTitle(report)}` : verdictTitle(report);
}
function verdictTitle(report) {
  const { errors, warnings, notices } = report.summary;
  const unread = report.verdict === "pass" ? allowedUnreadable(report) : 0;
  if (unread > 0) return `Passes, but ${count(unread, "file")} could not be read (allowed): ${count(errors, "error")}, ${count(warnings, "warning")}, ${count(notices, "notice")}`;
  if (errors + warnings + notices === 0) return "Rollback-safe: no findings";
  const counts = [count(errors, "error"), count(warnings, "warning"), count(notices, "notice")].join(", ");
  return report.verdict === "fail" ? `Not rollback-safe: ${counts}` : `Rollback-safe: ${counts}`;
}
function count(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function checkRunSummary(markdown, runUrl) {
  const where = runUrl ? `the [job summary](${runUrl})` : "the job summary";
  return fitText(markdown, CHECK_RUN_SUMMARY_LIMIT, `\u2026 trimmed to GitHub's 65,535-character limit: the full report is in ${where}.`);
}
async function publishCheckRun(input) {
  const { client, owner, repo, report } = input;
  const name = checkRunName(input.name);
  const externalId = input.externalId ?? `rollback-guard:${randomUUID()}`;
  const annotations = checkRunAnnotations(report);
  const markdown = typeof input.markdown === "string" ? input.markdown : input.markdown(CHECK_RUN_SUMMARY_LIMIT);
  const output = { title: checkRunTitle(report), summary: checkRunSummary(markdown, input.runUrl) };
  const batches = [];
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
        status: "completed",
        conclusion: report.verdict === "fail" ? "failure" : "success",
        completed_at: (/* @__PURE__ */ new Date()).toISOString(),
        ...input.runUrl ? { details_url: input.runUrl } : {},
        output: { ...output, annotations: batches[0] ?? [] },
        ...NO_BLIND_RETRY
      });
      return { id: response.data.id, url: response.data.html_url ?? null };
    },
    () => findCheckRun(client, owner, repo, input.headSha, name, externalId)
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
      async () => await annotationsCount(client, owner, repo, created.id) >= expected ? true : null
    );
    stored = expected;
  }
  return { id: created.id, url: created.url, annotations: annotations.length, requests: Math.max(1, batches.length) };
}
async function findCheckRun(client, owner, repo, headSha, name, externalId) {
  for await (const page of client.paginate.iterator(client.rest.checks.listForRef, {
    owner,
    repo,
    ref: headSha,
    check_name: name,
    filter: "all",
    per_page: 100
  })) {
    const found = page.data.find((run) => run.external_id === externalId);
    if (found) return { id: found.id, url: found.html_url ?? null };
  }
  return null;
}
async function annotationsCount(client, owner, repo, id) {
  const { data } = await client.rest.checks.get({ owner, repo, check_run_id: id });
  return data.output.annotations_count;
}

// src/github/comment.ts
var STICKY_MARKER = "<!-- rollback-guard:sticky -->";
function stickyMarker(name = DEFAULT_NAME) {
  return name === DEFAULT_NAME ? STICKY_MARKER : `<!-- rollback-guard:sticky:${name} -->`;
}
function needsComment(report) {
  return report.findings.some((f) => !f.suppressed && (f.severity === "error" || f.severity === "warning"));
}
function stickyBody(report, markdown, runUrl, name = DEFAULT_NAME) {
  const marker = stickyMarker(name);
  if (!needsComment(report)) {
    const notices = report.summary.notices;
    const extra = notices > 0 ? ` ${notices === 1 ? "1 notice remains" : `${notices} notices remain`} in the check run and job summary.` : "";
    return `${marker}
## \u2705 ${gfmText(name)}: all clear

The latest run found nothing that breaks a rollback.${extra}
`;
  }
  const where = runUrl ? `the [job summary](${runUrl})` : "the job summary of the workflow run";
  const room = COMMENT_LIMIT - marker.length - 2;
  const rendered = typeof markdown === "string" ? markdown : markdown(room);
  const body = fitText(rendered.trimEnd(), room, `\u2026 trimmed to GitHub's 65,536-character comment limit: the full report is in ${where}.`);
  return `${marker}
${body}
`;
}
async function stickyAuthor(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) return { anyBot: true };
    throw error;
  }
}
function writtenBy(author, user) {
  if (!user) return false;
  return "login" in author ? user.login === author.login : user.type === "Bot";
}
async function findStickyComment(client, owner, repo, prNumber, author, marker = STICKY_MARKER) {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: prNumber,
    per_page: 100
  })) {
    const found = page.data.find((c) => hasMarker(c.body, marker) && writtenBy(author, c.user));
    if (found) return { id: found.id, body: found.body ?? null };
  }
  return null;
}
function hasMarker(body, marker) {
  return typeof body === "string" && body.split(/\r?\n/, 1)[0].trim() === marker;
}
async function publishStickyComment(input) {
  const { client, owner, repo, prNumber } = input;
  const body = stickyBody(input.report, input.markdown, input.runUrl, input.name);
  const author = await stickyAuthor(client);
  const find = () => findStickyComment(client, owner, repo, prNumber, author, stickyMarker(input.name));
  const existing = await find();
  if (!existing) {
    if (!needsComment(input.report)) return { action: "none", id: null };
    const created = await writeOnce(
      client,
      async () => (await client.rest.issues.createComment({ owner, repo, issue_number: prNumber, body, ...NO_BLIND_RETRY })).data,
      find
    );
    return { action: "created", id: created.id };
  }
  if (normalise(existing.body ?? "") === normalise(body)) return { action: "unchanged", id: existing.id };
  await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: "updated", id: existing.id };
}
function normalise(text) {
  return text.replace(/\r\n/g, "\n").trimEnd();
}

// src/github/publish.ts
var NOT_PUBLISHED = { checkRunAnnotated: false, comment: "skipped" };
async function publishToGitHub(input, overrides = {}) {
  try {
    return await publish(input, overrides);
  } catch (error) {
    input.log.warning(`rollback-guard: GitHub API reporting failed (${describeApiError(error, [input.settings.token])}); the verdict is unchanged.`);
    return NOT_PUBLISHED;
  }
}
async function publish(input, overrides) {
  const { settings, run, log, report } = input;
  const wantCheckRun = settings.annotations === "auto" || settings.annotations === "check-run";
  const wantComment = settings.comment && run.prNumber !== null;
  const blocker = publishBlocker(settings, run, overrides.client !== void 0);
  if (blocker) {
    if ("warning" in blocker) log.warning(blocker.warning);
    return NOT_PUBLISHED;
  }
  const client = overrides.client ?? createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: log.debug, ...overrides.clientOptions });
  const failures = [];
  const failed = [];
  let checkRunAnnotated = false;
  if (wantCheckRun) {
    try {
      const result = await publishCheckRun({
        client,
        owner: run.owner,
        repo: run.repo,
        headSha: run.checkSha,
        report,
        markdown: input.markdown,
        runUrl: run.runUrl,
        name: settings.name
      });
      checkRunAnnotated = true;
      log.info(`rollback-guard: check run ${result.url ?? `#${result.id}`} with ${plural(result.annotations, "annotation")} (${plural(result.requests, "request")}).`);
    } catch (error) {
      failures.push(error);
      failed.push("check run");
    }
  }
  let comment = "skipped";
  if (wantComment && run.prNumber !== null) {
    try {
      const result = await publishStickyComment({
        client,
        owner: run.owner,
        repo: run.repo,
        prNumber: run.prNumber,
        report,
        markdown: input.markdown,
        runUrl: run.runUrl,
        name: settings.name
      });
      comment = result.action;
      if (result.action !== "none") log.info(`rollback-guard: PR comment ${result.action}.`);
    } catch (error) {
      failures.push(error);
      failed.push("PR comment");
    }
  }
  if (failures.length > 0) {
    const forbidden = failures.some((e) => httpStatus(e) === 403 && rateLimitWait(e) === null);
    const reason = failures.map((e) => describeApiError(e, [settings.token])).filter((r, i, all) => all.indexOf(r) === i).join("; ");
    const hint = forbidden ? " (grant the job `checks: write` and `pull-requests: write`)" : "";
    log.warning(`rollback-guard: could not publish the ${failed.join(" and ")}: ${reason}${hint}; ${FALLBACK}, and the verdict is unchanged.`);
  }
  return { checkRunAnnotated, comment };
}
export {
  publishToGitHub
};
