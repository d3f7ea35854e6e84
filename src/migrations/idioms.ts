/**
 * Migration idioms that keep the schema the previous release uses, recognized over the PR's
 * statements in apply order (a look-ahead, like the table rebuilds of analyse.ts), and the facts
 * about the schema history that the rules compare a statement with.
 *
 * - Column swap: `ADD COLUMN c_new …; UPDATE … SET c_new = c; DROP COLUMN c; RENAME COLUMN c_new TO c`
 *   changes the type (or nullability, default) of `c`: it is judged as a redefinition of `c`.
 * - A generated column dropped and added again under its name (a new expression): its values are
 *   computed again, so it is a redefinition, not a loss.
 * - What later statements create: indexes (by table, following renames), routines with their
 *   signatures.
 */
import type { Catalog, ForeignKeyInfo } from './catalog.js';
import { parseType } from './column-types.js';
import type { ColumnInfo, Operation, RoutineSignature, Statement } from './model.js';
import type { LaterIndex } from './rules/types.js';

interface ColumnSwap {
  table: string;
  /** The column whose type changes. */
  column: string;
  /** The PR's new column that takes its place and name. */
  temp: string;
  def: ColumnInfo;
  dropAt: number;
  renameAt: number;
  /** Decided at the drop: the swap is judged as a redefinition (else its statements are read as written). */
  active?: boolean;
}

interface GeneratedReAdd {
  table: string;
  column: string;
  def: ColumnInfo;
  dropAt: number;
  addAt: number;
  active?: boolean;
}

/**
 * The column idioms of the PR's statements (numbered in apply order, as analyse.ts numbers them).
 * `rewrite` is called for each operation in that order, with the history as it stands just before.
 */
export class ColumnIdioms {
  private readonly swapsByDrop = new Map<string, ColumnSwap>();
  private readonly swapsByRename = new Map<string, ColumnSwap>();
  private readonly reAddsByDrop = new Map<string, GeneratedReAdd>();
  private readonly reAddsByAdd = new Map<string, GeneratedReAdd>();

  constructor(statements: Statement[]) {
    /** `table.column` → the last ADD COLUMN of it in the PR so far. */
    const added = new Map<string, { at: number; def: ColumnInfo }>();
    /** `table.column` → the last DROP COLUMN of it in the PR so far. */
    const dropped = new Map<string, number>();
    statements.forEach((stmt, at) => {
      for (const op of stmt.ops) {
        if (op.kind === 'add-column') {
          const key = `${op.table}.${op.column.name}`;
          const drop = dropped.get(key);
          if (drop !== undefined && op.column.generated) {
            const reAdd: GeneratedReAdd = { table: op.table, column: op.column.name, def: op.column, dropAt: drop, addAt: at };
            this.reAddsByDrop.set(`${drop}:${key}`, reAdd);
            this.reAddsByAdd.set(`${at}:${key}`, reAdd);
          }
          if (!op.ifNotExists) added.set(key, { at, def: op.column });
        } else if (op.kind === 'drop-column') {
          dropped.set(`${op.table}.${op.column}`, at);
        } else if (op.kind === 'rename-column') {
          const temp = added.get(`${op.table}.${op.column}`);
          const drop = dropped.get(`${op.table}.${op.newName}`);
          // The replaced column was dropped after its replacement was added, and is not itself new.
          if (!temp || drop === undefined || drop < temp.at || added.has(`${op.table}.${op.newName}`)) continue;
          const swap: ColumnSwap = { table: op.table, column: op.newName, temp: op.column, def: temp.def, dropAt: drop, renameAt: at };
          this.swapsByDrop.set(`${drop}:${op.table}.${op.newName}`, swap);
          this.swapsByRename.set(`${at}:${op.table}.${op.column}`, swap);
        }
      }
    });
  }

  /** Every column swap of the PR (its new column, and the statement that renames it to the old name). */
  swaps(): { table: string; temp: string; renameAt: number }[] {
    return [...this.swapsByDrop.values()];
  }

