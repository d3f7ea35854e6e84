/**
 * Writer evidence for `set-not-null` (docs/rules/set-not-null.md, "What the previous release
 * writes"): NOT NULL rejects nothing the previous release inserts when every insert path its code
 * has into the table writes the column with a value that cannot be NULL. The code search already
 * found every line naming the table or the column (one `git grep`); this reads the files those
 * lines are in (nothing else of the tree, except a StringTemplate group's parent file) and judges
 * each insert path by framework:
 *
 * - SQL text anywhere (a string, a query file, a template): `INSERT INTO t (… c …)` (or `COPY t (…)`);
 *   without a column list, or a list without `c`, or `NULL` in `c`'s place: no evidence.
 * - Diesel (Rust): `insert_into(t::table).values((t::c.eq(v), …))` tuples, and `#[derive(Insertable)]`
 *   structs for `t` whose field for `c` is not an `Option<…>` (nor `skip_insertion`).
 * - Go (pop, sqlx, popx): the struct mapped to `t` (a `TableName()` that returns `"t"`, or a type
 *   named like the table), whose `db:"c"` field is neither a pointer, a slice, a map, an
 *   interface, `sql.Null*`, `nulls.*`/`null.*` nor read-only (`rw:"r"`); a `Create(…, "c")` that
 *   excludes the column is no evidence.
 * - StringTemplate groups (`*.stg`, JDBI's SQL objects, killbill): a template whose `insert into
 *   <tableName()> (…)` expands, in a group whose `tableName()` (or another template) is `"t"`,
 *   following `group G : Parent;` inheritance, to a column list holding `c` outside `<if(…)>`.
 * - A function, procedure or trigger body in the migrations' history (or any SQL file that is not
 *   code) that inserts into `t` is an insert path too: one without `c` keeps the error (lemmy's
 *   `person_saved_combined` rows, written by triggers with `post_id` NULL).
 *
 * Anything else that may write the table keeps the error ("a framework we do not understand"):
 * an ORM write call (`.create(`, `.save(`, `.insert(`…) on a line of another language that names
 * the table, an ActiveRecord or Django model of it, a JPA entity or jOOQ `insertInto` of it, a SeaORM
 * entity, a Go struct mapped with `gorm:`/`bun:` tags, a manual `impl Insertable`, an insert whose
 * values cannot be read. No insert path at all keeps it too (the code that writes may be elsewhere).
 * Bounded: at most MAX_FILES files are read, each up to MAX_FILE_CHARS, every scan linear in them.
 */
import type { CodeReference } from '../findings.js';
import type { Snapshot } from '../changes/types.js';
import { escapeRegExp } from '../changes/types.js';
import { bareName, tableSpellings } from './names.js';
import { extensionOf } from './scope.js';
import { jvmClassMapsTable, rustTokens } from './identity.js';
import { lineOfOffset, lineStarts } from '../text/lines.js';

/** Most files this reads for one column (past it: no evidence, the error stays). */
export const MAX_FILES = 200;
const MAX_FILE_CHARS = 2 * 1024 * 1024;
/** Farthest an insert's `.values(…)` or column list is looked for after its start (characters). */
const MAX_STATEMENT = 4000;
/** Longest struct body read (characters). */
const MAX_STRUCT = 64 * 1024;
/** Deepest StringTemplate expansion (templates naming templates). */
const MAX_TEMPLATE_DEPTH = 12;

export interface SearchLine {
  path: string;
  line: number;
  text: string;
}

export type WriterVerdict =
  | { ok: true; writers: CodeReference[]; trigger?: boolean }
  | { ok: false; why: string; at?: CodeReference };

interface Ctx {
  tree: Snapshot;
  /** The PR's SQL files as it leaves them (a trigger it drops no longer writes for the previous release). */
  prSql: () => string[];
  table: string;
  column: string;
  texts: Map<string, string | null>;
  writers: CodeReference[];
}

class NoEvidence extends Error {
  constructor(readonly why: string, readonly at?: CodeReference) {
    super(why);
  }
}

/**
 * Whether every insert path of base's code into `table` writes `column` with a value that is
 * never NULL (see the file's comment). `code` are the search's lines in the searched code,
 * `history` its lines in files that are not code but may hold the schema's routines (migrations,
 * SQL scripts; tests and docs left out). `truncated`: the search was incomplete.
 */
export function insertWriters(tree: Snapshot, table: string, column: string, code: readonly SearchLine[], history: readonly SearchLine[], truncated: boolean, prSql: () => string[] = () => []): WriterVerdict {
  if (truncated) return { ok: false, why: 'the search of the previous release\'s code did not complete' };
  const ctx: Ctx = { tree, prSql, table: bareName(table), column, texts: new Map(), writers: [] };
  try {
    // The files whose lines may be an insert path or a mapping (read in one batch).
    const wanted = [...code, ...history].filter((l) => worthReading(ctx, l)).map((l) => l.path);
    tree.prefetch?.([...new Set(wanted)]);
    // A BEFORE INSERT row trigger that sets NEW.c on every row: every insert writes it, whatever code does.
    const trigger = settingTrigger(ctx, history);
    if (trigger) return { ok: true, writers: [trigger], trigger: true };
    sqlInserts(ctx, code, false);
    sqlInserts(ctx, history, true);
    rustInserts(ctx, code);
    goStructs(ctx, code);
    templateInserts(ctx, code);
    otherWriters(ctx, code);
  } catch (e) {
    if (e instanceof NoEvidence) return { ok: false, why: e.why, ...(e.at ? { at: e.at } : {}) };
    throw e;
  }
  if (ctx.writers.length === 0) return { ok: false, why: `no insert into ${ctx.table} found in the previous release's code` };
  const seen = new Set<string>();
  const writers = ctx.writers.filter((w) => !seen.has(`${w.file}:${w.line}`) && seen.add(`${w.file}:${w.line}`));
  return { ok: true, writers };
}

