import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  lineStarts
} from "./chunk-7L7Q2KBG.js";

// src/wasm-flags.ts
import { setFlagsFromString } from "node:v8";
var WASM_FLAGS = "--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering";
var v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 11 && v8Major <= 14) setFlagsFromString(WASM_FLAGS);

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
  const range = report.base === "none" ? "" : ` (${shortRef(report.base)}..${shortRef(report.head)})`;
  out.push(`${verdict}  ${counts} in ${plural(report.summary.filesAnalyzed, "file")}${range}`);
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
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
  const page = docsDir ? readPage(join(docsDir, `${rule.id}.md`)) : null;
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
  if (!pages.has(path)) pages.set(path, existsSync(path) ? readFileSync(path, "utf8").replace(/\r\n/g, "\n") : null);
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
  return [join(here, "..", "docs", "rules"), join(here, "..", "..", "docs", "rules")].find((dir) => existsSync(dir));
}

export {
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
