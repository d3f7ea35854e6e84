import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  MAX_FILE_BYTES
} from "./chunk-6AR2CUFH.js";
import {
  lineStarts
} from "./chunk-SBSNNU2B.js";

// src/wasm-flags.ts
import { setFlagsFromString } from "node:v8";
var WASM_FLAGS = "--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering";
var v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 11 && v8Major <= 13) setFlagsFromString(WASM_FLAGS);

// src/changes/git.ts
import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
function git(args, cwd, maxBuffer = 256 * 1024 * 1024) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    maxBuffer,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
  });
}
function tryGit(args, cwd) {
  try {
    return git(args, cwd);
  } catch {
    return null;
  }
}
function repoRoot(cwd) {
  const root = tryGit(["rev-parse", "--show-toplevel"], cwd);
  if (root === null) throw new GitError(`${cwd} is not inside a git repository; run rollback-guard check in one, or use \`rollback-guard sql\` / \`contract\` on loose files.`);
  return root.trim();
}
function hasCommit(rev, cwd) {
  return tryGit(["cat-file", "-e", `${rev}^{commit}`], cwd) !== null;
}
function resolveCommit(rev, options) {
  if (!hasCommit(rev, options.cwd) && /^[0-9a-f]{7,40}$/.test(rev)) {
    options.log?.(`rollback-guard: commit ${rev} is not in this (shallow?) checkout; fetching just that commit from origin.`);
    tryGit(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", rev], options.cwd);
  }
  const sha = tryGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], options.cwd);
  if (sha === null) throw new GitError(`cannot find commit '${rev}' in ${options.cwd}; fetch it (actions/checkout with fetch-depth: 0) or pass another --base/--head.`);
  return sha.trim();
}
var DEFAULT_BRANCHES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
function defaultBase(cwd) {
  for (const branch of DEFAULT_BRANCHES) {
    if (!hasCommit(branch, cwd)) continue;
    const base = tryGit(["merge-base", "HEAD", branch], cwd);
    if (base) return base.trim();
  }
  return null;
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p.length > 0);
  const files = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    const code = status[0];
    if (code === "R") {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ path, oldPath, status: "renamed" });
    } else if (code === "C") {
      i++;
      files.push({ path: parts[i++], status: "added" });
    } else {
      const path = parts[i++];
      files.push({ path, status: code === "A" ? "added" : code === "D" ? "deleted" : "modified" });
    }
  }
  return files;
}
function gitChangeSet(base, head, options) {
  const root = repoRoot(options.cwd);
  const baseSha = resolveCommit(base, { ...options, cwd: root });
  const headSha = head === null ? null : resolveCommit(head, { ...options, cwd: root });
  const skipped = [];
  const forkPoint = tryGit(["merge-base", baseSha, headSha ?? "HEAD"], root)?.trim() || baseSha;
  const diffArgs = ["diff", "--name-status", "-z", "-M", "--no-ext-diff", forkPoint];
  if (headSha) diffArgs.push(headSha);
  const files = parseNameStatus(git([...diffArgs, "--"], root));
  if (headSha === null) {
    const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0").filter((p) => p.length > 0);
    for (const path of untracked) files.push({ path, status: "added" });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const changed = new Set(files.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const noteSkip = (path, reason) => {
    if (changed.has(path) && !skipped.some((s) => s.file === path)) skipped.push({ file: path, reason });
  };
  return {
    base: baseSha,
    head: headSha ?? "worktree",
    files,
    baseTree: commitSnapshot(baseSha, root, noteSkip),
    headTree: headSha ? commitSnapshot(headSha, root, noteSkip) : worktreeSnapshot(root, noteSkip),
    skipped
  };
}
function decode(buffer, path, noteSkip) {
  if (buffer.length > MAX_FILE_BYTES) {
    noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
  if (buffer.subarray(0, 8e3).includes(0)) {
    noteSkip(path, "binary file");
    return null;
  }
  return buffer.toString("utf8");
}
function commitSnapshot(sha, root, noteSkip = () => {
}) {
  let listing = null;
  const cache = /* @__PURE__ */ new Map();
  return {
    list() {
      listing ??= git(["ls-tree", "-r", "-z", "--name-only", sha], root).split("\0").filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!cache.has(path)) cache.set(path, isSafeRelative(path) ? readBlob(sha, path, root, noteSkip) : null);
      return cache.get(path) ?? null;
    },
    prefetch(paths) {
      const wanted = [...new Set(paths)].filter((p) => !cache.has(p) && isSafeRelative(p) && !/[\n\r]/.test(p));
      if (wanted.length < 2) return;
      try {
        for (const [path, blob] of readBlobs(sha, wanted, root)) {
          cache.set(path, blob === null ? null : decode(blob, path, noteSkip));
        }
      } catch {
      }
    }
  };
}
function readBlob(sha, path, root, noteSkip) {
  try {
    const buffer = execFileSync("git", ["cat-file", "blob", `${sha}:${path}`], {
      cwd: root,
      maxBuffer: MAX_FILE_BYTES + 1,
      stdio: ["ignore", "pipe", "ignore"]
    });
    return decode(buffer, path, noteSkip);
  } catch (error) {
    if (error.code === "ENOBUFS") noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
}
function readBlobs(sha, paths, root) {
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd: root,
    input: paths.map((p) => `${sha}:${p}
`).join(""),
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: ["pipe", "pipe", "ignore"]
  });
  const blobs = /* @__PURE__ */ new Map();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    if (eol === -1) break;
    const header = out.subarray(at, eol).toString("utf8");
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!m) {
      blobs.set(path, null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    blobs.set(path, m[1] === "blob" ? out.subarray(eol + 1, eol + 1 + size) : null);
    at = eol + 1 + size + 1;
  }
  return blobs;
}
function worktreeSnapshot(root, noteSkip = () => {
}) {
  let listing = null;
  const realRoot = realpathSync(root);
  return {
    list() {
      listing ??= git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root).split("\0").filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!isSafeRelative(path)) return null;
      const full = join(root, path);
      try {
        const real = realpathSync(full);
        if (relative(realRoot, real).startsWith(`..${sep}`) || !lstatSync(full).isFile()) return null;
        return decode(readFileSync(real), path, noteSkip);
      } catch {
        return null;
      }
    }
  };
}
function isSafeRelative(path) {
  return path.length > 0 && !path.startsWith("/") && !path.split("/").includes("..") && !path.includes("\0");
}

