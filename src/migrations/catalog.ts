/**
 * A best-effort in-memory catalog: what the schema looks like after a list of migrations.
 * Replayed from the base commit's migrations so the rules know what existed before the PR
 * (column types, enum values, unique indexes). An operation it cannot apply is skipped.
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

export class Catalog {
  readonly tables = new Map<string, Map<string, ColumnInfo>>();
  readonly enums = new Map<string, string[]>();
  readonly indexes = new Map<string, IndexInfo>();
  /** Indexes dropped since the history knew them, until created again (`DROP INDEX ix; CREATE UNIQUE INDEX ix …`). */
  readonly droppedIndexes = new Map<string, IndexInfo>();
  /** `table.constraint` → kind. */
  readonly constraints = new Map<string, ConstraintKind>();
  readonly objects = new Set<string>();
  /** Trigger → its table, when the adapter says. */
  readonly triggerTables = new Map<string, string>();
  /** Per table, the constraints its CREATE TABLE and ADD COLUMNs declared (when the adapter lists them). */
  readonly declared = new Map<string, DeclaredConstraint[]>();
  /** Per table, the foreign keys added by `ADD CONSTRAINT … FOREIGN KEY` or a CREATE TABLE the adapter split into those. */
  readonly foreignKeys = new Map<string, ForeignKeyInfo[]>();

  column(table: string, column: string): ColumnInfo | undefined {
    return this.tables.get(table)?.get(column);
  }

  hasObject(kind: ObjectKind, name: string): boolean {
    return this.objects.has(`${kind}:${name}`);
  }

  apply(op: Operation): void {
    switch (op.kind) {
      case 'create-table': {
        // `CREATE TABLE IF NOT EXISTS` over a table the history has does nothing, in every dialect.
        if (op.ifNotExists && this.tables.has(op.table)) break;
        const cols = new Map<string, ColumnInfo>();
        for (const c of op.columns) cols.set(c.name, { ...c });
        this.tables.set(op.table, cols);
        for (const c of op.columns) {
          if (c.unique || c.primaryKey) this.indexes.set(`${op.table}_${c.name}_key`, { table: op.table, unique: true });
        }
        for (const index of op.indexes ?? []) this.indexes.set(index.name, { table: op.table, unique: index.unique, ...(index.columns ? { columns: index.columns } : {}) });
        if (op.constraints) this.declared.set(op.table, op.constraints.map((c) => ({ ...c })));
        else this.declared.delete(op.table);
        break;
      }
      case 'drop-table':
        this.tables.delete(op.table);
        this.declared.delete(op.table);
        this.foreignKeys.delete(op.table);
        break;
      case 'rename-table': {
        const cols = this.tables.get(op.table);
        if (cols) {
          this.tables.delete(op.table);
          this.tables.set(op.newName, cols);
          const declared = this.declared.get(op.table);
          this.declared.delete(op.table);
          if (declared) this.declared.set(op.newName, declared);
          else this.declared.delete(op.newName);
          const foreignKeys = this.foreignKeys.get(op.table);
          this.foreignKeys.delete(op.table);
          if (foreignKeys) this.foreignKeys.set(op.newName, foreignKeys);
          for (const index of this.indexes.values()) if (index.table === op.table) index.table = op.newName;
          // Constraints keep their names and move with the table.
          for (const [key, kind] of [...this.constraints]) {
            if (!key.startsWith(`${op.table}.`)) continue;
            this.constraints.delete(key);
            this.constraints.set(`${op.newName}.${key.slice(op.table.length + 1)}`, kind);
          }
          for (const [trigger, table] of this.triggerTables) if (table === op.table) this.triggerTables.set(trigger, op.newName);
          // SQLite points the foreign keys of every table at the new name.
          for (const list of this.declared.values()) for (const c of list) if (c.constraint === 'foreign-key' && c.detail === op.table) c.detail = op.newName;
        }
        break;
      }
      case 'add-column':
        // `ADD COLUMN IF NOT EXISTS` (or one under a condition) of a column the history has does nothing.
        if (op.ifNotExists && this.column(op.table, op.column.name)) break;
        this.tables.get(op.table)?.set(op.column.name, { ...op.column });
        // Constraints the adapter did not list leave the table's list unknown.
        if (op.constraints) this.declared.get(op.table)?.push(...op.constraints.map((c) => ({ ...c })));
        else this.declared.delete(op.table);
        break;
      case 'drop-column': {
        this.tables.get(op.table)?.delete(op.column);
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
        }
        for (const c of this.declared.get(op.table) ?? []) c.columns = c.columns.map((n) => (n === op.column ? op.newName : n));
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
        if (col) col.hasDefault = false;
        break;
      }
      case 'set-default': {
        const col = this.column(op.table, op.column);
        if (col) col.hasDefault = true;
        break;
      }
      case 'add-constraint':
        if (op.name) this.constraints.set(`${op.table}.${op.name}`, op.constraint);
        if (op.name && (op.constraint === 'unique' || op.constraint === 'primary-key')) {
          this.indexes.set(op.name, { table: op.table, unique: true, columns: op.columns });
        }
        if (op.constraint === 'foreign-key') {
          const list = this.foreignKeys.get(op.table) ?? [];
          list.push({ name: op.name, columns: op.columns, ...(op.references ? { references: op.references } : {}), ...(op.actions ? { actions: op.actions } : {}) });
          this.foreignKeys.set(op.table, list);
        }
        break;
      case 'drop-constraint': {
        this.constraints.delete(`${op.table}.${op.name}`);
        // A unique or primary key constraint takes its index with it.
        const index = this.indexes.get(op.name);
        if (index?.table === op.table) {
          this.droppedIndexes.set(op.name, index);
          this.indexes.delete(op.name);
        }
        const foreignKeys = this.foreignKeys.get(op.table);
        if (foreignKeys) this.foreignKeys.set(op.table, foreignKeys.filter((k) => k.name !== op.name));
        break;
      }
      case 'create-index':
        // `CREATE [UNIQUE] INDEX IF NOT EXISTS ix` over the history's ix leaves it unique or not, as it was.
        if (op.ifNotExists && op.name && this.indexes.has(op.name)) break;
        if (op.name) this.indexes.set(op.name, { table: op.table, unique: op.unique, columns: op.columns, ...(op.partial || op.expressions ? { inexact: true } : {}) });
        if (op.name) this.droppedIndexes.delete(op.name);
        break;
      case 'drop-index': {
        const known = this.indexes.get(op.name);
        if (known) this.droppedIndexes.set(op.name, known);
        this.indexes.delete(op.name);
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
        if (op.objectKind === 'trigger' && op.table !== undefined) this.triggerTables.set(op.name, op.table);
        break;
      case 'drop-object':
        this.objects.delete(`${op.objectKind}:${op.name}`);
        if (op.objectKind === 'trigger') this.triggerTables.delete(op.name);
        if (op.objectKind === 'type') this.enums.delete(op.name);
        break;
      case 'rename-object':
        if (this.objects.delete(`${op.objectKind}:${op.name}`)) this.objects.add(`${op.objectKind}:${op.newName}`);
        // A unique (or primary key) constraint and its index share a name: renaming one renames both.
        if (op.objectKind === 'index' || op.objectKind === 'constraint') {
          const index = this.indexes.get(op.name);
          const table = op.table ?? index?.table;
          const kind = table === undefined ? undefined : this.constraints.get(`${table}.${op.name}`);
          if (index && (op.objectKind === 'index' || index.table === table)) {
            this.indexes.delete(op.name);
            this.indexes.set(op.newName, index);
          }
          if (table !== undefined && kind) {
            this.constraints.delete(`${table}.${op.name}`);
            this.constraints.set(`${table}.${op.newName}`, kind);
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
}
