import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  InputError,
  publishBlocker,
  readMode,
  readSettings
} from "./chunk-AEBA5WSW.js";
import {
  findDocsDir,
  renderJson,
  renderSarif,
  renderWorkflowCommands
} from "./chunk-FZIG6PAL.js";
import {
  plural,
  renderMarkdown
} from "./chunk-KPM5VIF5.js";
import {
  engineNeeds,
  prepareSqlParsers,
  runEngineAsync,
  startCodeSearch
} from "./chunk-5XTDXW2C.js";
import {
  ConfigError
} from "./chunk-JQBOSFPS.js";
import {
  loadBaseConfig
} from "./chunk-U2K57VXA.js";
import {
  CODEOWNERS_PATHS
} from "./chunk-PCO3WAOG.js";
import {
  allRules
} from "./chunk-HOMZOPEG.js";
import {
  detectInSets,
  touchesChangelogFile
} from "./chunk-FROQA73M.js";
import {
  ForkPointError,
  defaultBase,
  gitChangeSet,
  hasCommit,
  repoRoot,
  repoRootWith
} from "./chunk-UZ57K3HJ.js";
import {
  GitError
} from "./chunk-R5XSFKKQ.js";
import {
  touchesSqlFile
} from "./chunk-OKPMEVZ6.js";

// src/action.ts
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "node:os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/context/event.ts
var ZERO_SHA = /^0{40}$/;
function readRun(env) {
  const payload = env.payload ?? {};
  const [owner = "", repo = ""] = env.repository.split("/");
  const base = {
    eventName: env.eventName,
    owner,
    repo,
    prNumber: null,
    isFork: false,
    apiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
    runUrl: env.runId ? `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}` : null,
    defaultBranch: payload.repository?.default_branch ?? null
  };
  switch (env.eventName) {
    // pull_request_review: a review submitted or dismissed re-runs the check (docs/approvals.md), same PR, same commits.
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review": {
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
        prLabels: Array.isArray(pr.labels) ? pr.labels.flatMap((l) => typeof l?.name === "string" ? [l.name] : []) : null
      };
    }
    case "merge_group": {
      const group = payload.merge_group ?? {};
      const headSha = group.head_sha ?? env.sha;
      const queued = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? "");
      return { ...base, baseSha: group.base_sha ?? null, headSha, checkSha: headSha, queuedPr: queued ? Number(queued[1]) : null };
    }
    case "push": {
      const before = payload.before && !ZERO_SHA.test(payload.before) ? payload.before : null;
      const headSha = payload.after && !ZERO_SHA.test(payload.after) ? payload.after : env.sha;
      return { ...base, baseSha: before, headSha, checkSha: headSha };
    }
    default:
      return { ...base, baseSha: null, headSha: env.sha, checkSha: env.sha };
  }
}

