/**
 * Identity rules per framework (docs/code-references.md, "Whose name is it"): a word search finds
 * every `gh_avatar` of a Rust repository, but Rust code reads a database column only through a
 * few forms, and a Java class named like a table is that table only where a mapping says so. These
 * functions read one file of the base commit (never run it) and say which of the search's lines
 * are such a form. Whatever they cannot read stays a use: the search may fail to prove "no use",
 * never call a use "no use".
 */

/** Longest file read for these rules; past it every line of it stays a use. */
const MAX_FILE_CHARS = 2 * 1024 * 1024;

type TokenKind = 'ident' | 'punct' | 'string' | 'comment' | 'other';

interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based line of the token's first character. */
  line: number;
}

/**
 * Rust's tokens, enough to tell code from strings and comments: identifiers (raw `r#x` too),
 * strings (`"…"`, `b"…"`, `r#"…"#`, `c"…"`), char literals and lifetimes, nested block comments,
 * line comments, single punctuation characters. One pass, linear in the text.
 */
export function rustTokens(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c) || c > '\u007f';
  const isIdent = (c: string): boolean => /\w/.test(c) || c > '\u007f';
  const push = (kind: TokenKind, start: number, end: number, startLine: number): void => {
    out.push({ kind, text: text.slice(start, end), line: startLine });
  };
  const advanceTo = (end: number): void => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    i = end;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    const startLine = line;
    const start = i;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      advanceTo(end < 0 ? n : end);
      push('comment', start, i, startLine);
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      let depth = 0;
      let k = i;
      while (k < n) {
        if (text[k] === '/' && text[k + 1] === '*') {
          depth++;
          k += 2;
        } else if (text[k] === '*' && text[k + 1] === '/') {
          depth--;
          k += 2;
          if (depth === 0) break;
        } else k++;
      }
      advanceTo(Math.min(k, n));
      push('comment', start, i, startLine);
      continue;
    }
    // Raw strings: r"…", r#"…"#, br"…", cr#"…"#.
    const raw = /^(?:b|c)?r(#*)"/.exec(text.slice(i, i + 260));
    if (raw) {
      const close = `"${raw[1]}`;
      const end = text.indexOf(close, i + raw[0].length);
      advanceTo(end < 0 ? n : end + close.length);
      push('string', start, i, startLine);
      continue;
    }
    if (c === '"' || ((c === 'b' || c === 'c') && text[i + 1] === '"')) {
      let k = c === '"' ? i + 1 : i + 2;
      while (k < n && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      advanceTo(Math.min(k + 1, n));
      push('string', start, i, startLine);
      continue;
    }
    if (c === '\'' || (c === 'b' && text[i + 1] === '\'')) {
      // A char literal ('x', '\n', '\u{1F600}') or a lifetime ('a): a lifetime has no closing quote after its name.
      const k = c === '\'' ? i + 1 : i + 2;
      const lit = /^(?:\\(?:u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2}|.)|[^\\'\n])'/u.exec(text.slice(k, k + 12));
      if (lit) {
        advanceTo(k + lit[0].length);
        push('other', start, i, startLine);
        continue;
      }
      let e = k;
      while (e < n && isIdent(text[e]!)) e++;
      advanceTo(Math.max(e, i + 1));
      push('other', start, i, startLine);
      continue;
    }
    if (isIdentStart(c)) {
      let e = i + 1;
      if (c === 'r' && text[i + 1] === '#' && i + 2 < n && isIdentStart(text[i + 2]!)) e = i + 3;
      while (e < n && isIdent(text[e]!)) e++;
      i = e;
      out.push({ kind: 'ident', text: text.slice(start, e).replace(/^r#/, ''), line: startLine });
      continue;
    }
    if (/[0-9]/.test(c)) {
      let e = i + 1;
      while (e < n && /[\w.]/.test(text[e]!) && !(text[e] === '.' && text[e + 1] === '.')) e++;
      i = e;
      push('other', start, e, startLine);
      continue;
    }
    i++;
    push('punct', start, i, startLine);
  }
  return out;
}

/**
 * Derives that read or write a table's columns by the field's name (Diesel's `Selectable`,
 * `HasQuery`, `Insertable`, `AsChangeset`, `QueryableByName`, `Identifiable`, `Associations`;
 * sqlx's `FromRow`; SeaORM's `DeriveEntityModel`…).
 */
const BY_NAME_DERIVES = new Set([
  'Selectable', 'HasQuery', 'Insertable', 'AsChangeset', 'QueryableByName', 'Identifiable', 'Associations',
  'FromRow', 'DeriveEntityModel', 'DeriveModel', 'DeriveActiveModel', 'DeriveIntoActiveModel', 'DerivePartialModel', 'FromQueryResult',
]);
/** Diesel's `Queryable` maps by position, not name: its fields are the select's columns whatever they are called. */
const POSITIONAL_DERIVES = new Set(['Queryable']);
/** Derives that touch no database: a struct with only these is data, its fields are no columns. */
const PLAIN_DERIVES = new Set([
  'Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Serialize', 'Deserialize',
  'Builder', 'ToSchema', 'IntoParams', 'Display', 'Error', 'Validate', 'JsonSchema',
]);
/** Attributes on a struct or field that say nothing about the database (anything else is an attribute macro we cannot read). */
const PLAIN_ATTRIBUTES = new Set(['derive', 'doc', 'serde', 'allow', 'warn', 'deny', 'expect', 'cfg', 'cfg_attr', 'non_exhaustive', 'repr', 'schema', 'diesel', 'builder', 'must_use', 'deprecated', 'param', 'validate', 'into_params']);
/** Macros whose arguments are expressions (a field access there is a field access); any other macro is read as a use. */
const EXPRESSION_MACROS = new Set([
  'format', 'print', 'println', 'eprint', 'eprintln', 'write', 'writeln', 'vec', 'assert', 'assert_eq', 'assert_ne',
  'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'panic', 'matches', 'dbg', 'info', 'warn', 'error', 'debug', 'trace',
  'todo', 'unimplemented', 'unreachable', 'format_args', 'anyhow', 'bail', 'ensure',
]);

interface Frame {
  kind: 'struct' | 'macro' | 'block';
  /** Struct frames: the struct's outer attributes' text; macro frames: the macro's name. */
  attrs: string;
  /** Whether a bare name here may be a column (an unknown macro's arguments). */
  opaque: boolean;
}

/** What a column's name is at one place of a Rust file. */
type RustRole = 'use' | 'not-use';

/**
 * Which lines of a Rust file use column `column` of table `table` (1-based line → role), for the
 * lines given. A line's role is `use` when one of its occurrences of the words is one:
 * - a path segment (`users::gh_avatar`, `users::columns::gh_avatar`, `gh_avatar::…`);
 * - inside a string (SQL text: `sql_query`, `sql::<…>("…")`, any literal);
 * - inside an attribute (`#[diesel(column_name = gh_avatar)]`) or an unknown macro's arguments;
 * - a call `gh_avatar(…)` (a SQL function declared for Diesel may share the name);
 * - a bare name in a file that glob-imports a Diesel `dsl`/`columns` module or a table's module;
 * - a field of a struct whose derives read columns by name for `table` (or name no table), or
 *   map by position (`Queryable` without `Selectable`), without a `select_expression` /
 *   `column_name` naming something else; or of a struct with a derive or attribute we cannot read.
 * Everything else is `not-use`: a field of a plain struct (`Serialize`, `Debug`…), of a
 * model for another table or whose `select_expression` reads elsewhere, a field access
 * (`user.gh_avatar`), a variable, a struct literal's field, a pattern, a comment. A line where no
 * occurrence is found (the tokens disagree with the search) stays a use. Files over 2 MB, or that
 * `include!` generated code: every line stays a use. `readsOnly` (drop-not-null, where only code
 * that loads the value meets a NULL): a path compared or assigned (`users::x.eq(…)`), an upsert's
 * `excluded(users::x)` and a field of an `Insertable`/`AsChangeset`-only struct are no use either.
 */
export function rustColumnRoles(text: string, table: string, column: string, words: readonly string[], lines: readonly number[], readsOnly = false): Map<number, RustRole> {
  const roles = new Map<number, RustRole>();
  const wanted = new Set(lines);
  if (text.length > MAX_FILE_CHARS || /\binclude!\s*\(/.test(text)) {
    for (const l of lines) roles.set(l, 'use');
    return roles;
  }
  const wordSet = new Set(words);
  const wordRe = new RegExp(`(?<![\\w$])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w$])`);
  const tokens = rustTokens(text);
  const tableName = table.slice(table.lastIndexOf('.') + 1);
  // A glob import of a dsl/columns module or a table's module: bare column names are the DSL's.
  const globImport = new RegExp(String.raw`\buse\s+[\w:]*(?:\bdsl|\bcolumns|\b${tableName.replace(/\W/g, '')})\s*::\s*\*`).test(text);
  // Functions this file declares (`fn checksum(…)`): a call `checksum(…)` here is theirs, not a SQL
  // function's (none is declared here: no `sql_function!`, `define_sql_function!`, `extern "SQL"`).
  const localFns = new Set<string>();
  if (!/sql_function!|\bdeclare_sql_function\b|\bextern\s+"SQL"/.test(text)) {
    for (let t = 0; t + 1 < tokens.length; t++) if (tokens[t]!.text === 'fn' && tokens[t + 1]!.kind === 'ident') localFns.add(tokens[t + 1]!.text);
  }
  const captureRe = new RegExp(`\\{\\s*(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(?::[^{}]*)?\\}`, 'g');
  const seen = new Map<number, RustRole>();
  const note = (line: number, role: RustRole): void => {
    if (!wanted.has(line)) return;
    if (role === 'use' || !seen.has(line)) seen.set(line, role);
  };
  const stack: Frame[] = [];
  let pendingAttrs = '';
  let nextBrace: Frame | null = null;

  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const top = stack[stack.length - 1];
    if (tok.kind === 'comment' || tok.kind === 'string') {
      // Occurrences by line of the token's text.
      const parts = tok.text.split('\n');
      // A format macro's string (`format!("{}{raw}{checksum}")`): `{checksum}` captures a variable, not SQL text.
      const formats = tok.kind === 'string' && top?.kind === 'macro' && EXPRESSION_MACROS.has(top.attrs);
      for (let k = 0; k < parts.length; k++) {
        if (!wanted.has(tok.line + k) || !wordRe.test(parts[k]!)) continue;
        if (tok.kind !== 'string') note(tok.line + k, 'not-use');
        else note(tok.line + k, formats && !wordRe.test(parts[k]!.replace(captureRe, '')) ? 'not-use' : 'use');
      }
      continue;
    }
    // Attributes: `#[…]` / `#![…]`, collected for the next struct or field; a name inside one is a use.
    if (tok.text === '#') {
      let k = t + 1;
      if (tokens[k]?.text === '!') k++;
      if (tokens[k]?.text === '[') {
        let depth = 0;
        let body = '';
        for (; k < tokens.length; k++) {
          const a = tokens[k]!;
          if (a.text === '[') depth++;
          else if (a.text === ']' && --depth === 0) break;
          if (depth > 1 || a.text !== '[') body += ` ${a.text}`;
          if (a.kind === 'ident' && wordSet.has(a.text)) note(a.line, 'use');
          else if (a.kind === 'string' || a.kind === 'comment') a.text.split('\n').forEach((part, p) => wordRe.test(part) && note(a.line + p, 'use'));
        }
        pendingAttrs += ` #[${body.trim()}]`;
        t = k;
        continue;
      }
    }
    if (tok.kind === 'ident') {
      if ((tok.text === 'struct' || tok.text === 'enum' || tok.text === 'union') && tokens[t + 1]?.kind === 'ident') {
        nextBrace = { kind: 'struct', attrs: pendingAttrs, opaque: false };
        pendingAttrs = '';
        continue;
      }
      // A macro invocation `name!(…)`; `macro_rules! name {…}` is a definition (read as a use).
      if (tokens[t + 1]?.text === '!' && /^[([{]$/.test(tokens[t + 2]?.text ?? '') ) {
        nextBrace = { kind: 'macro', attrs: tok.text, opaque: !EXPRESSION_MACROS.has(tok.text) };
        t++;
        continue;
      }
      if (tok.text === 'macro_rules' && tokens[t + 1]?.text === '!') {
        nextBrace = { kind: 'macro', attrs: tok.text, opaque: true };
        t += 2;
        continue;
      }
      if (wordSet.has(tok.text) && wanted.has(tok.line)) note(tok.line, roleOf(tokens, t, stack, pendingAttrs, globImport, tableName, column, readsOnly, localFns));
      continue;
    }
    if (tok.text === '{' || tok.text === '(' || tok.text === '[') {
      const block: Frame = { kind: 'block', attrs: '', opaque: false };
      let frame = block;
      if (nextBrace?.kind === 'macro') frame = nextBrace;
      else if (nextBrace?.kind === 'struct') frame = tok.text === '{' ? nextBrace : block; // `struct T(…)`: no named fields
      else if (top?.kind === 'struct' && tok.text === '{') frame = { kind: 'struct', attrs: top.attrs, opaque: false }; // an enum's struct-like variant
      if (nextBrace && (nextBrace.kind === 'macro' || tok.text !== '[')) nextBrace = null;
      // Inside an unknown macro everything stays a use.
      stack.push(top?.opaque ? { ...frame, opaque: true } : frame);
      if (tok.text === '{') pendingAttrs = '';
      continue;
    }
    if (tok.text === '}' || tok.text === ')' || tok.text === ']') {
      stack.pop();
      if (tok.text === '}') pendingAttrs = '';
      continue;
    }
    if (tok.text === ';') {
      pendingAttrs = '';
      if (nextBrace?.kind === 'struct') nextBrace = null; // `struct Unit;`
      continue;
    }
    if (tok.text === ',' && top?.kind === 'struct') pendingAttrs = '';
  }
  for (const l of lines) roles.set(l, seen.get(l) ?? 'use');
  return roles;
}

/** Diesel's comparisons and assignments of a column: `users::x.eq(…)` filters on it or sets it, never loads its value. */
const NO_LOAD_METHODS = new Set(['eq', 'ne', 'eq_any', 'ne_all', 'is_null', 'is_not_null']);

function roleOf(tokens: Token[], t: number, stack: Frame[], fieldAttrs: string, globImport: boolean, table: string, column: string, readsOnly: boolean, localFns: ReadonlySet<string>): RustRole {
  const prev = tokens[t - 1]?.text;
  const next = tokens[t + 1]?.text;
  const top = stack[stack.length - 1];
  // A path: `users::gh_avatar`, `columns::gh_avatar`, or a module of that name.
  if (prev === ':' && tokens[t - 2]?.text === ':') {
    // Only reads count (drop-not-null): a comparison or assignment (`.eq(…)`), or an upsert's
    // `excluded(users::x)`, loads no value into the previous release's code.
    if (readsOnly && !top?.opaque) {
      if (next === '.' && NO_LOAD_METHODS.has(tokens[t + 2]?.text ?? '') && tokens[t + 3]?.text === '(') return 'not-use';
      if (tokens[t - 3]?.kind === 'ident' && tokens[t - 4]?.text === '(' && tokens[t - 5]?.text === 'excluded') return 'not-use';
    }
    return 'use';
  }
  if (next === ':' && tokens[t + 2]?.text === ':') return 'use';
  if (top?.opaque) return 'use';
  // A field of a struct being declared: `pub gh_avatar: Type` (after `{`, `,`, `pub`, `pub(crate)` or attributes).
  if (top?.kind === 'struct' && next === ':' && (prev === '{' || prev === ',' || prev === 'pub' || prev === ')' || prev === ']')) {
    return structFieldRole(top.attrs, fieldAttrs, table, column, readsOnly);
  }
  if (prev === '.') return 'not-use';
  // A Rust function's declaration `fn checksum(…)`, or a call of one this file declares: no column.
  if (prev === 'fn' || (next === '(' && localFns.has(tokens[t]!.text))) return 'not-use';
  // A call `gh_avatar(…)`: a function named so (a Diesel `define_sql_function!`), not ours to read.
  if (next === '(') return 'use';
  return globImport ? 'use' : 'not-use';
}

/** Whether a struct's field named like the column reads or writes it (see rustColumnRoles). */
/** Derives that only write the table (an insert's or update's values): no read for drop-not-null. */
const WRITE_DERIVES = new Set(['Insertable', 'AsChangeset']);

function structFieldRole(rawStructAttrs: string, rawFieldAttrs: string, table: string, column: string, readsOnly: boolean): RustRole {
  // The attributes' tokens joined by spaces: `crate : : schema : : users` → `crate::schema::users`.
  const structAttrs = rawStructAttrs.replace(/\s*:\s*:\s*/g, '::');
  const fieldAttrs = rawFieldAttrs.replace(/\s*:\s*:\s*/g, '::');
  const attributeNames = [...`${structAttrs} ${fieldAttrs}`.matchAll(/#\[\s*([\w:\s]+?)\s*(?:[(=\]]|$)/g)].map((m) => m[1]!.replace(/\s+/g, '').split('::').pop()!);
  if (attributeNames.some((a) => !PLAIN_ATTRIBUTES.has(a))) return 'use';
  const derives = [...structAttrs.matchAll(/#\[\s*derive\s*\(([^\]]*)\)\s*\]/g)].flatMap((m) => m[1]!.split(',').map((d) => d.replace(/\s+/g, '').split('::').pop()!)).filter(Boolean);
  if (derives.some((d) => !BY_NAME_DERIVES.has(d) && !POSITIONAL_DERIVES.has(d) && !PLAIN_DERIVES.has(d))) return 'use';
  if (readsOnly && derives.some((d) => WRITE_DERIVES.has(d)) && derives.every((d) => WRITE_DERIVES.has(d) || PLAIN_DERIVES.has(d))) return 'not-use';
  const byName = derives.some((d) => BY_NAME_DERIVES.has(d));
  const positional = derives.some((d) => POSITIONAL_DERIVES.has(d));
  if (!byName && !positional) return 'not-use';
  const selects = /\bselect_expression\b/.test(fieldAttrs);
  const renamed = /\bcolumn_name\s*=\s*(?:r#)?(\w+)/.exec(fieldAttrs);
  // `Queryable` alone maps the select's columns by position: the field may be this column under any name.
  if (positional && !derives.some((d) => d === 'Selectable' || d === 'HasQuery')) return 'use';
  if (selects) return 'not-use';
  if (renamed) return renamed[1] === column ? 'use' : 'not-use';
  const named = /\btable_name\s*=\s*(?:r#)?([\w:]+)/.exec(structAttrs);
  if (!named) return 'use'; // Diesel's default table name, or an ORM's: not ours to guess
  return named[1]!.split('::').pop() === table ? 'use' : 'not-use';
}

/**
 * crates.io's database dump list (`dump-db.toml`): `[users.columns]` maps each column to
 * `"public"` or `"private"`; its dump code (`gen_scripts.rs`) names only the public ones in the
 * export's `SELECT`/`\copy` and the import, and `[users.column_defaults]` entries in the import's
 * `ALTER COLUMN … SET DEFAULT`. So a `column = "private"` line under `[<table>.columns]` is no use
 * of the column; a public one and a `column_defaults` entry are. Lines of other TOML files, or
 * under other sections, stay uses. With `readsOnly` (drop-not-null: only reads count), a
 * `column_defaults` entry is no read either. Returns the 1-based lines of `lines` that are no use.
 */
export function privateDumpColumnLines(text: string, table: string, column: string, lines: readonly number[], readsOnly = false): Set<number> {
  const out = new Set<number>();
  if (text.length > MAX_FILE_CHARS) return out;
  const all = text.split(/\r?\n/);
  const tableName = table.slice(table.lastIndexOf('.') + 1);
  const wanted = new Set(lines);
  let section = '';
  all.forEach((line, i) => {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      return;
    }
    if (!wanted.has(i + 1)) return;
    const entry = /^\s*"?(\w+)"?\s*=\s*"private"\s*(?:#.*)?$/.exec(line);
    if (entry && entry[1] === column && section === `${tableName}.columns`) out.add(i + 1);
    // A default the import sets (`ALTER COLUMN … SET DEFAULT`) writes, it does not read: no read for drop-not-null.
    else if (readsOnly && section === `${tableName}.column_defaults` && new RegExp(`^\\s*"?${column.replace(/\W/g, '\\$&')}"?\\s*=`).test(line)) out.add(i + 1);
  });
  return out;
}

/**
 * JVM code (Java, Kotlin, Scala, Groovy): a class named like a table (`WorkerInstance` for
 * `worker_instance`) is that table only where a mapping ties it to it: JPA's `@Entity` (its default
 * table name is the class's) or `@Table`, MyBatis-Plus's `@TableName`, Micronaut Data's
 * `@MappedEntity`, Spring Data's `@Table`/`@Document`, jOOQ's generated `TableImpl`/`TableRecordImpl`.
 * Given the text of the file that declares the class, whether it is so mapped (a mapping that
 * names another table is no tie; one whose name we cannot read is). Names are compared without
 * case and `_` (an entity name is the table's name under Spring's naming strategy).
 */
export function jvmClassMapsTable(declaration: string, table: string): boolean {
  if (declaration.length > MAX_FILE_CHARS) return true;
  // Compared without case and `_`: `@Entity(name = "WorkerInstance")` is table worker_instance under Spring's naming strategy.
  const fold = (name: string): string => name.slice(name.lastIndexOf('.') + 1).replace(/[_"`]/g, '').toLowerCase();
  const tableName = fold(table);
  const names = [...declaration.matchAll(/@(?:[\w.]+\.)?(?:Table|TableName|MappedEntity|Entity|Document)\s*\(\s*(?:(?:name|value)\s*=\s*)?"([^"]*)"/g)].map((m) => fold(m[1]!));
  if (names.length > 0) return names.includes(tableName);
  return /@(?:[\w.]+\.)?(?:Entity|Table|TableName|MappedEntity|Document|Embeddable|MappedSuperclass)\b|\b(?:TableImpl|TableRecordImpl|UpdatableRecordImpl)\b/.test(declaration);
}

/** The class, interface, record or enum a JVM file declares under one of `names` (the first found), or null. */
export function jvmDeclares(text: string, names: readonly string[]): string | null {
  const set = new Set(names);
  for (const m of text.matchAll(/\b(?:class|interface|record|enum|object)\s+([A-Z]\w*)/g)) if (set.has(m[1]!)) return m[1]!;
  return null;
}

/**
 * Database clients, query builders and ORMs of JavaScript and TypeScript, as imported: a package
 * name, or a scope (`@mikro-orm/`) whose every package is one.
 */
const JS_DB_PACKAGES = new Set([
  'pg', 'pg-promise', 'pg-pool', 'pg-native', 'pg-query-stream', 'postgres', 'mysql', 'mysql2', 'mariadb', 'knex', 'kysely',
  '@prisma/client', 'prisma', 'drizzle-orm', 'typeorm', 'sequelize', 'sequelize-typescript', 'better-sqlite3', 'sqlite3', 'sqlite',
  '@libsql/client', 'libsql', '@neondatabase/serverless', '@vercel/postgres', '@planetscale/database', '@electric-sql/pglite',
  'slonik', 'mssql', 'tedious', 'oracledb', 'objection', 'bookshelf', 'zapatos', '@clickhouse/client', '@supabase/supabase-js',
  '@supabase/postgrest-js', 'sql-template-strings', 'sql-template-tag', 'bun:sqlite', 'node:sqlite', '@sqlite.org/sqlite-wasm',
  '@databases/pg', '@databases/mysql', '@databases/sqlite', 'pg-mem', 'massive', 'waterline', 'typeorm-extension',
]);
const JS_DB_SCOPES = ['@mikro-orm/', '@prisma/', '@pgtyped/', '@databases/', '@drizzle-team/', '@kysely/'];
/**
 * Words of a module path that say the module is the application's own database layer (`../db`,
 * `@documenso/prisma`, `@openstatus/db/src/schema`, `~/server/repositories/user`, `lib/prisma`).
 */
const JS_DB_PATH_WORDS = new Set([
  'db', 'database', 'databases', 'prisma', 'drizzle', 'knex', 'kysely', 'sequelize', 'typeorm', 'orm', 'sql', 'sqlite', 'postgres',
  'postgresql', 'pg', 'mysql', 'schema', 'schemas', 'model', 'models', 'entity', 'entities', 'repository', 'repositories', 'repo',
  'repos', 'dao', 'daos', 'queries', 'supabase', 'persistence',
]);
/** Front-end packages whose paths hold such words (Ember Data's `@ember-data/model`, TanStack Query): no database. */
const JS_FRONTEND_SCOPES = ['@ember-data/', 'ember-data', '@tanstack/', 'react-query', '@apollo/', '@reduxjs/'];
/** Module specifiers: `from '…'`, `import '…'`, `require('…')`, `import('…')`. */
const JS_SPECIFIER = /\bfrom\s*['"]([^'"\n]{1,300})['"]|\bimport\s*['"]([^'"\n]{1,300})['"]|\b(?:require|import)\s*\(\s*['"]([^'"\n]{1,300})['"]\s*\)/g;
/** SQL text (`SELECT a, b FROM t`, `INSERT INTO`, `UPDATE t SET`, `DELETE FROM`), a `sql` tagged template, Prisma's raw queries. */
const JS_SQL = /\bSELECT\s[\w*."`,\s]{1,300}?\sFROM\s+["`]?\w|\bINSERT\s+INTO\s|\bUPDATE\s+["`]?[\w.]+["`]?\s+SET\s|\bDELETE\s+FROM\s|\bsql\s*`|\bsql\.raw\s*\(|\$queryRaw|\$executeRaw/i;
/**
 * Calls and handles of a database client or ORM reached without an import in this file (`ctx.prisma`,
 * a `db` passed in): Prisma's model methods, Kysely's and Drizzle's builders, TypeORM's repositories,
 * Supabase's `.from('t')`; TypeORM's and sequelize-typescript's decorators (`@Entity(`, `@Column(`, `@Table(`).
 */
const JS_DB_CALLS = /\b(?:prisma|db|knex|kysely|sequelize|trx|tx|pool|database|supabase|drizzle)\s*\.\s*[$\w]|\.(?:findMany|findFirst|findUnique|findFirstOrThrow|findUniqueOrThrow|upsert|createMany|updateMany|deleteMany|selectFrom|insertInto|updateTable|deleteFrom|selectAll|createQueryBuilder|getRepository|findAll|findByPk|findOne|findOneBy|findBy)\s*\(|@(?:Entity|ViewEntity|Column|PrimaryColumn|PrimaryGeneratedColumn|Table)\s*\(|(?<!\b(?:Array|Buffer|Uint8Array|Object|Set|Map))\.from\(\s*['"`]\w+['"`]\s*\)/;

/**
 * JavaScript and TypeScript (docs/code-references.md, "Whose name is it"): a word in a file that
 * never talks to the database is an API type's field, a front end's property or a fixture, not a
 * column (crates.io's Svelte front end and its OpenAPI `schema.d.ts` read `checksum` from JSON).
 * A file talks to the database when it imports a database client or ORM (JS_DB_PACKAGES), or a
 * module whose path names the application's database layer (`../db`, `@documenso/prisma`,
 * `lib/prisma`, `…/schema`, `…/models`, `…/repositories`), holds SQL text or a `sql` template, or
 * calls a client or ORM it got otherwise (`ctx.prisma.user.findMany(`, `db.select(`,
 * `.selectFrom(`). Files over 2 MB count as talking to it.
 */
export function jsTalksToDatabase(text: string): boolean {
  if (text.length > MAX_FILE_CHARS) return true;
  if (JS_SQL.test(text) || JS_DB_CALLS.test(text)) return true;
  for (const m of text.matchAll(JS_SPECIFIER)) {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    if (JS_DB_PACKAGES.has(pkg) || JS_DB_SCOPES.some((s) => spec.startsWith(s))) return true;
    if (JS_FRONTEND_SCOPES.some((s) => spec.startsWith(s))) continue;
    const words = spec.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
    if (words.some((w) => JS_DB_PATH_WORDS.has(w))) return true;
  }
  return false;
}

/**
 * crates.io's dump list (`dump-db.toml`, see privateDumpColumnLines): an entry under
 * `[<table>.columns]` or `[<table>.column_defaults]` names a column of that table, whatever its
 * visibility: no use of a function, procedure or other object of the same name (crates.io
 * aac10ea0e2 drops the function `semver_ord`, and the list names the column `semver_ord`).
 * Returns the 1-based lines of `lines` that are such entries.
 */
export function dumpColumnEntryLines(text: string, lines: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (text.length > MAX_FILE_CHARS) return out;
  const wanted = new Set(lines);
  let columns = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      columns = /^\w+\.(?:columns|column_defaults)$/.test(header[1]!.trim());
      return;
    }
    if (columns && wanted.has(i + 1) && /^\s*"?\w+"?\s*=/.test(line)) out.add(i + 1);
  });
  return out;
}
