import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  addedAllowEntries,
  pendingAllowFindings,
  settleSuppression
} from "./chunk-PCO3WAOG.js";
import {
  SEVERITY_RANK,
  docsPath
} from "./chunk-3MIIFOP7.js";
import {
  scenarioMatcher,
  scenarioStatus
} from "./chunk-SCU4DVY4.js";
import {
  ruleMeta
} from "./chunk-HOMZOPEG.js";
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";
import {
  compileGlob
} from "./chunk-NXP7S4WX.js";

// src/policy/policy.ts
import * as crypto from "node:crypto";
function applyPolicy(raw, suppressions, config, options) {
  const used = /* @__PURE__ */ new Set();
  const touches = scenarioMatcher(config);
  const allowEntries = config.allow.map(allowMatcher);
  const addedAllow = (options.addedAllow ?? []).map(allowMatcher);
  const findings = [];
  const expired = [];
  for (const r of raw) {
    const finding = toFinding(r, config);
    if (!finding) continue;
    const touched = touches(r, finding.category);
    if (touched.critical || touched.scenarios.length > 0) {
      finding.critical = true;
      finding.severity = "error";
    }
    if (touched.scenarios.length > 0) finding.scenarios = touched.scenarios;
    const unused = r.codeSearch?.unused;
    const downgradeTo = r.codeSearch?.unusedSeverity ?? "warning";
    if (unused !== void 0 && (finding.severity === "error" || downgradeTo === "notice" && finding.severity === "warning") && config.codeReferences.mode === "downgrade") {
      if (touched.scenarios.length > 0) finding.message += ` It stays an error: it is mission-critical (${touched.scenarios.map((n) => JSON.stringify(n)).join(", ")}).`;
      else if (finding.critical) finding.message += " It stays an error: it is mission-critical (`critical`).";
      else {
        finding.severity = downgradeTo;
        finding.message = unused;
      }
    }
    findings.push(finding);
  }
  const inlineOf = firstCovering(suppressions, findings);
  findings.forEach((finding, i) => {
    const inline = inlineOf[i];
    if (inline) {
      used.add(suppressionKey(inline, finding.rule));
      settleSuppression(finding, { source: "inline", reason: inline.reason, added: inline.added === true }, options.approvals ?? null);
    } else {
      const allow = allowEntries.find((a) => a.allows(finding, options.today))?.entry;
      const added = allow || !options.approvals ? void 0 : addedAllow.find((a) => a.allows(finding, options.today))?.entry;
      if (allow) {
        finding.suppressed = true;
        finding.suppression = { source: "config", reason: allow.reason };
      } else if (added) {
        settleSuppression(finding, { source: "config", reason: added.reason, added: true }, options.approvals ?? null);
      } else {
        const index = allowEntries.findIndex((a) => a.entry.until !== void 0 && a.entry.until < options.today && a.allows(finding, null));
        if (index >= 0) expired.push({ index, finding });
      }
    }
  });
  for (const { index, finding } of expired) {
    const entry = config.allow[index];
    const named = `allow[${index}] (${entry.rule}${entry.object ? ` ${entry.object}` : ""})${config.source ? ` in ${config.source}` : ""}`;
    pushProcess(findings, config, {
      rule: "unused-suppression",
      file: finding.file,
      line: finding.line,
      message: `The config entry ${named} expired on ${entry.until} and no longer suppresses this ${entry.rule} finding; extend its 'until' after a new review, or fix the finding.`,
      object: `allow[${index}]`
    });
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
  return { findings, summary, verdict, ...config.scenarios.length > 0 ? { scenarios: scenarioStatus(config, findings) } : {} };
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
    message: r.codeSearch?.message ?? r.message,
    object,
    direction: r.direction ?? null,
    critical: false,
    suppressed: false,
    help: docsPath(r.rule),
    ...r.codeSearch && r.codeSearch.references.length > 0 ? { references: r.codeSearch.references } : {},
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
function allowMatcher(entry) {
  const object = entry.object === void 0 ? null : compileGlob(entry.object);
  const file = entry.file === void 0 ? null : compileGlob(entry.file);
  return {
    entry,
    allows: (f, today) => {
      if (entry.rule !== f.rule) return false;
      if (today !== null && entry.until && entry.until < today) return false;
      if (object && !(f.object !== null && object(f.object))) return false;
      if (file && !file(f.file)) return false;
      return true;
    }
  };
}
function firstCovering(suppressions, findings) {
  const out = new Array(findings.length).fill(void 0);
  const groups = /* @__PURE__ */ new Map();
  const groupOf = (file, rule) => {
    const key = `${file}\0${rule}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { fileWide: Infinity, ranges: [], queries: [] });
    return g;
  };
  suppressions.forEach((s, index) => {
    for (const rule of new Set(s.rules)) {
      const g = groupOf(s.file, rule);
      if (s.scope === "file") g.fileWide = Math.min(g.fileWide, index);
      else if (s.scope.startLine <= s.scope.endLine) g.ranges.push({ start: s.scope.startLine, end: s.scope.endLine, index });
    }
  });
  findings.forEach((f, i) => {
    const g = groups.get(`${f.file}\0${f.rule}`);
    if (!g) return;
    if (f.line === null) {
      if (g.fileWide !== Infinity) out[i] = suppressions[g.fileWide];
    } else {
      g.queries.push([f.line, i]);
    }
  });
  for (const g of groups.values()) {
    if (g.queries.length === 0) continue;
    g.ranges.sort((a, b) => a.start - b.start);
    g.queries.sort((a, b) => a[0] - b[0]);
    const open = new MinHeap((a, b) => a.index - b.index);
    let next = 0;
    for (const [line, i] of g.queries) {
      while (next < g.ranges.length && g.ranges[next].start <= line) open.push(g.ranges[next++]);
      while (open.size > 0 && open.peek().end < line) open.pop();
      const best = Math.min(open.size > 0 ? open.peek().index : Infinity, g.fileWide);
      if (best !== Infinity) out[i] = suppressions[best];
    }
  }
  return out;
}
var MinHeap = class {
  constructor(compare) {
    this.compare = compare;
  }
  compare;
  items = [];
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (this.compare(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== void 0) {
      a[0] = last;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
};
function compareFindings(a, b) {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.rule, b.rule) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.object ?? "", b.object ?? "") || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine-core.ts
function runAnalysers(input, analysers, options = {}, annotators = []) {
  if (options.approvals) throw new Error("internal error: approvals need runAnalysersThen (they may ask the GitHub API)");
  return conclude(input, analysers.map((analyse) => analyse(input)), options, annotators, null);
}
async function runAnalysersThen(input, analysers, options, annotators, ready) {
  const outputs = analysers.map((analyse) => analyse(input));
  await ready(outputs);
  let approvals = null;
  if (options.approvals && input.config.approvals.required) {
    const changesConfig = input.changes.files.some((f) => f.status !== "deleted" && (CONFIG_PATHS.includes(f.path) || f.path === input.config.source));
    const addedAllow = changesConfig ? addedAllowEntries(input.changes, input.config, (await import("./chunk-RQ2ZQCMC.js")).parseConfig) : [];
    const needed = addedAllow.length > 0 || outputs.some((o) => o.suppressions.some((s) => s.added === true));
    const ask = options.approvals;
    const state = needed ? await ask().catch((error) => ({ kind: "unverifiable", why: error instanceof Error ? error.message : String(error) })) : { kind: "unverifiable", why: "not needed" };
    approvals = { gate: { label: input.config.approvals.label, state }, addedAllow };
  }
  return conclude(input, outputs, options, annotators, approvals);
}
function conclude(input, outputs, options, annotators, approvals) {
  const raw = outputs.flatMap((o) => o.findings);
  for (const annotate of annotators) annotate(raw, input);
  if (approvals) for (const f of pendingAllowFindings(approvals.addedAllow, approvals.gate)) raw.push(f);
  const suppressions = outputs.flatMap((o) => o.suppressions);
  const files = new Set(outputs.flatMap((o) => o.files));
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const { findings, summary, verdict, scenarios } = applyPolicy(raw, suppressions, input.config, {
    today,
    failOn: options.failOn ?? "error",
    approvals: approvals?.gate ?? null,
    addedAllow: approvals?.addedAllow.map((a) => a.entry) ?? []
  });
  return {
    version: 1,
    verdict,
    base: input.changes.base,
    head: input.changes.head,
    summary: { ...summary, filesAnalyzed: files.size },
    findings,
    skipped: firstPerFile([...input.changes.skipped, ...outputs.flatMap((o) => o.skipped ?? [])]),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...outputs.some((o) => o.detection?.length) ? { detection: outputs.flatMap((o) => o.detection ?? []) } : {},
    ...scenarios ? { scenarios } : {}
  };
}
function firstPerFile(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((e) => !seen.has(e.file) && Boolean(seen.add(e.file)));
}
function unreadableFindings(changes, needed) {
  const findings = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  let skippedWhy;
  let headPaths;
  for (const { path, side, file } of needed) {
    const key = `${side}\0${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tree = side === "base" ? changes.baseTree : changes.headTree;
    if (tree.read(path) !== null) continue;
    const reason = tree.unreadable?.(path) ?? (skippedWhy ??= firstReasons(changes.skipped)).get(path);
    if (!reason) continue;
    const headExists = side === "head" || (headPaths ??= new Set(changes.files.filter((f) => f.status !== "deleted").map((f) => f.path))).has(file);
    const which = side === "base" ? `The base version of ${path}` : path;
    findings.push({
      rule: "unreadable-file",
      file,
      line: headExists ? 1 : null,
      message: `${which} could not be read: ${reason}. It was not analysed, so nothing in it is judged rollback-safe; make it a readable UTF-8 (or UTF-16) file inside the repository, or allow this finding in the base config.`,
      object: side === "base" ? `base:${path}` : path
    });
    skipped.push({ file, reason: side === "base" ? `base version: ${reason}` : reason });
  }
  return { findings, skipped };
}
function firstReasons(skipped) {
  const reasons = /* @__PURE__ */ new Map();
  for (const s of skipped) if (!reasons.has(s.file)) reasons.set(s.file, s.reason);
  return reasons;
}

export {
  runAnalysers,
  runAnalysersThen,
  unreadableFindings
};