// src/action.ts
var SUMMARY_CAP = 1e6;
async function runAction(env = process.env) {
  const settings = readSettings((name) => getInput(name));
  if (settings.token) setSecret(settings.token);
  if (readMode((name) => getInput(name)) === "plan") return (await import("./chunk-DPISA6Q4.js")).runPlanAction(settings, env);
  const run = readRun({
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload: readEventPayload(env.GITHUB_EVENT_PATH),
    repository: env.GITHUB_REPOSITORY ?? "",
    sha: env.GITHUB_SHA ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    runId: env.GITHUB_RUN_ID
  });
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory);
  if (!isDirectory(cwd)) {
    throw new InputError(
      `the 'working-directory' input '${settings.workingDirectory}' is not a directory of the workspace (${cwd}); check it out there first or fix the path.`
    );
  }
  const changes = await changeSetFor(settings, run, cwd);
  const config = await loadBaseConfig(changes, settings.config, (m) => warning(m));
  if (settings.config && changes.baseTree.read(settings.config) === null) {
    warning(`The config file '${settings.config}' does not exist in the base commit; using the defaults (the config is always read from base).`);
  }
  const input = { changes, config };
  startCodeSearch(input);
  if (touchesSqlFile(changes.files) || touchesChangelogFile(changes.files)) {
    const needs = engineNeeds({ changes, config });
    await prepareSqlParsers(needs.dialects, needs);
  }
  const tags = tagsAt(changes.base, cwd);
  const report = await runEngineAsync(input, { failOn: settings.failOn, approvals: () => approvalsOf(settings, run, changes, config) });
  for (const s of report.skipped) notice(`rollback-guard did not analyse ${s.file}: ${s.reason}.`, { file: s.file });
  const outDir = join(env.RUNNER_TEMP ?? tmpdir(), "rollback-guard");
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, "report.json");
  writeFileSync(reportPath, renderJson(report));
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const common = {
    name: settings.name,
    links: run.owner && run.repo ? { repository: { serverUrl: run.serverUrl, owner: run.owner, repo: run.repo }, headSha: report.head, baseSha: isSha(report.base) ? report.base : null } : null,
    base: baseLabel(report.base, payload, run, await tags),
    migrationFramework: (path) => {
      try {
        return detectInSets(path, changes.headTree.read(path), config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    }
  };
  const summaryLink = run.runUrl ? `the full list is in the [job summary](${run.runUrl})` : "the full list is in the job summary";
  const markdown = renderMarkdown(report, { ...common, maxLength: SUMMARY_CAP, moreHint: `the JSON report (${reportPath}) has all of them` });
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
  const printed = { error: 0, warning: 0, notice: report.skipped.length };
  const warn = (m) => {
    printed.warning++;
    warning(m);
  };
  let checkRunAnnotated = false;
  const wantsApi = settings.annotations === "auto" || settings.annotations === "check-run" || settings.comment;
  const blocker = wantsApi ? publishBlocker(settings, run) : { quiet: true };
  if (blocker && "warning" in blocker) warn(blocker.warning);
  if (!blocker) {
    const { publishToGitHub } = await import("./chunk-BOCHCYQL.js");
    try {
      const published = await publishToGitHub({
        report,
        settings,
        run,
        markdown: (maxLength) => renderMarkdown(report, { ...common, maxLength, moreHint: summaryLink }),
        log: { info: (m) => info(m), warning: warn, debug: (m) => debug(m) }
      });
      checkRunAnnotated = published.checkRunAnnotated;
    } catch (error2) {
      const { describeApiError } = await import("./chunk-M3RWQIHE.js");
      warn(`rollback-guard could not report through the GitHub API (${describeApiError(error2, [settings.token])}); the verdict is unchanged.`);
    }
  }
  let sarifPath = null;
  let sarifError = null;
  if (settings.sarif) {
    const path = resolve(cwd, settings.sarif);
    try {
      writeFileSync(path, renderSarif(report, allRules, { docsDir: findDocsDir() }));
      sarifPath = path;
    } catch (error2) {
      sarifError = `rollback-guard: cannot write the SARIF file of the 'sarif' input '${settings.sarif}': ${writeProblem(error2, path)}; create the folder in an earlier step or choose another path.`;
    }
  }
  if (settings.annotations === "workflow-commands" || settings.annotations !== "off" && !checkRunAnnotated) {
    printed.error = (report.verdict === "fail" ? 1 : 0) + (sarifError ? 1 : 0);
    process.stdout.write(renderWorkflowCommands(report, { summaryHint: "the job summary", reserved: printed }));
  }
  setOutput("verdict", report.verdict);
  setOutput("errors", String(report.summary.errors));
  setOutput("warnings", String(report.summary.warnings));
  setOutput("notices", String(report.summary.notices));
  setOutput("report", reportPath);
  if (sarifPath) setOutput("sarif", sarifPath);
  const { errors, warnings, notices } = report.summary;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  if (report.verdict === "fail") setFailed(`rollback-guard: this PR is not rollback-safe (${counts}).`);
  else info(`rollback-guard: rollback-safe (${counts}).`);
  if (sarifError) setFailed(sarifError);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function writeProblem(error2, path) {
  const code = error2.code;
  const folder = dirname(path);
  if (code === "ENOENT") return `the folder ${folder} does not exist`;
  if (code === "ENOTDIR") return `a part of ${folder} is a file, not a folder`;
  if (code === "EISDIR") return `${path} is a folder`;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `${folder} is not writable`;
  return error2.message;
}
var ApiReadError = class extends Error {
};
async function changeSetFor(settings, run, cwd) {
  const givenBase = settings.base ?? run.baseSha;
  const head = settings.head ?? (run.headSha || null);
  let root = null;
  try {
    root = givenBase && head ? repoRootWith(cwd, givenBase, head) : repoRoot(cwd);
  } catch (error2) {
    if (!(error2 instanceof GitError)) throw error2;
  }
  const base = givenBase ?? (root ? baseForNewBranch(root, run.defaultBranch) ?? defaultBase(root) : null);
  if (!base) {
    throw new InputError(
      `cannot tell the base commit of this '${run.eventName}' event; set the 'base' input (and check out with fetch-depth: 0).`
    );
  }
  info(`rollback-guard: comparing ${base} \u2192 ${head ?? "working tree"} (${run.eventName || "no event"})`);
  try {
    if (root === null) throw new GitError(`${cwd} is not a git checkout`);
    return gitChangeSet(base, head, { cwd: root, log: (m) => info(m) });
  } catch (error2) {
    if (error2 instanceof ForkPointError) {
      if (!settings.token || root === null || head === null) throw error2;
      const { createGitHubClient: createGitHubClient2 } = await import("./chunk-M3RWQIHE.js");
      const { mergeBaseFromApi } = await import("./chunk-NQW4RKH3.js");
      const client2 = createGitHubClient2({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => debug(m) });
      const forkPoint = await mergeBaseFromApi(client2, run.owner, run.repo, base, head).catch(() => null);
      if (!forkPoint) throw error2;
      info(`rollback-guard: the GitHub API gives ${forkPoint} as where ${head} left ${base}.`);
      return gitChangeSet(base, head, { cwd: root, log: (m) => info(m), forkPoint });
    }
    if (!(error2 instanceof GitError) || !settings.token || head === null) throw error2;
    info(`rollback-guard: git cannot answer (${error2.message}); reading the change set from the GitHub API instead.`);
    const { createGitHubClient, describeApiError } = await import("./chunk-M3RWQIHE.js");
    const { apiChangeSet } = await import("./chunk-NQW4RKH3.js");
    const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => debug(m) });
    try {
      return await apiChangeSet({ client, owner: run.owner, repo: run.repo, base, head, prNumber: run.prNumber, configPath: settings.config });
    } catch (apiError) {
      throw new ApiReadError(
        `git cannot read the change set (${error2.message}) and the GitHub API failed too (${describeApiError(apiError, [settings.token])}); check out the repository with actions/checkout and fetch-depth: 0.`
      );
    }
  }
}
async function approvalsOf(settings, run, changes, config) {
  const pr = run.prNumber ?? run.queuedPr ?? null;
  let state;
  if (pr === null) state = { kind: "unverifiable", why: `a '${run.eventName || "unknown"}' event belongs to no pull request` };
  else if (!settings.token) state = { kind: "unverifiable", why: "no github-token to read the pull request's reviews" };
  else {
    const { createGitHubClient } = await import("./chunk-M3RWQIHE.js");
    const { readApprovals } = await import("./chunk-I5HFX45I.js");
    const client = createGitHubClient({ token: settings.token, baseUrl: run.apiUrl, debug: (m) => debug(m) });
    const codeowners = CODEOWNERS_PATHS.map((path) => changes.baseTree.read(path)).find((text) => text !== null) ?? null;
    state = await readApprovals({
      client,
      owner: run.owner,
      repo: run.repo,
      prNumber: pr,
      author: run.prNumber === null ? null : run.prAuthor ?? null,
      labels: run.prNumber === null ? null : run.prLabels ?? null,
      label: config.approvals.label,
      codeowners,
      secrets: [settings.token]
    });
  }
  if (state.kind === "unverifiable") warning(`rollback-guard: cannot verify who approved the suppressions this PR adds (${state.why}); they stay pending.`);
  return state;
}
function readEventPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function baseForNewBranch(root, defaultBranch) {
  if (!defaultBranch) return null;
  for (const ref of [`origin/${defaultBranch}`, defaultBranch]) {
    if (hasCommit(ref, root)) return ref;
  }
  return null;
}
function isSha(ref) {
  return /^[0-9a-f]{40}$/.test(ref);
}
function tagsAt(base, cwd) {
  if (!isSha(base)) return Promise.resolve([]);
  return new Promise((done) => {
    execFile("git", ["tag", "--points-at", base], { cwd, encoding: "utf8", timeout: 1e4 }, (error2, out) => {
      done(error2 ? [] : out.split("\n").map((t) => t.trim()).filter(Boolean).slice(0, 5));
    });
  });
}
function baseLabel(base, payload, run, tags) {
  const event = payload;
  const ref = (event.pull_request?.base?.ref ?? event.merge_group?.base_ref ?? run.defaultBranch ?? null)?.replace(/^refs\/heads\//, "") ?? null;
  const url = run.owner && run.repo && isSha(base) ? `${run.serverUrl.replace(/\/+$/, "")}/${run.owner}/${run.repo}/commit/${base}` : null;
  return { ref, tags, url };
}
async function main() {
  try {
    await runAction();
  } catch (error2) {
    if (error2 instanceof InputError || error2 instanceof ConfigError || error2 instanceof GitError || error2 instanceof ApiReadError) {
      setFailed(`rollback-guard: ${error2.message}`);
    } else {
      setFailed(`rollback-guard: internal error: ${error2 instanceof Error ? error2.message : String(error2)}`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}

export {
  summary,
  setOutput,
  setFailed,
  warning,
  info,
  runAction,
  writeProblem,
  ApiReadError,
  readEventPayload,
  main
};
