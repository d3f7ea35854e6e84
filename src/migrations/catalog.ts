/**
 * A best-effort in-memory catalog: what the schema looks like after a list of migrations.
 * Replayed from the base commit's migrations so the rules know what existed before the PR
 * (column types, enum values, unique indexes). An operation it cannot apply is skipped.
 *
 * Indexes, constraints, triggers and foreign keys are also indexed by their table, so renaming a
 * table costs what that table has, not what the catalog holds (2,000 renames over 20,000 tables
 * scanned every index, constraint and trigger 2,000 times: issue 19).
 */
import type { ColumnInfo, ConstraintKind, DeclaredConstraint, ForeignKeyActions, ObjectKind, Operation } from './model.js';

export interface IndexInfo {
  table: string;
  unique: boolean;
  /** Its columns, when known. */
  columns?: string[];
  /** Limited by a `WHERE`, or with expression elements: its columns do not say what it keeps unique. */
  inexact?: boolean;
}

export interface ForeignKeyInfo {
  name: string | null;
  columns: string[];
  /** The referenced table, when the adapter reads it. */
  references?: string;
  actions?: ForeignKeyActions;
}

/** A catalog as plain JSON (`Catalog.toState`). */
export interface CatalogState {
  tables: [string, [string, ColumnInfo][]][];
  enums: [string, string[]][];
  droppedIndexes: [string, IndexInfo][];
  /** Absent from caches written before it was kept (read as none). */
  droppedColumns?: string[];
  objects: string[];
  indexes: [string, IndexInfo][];
  constraints: [string, ConstraintKind][];
  triggers: [string, string][];
  declared: [string, DeclaredConstraint[]][];
  indexesOn: [string, string[]][];
  constraintsOn: [string, string[]][];
  triggersOn: [string, string[]][];
  foreignKeysTo: [string, [string, number][]][];
  foreignKeys: [string, ForeignKeyInfo[]][];
}

/** A column that is a key by itself (`unique` or `primaryKey`): what `snapshotUniqueKeys` asks of every table. */
export interface KeyColumn {
  name: string;
  primaryKey: boolean;
}

/** Marks a table of a `LazyTables` not decoded yet (its value in the map until first asked). */
const PENDING = new Map<string, ColumnInfo>();

/**
 * The tables of a catalog read from the replay cache: every table's name is known (in the
 * catalog's order), its columns are decoded when the table is first asked (`get`, or any
 * iteration over values or entries, which decodes as it goes). A 20,000-migration history leaves
 * 2,000 tables of 26,000 columns; a PR touches a few. `has`, `keys` and `size` decode nothing.
 * What the cache kept besides each table (`keys`) answers `Catalog.keyColumns` for the tables
 * never decoded (none of them can have changed: every change goes through `get`).
 */
export class LazyTables extends Map<string, Map<string, ColumnInfo>> {
  private readonly pending = new Map<string, { decode: () => Map<string, ColumnInfo>; keys: KeyColumn[] }>();

  /** `tables`: each table's name, its decoder, and its key columns (in column order), in the catalog's order. */
  constructor(tables: Iterable<[string, () => Map<string, ColumnInfo>, KeyColumn[]]>) {
    super();
    for (const [name, decode, keys] of tables) {
      super.set(name, PENDING);
      this.pending.set(name, { decode, keys });
    }
  }

  override get(table: string): Map<string, ColumnInfo> | undefined {
    const value = super.get(table);
    if (value !== PENDING) return value;
    const columns = this.pending.get(table)!.decode();
    this.pending.delete(table);
    super.set(table, columns);
    return columns;
  }

  override set(table: string, columns: Map<string, ColumnInfo>): this {
    this.pending.delete(table);
    return super.set(table, columns);
  }

  override delete(table: string): boolean {
    this.pending.delete(table);
    return super.delete(table);
  }

  override clear(): void {
    this.pending.clear();
    super.clear();
  }

  /** The key columns of `table` when it was never decoded (undefined: ask its columns). */
  pendingKeys(table: string): KeyColumn[] | undefined {
    return this.pending.get(table)?.keys;
  }

