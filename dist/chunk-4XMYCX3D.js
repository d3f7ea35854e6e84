import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  renderJson
} from "./chunk-FZIG6PAL.js";
import {
  DATA_LOSS,
  DOWN_COMMANDS,
  codeSpan,
  gfmMessage,
  gfmText,
  plainMessage,
  plural,
  shortRef
} from "./chunk-KPM5VIF5.js";
import {
  engineDialects,
  prepareSqlParsers,
  runEngineAsync,
  startCodeSearch
} from "./chunk-5XTDXW2C.js";
import {
  git,
  gitChangeSet,
  releaseTagFilter,
  repoRoot
} from "./chunk-UZ57K3HJ.js";
import {
  GitError
} from "./chunk-R5XSFKKQ.js";

// src/plan/plan-facts.ts
function concernsRollback(f) {
  return !(f.category === "contract" && f.direction === "deploy");
}
function isBlocking(f) {
  return !f.suppressed && f.severity === "error" && concernsRollback(f);
}
function planFacts(report, config) {
  const blocking = report.findings.filter(isBlocking);
  return {
    safe: blocking.length === 0,
    blocking,
    migrationsApplied: [...report.migrations],
    dataLoss: report.findings.filter((f) => f.rule in DATA_LOSS),
    clientsLose: report.findings.filter((f) => f.category === "contract" && f.direction === "rollback"),
    warnings: report.findings.filter((f) => !f.suppressed && f.severity === "warning" && concernsRollback(f)),
    suppressed: report.findings.filter((f) => f.suppressed),
    undoneByRollback: report.findings.filter((f) => !f.suppressed && f.severity === "error" && !concernsRollback(f)),
    scenarios: scenarioStatus(report.findings, config)
  };
}
var UNNAMED_SCENARIO = "critical";
function scenarioStatus(findings, config) {
  const relevant = findings.filter(concernsRollback);
  const named = config.scenarios.map((s) => s.name);
  const out = named.map((name) => {
    const touching = relevant.filter((f) => f.scenarios?.includes(name));
    return { name, affected: touching.length > 0, findings: touching };
  });
  const unnamed = relevant.filter((f) => f.critical && !f.scenarios?.length);
  if (config.critical.tables.length > 0 || config.critical.endpoints.length > 0 || unnamed.length > 0) {
    out.push({ name: UNNAMED_SCENARIO, affected: unnamed.length > 0, findings: unnamed });
  }
  return out;
}

