import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ruleMeta
} from "./chunk-SUGDXQNB.js";
import {
  require_picomatch
} from "./chunk-7L7Q2KBG.js";
import {
  __toESM
} from "./chunk-U623IIGW.js";

// src/policy/policy.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import * as crypto from "node:crypto";

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function docsPath(ruleId) {
  return `docs/rules/${ruleId}.md`;
}

// src/policy/policy.ts
function applyPolicy(raw, suppressions, config, options) {
  const used = /* @__PURE__ */ new Set();
  const isCriticalTable = matcher(config.critical.tables, (t) => [t, t.split(".").pop() ?? t]);
  const isCriticalEndpoint = endpointMatcher(config.critical.endpoints);
  const findings = [];
  for (const r of raw) {
    const finding = toFinding(r, config);
    if (!finding) continue;
    if ((r.tables ?? []).some(isCriticalTable) || (r.endpoints ?? []).some(isCriticalEndpoint)) {
      finding.critical = true;
      finding.severity = "error";
    }
    const inline = suppressions.find((s) => suppresses(s, finding));
    if (inline) {
      used.add(suppressionKey(inline, finding.rule));
      finding.suppressed = true;
      finding.suppression = { source: "inline", reason: inline.reason };
    } else {
      const allow = config.allow.find((a) => allows(a, finding, options.today));
      if (allow) {
        finding.suppressed = true;
        finding.suppression = { source: "config", reason: allow.reason };
      }
    }
    findings.push(finding);
  }
  for (const s of suppressions) {
    if (s.reason === null || s.reason.trim() === "") {
      pushProcess(findings, config, {
        rule: "suppression-without-reason",
        file: s.file,
        line: s.line,
        message: `This suppression of ${s.rules.join(", ")} gives no reason; write why it is safe after a colon.`,
        object: s.rules.join(",")
      });
    }
    for (const rule of s.rules) {
      if (!used.has(suppressionKey(s, rule))) {
        pushProcess(findings, config, {
          rule: "unused-suppression",
          file: s.file,
          line: s.line,
          message: ruleMeta(rule) ? `This suppression of ${rule} matches no finding; remove it.` : `This suppression names ${rule}, which is not a rule id; see \`rollback-guard rules\`.`,
          object: rule
        });
      }
    }
  }
  findings.sort(compareFindings);
  const active = findings.filter((f) => !f.suppressed);
  const count = (s) => active.filter((f) => f.severity === s).length;
  const summary = {
    errors: count("error"),
    warnings: count("warning"),
    notices: count("notice"),
    suppressed: findings.length - active.length
  };
  const threshold = options.failOn === "never" ? Infinity : SEVERITY_RANK[options.failOn];
  const verdict = active.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? "fail" : "pass";
  return { findings, summary, verdict };
}
function toFinding(r, config) {
  const meta = ruleMeta(r.rule);
  if (!meta) throw new Error(`internal error: finding for unregistered rule '${r.rule}'`);
  const configured = config.rules[r.rule];
  if (configured === "off") return null;
  const severity = configured ?? r.severity ?? meta.defaultSeverity;
  const object = r.object ?? null;
  return {
    rule: r.rule,
    severity,
    category: meta.category,
    file: r.file,
    line: r.line,
    endLine: r.line === null ? null : r.endLine ?? r.line,
    column: r.column ?? null,
    endColumn: r.endColumn ?? null,
    message: r.message,
    object,
    direction: r.direction ?? null,
    critical: false,
    suppressed: false,
    help: docsPath(r.rule),
    fingerprint: fingerprint(r.rule, r.file, object ?? r.message)
  };
}
function pushProcess(findings, config, r) {
  const f = toFinding(r, config);
  if (f) findings.push(f);
}
var oneShotHash = crypto.hash;
function fingerprint(...parts) {
  const data = parts.join("\0");
  return (oneShotHash ? oneShotHash("sha256", data) : crypto.createHash("sha256").update(data).digest("hex")).slice(0, 16);
}
function suppressionKey(s, rule) {
  return `${s.file}\0${s.line}\0${rule}`;
}
function suppresses(s, f) {
  if (s.file !== f.file || !s.rules.includes(f.rule)) return false;
  if (s.scope === "file") return true;
  return f.line !== null && f.line >= s.scope.startLine && f.line <= s.scope.endLine;
}
function allows(a, f, today) {
  if (a.rule !== f.rule) return false;
  if (a.until && a.until < today) return false;
  if (a.object && !(f.object !== null && import_picomatch.default.isMatch(f.object, a.object, { dot: true }))) return false;
  if (a.file && !import_picomatch.default.isMatch(f.file, a.file, { dot: true })) return false;
  return true;
}
function matcher(patterns, variants) {
  if (patterns.length === 0) return () => false;
  const isMatch = (0, import_picomatch.default)(patterns.map((p) => p.toLowerCase()), { dot: true });
  return (value) => variants(value.toLowerCase()).some((v) => isMatch(v));
}
function endpointMatcher(patterns) {
  const compiled = patterns.map((p) => {
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(p.trim());
    const method = m ? m[1].toUpperCase() : null;
    const path = m ? m[2] : p.trim();
    return { method, isMatch: (0, import_picomatch.default)(path, { dot: true }) };
  });
  return (endpoint) => {
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(endpoint);
    const method = m ? m[1].toUpperCase() : null;
    const path = m ? m[2] : endpoint;
    return compiled.some((c) => (c.method === null || c.method === method) && c.isMatch(path));
  };
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.rule, b.rule) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.object ?? "", b.object ?? "") || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine-core.ts
function runAnalysers(input, analysers, options = {}) {
  const outputs = analysers.map((analyse) => analyse(input));
  const raw = outputs.flatMap((o) => o.findings);
  const suppressions = outputs.flatMap((o) => o.suppressions);
  const files = new Set(outputs.flatMap((o) => o.files));
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const { findings, summary, verdict } = applyPolicy(raw, suppressions, input.config, {
    today,
    failOn: options.failOn ?? "error"
  });
  return {
    version: 1,
    verdict,
    base: input.changes.base,
    head: input.changes.head,
    summary: { ...summary, filesAnalyzed: files.size },
    findings,
    skipped: [...input.changes.skipped, ...outputs.flatMap((o) => o.skipped ?? [])].filter(
      (s, i, all) => all.findIndex((t) => t.file === s.file) === i
    ),
    migrations: outputs.flatMap((o) => o.migrations ?? [])
  };
}

export {
  SEVERITY_RANK,
  runAnalysers
};