  /** The operations that stand for `op` (statement number `at`), or null when it is read as written. */
  rewrite(op: Operation, at: number, catalog: Catalog): Operation[] | null {
    const line = op.line === undefined ? {} : { line: op.line };
    if (op.kind === 'drop-column') {
      const key = `${at}:${op.table}.${op.column}`;
      const swap = this.swapsByDrop.get(key);
      if (swap) {
        swap.active = true;
        // The replacement as the PR has shaped it so far (a backfill, then SET NOT NULL), under the old name.
        const def = catalog.column(swap.table, swap.temp) ?? swap.def;
        return [{ kind: 'redefine-column', table: op.table, column: op.column, def: { ...def, name: op.column }, ...line }];
      }
      const reAdd = this.reAddsByDrop.get(key);
      // Only a generated column comes back as it was: a written one would come back empty.
      if (reAdd && catalog.column(op.table, op.column)?.generated) {
        reAdd.active = true;
        return [{ kind: 'redefine-column', table: op.table, column: op.column, def: reAdd.def, ...line }];
      }
      return null;
    }
    if (op.kind === 'rename-column') {
      const swap = this.swapsByRename.get(`${at}:${op.table}.${op.column}`);
      // The replacement became the old column at the drop: its own name goes away.
      if (swap?.active) return [{ kind: 'drop-column', table: op.table, column: op.column, ...line }];
      return null;
    }
    if (op.kind === 'add-column') {
      const reAdd = this.reAddsByAdd.get(`${at}:${op.table}.${op.column.name}`);
      if (reAdd?.active) return [{ kind: 'other', what: 'generated column added again' }];
    }
    return null;
  }
}

interface IndexCreation extends Omit<LaterIndex, 'sameFile'> {
  at: number;
  file: number;
}

/** What the PR's statements create, for the statement being read to look ahead at. */
export class PrLookahead {
  private readonly indexesOn = new Map<string, IndexCreation[]>();
  private readonly renamesOf = new Map<string, { at: number; newName: string }[]>();
  private readonly routines = new Map<string, { at: number; signature?: RoutineSignature }[]>();
  private renameCount = 0;

  /** `files[f]`: the running statements of the PR's file f; statements are numbered across files in that order. */
  constructor(files: Statement[][]) {
    let at = 0;
    files.forEach((statements, file) => {
      for (const stmt of statements) {
        for (const op of stmt.ops) this.observe(op, at, file);
        at++;
      }
    });
  }

  private observe(op: Operation, at: number, file: number): void {
    const index = (table: string, entry: Omit<IndexCreation, 'at' | 'file'>): void => {
      const list = this.indexesOn.get(table) ?? [];
      list.push({ ...entry, at, file });
      this.indexesOn.set(table, list);
    };
    const plain = { partial: false, expressions: false, deferrable: false };
    if (op.kind === 'create-index') {
      index(op.table, { name: op.name, unique: op.unique, columns: op.columns, constraint: false, deferrable: false, partial: op.partial === true, expressions: op.expressions === true });
    } else if (op.kind === 'add-constraint' && (op.constraint === 'unique' || op.constraint === 'primary-key')) {
      index(op.table, { ...plain, name: op.name, unique: true, columns: op.columns, constraint: true, deferrable: op.deferrable === true });
    } else if (op.kind === 'create-table') {
      for (const c of op.columns) if (c.unique || c.primaryKey) index(op.table, { ...plain, name: null, unique: true, columns: [c.name], constraint: true });
    } else if (op.kind === 'rename-table') {
      const list = this.renamesOf.get(op.table) ?? [];
      list.push({ at, newName: op.newName });
      this.renamesOf.set(op.table, list);
      this.renameCount++;
    } else if (op.kind === 'create-object' && (op.objectKind === 'function' || op.objectKind === 'procedure')) {
      const key = `${op.objectKind}:${op.name}`;
      const list = this.routines.get(key) ?? [];
      list.push({ at, signature: op.signature });
      this.routines.set(key, list);
    }
  }

  /** Indexes created by statement `at` (the rest of it) or later on `table`, or on the names later statements rename it to. */
  indexesCreatedAfter(table: string, at: number, file: number): LaterIndex[] {
    const out: LaterIndex[] = [];
    let name = table;
    let from = at;
    // Each step follows a later rename: at most as many steps as there are renames.
    for (let step = 0; step <= this.renameCount; step++) {
      for (const c of this.indexesOn.get(name) ?? []) {
        if (c.at >= at) out.push({ name: c.name, unique: c.unique, columns: c.columns, constraint: c.constraint, deferrable: c.deferrable, partial: c.partial, expressions: c.expressions, sameFile: c.file === file });
      }
      const next = (this.renamesOf.get(name) ?? []).find((r) => r.at > from);
      if (!next) break;
      name = next.newName;
      from = next.at;
    }
    return out;
  }

