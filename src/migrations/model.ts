/**
 * The normalized statement model that every SQL parser adapter produces and every migration rule
 * reads. No rule knows which parser ran. Names are normalized: unquoted identifiers lower-cased,
 * a `public.` (Postgres) schema prefix dropped, other schemas kept as `schema.table`.
 */
import type { Dialect } from '../config/types.js';

export interface ColumnInfo {
  name: string;
  /** Normalized type text, e.g. `varchar(100)`, `integer`, `text`; null when unknown. */
  type: string | null;
  notNull: boolean;
  hasDefault: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  /** Values of an inline ENUM column type (MySQL `ENUM('a','b')`). */
  enumValues?: string[];
  /** 1-based line of the column's definition, when the adapter knows it (SQLite rebuilds report there). */
  line?: number;
  /** The default's expression as the adapter's syntax tree text (sqlparser-rs JSON, as a CHECK's `detail`), when the adapter gives it (SQLite tables). */
  defaultExpr?: string;
  /** A generated column (`GENERATED ALWAYS AS (expr) STORED`): its values are computed, never written. */
  generated?: boolean;
  /**
   * Set by the history: an `IF NOT EXISTS` definition with a default was skipped over this column
   * without one (a schema dump read first, then upgrade scripts): databases that took the other
   * path have that default.
   */
  defaultOnSomePaths?: boolean;
  /**
   * The database draws the column's values from a sequence when an insert leaves it out: Postgres
   * `serial` types and `GENERATED … AS IDENTITY`, MySQL `AUTO_INCREMENT`. Cleared with its default.
   */
  sequenceFilled?: boolean;
}

/** Postgres `serial` types (`serial`, `bigserial`, `serial4`…): the column takes its values from its own sequence. */
export function isSerialType(type: string | null | undefined): boolean {
  return /^(small|big)?serial[248]?$/i.test(type ?? '');
}

/**
 * A constraint written inside `CREATE TABLE` (on a column or for the table) or `ADD COLUMN`. SQLite
 * cannot add one to an existing table, so a table rebuild is compared with the old table's list.
 */
export interface DeclaredConstraint {
  constraint: ConstraintKind;
  name: string | null;
  columns: string[];
  /** What it enforces beyond its columns: the referenced table of a foreign key, the expression of a CHECK. */
  detail: string;
  /** The values of a `CHECK (column IN ('a', 'b'))`, SQLite's stand-in for an ENUM. */
  values?: string[];
  /** A foreign key's `ON DELETE` / `ON UPDATE` actions, when the adapter reads them. */
  actions?: ForeignKeyActions;
  line?: number;
}

export type ConstraintKind = 'unique' | 'primary-key' | 'check' | 'foreign-key' | 'not-null' | 'exclusion';

/** Objects other than tables and columns that a migration can drop or rename. */
export type ObjectKind =
  | 'view'
  | 'materialized view'
  | 'function'
  | 'procedure'
  | 'trigger'
  | 'sequence'
  | 'type'
  | 'domain'
  | 'schema'
  | 'constraint'
  | 'index'
  | 'policy'
  | 'role';

/** One thing a statement does. An `ALTER TABLE` with three actions is three operations. */
export type Operation = OperationBody & {
  /** 1-based line of the sub-command when more precise than the statement's line. */
  line?: number;
};