  override *entries(): MapIterator<[string, Map<string, ColumnInfo>]> {
    for (const table of super.keys()) yield [table, this.get(table)!];
  }

  override *values(): MapIterator<Map<string, ColumnInfo>> {
    for (const table of super.keys()) yield this.get(table)!;
  }

  override [Symbol.iterator](): MapIterator<[string, Map<string, ColumnInfo>]> {
    return this.entries();
  }

  override forEach(each: (columns: Map<string, ColumnInfo>, table: string, map: Map<string, Map<string, ColumnInfo>>) => void, thisArg?: unknown): void {
    for (const [table, columns] of this.entries()) each.call(thisArg, columns, table, this);
  }
}

/**
 * A by-table map of name sets read from the replay cache (`Catalog.fromState`'s `indexesOn` and
 * `constraintsOn`): each table's list is made a set when first asked (`get`, or any iteration over
 * values or entries, as it goes). A 20,000-migration history leaves 2,000 tables, so 4,000 sets of
 * which a PR asks a few; made up front they cost ~10 ms sampled of the warm run's index read.
 */
export class SetsOnUse<T> extends Map<string, Set<T>> {
  /** `entries`: each table's list (kept as the table's value, an array, until first asked). */
  constructor(entries: Iterable<[string, T[]]>) {
    super();
    for (const [key, list] of entries) super.set(key, list as unknown as Set<T>);
  }

  override get(key: string): Set<T> | undefined {
    const value = super.get(key) as Set<T> | T[] | undefined;
    if (!Array.isArray(value)) return value;
    const set = new Set(value);
    super.set(key, set);
    return set;
  }

  override *entries(): MapIterator<[string, Set<T>]> {
    for (const key of super.keys()) yield [key, this.get(key)!];
  }

  override *values(): MapIterator<Set<T>> {
    for (const key of super.keys()) yield this.get(key)!;
  }

  override [Symbol.iterator](): MapIterator<[string, Set<T>]> {
    return this.entries();
  }

  override forEach(each: (value: Set<T>, key: string, map: Map<string, Set<T>>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) each.call(thisArg, value, key, this);
  }
}

export class Catalog {
  /** Table → its columns; a catalog from the replay cache decodes each table on first use (`LazyTables`). */
  readonly tables: Map<string, Map<string, ColumnInfo>>;
  readonly enums = new Map<string, string[]>();
  /** Indexes dropped since the history knew them, until created again (`DROP INDEX ix; CREATE UNIQUE INDEX ix …`). */
  readonly droppedIndexes = new Map<string, IndexInfo>();
  /**
   * `table.column` of the columns the history dropped and did not add again: what a later
   * `DROP COLUMN IF EXISTS` finds gone (kestra's squashed baseline replays old drops idempotently).
   */
  readonly droppedColumns = new Set<string>();
  readonly objects = new Set<string>();
  private readonly indexByName = new Map<string, IndexInfo>();
  private readonly constraintByKey = new Map<string, ConstraintKind>();
  private readonly triggerTable = new Map<string, string>();
  private readonly declaredByTable = new Map<string, DeclaredConstraint[]>();
  /** Table → names of its indexes (those in `indexes`). */
  private indexesOn = new Map<string, Set<string>>();
  /** Table → names of its constraints (keys `table.name` of `constraints`). */
  private constraintsOn = new Map<string, Set<string>>();
  /** Table → its triggers (those in `triggerTables`). */
  private readonly triggersOn = new Map<string, Set<string>>();
  /** Table → the declared foreign keys (in `declared`) that reference it. */
  private readonly foreignKeysTo = new Map<string, Set<DeclaredConstraint>>();
  /** Name → table of the declared unique and primary keys that have one (a `DROP INDEX` names no table). */
  private readonly declaredKeyTable = new Map<string, string>();

  constructor(tables: Map<string, Map<string, ColumnInfo>> = new Map()) {
    this.tables = tables;
  }