  /** The signatures a later statement (after `at`) creates the routine with. */
  routinesCreatedAfter(kind: 'function' | 'procedure', name: string, at: number): (RoutineSignature | undefined)[] {
    return (this.routines.get(`${kind}:${name}`) ?? []).filter((r) => r.at > at).map((r) => r.signature);
  }
}

/**
 * Can a call written for `old` (a dropped routine's argument types) reach `created`? The same
 * types in order, and any further argument has a default. Types compare by their base name
 * (Postgres ignores lengths in signatures).
 */
export function acceptsCallsOf(created: RoutineSignature, old: RoutineSignature): boolean {
  if (created.types.length < old.types.length || created.types.length - old.types.length > created.defaults) return false;
  return old.types.every((t, i) => parseType(t).base === parseType(created.types[i]).base);
}

/**
 * A unique key the history knows. `name` null: known only from a column's `UNIQUE` / `PRIMARY KEY`
 * or an unnamed table constraint (it may be the very index a statement names).
 */
export interface UniqueKey {
  name: string | null;
  columns: string[];
  primaryKey?: boolean;
}

/** The unique keys (unique indexes and constraints, the primary key) the history knows on a table, with their columns. */
export function uniqueKeysOf(catalog: Catalog, table: string): UniqueKey[] {
  return snapshotUniqueKeys(catalog, table).get(table) ?? [];
}

/** Every table's unique keys as the history has them now (or only `only`'s), in one pass over the catalog. */
export function snapshotUniqueKeys(catalog: Catalog, only?: string): Map<string, UniqueKey[]> {
  const out = new Map<string, UniqueKey[]>();
  const add = (table: string, key: UniqueKey): void => {
    if (only !== undefined && table !== only) return;
    const list = out.get(table) ?? [];
    list.push(key);
    out.set(table, list);
  };
  // A partial or expression index keeps other tuples unique than its plain columns: not a key here.
  for (const [name, index] of catalog.indexes) if (index.unique && !index.inexact && index.columns && index.columns.length > 0) add(index.table, { name, columns: index.columns });
  const declared = only === undefined ? catalog.declared : new Map([[only, catalog.declared.get(only) ?? []]]);
  for (const [table, list] of declared) {
    for (const d of list) if ((d.constraint === 'unique' || d.constraint === 'primary-key') && d.columns.length > 0) add(table, { name: d.name, columns: d.columns, primaryKey: d.constraint === 'primary-key' });
  }
  // Asked of the catalog (not by reading every table's columns): a cached catalog answers for the tables the PR never touched without decoding them.
  for (const [table, keys] of catalog.keyColumns(only)) for (const k of keys) add(table, { name: null, columns: [k.name], primaryKey: k.primaryKey });
  return out;
}

/** Every table's foreign keys as the history has them now: added ones and those CREATE TABLE declared. */
export function snapshotForeignKeys(catalog: Catalog): Map<string, ForeignKeyInfo[]> {
  const out = new Map<string, ForeignKeyInfo[]>();
  for (const [table, keys] of catalog.foreignKeys) out.set(table, keys.map((k) => ({ ...k })));
  for (const [table, declared] of catalog.declared) {
    for (const d of declared) {
      if (d.constraint !== 'foreign-key') continue;
      const list = out.get(table) ?? [];
      list.push({ name: d.name, columns: [...d.columns], references: d.detail, ...(d.actions ? { actions: d.actions } : {}) });
      out.set(table, list);
    }
  }
  return out;
}

/**
 * Whether a CHECK whose expression is `after` accepts every row one whose expression is `before`
 * accepted: each top-level `OR` branch of `before` is a branch of `after` (openstatus' drizzle
 * rebuild re-creates `page_subscriber_channel_check` with a `slack` branch added). A row that made
 * `before` true or unknown makes a branch of `after` so, and a CHECK passes on either. Branches are
 * compared as written, a column's table qualifier aside (a rebuild names its replacement table
 * there). `before` and `after` are the adapters' expression texts: sqlparser-rs's syntax tree as
 * JSON (SQLite tables); anything else is not compared (false).
 */
export function checkAcceptsAll(before: string, after: string): boolean {
  const was = orBranches(before);
  const now = orBranches(after);
  if (was === null || now === null) return false;
  const branches = new Set(now);
  return was.every((b) => branches.has(b));
}

