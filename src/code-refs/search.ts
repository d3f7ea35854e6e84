/**
 * Code-aware verdicts (issue 14, docs/code-references.md): for each finding that names an object
 * (a column, a table, a view, a property), look in the base commit's application code, the
 * release a rollback returns to, for the code that uses it. Found: the finding lists where. Not
 * found, where the search covered application code and nothing reads the table's columns
 * wholesale: the finding says so, and the policy makes the error a warning (step 2 of
 * expand/contract). One `git grep` for all findings' names and their tables' names (the latter
 * for writers and for `SELECT *` and ActiveRecord models when nothing names a column).
 */
import type { AnalysisInput } from '../engine-core.js';
import type { CodeReference, CodeSearchOutcome, CodeSubject, RawFinding } from '../findings.js';
import { escapeRegExp, wholeWords, type Snapshot, type WordSearch } from '../changes/types.js';
import { isSqlFileName } from '../changes/file-kinds.js';
import { ignoredPaths } from '../config/ignored.js';
import { detectorFor } from '../migrations/plan.js';
import { baseTreeCount } from '../migrations/replay-cache.js';
import { bareName, fieldSpellings, spellings, tableSpellings, tableSpellingsByKind, wordsOf } from './names.js';
import { codeScope, extensionOf, isCommentLine, isSourceFile } from './scope.js';
import { dumpColumnEntryLines, jsTalksToDatabase, jvmClassMapsTable, jvmDeclares, privateDumpColumnLines, rustColumnRoles } from './identity.js';
import { insertWriters } from './writers.js';

/** References a finding keeps (the JSON report, SARIF); its message names the first MAX_NAMED. */
export const MAX_REFERENCES = 20;
export const MAX_NAMED = 5;
/** Most spellings searched for in one run (a PR dropping ~150 columns); past it nothing is searched. */
export const MAX_SEARCH_WORDS = 2000;
/** Longest quoted line of code. */
const MAX_TEXT = 200;

interface Subject {
  finding: RawFinding;
  code: CodeSubject;
  /** The spellings that count as a use. */
  words: readonly string[];
  /** Table spellings (for ranking, writers, `SELECT *`). */
  table: readonly string[];
  /** A table's spellings without its first word (names.ts tableSpellingsByKind): a use only where the line or path names `prefix`. */
  unprefixed: readonly string[];
  prefix: string | null;
  refs: CodeReference[];
  /** ActiveRecord's `ignored_columns` lists the column: the model says it does not use it. */
  ignoredBy: CodeReference | null;
}

/** Fill `codeSearch` on every finding that names something code may use (mutates `raw`). */
export function annotateCodeReferences(raw: RawFinding[], input: AnalysisInput): void {
  const settings = input.config.codeReferences;
  if (settings.mode === 'off') return;
  const subjects = raw.filter((f) => f.code).map((f) => subjectOf(f, f.code!));
  if (subjects.length === 0) return;
  const tree = input.changes.baseTree;
  // A snapshot that is not the whole repository (the API fallback, in-memory files): findings stay as the rules made them.
  if (!tree.searchWords) return;
  const { inCode, sourceFiles } = scopeOf(input);

  // One search for every name: the columns' tables too (writers, and `SELECT *` when nothing names a column).
  const words = new Set(subjects.flatMap((s) => [...s.words, ...s.unprefixed, ...(s.code.kind === 'column' ? s.table : [])]));
  if (words.size > MAX_SEARCH_WORDS) {
    // A PR that drops hundreds of objects: one pass over the tree with thousands of names is no
    // longer cheap, and nothing may be called unused without it. The errors stand, saying so.
    for (const s of subjects) {
      if (s.code.removes) s.finding.codeSearch = { references: [], total: 0, message: `${s.finding.message} The previous release's code was not searched: this PR's findings name ${words.size} spellings, more than the ${MAX_SEARCH_WORDS} one search takes.` };
    }
    return;
  }
  const found = search(tree, [...words], inCode);
  // Each line's words looked up once (a line of a big repository may name a common table: tens of
  // thousands of lines, dozens of findings): a word-to-subjects index, regular expressions only for
  // the few spellings that are not one word (dotted or spaced enum values).
  const uses = wordIndex(subjects, (s) => s.words);
  const loose = wordIndex(subjects.filter((s) => s.unprefixed.length > 0), (s) => s.unprefixed);
  const writers = wordIndex(subjects.filter((s) => s.code.kind === 'column' && s.code.writes), (s) => s.table);
  for (const hit of found.lines) {
    const using = uses.find(hit.text);
    if (loose.any) for (const s of loose.find(hit.text)) if (!using.has(s) && namesPrefix(s.prefix!, hit)) using.add(s);
    for (const s of using) addReference(s, hit);
    if (writers.any && WRITES.test(hit.text)) for (const s of writers.find(hit.text)) if (!using.has(s)) addReference(s, hit);
  }
  markIgnoredColumns(tree, subjects);
  dropSchemaDeclarations(tree, subjects);
  dropOtherIdentities(tree, subjects);
  // A constraint re-created DEFERRABLE breaks only upserts: its name in a key's declaration (jOOQ's
  // generated `Keys`), a `getUniqueKeys()` list or an HTTP 409 `CONFLICT` is no upsert.
  for (const s of subjects) if (s.code.kind === 'object' && s.code.upserts) s.refs = s.refs.filter((r) => UPSERT_LINE.test(r.text));

  // Nothing uses it: may it be a warning? Only if the search was whole and covered code.
  const unused = subjects.filter((s) => s.code.removes && s.refs.length === 0);
  if (unused.length === 0) finish(subjects, found.truncated, 0, new Map());
  else {
    const searched = found.truncated ? 0 : sourceFiles();
    const wholesale = found.truncated || searched === 0 ? new Map<string, CodeReference>() : readsWholesale(tree, unused, found.lines);
    finish(subjects, found.truncated, searched, wholesale);
  }
  judgeInserts(input, subjects, found);
}