export type OperationBody =
  /**
   * `ifNotExists`: the table may already exist, so it is not known to be new. `indexes`: the named
   * indexes its definition creates (MySQL `KEY i (…)`, `UNIQUE KEY u (…)`), when the adapter lists them.
   */
  | { kind: 'create-table'; table: string; columns: ColumnInfo[]; ifNotExists?: boolean; constraints?: DeclaredConstraint[]; indexes?: { name: string; unique: boolean; columns?: string[] }[] }
  | { kind: 'drop-table'; table: string }
  | { kind: 'rename-table'; table: string; newName: string }
  | { kind: 'add-column'; table: string; column: ColumnInfo; ifNotExists?: boolean; constraints?: DeclaredConstraint[] }
  /** `ifExists`: `DROP COLUMN IF EXISTS` (a no-op where the history shows the column already gone). */
  | { kind: 'drop-column'; table: string; column: string; ifExists?: boolean }
  | { kind: 'rename-column'; table: string; column: string; newName: string }
  /** `ALTER COLUMN … TYPE`; `oldType` is filled from the schema history when known. */
  | { kind: 'alter-column-type'; table: string; column: string; oldType: string | null; newType: string | null }
  /**
   * A full column redefinition (MySQL `MODIFY`/`CHANGE`, SQLite table rebuilds): the analysis
   * compares it with the known column and turns it into rename/type/not-null/default/enum operations.
   */
  | { kind: 'redefine-column'; table: string; column: string; def: ColumnInfo }
  | { kind: 'set-not-null'; table: string; column: string }
  | { kind: 'drop-not-null'; table: string; column: string }
  | { kind: 'drop-default'; table: string; column: string }
  | { kind: 'set-default'; table: string; column: string }
  | {
      kind: 'add-constraint';
      table: string;
      constraint: ConstraintKind;
      name: string | null;
      columns: string[];
      /** `NOT VALID`: existing rows are not checked, new writes still are. */
      notValid: boolean;
      /** `ADD … USING INDEX i`: the constraint adopts an existing index. */
      usingIndex?: string;
      /** `DEFERRABLE`: checked at commit, and no `ON CONFLICT` can use it as its arbiter. */
      deferrable?: boolean;
      /** The table a foreign key references, when the adapter reads it. */
      references?: string;
      /** A foreign key's `ON DELETE` / `ON UPDATE` actions (`no action` when not written), when the adapter reads them. */
      actions?: ForeignKeyActions;
    }
  /** `constraint`: its kind, when the statement says it (MySQL `DROP PRIMARY KEY`). */
  | { kind: 'drop-constraint'; table: string; name: string; constraint?: ConstraintKind }
  /**
   * `ifNotExists`: an index of that name the history has stays as it was. `columns` lists the plain
   * columns only: `expressions` says some elements are expressions (`lower(email)`), `partial` that
   * a `WHERE` limits it to some rows; either way its columns do not describe what it keeps unique.
   */
  | { kind: 'create-index'; table: string; name: string | null; unique: boolean; concurrently: boolean; columns: string[]; ifNotExists?: boolean; partial?: boolean; expressions?: boolean }
  /** `ifExists`: `DROP INDEX IF EXISTS` (a no-op where the history shows the index already gone). */
  | { kind: 'drop-index'; name: string; table: string | null; ifExists?: boolean }
  | { kind: 'update'; table: string; columns: string[] }
  /**
   * `INSERT INTO table (…) SELECT … FROM source`: the source column copied into each column (null: an expression).
   * `byPosition`: no column list (`INSERT INTO t SELECT …`), so the names are empty and the SELECT's items fill
   * the table's columns in order; `allColumns`: `SELECT *` too (every column of the source, in order; `columns` empty).
   */
  | { kind: 'copy-rows'; table: string; source: string; columns: { name: string; from: string | null }[]; byPosition?: true; allColumns?: true }
  | { kind: 'delete'; table: string }
  | { kind: 'truncate'; table: string }
  | { kind: 'create-enum'; type: string; values: string[] }
  | { kind: 'add-enum-value'; type: string; value: string }
  | { kind: 'rename-enum-value'; type: string; oldValue: string; newValue: string }
  /** An inline ENUM column lost (`removed`) or gained (`added`) values; derived from redefine-column. */
  | { kind: 'enum-column-change'; table: string; column: string; removed: string[]; added: string[] }
  /**
   * `table`: the table a trigger belongs to, when the adapter reads it (SQLite drops it with the table).
   * `signature`: a function's or procedure's input argument types, when the statement names them.
   * `feeds`: the table a ClickHouse materialized view writes into (`CREATE MATERIALIZED VIEW mv TO t`).
   * `trigger`: what a Postgres trigger does (its table is there, not in `table`: the catalog keeps Postgres triggers by name).
   */
  | { kind: 'create-object'; objectKind: ObjectKind; name: string; table?: string; signature?: RoutineSignature; feeds?: string; trigger?: TriggerShape }
  | { kind: 'drop-object'; objectKind: ObjectKind; name: string; table?: string; signature?: RoutineSignature }
  | { kind: 'rename-object'; objectKind: ObjectKind; name: string; newName: string; table?: string }
  | { kind: 'drop-schema'; name: string; database: boolean }
  | { kind: 'revoke'; privileges: string; on: string; from: string; tables: string[] }
  /** Anything the adapter understood and no rule needs (SELECT, CREATE INDEX on a new table, …). */
  | { kind: 'other'; what: string };