  /**
   * Per table (all of them, or `only`), in the catalog's order, its columns that are unique or a
   * primary key by themselves, in column order; tables with none left out. A table of a cached
   * catalog that was never asked for is answered from what the cache kept, without decoding it.
   */
  keyColumns(only?: string): [string, KeyColumn[]][] {
    const out: [string, KeyColumn[]][] = [];
    const lazy = this.tables instanceof LazyTables ? this.tables : undefined;
    for (const table of only === undefined ? this.tables.keys() : this.tables.has(only) ? [only] : []) {
      let keys = lazy?.pendingKeys(table);
      if (keys === undefined) {
        keys = [];
        for (const c of this.tables.get(table)!.values()) if (c.unique || c.primaryKey) keys.push({ name: c.name, primaryKey: c.primaryKey === true });
      }
      if (keys.length > 0) out.push([table, keys]);
    }
    return out;
  }

  /** Index name → its table, uniqueness, columns. */
  get indexes(): ReadonlyMap<string, IndexInfo> {
    return this.indexByName;
  }

  /** The indexes of `table` the history knows, with what it knows of each. */
  indexesOf(table: string): [string, IndexInfo][] {
    const out: [string, IndexInfo][] = [];
    for (const name of this.indexesOn.get(table) ?? []) {
      const index = this.indexByName.get(name);
      if (index) out.push([name, index]);
    }
    return out;
  }

  /** `table.constraint` → kind. */
  get constraints(): ReadonlyMap<string, ConstraintKind> {
    return this.constraintByKey;
  }

  /** Trigger → its table, when the adapter says. */
  get triggerTables(): ReadonlyMap<string, string> {
    return this.triggerTable;
  }

  /** Per table, the constraints its CREATE TABLE and ADD COLUMNs declared (when the adapter lists them). */
  get declared(): ReadonlyMap<string, DeclaredConstraint[]> {
    return this.declaredByTable;
  }
  /** Per table, the foreign keys added by `ADD CONSTRAINT … FOREIGN KEY` or a CREATE TABLE the adapter split into those. */
  readonly foreignKeys = new Map<string, ForeignKeyInfo[]>();

  /**
   * Everything the catalog holds, in its maps' order, as plain JSON: the replay cache's payload
   * (`replay-cache.ts`). The by-table indexes are kept too (their order is the order findings
   * come in); a foreign key indexed by the table it references is named by its place in
   * `declared`, so `fromState` restores the sharing `rename-table` relies on.
   */
  toState(): CatalogState {
    const declaredAt = new Map<DeclaredConstraint, [string, number]>();
    for (const [table, list] of this.declaredByTable) list.forEach((c, i) => declaredAt.set(c, [table, i]));
    const lists = (m: Map<string, Set<string>>): [string, string[]][] => [...m].map(([k, v]) => [k, [...v]]);
    return {
      tables: [...this.tables].map(([t, cols]) => [t, [...cols]]),
      enums: [...this.enums],
      droppedIndexes: [...this.droppedIndexes],
      droppedColumns: [...this.droppedColumns],
      objects: [...this.objects],
      indexes: [...this.indexByName],
      constraints: [...this.constraintByKey],
      triggers: [...this.triggerTable],
      declared: [...this.declaredByTable],
      indexesOn: lists(this.indexesOn),
      constraintsOn: lists(this.constraintsOn),
      triggersOn: lists(this.triggersOn),
      // A member that is no longer in `declared` (its table dropped) is never reached again: left out.
      foreignKeysTo: [...this.foreignKeysTo].map(([t, set]) => [t, [...set].flatMap((c) => (declaredAt.has(c) ? [declaredAt.get(c) as [string, number]] : []))]),
      foreignKeys: [...this.foreignKeys],
    };
  }