/**
 * `set-not-null` (writers.ts): when every insert path of the previous release's code into the table
 * writes the column with a value that cannot be NULL, NOT NULL rejects none of its inserts: the
 * finding becomes a warning that names them (the policy applies it, as for `unused`).
 */
function judgeInserts(input: AnalysisInput, subjects: Subject[], found: WordSearch & { history: WordSearch['lines'] }): void {
  let prSql: string[] | null = null;
  // The PR's SQL as it leaves it (a trigger it drops no longer writes for the previous release).
  const prTexts = (): string[] => (prSql ??= input.changes.files.filter((f) => f.status !== 'deleted' && isSqlFileName(f.path)).map((f) => input.changes.headTree.read(f.path) ?? ''));
  for (const s of subjects) {
    const code = s.code;
    if (code.kind !== 'column' || !code.inserts) continue;
    const verdict = insertWriters(input.changes.baseTree, code.table, code.column, found.lines, found.history, found.truncated, prTexts);
    const outcome = (s.finding.codeSearch ??= { references: [], total: 0, message: s.finding.message });
    const object = s.finding.object ?? `${code.table}.${code.column}`;
    if (!verdict.ok) {
      outcome.message = `${outcome.message} It stays an error: not every insert of the previous release can be shown to write ${code.column} (${verdict.why}).`;
      continue;
    }
    const named = verdict.writers.slice(0, MAX_NAMED).map((r) => `\`${r.file}:${r.line}\``);
    const more = verdict.writers.length - named.length;
    const list = `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const how = verdict.trigger
      ? `a BEFORE INSERT trigger of the schema's history sets ${code.column} on every row inserted into ${bareName(code.table)} (${list}), whatever the previous release's code writes`
      : `every insert into ${bareName(code.table)} the previous release's code has writes ${code.column}, none with a type or a literal that allows NULL (${list})`;
    outcome.unused = `Making ${object} NOT NULL: ${how}, so NOT NULL rejects none of its inserts; a warning, not an error. It still breaks a rollback if something this search cannot see inserts without it or sets it to NULL: SQL built at run time, a bound value that is NULL, an update that sets it to NULL, another service or a script writing the same database.`;
  }
}

interface Scope {
  /** Whether a base path is application code the search covers. */
  inCode(path: string): boolean;
  /** How many of the base tree's source files it covers (counted once). */
  sourceFiles(): number;
}

const scopes = new WeakMap<AnalysisInput, Scope>();

/** The searched scope of `input`'s base tree (configuration, default exclusions, the detector's SQL kinds), made once per input. */
function scopeOf(input: AnalysisInput): Scope {
  let scope = scopes.get(input);
  if (scope) return scope;
  const settings = input.config.codeReferences;
  const ignored = ignoredPaths(input.config);
  const inScope = codeScope(settings.paths, settings.ignore);
  const detector = detectorFor(input.changes, input.config, new Set());
  const inCode = (path: string): boolean => {
    if (ignored(path) || !inScope(path)) return false;
    if (!isSqlFileName(path)) return true;
    // SQL files: queries are code; migrations, dumps, seeds and scripts are not.
    const as = detector.classify('base', path).as;
    return as === 'queries' || as === 'other';
  };
  let count: number | null = null;
  // Remembered per base tree (replay-cache.ts): a run on the same base does not list its tree again.
  const sourceFiles = (): number => (count ??= baseTreeCount(input.changes, input.config, 'code-references source files', () => input.changes.baseTree.list().filter((p) => isSourceFile(p) && inCode(p)).length));
  scopes.set(input, (scope = { inCode, sourceFiles }));
  return scope;
}

