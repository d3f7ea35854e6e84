import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  findDocsDir,
  renderJson,
  renderSarif,
  renderWorkflowCommands
} from "./chunk-FZIG6PAL.js";
import {
  gfmMessage,
  renderMarkdown,
  renderText,
  ruleDocsUrl,
  wrapWords
} from "./chunk-KPM5VIF5.js";
import {
  ConfigError
} from "./chunk-JQBOSFPS.js";
import {
  VERSION
} from "./chunk-4K57P2NP.js";
import {
  DIALECTS,
  defaultConfig
} from "./chunk-D7BJUY6R.js";
import {
  allRules
} from "./chunk-HOMZOPEG.js";
import {
  touchesChangelogFile
} from "./chunk-FROQA73M.js";
import {
  GitError
} from "./chunk-R5XSFKKQ.js";
import {
  changeSetFromTrees,
  containsAny,
  decodeBytes,
  fileSystemReader,
  notRegular,
  readRegularFile
} from "./chunk-5SYVZ6D5.js";
import {
  DATA_FILE,
  touchesSqlFile
} from "./chunk-OKPMEVZ6.js";

// src/cli.ts
import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { dirname, relative as relative2, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/changes/fs.ts
import { readdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function directorySnapshot(root, noteSkip = () => {
}) {
  const realRoot = realpathSync(root);
  let listing = null;
  const read = fileSystemReader(realRoot, noteSkip);
  const snapshot = {
    list() {
      if (listing) return listing;
      const out = [];
      const walk = (dir) => {
        for (const entry of readdirSync(join(realRoot, dir), { withFileTypes: true })) {
          const rel = dir ? `${dir}/${entry.name}` : entry.name;
          if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(rel);
          else if (entry.isFile() || entry.isSymbolicLink()) out.push(rel);
          if (out.length > 1e5) return;
        }
      };
      walk("");
      listing = out.sort();
      return listing;
    },
    read: (path) => read(path).text,
    unreadable: (path) => read(path).reason,
    filesContaining: (needle) => snapshot.list().filter((p) => DATA_FILE.test(p) && containsAny(read(p).text ?? "", needle))
  };
  return snapshot;
}
function remappedSnapshot(inner, fromDir, toDir) {
  const map = (path) => {
    if (fromDir === toDir) return path;
    if (fromDir === "") return toDir ? `${toDir}/${path}` : path;
    if (path.startsWith(`${fromDir}/`)) return `${toDir ? `${toDir}/` : ""}${path.slice(fromDir.length + 1)}`;
    return path;
  };
  return {
    list: () => inner.list(),
    read: (path) => inner.read(map(path)),
    unreadable: (path) => inner.unreadable?.(map(path)),
    // Found files, named as this snapshot reads them: under `toDir` they appear under `fromDir`.
    filesContaining: (needle) => {
      const found = inner.filesContaining?.(needle) ?? [];
      if (fromDir === toDir) return found;
      const under = (dir, p) => dir === "" ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : null;
      const out = [];
      for (const p of found) {
        const rest = under(toDir, p);
        if (rest !== null) out.push(fromDir ? `${fromDir}/${rest}` : rest);
        else if (under(fromDir, p) === null) out.push(p);
      }
      return out.sort();
    }
  };
}

// src/report/rules.ts
function renderRulesMarkdown(rules2) {
  const lines = ["| Rule | Category | Default | Catches |", "|---|---|---|---|"];
  for (const r of rules2) {
    lines.push(`| [\`${r.id}\`](${ruleDocsUrl(r.id)}) | ${r.category} | ${r.defaultSeverity} | ${gfmMessage(r.summary, { inTable: true })} |`);
  }
  return `${lines.join("\n")}
`;
}
function renderRulesText(rules2, width = 80) {
  const out = [];
  for (const category of [...new Set(rules2.map((r) => r.category))]) {
    out.push(`${category} rules`);
    for (const r of rules2.filter((x) => x.category === category)) {
      out.push(`  ${r.id.padEnd(40)} ${r.defaultSeverity}`);
      for (const line of wrapWords(r.summary, Math.max(30, width - 4))) out.push(`    ${line}`);
    }
    out.push("");
  }
  out.push(`Each rule's page: ${ruleDocsUrl("RULE").replace("RULE", "<id>")}`);
  return `${out.join("\n")}
`;
}

// src/text/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var PLAIN_RELATIVE = /^(?:(?!\.\.?\/)[^/\\]+\/)*(?!\.\.?$)[^/\\]+$/;
function isPlainRelative(file) {
  return sep === "/" && PLAIN_RELATIVE.test(file);
}
function absolutePath(cwd, file) {
  if (isPlainRelative(file) && cwd !== "/" && resolvedDirectory(cwd) === cwd) return `${cwd}/${file}`;
  return resolve(cwd, file);
}
var lastDirectory = null;
function resolvedDirectory(cwd) {
  if (lastDirectory?.[0] !== cwd) lastDirectory = [cwd, resolve(cwd)];
  return lastDirectory[1];
}
function displayPath(cwd, file) {
  if (isPlainRelative(file)) return file;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return (isOutside(rel) ? abs : rel).split("\\").join("/");
}
function isInside(dir, file) {
  return !isOutside(relative(dir, file));
}
function isOutside(rel) {
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

// src/plan/help.ts
var PLAN_HELP = `rollback-guard plan \u2014 the runbook for rolling a release back

  --from REF        the version deployed now (tag, branch or commit)
  --to REF          the version to roll back to
  --oldest-safe     walk back over the release tags before --from, newest first, and name the
                    oldest one that is still safe to roll back to (and the first unsafe one);
                    without --to, the runbook is for that target
  --tags GLOB       release tag names for --oldest-safe (repeatable, !GLOB leaves some out;
                    default: the config's release-tags, else every tag)
  --format FMT      text | markdown | json (default: text)
  --output FILE     write the runbook there instead of stdout
  --config FILE     configuration file (default: the one in --from, the deployed release)
  --cwd DIR         run in DIR

Exit codes: 0 safe to roll back, 1 not safe, 2 usage or git error.
`;

// src/cli.ts
var FORMATS = ["text", "json", "sarif", "markdown", "github"];
var UsageError = class extends Error {
};
var HELP = {
  main: `rollback-guard ${VERSION} \u2014 keeps every pull request rollback-safe

Usage:
  rollback-guard check [--base REV] [--head REV] [--config FILE] [--format FMT] [--output FILE]
                       [--fail-on error|warning|never] [--cwd DIR]
  rollback-guard plan --from REF (--to REF | --oldest-safe [--tags GLOB]) [--format FMT]
  rollback-guard sql [--dialect D] [--format FMT] FILE...
  rollback-guard contract [--role api|event] [--format FMT] BASE HEAD
  rollback-guard rules [--format md|json]

Formats: text (default), json, sarif, markdown, github.
Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage/config/internal error.
Run 'rollback-guard <command> --help' for a command's options.
`,
  check: `rollback-guard check \u2014 compare two revisions of a git repository

  --base REV        base revision (default: merge-base of HEAD with origin/HEAD, origin/main,
                    origin/master, main or master)
  --head REV        head revision (default: the working tree, uncommitted changes included)
  --config FILE     configuration file (default: .github/rollback-guard.yml or
                    .rollback-guard.yml as they are in the BASE revision)
  --format FMT      text | json | sarif | markdown | github (default: text)
  --output FILE     write the report there instead of stdout
  --fail-on LEVEL   error | warning | never (default: error)
  --cwd DIR         run in DIR
  --debug           say on stderr why each changed SQL file was taken as a migration or left
                    (docs/detection.md), and print stack traces of internal errors
`,
  plan: PLAN_HELP,
  sql: `rollback-guard sql \u2014 lint SQL files as new forward migrations (no git)

  --dialect D       ${DIALECTS.join(" | ")} (default: each file's is inferred
                    from its name, folder and content, else postgres)
  --format FMT      text | json | sarif | markdown | github (default: text)
  --output FILE     write the report there instead of stdout
  --fail-on LEVEL   error | warning | never (default: error)
`,
  contract: `rollback-guard contract \u2014 diff two versions of an OpenAPI document or JSON Schema

  BASE HEAD         the old and the new file; $refs resolve relative to each file, inside the
                    current directory (or the files' common parent)
  --role R          api | event (default: api for OpenAPI, event for a JSON Schema)
  --format FMT      text | json | sarif | markdown | github (default: text)
  --output FILE     write the report there instead of stdout
  --fail-on LEVEL   error | warning | never (default: error)
`,
  rules: `rollback-guard rules \u2014 list every rule

  --format F        text | md | json (default: text in a terminal, else md)
`
};
async function main(argv, io) {
  const debug = argv.includes("--debug");
  try {
    return await dispatch(argv.filter((a) => a !== "--debug"), io, debug);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof GitError) {
      io.stderr(`rollback-guard: ${error.message}
`);
      if (error instanceof UsageError) io.stderr("Run 'rollback-guard --help' for usage.\n");
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rollback-guard: internal error: ${message}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function dispatch(argv, io, debug) {
  const [command, ...rest] = argv;
  if (command === "help" && rest[0] !== void 0 && rest[0] in HELP && rest[0] !== "main") {
    io.stdout(HELP[rest[0]]);
    return 0;
  }
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP.main);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (!(command in HELP) || command === "main") throw new UsageError(`unknown command '${command}'; expected one of: check, plan, sql, contract, rules.`);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(HELP[command]);
    return 0;
  }
  switch (command) {
    case "check":
      return check(rest, io, debug);
    case "plan":
      return (await import("./chunk-O6XSK5PE.js")).planCommand(rest, io);
    case "sql":
      return sql(rest, io, debug);
    case "contract":
      return contract(rest, io, debug);
    default:
      return rules(rest, io);
  }
}
var REPORT_OPTIONS = ["format", "output", "fail-on"];
function parse(args, names, positionals = false) {
  const options = Object.fromEntries(names.map((n) => [n, { type: "string" }]));
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional.*$/s, "."));
  }
}
function oneOf(name, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value))
    throw new UsageError(`invalid '${name}' value '${value}'; expected one of: ${allowed.join(", ")}.`);
  return value;
}
function reportSettings(values) {
  return {
    format: oneOf("--format", values.format, FORMATS, "text"),
    output: values.output,
    failOn: oneOf("--fail-on", values["fail-on"], ["error", "warning", "never"], "error")
  };
}
async function check(args, io, debug) {
  const { values } = parse(args, [...REPORT_OPTIONS, "base", "head", "config", "cwd"]);
  const settings = reportSettings(values);
  const cwd = resolve2(io.cwd, values.cwd ?? ".");
  const { defaultBase, gitChangeSet, gitChangeSetAsync, repoRoot, repoRootWithAsync } = await import("./chunk-RA656YQT.js");
  Promise.all([import("./chunk-ZVUKQJ2T.js"), values.config ? null : import("./chunk-5GBHJXSQ.js")]).catch(() => {
  });
  const log = (m) => io.stderr(`${m}
`);
  let changes;
  if (values.base !== void 0 && values.head !== void 0) {
    const root = await repoRootWithAsync(cwd, values.base, values.head);
    changes = await gitChangeSetAsync(values.base, values.head, { cwd: root, log });
    if (!values.config) await (await import("./chunk-5GBHJXSQ.js")).prefetchBaseConfig(changes, null);
  } else {
    const root = repoRoot(cwd);
    const base = values.base ?? defaultBase(root);
    if (!base) throw new UsageError("no base revision: none of origin/HEAD, origin/main, origin/master, main, master exists here; pass --base REV.");
    changes = gitChangeSet(base, values.head ?? null, { cwd: root, log });
  }
  const config = values.config ? (await import("./chunk-RQ2ZQCMC.js")).parseConfig(readText(resolve2(cwd, values.config), "--config"), values.config) : await (await import("./chunk-5GBHJXSQ.js")).loadBaseConfig(changes, null, (m) => io.stderr(`rollback-guard: ${m}
`));
  const input = { changes, config };
  const engine = await allAnalysers(input);
  const local = { kind: "unverifiable", why: "`rollback-guard check` runs outside a GitHub pull request; the Action checks approvals there" };
  return analyseAndReport(input, settings, io, (i, options) => engine(i, { ...options, approvals: () => Promise.resolve(local) }), debug);
}
async function sql(args, io, debug) {
  const { values, positionals } = parse(args, [...REPORT_OPTIONS, "dialect"], true);
  const settings = reportSettings(values);
  if (positionals.length === 0) throw new UsageError("sql needs at least one FILE.");
  const config = defaultConfig();
  const dialect = values.dialect === void 0 ? void 0 : oneOf("--dialect", values.dialect, DIALECTS, "postgres");
  config.migrations = [{ framework: "auto", ...dialect ? { dialect } : {} }];
  const loading = Promise.all([import("./chunk-APFZBDQ3.js"), import("./chunk-7T5MRSXI.js")]).then(async ([core, migrations2]) => {
    await migrations2.prepareMigrations([dialect ?? "postgres"], { changelogs: positionals.some(migrations2.mayBeChangelog) });
    return { runAnalysers: core.runAnalysers, analyseMigrations: migrations2.analyseMigrations, migrations: migrations2 };
  });
  const files = {};
  try {
    for (const [i, file] of positionals.entries()) {
      files[displayPath(io.cwd, file)] = readText(absolutePath(io.cwd, file), file);
      if (i % 64 === 63) await new Promise((next) => setImmediate(next));
    }
  } catch (error) {
    loading.catch(() => {
    });
    throw error;
  }
  const changes = changeSetFromTrees({}, files, { base: "none", head: "files" });
  const { runAnalysers, analyseMigrations, migrations } = await loading;
  const input = { changes, config, force: { migrations: Object.keys(files) } };
  if (!dialect) await migrations.prepareMigrations(migrations.migrationDialects(input), { changelogs: positionals.some(migrations.mayBeChangelog) });
  const run = (i, options) => runAnalysers(i, [analyseMigrations], options);
  return analyseAndReport(input, settings, io, run, debug);
}
async function contract(args, io, debug) {
  const { values, positionals } = parse(args, [...REPORT_OPTIONS, "role"], true);
  const settings = reportSettings(values);
  if (positionals.length !== 2) throw new UsageError("contract needs exactly two files: BASE HEAD.");
  const [basePath, headPath] = positionals.map((p) => resolve2(io.cwd, p));
  mustBeFile(basePath, positionals[0]);
  mustBeFile(headPath, positionals[1]);
  const root = commonRoot(resolve2(io.cwd), [basePath, headPath]);
  const baseRel = relative2(root, basePath).split("\\").join("/");
  const headRel = relative2(root, headPath).split("\\").join("/");
  const skipped = [];
  const tree = directorySnapshot(root, (file, reason) => skipped.push({ file, reason }));
  const remapped = remappedSnapshot(tree, dirOf(headRel), dirOf(baseRel));
  const named = (path, label) => {
    let text;
    return () => text ??= readText(path, label);
  };
  const baseText = named(basePath, positionals[0]);
  const headText = named(headPath, positionals[1]);
  const side = (inner, text) => ({
    list: () => tree.list(),
    read: (p) => p === headRel ? text() : inner.read(p),
    unreadable: (p) => p === headRel ? void 0 : inner.unreadable?.(p),
    filesContaining: (needle) => [.../* @__PURE__ */ new Set([...(inner.filesContaining?.(needle) ?? []).filter((p) => p !== headRel), ...containsAny(text(), needle) ? [headRel] : []])].sort()
  });
  const baseTree = side(remapped, baseText);
  const headTree = side(tree, headText);
  const changes = {
    base: positionals[0],
    head: positionals[1],
    files: [{ path: headRel, status: "modified" }],
    baseTree,
    headTree,
    skipped
  };
  const role = values.role === void 0 ? void 0 : oneOf("--role", values.role, ["api", "event"], "api");
  const force = { contracts: [{ path: headRel, ...role ? { role } : {} }] };
  const input = { changes, config: defaultConfig(), force };
  return analyseAndReport(input, settings, io, await allAnalysers(input), debug);
}
function rules(args, io) {
  const { values } = parse(args, ["format"]);
  const format = oneOf("--format", values.format, ["text", "md", "json"], io.isTTY ? "text" : "md");
  if (format === "json") {
    const list = allRules.map((r) => ({
      id: r.id,
      category: r.category,
      severity: r.defaultSeverity,
      summary: r.summary,
      help: `docs/rules/${r.id}.md`,
      helpUri: ruleDocsUrl(r.id)
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}
`);
  } else if (format === "text") io.stdout(renderRulesText(allRules, terminalWidth(io)));
  else io.stdout(renderRulesMarkdown(allRules));
  return 0;
}
async function allAnalysers(input) {
  const { engineNeeds, prepareSqlParsers, runEngineAsync, startCodeSearch } = await import("./chunk-ZVUKQJ2T.js");
  startCodeSearch(input);
  if (touchesSqlFile(input.changes.files) || touchesChangelogFile(input.changes.files)) {
    const needs = engineNeeds(input);
    await prepareSqlParsers(needs.dialects, needs);
  }
  return runEngineAsync;
}
async function analyseAndReport(input, settings, io, run, debug = false) {
  const output = settings.output === void 0 ? null : resolve2(io.cwd, settings.output);
  if (output !== null && !isDirectory(dirname(output))) {
    throw new UsageError(`cannot write --output '${settings.output}': the folder ${dirname(output)} does not exist; create it first or choose another path.`);
  }
  const report = await run(input, { failOn: settings.failOn });
  if (debug) for (const line of detectionLines(report)) io.stderr(`${line}
`);
  const rendered = render(report, settings.format, io, (p) => input.changes.headTree.read(p));
  if (output !== null) {
    try {
      writeFileSync(output, rendered);
    } catch (error) {
      const code = error.code;
      const why = code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it is not writable" : error.message;
      throw new UsageError(`cannot write --output '${settings.output}': ${why}.`);
    }
  } else io.stdout(rendered);
  return report.verdict === "fail" ? 1 : 0;
}
function render(report, format, io, source) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, allRules, { docsDir: findDocsDir() });
    case "markdown":
      return renderMarkdown(report);
    case "github":
      return renderWorkflowCommands(report);
    default:
      return renderText(report, { source, color: io.isTTY && !io.env.NO_COLOR, width: terminalWidth(io) });
  }
}
function readText(path, label) {
  let file;
  try {
    file = readRegularFile(path, true);
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot read ${label}: ${code === "ENOENT" || code === "ENOTDIR" ? "no such file" : error.message}.`);
  }
  const decoded = "bytes" in file ? decodeBytes(file.bytes) : file;
  if ("unreadable" in decoded) throw new UsageError(`cannot read ${label}: ${decoded.unreadable}.`);
  return decoded.text;
}
function mustBeFile(path, label) {
  let stats;
  try {
    stats = statSync(path);
    accessSync(path, constants.R_OK);
  } catch (error) {
    const code = error.code;
    throw new UsageError(`cannot read ${label}: ${code === "ENOENT" ? "no such file" : error.message}.`);
  }
  if (!stats.isFile()) throw new UsageError(`cannot read ${label}: ${notRegular(stats)}.`);
}
function terminalWidth(io) {
  if (!io.isTTY) return void 0;
  const columns = Number(io.env.COLUMNS) || process.stdout.columns;
  return columns > 0 ? columns : 80;
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function dirOf(rel) {
  const d = dirname(rel);
  return d === "." ? "" : d;
}
function commonRoot(cwd, files) {
  if (files.every((f) => isInside(cwd, f))) return cwd;
  let root = dirname(files[0]);
  while (!files.every((f) => isInside(root, f))) root = dirname(root);
  return root;
}
function detectionLines(report) {
  return (report.detection ?? []).map((d) => {
    const what = d.taken ? `taken as ${d.as}${d.framework || d.dialect ? ` (${[d.framework, d.dialect].filter(Boolean).join(", ")})` : ""}` : `left (${d.as})`;
    return `rollback-guard: detection: ${d.file}: ${what}: ${d.reason}`;
  });
}

export {
  UsageError,
  main,
  render,
  readText,
  detectionLines
};