// src/plan/render.ts
var PLAN_FORMATS = ["text", "markdown", "json"];
var LIST_CAP = 50;
function renderPlan(plan, format, options = {}) {
  if (format === "json") return renderPlanJson(plan, options.oldestSafe ?? null);
  return renderRunbook(plan, format === "markdown" ? MARKDOWN : TEXT, options);
}
var MARKDOWN = {
  code: (s) => codeSpan(s),
  text: (s) => gfmText(s),
  message: (s) => gfmMessage(s),
  bold: (s) => `**${s}**`,
  italic: (s) => `*${s}*`,
  heading: (s) => `### ${s}`,
  title: (safe, s) => `## ${safe ? "\u2705" : "\u274C"} ${s}`
};
var TEXT = {
  code: (s) => s,
  text: (s) => s,
  message: (s) => plainMessage(s),
  bold: (s) => s,
  italic: (s) => s,
  heading: (s) => `${s}
${"-".repeat(s.length)}`,
  title: (safe, s) => `${safe ? "SAFE" : "NOT SAFE"}: ${s}`
};
function label(rev) {
  return shortRef(rev.ref);
}
function verdictSentence(plan, s = TEXT) {
  const to = s.code(label(plan.range.to));
  if (plan.safe) {
    const applied = plan.migrationsApplied.length;
    const stays = applied === 0 ? "the range adds no migration" : `its code works against the database with the range's ${plural(applied, "migration")} applied`;
    const lost = plan.dataLoss.length > 0 ? `, though ${plural(plan.dataLoss.length, "reviewed change")} lost data for good (see below)` : "";
    return `Safe to roll back to ${to}: ${stays}, and no client or consumer of the range's contracts breaks${lost}.`;
  }
  const first = plan.blocking[0];
  const what = `${s.code(first.rule)}${first.object ? ` on ${s.code(first.object)}` : ""}`;
  const more = plan.blocking.length > 1 ? ` and ${plan.blocking.length - 1} more` : "";
  const why = plan.blocking.some((f) => f.category === "contract") && plan.blocking.some((f) => f.category !== "contract") ? `the code of ${to} fails against the migrated database and clients break` : plan.blocking.every((f) => f.category === "contract") ? "clients or consumers that adopted the deployed version break" : plan.blocking.every((f) => f.rule === "unreadable-file") ? "files of the range could not be read, so nothing in them is judged" : `the code of ${to} fails against the migrated database or data is lost`;
  return `Not safe to roll back to ${to}: ${why} (${what}${more}).`;
}
function renderRunbook(plan, s, options) {
  const { from, to } = plan.range;
  const numbers = new Map(plan.blocking.map((f, i) => [f, i + 1]));
  const where = (f) => s.code(f.line === null ? `${f.file} (deleted in ${label(from)})` : `${f.file}:${f.line}`);
  const out = [];
  const name = options.name ?? "rollback-guard";
  out.push(s.title(plan.safe, `${s.text(name)}: rollback from ${s.code(label(from))} to ${s.code(label(to))}`), "");
  out.push(`${s.bold("Verdict:")} ${verdictSentence(plan, s)}`, "");
  const facts = [
    `${s.code(label(from))} (${s.code(from.sha.slice(0, 10))}) \u2192 ${s.code(label(to))} (${s.code(to.sha.slice(0, 10))})`,
    plural(plan.report.summary.filesAnalyzed, "file") + " analysed"
  ];
  if (!plan.range.linear) facts.push(`${s.code(label(to))} is not an ancestor of ${s.code(label(from))}: their trees are compared directly`);
  out.push(facts.join(" \xB7 "), "");
  out.push(...scenarioLines(plan.scenarios, s, numbers), "");
  out.push(s.heading("Runbook"), "");
  const steps = [
    [`${s.bold("Deploy back")} the version built from ${s.code(label(to))} (commit ${s.code(to.sha.slice(0, 10))}).`],
    migrationsStep(plan, s, options.migrationFramework),
    breaksStep(plan, s, where),
    dataLossStep(plan, s, where, numbers)
  ];
  const clients = clientsStep(plan, s, where, numbers);
  if (clients.length > 0) steps.push(clients);
  steps.forEach((lines, i) => out.push(`${i + 1}. ${lines[0]}`, ...lines.slice(1)));
  out.push("");
  if (plan.suppressed.length > 0) {
    out.push(s.heading(`Reviewed suppressions in the range (${plan.suppressed.length})`), "");
    pushCapped(out, plan.suppressed, s, (f) => `- ${where(f)} ${s.code(f.rule)}${f.object ? ` on ${s.code(f.object)}` : ""}: ${suppressionText(f, s)}`);
    out.push("");
  }
  if (plan.warnings.length > 0) {
    out.push(s.heading(`Warnings (${plan.warnings.length}, not blocking)`), "");
    pushCapped(out, plan.warnings, s, (f) => `- ${where(f)} ${s.code(f.rule)}: ${s.message(f.message)}`);
    out.push("");
  }
  if (plan.undoneByRollback.length > 0) {
    out.push(
      `${plural(plan.undoneByRollback.length, "contract error")} of the deploy direction (${[...new Set(plan.undoneByRollback.map((f) => f.rule))].slice(0, 5).map((r) => s.code(r)).join(", ")}) hit old clients when the range was deployed; the rollback undoes ${plan.undoneByRollback.length === 1 ? "it" : "them"}, so ${plan.undoneByRollback.length === 1 ? "it does" : "they do"} not block it.`,
      ""
    );
  }
  if (plan.report.skipped.length > 0) {
    out.push(s.heading(`Not analysed (${plan.report.skipped.length})`), "");
    pushCapped(out, plan.report.skipped, s, (f) => `- ${s.code(f.file)}: ${s.text(f.reason)}`);
    out.push("");
  }
  if (options.oldestSafe) out.push(...oldestSafeLines(options.oldestSafe, s), "");
  return `${out.join("\n").trimEnd()}
`;
}
function pushCapped(out, list, s, item) {
  for (const x of list.slice(0, LIST_CAP)) out.push(item(x));
  if (list.length > LIST_CAP) out.push(`- \u2026 and ${list.length - LIST_CAP} more (${s.code("--format json")} lists them all)`);
}
function scenarioLines(scenarios, s, numbers) {
  const affected = scenarios.filter((x) => x.affected);
  if (affected.length === 0) {
    const none = scenarios.length === 0 ? ` (none is configured: ${s.code("scenarios:")} or ${s.code("critical:")} in the config)` : "";
    return [`${s.bold("Mission-critical:")} no mission-critical scenario is affected${none}.`];
  }
  const names = affected.map((x) => x.name === UNNAMED_SCENARIO ? `the unnamed ${s.code("critical:")} scenario` : s.italic(s.text(x.name)));
  const lines = [`${s.bold("Mission-critical:")} ${names.join(", ")} ${affected.length === 1 ? "is" : "are"} affected.`];
  for (const x of affected) {
    const blocking = x.findings.map((f) => numbers.get(f)).filter((n) => n !== void 0);
    const rules = [...new Set(x.findings.map((f) => f.rule))].slice(0, 5).map((r) => s.code(r)).join(", ");
    lines.push(`- ${s.text(x.name)}: ${plural(x.findings.length, "finding")} (${rules})${blocking.length ? `, blocking: ${blocking.map((n) => `#${n}`).join(", ")}` : ""}`);
  }
  return lines;
}
function migrationsStep(plan, s, frameworkOf) {
  const migrations = plan.migrationsApplied;
  if (migrations.length === 0) return [`${s.bold("The database stays as it is")}: the range adds no migration.`];
  const frameworks = [...new Set(migrations.map((m) => frameworkOf?.(m) ?? null).filter((f) => f !== null && f in DOWN_COMMANDS))];
  const commands = frameworks.map((f) => `${s.code(DOWN_COMMANDS[f])} (${f})`);
  const dont = commands.length > 0 ? `do ${s.bold("not")} run ${commands.join(" or ")}, nor any down script` : `do ${s.bold("not")} run any down or revert script`;
  const out = [`${s.bold(`Leave the range's ${plural(migrations.length, "migration")} applied`)} \u2014 ${dont}: it would destroy what was written since.`];
  for (const m of migrations.slice(0, LIST_CAP)) out.push(`   - ${s.code(m)}`);
  if (migrations.length > LIST_CAP) out.push(`   - \u2026 and ${migrations.length - LIST_CAP} more`);
  return out;
}
function breaksStep(plan, s, where) {
  const to = s.code(label(plan.range.to));
  if (plan.blocking.length === 0) {
    if (plan.report.skipped.length > 0) {
      return [`${s.bold("Not known")}: ${plural(plan.report.skipped.length, "file")} of the range could not be read (see "Not analysed"), and their findings are allowed in the config.`];
    }
    return [`${s.bold("Nothing breaks")}: ${to}'s code works against the database as the range leaves it, and its clients and consumers keep working.`];
  }
  const out = [`${s.bold(`What breaks for ${to}'s code`)} (${plural(plan.blocking.length, "blocking finding")}; fix forward, or accept each in review):`];
  plan.blocking.slice(0, LIST_CAP).forEach((f, i) => {
    const critical = f.critical ? ` ${s.bold("critical")}` : "";
    out.push(`   ${i + 1}. ${where(f)} ${s.code(f.rule)}${critical}: ${s.message(f.message)}`);
  });
  if (plan.blocking.length > LIST_CAP) out.push(`   - \u2026 and ${plan.blocking.length - LIST_CAP} more (${s.code("--format json")} lists them all)`);
  return out;
}
function dataLossStep(plan, s, where, numbers) {
  if (plan.dataLoss.length === 0) return [`${s.bold("No data is lost for good.")}`];
  const out = [`${s.bold("Data lost for good")} (rolling the code back does not bring it back; restoring it takes a backup):`];
  for (const f of plan.dataLoss.slice(0, LIST_CAP)) {
    const what = DATA_LOSS[f.rule](f.object ? s.code(f.object) : where(f));
    const ref = f.suppressed ? `reviewed: ${suppressionText(f, s)}` : numbers.has(f) ? `blocking #${numbers.get(f)}` : f.severity;
    out.push(`   - ${what}, in ${where(f)} (${ref})`);
  }
  if (plan.dataLoss.length > LIST_CAP) out.push(`   - \u2026 and ${plan.dataLoss.length - LIST_CAP} more`);
  return out;
}
function clientsStep(plan, s, where, numbers) {
  const lost = plan.clientsLose;
  if (lost.length === 0) return [];
  const out = [`${s.bold("What clients and consumers lose")} \u2014 ${lost.length === 1 ? "this addition of the range is" : `these ${lost.length} additions of the range are`} gone again; clients that adopted ${lost.length === 1 ? "it" : "them"} must cope:`];
  for (const f of lost.slice(0, LIST_CAP)) {
    const ref = f.suppressed ? "reviewed" : numbers.has(f) ? `blocking #${numbers.get(f)}` : f.severity;
    out.push(`   - ${f.object ? s.code(f.object) : where(f)} (${f.rule.replace(/-/g, " ")}, ${ref}) in ${where(f)}`);
  }
  if (lost.length > LIST_CAP) out.push(`   - \u2026 and ${lost.length - LIST_CAP} more`);
  return out;
}
function suppressionText(f, s) {
  const source = f.suppression?.source === "config" ? "config `allow` entry" : "inline comment";
  const reason = f.suppression?.reason ? s.text(f.suppression.reason) : s.italic("no reason given");
  const approval = f.approval;
  const approved = approval ? `, approved by ${s.text(approval.by)} (${approval.via})` : "";
  return `${reason} \u2014 ${s.text(source)}${approved}`;
}
function oldestSafeLines(o, s) {
  const out = [s.heading("Oldest safe rollback target"), ""];
  const glob = o.tags.length > 0 ? ` matching ${o.tags.map((t) => s.code(t)).join(", ")}` : "";
  if (o.walked.length === 0) {
    out.push(`No release tag${glob} before ${s.code(label(o.from))}: there is no earlier release to roll back to.`);
    return out;
  }
  const walked = o.walked.map((w) => `${s.code(w.tag)} ${w.safe ? s === MARKDOWN ? "\u2705" : "safe" : s === MARKDOWN ? "\u274C" : "not safe"}`).join(", ");
  out.push(`Release tags${glob} walked back from ${s.code(label(o.from))}, newest first: ${walked}.`, "");
  out.push(o.target ? `${s.bold(`Oldest safe target: ${s.code(o.target)}.`)}` : `${s.bold("No earlier release is a safe target.")}`);
  if (o.firstUnsafe) {
    out.push("", `The first unsafe one is ${s.code(o.firstUnsafe.tag)}, blocked by:`);
    pushCapped(out, o.firstUnsafe.blocking, s, (f) => `- ${s.code(f.line === null ? f.file : `${f.file}:${f.line}`)} ${s.code(f.rule)}: ${s.message(f.message)}`);
  } else if (o.stopped === "limit") {
    out.push("", `The walk stopped after ${plural(o.walked.length, "tag")} (its bound); older releases were not checked.`);
  } else out.push("", "Every earlier release tag is a safe target.");
  return out;
}
function renderPlanJson(plan, oldestSafe) {
  const serialized = findingSerializer(plan.report.findings);
  const json = (list) => list.map(serialized);
  const out = {
    version: 1,
    from: plan.range.from.ref,
    to: plan.range.to.ref,
    fromCommit: plan.range.from.sha,
    toCommit: plan.range.to.sha,
    safe: plan.safe,
    reason: verdictSentence(plan),
    blocking: json(plan.blocking),
    migrationsApplied: [...plan.migrationsApplied],
    dataLoss: json(plan.dataLoss),
    clientsLose: json(plan.clientsLose),
    suppressed: json(plan.suppressed),
    scenarios: plan.scenarios.map((x) => ({ name: x.name, affected: x.affected })),
    skipped: plan.report.skipped.map((f) => ({ file: f.file, reason: f.reason })),
    ...oldestSafe ? { oldestSafe: oldestSafeJson(oldestSafe, serialized) } : {}
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function oldestSafeJson(o, serialized) {
  return {
    tags: [...o.tags],
    target: o.target,
    firstUnsafe: o.firstUnsafe ? { tag: o.firstUnsafe.tag, commit: o.firstUnsafe.sha, blocking: o.firstUnsafe.blocking.map(o.firstUnsafe.serialize ?? serialized) } : null,
    walked: o.walked.map((w) => ({ tag: w.tag, commit: w.sha, safe: w.safe })),
    stopped: o.stopped
  };
}
function findingSerializer(findings) {
  const serialized = JSON.parse(renderJson({ version: 1, verdict: "pass", base: "", head: "", summary: { errors: 0, warnings: 0, notices: 0, suppressed: 0, filesAnalyzed: 0 }, findings, skipped: [], migrations: [] })).findings;
  const at = new Map(findings.map((f, i) => [f, i]));
  return (f) => serialized[at.get(f)];
}

// src/plan/plan.ts
function resolveRevision(root, ref, flag) {
  if (ref.startsWith("-") || ref.trim() === "") throw new GitError(`invalid ${flag} '${ref}': give a tag, branch or commit.`);
  let sha;
  try {
    sha = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root).trim();
  } catch {
    sha = "";
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    const shallow = isShallow(root) ? " This checkout is shallow: fetch the tags and history (actions/checkout with fetch-depth: 0, or git fetch --tags --unshallow)." : "";
    throw new GitError(`cannot find ${flag} '${ref}' in ${root}: no tag, branch or commit has that name.${shallow}`);
  }
  return { ref, sha };
}
function isShallow(root) {
  try {
    return git(["rev-parse", "--is-shallow-repository"], root).trim() === "true";
  } catch {
    return false;
  }
}
function isAncestor(root, ancestor, descendant) {
  try {
    git(["merge-base", "--is-ancestor", ancestor, descendant], root);
    return true;
  } catch (error) {
    if (error.status === 1) return false;
    throw new GitError(`git cannot tell whether ${ancestor.slice(0, 10)} comes before ${descendant.slice(0, 10)}: ${firstLine(error)}`);
  }
}
function firstLine(error) {
  return (error.stderr || error.message || "").trim().split("\n")[0].slice(0, 200);
}
function planRange(cwd, from, to) {
  const root = repoRoot(cwd);
  const fromRev = resolveRevision(root, from, "--from");
  const toRev = resolveRevision(root, to, "--to");
  if (fromRev.sha === toRev.sha) return { root, from: fromRev, to: toRev, linear: true };
  const linear = isAncestor(root, toRev.sha, fromRev.sha);
  if (!linear && isAncestor(root, fromRev.sha, toRev.sha)) {
    throw new GitError(`--to '${to}' is newer than --from '${from}' (it contains it): a rollback goes back from the deployed version (--from) to an older one (--to); swap them.`);
  }
  return { root, from: fromRev, to: toRev, linear };
}
function rollbackChangeSet(range, log) {
  return gitChangeSet(range.to.sha, range.from.sha, { cwd: range.root, forkPoint: range.to.sha, log });
}
async function planRollback(range, options = {}) {
  const changes = rollbackChangeSet(range, options.log);
  const config = options.config ?? await configOf(changes);
  const input = { changes, config };
  startCodeSearch(input);
  await prepareSqlParsers(engineDialects(input));
  const report = await runEngineAsync(input, { failOn: "error", ...options.today ? { today: options.today } : {} });
  return { range, report, config, changes, ...planFacts(report, config) };
}
async function configOf(changes) {
  const { readConfigFromTree } = await import("./chunk-T6KIGNKK.js");
  return readConfigFromTree(changes.headTree);
}

// src/plan/oldest-safe.ts
var MAX_WALK = 50;
function releaseTagsBefore(root, from, globs) {
  const isRelease = releaseTagFilter(globs);
  const format = "%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:unix)%00%(committerdate:unix)%00%(*committerdate:unix)";
  const out = git(["for-each-ref", `--merged=${from.sha}`, `--format=${format}`, "refs/tags"], root);
  const byCommit = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const [name, type, id, peeledType, peeled, created, committed, peeledCommitted] = line.split("\0");
    const commit = type === "commit" ? id : type === "tag" && peeledType === "commit" ? peeled : null;
    if (!commit || commit === from.sha || !isRelease(name)) continue;
    const date = Number(type === "commit" ? committed : peeledCommitted) || 0;
    const known = byCommit.get(commit);
    if (!known || versionCompare(name, known.tag) > 0) byCommit.set(commit, { tag: name, date, tagDate: Math.max(Number(created) || 0, known?.tagDate ?? 0) });
  }
  return [...byCommit.entries()].sort(([, a], [, b]) => b.date - a.date || b.tagDate - a.tagDate || versionCompare(b.tag, a.tag)).map(([sha, t]) => ({ tag: t.tag, sha }));
}
function versionCompare(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}
async function walkOldestSafe(range, globs, options) {
  const tags = releaseTagsBefore(range.root, range.from, globs);
  const limit = options.limit ?? MAX_WALK;
  const result = { from: range.from, tags: globs, walked: [], target: null, firstUnsafe: null, stopped: "end" };
  const plans = /* @__PURE__ */ new Map();
  for (const t of tags) {
    if (result.walked.length >= limit) {
      result.stopped = "limit";
      break;
    }
    const known = options.known?.range.to.sha === t.sha ? options.known : null;
    const plan = known ?? await planRollback({ root: range.root, from: range.from, to: { ref: t.tag, sha: t.sha }, linear: true }, options);
    plans.set(t.tag, plan);
    result.walked.push({ tag: t.tag, sha: t.sha, safe: plan.safe });
    if (!plan.safe) {
      result.firstUnsafe = { tag: t.tag, sha: t.sha, blocking: plan.blocking, serialize: findingSerializer(plan.report.findings) };
      result.stopped = "unsafe";
      break;
    }
    result.target = t.tag;
  }
  return { oldestSafe: result, plans };
}

export {
  PLAN_FORMATS,
  renderPlan,
  resolveRevision,
  isShallow,
  planRange,
  planRollback,
  releaseTagsBefore,
  walkOldestSafe
};