/** A search of base code started in the background before the analysis (engine.ts's startCodeSearch). */
export interface BackgroundSearch {
  promise: Promise<void>;
  /** Whether the promise has settled. */
  done: boolean;
}

/**
 * What to wait for once the analysis has made its findings, before annotateCodeReferences: the
 * background search when a finding names something to look for; meanwhile (the event loop would
 * only wait) the searched source files are counted when a finding may need the count (one that
 * removes something, if nothing uses it; 100,000 paths: ~0.1 s). When no finding names anything
 * (most PRs: added columns, new tables), the search is stopped, not waited for: a 100,000-file
 * base costs git a second or more.
 */
export function afterAnalysis(input: AnalysisInput, findings: readonly RawFinding[], search: BackgroundSearch): Promise<void> {
  if (input.config.codeReferences.mode === 'off' || !findings.some((f) => f.code)) {
    input.changes.baseTree.stopPrefetch?.();
    return search.promise;
  }
  if (!search.done && input.changes.baseTree.searchWords && findings.some((f) => f.code?.removes)) scopeOf(input).sourceFiles();
  return search.promise;
}

function subjectOf(finding: RawFinding, code: CodeSubject): Subject {
  const base = { finding, code, refs: [], ignoredBy: null, unprefixed: [], prefix: null };
  switch (code.kind) {
    case 'column':
      return { ...base, words: fieldSpellings(code.column), table: tableSpellings(code.table) };
    case 'table': {
      const { full, unprefixed, prefix } = tableSpellingsByKind(code.table);
      return { ...base, words: full, table: tableSpellings(code.table), unprefixed, prefix };
    }
    case 'property':
      return { ...base, words: fieldSpellings(code.name), table: [] };
    case 'object':
      return { ...base, words: code.upserts ? [...spellings(bareName(code.name)), ...UPSERT_WORDS] : spellings(bareName(code.name)), table: [] };
    case 'value':
      return { ...base, words: code.values, table: [] };
  }
}

/**
 * Words of an upsert in SQL text and ORMs (`ON CONFLICT`, jOOQ's `onConflict…`, Diesel's
 * `on_conflict`, Prisma's and Drizzle's `upsert`, `onConflictDoNothing`…): searched beside a
 * deferrable constraint's name; a line counts only if UPSERT_LINE holds (`HttpStatus.CONFLICT` is no upsert).
 */
const UPSERT_WORDS = ['CONFLICT', 'conflict', 'on_conflict', 'on_conflict_do_nothing', 'onConflict', 'onConflictDoNothing', 'onConflictDoUpdate', 'onConflictOnConstraint', 'upsert', 'Upsert', 'UPSERT', 'upsertMany', 'upsert_all', 'on_constraint'];
/** A line that upserts, or names a constraint as an upsert's arbiter (`ON CONSTRAINT x`, Diesel's `on_constraint("x")`). */
const UPSERT_LINE = /\bON\s+CONFLICT\b|\bon_?conflict|\bupsert|\bon_constraint\b|\bON\s+CONSTRAINT\b/i;

/**
 * Lines that write a table (evidence for rules about required or retyped columns): SQL's `INSERT
 * INTO`, or an ORM's write call (`User.create(`, `db.Users.Add(`, `.objects.bulk_create(`). Words
 * in prose (`Add ability to…`) and `CREATE TABLE` are not writes.
 */
