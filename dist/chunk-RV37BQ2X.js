import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  lineStarts
} from "./chunk-7K4VNERT.js";

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

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

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
      const critical = f.critical ? " [critical]" : "";
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

export {
  VERSION,
  PROJECT_URL,
  ruleDocsUrl,
  blobUrl,
  gfmText,
  codeSpan,
  gfmMessage,
  plainMessage,
  sarifText,
  renderText,
  wrapWords,
  shortRef,
  plural
};
