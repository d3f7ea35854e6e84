/**
 * The seam between the migration analysis and migrations written as code: framework → adapter.
 *
 * Detection (`classifyCodeMigration`, called by detect.ts) asks each adapter whether a path and its
 * text are one of its framework's migrations; the analysis (analyse.ts, where a SQL file goes to
 * `parseFile`) hands a code migration to `parseCodeFile`, which parses it with the adapter's
 * grammar and returns the same `ParsedFile` a SQL file gives: forward statements with operations
 * and exact lines, and the down sections. Every rule, the schema history and the reports then work
 * unchanged. See README.md beside this file for how to add an adapter.
 */
import type { Dialect, MigrationSet } from '../../config/types.js';
import { globMatcher } from '../../text/glob.js';
import type { Classification, MigrationFile } from '../detect.js';
import type { ParsedFile } from '../parse-files.js';
import type { RuleHit } from '../rules/types.js';
import type { FileStatus } from '../../changes/types.js';
import { alembicAdapter } from './alembic.js';
import { djangoAdapter } from './django.js';
import { doctrineAdapter } from './doctrine.js';
import { efCoreAdapter } from './ef-core.js';
import { knexAdapter, sequelizeAdapter, typeormAdapter } from './javascript.js';
import { laravelAdapter } from './laravel.js';
import { railsAdapter } from './rails.js';
import { unreadStatement } from './statements.js';
import { firstSyntaxError, isLanguageLoaded, loadLanguage, parseCode, type CodeLanguage, type SyntaxNode } from './tree-sitter.js';

/** Frameworks whose migrations are code (names accepted by `framework:` in the config). */
export const CODE_FRAMEWORKS = ['django', 'alembic', 'rails', 'laravel', 'ef-core', 'knex', 'sequelize', 'typeorm', 'doctrine'] as const;
export type CodeFramework = (typeof CODE_FRAMEWORKS)[number];

export function isCodeFramework(framework: string): framework is CodeFramework {
  return (CODE_FRAMEWORKS as readonly string[]).includes(framework);
}

/** What `detect` learnt of a file: its version as the framework orders it, and why it is a migration. */
export interface CodeDetection {
  version: string | null;
  reason: string;
}

/** What an adapter reads a file from. */
export interface CodeInput {
  file: MigrationFile;
  text: string;
  root: SyntaxNode;
  /** The dialect SQL strings inside the code are parsed in (the history's). */
  dialect: Dialect;
  /** State kept across the files of one history (base replay, then the PR's files in order). */
  history: CodeHistory;
  /** True while the base's migrations are replayed (the history), false for the PR's files. */
  replay: boolean;
}

/** What a file rule of an adapter reads (after every file was parsed). */
export interface CodeFileInput {
  file: MigrationFile;
  status: FileStatus;
  text: string;
  history: CodeHistory;
}

export interface CodeAdapter {
  framework: CodeFramework;
  /** File name endings it reads (`.py`), for configured `paths`. */
  extensions: readonly string[];
  /** The grammar a file needs. */
  language(path: string): CodeLanguage;
  /** Cheap test on the path alone, before any read: whether it may be one of the framework's migrations by convention. */
  conventionalPath(path: string): boolean;
  /**
   * Whether a file is one of its migrations, with its version. `text` is null for a deleted or
   * unreadable file (decide by the path). `configured`: a set names this framework and its paths match.
   */
  detect(path: string, text: string | null, configured: boolean): CodeDetection | null;
  /** Read the file: forward statements in file order, each operation at its line; down sections. */
  parse(input: CodeInput): ParsedFile;
  /**
   * File rules only the framework can judge (Alembic's revision graph): findings under an existing
   * rule id (`out-of-order-migration`), for a PR's file.
   */
  fileFindings?(input: CodeFileInput): { rule: string; hit: RuleHit }[];
}

/** The adapters, in the order auto-detection asks them. */
const ADAPTERS: CodeAdapter[] = [djangoAdapter, alembicAdapter, railsAdapter, laravelAdapter, efCoreAdapter, typeormAdapter, knexAdapter, sequelizeAdapter, doctrineAdapter];
const BY_FRAMEWORK = new Map<string, CodeAdapter>(ADAPTERS.map((a) => [a.framework, a]));

export function adapterFor(framework: string): CodeAdapter | undefined {
  return BY_FRAMEWORK.get(framework);
}

/** Per-history state of the adapters (Django's model → table names, Alembic's revision graph…). */
export class CodeHistory {
  private readonly states = new Map<string, unknown>();
  state<T>(framework: CodeFramework, init: () => T): T {
    let s = this.states.get(framework) as T | undefined;
    if (s === undefined) this.states.set(framework, (s = init()));
    return s;
  }
}

/** Folders whose files are tests or examples, never the repository's migrations (auto-detection only). */
const TEST_DIRS = /(^|\/)(tests?|testdata|test_data|fixtures?|examples?|__tests__|spec)\//i;

const matchers = new Map<string, (path: string) => boolean>();
function matches(globs: string[], path: string): boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = globMatcher(globs)));
  return m(path);
}

