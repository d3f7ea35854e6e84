/**
 * The command line: `rollback-guard check | plan | sql | contract | rules`. Exit codes: 0 pass,
 * 1 a finding at or above --fail-on, 2 usage, configuration or internal error (one sentence on
 * stderr; a stack trace only with --debug).
 */
import { accessSync, constants, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { changeSetFromTrees, containsAny, type ChangeSet, type Snapshot } from './changes/types.js';
import { GitError } from './changes/git-error.js';
import { directorySnapshot, remappedSnapshot } from './changes/fs.js';
import { decodeBytes, notRegular, readRegularFile } from './changes/files.js';
import { touchesSqlFile } from './changes/file-kinds.js';
import { touchesChangelogFile } from './migrations/code/liquibase-files.js';
import { ConfigError } from './config/errors.js';
import { DIALECTS, defaultConfig, type Dialect } from './config/types.js';
import type { AnalysisInput, FailOn } from './engine-core.js';
import type { Report } from './findings.js';
import type { ApprovalState } from './policy/approvals.js';
import { allRules } from './rules.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderText } from './report/text.js';
import { renderWorkflowCommands } from './report/github.js';
import { findDocsDir, renderSarif } from './report/sarif.js';
import { renderRulesMarkdown, renderRulesText } from './report/rules.js';
import { ruleDocsUrl } from './report/links.js';
import { absolutePath, displayPath, isInside } from './text/paths.js';
import { VERSION } from './version.js';
import { PLAN_HELP } from './plan/help.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

const HELP: Record<string, string> = {
  main: `rollback-guard ${VERSION} — keeps every pull request rollback-safe

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
  check: `rollback-guard check — compare two revisions of a git repository

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
  sql: `rollback-guard sql — lint SQL files as new forward migrations (no git)

  --dialect D       ${DIALECTS.join(' | ')} (default: each file's is inferred
                    from its name, folder and content, else postgres)
  --format FMT      text | json | sarif | markdown | github (default: text)
  --output FILE     write the report there instead of stdout
  --fail-on LEVEL   error | warning | never (default: error)
`,
  contract: `rollback-guard contract — diff two versions of an OpenAPI document or JSON Schema

  BASE HEAD         the old and the new file; $refs resolve relative to each file, inside the
                    current directory (or the files' common parent)
  --role R          api | event (default: api for OpenAPI, event for a JSON Schema)
  --format FMT      text | json | sarif | markdown | github (default: text)
  --output FILE     write the report there instead of stdout
  --fail-on LEVEL   error | warning | never (default: error)
`,
  rules: `rollback-guard rules — list every rule

  --format F        text | md | json (default: text in a terminal, else md)
`,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv.filter((a) => a !== '--debug'), io, debug);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof GitError) {
      io.stderr(`rollback-guard: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr("Run 'rollback-guard --help' for usage.\n");
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rollback-guard: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIO, debug: boolean): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' && rest[0] !== undefined && rest[0] in HELP && rest[0] !== 'main') {
    io.stdout(HELP[rest[0]]!);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP.main);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!(command in HELP) || command === 'main') throw new UsageError(`unknown command '${command}'; expected one of: check, plan, sql, contract, rules.`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP[command]);
    return 0;
  }
  switch (command) {
    case 'check':
      return check(rest, io, debug);
    case 'plan':
      // Loaded per command, like the analysers: the runbook's modules only for `plan`.
      return (await import('./plan/command.js')).planCommand(rest, io);
    case 'sql':
      return sql(rest, io, debug);
    case 'contract':
      return contract(rest, io, debug);
    default:
      return rules(rest, io);
  }
}

const REPORT_OPTIONS = ['format', 'output', 'fail-on'] as const;

/** Every option of this CLI takes a string value. */
function parse(
  args: string[],
  names: readonly string[],
  positionals = false,
): { values: Record<string, string | undefined>; positionals: string[] } {
  const options = Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));
  try {
    const parsed = parseArgs({ args, options, allowPositionals: positionals, strict: true });
    return { values: parsed.values as Record<string, string | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`invalid '${name}' value '${value}'; expected one of: ${allowed.join(', ')}.`);
  return value as T;
}

interface ReportSettings {
  format: Format;
  output: string | undefined;
  failOn: FailOn;
}

function reportSettings(values: { format?: string; output?: string; 'fail-on'?: string }): ReportSettings {
  return {
    format: oneOf('--format', values.format, FORMATS, 'text'),
    output: values.output,
    failOn: oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const, 'error'),
  };
}

async function check(args: string[], io: CliIO, debug: boolean): Promise<number> {
  const { values } = parse(args, [...REPORT_OPTIONS, 'base', 'head', 'config', 'cwd']);
  const settings = reportSettings(values);
  const cwd = resolve(io.cwd, values.cwd ?? '.');
  // Loaded per command, like the analysers: `sql` and `contract` never run git.
  const { defaultBase, gitChangeSet, gitChangeSetAsync, repoRoot, repoRootWithAsync } = await import('./changes/git.js');
  // Issue 18, the fixed cost: the modules every check loads next (the engine and the analysers'
  // chunks, ~50 ms of compiling on Node 20; no parser, no WASM: those load in allAnalysers, for
  // a PR that touches SQL only) load while git works on the other core; the imports below get the
  // same modules. A git error below is still the one reported (this loading is then not awaited).
  Promise.all([import('./engine.js'), values.config ? null : import('./config/base.js')]).catch(() => {});
  const log = (m: string): void => io.stderr(`${m}\n`);
  let changes: ChangeSet;
  if (values.base !== undefined && values.head !== undefined) {
    // Both revisions given: the top and both commits in one git process, then the diff, then the
    // configuration's and the PR's files, each process run asynchronously (beside the loading).
    const root = await repoRootWithAsync(cwd, values.base, values.head);
    changes = await gitChangeSetAsync(values.base, values.head, { cwd: root, log });
    if (!values.config) await (await import('./config/base.js')).prefetchBaseConfig(changes, null);
  } else {
    const root = repoRoot(cwd);
    const base = values.base ?? defaultBase(root);
    if (!base) throw new UsageError('no base revision: none of origin/HEAD, origin/main, origin/master, main, master exists here; pass --base REV.');
    changes = gitChangeSet(base, values.head ?? null, { cwd: root, log });
  }
  // The configuration reader (ajv, yaml) loads only for a config file: `--config`, or one in the base commit.
  const config = values.config
    ? (await import('./config/load.js')).parseConfig(readText(resolve(cwd, values.config), '--config'), values.config)
    : await (await import('./config/base.js')).loadBaseConfig(changes, null, (m) => io.stderr(`rollback-guard: ${m}\n`));
  const input: AnalysisInput = { changes, config };
  const engine = await allAnalysers(input);
  // No pull request to ask on a laptop or in another CI: a suppression the change adds stays
  // pending unless the base config says `approvals.required: false` (docs/approvals.md).
  const local = { kind: 'unverifiable' as const, why: '`rollback-guard check` runs outside a GitHub pull request; the Action checks approvals there' };
  return analyseAndReport(input, settings, io, (i, options) => engine(i, { ...options, approvals: () => Promise.resolve(local) }), debug);
}

async function sql(args: string[], io: CliIO, debug: boolean): Promise<number> {
  const { values, positionals } = parse(args, [...REPORT_OPTIONS, 'dialect'], true);
  const settings = reportSettings(values);
  if (positionals.length === 0) throw new UsageError('sql needs at least one FILE.');
  const config = defaultConfig();
  // Without --dialect, each file's dialect is inferred (its name, folder, content), else postgres.
  const dialect = values.dialect === undefined ? undefined : (oneOf('--dialect', values.dialect, DIALECTS, 'postgres') as Dialect);
  config.migrations = [{ framework: 'auto', ...(dialect ? { dialect } : {}) }];
  // Only .sql files, every one of them a migration: the migration analyser is the whole engine here.
  // Its modules and parser start loading before the files are read, and the reads give way to that
  // loading every 64 files, so that its asynchronous parts (module reads, WASM compilation) overlap
  // them (corpus: ~30 ms a run, and ~100 ms over its four runs for the giving way).
  const loading = Promise.all([import('./engine-core.js'), import('./migrations/analyse.js')]).then(async ([core, migrations]) => {
    // The Liquibase changelog reader (sax, yaml: ~320 KB of modules) only when a file may be a changelog.
    await migrations.prepareMigrations([dialect ?? 'postgres'], { changelogs: positionals.some(migrations.mayBeChangelog) });
    return { runAnalysers: core.runAnalysers, analyseMigrations: migrations.analyseMigrations, migrations };
  });
  const files: Record<string, string> = {};
  try {
    for (const [i, file] of positionals.entries()) {
      files[displayPath(io.cwd, file)] = readText(absolutePath(io.cwd, file), file);
      // Let the loading go on between reads (its module reads and WASM compilation are asynchronous).
      if (i % 64 === 63) await new Promise((next) => setImmediate(next));
    }
  } catch (error) {
    loading.catch(() => {}); // the usage error below is the one to report
    throw error;
  }
  const changes = changeSetFromTrees({}, files, { base: 'none', head: 'files' });
  const { runAnalysers, analyseMigrations, migrations } = await loading;
  const input: AnalysisInput = { changes, config, force: { migrations: Object.keys(files) } };
  // Inferred dialects other than postgres (already loaded) load now, once the files are read.
  if (!dialect) await migrations.prepareMigrations(migrations.migrationDialects(input), { changelogs: positionals.some(migrations.mayBeChangelog) });
  const run: Run = (i, options) => runAnalysers(i, [analyseMigrations], options);
  return analyseAndReport(input, settings, io, run, debug);
}

async function contract(args: string[], io: CliIO, debug: boolean): Promise<number> {
  const { values, positionals } = parse(args, [...REPORT_OPTIONS, 'role'], true);
  const settings = reportSettings(values);
  if (positionals.length !== 2) throw new UsageError('contract needs exactly two files: BASE HEAD.');
  const [basePath, headPath] = positionals.map((p) => resolve(io.cwd, p));
  mustBeFile(basePath, positionals[0]);
  mustBeFile(headPath, positionals[1]);
  const root = commonRoot(resolve(io.cwd), [basePath, headPath]);
  const baseRel = relative(root, basePath).split('\\').join('/');
  const headRel = relative(root, headPath).split('\\').join('/');
  const skipped: ChangeSet['skipped'] = [];
  const tree = directorySnapshot(root, (file, reason) => skipped.push({ file, reason }));
  const remapped = remappedSnapshot(tree, dirOf(headRel), dirOf(baseRel));
  // The two files named on the command line: one that cannot be read is exit 2 (readText).
  const named = (path: string, label: string): (() => string) => {
    let text: string | undefined;
    return () => (text ??= readText(path, label));
  };
  const baseText = named(basePath, positionals[0]);
  const headText = named(headPath, positionals[1]);
  const side = (inner: Snapshot, text: () => string): Snapshot => ({
    list: () => tree.list(),
    read: (p) => (p === headRel ? text() : inner.read(p)),
    unreadable: (p) => (p === headRel ? undefined : inner.unreadable?.(p)),
    filesContaining: (needle) => [...new Set([...(inner.filesContaining?.(needle) ?? []).filter((p) => p !== headRel), ...(containsAny(text(), needle) ? [headRel] : [])])].sort(),
  });
  const baseTree = side(remapped, baseText);
  const headTree = side(tree, headText);
  const changes: ChangeSet = {
    base: positionals[0],
    head: positionals[1],
    files: [{ path: headRel, status: 'modified' }],
    baseTree,
    headTree,
    skipped,
  };
  const role = values.role === undefined ? undefined : oneOf('--role', values.role, ['api', 'event'] as const, 'api');
  const force = { contracts: [{ path: headRel, ...(role ? { role } : {}) }] };
  // As for `check`: the changelog reader (sax, yaml) loads only if the file may be a changelog.
  const input: AnalysisInput = { changes, config: defaultConfig(), force };
  return analyseAndReport(input, settings, io, await allAnalysers(input), debug);
}

function rules(args: string[], io: CliIO): number {
  const { values } = parse(args, ['format']);
  const format = oneOf('--format', values.format, ['text', 'md', 'json'] as const, io.isTTY ? 'text' : 'md');
  if (format === 'json') {
    const list = allRules.map((r) => ({
      id: r.id,
      category: r.category,
      severity: r.defaultSeverity,
      summary: r.summary,
      help: `docs/rules/${r.id}.md`,
      helpUri: ruleDocsUrl(r.id),
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  } else if (format === 'text') io.stdout(renderRulesText(allRules, terminalWidth(io)));
  else io.stdout(renderRulesMarkdown(allRules));
  return 0;
}

type Run = (input: AnalysisInput, options: { failOn: FailOn; approvals?: () => Promise<ApprovalState> }) => Report | Promise<Report>;

/**
 * The whole engine, with the SQL parsers `input`'s migrations need loaded (none for a change that
 * touches no SQL or changelog file; the contract readers load when the analysis needs them); for a
 * git change set, the search of base code starts first and runs beside the parsers and the analysis.
 */
async function allAnalysers(input: AnalysisInput): Promise<Run> {
  const { engineNeeds, prepareSqlParsers, runEngineAsync, startCodeSearch } = await import('./engine.js');
  startCodeSearch(input);
  // The SQL parsers only for a change that touches a SQL or changelog file, as in the Action, and
  // the changelog reader (sax, yaml) only when a Liquibase changelog may be read (engineNeeds);
  // migrations written as code load theirs in runEngineAsync.
  if (touchesSqlFile(input.changes.files) || touchesChangelogFile(input.changes.files)) {
    const needs = engineNeeds(input);
    await prepareSqlParsers(needs.dialects, needs);
  }
  return runEngineAsync;
}

async function analyseAndReport(input: AnalysisInput, settings: ReportSettings, io: CliIO, run: Run, debug = false): Promise<number> {
  const output = settings.output === undefined ? null : resolve(io.cwd, settings.output);
  if (output !== null && !isDirectory(dirname(output))) {
    throw new UsageError(`cannot write --output '${settings.output}': the folder ${dirname(output)} does not exist; create it first or choose another path.`);
  }
  const report = await run(input, { failOn: settings.failOn });
  if (debug) for (const line of detectionLines(report)) io.stderr(`${line}\n`);
  const rendered = render(report, settings.format, io, (p) => input.changes.headTree.read(p));
  if (output !== null) {
    try {
      writeFileSync(output, rendered);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it is not writable' : (error as Error).message;
      throw new UsageError(`cannot write --output '${settings.output}': ${why}.`);
    }
  } else io.stdout(rendered);
  return report.verdict === 'fail' ? 1 : 0;
}

export function render(report: Report, format: Format, io: Pick<CliIO, 'isTTY' | 'env'>, source: (p: string) => string | null): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, allRules, { docsDir: findDocsDir() });
    case 'markdown':
      return renderMarkdown(report);
    case 'github':
      return renderWorkflowCommands(report);
    default:
      return renderText(report, { source, color: io.isTTY && !io.env.NO_COLOR, width: terminalWidth(io) });
  }
}

/**
 * A file named on the command line: a regular file (a FIFO or a device such as /dev/zero would
 * never end), at most the hard limit, decoded like the repository's files. Anything else is one
 * sentence and exit 2.
 */
export function readText(path: string, label: string): string {
  let file: ReturnType<typeof readRegularFile>;
  try {
    file = readRegularFile(path, true);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${label}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (error as Error).message}.`);
  }
  const decoded = 'bytes' in file ? decodeBytes(file.bytes) : file;
  if ('unreadable' in decoded) throw new UsageError(`cannot read ${label}: ${decoded.unreadable}.`);
  return decoded.text;
}