/** The top-level OR branches of a CHECK expression's JSON syntax tree, each as canonical JSON; null when it is not one. */
function orBranches(expression: string): string[] | null {
  let root: unknown;
  try {
    root = JSON.parse(expression);
  } catch {
    return null;
  }
  const out: string[] = [];
  const stack: unknown[] = [root];
  // Iterative: an OR chain is as deep as it is long.
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') return null;
    const n = node as { nested?: unknown; binaryop?: { left?: unknown; op?: unknown; right?: unknown } };
    if (n.nested !== undefined) stack.push(n.nested);
    else if (n.binaryop && n.binaryop.op === 'or') stack.push(n.binaryop.right, n.binaryop.left);
    else {
      try {
        out.push(JSON.stringify(node, unqualified));
      } catch {
        return null;
      }
    }
  }
  return out;
}

/** JSON replacer: `"t"."c"` → `"c"` (the sqlparser-rs AST's CompoundIdentifier, lower-cased). */
function unqualified(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const parts = (value as { compoundidentifier?: unknown }).compoundidentifier;
  return Array.isArray(parts) && parts.length > 0 ? { identifier: parts[parts.length - 1] } : value;
}

/**
 * A control-flow word of a procedure or `DO` block: where it stands between two statements, the
 * second may run where the first did not.
 */
const CONTROL_FLOW = /\b(?:IF|ELSE|ELSIF|ELSEIF|END|WHEN|LOOP|WHILE|REPEAT|EXCEPTION|RETURN|EXIT|CONTINUE|LEAVE|ITERATE|BEGIN|GOTO)\b/i;

/**
 * if-not-exists-branch: `IF NOT EXISTS (SELECT … information_schema.columns …) THEN ALTER TABLE t
 * ADD c …; ALTER TABLE t ALTER c SET DEFAULT NULL; END IF` (dolphinscheduler's upgrade scripts).
 * The ADD under a condition does not prove the column new (model.ts `conditional`), but a plain ADD
 * fails where the column exists: a statement that follows it in straight-line code of the same
 * branch (no control-flow word between them in the file) runs only where the ADD created it. Lines
 * say where both stand, so ops from another file's routine (no line) are never judged so.
 * One per file read; memory bounded by the file (its masked lines, read once, on demand).
 */
export class BranchAdditions {
  /** `table.column` → line of the conditional ADD earlier in the statement being read. */
  private readonly added = new Map<string, number>();
  private lines: string[] | undefined;

  constructor(
    private readonly text: string | null,
    private readonly mask: (text: string) => string,
  ) {}

  /** A new statement: what the previous one added says nothing about it. */
  reset(): void {
    this.added.clear();
  }

  /** After `op` is judged: a conditional ADD of a column the history already has is remembered. */
  observe(op: Operation, catalog: Catalog): void {
    if (op.kind === 'add-column' && op.ifNotExists && op.line !== undefined && catalog.column(op.table, op.column.name)) this.added.set(`${op.table}.${op.column.name}`, op.line);
  }

  /** `table.column` of the column `op` changes when the same branch just added it (new where `op` runs), else null. */
  addedHere(op: Operation): string | null {
    if (this.added.size === 0 || this.text === null || op.line === undefined || !('column' in op) || typeof op.column !== 'string') return null;
    const key = `${op.table}.${op.column}`;
    const from = this.added.get(key);
    if (from === undefined || op.line <= from) return null;
    this.lines ??= this.mask(this.text).split('\n');
    for (let line = from; line <= op.line && line <= this.lines.length; line++) if (CONTROL_FLOW.test(this.lines[line - 1])) return null;
    return key;
  }
}

/** What an old insert writes into a column of a table whose CHECK is judged. */
export type OldInsertValue =
  /** The default of a column the old release does not know: a literal (canonical JSON of the syntax tree's value). */
  | { kind: 'literal'; value: string }
  /** NULL: a new column without a default. */
  | { kind: 'null' }
  /** Anything the old release writes (an old column), never NULL when `notNull`. */
  | { kind: 'any'; notNull: boolean };

/** SQL's three truth values: a CHECK rejects a row only on `false`. */
type Truth = 'true' | 'false' | 'null';
const ANY_TRUTH: ReadonlySet<Truth> = new Set(['true', 'false', 'null']);
/** Deeper expressions are not judged (taken as "may be false"): the walk below is bounded by it. */
const MAX_CHECK_DEPTH = 200;

