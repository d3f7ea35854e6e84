import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  PLAN_FORMATS,
  planRange,
  planRollback,
  renderPlan,
  resolveRevision,
  walkOldestSafe
} from "./chunk-4XMYCX3D.js";
import {
  UsageError,
  readText
} from "./chunk-EHRLGWHR.js";
import "./chunk-FZIG6PAL.js";
import "./chunk-KPM5VIF5.js";
import "./chunk-5XTDXW2C.js";
import "./chunk-JQBOSFPS.js";
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
import "./chunk-UZ57K3HJ.js";
import "./chunk-R5XSFKKQ.js";
import "./chunk-5SYVZ6D5.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";

// src/plan/command.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/plan/output.ts
import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeOutput(path, label, text) {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? `the folder ${dirname(path)} does not exist` : code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it is not writable" : error.message;
    throw new UsageError(`cannot write --output '${label}': ${why}.`);
  }
}

// src/plan/command.ts
async function planCommand(args, io) {
  let parsed;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional.*$/s, "."));
  }
  const { values } = parsed;
  const format = values.format ?? "text";
  if (!PLAN_FORMATS.includes(format)) throw new UsageError(`invalid '--format' value '${format}'; expected one of: ${PLAN_FORMATS.join(", ")}.`);
  if (!values.from) throw new UsageError("plan needs --from REF: the version deployed now.");
  if (!values.to && !values["oldest-safe"]) throw new UsageError("plan needs --to REF (the version to roll back to) or --oldest-safe.");
  if (values.tags && !values["oldest-safe"]) throw new UsageError("--tags goes with --oldest-safe.");
  const cwd = resolve(io.cwd, values.cwd ?? ".");
  const log = (m) => io.stderr(`${m}
`);
  let config;
  if (values.config) {
    const { parseConfig } = await import("./chunk-RQ2ZQCMC.js");
    config = parseConfig(readText(resolve(cwd, values.config), "--config"), values.config);
  }
  let plan;
  let oldestSafe = null;
  if (values["oldest-safe"]) {
    const { repoRoot } = await import("./chunk-RA656YQT.js");
    const root = repoRoot(cwd);
    const from = resolveRevision(root, values.from, "--from");
    const fixed = values.to ? planRange(cwd, values.from, values.to) : null;
    config ??= fixed ? void 0 : await deployedConfig(root, from.sha);
    const toPlan = fixed ? await planRollback(fixed, { config, log }) : null;
    config ??= toPlan?.config;
    const globs = values.tags ?? config?.releaseTags ?? [];
    const walk = await walkOldestSafe({ root, from }, globs, { config, log, known: toPlan });
    oldestSafe = walk.oldestSafe;
    if (toPlan) plan = toPlan;
    else {
      const shown = oldestSafe.target ?? oldestSafe.firstUnsafe?.tag;
      if (!shown) {
        throw new UsageError(`no release tag${globs.length ? ` matching ${globs.join(", ")}` : ""} comes before --from '${values.from}': there is no earlier release to roll back to; pass --to REF.`);
      }
      plan = walk.plans.get(shown);
    }
  } else {
    plan = await planRollback(planRange(cwd, values.from, values.to), { config, log });
  }
  const rendered = renderPlan(plan, format, {
    oldestSafe,
    migrationFramework: (path) => {
      try {
        return detectInSets(path, plan.changes.headTree.read(path), plan.config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    }
  });
  if (values.output) writeOutput(resolve(io.cwd, values.output), values.output, rendered);
  else io.stdout(rendered);
  return plan.safe ? 0 : 1;
}
function parseOptions(args) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      "oldest-safe": { type: "boolean" },
      tags: { type: "string", multiple: true },
      format: { type: "string" },
      output: { type: "string" },
      config: { type: "string" },
      cwd: { type: "string" }
    }
  });
}
async function deployedConfig(root, sha) {
  const [{ commitSnapshot }, { readConfigFromTree }] = await Promise.all([import("./chunk-RA656YQT.js"), import("./chunk-T6KIGNKK.js")]);
  return readConfigFromTree(commitSnapshot(sha, root));
}
export {
  planCommand
};
