import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  VERSION
} from "./chunk-4K57P2NP.js";
import {
  SEVERITY_RANK
} from "./chunk-3MIIFOP7.js";
import {
  detectMigration
} from "./chunk-FROQA73M.js";
import {
  lineStarts
} from "./chunk-3MRRVRCS.js";

// src/report/links.ts
var PROJECT_REPOSITORY = "rollback-guard/rollback-guard";
var PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`;
function releaseRef(version = VERSION) {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version) && !version.includes("-dev") ? `v${version}` : "main";
}
function ruleDocsUrl(ruleId, version = VERSION) {
  return `${PROJECT_URL}/blob/${releaseRef(version)}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
function blobUrl(where, sha, path, line) {
  const encoded = path.split("/").map(encodeSegment).join("/");
  const base = `${where.serverUrl.replace(/\/+$/, "")}/${encodeSegment(where.owner)}/${encodeSegment(where.repo)}/blob/${encodeSegment(sha)}/${encoded}`;
  return line === null ? base : `${base}#L${line}`;
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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

// src/report/scenarios.ts
var MAX_NAMED_IN_HEADLINE = 5;
function scenarioHeadline(report, name = (n) => `*${n}*`) {
  const all = report.scenarios ?? [];
  if (all.length === 0) return null;
  const affected = all.filter((s) => s.affected).map((s) => s.name);
  if (affected.length === 0) return { affected, text: "No mission-critical scenario is affected" };
  const shown = affected.slice(0, MAX_NAMED_IN_HEADLINE).map(name);
  const more = affected.length - shown.length;
  const list = more > 0 ? `${shown.join(", ")} and ${more} more` : shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
  return { affected, text: `Mission-critical: ${list} ${affected.length === 1 ? "is" : "are"} affected` };
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
var MAX_REFERENCE_LINES = 3;
function renderText(report, options) {
  const paint = (style, s) => options.color ? `${COLORS[style][0]}${s}${COLORS[style][1]}` : s;
  const out = [];
  const headline = scenarioHeadline(report);
  if (headline) out.push(paint(headline.affected.length > 0 ? "error" : "pass", headline.text), "");
  const quote = lineQuoter(options.source);
  const active = report.findings.filter((f) => !f.suppressed);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of active) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(paint("bold", file));
    for (const f of findings) {
      const where = f.line === null ? "(deleted)" : `${f.line}${f.column ? `:${f.column}` : ""}`;
      const critical = f.scenarios?.length ? ` [critical: ${f.scenarios.join(", ")}]` : f.critical ? " [critical]" : "";
      const lead = `  ${where}  ${f.severity}${critical}  ${f.rule}  `;
      if (options.width && options.width >= 40 && lead.length + f.message.length > options.width) {
        out.push(`  ${where}  ${paint(f.severity, f.severity)}${critical}  ${f.rule}`);
        for (const line of wrapWords(f.message, options.width - 6)) out.push(`      ${line}`);
      } else {
        out.push(`  ${where}  ${paint(f.severity, f.severity)}${critical}  ${f.rule}  ${f.message}`);
      }
      const raw = quote(f.file, f.line);
      const quoted = raw !== null && raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}\u2026` : raw;
      if (quoted !== null && (f.column ?? 1) <= MAX_QUOTED) {
        const gutter = String(f.line).padStart(5);
        out.push(paint("dim", `${gutter} | `) + quoted);
        const col = Math.max(1, f.column ?? firstNonBlank(quoted));
        const width = Math.max(1, f.endColumn && f.endLine === f.line ? f.endColumn - col : quoted.trimEnd().length - col + 1);
        out.push(paint("dim", `${" ".repeat(5)} | `) + " ".repeat(col - 1) + paint(f.severity, "^".repeat(Math.min(width, MAX_QUOTED - col + 1))));
      }
      for (const r of (f.references ?? []).slice(0, MAX_REFERENCE_LINES)) {
        const text = r.text.length > MAX_QUOTED ? `${r.text.slice(0, MAX_QUOTED)}\u2026` : r.text;
        out.push(paint("dim", `        base ${r.file}:${r.line}  `) + text);
      }
      out.push(paint("dim", `        see ${ruleDocsUrl(f.rule)}`));
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
function wrapWords(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
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

// src/report/escape.ts
var ZERO_WIDTH_SPACE = "&#8203;";
var INLINE_SPECIAL = /[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
function gfmText(text) {
  let out = oneLine(text).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  out = out.replace(
    /^(\s*)([#+\-=]|\d+(?=[.)]))/,
    (_m, space, lead) => /^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`
  );
  out = out.replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.");
  return out.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZERO_WIDTH_SPACE}`);
}
function codeSpan(text, options = {}) {
  let content = oneLine(text);
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  if (/^[`\s]|[`\s]$/.test(content)) content = ` ${content} `;
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  return `${fence}${content}${fence}`;
}
function gfmMessage(message, options = {}) {
  const text = oneLine(message);
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    out.push(gfmText(text.slice(last, m.index)), codeSpan(m[1], options));
    last = m.index + m[0].length;
  }
  out.push(gfmText(text.slice(last)));
  return out.join("");
}
function plainMessage(message) {
  return message.replace(/`([^`]+)`/g, "\u2018$1\u2019");
}
function sarifText(text) {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
function oneLine(text) {
  return text.replace(/\r\n?|\n|\u2028|\u2029/g, " ");
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
    ...pendingSection(report, location),
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
function allowedUnreadable(report) {
  return report.findings.filter((f) => f.rule === "unreadable-file" && f.suppressed).length;
}
function header(report, name) {
  const { errors, warnings, notices, suppressed, filesAnalyzed } = report.summary;
  const unread = allowedUnreadable(report);
  const verdict = report.verdict === "fail" ? `## \u274C ${gfmText(name)}: this PR is not rollback-safe` : unread > 0 ? `## \u2705 ${gfmText(name)}: passes, but ${plural(unread, "file")} could not be read (allowed)` : `## \u2705 ${gfmText(name)}: this PR is rollback-safe`;
  const counts = [
    errors > 0 ? `**${plural(errors, "error")}**` : plural(errors, "error"),
    plural(warnings, "warning"),
    plural(notices, "notice"),
    ...suppressed > 0 ? [`${suppressed} suppressed`] : []
  ].join(" \xB7 ");
  const range = report.base === "none" ? "" : `, ${codeSpan(shortRef(report.base))} \u2192 ${codeSpan(shortRef(report.head))}`;
  const headline = scenarioHeadline(report, (n) => `*${gfmText(n)}*`);
  const mission = headline ? [`${headline.affected.length > 0 ? "\u{1F6A8}" : "\u{1F6E1}\uFE0F"} **${headline.text}**`, ""] : [];
  return [verdict, "", ...mission, `${counts} \u2014 ${plural(filesAnalyzed, "file")} analysed${range}`, ""];
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
  const critical = f.scenarios?.length ? ` \xB7 **critical: ${f.scenarios.map(gfmText).join(", ")}**` : f.critical ? " \xB7 **critical**" : "";
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
function pendingSection(report, location) {
  const pending = report.findings.filter((f) => f.pendingApproval);
  if (pending.length === 0) return [];
  const out = [`**Suppressions pending approval: ${pending.length}** \u2014 they take effect once a second person approves.`, ""];
  for (const f of pending) {
    const p = f.pendingApproval;
    const source = p.source === "config" ? "config `allow` entry" : "inline comment";
    const reason = p.reason ? gfmText(p.reason) : "*no reason given*";
    out.push(`- ${location(f)} \xB7 ${codeSpan(f.rule)} (${source}): ${reason}\\`, `  ${gfmText(p.approvers.charAt(0).toUpperCase() + p.approvers.slice(1))}`);
  }
  out.push("");
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

export {
  PROJECT_URL,
  ruleDocsUrl,
  gfmText,
  codeSpan,
  gfmMessage,
  plainMessage,
  sarifText,
  scenarioHeadline,
  renderText,
  wrapWords,
  shortRef,
  plural,
  DOWN_COMMANDS,
  DATA_LOSS,
  renderMarkdown,
  allowedUnreadable
};