/** Checks that a path is a readable regular file without reading it (contracts can be 10+ MB). */
function mustBeFile(path: string, label: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
    accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${label}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  if (!stats.isFile()) throw new UsageError(`cannot read ${label}: ${notRegular(stats)}.`);
}

/** The terminal's width when stdout is one (text wraps at spaces there), else undefined. */
function terminalWidth(io: Pick<CliIO, 'isTTY' | 'env'>): number | undefined {
  if (!io.isTTY) return undefined;
  const columns = Number(io.env.COLUMNS) || process.stdout.columns;
  return columns > 0 ? columns : 80;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function dirOf(rel: string): string {
  const d = dirname(rel);
  return d === '.' ? '' : d;
}

function commonRoot(cwd: string, files: string[]): string {
  if (files.every((f) => isInside(cwd, f))) return cwd;
  let root = dirname(files[0]);
  while (!files.every((f) => isInside(root, f))) root = dirname(root);
  return root;
}


/**
 * `--debug`: one line per changed file the analysers took or left, with why (the JSON report's
 * `detection`), e.g. `rollback-guard: detection: sql/schema/v1.sql: left (schema): …`.
 */
export function detectionLines(report: Report): string[] {
  return (report.detection ?? []).map((d) => {
    const what = d.taken ? `taken as ${d.as}${d.framework || d.dialect ? ` (${[d.framework, d.dialect].filter(Boolean).join(', ')})` : ''}` : `left (${d.as})`;
    return `rollback-guard: detection: ${d.file}: ${what}: ${d.reason}`;
  });
}
