import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  applyPolicy
} from "./chunk-QLNP4TNU.js";

// src/engine-core.ts
function runAnalysers(input, analysers, options = {}, annotators = []) {
  return conclude(input, analysers.map((analyse) => analyse(input)), options, annotators);
}
async function runAnalysersThen(input, analysers, options, annotators, ready) {
  const outputs = analysers.map((analyse) => analyse(input));
  await ready;
  return conclude(input, outputs, options, annotators);
}
function conclude(input, outputs, options, annotators) {
  const raw = outputs.flatMap((o) => o.findings);
  for (const annotate of annotators) annotate(raw, input);
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
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...outputs.some((o) => o.detection?.length) ? { detection: outputs.flatMap((o) => o.detection ?? []) } : {}
  };
}
function unreadableFindings(changes, needed) {
  const findings = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { path, side, file } of needed) {
    const key = `${side}\0${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tree = side === "base" ? changes.baseTree : changes.headTree;
    if (tree.read(path) !== null) continue;
    const reason = tree.unreadable?.(path) ?? changes.skipped.find((s) => s.file === path)?.reason;
    if (!reason) continue;
    const headExists = side === "head" || changes.files.some((f) => f.path === file && f.status !== "deleted");
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

export {
  runAnalysers,
  runAnalysersThen,
  unreadableFindings
};