const WRITES = /\b[Ii][Nn][Ss][Ee][Rr][Tt]\s+[Ii][Nn][Tt][Oo]\b|\.(?:create|save|upsert|insert|bulk_create|insert_all|insertInto|insertMany|createMany|Create|Save|Insert|Add|AddRange)\s*\(/;

function search(tree: Snapshot, words: string[], inCode: (path: string) => boolean): WordSearch & { history: WordSearch['lines'] } {
  const result = tree.searchWords!(words);
  // Asked once a file (its lines come together, sharing their path's string: word-search.ts).
  const codeFile = keptPerPath(inCode);
  return {
    lines: result.lines.filter((l) => codeFile(l.path) && !isCommentLine(l.path, l.text)),
    // Lines of the schema's history (migrations, SQL files that are not code): functions and triggers that insert (writers.ts).
    history: result.lines.filter((l) => !codeFile(l.path) && isHistoryFile(l.path) && !isCommentLine(l.path, l.text)),
    truncated: result.truncated,
  };
}

/** A file that may hold the schema's functions and triggers: SQL, or any file under a migrations folder; not tests or docs. */
function isHistoryFile(path: string): boolean {
  if (/(?:^|\/)(?:test|tests|spec|specs|__tests__|fixtures|testdata|docs?|examples?|vendor|node_modules)\//.test(path)) return false;
  return isSqlFileName(path) || /(?:^|\/)(?:migrations?|migrate|Migrations|db)\//.test(path);
}

const wordRegexps = new Map<string, RegExp>();

/** Whether `text` holds one of `words` as a whole word (git grep -w's notion of a word). */
function matchesAny(text: string, words: readonly string[]): boolean {
  return wordsPattern(words).test(text);
}

/** `wholeWords(words)`, made once per list of words (no `g` flag: `test` keeps no state). */
function wordsPattern(words: readonly string[]): RegExp {
  const key = words.join('\u0000');
  let re = wordRegexps.get(key);
  if (!re) {
    re = wholeWords(words);
    if (wordRegexps.size > 1000) wordRegexps.clear();
    wordRegexps.set(key, re);
  }
  return re;
}

/** `of(path)`, worked out once per path (at most 100,000 kept: past that, the kept answers are dropped and made again). */
function keptPerPath<T>(of: (path: string) => T): (path: string) => T {
  const kept = new Map<string, T>();
  return (path) => {
    let value = kept.get(path);
    if (value === undefined) {
      if (kept.size > 100_000) kept.clear();
      kept.set(path, (value = of(path)));
    }
    return value;
  };
}

/**
 * `extensionOf`, kept per path: a PR that drops a table every file names gets 100,000 references
 * or more from a few thousand files (documenso 7f09ba72f4: 136,632 in 26 findings), and each is
 * asked its extension several times.
 */
const extOf = keptPerPath(extensionOf);
const pathWords = keptPerPath(wordsOf);

/**
 * Whether a line or its file's path names a table's first word (`accounts` of `accounts_profile`):
 * the condition on which its spellings without that word (`Profile`) count as a use. Without it,
 * `worker_instance` was "used" by every Java `INSTANCE` and `instance` (kestra 3d82f1435a).
 */
function namesPrefix(prefix: string, hit: { path: string; text: string }): boolean {
  return pathWords(hit.path).includes(prefix) || wordsOf(hit.text).includes(prefix);
}

function addReference(s: Subject, hit: { path: string; line: number; text: string }): void {
  s.refs.push(reference(hit));
}

function reference(hit: { path: string; line: number; text: string }): CodeReference {
  const text = hit.text.trim();
  return { file: hit.path, line: hit.line, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
}

/**
 * ActiveRecord's `self.ignored_columns = [...]` (or `+=`, `%w[...]`, over several lines) names
 * columns the model no longer loads: such a line is the model saying it does not use the column,
 * not a use.
 */
function markIgnoredColumns(tree: Snapshot, subjects: Subject[]): void {
  const files = new Set<string>();
  for (const s of subjects) {
    if (s.code.kind === 'column') for (const r of s.refs) if (extOf(r.file) === 'rb') files.add(r.file);
  }
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const ranges = new Map<string, [number, number][]>();
  for (const file of files) {
    const lines = (tree.read(file) ?? '').split(/\r?\n/);
    const list: [number, number][] = [];
    lines.forEach((line, i) => {
      if (!/\bignored_columns\b/.test(line)) return;
      // To the line that closes the list (within 50 lines), or this line alone.
      let end = i;
      const opens = (line.match(/[[(]/g) ?? []).length - (line.match(/[\])]/g) ?? []).length;
      if (opens > 0) {
        let depth = opens;
        for (let j = i + 1; j < Math.min(lines.length, i + 50) && depth > 0; j++) {
          depth += (lines[j]!.match(/[[(]/g) ?? []).length - (lines[j]!.match(/[\])]/g) ?? []).length;
          end = j;
        }
      }
      list.push([i + 1, end + 1]);
    });
    ranges.set(file, list);
  }
  for (const s of subjects) {
    if (s.code.kind !== 'column') continue;
    const kept: CodeReference[] = [];
    for (const r of s.refs) {
      if (ranges.get(r.file)?.some(([a, b]) => r.line >= a && r.line <= b)) s.ignoredBy ??= r;
      else kept.push(r);
    }
    s.refs = kept;
  }
}

/**
 * Diesel's `table!` macros (the `schema.rs` that `diesel print-schema` writes, or a temporary
 * table's declaration), with `joinable!`, `allow_tables_to_appear_in_same_query!` and
 * `define_sql_function!` (`sql_function!` before Diesel 2.2): they describe the database, they
 * read or call nothing (a declared function is called as `semver_ord(…)` elsewhere). Diesel code reads a column through its path (`users::legacy_name`),
 * a derived struct's field (`Queryable`, `Selectable`, `Insertable`, named like the column or by
 * `column_name = …`) or SQL in a string, and each of those names it outside the macros. A query
 * without `.select` reads every column of the macro, but only into a type that lists every column,
 * whose field is found by its name. Lines inside these macros are no use (docs/code-references.md).
 */
function dropSchemaDeclarations(tree: Snapshot, subjects: Subject[]): void {
  const files = new Set<string>();
  for (const s of subjects) for (const r of s.refs) if (extOf(r.file) === 'rs') files.add(r.file);
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const ranges = new Map<string, [number, number][]>();
  for (const file of files) {
    const list = schemaMacroLines(tree.read(file) ?? '');
    if (list.length > 0) ranges.set(file, list);
  }
  if (ranges.size === 0) return;
  for (const s of subjects) s.refs = s.refs.filter((r) => !ranges.get(r.file)?.some(([a, b]) => r.line >= a && r.line <= b));
}

const JVM = new Set(['java', 'kt', 'kts', 'scala', 'groovy']);
const JS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']);

/**
 * Lines that name the word but not the object (identity.ts, docs/code-references.md "Whose name is
 * it"): in Rust, a column's name that is a plain struct's field, a field access, a variable or a
 * model field read from elsewhere (`select_expression`); in crates.io's dump list, a column marked
 * `"private"`; in JVM code, a class named like a table (and its camelCase uses) when the class's
 * declaration maps no table or another one. Each file read once; what cannot be read stays a use.
 */
/** The lines of the references `keep` keeps, by file. */
function linesByFile(refs: readonly CodeReference[], keep: (r: CodeReference) => boolean): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  for (const r of refs) {
    if (!keep(r)) continue;
    const lines = byFile.get(r.file);
    if (lines) lines.push(r.line);
    else byFile.set(r.file, [r.line]);
  }
  return byFile;
}

function dropOtherIdentities(tree: Snapshot, subjects: Subject[]): void {
  const wanted = (s: Subject, r: CodeReference): boolean => {
    const ext = extOf(r.file);
    if ((s.code.kind === 'column' || s.code.kind === 'table') && JS.has(ext)) return true;
    if (s.code.kind === 'object' && ext === 'toml') return true;
    return s.code.kind === 'column' ? ext === 'rs' || ext === 'toml' : s.code.kind === 'table' && JVM.has(ext);
  };
  const files = new Set<string>();
  for (const s of subjects) for (const r of s.refs) if (wanted(s, r)) files.add(r.file);
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const texts = new Map<string, string>();
  const textOf = (file: string): string => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = tree.read(file) ?? ''));
    return text;
  };
  // JavaScript and TypeScript: a file that never talks to the database reads no column or table (an API type, a front end).
  const talks = new Map<string, boolean>();
  const jsReader = (file: string): boolean => {
    let yes = talks.get(file);
    if (yes === undefined) {
      const text = textOf(file);
      talks.set(file, (yes = text === '' || jsTalksToDatabase(text)));
    }
    return yes;
  };
  for (const s of subjects) {
    const code = s.code;
    if (code.kind === 'column' || code.kind === 'table') s.refs = s.refs.filter((r) => !JS.has(extOf(r.file)) || jsReader(r.file));
    if (code.kind === 'object') {
      // A dump list's column entry names a column, not a function or view of the same name.
      const byFile = linesByFile(s.refs, (r) => wanted(s, r));
      const entries = new Map([...byFile].map(([file, lines]) => [file, dumpColumnEntryLines(textOf(file), lines)]));
      s.refs = s.refs.filter((r) => !entries.get(r.file)?.has(r.line));
    }
    if (code.kind === 'column') {
      const byFile = linesByFile(s.refs, (r) => wanted(s, r) && !JS.has(extOf(r.file)));
      const notUses = new Map<string, Set<number>>();
      for (const [file, lines] of byFile) {
        const text = textOf(file);
        if (!text) continue;
        const readsOnly = code.reads === true;
        if (extensionOf(file) === 'toml') notUses.set(file, privateDumpColumnLines(text, code.table, code.column, lines, readsOnly));
        else {
          const roles = rustColumnRoles(text, bareName(code.table), code.column, s.words, lines, readsOnly);
          notUses.set(file, new Set(lines.filter((l) => roles.get(l) === 'not-use')));
        }
      }
      s.refs = s.refs.filter((r) => !notUses.get(r.file)?.has(r.line));
    } else if (code.kind === 'table') {
      // Lines that name the table only as a class-name variant (`WorkerInstance`, `workerInstance`).
      // SQL text and jOOQ's constants spell the whole name (`worker_instance`, `WORKER_INSTANCE`); the rest are class-name variants.
      const exact = s.words.filter((w) => !/[a-z]/.test(w) || !/[A-Z]/.test(w));
      const variants = s.refs.filter((r) => wanted(s, r) && JVM.has(extOf(r.file)) && !matchesAny(r.text, exact));
      if (variants.length === 0) continue;
      // Every class the variant lines name must be declared in the searched code and map no table of
      // this name; one declared elsewhere (a library, generated code), or none named at all, keeps them uses.
      const classes = [...s.words, ...s.unprefixed].filter((w) => /^[A-Z][a-z]/.test(w));
      const named = classes.filter((c) => variants.some((r) => matchesAny(r.text, [c])));
      const files = [...new Set(variants.map((r) => r.file))];
      const declaring = named.map((c) => files.find((f) => jvmDeclares(textOf(f), [c]) !== null));
      if (named.length === 0 || declaring.some((f) => f === undefined || jvmClassMapsTable(textOf(f), code.table))) continue;
      const drop = new Set(variants);
      s.refs = s.refs.filter((r) => !drop.has(r));
    }
  }
}