  /**
   * The catalog `toState` describes (throws on a state of the wrong shape: the cache then replays).
   * `tables`: the tables already (a `LazyTables`), in place of `state.tables`.
   */
  static fromState(state: CatalogState, tables?: Map<string, Map<string, ColumnInfo>>): Catalog {
    const c = new Catalog(tables);
    if (!tables) for (const [t, cols] of state.tables) c.tables.set(t, new Map(cols));
    for (const [k, v] of state.enums) c.enums.set(k, v);
    for (const [k, v] of state.droppedIndexes) c.droppedIndexes.set(k, v);
    for (const k of state.droppedColumns ?? []) c.droppedColumns.add(k);
    for (const o of state.objects) c.objects.add(o);
    for (const [k, v] of state.indexes) c.indexByName.set(k, v);
    for (const [k, v] of state.constraints) c.constraintByKey.set(k, v);
    for (const [k, v] of state.triggers) c.triggerTable.set(k, v);
    for (const [k, v] of state.declared) {
      c.declaredByTable.set(k, v);
      for (const d of v) c.indexDeclaredKey(k, d);
    }
    // Each table's set made when first asked (`SetsOnUse`): a cached 2,000-table catalog, a PR touching a few.
    c.indexesOn = new SetsOnUse(state.indexesOn);
    c.constraintsOn = new SetsOnUse(state.constraintsOn);
    for (const [k, v] of state.triggersOn) c.triggersOn.set(k, new Set(v));
    for (const [k, refs] of state.foreignKeysTo) {
      c.foreignKeysTo.set(k, new Set(refs.map(([table, i]) => {
        const member = c.declaredByTable.get(table)?.[i];
        if (!member) throw new Error('replay cache: a foreign key refers to no declared constraint');
        return member;
      })));
    }
    for (const [k, v] of state.foreignKeys) c.foreignKeys.set(k, v);
    return c;
  }

  column(table: string, column: string): ColumnInfo | undefined {
    return this.tables.get(table)?.get(column);
  }

  hasObject(kind: ObjectKind, name: string): boolean {
    return this.objects.has(`${kind}:${name}`);
  }

