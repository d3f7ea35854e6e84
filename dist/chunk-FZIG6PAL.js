import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  PROJECT_URL,
  plainMessage,
  plural,
  ruleDocsUrl,
  sarifText
} from "./chunk-KPM5VIF5.js";
import {
  VERSION
} from "./chunk-4K57P2NP.js";
import {
  SEVERITY_RANK
} from "./chunk-3MIIFOP7.js";

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
      ...f.scenarios?.length ? { scenarios: [...f.scenarios] } : {},
      suppressed: f.suppressed,
      ...f.suppression ? { suppression: { source: f.suppression.source, reason: f.suppression.reason } } : {},
      ...f.approval ? { approval: { by: f.approval.by, via: f.approval.via } } : {},
      ...f.pendingApproval ? { pendingApproval: { source: f.pendingApproval.source, reason: f.pendingApproval.reason, approvers: f.pendingApproval.approvers } } : {},
      ...f.references ? { references: f.references.map((r) => ({ file: r.file, line: r.line, text: r.text })) } : {},
      help: f.help,
      helpUri: ruleDocsUrl(f.rule),
      fingerprint: f.fingerprint
    })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    migrations: [...report.migrations],
    ...report.scenarios?.length ? { scenarios: report.scenarios.map((s) => ({ name: s.name, affected: s.affected })) } : {},
    ...report.detection?.length ? {
      detection: report.detection.map((d) => ({
        file: d.file,
        taken: d.taken,
        as: d.as,
        ...d.framework === void 0 ? {} : { framework: d.framework },
        ...d.dialect === void 0 ? {} : { dialect: d.dialect },
        reason: d.reason
      }))
    } : {}
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// src/report/github.ts
var PER_LEVEL = 10;
var LEVELS = ["error", "warning", "notice"];
function renderWorkflowCommands(report, options = {}) {
  const docsUrl = options.docsUrl ?? ((id) => ruleDocsUrl(id));
  const active = report.findings.filter((f) => !f.suppressed).map((f, index) => ({ f, index })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || Number(b.f.critical) - Number(a.f.critical) || a.index - b.index).map(({ f }) => f);
  const perLine = /* @__PURE__ */ new Map();
  for (const f of active) perLine.set(lineKey(f), (perLine.get(lineKey(f)) ?? 0) + 1);
  const usedLines = /* @__PURE__ */ new Set();
  const chosen = /* @__PURE__ */ new Map();
  for (const level of LEVELS) {
    const room = Math.max(0, PER_LEVEL - (options.reserved?.[level] ?? 0));
    const picked = [];
    const ofLevel = active.filter((f) => f.severity === level);
    const rules = /* @__PURE__ */ new Set();
    for (const distinctOnly of [true, false]) {
      for (const f of ofLevel) {
        if (picked.length >= room) break;
        if (usedLines.has(lineKey(f)) || distinctOnly && rules.has(f.rule)) continue;
        picked.push(f);
        rules.add(f.rule);
        usedLines.add(lineKey(f));
      }
    }
    chosen.set(level, picked);
  }
  let shown = LEVELS.reduce((n, level) => n + chosen.get(level).length, 0);
  let notShown = active.length - shown;
  const notices = chosen.get("notice");
  if (notShown > 0 && notices.length + (options.reserved?.notice ?? 0) >= PER_LEVEL) {
    notices.pop();
    shown -= 1;
    notShown += 1;
  }
  const lines = [];
  for (const level of LEVELS) {
    for (const f of chosen.get(level)) lines.push(annotation(level, f, perLine.get(lineKey(f)) - 1, docsUrl));
  }
  if (notShown > 0) {
    const hint = options.summaryHint ?? "the job summary";
    lines.push(
      `::notice title=rollback-guard::${escapeData(`${plural(notShown, "more finding")} ${notShown === 1 ? "is" : "are"} not annotated here (GitHub shows 10 per level per step, one per line here): ${hint} lists all ${active.length}.`)}`
    );
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}
function lineKey(f) {
  return `${f.file}\0${f.line ?? 0}`;
}
function annotation(level, f, othersOnLine, docsUrl) {
  const props = [`file=${escapeProperty(f.file)}`];
  if (f.line !== null) {
    props.push(`line=${f.line}`);
    if (f.endLine !== null) props.push(`endLine=${f.endLine}`);
    if (f.column !== null && f.endLine === f.line) props.push(`col=${f.column}`);
    if (f.endColumn !== null && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
  }
  const critical = f.scenarios?.length ? ` (critical: ${f.scenarios.join(", ")})` : f.critical ? " (critical)" : "";
  props.push(`title=${escapeProperty(`${f.rule}${critical}`)}`);
  const more = othersOnLine > 0 ? ` (${plural(othersOnLine, "more finding")} on this line.)` : "";
  return `::${level} ${props.join(",")}::${escapeData(`${plainMessage(f.message)}${more} See ${docsUrl(f.rule)}`)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/sarif.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var SARIF_INFORMATION_URI = PROJECT_URL;
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
  const helpUri = ruleDocsUrl(rule.id);
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
  if (f.approval) properties.approval = { by: f.approval.by, via: f.approval.via };
  if (f.pendingApproval) properties.pendingApproval = { source: f.pendingApproval.source, reason: f.pendingApproval.reason, approvers: f.pendingApproval.approvers };
  if (f.scenarios?.length) properties.scenarios = [...f.scenarios];
  if (f.line === null) properties.anchor = "the file is not in the head commit; anchored at line 1";
  return {
    ruleId: f.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVEL[f.severity],
    message: { text: sarifText(f.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(f.file), uriBaseId: "%SRCROOT%" }, region } }],
    // Where the previous release's code uses what the finding names (code-references; lines of the base commit).
    ...f.references?.length ? {
      relatedLocations: f.references.map((r, id) => ({
        id,
        physicalLocation: { artifactLocation: { uri: encodePath(r.file), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line } },
        message: { text: sarifText(`Used by the previous release (base commit): ${r.text}`) }
      }))
    } : {},
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
  renderWorkflowCommands,
  renderSarif,
  findDocsDir
};