/**
 * constraint-on-new-columns: whether every insert of the previous release passes a CHECK whose
 * expression is `expression` (sqlparser-rs JSON, SQLite tables). An old insert leaves the columns it
 * does not know at their defaults (`valueOf` says what each column holds), so openstatus'
 * `CHECK ((channel_type = 'email' AND email IS NOT NULL AND webhook_url IS NULL) OR …)` over a new
 * `channel_type DEFAULT 'email'`, a new `webhook_url` and an old `email NOT NULL` passes every one.
 * Each sub-expression's possible truth values are followed (AND, OR, NOT, `=`, `<>`, IS [NOT] NULL,
 * literals); anything else may be false. True only when no combination makes it false.
 */
export function checkPassesOldInserts(expression: string, valueOf: (column: string) => OldInsertValue): boolean {
  let root: unknown;
  try {
    root = JSON.parse(expression);
  } catch {
    return false;
  }
  return !truths(root, valueOf, 0).has('false');
}

function truths(node: unknown, valueOf: (column: string) => OldInsertValue, depth: number): ReadonlySet<Truth> {
  if (depth > MAX_CHECK_DEPTH || node === null || typeof node !== 'object') return ANY_TRUTH;
  const n = node as { nested?: unknown; isnull?: unknown; isnotnull?: unknown; unaryop?: { op?: unknown; expr?: unknown }; binaryop?: { left?: unknown; op?: unknown; right?: unknown } };
  if (n.nested !== undefined) return truths(n.nested, valueOf, depth + 1);
  if (n.isnull !== undefined || n.isnotnull !== undefined) {
    const v = valueAt(n.isnull ?? n.isnotnull, valueOf, depth + 1);
    const isNull: Truth[] = v.kind === 'null' ? ['true'] : v.kind === 'literal' || v.notNull ? ['false'] : ['true', 'false'];
    return new Set(n.isnull !== undefined ? isNull : isNull.map(not));
  }
  if (n.unaryop?.op === 'not') return new Set([...truths(n.unaryop.expr, valueOf, depth + 1)].map(not));
  const b = n.binaryop;
  if (b && (b.op === 'and' || b.op === 'or')) {
    const left = truths(b.left, valueOf, depth + 1);
    const right = truths(b.right, valueOf, depth + 1);
    const out = new Set<Truth>();
    for (const l of left) for (const r of right) out.add(b.op === 'and' ? and(l, r) : not(and(not(l), not(r))));
    return out;
  }
  if (b && (b.op === 'eq' || b.op === 'noteq')) {
    const l = valueAt(b.left, valueOf, depth + 1);
    const r = valueAt(b.right, valueOf, depth + 1);
    let equal: Truth[];
    if (l.kind === 'null' || r.kind === 'null') equal = ['null'];
    else if (l.kind === 'literal' && r.kind === 'literal') equal = [l.value === r.value ? 'true' : 'false'];
    else equal = (l.kind === 'any' && !l.notNull) || (r.kind === 'any' && !r.notNull) ? ['true', 'false', 'null'] : ['true', 'false'];
    return new Set(b.op === 'eq' ? equal : equal.map(not));
  }
  return ANY_TRUTH;
}

/** The value a sub-expression holds in an old insert: a literal, a column, or anything. */
function valueAt(node: unknown, valueOf: (column: string) => OldInsertValue, depth: number): OldInsertValue {
  if (depth > MAX_CHECK_DEPTH || node === null || typeof node !== 'object') return { kind: 'any', notNull: false };
  const n = node as { nested?: unknown; value?: { value?: unknown }; identifier?: { value?: unknown }; compoundidentifier?: { value?: unknown }[] };
  if (n.nested !== undefined) return valueAt(n.nested, valueOf, depth + 1);
  if (n.value !== undefined && typeof n.value === 'object' && n.value !== null && 'value' in n.value) {
    const literal = n.value.value;
    return literal === 'null' ? { kind: 'null' } : { kind: 'literal', value: JSON.stringify(literal) };
  }
  const parts = n.compoundidentifier;
  const name = n.identifier?.value ?? (Array.isArray(parts) && parts.length > 0 ? parts[parts.length - 1]?.value : undefined);
  return typeof name === 'string' ? valueOf(name) : { kind: 'any', notNull: false };
}

/** The literal a default's expression (as `checkPassesOldInserts` reads it) is, or null when it is not one. */
export function literalDefault(expression: string): OldInsertValue | null {
  try {
    const v = valueAt(JSON.parse(expression), () => ({ kind: 'any', notNull: false }), 0);
    return v.kind === 'any' ? null : v;
  } catch {
    return null;
  }
}

function not(t: Truth): Truth {
  return t === 'true' ? 'false' : t === 'false' ? 'true' : 'null';
}

function and(a: Truth, b: Truth): Truth {
  return a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'null';
}