/**
 * The input arguments of a function or procedure (Postgres identifies a routine by its name and
 * these types): normalized type names, and how many trailing ones have a default (so a call with
 * fewer arguments still resolves).
 */
/**
 * What a Postgres trigger does (triggers.ts): its table, timing, events (`UPDATE OF` columns), level,
 * `WHEN` condition (a canonical parse tree) and the function it executes with its arguments.
 */
export interface TriggerShape {
  table: string;
  timing: 'BEFORE' | 'AFTER' | 'INSTEAD OF';
  events: string[];
  columns: string[];
  row: boolean;
  when: string | null;
  call: string;
  constraint?: true;
}

export interface RoutineSignature {
  types: string[];
  defaults: number;
}

export type ForeignKeyAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ForeignKeyActions {
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
}

export type OperationKind = OperationBody['kind'];
export type OperationOf<K extends OperationKind> = Extract<OperationBody, { kind: K }> & { line?: number };

export interface Statement {
  /** Source text of the statement (no delimiter). */
  text: string;
  /** String offsets in the file. */
  start: number;
  end: number;
  line: number;
  endLine: number;
  column: number;
  dialect: Dialect;
  /** `parsed`: ops are complete; `unparsed`: no parser read it (ops may come from the keyword fallback). */
  status: 'parsed' | 'unparsed';
  /** Why it was not parsed (parser message), for `unparsed-statement`. */
  error?: string;
  /**
   * SQL the statement runs that its own text does not show and no parser read (a prepared
   * string that `EXECUTE` runs, a statement of a `CALL`ed procedure), for `unparsed-statement`.
   */
  opaqueText?: string;
  ops: Operation[];
}

/**
 * An operation of a statement that runs only under a condition (inside an `IF`, a `CASE` or a loop of
 * a procedure or `DO` block): a table or column it creates may have existed already (`IF NOT EXISTS
 * (SELECT … information_schema.columns …) THEN ADD COLUMN … ELSE MODIFY …`), so, like `IF NOT
 * EXISTS`, it does not prove the object new.
 */
export function conditional(op: Operation): Operation {
  return op.kind === 'create-table' || op.kind === 'add-column' ? { ...op, ifNotExists: true } : op;
}

/** `"Public"."Users"` → `Users`, `public.users` → `users`, `Audit.Log` → `audit.log`. */
export function normalizeName(parts: string[], quoted: boolean[] = []): string {
  const normalized = parts.map((p, i) => (quoted[i] ? p : p.toLowerCase()));
  if (normalized.length > 1 && normalized[0] === 'public') normalized.shift();
  return normalized.join('.');
}

/** Normalize one identifier as written in SQL text (`"Users"`, `` `users` ``, `[users]`, `Users`). */
export function normalizeIdent(raw: string): string {
  const parts: string[] = [];
  const quoted: boolean[] = [];
  const re = /"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|([^."`[\s]+)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[1] !== undefined) { parts.push(m[1].replace(/""/g, '"')); quoted.push(true); }
    else if (m[2] !== undefined) { parts.push(m[2].replace(/``/g, '`')); quoted.push(false); }
    else if (m[3] !== undefined) { parts.push(m[3]); quoted.push(false); }
    else { parts.push(m[4]); quoted.push(false); }
  }
  return normalizeName(parts, quoted);
}