// src/report/json.ts
function renderJson(report) {
  const ordered = {
    version: report.version,
    verdict: report.verdict,
    base: report.base,
    head: report.head,
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      suppressed: report.summary.suppressed,
      filesAnalyzed: report.summary.filesAnalyzed
    },
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      category: f.category,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      column: f.column,
      endColumn: f.endColumn,
      message: f.message,
      object: f.object,
      direction: f.direction,
      critical: f.critical,
      suppressed: f.suppressed,
      ...f.suppression ? { suppression: { source: f.suppression.source, reason: f.suppression.reason } } : {},
      help: f.help,
      fingerprint: f.fingerprint
    })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    migrations: [...report.migrations]
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// src/report/source.ts
var MAX_QUOTED = 160;
function lineQuoter(source) {
  const files = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (line === null) return null;
    if (!files.has(file)) {
      const text = source(file);
      files.set(file, text === null ? null : { text, starts: lineStarts(text) });
    }
    const entry = files.get(file);
    if (!entry || line < 1 || line > entry.starts.length) return null;
    const start = entry.starts[line - 1];
    const next = line < entry.starts.length ? entry.starts[line] - 1 : entry.text.length;
    return entry.text.slice(start, Math.min(next, start + MAX_QUOTED + 1)).replace(/\r$/, "");
  };
}