/**
 * Whether the file of a search line will be read (prefetched in one batch): an insert into the
 * table, a Diesel insert or mapping of it, a Go `TableName`/struct/`db:"c"` line, a template
 * group, a JVM class, a trigger's assignment. Reading only those keeps the cost to a few files.
 */
function worthReading(ctx: Ctx, l: SearchLine): boolean {
  const ext = extensionOf(l.path);
  if (ext === 'stg') return true;
  if (insertsInto(ctx, l.text)) return true;
  if (ext === 'rs') return /\btable_name\b|\bstruct\s/.test(l.text) || [...l.text.matchAll(DIESEL_INSERT)].some((m) => dieselTarget(m[1]!) === ctx.table);
  if (ext === 'go') return /\bTableName\b|return\s+"|\bstruct\s*\{/.test(l.text) || l.text.includes(`db:"${ctx.column}`);
  if (ext === 'sql') return /\bnew\s*\./i.test(l.text);
  return /^\s*(?:public\s+|abstract\s+|final\s+)*(?:class|record)\s/.test(l.text);
}

function textOf(ctx: Ctx, path: string): string {
  let text = ctx.texts.get(path);
  if (text === undefined) {
    if (ctx.texts.size >= MAX_FILES) throw new NoEvidence(`more than ${MAX_FILES} files would have to be read to judge its writers`);
    text = ctx.tree.read(path);
    if (text !== null && text.length > MAX_FILE_CHARS) text = null;
    ctx.texts.set(path, text);
  }
  if (text === null) throw new NoEvidence(`\`${path}\` could not be read`);
  return text;
}

function ref(path: string, line: number, text: string): CodeReference {
  const t = text.trim();
  return { file: path, line, text: t.length > 200 ? `${t.slice(0, 200)}…` : t };
}

/** Offset of the start of 1-based line `line` (the text's end past its last line). */
function lineStart(text: string, line: number): number {
  return line <= 1 ? 0 : (lineStarts(text)[line - 1] ?? text.length);
}

/** `text` from `open` (an opening bracket) to its match, skipping strings; null when it does not close within MAX_STATEMENT. */
function balanced(text: string, open: number, max = MAX_STATEMENT): string | null {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  const end = Math.min(text.length, open + max);
  for (let i = open; i < end; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return null;
      i = close;
    } else if (pairs[c]) stack.push(pairs[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return null;
      if (stack.length === 0) return text.slice(open + 1, i);
    }
  }
  return null;
}

/** Split at top-level commas (brackets and strings respected). */
function topLevel(list: string, quotes = '"\'`'): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quotes.includes(c)) {
      const close = list.indexOf(c, i + 1);
      if (close !== -1) i = close;
    } else if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && list[i - 1] !== '-' && list[i - 1] !== '=')) depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = list.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** A SQL name without quotes, brackets and schema: `"public"."users"` → users. */