const SCHEMA_MACRO = /^\s*(?:diesel::)?(table|joinable|allow_tables_to_appear_in_same_query|define_sql_function|sql_function)!\s*([{(])/;

/** The 1-based line ranges of a Rust file's `table! { … }`, `joinable!(…)`, `allow_tables_to_appear_in_same_query!(…)` and `define_sql_function!(…)`. */
export function schemaMacroLines(text: string): [number, number][] {
  if (!/\b(?:table|joinable|allow_tables_to_appear_in_same_query|define_sql_function|sql_function)!/.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = SCHEMA_MACRO.exec(lines[i]!);
    if (!m) continue;
    const [open, close] = m[2] === '{' ? ['{', '}'] : ['(', ')'];
    // To the line that closes the macro (its brackets: doc comments in a `table!` rarely hold one).
    let depth = 0;
    let end = i;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]!) {
        if (ch === open) depth++;
        else if (ch === close) depth--;
      }
      end = j;
      if (depth <= 0) break;
    }
    // Never closed: no declaration (the lines after it stay uses).
    if (depth > 0) continue;
    out.push([i + 1, end + 1]);
    i = end;
  }
  return out;
}

/**
 * For columns nothing names: base code that reads or writes all of their table's columns
 * (`SELECT *`, `t.*`, `RETURNING *`, an `INSERT` without a column list, an ActiveRecord model,
 * which loads every column at boot unless `ignored_columns` lists it). Keyed by subject table.
 */