// src/report/text.ts
var COLORS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  notice: ["\x1B[36m", "\x1B[39m"],
  pass: ["\x1B[32m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
function renderText(report, options) {
  const paint = (style, s) => options.color ? `${COLORS[style][0]}${s}${COLORS[style][1]}` : s;
  const out = [];
  const quote = lineQuoter(options.source);
  const active = report.findings.filter((f) => !f.suppressed);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of active) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (const [file, findings] of byFile) {
    out.push(paint("bold", file));
    for (const f of findings) {
      const where2 = f.line === null ? "(deleted)" : `${f.line}${f.column ? `:${f.column}` : ""}`;
      const critical = f.critical ? " [critical]" : "";
      out.push(`  ${where2}  ${paint(f.severity, f.severity)}${critical}  ${f.rule}  ${f.message}`);
      const raw = quote(f.file, f.line);
      const quoted = raw !== null && raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}\u2026` : raw;
      if (quoted !== null && (f.column ?? 1) <= MAX_QUOTED) {
        const gutter = String(f.line).padStart(5);
        out.push(paint("dim", `${gutter} | `) + quoted);
        const col = Math.max(1, f.column ?? firstNonBlank(quoted));
        const width = Math.max(1, f.endColumn && f.endLine === f.line ? f.endColumn - col : quoted.trimEnd().length - col + 1);
        out.push(paint("dim", `${" ".repeat(5)} | `) + " ".repeat(col - 1) + paint(f.severity, "^".repeat(Math.min(width, MAX_QUOTED - col + 1))));
      }
      out.push(paint("dim", `        see ${f.help}`));
    }
    out.push("");
  }
  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    out.push(paint("dim", `Suppressed (${suppressed.length}):`));
    for (const f of suppressed) {
      out.push(paint("dim", `  ${f.file}:${f.line ?? "-"}  ${f.rule}  \u2014 ${f.suppression?.reason ?? "no reason given"}`));
    }
    out.push("");
  }
  for (const s of report.skipped) out.push(paint("dim", `Skipped ${s.file}: ${s.reason}`));
  const { errors, warnings, notices } = report.summary;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const verdict = report.verdict === "pass" ? paint("pass", "PASS") : paint("error", "FAIL");
  out.push(`${verdict}  ${counts} in ${plural(report.summary.filesAnalyzed, "file")} (${shortRef(report.base)}..${shortRef(report.head)})`);
  return `${out.join("\n")}
`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
function firstNonBlank(line) {
  const m = /\S/.exec(line);
  return m ? m.index + 1 : 1;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", notice: "\u{1F535}" };
function renderMarkdown(report, options = {}) {
  const docsUrl = options.docsUrl ?? ((id) => `docs/rules/${id}.md`);
  const maxLength = options.maxLength ?? 1e6;
  const active = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.filter((f) => f.suppressed);
  const { errors, warnings, notices } = report.summary;
  const head = [];
  head.push(
    report.verdict === "pass" ? "## \u2705 rollback-guard: this PR is rollback-safe" : "## \u274C rollback-guard: this PR is not rollback-safe"
  );
  head.push("");
  head.push(
    `${bold(errors, plural(errors, "error"))}, ${plural(warnings, "warning")}, ${plural(notices, "notice")} in ${plural(report.summary.filesAnalyzed, "analysed file")} \xB7 base \`${shortRef(report.base)}\` \u2192 head \`${shortRef(report.head)}\``
  );
  head.push("");
  const tail = [];
  tail.push(...rollbackInstruction(report, active));
  if (suppressed.length > 0) {
    tail.push("", `### Suppressed (${suppressed.length})`, "");
    for (const f of suppressed) {
      const source = f.suppression?.source === "config" ? "config `allow`" : "inline";
      tail.push(`- \`${f.rule}\` at \`${where(f)}\` (${source}): ${cell(f.suppression?.reason ?? "no reason given")}`);
    }
  }
  if (report.skipped.length > 0) {
    tail.push("", "### Not analysed", "");
    for (const s of report.skipped) tail.push(`- \`${s.file}\`: ${cell(s.reason)}`);
  }
  const rows = [];
  if (active.length > 0) {
    rows.push("| | Rule | Where | Finding |", "|---|---|---|---|");
    for (const f of active) {
      const critical = f.critical ? " **critical**" : "";
      rows.push(
        `| ${ICON[f.severity]} ${f.severity}${critical} | [\`${f.rule}\`](${docsUrl(f.rule)}) | \`${where(f)}\` | ${cell(f.message)} |`
      );
    }
  }
  const fixed = head.join("\n").length + tail.join("\n").length + 400;
  let table = rows;
  if (fixed + rows.join("\n").length > maxLength) {
    const kept = [];
    let size = fixed;
    for (const row of rows) {
      if (size + row.length + 1 > maxLength) break;
      kept.push(row);
      size += row.length + 1;
    }
    const cut = rows.length - kept.length;
    table = [...kept, "", `\u2026 ${plural(cut, "more finding")} not shown.${options.moreHint ? ` ${options.moreHint}` : ""}`];
  }
  const body = [...head, ...table, ...table.length ? [""] : [], ...tail].join("\n");
  return `${body.length > maxLength ? body.slice(0, maxLength - 2) : body}
`;
}
function rollbackInstruction(report, active) {
  const out = ["### If this PR has to be rolled back", ""];
  out.push(`1. The code goes back to the base commit \`${shortRef(report.base)}\`.`);
  if (report.migrations.length > 0) {
    out.push(
      `2. The database keeps ${plural(report.migrations.length, "migration")} of this PR applied (do not run down migrations: they destroy data written since):`
    );
    for (const m of report.migrations) out.push(`   - \`${m}\``);
  } else {
    out.push("2. This PR adds no forward migration: the schema stays as the base release knows it.");
  }
  const migrationBreaks = active.filter((f) => f.category === "migration" && f.severity === "error");
  const contractBreaks = active.filter((f) => f.category === "contract" && f.severity === "error");
  const rollbackRisks = active.filter((f) => f.direction === "rollback");
  if (migrationBreaks.length === 0 && contractBreaks.length === 0) {
    out.push("3. **Rolling back is safe**: the base release runs against the migrated schema and its clients keep working.");
  } else {
    out.push("3. **Rolling back is not safe** until these are fixed:");
    for (const f of [...migrationBreaks, ...contractBreaks]) out.push(`   - \`${where(f)}\` ${f.rule}: ${cell(f.message)}`);
  }
  if (rollbackRisks.length > 0) {
    out.push(
      `4. ${plural(rollbackRisks.length, "addition")} disappear again on rollback: clients and consumers that adopt them must tolerate their absence.`
    );
  }
  return out;
}
function where(f) {
  return f.line === null ? `${f.file} (deleted)` : `${f.file}:${f.line}`;
}
function bold(n, text) {
  return n > 0 ? `**${text}**` : text;
}
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;");
}