function sqlName(name: string): string {
  return bareName(name.replace(/["`[\]]/g, '')).toLowerCase();
}

const SQL_TABLE = String.raw`((?:["\`\[]?\w+["\`\]]?\.)?["\`\[]?\w+["\`\]]?)`;
/** `INSERT INTO t`, or `COPY t (` / `COPY t FROM` (a bulk load; `COPY t TO` exports, and the word in prose is no statement). */
const SQL_INSERT = new RegExp(String.raw`\b(?:insert(?:\s+(?:ignore|or\s+\w+))?\s+into\s+${SQL_TABLE}|copy\s+${SQL_TABLE}(?=\s*(?:\(|from\b)))`, 'gi');

/** Whether a line holds SQL text that inserts into the table. */
function insertsInto(ctx: Ctx, text: string): boolean {
  return /\b(?:insert|copy)\b/i.test(text) && [...text.matchAll(SQL_INSERT)].some((m) => sqlName(m[1] ?? m[2]!) === ctx.table);
}

/**
 * SQL text: `INSERT INTO t (cols) …` (and `COPY t (cols)`) found on the search's lines, read from
 * the file (a column list may span lines). In `history` files only inserts inside a routine body
 * count (a one-off statement ran long ago); there, and in code, one without the column is no evidence.
 */
function sqlInserts(ctx: Ctx, lines: readonly SearchLine[], history: boolean): void {
  for (const hit of lines) {
    if (!insertsInto(ctx, hit.text)) continue; // the file is read only for an insert into this table
    const text = textOf(ctx, hit.path);
    const start = lineStart(text, hit.line);
    const lineEnd = text.indexOf('\n', start);
    // Matched on the line alone (a scan from it to the file's end per line would be quadratic).
    for (const m of text.slice(start, lineEnd === -1 ? text.length : lineEnd).matchAll(SQL_INSERT)) {
      const index = start + m.index!;
      if (sqlName(m[1] ?? m[2]!) !== ctx.table) continue;
      if (history && !insideRoutine(text, index)) continue;
      const at = ref(hit.path, hit.line, hit.text);
      const after = index + m[0].length;
      const rest = text.slice(after, after + MAX_STATEMENT);
      const open = /^\s*\(/.exec(rest);
      if (!open) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without a column list`, at);
      const list = balanced(text, after + open[0].length - 1);
      if (list === null) throw new NoEvidence(`the column list of \`${hit.path}:${hit.line}\` could not be read`, at);
      const columns = topLevel(list).map(sqlName);
      const position = columns.indexOf(ctx.column.toLowerCase());
      if (position === -1) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without ${ctx.column}${history ? ' (a function or trigger in the schema\'s history)' : ''}`, at);
      // A literal NULL in its place of a VALUES list.
      const tail = text.slice(after + open[0].length + list.length + 1, after + MAX_STATEMENT);
      const values = /^\s*values\s*\(/i.exec(tail);
      if (values) {
        const valueList = balanced(tail, values[0].length - 1);
        const value = valueList === null ? null : topLevel(valueList)[position];
        if (value !== undefined && value !== null && /^null$/i.test(value.trim())) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts NULL into ${ctx.table}.${ctx.column}`, at);
      }
      ctx.writers.push(at);
    }
  }
}

/** Whether offset `at` of a SQL file is inside a function, procedure or trigger (a dollar-quoted body, or a statement that creates one). */
function insideRoutine(text: string, at: number): boolean {
  const before = text.slice(0, at);
  // Dollar quotes opened and not closed before `at` (`$$`, `$body$`).
  let open: string | null = null;
  for (const m of before.matchAll(/\$(\w*)\$/g)) {
    if (open === null) open = m[0];
    else if (m[0] === open) open = null;
  }
  if (open !== null) return true;
  // The statement around it (since the last `;`): MySQL's `CREATE TRIGGER … FOR EACH ROW INSERT …`, `BEGIN … END`.
  const statement = before.slice(before.lastIndexOf(';') + 1);
  return /\b(?:create|replace)\b[\s\S]*\b(?:function|procedure|trigger|rule|event)\b|\bbegin\b/i.test(statement);
}

/** A down migration (`down.sql`, `….down.sql`, `down/…`): not run when the schema moves forward. */
const DOWN_FILE = /(?:^|\/|\.|_)down(?:\.sql$|\/)/i;
/** Most later migration files read to see that a trigger and its function are still there. */
const MAX_LATER_FILES = 60;

/**
 * The trigger of the schema's history that writes the column on every insert: a function whose body
 * assigns `NEW.c := …` before any `IF`, `CASE`, loop or `RETURN`, run by a `BEFORE INSERT … FOR
 * EACH ROW` trigger on the table created in the same file; no later migration of that folder
 * (up to MAX_LATER_FILES of them) drops, disables or redefines either. crates.io's
 * `set_semver_ord_v2()`. Null when there is none, or when that cannot be told.
 */
function settingTrigger(ctx: Ctx, history: readonly SearchLine[]): CodeReference | null {
  const assign = new RegExp(String.raw`\bnew\s*\.\s*"?${escapeRegExp(ctx.column)}"?\s*:?=(?!=)`, 'i');
  for (const hit of history) {
    if (!assign.test(hit.text) || DOWN_FILE.test(hit.path) || !isSql(hit.path)) continue;
    const text = textOf(ctx, hit.path);
    const at = lineStart(text, hit.line);
    const before = text.slice(0, at);
    const fn = [...before.matchAll(/\bcreate\s+(?:or\s+replace\s+)?function\s+((?:"?\w+"?\.)?"?\w+"?)\s*\(/gi)].pop();
    if (!fn || !insideRoutine(text, at)) continue;
    const body = before.slice(fn.index!);
    const open = /\$\w*\$/.exec(body);
    if (!open || /\b(?:if|case|loop|while|for|return|exception)\b/i.test(body.slice(open.index + open[0].length))) continue;
    const name = sqlName(fn[1]!);
    const trigger = new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?trigger\s+("?\w+"?)\s+before\s+insert\b[^;]*?\bon\s+(?:"?\w+"?\.)?"?${escapeRegExp(ctx.table)}"?\s[^;]*?\bfor\s+each\s+row\b[^;]*?\bexecute\s+(?:procedure|function)\s+(?:"?\w+"?\.)?"?${escapeRegExp(name)}"?\s*\(`, 'i');
    const t = trigger.exec(text);
    if (!t || /\bwhen\s*\(/i.test(t[0])) continue;
    if (changedLater(ctx, hit.path, name, sqlName(t[1]!))) continue;
    return ref(hit.path, hit.line, hit.text);
  }
  return null;
}

function isSql(path: string): boolean {
  return extensionOf(path) === 'sql';
}

/**
 * Whether a later up migration beside `file` (its folder's siblings, by name), or the PR's own SQL,
 * drops, disables or redefines the function or the trigger; true when that cannot be told.
 */
function changedLater(ctx: Ctx, file: string, fn: string, trigger: string): boolean {
  const parts = file.split('/');
  // `migrations/<version>/up.sql` → the versions are folders; `migrations/<version>.sql` → files.
  const depth = parts.length >= 3 && /^(?:up|.*\.up)\.sql$/i.test(parts[parts.length - 1]!) ? 2 : 1;
  const root = parts.slice(0, parts.length - depth).join('/');
  const self = parts.slice(0, parts.length - depth + 1).join('/');
  const later = ctx.tree.list().filter((p) => p.startsWith(`${root}/`) && isSql(p) && !DOWN_FILE.test(p) && p.split('/').length === parts.length && p.split('/').slice(0, parts.length - depth + 1).join('/') > self);
  if (later.length > MAX_LATER_FILES) return true;
  ctx.tree.prefetch?.(later);
  const names = `(?:"?\\w+"?\\.)?"?(?:${escapeRegExp(fn)}|${escapeRegExp(trigger)})"?`;
  const change = new RegExp(String.raw`\b(?:drop\s+(?:function|trigger|procedure)(?:\s+if\s+exists)?\s+${names}|create\s+(?:or\s+replace\s+)?function\s+${names}|disable\s+trigger\s+(?:all|user|${names}))`, 'i');
  return later.some((p) => change.test(textOf(ctx, p))) || ctx.prSql().some((t) => change.test(t));
}

// ---------------------------------------------------------------- Diesel (Rust)

const DIESEL_INSERT = /\b(?:insert_into|replace_into|insert_or_ignore_into)\s*\(\s*([\w:]+)\s*\)/g;

/** The table of `insert_into(<path>)`: `versions::table`, `schema::versions::table`, `versions` (the DSL imported). */
function dieselTarget(path: string): string | undefined {
  const parts = path.split('::').filter(Boolean);
  return parts[parts.length - 1] === 'table' ? parts[parts.length - 2] : parts[parts.length - 1];
}

function rustInserts(ctx: Ctx, code: readonly SearchLine[]): void {
  const rs = code.filter((l) => extensionOf(l.path) === 'rs');
  if (rs.length === 0) return;
  const structInserts: CodeReference[] = [];
  const tests = new Map<string, [number, number][]>();
  const inTests = (hit: SearchLine): boolean => {
    let ranges = tests.get(hit.path);
    if (!ranges) tests.set(hit.path, (ranges = cfgTestLines(textOf(ctx, hit.path))));
    return ranges.some(([a, b]) => hit.line >= a && hit.line <= b);
  };
  for (const hit of rs) {
    // SeaORM and hand-written Diesel impls: another way to write the table.
    if (/\bEntity\s*::\s*insert(?:_many)?\s*\(|\bActiveModel\b|\bimpl\b[^{]*\bInsertable\s*</.test(hit.text)) {
      throw new NoEvidence(`\`${hit.path}:${hit.line}\` writes ${ctx.table} in a way not judged here`, ref(hit.path, hit.line, hit.text));
    }
    if (![...hit.text.matchAll(DIESEL_INSERT)].some((m) => dieselTarget(m[1]!) === ctx.table)) continue;
    const text = textOf(ctx, hit.path);
    const start = lineStart(text, hit.line);
    const end = text.indexOf('\n', start);
    for (const m of text.slice(start, end === -1 ? text.length : end).matchAll(DIESEL_INSERT)) {
      const index = start + m.index!;
      if (dieselTarget(m[1]!) !== ctx.table) continue;
      // Code compiled only into tests (`#[cfg(test)] mod tests { … }`) is no insert path of the release.
      if (inTests(hit)) continue;
      const at = ref(hit.path, hit.line, hit.text);
      const rest = text.slice(index + m[0].length, index + m[0].length + MAX_STATEMENT);
      const call = /^\s*\.\s*(values|default_values)\s*\(/.exec(rest);
      if (!call) throw new NoEvidence(`the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      if (call[1] === 'default_values') throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts default values into ${ctx.table}`, at);
      const args = balanced(text, index + m[0].length + call[0].length - 1);
      if (args === null) throw new NoEvidence(`the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      const arg = args.trim().replace(/^&\s*/, '');
      const assignment = new RegExp(String.raw`^(?:[\w:]*::)?${escapeRegExp(ctx.column)}\s*\.\s*eq\s*\(`);
      const elements = arg.startsWith('(') && balanced(arg, 0)?.length === arg.length - 2 ? topLevel(arg.slice(1, -1), '"') : /^(?:[\w:]*::)?\w+\s*\.\s*eq\s*\(/.test(arg) ? [arg] : null;
      if (elements === null) {
        structInserts.push(at); // an Insertable value: judged by the structs below
        continue;
      }
      const mine = elements.find((e) => assignment.test(e));
      if (!mine) {
        const all = elements.every((e) => /^(?:[\w:]*::)?\w+\s*\.\s*eq\s*\(/.test(e));
        throw new NoEvidence(all ? `\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without ${ctx.column}` : `the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      }
      const value = mine.slice(mine.indexOf('(') + 1, mine.lastIndexOf(')')).trim();
      if (/^(?:None|Option::None|None::<.*>)$/.test(value) || /\.eq\(\s*None\b/.test(mine)) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts NULL into ${ctx.table}.${ctx.column}`, at);
      ctx.writers.push(at);
    }
  }
  const structs = insertableStructs(ctx, rs);
  if (structInserts.length > 0 && structs.length === 0) {
    throw new NoEvidence(`\`${structInserts[0]!.file}:${structInserts[0]!.line}\` inserts a value whose Insertable struct for ${ctx.table} was not found`, structInserts[0]);
  }
  for (const s of structs) {
    if (s.field === null) throw new NoEvidence(`the Insertable struct \`${s.name}\` (\`${s.file}:${s.line}\`) inserts into ${ctx.table} without ${ctx.column}`, ref(s.file, s.line, s.text));
    if (s.field.optional) throw new NoEvidence(`the Insertable struct \`${s.name}\` writes ${ctx.column} as \`${s.field.type}\` (\`${s.file}:${s.field.line}\`): None inserts NULL`, ref(s.file, s.field.line, s.field.text));
    ctx.writers.push(ref(s.file, s.field.line, s.field.text));
  }
}

/** 1-based line ranges of a Rust file's `#[cfg(test)] mod … { … }` blocks (compiled only into tests). */
export function cfgTestLines(text: string): [number, number][] {
  const first = /#\[\s*cfg\s*\(\s*test\s*\)\s*\]/.exec(text);
  if (!first) return [];
  // Tokenized from the line of the first `#[cfg(test)]` on (test modules sit at the end of a file).
  const from = text.lastIndexOf('\n', first.index) + 1;
  const skipped = lineOfOffset(text, from) - 1;
  const tokens = rustTokens(text.slice(from)).filter((t) => t.kind !== 'comment').map((t) => ({ ...t, line: t.line + skipped }));
  const out: [number, number][] = [];
  for (let i = 0; i + 6 < tokens.length; i++) {
    if (tokens[i]!.text !== '#' || tokens[i + 1]!.text !== '[' || tokens[i + 2]!.text !== 'cfg' || tokens[i + 3]!.text !== '(' || tokens[i + 4]!.text !== 'test' || tokens[i + 5]!.text !== ')' || tokens[i + 6]!.text !== ']') continue;
    let k = i + 7;
    while (tokens[k]?.text === '#') {
      // Further attributes: skip to their closing bracket.
      let depth = 0;
      for (k++; k < tokens.length; k++) {
        if (tokens[k]!.text === '[') depth++;
        else if (tokens[k]!.text === ']' && --depth === 0) break;
      }
      k++;
    }
    if (tokens[k]?.text === 'pub') k++;
    if (tokens[k]?.text !== 'mod' || tokens[k + 2]?.text !== '{') continue;
    let depth = 0;
    let end = k + 2;
    for (; end < tokens.length; end++) {
      if (tokens[end]!.text === '{') depth++;
      else if (tokens[end]!.text === '}' && --depth === 0) break;
    }
    if (end >= tokens.length) continue; // never closed: not taken for tests
    out.push([tokens[i]!.line, tokens[end]!.line]);
    i = end;
  }
  return out;
}

interface InsertableStruct {
  name: string;
  file: string;
  line: number;
  text: string;
  field: { type: string; optional: boolean; line: number; text: string } | null;
}

/**
 * Structs deriving `Insertable` for the table (`table_name = t`, or none named and the struct named
 * like the table: Diesel's default), in the files of the search's Rust lines.
 */
function insertableStructs(ctx: Ctx, rs: readonly SearchLine[]): InsertableStruct[] {
  const out: InsertableStruct[] = [];
  const names = new Set(tableSpellings(ctx.table).filter((w) => /^[A-Z]/.test(w)));
  for (const file of new Set(rs.filter((l) => /\btable_name\b|\bstruct\s/.test(l.text)).map((l) => l.path))) {
    const text = textOf(ctx, file);
    if (!/\bInsertable\b/.test(text)) continue;
    // Each struct declaration with its outer attributes: the lines above it up to a blank line or
    // the end of the item before (at most 40; attributes may span lines).
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
      const decl = /^[ \t]*(?:pub(?:\([^)]*\))?\s+)?struct\s+(\w+)[^{;(]*\{/.exec(lines[i]!);
      if (!decl) continue;
      let first = i;
      while (first > 0 && i - first < 40) {
        const above = lines[first - 1]!.trim();
        if (above === '' || (!above.startsWith('#') && /[};]$/.test(above))) break;
        first--;
      }
      const attrs = lines.slice(first, i).join('\n');
      if (!/\bderive\s*\([^)]*\bInsertable\b/.test(attrs)) continue;
      const named = /\btable_name\s*=\s*([\w:]+)/.exec(attrs);
      const table = named ? named[1]!.split('::').pop() : null;
      if (table !== null ? table !== ctx.table : !names.has(decl[1]!)) continue;
      const m = [decl[0], attrs, decl[1]] as const;
      const open = offset + decl[0].length - 1;
      const body = balanced(text, open, MAX_STRUCT);
      const line = i + 1;
      if (body === null) throw new NoEvidence(`the Insertable struct \`${m[2]}\` (\`${file}:${line}\`) could not be read`, ref(file, line, `struct ${m[2]}`));
      out.push({ name: m[2]!, file, line, text: `struct ${m[2]}`, field: insertableField(ctx, text, open + 1, body, file, m[2]!) });
    }
  }
  return out;
}

function insertableField(ctx: Ctx, text: string, bodyStart: number, body: string, file: string, struct: string): InsertableStruct['field'] {
  let offset = 0;
  for (const raw of topLevel(body, '"')) {
    const at = body.indexOf(raw, offset);
    offset = at + raw.length;
    const attrs = [...raw.matchAll(/#\[([^\]]*)\]/g)].map((a) => a[1]!).join(' ');
    const decl = raw.replace(/#\[[^\]]*\]/g, '').replace(/\/\/[^\n]*/g, '').trim();
    const m = /^(?:pub(?:\([^)]*\))?\s+)?(?:r#)?(\w+)\s*:\s*([\s\S]+)$/.exec(decl);
    if (!m) continue;
    if (/\bembed\b/.test(attrs)) throw new NoEvidence(`the Insertable struct \`${struct}\` (\`${file}\`) embeds another one`);
    const renamed = /\bcolumn_name\s*=\s*(?:r#)?(\w+)/.exec(attrs);
    if ((renamed ? renamed[1] : m[1]) !== ctx.column) continue;
    const name = new RegExp(String.raw`(?:^|[\s\]])(?:pub(?:\([^)]*\))?\s+)?(?:r#)?${escapeRegExp(m[1]!)}\s*:`).exec(raw.replace(/#\[[^\]]*\]/g, (a) => ' '.repeat(a.length)));
    const line = lineOfOffset(text, bodyStart + at + (name ? name.index + name[0].indexOf(m[1]!) : 0));
    const type = m[2]!.trim();
    const optional = /^(?:(?:std|core)::option::)?Option\s*</.test(type) || /\bskip_insertion\b|\bserialize_as\b/.test(attrs);
    const lineText = text.slice(lineStart(text, line), text.indexOf('\n', lineStart(text, line)));
    return { type, optional, line, text: lineText };
  }
  return null;
}

// ---------------------------------------------------------------- Go (pop, sqlx)

function goStructs(ctx: Ctx, code: readonly SearchLine[]): void {
  const go = code.filter((l) => extensionOf(l.path) === 'go');
  if (go.length === 0) return;
  const table = ctx.table;
  const typeNames = new Set(tableSpellings(table).filter((w) => /^[A-Z]/.test(w) && /_|[a-z]/.test(w) && !/^[A-Z_]+$/.test(w)));
  const mapped: { name: string; dir: string; at: CodeReference }[] = [];
  for (const hit of go) {
    // pop's Create(&x, "c") leaves the named columns out.
    if (/\b(?:Create|ValidateAndCreate|Eager\(\)\.Create)\s*\(.*"/.test(hit.text) && new RegExp(`"${escapeRegExp(ctx.column)}"`).test(hit.text)) {
      throw new NoEvidence(`\`${hit.path}:${hit.line}\` creates without ${ctx.column}`, ref(hit.path, hit.line, hit.text));
    }
    const dir = hit.path.slice(0, hit.path.lastIndexOf('/') + 1);
    if (new RegExp(`return\\s+"${escapeRegExp(table)}"`).test(hit.text)) {
      const text = textOf(ctx, hit.path);
      // The receiver of the TableName method this return belongs to (on this line or up to 5 above).
      const start = lineStart(text, hit.line);
      const before = text.slice(Math.max(0, start - 600), start + hit.text.length + 1);
      const recv = [...before.matchAll(/func\s*\(\s*(?:\w+\s+)?\*?\s*(\w+)\s*\)\s*TableName\s*\(/g)].pop();
      if (!recv) throw new NoEvidence(`\`${hit.path}:${hit.line}\` names ${table} in a way not judged here`, ref(hit.path, hit.line, hit.text));
      mapped.push({ name: recv[1]!, dir, at: ref(hit.path, hit.line, hit.text) });
    }
    for (const m of hit.text.matchAll(/^\s*(?:type\s+)?(\w+)\s+struct\s*\{/g)) if (typeNames.has(m[1]!)) mapped.push({ name: m[1]!, dir, at: ref(hit.path, hit.line, hit.text) });
  }
  // Files that may declare them: those with a `db:"c"` line, or a struct declaration the search found.
  const tag = new RegExp(`\\bdb:"${escapeRegExp(ctx.column)}[",]`);
  const searchedFiles = [...new Set(go.filter((l) => tag.test(l.text) || /\bstruct\s*\{/.test(l.text)).map((l) => l.path))];
  for (const s of mapped) {
    // The declaration: in a file of the same package (folder) among the searched ones (its `db:"c"` line names the column).
    let found = false;
    for (const file of searchedFiles.filter((f) => f.slice(0, f.lastIndexOf('/') + 1) === s.dir)) {
      const text = textOf(ctx, file);
      const decl = new RegExp(String.raw`(?:^|\n)\s*(?:type\s+)?${escapeRegExp(s.name)}\s+struct\s*\{`).exec(text);
      if (!decl) continue;
      found = true;
      const body = balanced(text, decl.index + decl[0].length - 1, MAX_STRUCT);
      if (body === null) throw new NoEvidence(`the struct \`${s.name}\` (\`${file}\`) could not be read`, s.at);
      const bodyStart = decl.index + decl[0].length;
      let field: { line: number; text: string; type: string; tags: string } | null = null;
      let embedded = false;
      let offset = 0;
      for (const raw of body.split('\n')) {
        const lineOffset = bodyStart + offset;
        offset += raw.length + 1;
        const l = raw.replace(/\/\/.*$/, '').trim();
        if (!l) continue;
        const m = /^(\w+(?:\s*,\s*\w+)*)\s+([^`]+?)\s*(`[^`]*`)?$/.exec(l);
        if (!m) {
          if (/^\*?[\w.]+\s*(`[^`]*`)?$/.test(l) && !/db:"-"/.test(l)) embedded = true;
          continue;
        }
        const tags = m[3] ?? '';
        if (/\b(?:gorm|bun):"/.test(tags)) throw new NoEvidence(`the struct \`${s.name}\` (\`${file}\`) is mapped by gorm or bun tags, not judged here`, s.at);
        const db = /\bdb:"([^",]*)/.exec(tags);
        if (db && db[1] === ctx.column) field = { line: lineOfOffset(text, lineOffset), text: raw, type: m[2]!.trim(), tags };
      }
      if (field === null && !/\bdb:"/.test(body) && !s.at.text.includes('TableName')) {
        found = false; // named like the table but with no `db:"…"` tag: an API type, not a model
        continue;
      }
      if (field === null) {
        throw new NoEvidence(embedded ? `the struct \`${s.name}\` (\`${file}\`) embeds another struct; ${ctx.column} is not among its own fields` : `the struct \`${s.name}\` mapped to ${table} (\`${file}\`) has no ${ctx.column} field: its inserts leave it out`, s.at);
      }
      const at = ref(file, field.line, field.text);
      if (/\brw:"r"/.test(field.tags)) throw new NoEvidence(`\`${file}:${field.line}\` is read-only (\`rw:"r"\`): inserts leave ${ctx.column} out`, at);
      if (/^(?:\*|\[\]|map\[|interface\b|any$|sql\.Null|nulls?\.|pgtype\.|json\.RawMessage|sqlxx?\.Null|zero\.)/.test(field.type)) {
        throw new NoEvidence(`\`${s.name}\` writes ${ctx.column} as \`${field.type}\` (\`${file}:${field.line}\`), which may be NULL`, at);
      }
      ctx.writers.push(at);
    }
    if (!found && !s.at.text.includes('TableName') && !/return\s+"/.test(s.at.text)) continue;
    if (!found) throw new NoEvidence(`no declaration of the struct \`${s.name}\` mapped to ${table} with a \`db:"${ctx.column}"\` field was found in its package: its inserts may leave ${ctx.column} out`, s.at);
  }
}

// ---------------------------------------------------------------- StringTemplate groups

interface Group {
  file: string;
  name: string;
  parent: string | null;
  /** Template name → body, with the body's 1-based first line. */
  templates: Map<string, { body: string; line: number }>;
}

function parseGroup(file: string, text: string): Group {
  const head = /^\s*group\s+(\w+)\s*(?::\s*(\w+))?\s*;/m.exec(text);
  const templates = new Map<string, { body: string; line: number }>();
  for (const m of text.matchAll(/^(\w+)\s*\([^)]*\)\s*::=\s*(?:<<([\s\S]*?)>>|"((?:[^"\\]|\\.)*)"|<%([\s\S]*?)%>)/gm)) {
    templates.set(m[1]!, { body: m[2] ?? m[3] ?? m[4] ?? '', line: lineOfOffset(text, m.index!) });
  }
  return { file, name: head?.[1] ?? '', parent: head?.[2] ?? null, templates };
}

function templateInserts(ctx: Ctx, code: readonly SearchLine[]): void {
  const files = [...new Set(code.filter((l) => extensionOf(l.path) === 'stg').map((l) => l.path))];
  if (files.length === 0) return;
  const byName = new Map<string, Group | null>();
  const groupOf = (name: string): Group => {
    if (byName.has(name)) {
      const g = byName.get(name);
      if (!g) throw new NoEvidence(`the StringTemplate group ${name} could not be found`);
      return g;
    }
    const matches = ctx.tree.list().filter((p) => p.endsWith(`/${name}.sql.stg`) || p.endsWith(`/${name}.stg`) || p === `${name}.stg` || p === `${name}.sql.stg`);
    const g = matches.length === 1 ? parseGroup(matches[0]!, textOf(ctx, matches[0]!)) : null;
    byName.set(name, g);
    if (!g) throw new NoEvidence(`the StringTemplate group ${name} could not be found (${matches.length} files of that name)`);
    return g;
  };
  for (const file of files) {
    const group = parseGroup(file, textOf(ctx, file));
    if (group.name) byName.set(group.name, group);
    // The chain: this group, then its ancestors (bounded).
    const chain: Group[] = [group];
    for (let g = group; g.parent && chain.length < 10; ) chain.push((g = groupOf(g.parent)));
    const lookup = (name: string): { body: string; line: number; group: Group } | null => {
      for (const g of chain) {
        const t = g.templates.get(name);
        if (t) return { ...t, group: g };
      }
      return null;
    };
    // Templates whose value is this table's name (`tableName() ::= "payment_attempts"`).
    const tableTemplates = new Set<string>();
    for (const [name] of group.templates) {
      const t = lookup(name);
      if (t && t.body.trim().toLowerCase() === ctx.table.toLowerCase()) tableTemplates.add(name);
    }
    const expand = (body: string, depth: number): string => {
      if (depth > MAX_TEMPLATE_DEPTH) throw new NoEvidence(`the templates of \`${file}\` nest deeper than ${MAX_TEMPLATE_DEPTH}`);
      // Conditional parts may be left out: no evidence from them.
      const plain = body.replace(/<if\([^)]*\)>[\s\S]*?<endif>/g, ' ');
      return plain.replace(/<(\w+)\(([^)>]*)\)>/g, (_all: string, name: string) => {
        const t = lookup(name);
        return t ? expand(t.body, depth + 1) : ' ';
      }).replace(/<\w+>/g, '');
    };
    for (const g of chain) {
      for (const [name, t] of g.templates) {
        if (lookup(name)?.group !== g) continue; // overridden below
        for (const m of t.body.matchAll(/\binsert\s+(?:ignore\s+)?into\s+(?:<(\w+)\(\)>|(\w+))\s*\(/gi)) {
          const target = m[1] ? (tableTemplates.has(m[1]) ? ctx.table : null) : sqlName(m[2]!);
          if (target !== ctx.table) continue;
          const line = t.line + t.body.slice(0, m.index).split('\n').length - (t.body.startsWith('\n') ? 1 : 0);
          const at = ref(g.file, line, `${name}(): ${m[0]}`);
          const list = balanced(t.body, m.index! + m[0].length - 1);
          if (list === null) throw new NoEvidence(`the column list of template ${name} (\`${g.file}:${t.line}\`) could not be read`, at);
          const columns = topLevel(expand(list, 0).replace(/\n/g, ' ')).map((c) => sqlName(c.trim().split(/\s+/).pop() ?? ''));
          if (!columns.includes(ctx.column.toLowerCase())) throw new NoEvidence(`template ${name} (\`${g.file}:${t.line}\`) inserts into ${ctx.table} without ${ctx.column} (in group ${group.name})`, at);
          ctx.writers.push(at);
          const named = [...tableTemplates].map((n) => group.templates.get(n)).find((x) => x !== undefined);
          if (named) ctx.writers.push(ref(group.file, named.line, `${group.name}: ${ctx.table}`));
        }
      }
    }
  }
}

// ---------------------------------------------------------------- What we do not judge

/** An ORM's write call on a line that names the table (the search's WRITES, search.ts). */
const ORM_WRITE = /\.(?:create|save|upsert|insert|bulk_create|insert_all|insertInto|insertMany|createMany|Create|Save|Insert|Add|AddRange|persist|merge|saveAll|saveAndFlush)\s*\(|\binsertInto\s*\(/;
const RUBY_PYTHON_MODEL = /^\s*class\s+\w+\s*(?:<\s*(?:ApplicationRecord|ActiveRecord::Base)|\(\s*(?:models\.)?Model\s*\))/;

/**
 * Lines of code in languages whose writers are not judged here that may write the table: an ORM
 * write call naming it, a model class of it (ActiveRecord, Django), a JPA entity or jOOQ insert of it.
 * Any of them keeps the error. A JavaScript `db.version.create(…)` is Prisma Client's form only where
 * the repository has a Prisma schema (without one there is no such client: crates.io's mock data).
 */
function otherWriters(ctx: Ctx, code: readonly SearchLine[]): void {
  const spelled = new RegExp(String.raw`(?<![\w$])(?:${tableSpellings(ctx.table).map(escapeRegExp).join('|')})(?![\w$])`);
  let prisma: boolean | null = null;
  for (const hit of code) {
    const ext = extensionOf(hit.path);
    if (ext === 'rs' || ext === 'go' || ext === 'stg' || ext === 'sql') continue;
    if (!spelled.test(hit.text)) continue;
    const at = ref(hit.path, hit.line, hit.text);
    if (/^(?:java|kt|kts|scala|groovy)$/.test(ext)) {
      if (/\binsertInto\s*\(/.test(hit.text) || (/^\s*(?:public\s+|abstract\s+|final\s+)*(?:class|record)\s+\w+/.test(hit.text) && jvmClassMapsTable(textOf(ctx, hit.path), ctx.table) && /@(?:Entity|Table|MappedEntity|TableName)\b/.test(textOf(ctx, hit.path)))) {
        throw new NoEvidence(`\`${hit.path}:${hit.line}\` maps or writes ${ctx.table} through an ORM not judged here`, at);
      }
      continue;
    }
    if (RUBY_PYTHON_MODEL.test(hit.text)) throw new NoEvidence(`\`${hit.path}:${hit.line}\` is a model of ${ctx.table}: its writes are not judged here`, at);
    if (!ORM_WRITE.test(hit.text) || /\binsert\s+into\b/i.test(hit.text)) continue;
    if (/^(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/.test(ext) && /\b\w+\.[a-z]\w*\.(?:create|createMany|upsert)\s*\(/.test(hit.text)) {
      prisma ??= ctx.tree.list().some((p) => p.endsWith('.prisma'));
      if (!prisma) continue;
    }
    throw new NoEvidence(`\`${hit.path}:${hit.line}\` may write ${ctx.table} through an ORM not judged here`, at);
  }
}
