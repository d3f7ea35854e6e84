import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  info,
  readEventPayload,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-UH442QO4.js";
import {
  InputError
} from "./chunk-AEBA5WSW.js";
import {
  isShallow,
  planRange,
  planRollback,
  releaseTagsBefore,
  renderPlan,
  resolveRevision
} from "./chunk-4XMYCX3D.js";
import "./chunk-FZIG6PAL.js";
import "./chunk-KPM5VIF5.js";
import "./chunk-5XTDXW2C.js";
import {
  readConfigFromTree
} from "./chunk-ROE2GKE7.js";
import "./chunk-4F3NAQI7.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-U2K57VXA.js";
import "./chunk-SYRHG77T.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-M4CJE6NX.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-SCU4DVY4.js";
import "./chunk-HOMZOPEG.js";
import {
  detectInSets
} from "./chunk-FROQA73M.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import {
  commitSnapshot,
  repoRoot
} from "./chunk-UZ57K3HJ.js";
import "./chunk-R5XSFKKQ.js";
import "./chunk-5SYVZ6D5.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-2KQUH5O4.js";
import "./chunk-QMSEVVAI.js";
import "./chunk-WOI7AMQP.js";
import "./chunk-WDR7LVXR.js";
import "./chunk-WNKHHKI4.js";
import "./chunk-U623IIGW.js";

// src/plan/action.ts
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
function deployedRef(settings, eventName, payload, env) {
  if (settings.head) return settings.head;
  const event = payload ?? {};
  if (eventName === "release" && event.release?.tag_name) return event.release.tag_name;
  const ref = event.ref ?? env.GITHUB_REF ?? "";
  if (ref.startsWith("refs/tags/")) return ref.slice("refs/tags/".length);
  const sha = env.GITHUB_SHA ?? "";
  return /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : "HEAD";
}
async function runPlanAction(settings, env) {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory);
  if (!isDirectory(cwd)) throw new InputError(`the 'working-directory' input '${settings.workingDirectory}' is not a directory of the workspace (${cwd}); check it out there first or fix the path.`);
  const root = repoRoot(cwd);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const from = resolveRevision(root, deployedRef(settings, eventName, readEventPayload(env.GITHUB_EVENT_PATH), env), "the deployed version ('head' input, or the event's tag)");
  const config = readConfigFromTree(commitSnapshot(from.sha, root), settings.config);
  let to = settings.base;
  if (!to) {
    const previous = releaseTagsBefore(root, from, config.releaseTags)[0];
    if (!previous) {
      if (isShallow(root)) {
        throw new InputError(`no release tag before ${from.ref} in this checkout, which is shallow: check out with fetch-depth: 0 (tags and history) so that the previous release can be found, or set the 'base' input.`);
      }
      const which = config.releaseTags.length > 0 ? ` matching release-tags (${config.releaseTags.join(", ")})` : "";
      warning(`rollback-guard: no release tag${which} comes before ${from.ref}: there is no earlier release to roll back to, so no plan was written.`);
      if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(`## ${settings.name}: no rollback plan

No release tag${which} comes before \`${from.ref}\`: there is no earlier release to roll back to.
`).write();
      setOutput("verdict", "none");
      return;
    }
    to = previous.tag;
  }
  info(`rollback-guard: planning the rollback from ${from.ref} to ${to}.`);
  const plan = await planRollback(planRange(cwd, from.ref, to), { config, log: (m) => info(m) });
  const options = {
    name: settings.name,
    migrationFramework: (path) => {
      try {
        return detectInSets(path, plan.changes.headTree.read(path), config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    }
  };
  const markdown = renderPlan(plan, "markdown", options);
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
  const outDir = join(env.RUNNER_TEMP ?? tmpdir(), "rollback-guard");
  mkdirSync(outDir, { recursive: true });
  const planFile = join(outDir, `rollback-plan-${fileSafe(from.ref)}.md`);
  writeFileSync(planFile, markdown);
  const reportPath = join(outDir, "plan.json");
  writeFileSync(reportPath, renderPlan(plan, "json", options));
  setOutput("verdict", plan.safe ? "pass" : "fail");
  setOutput("plan-file", planFile);
  setOutput("report", reportPath);
  setOutput("errors", String(plan.blocking.length));
  const sentence = `rollback-guard: ${plan.safe ? "safe" : "not safe"} to roll back from ${from.ref} to ${to} (${plan.blocking.length} blocking).`;
  if (!plan.safe && settings.failOn !== "never") setFailed(sentence);
  else info(sentence);
}
function fileSafe(ref) {
  return ref.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100) || "release";
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
export {
  deployedRef,
  runPlanAction
};