  /**
   * Changes columns of `op.table` only (and `op.newName` of `rename-table`), except a type's
   * `rename-object`, which rewrites every table's: base-columns.ts copies base's columns by that
   * rule (keep it in step when an operation comes to change another table's columns).
   */
  apply(op: Operation): void {
    switch (op.kind) {
      case 'create-table': {
        // `CREATE TABLE IF NOT EXISTS` over a table the history has does nothing, in every dialect.
        if (op.ifNotExists && this.tables.has(op.table)) {
          for (const c of op.columns) this.markSkippedDefault(op.table, c);
          break;
        }
        const cols = new Map<string, ColumnInfo>();
        for (const c of op.columns) cols.set(c.name, { ...c });
        this.tables.set(op.table, cols);
        for (const c of op.columns) this.droppedColumns.delete(`${op.table}.${c.name}`);
        for (const c of op.columns) {
          if (c.unique || c.primaryKey) this.setIndex(`${op.table}_${c.name}_key`, { table: op.table, unique: true });
        }
        for (const index of op.indexes ?? []) this.setIndex(index.name, { table: op.table, unique: index.unique, ...(index.columns ? { columns: index.columns } : {}) });
        this.setDeclared(op.table, op.constraints?.map((c) => ({ ...c })));
        break;
      }
      case 'drop-table':
        this.tables.delete(op.table);
        this.setDeclared(op.table, undefined);
        this.foreignKeys.delete(op.table);
        break;
      case 'rename-table': {
        const cols = this.tables.get(op.table);
        if (cols) {
          this.tables.delete(op.table);
          this.tables.set(op.newName, cols);
          const declared = this.declaredByTable.get(op.table);
          this.setDeclared(op.table, undefined);
          this.setDeclared(op.newName, declared);
          const foreignKeys = this.foreignKeys.get(op.table);
          this.foreignKeys.delete(op.table);
          if (foreignKeys) this.foreignKeys.set(op.newName, foreignKeys);
          this.renameIn(this.indexesOn, op.table, op.newName, (name) => {
            const index = this.indexByName.get(name);
            if (index) index.table = op.newName;
          });
          // Constraints keep their names and move with the table.
          this.renameIn(this.constraintsOn, op.table, op.newName, (name) => {
            const kind = this.constraintByKey.get(`${op.table}.${name}`);
            this.constraintByKey.delete(`${op.table}.${name}`);
            if (kind) this.constraintByKey.set(`${op.newName}.${name}`, kind);
          });
          this.renameIn(this.triggersOn, op.table, op.newName, (trigger) => this.triggerTable.set(trigger, op.newName));
          // SQLite points the foreign keys of every table at the new name.
          this.renameIn(this.foreignKeysTo, op.table, op.newName, (c) => (c.detail = op.newName));
        }
        break;
      }
      case 'add-column':
        // `ADD COLUMN IF NOT EXISTS` (or one under a condition) of a column the history has does nothing.
        if (op.ifNotExists && this.column(op.table, op.column.name)) {
          this.markSkippedDefault(op.table, op.column);
          break;
        }
        this.tables.get(op.table)?.set(op.column.name, { ...op.column });
        this.droppedColumns.delete(`${op.table}.${op.column.name}`);
        // Constraints the adapter did not list leave the table's list unknown.
        if (op.constraints) {
          const list = this.declaredByTable.get(op.table);
          if (list) {
            for (const c of op.constraints) {
              const copy = { ...c };
              list.push(copy);
              this.indexForeignKey(copy);
              this.indexDeclaredKey(op.table, copy);
            }
          }
        } else {
          this.setDeclared(op.table, undefined);
        }
        break;
      case 'drop-column': {
        if (this.tables.get(op.table)?.delete(op.column)) this.droppedColumns.add(`${op.table}.${op.column}`);
        // A foreign key over the column goes with it.
        const foreignKeys = this.foreignKeys.get(op.table);
        if (foreignKeys) this.foreignKeys.set(op.table, foreignKeys.filter((k) => !k.columns.includes(op.column)));
        break;
      }
      case 'rename-column': {
        const cols = this.tables.get(op.table);
        const col = cols?.get(op.column);
        if (cols && col) {
          cols.delete(op.column);
          cols.set(op.newName, { ...col, name: op.newName });
          this.droppedColumns.delete(`${op.table}.${op.newName}`);
        }
        for (const c of this.declared.get(op.table) ?? []) c.columns = c.columns.map((n) => (n === op.column ? op.newName : n));
        // The table's indexes keep indexing the column under its new name.
        for (const name of this.indexesOn.get(op.table) ?? []) {
          const index = this.indexByName.get(name);
          if (index?.columns?.includes(op.column)) index.columns = index.columns.map((n) => (n === op.column ? op.newName : n));
        }
        break;
      }
      case 'alter-column-type': {
        const col = this.column(op.table, op.column);
        if (col) col.type = op.newType;
        break;
      }
      case 'redefine-column': {
        const cols = this.tables.get(op.table);
        if (cols) {
          cols.delete(op.column);
          cols.set(op.def.name, { ...op.def });
          this.droppedColumns.delete(`${op.table}.${op.def.name}`);
        }
        break;
      }
      case 'set-not-null': {
        const col = this.column(op.table, op.column);
        if (col) col.notNull = true;
        break;
      }
      case 'drop-not-null': {
        const col = this.column(op.table, op.column);
        if (col) col.notNull = false;
        break;
      }
      case 'drop-default': {
        const col = this.column(op.table, op.column);
        if (col) {
          col.hasDefault = false;
          delete col.defaultOnSomePaths;
          delete col.sequenceFilled;
        }
        break;
      }
      case 'set-default': {
        const col = this.column(op.table, op.column);
        if (col) col.hasDefault = true;
        break;
      }
      case 'add-constraint':
        if (op.name) this.setConstraint(op.table, op.name, op.constraint);
        if (op.name && (op.constraint === 'unique' || op.constraint === 'primary-key')) {
          this.setIndex(op.name, { table: op.table, unique: true, columns: op.columns });
        }
        if (op.constraint === 'foreign-key') {
          const list = this.foreignKeys.get(op.table) ?? [];
          list.push({ name: op.name, columns: op.columns, ...(op.references ? { references: op.references } : {}), ...(op.actions ? { actions: op.actions } : {}) });
          this.foreignKeys.set(op.table, list);
        }
        break;
      case 'drop-constraint': {
        this.setConstraint(op.table, op.name, undefined);
        this.forgetDeclared(op.table, op.name, false);
        // A unique or primary key constraint takes its index with it.
        const index = this.indexByName.get(op.name);
        if (index?.table === op.table) {
          this.droppedIndexes.set(op.name, index);
          this.setIndex(op.name, undefined);
        }
        const foreignKeys = this.foreignKeys.get(op.table);
        if (foreignKeys) this.foreignKeys.set(op.table, foreignKeys.filter((k) => k.name !== op.name));
        break;
      }
      case 'create-index':
        // `CREATE [UNIQUE] INDEX IF NOT EXISTS ix` over the history's ix leaves it unique or not, as it was.
        if (op.ifNotExists && op.name && this.indexByName.has(op.name)) break;
        if (op.name) this.setIndex(op.name, { table: op.table, unique: op.unique, columns: op.columns, ...(op.partial || op.expressions ? { inexact: true } : {}) });
        if (op.name) this.droppedIndexes.delete(op.name);
        break;
      case 'drop-index': {
        // A unique or primary key its table declared goes too (Cockroach drops one by its index name).
        const declaredOn = op.table ?? this.declaredKeyTable.get(op.name);
        if (declaredOn !== undefined) this.forgetDeclared(declaredOn, op.name, true);
        const known = this.indexByName.get(op.name);
        if (known) this.droppedIndexes.set(op.name, known);
        // `DROP INDEX IF EXISTS x` of one the history never knew: x is gone on every database that
        // ran it all the same (kestra's squashed baseline drops `queues_offset` again, as V22 did).
        else if (op.ifExists && !this.droppedIndexes.has(op.name)) this.droppedIndexes.set(op.name, { table: op.table ?? '', unique: false });
        this.setIndex(op.name, undefined);
        break;
      }
      case 'create-enum':
        this.enums.set(op.type, [...op.values]);
        break;
      case 'add-enum-value':
        this.enums.get(op.type)?.push(op.value);
        break;
      case 'rename-enum-value': {
        const values = this.enums.get(op.type);
        if (values) this.enums.set(op.type, values.map((v) => (v === op.oldValue ? op.newValue : v)));
        break;
      }
      case 'create-object':
        this.objects.add(`${op.objectKind}:${op.name}`);
        if (op.objectKind === 'trigger' && op.table !== undefined) this.setTrigger(op.name, op.table);
        break;
      case 'drop-object':
        this.objects.delete(`${op.objectKind}:${op.name}`);
        if (op.objectKind === 'trigger') this.setTrigger(op.name, undefined);
        if (op.objectKind === 'type') this.enums.delete(op.name);
        break;
      case 'rename-object':
        if (this.objects.delete(`${op.objectKind}:${op.name}`)) this.objects.add(`${op.objectKind}:${op.newName}`);
        // A unique (or primary key) constraint and its index share a name: renaming one renames both.
        if (op.objectKind === 'index' || op.objectKind === 'constraint') {
          const declaredOn = this.declaredKeyTable.get(op.name);
          const key = declaredOn === undefined || (op.table !== undefined && op.table !== declaredOn) ? undefined : this.declaredByTable.get(declaredOn)?.find((d) => d.name === op.name && isKey(d));
          if (key && declaredOn !== undefined) {
            key.name = op.newName;
            // Another key of the same name on that table (a history that declared it twice) still
            // answers to it, as a catalog read back from the cache would index it (fromState).
            if (!this.declaredByTable.get(declaredOn)?.some((d) => d.name === op.name && isKey(d))) this.declaredKeyTable.delete(op.name);
            this.declaredKeyTable.set(op.newName, declaredOn);
          }
          const index = this.indexByName.get(op.name);
          const table = op.table ?? index?.table;
          const kind = table === undefined ? undefined : this.constraintByKey.get(`${table}.${op.name}`);
          if (index && (op.objectKind === 'index' || index.table === table)) {
            this.setIndex(op.name, undefined);
            this.setIndex(op.newName, index);
          }
          if (table !== undefined && kind) {
            this.setConstraint(table, op.name, undefined);
            this.setConstraint(table, op.newName, kind);
          }
        }
        if (op.objectKind === 'type') {
          const values = this.enums.get(op.name);
          if (values) {
            this.enums.delete(op.name);
            this.enums.set(op.newName, values);
          }
          // Columns refer to a type, not to its name: they follow the rename (the enum swap idiom relies on it).
          for (const columns of this.tables.values()) for (const c of columns.values()) if (c.type === op.name) c.type = op.newName;
        }
        break;
      default:
        break;
    }
  }
  /** An `IF NOT EXISTS` definition skipped over `table`'s column: its default, if the column has none, is on some databases. */
  private markSkippedDefault(table: string, def: ColumnInfo): void {
    const existing = this.column(table, def.name);
    if (existing && def.hasDefault && !existing.hasDefault) existing.defaultOnSomePaths = true;
  }