// src/report/github.ts
var PER_LEVEL = 10;
function renderWorkflowCommands(report, options = {}) {
  const active = report.findings.filter((f) => !f.suppressed);
  const lines = [];
  let cut = 0;
  for (const level of ["error", "warning", "notice"]) {
    const ofLevel = active.filter((f) => f.severity === level).sort(bySeverityThenCritical);
    const room = level === "notice" ? PER_LEVEL - 1 : PER_LEVEL;
    const shown = ofLevel.slice(0, room);
    cut += ofLevel.length - shown.length;
    for (const f of shown) lines.push(annotation(level, f));
  }
  if (cut > 0) {
    const hint = options.summaryHint ?? "the job summary";
    lines.push(`::notice title=rollback-guard::${escapeData(`${cut} more finding${cut === 1 ? "" : "s"} not annotated here (GitHub shows 10 per level per step); see ${hint} for all of them.`)}`);
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}
function bySeverityThenCritical(a, b) {
  return Number(b.critical) - Number(a.critical);
}
function annotation(level, f) {
  const props = [`file=${escapeProperty(f.file)}`];
  if (f.line !== null) {
    props.push(`line=${f.line}`);
    if (f.endLine !== null) props.push(`endLine=${f.endLine}`);
    if (f.column !== null && f.endLine === f.line) props.push(`col=${f.column}`);
    if (f.endColumn !== null && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
  }
  props.push(`title=${escapeProperty(f.critical ? `${f.rule} (critical)` : f.rule)}`);
  return `::${level} ${props.join(",")}::${escapeData(`${f.message} See ${f.help}`)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/report/sarif.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var SARIF_INFORMATION_URI = "https://github.com/rollback-guard/rollback-guard";
var FINGERPRINT_KEY = "rollbackGuard/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report, rules, options = {}) {
  const driverRules = rules.map((rule) => sarifRule(rule, options.docsDir));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rollback-guard",
            informationUri: SARIF_INFORMATION_URI,
            version: VERSION,
            rules: driverRules
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((f) => sarifResult(f, index.get(f.rule)))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function sarifRule(rule, docsDir) {
  const page = docsDir ? readPage(join2(docsDir, `${rule.id}.md`)) : null;
  const full = page && section(page, "What it catches") || rule.summary;
  const helpUri = `${SARIF_INFORMATION_URI}/blob/main/docs/rules/${rule.id}.md`;
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: full },
    helpUri,
    help: {
      text: `${full}

See ${helpUri}`,
      markdown: page ?? `${rule.summary}

See [${rule.id}](${helpUri}).`
    },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ["rollback-safety", rule.category] }
  };
}
function sarifResult(f, ruleIndex) {
  const region = {};
  if (f.line === null) {
    region.startLine = 1;
  } else {
    region.startLine = f.line;
    region.endLine = Math.max(f.line, f.endLine ?? f.line);
    if (f.column != null && f.column >= 1) {
      region.startColumn = f.column;
      if (f.endColumn != null && (region.endLine > region.startLine || f.endColumn >= f.column)) region.endColumn = f.endColumn + 1;
    }
  }
  const properties = { category: f.category };
  if (f.object) properties.object = f.object;
  if (f.direction) properties.direction = f.direction;
  if (f.critical) properties.critical = true;
  if (f.line === null) properties.anchor = "the file is not in the head commit; anchored at line 1";
  return {
    ruleId: f.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(f.file), uriBaseId: "%SRCROOT%" }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.suppressed ? {
      suppressions: [
        {
          kind: f.suppression?.source === "config" ? "external" : "inSource",
          status: "accepted",
          ...f.suppression?.reason ? { justification: f.suppression.reason } : {}
        }
      ]
    } : {},
    properties
  };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
var pages = /* @__PURE__ */ new Map();
function readPage(path) {
  if (!pages.has(path)) pages.set(path, existsSync(path) ? readFileSync2(path, "utf8").replace(/\r\n/g, "\n") : null);
  return pages.get(path);
}
function section(page, title) {
  const lines = page.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return null;
  const paragraph = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("#") || line.startsWith("```")) break;
    if (line.trim() === "") {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? paragraph.join(" ") : null;
}
function findDocsDir() {
  let here;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return void 0;
  }
  return [join2(here, "..", "docs", "rules"), join2(here, "..", "..", "docs", "rules")].find((dir) => existsSync(dir));
}

export {
  GitError,
  repoRoot,
  hasCommit,
  defaultBase,
  gitChangeSet,
  decode,
  isSafeRelative,
  renderJson,
  renderText,
  plural,
  renderMarkdown,
  cell,
  renderWorkflowCommands,
  VERSION,
  renderSarif,
  findDocsDir
};
