import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  PROJECT_URL,
  VERSION,
  blobUrl,
  codeSpan,
  gfmMessage,
  gfmText,
  plainMessage,
  plural,
  ruleDocsUrl,
  sarifText,
  shortRef
} from "./chunk-RV37BQ2X.js";
import {
  detectMigration
} from "./chunk-UPJWED4N.js";
import {
  SEVERITY_RANK
} from "./chunk-7K4VNERT.js";

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
      ...f.references ? { references: f.references.map((r) => ({ file: r.file, line: r.line, text: r.text })) } : {},
      help: f.help,
      helpUri: ruleDocsUrl(f.rule),
      fingerprint: f.fingerprint
    })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    migrations: [...report.migrations],
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

// src/report/runbook.ts
var DOWN_COMMANDS = {
  "golang-migrate": "migrate down",
  sqlx: "sqlx migrate revert",
  diesel: "diesel migration revert",
  goose: "goose down",
  dbmate: "dbmate rollback",
  flyway: "flyway undo",
  sqitch: "sqitch revert",
  prisma: "prisma migrate reset",
  liquibase: "liquibase rollback",
  alembic: "alembic downgrade",
  django: "manage.py migrate <app> <previous>",
  rails: "rails db:rollback",
  laravel: "php artisan migrate:rollback",
  knex: "knex migrate:rollback",
  sequelize: "sequelize db:migrate:undo",
  typeorm: "typeorm migration:revert",
  "ef-core": "dotnet ef database update <previous>",
  doctrine: "doctrine:migrations:migrate prev"
};
var DATA_LOSS = {
  "drop-table": (o) => `table ${o} and all its rows \u2014 dropped`,
  "drop-column": (o) => `column ${o} and its values \u2014 dropped`,
  "drop-schema": (o) => `schema ${o} and everything in it \u2014 dropped`,
  "truncate-table": (o) => `every row of ${o} \u2014 truncated`,
  "delete-rows": (o) => `rows of ${o} \u2014 deleted`,
  "update-rows": (o) => `the previous values of ${o} \u2014 overwritten`,
  "change-column-type": (o) => `values of ${o} \u2014 converted to the new type`
};
var LIST_CAP = 30;
function runbook(report, numbers, options) {
  const steps = [deployBack(report, options), migrationsStay(report, options), whatBreaks(report, numbers)];
  const lost = dataLost(report, numbers, options.location);
  steps.push(lost);
  const gone = disappears(report, numbers, options.location);
  if (gone.length > 0) steps.push(gone);
  const out = ["### If this PR ships and has to be rolled back", ""];
  steps.forEach((lines, i) => {
    out.push(`${i + 1}. ${lines[0]}`, ...lines.slice(1));
  });
  out.push("");
  return out;
}
function deployBack(report, options) {
  const sha = codeSpan(shortRef(report.base));
  const commit = options.base?.url ? `[${sha}](${options.base.url})` : sha;
  const known = [];
  if (options.base?.ref) known.push(`${codeSpan(options.base.ref)} before this PR`);
  const tags = options.base?.tags ?? [];
  if (tags.length > 0) known.push(`${tags.length === 1 ? "tag" : "tags"} ${tags.slice(0, 5).map((t) => codeSpan(t)).join(", ")}`);
  return [`**Deploy back** the version built from commit ${commit}${known.length ? ` (${known.join("; ")})` : ""}.`];
}
function migrationsStay(report, options) {
  const migrations = report.migrations;
  if (migrations.length === 0) return ["**The database stays as it is**: this PR adds no migration."];
  const frameworkOf = options.migrationFramework ?? guessFramework;
  const commands = [...new Set(migrations.map((m) => frameworkOf(m)).filter((f) => f !== null && f in DOWN_COMMANDS))].map(
    (f) => `${codeSpan(DOWN_COMMANDS[f])} (${f})`
  );
  const dont = commands.length > 0 ? `do **not** run ${commands.join(" or ")}, nor any down script` : "do **not** run any down or revert script";
  const out = [
    `**Leave ${migrations.length === 1 ? "this PR's migration" : `this PR's ${migrations.length} migrations`} applied** \u2014 ${dont}: it would destroy what was written since.`
  ];
  for (const m of migrations.slice(0, LIST_CAP)) out.push(`   - ${codeSpan(m)}`);
  if (migrations.length > LIST_CAP) out.push(`   - \u2026 and ${migrations.length - LIST_CAP} more`);
  return out;
}
function guessFramework(path) {
  return detectMigration(path, null, void 0)?.framework ?? null;
}
function whatBreaks(report, numbers) {
  const blocking = report.findings.filter((f) => !f.suppressed && f.severity === "error");
  if (blocking.length === 0) {
    if (report.skipped.length > 0) {
      return [`**Not known**: ${report.skipped.length === 1 ? "1 changed file" : `${report.skipped.length} changed files`} could not be read (see "Not analysed"), so what a rollback breaks cannot be told.`];
    }
    return ["**Nothing breaks**: the previous version works against the migrated database, and its clients and consumers keep working."];
  }
  const unread = blocking.filter((f) => f.rule === "unreadable-file");
  const database = blocking.filter((f) => f.category !== "contract" && f.rule !== "unreadable-file");
  const clients = blocking.filter((f) => f.category === "contract");
  const parts = [];
  if (database.length > 0) parts.push(`the previous version fails against the migrated database or loses data (${refs(database, numbers)})`);
  if (clients.length > 0) parts.push(`clients and consumers break (${refs(clients, numbers)})`);
  if (unread.length > 0) parts.push(`files that could not be read are not judged at all (${refs(unread, numbers)})`);
  return [`**What breaks** until the errors above are fixed: ${parts.join("; ")}.`];
}
function dataLost(report, numbers, location) {
  const losses = report.findings.filter((f) => f.rule in DATA_LOSS);
  if (losses.length === 0) return ["**No data is lost for good.**"];
  const out = [`**Data lost for good** (a rollback of the code does not bring it back):`];
  for (const f of losses.slice(0, LIST_CAP)) {
    const what = DATA_LOSS[f.rule](f.object ? codeSpan(f.object) : location(f));
    const ref = f.suppressed ? `suppressed as reviewed: ${f.suppression?.reason ? gfmText(f.suppression.reason) : "no reason given"}` : `finding ${numbers.get(f)}`;
    out.push(`   - ${what} (${ref})`);
  }
  if (losses.length > LIST_CAP) out.push(`   - \u2026 and ${losses.length - LIST_CAP} more (${refs(losses.slice(LIST_CAP), numbers)})`);
  return out;
}
function disappears(report, numbers, location) {
  const additions = report.findings.filter((f) => f.direction === "rollback" && f.category === "contract");
  if (additions.length === 0) return [];
  const out = [`**Disappears for clients** \u2014 ${additions.length === 1 ? "this addition is" : `these ${additions.length} additions are`} gone again, and clients that adopted ${additions.length === 1 ? "it" : "them"} must cope:`];
  for (const f of additions.slice(0, LIST_CAP)) {
    const what = f.object ? codeSpan(f.object) : location(f);
    const ref = f.suppressed ? "suppressed as reviewed" : `finding ${numbers.get(f)}`;
    out.push(`   - ${what} (${f.rule.replace(/-/g, " ")}, ${ref})`);
  }
  if (additions.length > LIST_CAP) out.push(`   - \u2026 and ${additions.length - LIST_CAP} more (${refs(additions.slice(LIST_CAP), numbers)})`);
  return out;
}
function refs(findings, numbers) {
  const ns = findings.map((f) => numbers.get(f)).filter((n) => n !== void 0).sort((a, b) => a - b);
  if (ns.length === 0) return "suppressed";
  const ranges = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    ranges.push(j > i ? `${ns[i]}\u2013${ns[j]}` : String(ns[i]));
    i = j + 1;
  }
  return `${ns.length === 1 ? "finding" : "findings"} ${ranges.join(", ")}`;
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", notice: "\u{1F535}" };
var LEVELS = ["error", "warning", "notice"];
function displayOrder(report) {
  return report.findings.filter((f) => !f.suppressed).map((f, index) => ({ f, index })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.index - b.index).map(({ f }) => f);
}
function renderMarkdown(report, options = {}) {
  const name = options.name ?? "rollback-guard";
  const docsUrl = options.docsUrl ?? ((id) => ruleDocsUrl(id));
  const maxLength = options.maxLength ?? 1e6;
  const ordered = displayOrder(report);
  const numbers = new Map(ordered.map((f, i) => [f, i + 1]));
  const location = locationLink(options.links ?? null);
  const head = header(report, name);
  const tail = [
    ...runbook(report, numbers, { ...options, location }),
    ...suppressedSection(report, location),
    ...skippedSection(report)
  ];
  const items = new Map(ordered.map((f) => [f, findingItem(f, numbers.get(f), location, docsUrl)]));
  const reserve = 600;
  let room = maxLength - size(head) - size(tail) - reserve;
  const shown = /* @__PURE__ */ new Set();
  for (const f of ordered) {
    const cost = items.get(f).length + 2;
    if (cost > room) break;
    room -= cost;
    shown.add(f);
  }
  const body = [...head];
  for (const level of LEVELS) {
    const ofLevel = ordered.filter((f) => f.severity === level);
    if (ofLevel.length === 0) continue;
    const title = `${ICON[level]} ${plural(ofLevel.length, level)}`;
    const lines = [];
    for (const f of ofLevel) if (shown.has(f)) lines.push(items.get(f), "");
    const cut = ofLevel.length - ofLevel.filter((f) => shown.has(f)).length;
    if (cut > 0) {
      lines.push(`*\u2026 ${plural(cut, `more ${level}`)} not listed here to stay within GitHub's size limit${options.moreHint ? `: ${options.moreHint}` : "."}*`, "");
    }
    if (level === "notice") {
      body.push("<details>", `<summary>${title}</summary>`, "");
      for (const line of lines) body.push(line);
      body.push("</details>", "");
    } else {
      body.push(`### ${title}`, "");
      for (const line of lines) body.push(line);
    }
  }
  for (const line of tail) body.push(line);
  const text = `${body.join("\n").trimEnd()}
`;
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 2)).trimEnd()}
`;
}
function header(report, name) {
  const { errors, warnings, notices, suppressed, filesAnalyzed } = report.summary;
  const verdict = report.verdict === "pass" ? `## \u2705 ${gfmText(name)}: this PR is rollback-safe` : `## \u274C ${gfmText(name)}: this PR is not rollback-safe`;
  const counts = [
    errors > 0 ? `**${plural(errors, "error")}**` : plural(errors, "error"),
    plural(warnings, "warning"),
    plural(notices, "notice"),
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ].join(" \xB7 ");
  const range = report.base === "none" ? "" : `, ${codeSpan(shortRef(report.base))} \u2192 ${codeSpan(shortRef(report.head))}`;
  return [verdict, "", `${counts} \u2014 ${plural(filesAnalyzed, "file")} analysed${range}`, ""];
}
function locationLink(links) {
  return (f) => {
    const label = codeSpan(f.line === null ? f.file : `${f.file}:${f.line}`);
    if (!links) return f.line === null ? `${label} (deleted)` : label;
    if (f.line === null) {
      return links.baseSha ? `[${label}](${blobUrl(links.repository, links.baseSha, f.file, null)}) (deleted)` : `${label} (deleted)`;
    }
    return `[${label}](${blobUrl(links.repository, links.headSha, f.file, f.line)})`;
  };
}
function findingItem(f, n, location, docsUrl) {
  const critical = f.critical ? " \xB7 **critical**" : "";
  return `${n}. ${location(f)} \xB7 [${codeSpan(f.rule)}](${docsUrl(f.rule)})${critical}\\
   ${gfmMessage(f.message)}`;
}
function suppressedSection(report, location) {
  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length === 0) return [];
  const out = ["<details>", `<summary>Suppressed: ${plural(suppressed.length, "reviewed finding")}</summary>`, ""];
  for (const f of suppressed) {
    const source = f.suppression?.source === "config" ? "config `allow` entry" : "inline comment";
    const reason = f.suppression?.reason ? gfmText(f.suppression.reason) : "*no reason given*";
    out.push(`- ${location(f)} \xB7 ${codeSpan(f.rule)} (${source})\\`, `  ${reason}`);
  }
  out.push("", "</details>", "");
  return out;
}
function skippedSection(report) {
  if (report.skipped.length === 0) return [];
  const out = ["<details>", `<summary>Not analysed: ${plural(report.skipped.length, "file")}</summary>`, ""];
  for (const s of report.skipped) out.push(`- ${codeSpan(s.file)}: ${gfmText(s.reason)}`);
  out.push("", "</details>", "");
  return out;
}
function size(lines) {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

// src/report/github.ts
var PER_LEVEL = 10;
var LEVELS2 = ["error", "warning", "notice"];
function renderWorkflowCommands(report, options = {}) {
  const docsUrl = options.docsUrl ?? ((id) => ruleDocsUrl(id));
  const active = report.findings.filter((f) => !f.suppressed).map((f, index) => ({ f, index })).sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || Number(b.f.critical) - Number(a.f.critical) || a.index - b.index).map(({ f }) => f);
  const perLine = /* @__PURE__ */ new Map();
  for (const f of active) perLine.set(lineKey(f), (perLine.get(lineKey(f)) ?? 0) + 1);
  const usedLines = /* @__PURE__ */ new Set();
  const chosen = /* @__PURE__ */ new Map();
  for (const level of LEVELS2) {
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
  let shown = LEVELS2.reduce((n, level) => n + chosen.get(level).length, 0);
  let notShown = active.length - shown;
  const notices = chosen.get("notice");
  if (notShown > 0 && notices.length + (options.reserved?.notice ?? 0) >= PER_LEVEL) {
    notices.pop();
    shown -= 1;
    notShown += 1;
  }
  const lines = [];
  for (const level of LEVELS2) {
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
  props.push(`title=${escapeProperty(f.critical ? `${f.rule} (critical)` : f.rule)}`);
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
  renderMarkdown,
  renderWorkflowCommands,
  renderSarif,
  findDocsDir
};