function hasExtension(adapter: CodeAdapter, path: string): boolean {
  return adapter.extensions.some((e) => path.endsWith(e));
}

/**
 * Whether a path may be a code migration, by its name alone (no read): a conventional place of an
 * adapter, or a configured set's paths for a code framework. The base listing is filtered by it,
 * so a repository's other code is never read.
 */
export function isCodeMigrationPath(path: string, sets: readonly MigrationSet[]): boolean {
  for (const set of sets) {
    const configured = set.paths !== undefined && set.paths.length > 0;
    if (configured) {
      if (!matches(set.paths!, path)) continue;
      const adapter = adapterFor(set.framework);
      if (adapter ? hasExtension(adapter, path) : set.framework === 'auto' && ADAPTERS.some((a) => a.conventionalPath(path))) return true;
    } else if (set.framework === 'auto' ? ADAPTERS.some((a) => a.conventionalPath(path)) && !TEST_DIRS.test(path) : adapterFor(set.framework)?.conventionalPath(path)) {
      return true;
    }
  }
  return false;
}

/** detect.ts's classification of a code migration; null: not one (the SQL detection decides). */
export function classifyCodeMigration(path: string, text: string | null, sets: readonly MigrationSet[]): Classification | null {
  for (const [i, set] of sets.entries()) {
    const configured = set.paths !== undefined && set.paths.length > 0;
    if (configured && !matches(set.paths!, path)) continue;
    const forcedAdapter = adapterFor(set.framework);
    const candidates = forcedAdapter ? [forcedAdapter] : set.framework === 'auto' ? ADAPTERS : [];
    for (const adapter of candidates) {
      const byConfig = forcedAdapter !== undefined && configured && hasExtension(adapter, path);
      if (!byConfig && !(adapter.conventionalPath(path) && (configured || !TEST_DIRS.test(path)))) continue;
      const found = adapter.detect(path, text, byConfig);
      if (!found) continue;
      const file: MigrationFile = { path, framework: adapter.framework, version: found.version, part: 'up' };
      return { file, as: 'migration', set: i, reason: configured ? `matches ${sets.length === 1 ? 'migrations' : `migrations[${i}]`}.paths; ${found.reason}` : found.reason };
    }
    if (configured) return null;
  }
  return null;
}

/** The adapter's own file rules for a PR's code migration (none for other files). */
export function codeFileFindings(input: CodeFileInput): { rule: string; hit: RuleHit }[] {
  return adapterFor(input.file.framework)?.fileFindings?.(input) ?? [];
}

/** The grammars the given code migrations need. */
export function codeLanguagesOf(files: readonly MigrationFile[]): CodeLanguage[] {
  const out = new Set<CodeLanguage>();
  for (const f of files) {
    const adapter = adapterFor(f.framework);
    if (adapter) out.add(adapter.language(f.path));
  }
  return [...out];
}

/** Load the grammars of these languages (lazily, once each). */
export async function prepareCodeLanguages(languages: readonly CodeLanguage[]): Promise<void> {
  await Promise.all(languages.map((l) => loadLanguage(l)));
}

/**
 * Read one code migration into the SQL path's shape. Never throws and never passes silently: no
 * adapter, no grammar loaded, or a syntax error are unparsed statements at their line.
 */
export function parseCodeFile(file: MigrationFile, text: string, dialect: Dialect, history: CodeHistory, replay = false): ParsedFile {
  const adapter = adapterFor(file.framework);
  const whole = { text: text.slice(0, 200), start: 0, end: text.length, line: 1, endLine: 1, column: 1, dialect, ops: [] };
  if (!adapter) return { downSections: [], forward: [{ ...whole, status: 'unparsed', error: `no reader for ${file.framework} migrations yet` }] };
  const language = adapter.language(file.path);
  const tree = isLanguageLoaded(language) ? parseCode(language, text) : null;
  if (!tree) return { downSections: [], forward: [{ ...whole, status: 'unparsed', error: `the ${language} grammar was not loaded` }] };
  try {
    const parsed = adapter.parse({ file, text, root: tree.rootNode, dialect, history, replay });
    const error = firstSyntaxError(tree.rootNode);
    // The adapter may have reported the broken call itself.
    if (error && !parsed.forward.some((s) => s.status === 'unparsed' && s.line === error.startPosition.row + 1)) {
      // What the adapter read stays (its findings count); the part the grammar could not read is unread.
      const at = unreadStatement(error, `${file.path} does not parse as ${language} here (${error.isMissing ? `missing ${error.type}` : 'a syntax error'}), so what it does is unknown`, dialect);
      const forward = [...parsed.forward];
      const index = forward.findIndex((s) => s.start > at.start);
      forward.splice(index === -1 ? forward.length : index, 0, at);
      return { ...parsed, forward };
    }
    return parsed;
  } catch (err) {
    return { downSections: [], forward: [{ ...whole, status: 'unparsed', error: `the ${file.framework} reader failed on this file (${(err as Error).message})` }] };
  } finally {
    tree.delete();
  }
}