function readsWholesale(tree: Snapshot, unused: Subject[], lines: WordSearch['lines']): Map<string, CodeReference> {
  const columns = unused.filter((s) => s.code.kind === 'column' && !s.ignoredBy);
  const out = new Map<string, CodeReference>();
  if (columns.length === 0) return out;
  const tables = [...new Set(columns.map((s) => (s.code as { table: string }).table))];
  const later: { table: string; path: string; line: number }[] = [];
  for (const table of tables) {
    const bare = bareName(table);
    const name = `["'\`\\[]?(?:\\w+["'\`\\]]?\\.["'\`\\[]?)?${escapeRegExp(bare)}["'\`\\]]?`;
    const star = new RegExp(`select\\s+(?:distinct\\s+)?(?:\\w+\\.)?\\*[\\s\\S]*\\bfrom\\s+${name}(?![\\w])|\\b${escapeRegExp(bare)}\\.\\*|returning\\s+\\*|insert\\s+into\\s+${name}\\s*(?:values|select)\\b`, 'i');
    const from = new RegExp(`\\bfrom\\s+${name}(?![\\w])`, 'i');
    const pascal = tableSpellings(table).filter((w) => /^[A-Z][a-z]/.test(w));
    const model = new RegExp(`^\\s*class\\s+(?:${pascal.map(escapeRegExp).join('|') || '(?!)'})\\s*<|\\btable_name\\s*=\\s*["':]${escapeRegExp(bare)}\\b`);
    const spelled = tableSpellings(table);
    for (const hit of lines) {
      if (out.has(table) || !matchesAny(hit.text, spelled)) continue;
      if (star.test(hit.text) || (extensionOf(hit.path) === 'rb' && model.test(hit.text))) out.set(table, reference(hit));
      else if (from.test(hit.text)) later.push({ table, path: hit.path, line: hit.line });
    }
  }
  // `SELECT *` on one line, `FROM table` on one of the next ten: read those files (few) and look back.
  const pending = later.filter((l) => !out.has(l.table));
  if (pending.length > 0) tree.prefetch?.([...new Set(pending.map((l) => l.path))]);
  for (const l of pending) {
    if (out.has(l.table)) continue;
    const lines = (tree.read(l.path) ?? '').split(/\r?\n/);
    for (let i = l.line - 2; i >= Math.max(0, l.line - 11); i--) {
      const text = lines[i] ?? '';
      if (SELECT_STAR.test(text)) {
        out.set(l.table, reference({ path: l.path, line: i + 1, text }));
        break;
      }
      if (/\b(select|from)\b/i.test(text)) break; // another query's clause in between
    }
  }
  return out;
}