  /** Sets (or with undefined deletes) an index, keeping `indexesOn` in step. */
  private setIndex(name: string, index: IndexInfo | undefined): void {
    const old = this.indexByName.get(name);
    if (old) this.indexesOn.get(old.table)?.delete(name);
    if (index === undefined) {
      this.indexByName.delete(name);
      return;
    }
    this.indexByName.set(name, index);
    setOf(this.indexesOn, index.table).add(name);
  }

  private setConstraint(table: string, name: string, kind: ConstraintKind | undefined): void {
    const key = `${table}.${name}`;
    if (kind === undefined) {
      this.constraintByKey.delete(key);
      this.constraintsOn.get(table)?.delete(name);
      return;
    }
    this.constraintByKey.set(key, kind);
    setOf(this.constraintsOn, table).add(name);
  }

  private setTrigger(trigger: string, table: string | undefined): void {
    const old = this.triggerTable.get(trigger);
    if (old !== undefined) this.triggersOn.get(old)?.delete(trigger);
    if (table === undefined) {
      this.triggerTable.delete(trigger);
      return;
    }
    this.triggerTable.set(trigger, table);
    setOf(this.triggersOn, table).add(trigger);
  }

  /** Replaces (or with undefined forgets) a table's declared constraints, keeping `foreignKeysTo` in step. */
  private setDeclared(table: string, list: DeclaredConstraint[] | undefined): void {
    for (const c of this.declaredByTable.get(table) ?? []) this.unindexDeclared(table, c);
    if (list === undefined) {
      this.declaredByTable.delete(table);
      return;
    }
    this.declaredByTable.set(table, list);
    for (const c of list) {
      this.indexForeignKey(c);
      this.indexDeclaredKey(table, c);
    }
  }