const SELECT_STAR = /\bselect\s+(?:distinct\s+)?(?:\w+\.)?\*/i;

function lowerFirst(s: string): string {
  return `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
}

function finish(subjects: Subject[], truncated: boolean, searched: number, wholesale: Map<string, CodeReference>): void {
  for (const s of subjects) {
    const f = s.finding;
    const ranked = ranks(s);
    const order = s.refs.map((_, i) => i);
    order.sort((a, b) => ranked[b] - ranked[a] || compareRefs(s.refs[a], s.refs[b]));
    s.refs = order.map((i) => s.refs[i]);
    const references = s.refs.slice(0, MAX_REFERENCES);
    if (s.refs.length > 0) {
      const outcome: CodeSearchOutcome = { references, total: s.refs.length, message: `${f.message} ${usedAt(s, references)}` };
      f.codeSearch = outcome;
      continue;
    }
    if (!s.code.removes) continue; // evidence only: nothing to add when nothing is found
    const names = s.words.slice(0, 4).join(', ');
    if (truncated) {
      f.codeSearch = { references: [], total: 0, message: `${f.message} The search of the previous release's code for ${names} did not complete (its output passed 64 MB, or git could not read every file), so it cannot say that nothing uses it.` };
      continue;
    }
    if (searched === 0) {
      f.codeSearch = { references: [], total: 0, message: `${f.message} No application code here to search for uses of it (only migrations, tests, docs).` };
      continue;
    }
    const table = s.code.kind === 'column' ? s.code.table : null;
    const whole = table ? wholesale.get(table) : undefined;
    const none = `Nothing in the previous release's code uses it (${names}${s.words.length > 4 ? '…' : ''}; ${searched} ${searched === 1 ? 'file' : 'files'} searched)`;
    if (whole) {
      const how = extensionOf(whole.file) === 'rb' && !/select|returning|insert/i.test(whole.text)
        ? `an ActiveRecord model of ${table} loads every column at boot unless \`ignored_columns\` lists it`
        : `it reads or writes every column of ${table} without naming them`;
      f.codeSearch = { references: [whole], total: 0, message: `${f.message} ${none}, but \`${whole.file}:${whole.line}\` does: ${how}, so the error stands.` };
      continue;
    }
    const ignoredNote = s.ignoredBy ? `; \`${s.ignoredBy.file}:${s.ignoredBy.line}\` lists it in ignored_columns` : '';
    if (s.code.kind === 'column' && s.code.reads) {
      // drop-not-null: the previous release meets the NULLs only where it reads the column.
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} ${none}${ignoredNote}.`,
        unused: `Making ${f.object ?? s.code.column} nullable: ${lowerFirst(none)}${ignoredNote}, so after a rollback no code of it reads the NULLs the new release writes; a notice, not a warning. It still breaks a rollback if code outside this repository, or SQL built at run time, reads it.`,
        unusedSeverity: 'notice',
      };
      continue;
    }
    if (s.code.kind === 'object' && s.code.upserts) {
      const bare = bareName(s.code.name);
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} Nothing in the previous release's code upserts (ON CONFLICT, onConflict, on_conflict, upsert; ${bare} named in none; ${searched} ${searched === 1 ? 'file' : 'files'} searched).`,
        unused: `Re-creating ${s.code.objectKind} ${f.object ?? bare} as DEFERRABLE: nothing in the previous release's code upserts (ON CONFLICT, onConflict, on_conflict, upsert; ${searched} ${searched === 1 ? 'file' : 'files'} searched), and the constraint still rejects duplicates, at commit instead of at each statement; a warning, not an error. It still breaks a rollback if code outside this repository upserts on it, or if the previous release relies on the violation being raised by the statement rather than at commit.`,
      };
      continue;
    }
    if (s.code.kind === 'object' && s.code.nameOnly) {
      // A renamed sequence or constraint: the database reaches it by OID, only code names it.
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} ${none}.`,
        unused: `${actionOf(f, s.code)}: ${lowerFirst(none)}. ${
          f.rule.startsWith('drop-')
            ? `The column default it fed is gone already (dropped earlier in this PR), so nothing the previous release does reaches it`
            : `The database reaches a ${s.code.objectKind} by its OID (column defaults, the constraint's own checks), so only code that names it breaks`
        }; a notice. It still breaks a rollback if code outside this repository, SQL built at run time or a function's body names it.`,
        unusedSeverity: 'notice',
      };
      continue;
    }
    f.codeSearch = {
      references: [],
      total: 0,
      message: `${f.message} ${none}${ignoredNote}.`,
      unused: `${actionOf(f, s.code)}: ${lowerFirst(none)}${ignoredNote}. This looks like step 2 of expand/contract (the previous release already stopped using it), so it is a warning, not an error; it still breaks a rollback if code outside this repository, or SQL built at run time, uses it.`,
    };
  }
}

/** Subjects by the words that name them: `find(line)` gives those the line names as whole words. */
function wordIndex(subjects: Subject[], wordsOfSubject: (s: Subject) => readonly string[]): { any: boolean; find(text: string): Set<Subject> } {
  const byWord = new Map<string, Subject[]>();
  const others: { s: Subject; words: string[] }[] = [];
  for (const s of subjects) {
    const odd: string[] = [];
    for (const w of wordsOfSubject(s)) {
      if (!/^\w+$/.test(w)) odd.push(w);
      else {
        const list = byWord.get(w);
        if (!list) byWord.set(w, [s]);
        else if (!list.includes(s)) list.push(s);
      }
    }
    if (odd.length > 0) others.push({ s, words: odd });
  }
  return {
    any: byWord.size > 0 || others.length > 0,
    find(text) {
      const out = new Set<Subject>();
      for (const token of text.match(/\w+/g) ?? []) for (const s of byWord.get(token) ?? []) out.add(s);
      for (const o of others) if (!out.has(o.s) && matchesAny(text, o.words)) out.add(o.s);
      return out;
    },
  };
}

/** By file, then line. */
function compareRefs(a: CodeReference, b: CodeReference): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/**
 * Each reference's rank, higher first: source code before data and settings files, then a file
 * whose path or line names the table. What depends on the file alone is worked out once a file.
 */
function ranks(s: Subject): number[] {
  const tableWords = new Set(s.table.flatMap(wordsOf));
  const namesTable = tableWords.size === 0 ? null : wordsPattern(s.table);
  const fileOf = keptPerPath((path) => ({ source: isSourceFile(path) ? 2 : 0, pathNamesTable: namesTable !== null && pathWords(path).some((w) => tableWords.has(w)) }));
  return s.refs.map((r) => {
    const file = fileOf(r.file);
    if (namesTable === null) return file.source;
    return file.source + (file.pathNamesTable || namesTable.test(r.text) ? 1 : 0);
  });
}

function usedAt(s: Subject, refs: CodeReference[]): string {
  const named = refs.slice(0, MAX_NAMED).map((r) => `\`${r.file}:${r.line}\``);
  const more = s.refs.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  if (s.code.kind === 'column' && s.code.writes) return `The previous release's code that uses ${s.code.column} or writes ${s.code.table}: ${list}.`;
  if (s.code.kind === 'object' && s.code.upserts) return `The previous release's code upserts at ${list}.`;
  return `Still used in the previous release's code at ${list}.`;
}

function actionOf(f: RawFinding, code: CodeSubject): string {
  const object = f.object ?? '';
  const verb = f.rule.startsWith('rename-') ? 'Renaming' : 'Dropping';
  switch (code.kind) {
    case 'column':
      // A trigger or function that only maintains a column (drop-object) is judged as that column.
      return f.rule === 'drop-object' ? `${verb} ${object} (it only sets column ${code.table}.${code.column})` : `${verb} column ${object}`;
    case 'table':
      return `${verb} table ${object}`;
    case 'object':
      return `${verb} ${code.objectKind} ${object}`;
    default:
      return `${verb} ${object}`;
  }
}