  /** Drops the constraint named `name` from `table`'s declared ones (with `keysOnly`, a unique or primary key only). */
  private forgetDeclared(table: string, name: string, keysOnly: boolean): void {
    const list = this.declaredByTable.get(table);
    const gone = list?.filter((c) => c.name === name && (!keysOnly || isKey(c)));
    if (!list || !gone || gone.length === 0) return;
    for (const c of gone) this.unindexDeclared(table, c);
    this.declaredByTable.set(table, list.filter((c) => !gone.includes(c)));
  }

  private unindexDeclared(table: string, c: DeclaredConstraint): void {
    if (c.constraint === 'foreign-key') this.foreignKeysTo.get(c.detail)?.delete(c);
    if (c.name !== null && isKey(c) && this.declaredKeyTable.get(c.name) === table) this.declaredKeyTable.delete(c.name);
  }

  private indexDeclaredKey(table: string, c: DeclaredConstraint): void {
    if (c.name !== null && isKey(c)) this.declaredKeyTable.set(c.name, table);
  }

  private indexForeignKey(c: DeclaredConstraint): void {
    if (c.constraint === 'foreign-key') setOf(this.foreignKeysTo, c.detail).add(c);
  }

  /** Moves `from`'s entry of a by-table index to `to` (merged with what `to` had), calling `each` on every moved member. */
  private renameIn<T>(byTable: Map<string, Set<T>>, from: string, to: string, each: (member: T) => void): void {
    const members = byTable.get(from);
    if (!members || from === to) return;
    byTable.delete(from);
    for (const m of members) each(m);
    const existing = byTable.get(to);
    if (existing) for (const m of members) existing.add(m);
    else byTable.set(to, members);
  }
}

function isKey(c: DeclaredConstraint): boolean {
  return c.constraint === 'unique' || c.constraint === 'primary-key';
}

function setOf<T>(map: Map<string, Set<T>>, key: string): Set<T> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set<T>()));
  return set;
}
