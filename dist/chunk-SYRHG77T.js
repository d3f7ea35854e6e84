import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  VERSION
} from "./chunk-4K57P2NP.js";
import {
  ignoredPaths,
  parseSuppressionBody
} from "./chunk-P4TBAOQP.js";
import {
  DIALECTS,
  fixedDialects
} from "./chunk-D7BJUY6R.js";
import {
  unreadableFindings
} from "./chunk-M4CJE6NX.js";
import {
  BranchAdditions,
  ColumnIdioms,
  DefaultsSetInPr,
  PrLookahead,
  checkAcceptsAll,
  checkPassesOldInserts,
  fileRules,
  hiddenByDialect,
  literalDefault,
  migrationRules,
  operationRulesFor,
  snapshotForeignKeys,
  snapshotUniqueKeys,
  statementKey,
  statementKeys,
  statementRules,
  uniqueKeysOf
} from "./chunk-HOMZOPEG.js";
import {
  CodeHistory,
  MIGRATION_DIRS,
  MigrationLayout,
  changelogCandidate,
  changelogFormat,
  classifyMigration,
  codeFileFindings,
  codeLanguagesOf,
  compareTypes,
  compareVersions,
  compareVersionsOf,
  conditional,
  detectInSets,
  detectMigration,
  dialectFromContent,
  dialectFromDrizzleJournal,
  dialectFromName,
  dialectFromPath,
  dialectFromPrismaLock,
  dialectWord,
  enumValuesOf,
  forEachLexeme,
  inChangelogPlace,
  isChangelogFileName,
  isCodeFramework,
  isCodeMigrationPath,
  isMigrationFileName,
  isSerialType,
  liquibaseChangesets,
  maskSql,
  maskSqlDetailed,
  normalizeIdent,
  normalizeName,
  parseCodeFile,
  parseFile,
  parseFiles,
  parseStatement,
  plpgsqlOperations,
  prepareParsers,
  schemaFileName,
  sectionsOf,
  splitStatements,
  touchesChangelogFile
} from "./chunk-FROQA73M.js";
import {
  LineIndex,
  lineOfOffset
} from "./chunk-3MRRVRCS.js";
import {
  isSqlFileName
} from "./chunk-OKPMEVZ6.js";
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";

// src/migrations/catalog.ts
var PENDING = /* @__PURE__ */ new Map();
var LazyTables = class extends Map {
  pending = /* @__PURE__ */ new Map();
  /** `tables`: each table's name, its decoder, and its key columns (in column order), in the catalog's order. */
  constructor(tables) {
    super();
    for (const [name, decode, keys] of tables) {
      super.set(name, PENDING);
      this.pending.set(name, { decode, keys });
    }
  }
  get(table) {
    const value = super.get(table);
    if (value !== PENDING) return value;
    const columns2 = this.pending.get(table).decode();
    this.pending.delete(table);
    super.set(table, columns2);
    return columns2;
  }
  set(table, columns2) {
    this.pending.delete(table);
    return super.set(table, columns2);
  }
  delete(table) {
    this.pending.delete(table);
    return super.delete(table);
  }
  clear() {
    this.pending.clear();
    super.clear();
  }
  /** The key columns of `table` when it was never decoded (undefined: ask its columns). */
  pendingKeys(table) {
    return this.pending.get(table)?.keys;
  }
  *entries() {
    for (const table of super.keys()) yield [table, this.get(table)];
  }
  *values() {
    for (const table of super.keys()) yield this.get(table);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(each, thisArg) {
    for (const [table, columns2] of this.entries()) each.call(thisArg, columns2, table, this);
  }
};
var SetsOnUse = class extends Map {
  /** `entries`: each table's list (kept as the table's value, an array, until first asked). */
  constructor(entries) {
    super();
    for (const [key, list] of entries) super.set(key, list);
  }
  get(key) {
    const value = super.get(key);
    if (!Array.isArray(value)) return value;
    const set = new Set(value);
    super.set(key, set);
    return set;
  }
  *entries() {
    for (const key of super.keys()) yield [key, this.get(key)];
  }
  *values() {
    for (const key of super.keys()) yield this.get(key);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(each, thisArg) {
    for (const [key, value] of this.entries()) each.call(thisArg, value, key, this);
  }
};
var Catalog = class _Catalog {
  /** Table → its columns; a catalog from the replay cache decodes each table on first use (`LazyTables`). */
  tables;
  enums = /* @__PURE__ */ new Map();
  /** Indexes dropped since the history knew them, until created again (`DROP INDEX ix; CREATE UNIQUE INDEX ix …`). */
  droppedIndexes = /* @__PURE__ */ new Map();
  /**
   * `table.column` of the columns the history dropped and did not add again: what a later
   * `DROP COLUMN IF EXISTS` finds gone (kestra's squashed baseline replays old drops idempotently).
   */
  droppedColumns = /* @__PURE__ */ new Set();
  objects = /* @__PURE__ */ new Set();
  indexByName = /* @__PURE__ */ new Map();
  constraintByKey = /* @__PURE__ */ new Map();
  triggerTable = /* @__PURE__ */ new Map();
  declaredByTable = /* @__PURE__ */ new Map();
  /** Table → names of its indexes (those in `indexes`). */
  indexesOn = /* @__PURE__ */ new Map();
  /** Table → names of its constraints (keys `table.name` of `constraints`). */
  constraintsOn = /* @__PURE__ */ new Map();
  /** Table → its triggers (those in `triggerTables`). */
  triggersOn = /* @__PURE__ */ new Map();
  /** Table → the declared foreign keys (in `declared`) that reference it. */
  foreignKeysTo = /* @__PURE__ */ new Map();
  /** Name → table of the declared unique and primary keys that have one (a `DROP INDEX` names no table). */
  declaredKeyTable = /* @__PURE__ */ new Map();
  constructor(tables = /* @__PURE__ */ new Map()) {
    this.tables = tables;
  }
  /**
   * Per table (all of them, or `only`), in the catalog's order, its columns that are unique or a
   * primary key by themselves, in column order; tables with none left out. A table of a cached
   * catalog that was never asked for is answered from what the cache kept, without decoding it.
   */
  keyColumns(only) {
    const out = [];
    const lazy = this.tables instanceof LazyTables ? this.tables : void 0;
    for (const table of only === void 0 ? this.tables.keys() : this.tables.has(only) ? [only] : []) {
      let keys = lazy?.pendingKeys(table);
      if (keys === void 0) {
        keys = [];
        for (const c of this.tables.get(table).values()) if (c.unique || c.primaryKey) keys.push({ name: c.name, primaryKey: c.primaryKey === true });
      }
      if (keys.length > 0) out.push([table, keys]);
    }
    return out;
  }
  /** Index name → its table, uniqueness, columns. */
  get indexes() {
    return this.indexByName;
  }
  /** The indexes of `table` the history knows, with what it knows of each. */
  indexesOf(table) {
    const out = [];
    for (const name of this.indexesOn.get(table) ?? []) {
      const index = this.indexByName.get(name);
      if (index) out.push([name, index]);
    }
    return out;
  }
  /** `table.constraint` → kind. */
  get constraints() {
    return this.constraintByKey;
  }
  /** Trigger → its table, when the adapter says. */
  get triggerTables() {
    return this.triggerTable;
  }
  /** Per table, the constraints its CREATE TABLE and ADD COLUMNs declared (when the adapter lists them). */
  get declared() {
    return this.declaredByTable;
  }
  /** Per table, the foreign keys added by `ADD CONSTRAINT … FOREIGN KEY` or a CREATE TABLE the adapter split into those. */
  foreignKeys = /* @__PURE__ */ new Map();
  /**
   * Everything the catalog holds, in its maps' order, as plain JSON: the replay cache's payload
   * (`replay-cache.ts`). The by-table indexes are kept too (their order is the order findings
   * come in); a foreign key indexed by the table it references is named by its place in
   * `declared`, so `fromState` restores the sharing `rename-table` relies on.
   */
  toState() {
    const declaredAt = /* @__PURE__ */ new Map();
    for (const [table, list] of this.declaredByTable) list.forEach((c, i) => declaredAt.set(c, [table, i]));
    const lists = (m) => [...m].map(([k, v]) => [k, [...v]]);
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
      foreignKeysTo: [...this.foreignKeysTo].map(([t, set]) => [t, [...set].flatMap((c) => declaredAt.has(c) ? [declaredAt.get(c)] : [])]),
      foreignKeys: [...this.foreignKeys]
    };
  }
  /**
   * The catalog `toState` describes (throws on a state of the wrong shape: the cache then replays).
   * `tables`: the tables already (a `LazyTables`), in place of `state.tables`.
   */
  static fromState(state, tables) {
    const c = new _Catalog(tables);
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
    c.indexesOn = new SetsOnUse(state.indexesOn);
    c.constraintsOn = new SetsOnUse(state.constraintsOn);
    for (const [k, v] of state.triggersOn) c.triggersOn.set(k, new Set(v));
    for (const [k, refs] of state.foreignKeysTo) {
      c.foreignKeysTo.set(k, new Set(refs.map(([table, i]) => {
        const member = c.declaredByTable.get(table)?.[i];
        if (!member) throw new Error("replay cache: a foreign key refers to no declared constraint");
        return member;
      })));
    }
    for (const [k, v] of state.foreignKeys) c.foreignKeys.set(k, v);
    return c;
  }
  column(table, column) {
    return this.tables.get(table)?.get(column);
  }
  hasObject(kind, name) {
    return this.objects.has(`${kind}:${name}`);
  }
  /**
   * Changes columns of `op.table` only (and `op.newName` of `rename-table`), except a type's
   * `rename-object`, which rewrites every table's: base-columns.ts copies base's columns by that
   * rule (keep it in step when an operation comes to change another table's columns).
   */
  apply(op) {
    switch (op.kind) {
      case "create-table": {
        if (op.ifNotExists && this.tables.has(op.table)) {
          for (const c of op.columns) this.markSkippedDefault(op.table, c);
          break;
        }
        const cols = /* @__PURE__ */ new Map();
        for (const c of op.columns) cols.set(c.name, { ...c });
        this.tables.set(op.table, cols);
        for (const c of op.columns) this.droppedColumns.delete(`${op.table}.${c.name}`);
        for (const c of op.columns) {
          if (c.unique || c.primaryKey) this.setIndex(`${op.table}_${c.name}_key`, { table: op.table, unique: true });
        }
        for (const index of op.indexes ?? []) this.setIndex(index.name, { table: op.table, unique: index.unique, ...index.columns ? { columns: index.columns } : {} });
        this.setDeclared(op.table, op.constraints?.map((c) => ({ ...c })));
        break;
      }
      case "drop-table":
        this.tables.delete(op.table);
        this.setDeclared(op.table, void 0);
        this.foreignKeys.delete(op.table);
        break;
      case "rename-table": {
        const cols = this.tables.get(op.table);
        if (cols) {
          this.tables.delete(op.table);
          this.tables.set(op.newName, cols);
          const declared = this.declaredByTable.get(op.table);
          this.setDeclared(op.table, void 0);
          this.setDeclared(op.newName, declared);
          const foreignKeys = this.foreignKeys.get(op.table);
          this.foreignKeys.delete(op.table);
          if (foreignKeys) this.foreignKeys.set(op.newName, foreignKeys);
          this.renameIn(this.indexesOn, op.table, op.newName, (name) => {
            const index = this.indexByName.get(name);
            if (index) index.table = op.newName;
          });
          this.renameIn(this.constraintsOn, op.table, op.newName, (name) => {
            const kind = this.constraintByKey.get(`${op.table}.${name}`);
            this.constraintByKey.delete(`${op.table}.${name}`);
            if (kind) this.constraintByKey.set(`${op.newName}.${name}`, kind);
          });
          this.renameIn(this.triggersOn, op.table, op.newName, (trigger) => this.triggerTable.set(trigger, op.newName));
          this.renameIn(this.foreignKeysTo, op.table, op.newName, (c) => c.detail = op.newName);
        }
        break;
      }
      case "add-column":
        if (op.ifNotExists && this.column(op.table, op.column.name)) {
          this.markSkippedDefault(op.table, op.column);
          break;
        }
        this.tables.get(op.table)?.set(op.column.name, { ...op.column });
        this.droppedColumns.delete(`${op.table}.${op.column.name}`);
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
          this.setDeclared(op.table, void 0);
        }
        break;
      case "drop-column": {
        if (this.tables.get(op.table)?.delete(op.column)) this.droppedColumns.add(`${op.table}.${op.column}`);
        const foreignKeys = this.foreignKeys.get(op.table);
        if (foreignKeys) this.foreignKeys.set(op.table, foreignKeys.filter((k) => !k.columns.includes(op.column)));
        break;
      }
      case "rename-column": {
        const cols = this.tables.get(op.table);
        const col = cols?.get(op.column);
        if (cols && col) {
          cols.delete(op.column);
          cols.set(op.newName, { ...col, name: op.newName });
          this.droppedColumns.delete(`${op.table}.${op.newName}`);
        }
        for (const c of this.declared.get(op.table) ?? []) c.columns = c.columns.map((n) => n === op.column ? op.newName : n);
        for (const name of this.indexesOn.get(op.table) ?? []) {
          const index = this.indexByName.get(name);
          if (index?.columns?.includes(op.column)) index.columns = index.columns.map((n) => n === op.column ? op.newName : n);
        }
        break;
      }
      case "alter-column-type": {
        const col = this.column(op.table, op.column);
        if (col) col.type = op.newType;
        break;
      }
      case "redefine-column": {
        const cols = this.tables.get(op.table);
        if (cols) {
          cols.delete(op.column);
          cols.set(op.def.name, { ...op.def });
          this.droppedColumns.delete(`${op.table}.${op.def.name}`);
        }
        break;
      }
      case "set-not-null": {
        const col = this.column(op.table, op.column);
        if (col) col.notNull = true;
        break;
      }
      case "drop-not-null": {
        const col = this.column(op.table, op.column);
        if (col) col.notNull = false;
        break;
      }
      case "drop-default": {
        const col = this.column(op.table, op.column);
        if (col) {
          col.hasDefault = false;
          delete col.defaultOnSomePaths;
          delete col.sequenceFilled;
        }
        break;
      }
      case "set-default": {
        const col = this.column(op.table, op.column);
        if (col) col.hasDefault = true;
        break;
      }
      case "add-constraint":
        if (op.name) this.setConstraint(op.table, op.name, op.constraint);
        if (op.name && (op.constraint === "unique" || op.constraint === "primary-key")) {
          this.setIndex(op.name, { table: op.table, unique: true, columns: op.columns });
        }
        if (op.constraint === "foreign-key") {
          const list = this.foreignKeys.get(op.table) ?? [];
          list.push({ name: op.name, columns: op.columns, ...op.references ? { references: op.references } : {}, ...op.actions ? { actions: op.actions } : {} });
          this.foreignKeys.set(op.table, list);
        }
        break;
      case "drop-constraint": {
        this.setConstraint(op.table, op.name, void 0);
        this.forgetDeclared(op.table, op.name, false);
        const index = this.indexByName.get(op.name);
        if (index?.table === op.table) {
          this.droppedIndexes.set(op.name, index);
          this.setIndex(op.name, void 0);
        }
        const foreignKeys = this.foreignKeys.get(op.table);
        if (foreignKeys) this.foreignKeys.set(op.table, foreignKeys.filter((k) => k.name !== op.name));
        break;
      }
      case "create-index":
        if (op.ifNotExists && op.name && this.indexByName.has(op.name)) break;
        if (op.name) this.setIndex(op.name, { table: op.table, unique: op.unique, columns: op.columns, ...op.partial || op.expressions ? { inexact: true } : {} });
        if (op.name) this.droppedIndexes.delete(op.name);
        break;
      case "drop-index": {
        const declaredOn = op.table ?? this.declaredKeyTable.get(op.name);
        if (declaredOn !== void 0) this.forgetDeclared(declaredOn, op.name, true);
        const known = this.indexByName.get(op.name);
        if (known) this.droppedIndexes.set(op.name, known);
        else if (op.ifExists && !this.droppedIndexes.has(op.name)) this.droppedIndexes.set(op.name, { table: op.table ?? "", unique: false });
        this.setIndex(op.name, void 0);
        break;
      }
      case "create-enum":
        this.enums.set(op.type, [...op.values]);
        break;
      case "add-enum-value":
        this.enums.get(op.type)?.push(op.value);
        break;
      case "rename-enum-value": {
        const values = this.enums.get(op.type);
        if (values) this.enums.set(op.type, values.map((v) => v === op.oldValue ? op.newValue : v));
        break;
      }
      case "create-object":
        this.objects.add(`${op.objectKind}:${op.name}`);
        if (op.objectKind === "trigger" && op.table !== void 0) this.setTrigger(op.name, op.table);
        break;
      case "drop-object":
        this.objects.delete(`${op.objectKind}:${op.name}`);
        if (op.objectKind === "trigger") this.setTrigger(op.name, void 0);
        if (op.objectKind === "type") this.enums.delete(op.name);
        break;
      case "rename-object":
        if (this.objects.delete(`${op.objectKind}:${op.name}`)) this.objects.add(`${op.objectKind}:${op.newName}`);
        if (op.objectKind === "index" || op.objectKind === "constraint") {
          const declaredOn = this.declaredKeyTable.get(op.name);
          const key = declaredOn === void 0 || op.table !== void 0 && op.table !== declaredOn ? void 0 : this.declaredByTable.get(declaredOn)?.find((d) => d.name === op.name && isKey(d));
          if (key && declaredOn !== void 0) {
            key.name = op.newName;
            if (!this.declaredByTable.get(declaredOn)?.some((d) => d.name === op.name && isKey(d))) this.declaredKeyTable.delete(op.name);
            this.declaredKeyTable.set(op.newName, declaredOn);
          }
          const index = this.indexByName.get(op.name);
          const table = op.table ?? index?.table;
          const kind = table === void 0 ? void 0 : this.constraintByKey.get(`${table}.${op.name}`);
          if (index && (op.objectKind === "index" || index.table === table)) {
            this.setIndex(op.name, void 0);
            this.setIndex(op.newName, index);
          }
          if (table !== void 0 && kind) {
            this.setConstraint(table, op.name, void 0);
            this.setConstraint(table, op.newName, kind);
          }
        }
        if (op.objectKind === "type") {
          const values = this.enums.get(op.name);
          if (values) {
            this.enums.delete(op.name);
            this.enums.set(op.newName, values);
          }
          for (const columns2 of this.tables.values()) for (const c of columns2.values()) if (c.type === op.name) c.type = op.newName;
        }
        break;
      default:
        break;
    }
  }
  /** An `IF NOT EXISTS` definition skipped over `table`'s column: its default, if the column has none, is on some databases. */
  markSkippedDefault(table, def) {
    const existing = this.column(table, def.name);
    if (existing && def.hasDefault && !existing.hasDefault) existing.defaultOnSomePaths = true;
  }
  /** Sets (or with undefined deletes) an index, keeping `indexesOn` in step. */
  setIndex(name, index) {
    const old = this.indexByName.get(name);
    if (old) this.indexesOn.get(old.table)?.delete(name);
    if (index === void 0) {
      this.indexByName.delete(name);
      return;
    }
    this.indexByName.set(name, index);
    setOf(this.indexesOn, index.table).add(name);
  }
  setConstraint(table, name, kind) {
    const key = `${table}.${name}`;
    if (kind === void 0) {
      this.constraintByKey.delete(key);
      this.constraintsOn.get(table)?.delete(name);
      return;
    }
    this.constraintByKey.set(key, kind);
    setOf(this.constraintsOn, table).add(name);
  }
  setTrigger(trigger, table) {
    const old = this.triggerTable.get(trigger);
    if (old !== void 0) this.triggersOn.get(old)?.delete(trigger);
    if (table === void 0) {
      this.triggerTable.delete(trigger);
      return;
    }
    this.triggerTable.set(trigger, table);
    setOf(this.triggersOn, table).add(trigger);
  }
  /** Replaces (or with undefined forgets) a table's declared constraints, keeping `foreignKeysTo` in step. */
  setDeclared(table, list) {
    for (const c of this.declaredByTable.get(table) ?? []) this.unindexDeclared(table, c);
    if (list === void 0) {
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
  forgetDeclared(table, name, keysOnly) {
    const list = this.declaredByTable.get(table);
    const gone = list?.filter((c) => c.name === name && (!keysOnly || isKey(c)));
    if (!list || !gone || gone.length === 0) return;
    for (const c of gone) this.unindexDeclared(table, c);
    this.declaredByTable.set(table, list.filter((c) => !gone.includes(c)));
  }
  unindexDeclared(table, c) {
    if (c.constraint === "foreign-key") this.foreignKeysTo.get(c.detail)?.delete(c);
    if (c.name !== null && isKey(c) && this.declaredKeyTable.get(c.name) === table) this.declaredKeyTable.delete(c.name);
  }
  indexDeclaredKey(table, c) {
    if (c.name !== null && isKey(c)) this.declaredKeyTable.set(c.name, table);
  }
  indexForeignKey(c) {
    if (c.constraint === "foreign-key") setOf(this.foreignKeysTo, c.detail).add(c);
  }
  /** Moves `from`'s entry of a by-table index to `to` (merged with what `to` had), calling `each` on every moved member. */
  renameIn(byTable, from, to, each) {
    const members = byTable.get(from);
    if (!members || from === to) return;
    byTable.delete(from);
    for (const m of members) each(m);
    const existing = byTable.get(to);
    if (existing) for (const m of members) existing.add(m);
    else byTable.set(to, members);
  }
};
function isKey(c) {
  return c.constraint === "unique" || c.constraint === "primary-key";
}
function setOf(map, key) {
  let set = map.get(key);
  if (!set) map.set(key, set = /* @__PURE__ */ new Set());
  return set;
}

// src/migrations/code/liquibase.ts
var reader;
async function loadChangelogReader() {
  reader ??= (await import("./chunk-KV4DRC7T.js")).readChangelog;
}
function treeOf(path, text) {
  const format = changelogFormat(path) ?? "xml";
  return reader ? reader(text, format) : { format, root: null, problem: { line: 1, message: "the changelog reader was not loaded" } };
}
function isChangelogMigration(file) {
  return file.framework === "liquibase" && changelogFormat(file.path) !== null;
}
function changesetsOf(file, text) {
  return isChangelogMigration(file) ? changelogChangesets(file.path, text) : liquibaseChangesets(text);
}
function changelogChangesets(path, text) {
  const root = treeOf(path, text).root;
  if (!root) return [];
  return root.children.filter((n) => n.name === "changeSet").map((n) => ({
    id: changesetId(n),
    start: n.start,
    end: n.end,
    line: n.line,
    runOnChange: truthy(n.attrs.get("runOnChange")) || truthy(n.attrs.get("runAlways")),
    body: canonical(n, 0),
    ...n.children.every((c) => NOT_CHANGES.has(c.name)) ? { empty: true } : {}
  }));
}
function changesetId(n) {
  return `${n.attrs.get("author") ?? ""}:${n.attrs.get("id") ?? ""}`;
}
function canonical(n, depth) {
  if (depth > 40) return "";
  const attrs = [...n.attrs].filter(([k]) => k !== "comment" && depth > 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const parts = [n.name, ...attrs.map(([k, v]) => `${k}=${v}`), n.text.replace(/\s+/g, " ").trim()];
  for (const c of n.children) if (depth === 0 ? !NOT_CHANGES.has(c.name) : c.name !== "comment") parts.push(`(${canonical(c, depth + 1)})`);
  return parts.join("");
}
function changelogOrder(a, b) {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, "");
      const ny = y.replace(/^0+(?=\d)/, "");
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
function changelogHasRollback(path, text) {
  const root = treeOf(path, text).root;
  return root !== null && root.children.some((c) => c.name === "changeSet" && c.children.some(undoes));
}
function undoes(n) {
  if (n.name !== "rollback") return false;
  if (n.children.some((c) => c.name !== "comment")) return true;
  if (n.attrs.has("changeSetId")) return true;
  return !/^\s*(?:not\s+required\s*|empty\s*)?$/i.test(n.text);
}
var DBMS = {
  postgresql: ["postgres", "cockroach"],
  postgres: ["postgres"],
  cockroachdb: ["cockroach"],
  mysql: ["mysql", "mariadb"],
  mariadb: ["mariadb", "mysql"],
  sqlite: ["sqlite"],
  mssql: ["mssql"],
  h2: ["h2"],
  clickhouse: ["clickhouse"]
};
function runsOn(dbms, dialect) {
  if (dbms === void 0 || dbms.trim() === "") return true;
  const names2 = dbms.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
  if (names2.includes("none")) return false;
  const positive = names2.filter((s) => !s.startsWith("!"));
  const excluded = names2.filter((s) => s.startsWith("!")).map((s) => s.slice(1));
  if (excluded.some((s) => DBMS[s]?.includes(dialect))) return false;
  if (positive.length === 0 || positive.includes("all")) return true;
  return positive.some((s) => DBMS[s]?.includes(dialect));
}
function truthy(v) {
  return v !== void 0 && v.trim().toLowerCase() === "true";
}
function parseChangelog(path, text, dialect, options = {}) {
  const tree = treeOf(path, text);
  const lines = new LineIndex(text);
  const reader3 = new ChangeReader(path, text, lines, dialect, options.read);
  const forward = [];
  const downSections = [];
  if (!tree.root) {
    const line = tree.problem?.line ?? 1;
    forward.push(reader3.unread({ line, start: 0, end: 0 }, `the changelog could not be read: ${tree.problem?.message ?? "no databaseChangeLog root"}`, text.slice(0, 2e3)));
    return { forward, downSections };
  }
  if (tree.problem) forward.push(reader3.unread({ line: tree.problem.line, start: 0, end: 0 }, `part of the changelog could not be read: ${tree.problem.message}`, ""));
  const wanted = (n) => !options.only || options.only.some(([from, to]) => n.start < to && n.end > from && n.start >= from);
  for (const n of tree.root.children) {
    if (n.name !== "changeSet") continue;
    if (!wanted(n)) continue;
    for (const c of n.children) if (undoes(c)) downSections.push({ line: c.line, endLine: lines.line(Math.max(c.start, c.end - 1)) });
    if (!runsOn(n.attrs.get("dbms"), dialect)) continue;
    const pre = n.children.find((c) => c.name === "preConditions");
    const onFail = `${pre?.attrs.get("onFail") ?? ""} ${pre?.attrs.get("onError") ?? ""}`.toUpperCase();
    const mayNotRun = /\b(?:MARK_RAN|CONTINUE)\b/.test(onFail) || n.attrs.get("failOnError")?.trim().toLowerCase() === "false";
    for (const change of n.children) {
      if (NOT_CHANGES.has(change.name)) continue;
      for (const stmt of reader3.read(change)) {
        forward.push(mayNotRun ? { ...stmt, ops: stmt.ops.map(conditional) } : stmt);
      }
    }
  }
  return { forward, downSections };
}
var NOT_CHANGES = /* @__PURE__ */ new Set(["comment", "preConditions", "validCheckSum", "rollback"]);
var NO_OPS = /* @__PURE__ */ new Set(["tagDatabase", "empty", "setTableRemarks", "setColumnRemarks", "insert"]);
var DEFAULT_ATTRS = ["defaultValue", "defaultValueNumeric", "defaultValueBoolean", "defaultValueDate", "defaultValueComputed", "defaultValueSequenceNext"];
var ChangeReader = class {
  constructor(path, text, lines, dialect, readFile) {
    this.path = path;
    this.text = text;
    this.lines = lines;
    this.dialect = dialect;
    this.readFile = readFile;
  }
  path;
  text;
  lines;
  dialect;
  readFile;
  /** A statement for a change node, with these operations. */
  statement(n, ops, text) {
    const endLine = this.lines.line(Math.max(n.start, n.end - 1));
    return {
      text: text ?? describe(n),
      start: n.start,
      end: n.end,
      line: n.line,
      endLine,
      column: n.start - (this.lines.lineStarts[n.line - 1] ?? 0) + 1,
      dialect: this.dialect,
      status: "parsed",
      ops
    };
  }
  unread(n, why, text) {
    const stmt = this.statement({ ...node0, ...n }, [], text);
    return { ...stmt, status: "unparsed", error: why };
  }
  read(n) {
    if (n.name === "sql") return this.sql(n);
    if (n.name === "sqlFile") return this.sqlFile(n);
    if (NO_OPS.has(n.name)) return [this.statement(n, [{ kind: "other", what: `Liquibase ${n.name}` }])];
    if (n.name === "modifySql") return runsOn(n.attrs.get("dbms"), this.dialect) ? [this.statement(n, [{ kind: "other", what: "Liquibase modifySql" }])] : [];
    const mapped = changeOperations(n);
    if (typeof mapped === "string") return [this.unread(n, mapped, this.text.slice(n.start, Math.min(n.end, n.start + 4e3)))];
    return [this.statement(n, mapped)];
  }
  /** `<sql>`: the text goes through the SQL path, its lines moved into the changelog. */
  sql(n) {
    if (!runsOn(n.attrs.get("dbms"), this.dialect)) return [this.statement(n, [{ kind: "other", what: `SQL for ${n.attrs.get("dbms")} only` }])];
    const sql = withParameters(n.text);
    if (sql.trim() === "") return [this.statement(n, [{ kind: "other", what: "empty sql change" }])];
    const firstLine = n.textBlock ? this.lines.line(n.textStart) + 1 : this.lines.line(n.textStart);
    const lastLine = this.lines.line(Math.max(n.start, n.end - 1));
    const exact = sql === n.text && this.text.startsWith(sql, n.textStart);
    const lineBreaks = (s) => s.split("\n").length - 1;
    const maps = n.textBlock === "literal" || n.textBlock === void 0 && lineBreaks(this.text.slice(n.textStart, n.textEnd)) === lineBreaks(sql);
    const place = (line) => maps ? Math.min(Math.max(firstLine + line - 1, n.line), lastLine) : firstLine;
    const parsed = parseFile({ text: sql, sections: [{ part: "up", start: 0, end: sql.length, line: 1 }] }, this.dialect);
    return parsed.forward.map((s) => moved(s, place, exact ? { start: n.textStart + s.start, end: n.textStart + s.end } : { start: n.start, end: n.end }));
  }
  /** `<sqlFile path="…">`: read when the file is inside the repository; its statements are reported at the change. */
  sqlFile(n) {
    if (!runsOn(n.attrs.get("dbms"), this.dialect)) return [this.statement(n, [{ kind: "other", what: `SQL file for ${n.attrs.get("dbms")} only` }])];
    const target = n.attrs.get("path") ?? "";
    const paths = sqlFilePaths(this.path, target, truthy(n.attrs.get("relativeToChangelogFile")));
    let sql = null;
    for (const p of paths) {
      sql = this.readFile?.(p) ?? null;
      if (sql !== null) break;
    }
    if (sql === null) {
      const why = paths.length === 0 ? `sqlFile ${target} is outside the repository` : `sqlFile ${target} was not found in the repository (looked for ${paths.join(", ")})`;
      return [this.unread(n, `${why}, so its statements were not read`, describe(n))];
    }
    const place = () => n.line;
    sql = withParameters(sql);
    const parsed = parseFile({ text: sql, sections: [{ part: "up", start: 0, end: sql.length, line: 1 }] }, this.dialect);
    return parsed.forward.map((s) => moved(s, place, { start: n.start, end: n.end }));
  }
};
var node0 = { name: "", attrs: /* @__PURE__ */ new Map(), children: [], text: "", textStart: 0, textEnd: 0, line: 1, start: 0, end: 0 };
function moved(s, place, at) {
  const ops = s.ops.map((op) => {
    const out = { ...op };
    if (op.line !== void 0) out.line = place(op.line);
    if (out.kind === "create-table" || out.kind === "add-column") {
      if (out.kind === "create-table") out.columns = out.columns.map((c) => c.line === void 0 ? c : { ...c, line: place(c.line) });
      else if (out.column.line !== void 0) out.column = { ...out.column, line: place(out.column.line) };
      if (out.constraints) out.constraints = out.constraints.map((c) => c.line === void 0 ? c : { ...c, line: place(c.line) });
    }
    return out;
  });
  return { ...s, line: place(s.line), endLine: Math.max(place(s.line), place(s.endLine)), start: at.start, end: at.end, ops };
}
function sqlFilePaths(changelog, target, relative) {
  let p = target.trim().replace(/\\/g, "/").replace(/^classpath\*?:/i, "");
  if (p === "" || /^[a-z][a-z0-9+.-]*:/i.test(p)) return [];
  const dir = changelog.slice(0, Math.max(0, changelog.lastIndexOf("/")));
  const bases = [];
  if (relative) bases.push(dir);
  else {
    p = p.replace(/^\/+/, "");
    const resources = /^(.*?\/src\/main\/resources)\//.exec(`/${changelog}`);
    if (resources) bases.push(resources[1].slice(1));
    bases.push("");
    bases.push(dir);
  }
  const out = [];
  for (const base of bases) {
    const joined = normalizePath(base === "" ? p : `${base}/${p}`);
    if (joined !== null && !out.includes(joined)) out.push(joined);
  }
  return out;
}
function normalizePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.length === 0 ? null : out.join("/");
}
function describe(n) {
  const attrs = [...n.attrs].slice(0, 12).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${n.name} ${attrs.join(" ")}`.trim().slice(0, 2e3);
}
function withParameters(text) {
  return text.includes("${") ? text.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, (_m, name) => name.replace(/[.-]/g, "_")) : text;
}
function lower(name) {
  return withParameters(name.trim()).toLowerCase();
}
function tableOf(n, attr = "tableName", schemaAttr = "schemaName") {
  const table = withParameters(n.attrs.get(attr)?.trim() ?? "");
  if (!table) return null;
  const schema = withParameters(n.attrs.get(schemaAttr)?.trim() ?? "");
  return normalizeName(schema ? [schema, table] : [table]);
}
function typeOf(raw) {
  if (raw === void 0 || raw.trim() === "") return null;
  return withParameters(raw.trim()).replace(/^java\.sql\.types\./i, "").replace(/\s+/g, " ").toLowerCase();
}
function columnInfo(c) {
  const cons = c.children.find((k) => k.name === "constraints");
  const primaryKey = truthy(cons?.attrs.get("primaryKey"));
  const info = {
    name: lower(c.attrs.get("name") ?? ""),
    type: typeOf(c.attrs.get("type")),
    notNull: primaryKey || cons?.attrs.get("nullable")?.trim().toLowerCase() === "false",
    hasDefault: DEFAULT_ATTRS.some((k) => c.attrs.has(k)) || truthy(c.attrs.get("autoIncrement")),
    line: c.line
  };
  if (truthy(cons?.attrs.get("unique"))) info.unique = true;
  if (primaryKey) info.primaryKey = true;
  if (c.attrs.has("computed") && truthy(c.attrs.get("computed"))) info.generated = true;
  return info;
}
function columns(n) {
  return n.children.filter((c) => c.name === "column");
}
function names(list) {
  return (list ?? "").split(",").map(lower).filter((s) => s !== "");
}
function changeOperations(n) {
  const at = { line: n.line };
  const table = tableOf(n);
  const column = lower(n.attrs.get("columnName") ?? "");
  const needTable = () => table === null ? `a Liquibase ${n.name} without a tableName` : null;
  const needColumn = () => needTable() ?? (column === "" ? `a Liquibase ${n.name} without a columnName` : null);
  switch (n.name) {
    case "createTable":
      return needTable() ?? [{ kind: "create-table", table, columns: columns(n).map(columnInfo), ...at }];
    case "addColumn": {
      const cols = columns(n);
      if (needTable() || cols.length === 0) return needTable() ?? `a Liquibase addColumn without a column`;
      return cols.map((c) => ({ kind: "add-column", table, column: columnInfo(c), line: c.line }));
    }
    case "dropColumn": {
      if (needTable()) return needTable();
      const ops = [];
      if (column !== "") ops.push({ kind: "drop-column", table, column, ...at });
      for (const c of columns(n)) ops.push({ kind: "drop-column", table, column: lower(c.attrs.get("name") ?? ""), line: c.line });
      return ops.length > 0 ? ops : `a Liquibase dropColumn without a columnName`;
    }
    case "renameColumn": {
      const from = lower(n.attrs.get("oldColumnName") ?? "");
      const to = lower(n.attrs.get("newColumnName") ?? "");
      if (needTable() || from === "" || to === "") return needTable() ?? "a Liquibase renameColumn without oldColumnName and newColumnName";
      return [{ kind: "rename-column", table, column: from, newName: to, ...at }];
    }
    case "modifyDataType":
      return needColumn() ?? [{ kind: "alter-column-type", table, column, oldType: null, newType: typeOf(n.attrs.get("newDataType")), ...at }];
    case "addNotNullConstraint":
      return needColumn() ?? [{ kind: "set-not-null", table, column, ...at }];
    case "dropNotNullConstraint":
      return needColumn() ?? [{ kind: "drop-not-null", table, column, ...at }];
    case "addDefaultValue":
    case "addAutoIncrement":
      return needColumn() ?? [{ kind: "set-default", table, column, ...at }];
    case "dropDefaultValue":
      return needColumn() ?? [{ kind: "drop-default", table, column, ...at }];
    case "dropTable":
      return needTable() ?? [{ kind: "drop-table", table, ...at }];
    case "renameTable": {
      const from = tableOf(n, "oldTableName");
      const to = tableOf(n, "newTableName");
      if (from === null || to === null) return "a Liquibase renameTable without oldTableName and newTableName";
      return [{ kind: "rename-table", table: from, newName: to, ...at }];
    }
    case "dropIndex": {
      const name = lower(n.attrs.get("indexName") ?? "");
      return name === "" ? "a Liquibase dropIndex without an indexName" : [{ kind: "drop-index", name, table, ...at }];
    }
    case "createIndex": {
      if (needTable()) return needTable();
      const cols = columns(n);
      const name = lower(n.attrs.get("indexName") ?? "");
      const expressions = cols.some((c) => truthy(c.attrs.get("computed")));
      return [
        {
          kind: "create-index",
          table,
          name: name === "" ? null : name,
          unique: truthy(n.attrs.get("unique")),
          concurrently: false,
          columns: cols.filter((c) => !truthy(c.attrs.get("computed"))).map((c) => lower(c.attrs.get("name") ?? "")),
          ...expressions ? { expressions: true } : {},
          ...at
        }
      ];
    }
    case "addUniqueConstraint":
    case "addPrimaryKey":
      if (needTable()) return needTable();
      return [
        {
          kind: "add-constraint",
          table,
          constraint: n.name === "addPrimaryKey" ? "primary-key" : "unique",
          name: n.attrs.get("constraintName") ? lower(n.attrs.get("constraintName")) : null,
          columns: names(n.attrs.get("columnNames")),
          notValid: false,
          ...at
        }
      ];
    case "addForeignKeyConstraint": {
      const base = tableOf(n, "baseTableName", "baseTableSchemaName");
      if (base === null) return "a Liquibase addForeignKeyConstraint without a baseTableName";
      const references = tableOf(n, "referencedTableName", "referencedTableSchemaName");
      return [
        {
          kind: "add-constraint",
          table: base,
          constraint: "foreign-key",
          name: n.attrs.get("constraintName") ? lower(n.attrs.get("constraintName")) : null,
          columns: names(n.attrs.get("baseColumnNames")),
          notValid: n.attrs.get("validate")?.trim().toLowerCase() === "false",
          ...references ? { references } : {},
          ...at
        }
      ];
    }
    case "dropForeignKeyConstraint":
    case "dropUniqueConstraint":
    case "dropPrimaryKey": {
      const on = n.name === "dropForeignKeyConstraint" ? tableOf(n, "baseTableName", "baseTableSchemaName") : table;
      if (on === null) return `a Liquibase ${n.name} without a table name`;
      const constraint = n.name === "dropForeignKeyConstraint" ? "foreign-key" : n.name === "dropPrimaryKey" ? "primary-key" : "unique";
      const name = lower(n.attrs.get("constraintName") ?? "");
      if (name === "" && n.name !== "dropPrimaryKey") return `a Liquibase ${n.name} without a constraintName`;
      return [{ kind: "drop-constraint", table: on, name: name === "" ? `${on.split(".").pop()}_pkey` : name, constraint, ...at }];
    }
    case "delete":
      return needTable() ?? [{ kind: "delete", table, ...at }];
    case "update":
      return needTable() ?? [{ kind: "update", table, columns: columns(n).map((c) => lower(c.attrs.get("name") ?? "")), ...at }];
    case "mergeColumns": {
      const first = lower(n.attrs.get("column1Name") ?? "");
      const second = lower(n.attrs.get("column2Name") ?? "");
      const final = lower(n.attrs.get("finalColumnName") ?? "");
      if (needTable() || !first || !second || !final) return needTable() ?? "a Liquibase mergeColumns without its column names";
      const t = table;
      return [
        { kind: "add-column", table: t, column: { name: final, type: typeOf(n.attrs.get("finalColumnType")), notNull: false, hasDefault: false }, ...at },
        { kind: "update", table: t, columns: [final], ...at },
        { kind: "drop-column", table: t, column: first, ...at },
        { kind: "drop-column", table: t, column: second, ...at }
      ];
    }
    default:
      return objectOperations(n) ?? `a Liquibase ${n.name} change, which the gate does not read`;
  }
}
function objectOperations(n) {
  const m = /^(create|drop|rename)(View|Sequence|Procedure|Function|Trigger)$/.exec(n.name);
  if (!m) return n.name === "alterSequence" ? [{ kind: "other", what: "Liquibase alterSequence", line: n.line }] : null;
  const objectKind = { View: "view", Sequence: "sequence", Procedure: "procedure", Function: "function", Trigger: "trigger" }[m[2]];
  const attr = `${m[2].charAt(0).toLowerCase()}${m[2].slice(1)}Name`;
  const schema = n.attrs.get("schemaName")?.trim();
  const qualified = (name2) => name2?.trim() ? normalizeName(schema ? [withParameters(schema), withParameters(name2.trim())] : [withParameters(name2.trim())]) : null;
  const at = { line: n.line };
  if (m[1] === "rename") {
    const from = qualified(n.attrs.get(`old${m[2]}Name`));
    const to = qualified(n.attrs.get(`new${m[2]}Name`));
    return from && to ? [{ kind: "rename-object", objectKind, name: from, newName: to, ...at }] : `a Liquibase ${n.name} without its old and new names`;
  }
  const name = qualified(n.attrs.get(attr));
  if (name === null) return `a Liquibase ${n.name} without a ${attr}`;
  return [{ kind: m[1] === "create" ? "create-object" : "drop-object", objectKind, name, ...at }];
}
function changelogCommentsAsSql(path, text) {
  const format = changelogFormat(path);
  const re = format === "xml" ? /^([ \t]*)<!--[ \t]*(rollback-guard-ignore(?:-file)?\b[^\n]*?)[ \t]*(?:-->)?[ \t]*$/gm : /^([ \t]*)#[ \t]*(rollback-guard-ignore(?:-file)?\b[^\n]*)$/gm;
  let out = "";
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index).replace(/[^\n]/g, " ");
    out += `${m[1]}-- ${m[2]}`;
    last = m.index + m[0].length;
  }
  out += text.slice(last).replace(/[^\n]/g, " ");
  return mergeSqlComments(out, text);
}
function mergeSqlComments(rewritten, text) {
  const re = /^[ \t]*--[ \t]*rollback-guard-ignore[^\n]*$/gm;
  let out = "";
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += rewritten.slice(last, m.index) + m[0];
    last = m.index + m[0].length;
  }
  return out + rewritten.slice(last);
}

// src/migrations/replay-cache.ts
import { createHash } from "node:crypto";
var FORMAT = "rollback-guard replay 4";
function replayKey(inputs, toolId) {
  const { part, digest } = keyHash(FORMAT, toolId, inputs.config);
  part(inputs.dialect);
  if (inputs.basis !== void 0) part(`basis ${inputs.basis}`);
  if (inputs.baseOf !== void 0) part(`base of ${inputs.baseOf}`);
  for (const what of ["baselines", "migrations"]) {
    if (what === "migrations" && inputs.baseOf !== void 0) {
      part(`${what} ${inputs.migrationCount ?? inputs.migrations.length}`);
      continue;
    }
    const list = what === "baselines" ? inputs.baselines : inputs.migrations;
    part(`${what} ${list.length}`);
    for (const m of list) {
      part(JSON.stringify(m.file));
      if (inputs.basis !== void 0 && what === "migrations") continue;
      part(m.text === null ? "\0unreadable" : m.text);
    }
  }
  return digest();
}
function keyHash(format, toolId, config) {
  const h = createHash("sha256");
  const part = (s) => {
    h.update(`${s.length}:`);
    h.update(s);
  };
  part(format);
  part(VERSION);
  part(toolId);
  part(JSON.stringify(config));
  return { part, digest: () => h.digest("hex") };
}
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
function writeChecked(store, key, format, payload) {
  store.write(key, `${JSON.stringify({ format, key, sha256: sha256(payload) })}
${payload}`);
}
function readCheckedBytes(store, key, format) {
  let bytes;
  if (store.readBytes) bytes = store.readBytes(key);
  else {
    const text = store.read(key);
    bytes = text === null ? null : Buffer.from(text, "utf8");
  }
  if (bytes === null) return null;
  const eol = bytes.indexOf(10);
  if (eol === -1) return null;
  const header = JSON.parse(bytes.toString("utf8", 0, eol));
  const payload = bytes.subarray(eol + 1);
  if (header.format !== format || header.key !== key || header.sha256 !== sha256(payload)) return null;
  return payload;
}
function readChecked(store, key, format) {
  const payload = readCheckedBytes(store, key, format);
  return payload === null ? null : JSON.parse(payload.toString("utf8"));
}
function cachedReplay(store, inputs, routines, replay) {
  if (!store || inputs.baselines.length + (inputs.migrationCount ?? inputs.migrations.length) === 0) return replay();
  let key;
  try {
    key = replayKey(inputs, store.toolId());
  } catch {
    return replay();
  }
  const hit = readEntry(store, key);
  if (hit) {
    for (const [name, file, body] of hit.routines) routines.set(name, { file, body: () => body });
    return hit.catalog;
  }
  const catalog = replay();
  try {
    writeChecked(store, key, FORMAT, pack(catalog.toState(), catalog.keyColumns(), [...routines].map(([name, r]) => [name, r.file, r.body()])));
  } catch {
  }
  return catalog;
}
function readEntry(store, key) {
  try {
    const payload = readCheckedBytes(store, key, FORMAT);
    if (!payload) return null;
    const eol = payload.indexOf(10);
    if (eol === -1) return null;
    const index = JSON.parse(payload.toString("utf8", 0, eol));
    if (typeof index !== "object" || index === null) return null;
    if (!Array.isArray(index.routines) || !index.routines.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === "string" && typeof r[1] === "string" && Array.isArray(r[2]?.ops))) return null;
    return { catalog: unpack(index, payload, eol + 1, key), routines: index.routines };
  } catch {
    return null;
  }
}
function pack(state, keyColumns, routines) {
  const shapes = [];
  const shapeAt = /* @__PURE__ */ new Map();
  const row = (record) => {
    const keys = Object.keys(record).filter((k) => record[k] !== void 0);
    const id = keys.join("\0");
    let shape = shapeAt.get(id);
    if (shape === void 0) shapeAt.set(id, shape = shapes.push(keys) - 1);
    const out = [shape];
    for (const k of keys) out.push(record[k]);
    return out;
  };
  const keysOf = new Map(keyColumns);
  const { tables, indexes, ...catalog } = state;
  const bodies = [];
  const index = {
    catalog,
    shapes,
    tables: tables.map(([table, columns2]) => {
      const body = JSON.stringify(
        columns2.map(([key, column]) => {
          const r = row(column);
          if (key === column.name) return r;
          r[0] = -1 - r[0];
          r.splice(1, 0, key);
          return r;
        })
      );
      bodies.push(body);
      return [table, Buffer.byteLength(body), (keysOf.get(table) ?? []).map((k) => [k.name, k.primaryKey ? 1 : 0])];
    }),
    indexes: indexes.map(([name, index2]) => [name, ...row(index2)]),
    routines
  };
  return `${JSON.stringify(index)}
${bodies.join("")}`;
}
function unpack(index, payload, from, key) {
  const { shapes, tables, indexes, catalog } = index;
  if (!Array.isArray(shapes) || !Array.isArray(tables) || !Array.isArray(indexes) || typeof catalog !== "object" || catalog === null) throw new Error("bad payload");
  for (const keys of shapes) {
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string" && k !== "__proto__")) throw new Error("bad shape");
  }
  const record = (shape, values, at2) => {
    const keys = typeof shape === "number" ? shapes[shape] : void 0;
    if (keys === void 0 || values.length !== at2 + keys.length) throw new Error("bad row");
    const out = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]] = values[at2 + i];
    return out;
  };
  const column = (r) => {
    if (!Array.isArray(r) || typeof r[0] !== "number") throw new Error("bad column");
    if (r[0] >= 0) {
      const c = record(r[0], r, 1);
      if (typeof c.name !== "string") throw new Error("bad column");
      return [c.name, c];
    }
    if (typeof r[1] !== "string") throw new Error("bad column");
    return [r[1], record(-1 - r[0], r, 2)];
  };
  const lazy = [];
  const names2 = /* @__PURE__ */ new Set();
  let at = from;
  for (const t of tables) {
    if (!Array.isArray(t) || t.length !== 3) throw new Error("bad table");
    const [name, length, keyList] = t;
    if (typeof name !== "string" || names2.has(name) || !Number.isSafeInteger(length) || length < 2 || !Array.isArray(keyList)) throw new Error("bad table");
    names2.add(name);
    const keys = keyList.map((k) => {
      if (!Array.isArray(k) || k.length !== 2 || typeof k[0] !== "string" || k[1] !== 0 && k[1] !== 1) throw new Error("bad key column");
      return { name: k[0], primaryKey: k[1] === 1 };
    });
    const start = at;
    at += length;
    if (at > payload.length) throw new Error("bad table length");
    lazy.push([
      name,
      () => {
        try {
          const rows = JSON.parse(payload.toString("utf8", start, start + length));
          if (!Array.isArray(rows)) throw new Error("not a list");
          const columns2 = new Map(rows.map(column));
          const found = [];
          for (const c of columns2.values()) if (c.unique || c.primaryKey) found.push({ name: c.name, primaryKey: c.primaryKey === true });
          if (found.length !== keys.length || found.some((k, i) => k.name !== keys[i].name || k.primaryKey !== keys[i].primaryKey)) throw new Error("key columns differ");
          return columns2;
        } catch (error) {
          throw new Error(`The replay cache entry ${key} holds a table (${name}) that cannot be read back (${error.message}): delete the cache folder (docs/cache.md) and run again.`);
        }
      },
      keys
    ]);
  }
  if (at !== payload.length) throw new Error("bad payload length");
  const state = {
    ...catalog,
    tables: [],
    indexes: indexes.map((r) => {
      if (!Array.isArray(r) || typeof r[0] !== "string") throw new Error("bad index");
      return [r[0], record(r[1], r, 2)];
    })
  };
  return Catalog.fromState(state, new LazyTables(lazy));
}
var PLAN_FORMAT = "rollback-guard base plan 2";
function basePlanKey(tree, paths, config, toolId) {
  if (!tree.objectId) return void 0;
  try {
    const { part, digest } = keyHash(PLAN_FORMAT, toolId, config);
    part(`files ${paths.length}`);
    const records = [];
    for (const path of paths) {
      const id = tree.objectId(path);
      if (id === void 0 || id.startsWith("120000")) return void 0;
      records.push(`${path.length}:${path}${id.length}:${id}`);
    }
    part(records.join(""));
    return digest();
  } catch {
    return void 0;
  }
}
var StoredPlan = class {
  constructor(paths, kinds, rows, versions, migrationRows, dialects, liquibase) {
    this.paths = paths;
    this.kinds = kinds;
    this.rows = rows;
    this.versions = versions;
    this.migrationRows = migrationRows;
    this.dialects = dialects;
    this.liquibase = liquibase;
  }
  paths;
  kinds;
  rows;
  versions;
  migrationRows;
  dialects;
  liquibase;
  decoded = /* @__PURE__ */ new Map();
  /** Path → row, made when more than `LINEAR_LOOKUPS` paths have been asked. */
  rowAt;
  asked = 0;
  get size() {
    return this.paths.length;
  }
  get migrationCount() {
    return this.migrationRows.length;
  }
  row(r) {
    let c = this.decoded.get(r);
    if (c === void 0) {
      const kind = this.kinds[this.rows[r]];
      const file = kind.framework !== null && kind.part !== null ? { path: this.paths[r], framework: kind.framework, version: this.versions[r], part: kind.part } : null;
      this.decoded.set(r, c = { file, as: kind.as, set: kind.set, reason: kind.reason });
    }
    return c;
  }
  classification(path) {
    let r;
    if (this.rowAt === void 0 && ++this.asked <= LINEAR_LOOKUPS) r = this.paths.indexOf(path);
    else {
      if (this.rowAt === void 0) {
        this.rowAt = /* @__PURE__ */ new Map();
        for (let i = 0; i < this.paths.length; i++) this.rowAt.set(this.paths[i], i);
      }
      r = this.rowAt.get(path);
    }
    return r === void 0 || r === -1 ? void 0 : this.row(r);
  }
  *entries() {
    for (let r = 0; r < this.paths.length; r++) yield [this.paths[r], this.row(r)];
  }
  migration(i) {
    if (!Number.isInteger(i) || i < 0 || i >= this.migrationRows.length) throw new RangeError(`no migration ${i} in the plan`);
    const c = this.row(this.migrationRows[i]);
    return { file: c.file, set: c.set };
  }
};
var LINEAR_LOOKUPS = 16;
function distinct(paths) {
  let increasing = true;
  for (let i = 1; i < paths.length && increasing; i++) increasing = paths[i - 1] < paths[i];
  return increasing || new Set(paths).size === paths.length;
}
var KNOWN_DIALECTS = new Set(DIALECTS);
function readBasePlan(store, key, paths) {
  try {
    return decodePlan(readChecked(store, key, PLAN_FORMAT), paths);
  } catch {
    return null;
  }
}
function decodePlan(payload, paths) {
  try {
    let votes2 = function(v, keyOf2) {
      if (!Array.isArray(v) || v.length !== 3) throw new Error("bad votes");
      return [keyOf2(v[0]), { dialects: dialectList(v[1]), count: count(v[2]) }];
    };
    var votes = votes2;
    if (!payload || typeof payload !== "object") return null;
    const { strings, kinds, rows, versions, readings, pending, folders: folders2, sets, runsOn: runsOn2 } = payload;
    if (!Array.isArray(strings) || !strings.every((x) => typeof x === "string") || !Array.isArray(kinds) || !Array.isArray(rows) || !Array.isArray(versions)) return null;
    if (rows.length !== paths.length || versions.length !== paths.length) return null;
    if (!Array.isArray(readings) || !Array.isArray(pending) || !Array.isArray(folders2) || !Array.isArray(sets) || !Array.isArray(runsOn2)) return null;
    const str = (i) => {
      if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= strings.length) throw new Error("bad index");
      return strings[i];
    };
    const dialect = (i) => {
      const d = str(i);
      if (!KNOWN_DIALECTS.has(d)) throw new Error("bad dialect");
      return d;
    };
    const count = (n, max = Number.MAX_SAFE_INTEGER) => {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > max) throw new Error("bad number");
      return n;
    };
    const dialectList = (list) => {
      if (!Array.isArray(list) || list.length === 0) throw new Error("bad list");
      return list.map(dialect);
    };
    const kindList = kinds.map((k) => {
      if (!Array.isArray(k) || k.length !== 5) throw new Error("bad kind");
      const migration = k[3] !== -1 || k[4] !== -1;
      return { as: str(k[0]), set: count(k[1]), reason: str(k[2]), framework: migration ? str(k[3]) : null, part: migration ? str(k[4]) : null };
    });
    if (!distinct(paths)) return null;
    const isMigration = kindList.map((k) => k.framework !== null && k.part !== null);
    const isLiquibase = kindList.map((k, i) => isMigration[i] && k.framework === "liquibase");
    let liquibase = false;
    const migrationRows = new Int32Array(paths.length);
    let migrations = 0;
    const kindCount = kindList.length;
    for (let i = 0; i < paths.length; i++) {
      const k = rows[i];
      if (typeof k !== "number" || !Number.isInteger(k) || k < 0 || k >= kindCount) return null;
      const version = versions[i];
      if (isMigration[k]) {
        if (!(version === null || typeof version === "string")) return null;
        migrationRows[migrations++] = i;
        if (isLiquibase[k]) liquibase = true;
      } else if (version !== null) return null;
    }
    const decided = new Array(migrations);
    const byKey = /* @__PURE__ */ new Map();
    let filled = 0;
    for (const run of readings) {
      if (!Array.isArray(run) || run.length !== 3) return null;
      const n = count(run[0], migrations - filled);
      const id = `${run[1]} ${run[2]}`;
      let reading = byKey.get(id);
      if (reading === void 0) byKey.set(id, reading = { dialect: dialect(run[1]), by: str(run[2]) });
      decided.fill(reading, filled, filled + n);
      filled += n;
    }
    if (filled !== migrations) return null;
    for (const i of pending) if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= migrations) return null;
    const dialects = {
      readings: decided,
      pending,
      folders: new Map(folders2.map((v) => votes2(v, str))),
      sets: new Map(sets.map((v) => votes2(v, (n) => count(n)))),
      runsOn: new Map(
        runsOn2.map((r) => {
          if (!Array.isArray(r) || r.length !== 2) throw new Error("bad runsOn");
          return [count(r[0], migrations - 1), dialectList(r[1])];
        })
      )
    };
    return new StoredPlan(paths, kindList, rows, versions, migrationRows.slice(0, migrations), dialects, liquibase);
  } catch {
    return null;
  }
}
function writeBasePlan(store, key, classifications, base) {
  try {
    const payload = encodePlan(classifications, base);
    if (payload) writeChecked(store, key, PLAN_FORMAT, JSON.stringify(payload));
  } catch {
  }
}
function encodePlan(classifications, base) {
  const strings = [];
  const index = /* @__PURE__ */ new Map();
  const at = (x) => {
    let i = index.get(x);
    if (i === void 0) index.set(x, i = strings.push(x) - 1);
    return i;
  };
  const kinds = [];
  const kindIndex = /* @__PURE__ */ new Map();
  const rows = [];
  const versions = [];
  let migrations = 0;
  for (const [path, c] of classifications) {
    const file = c.file;
    if (file !== null && (file.path !== path || Object.keys(file).some((k2) => k2 !== "path" && k2 !== "framework" && k2 !== "version" && k2 !== "part"))) return null;
    const kind = [at(c.as), c.set, at(c.reason), file === null ? -1 : at(file.framework), file === null ? -1 : at(file.part)];
    const id = kind.join(" ");
    let k = kindIndex.get(id);
    if (k === void 0) kindIndex.set(id, k = kinds.push(kind) - 1);
    rows.push(k);
    versions.push(file === null ? null : file.version);
    if (file !== null) migrations++;
  }
  if (migrations !== base.readings.length) return null;
  const readings = [];
  let last;
  for (const r of base.readings) {
    if (last !== void 0 && r.dialect === last.dialect && r.by === last.by) readings[readings.length - 1][0]++;
    else readings.push([1, at(r.dialect), at(r.by)]);
    last = r;
  }
  const payload = {
    strings,
    kinds,
    rows,
    versions,
    readings,
    pending: base.pending,
    folders: [...base.folders].map(([folder, v]) => [at(folder), v.dialects.map(at), v.count]),
    sets: [...base.sets].map(([set, v]) => [set, v.dialects.map(at), v.count]),
    runsOn: [...base.runsOn].map(([i, dialects]) => [i, dialects.map(at)])
  };
  return payload;
}
var TREE_FORMAT = "rollback-guard base tree 4";
function baseTreeKey(treeId, config, toolId) {
  try {
    const { part, digest } = keyHash(TREE_FORMAT, toolId, config);
    part(`tree ${treeId}`);
    return digest();
  } catch {
    return void 0;
  }
}
function readBaseTree(store, key) {
  try {
    const payload = readChecked(store, key, TREE_FORMAT);
    if (!payload || typeof payload !== "object") return null;
    const { planKey, paths, baselines, code, notMigrations } = payload;
    if (typeof planKey !== "string" || !/^[0-9a-f]{64}$/.test(planKey) || !Array.isArray(paths) || !Array.isArray(baselines) || !Array.isArray(code) || !Array.isArray(notMigrations)) return null;
    for (const p of paths) if (typeof p !== "string") return null;
    const baselinePaths = [];
    for (const b of baselines) {
      if (typeof b === "string") baselinePaths.push(b);
      else {
        if (!Array.isArray(b) || b.length !== 2) return null;
        const [start, count] = b;
        if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 1 || start + count > paths.length) return null;
        for (let i = start; i < start + count; i++) baselinePaths.push(paths[i]);
      }
    }
    const codePaths = [];
    for (const i of code) {
      if (!Number.isInteger(i) || i < 0 || i >= baselinePaths.length) return null;
      codePaths.push(baselinePaths[i]);
    }
    const others = [];
    for (const i of notMigrations) {
      if (!Number.isInteger(i) || i < (others.length === 0 ? 0 : notMigrations[others.length - 1] + 1) || i >= baselinePaths.length) return null;
      others.push(baselinePaths[i]);
    }
    const { settings } = payload;
    if (settings !== void 0 && (!Array.isArray(settings) || !settings.every((s) => Array.isArray(s) && s.length === 2 && typeof s[0] === "string" && typeof s[1] === "string" && LISTING_RECORD.test(s[1])))) return null;
    const { facts } = payload;
    if (!Array.isArray(facts)) return null;
    const plan = decodePlan(payload.plan ?? null, paths);
    return plan ? { planKey, paths, baselines: { paths: baselinePaths, code: codePaths, notMigrations: others }, plan, ...settings === void 0 ? {} : { settings }, facts } : null;
  } catch {
    return null;
  }
}
function writeBaseTree(store, key, tree) {
  try {
    const classified = Array.from(tree.classifications);
    const plan = encodePlan(classified, tree.dialects);
    if (!plan) return;
    const paths = classified.map(([p]) => p);
    const at = /* @__PURE__ */ new Map();
    paths.forEach((p, i) => at.set(p, i));
    const baselines = [];
    for (const p of tree.baselines.paths) {
      const i = at.get(p);
      const last = baselines[baselines.length - 1];
      if (i === void 0) baselines.push(p);
      else if (Array.isArray(last) && last[0] + last[1] === i) last[1]++;
      else baselines.push([i, 1]);
    }
    const codeAt = new Set(tree.baselines.code);
    const code = tree.baselines.paths.flatMap((p, i) => codeAt.has(p) ? [i] : []);
    if (code.length !== codeAt.size) return;
    const notMigrations = tree.baselines.paths.flatMap((p, i) => {
      const row = at.get(p);
      return codeAt.has(p) || row !== void 0 && classified[row][1].file !== null ? [] : [i];
    });
    const settings = tree.settings?.every((s) => s[1] !== void 0 && LISTING_RECORD.test(s[1])) ? tree.settings : void 0;
    writeChecked(store, key, TREE_FORMAT, JSON.stringify({ planKey: tree.planKey, paths, baselines, code, notMigrations, plan, ...settings === void 0 ? {} : { settings }, facts: tree.facts }));
  } catch {
  }
}
var LISTING_RECORD = /^[0-7]{6} [a-z]+ [0-9a-f]{40,64} +(?:\d+|-)$/;
var COUNT_FORMAT = "rollback-guard base tree count 1";
function baseTreeCount(changes, config, name, compute) {
  const store = changes.replayCache;
  const treeId = store ? changes.baseTree.treeId?.() : void 0;
  let key;
  if (store && treeId !== void 0) {
    try {
      const { part, digest } = keyHash(COUNT_FORMAT, store.toolId(), config);
      part(`tree ${treeId}`);
      part(name);
      key = digest();
      const payload = readChecked(store, key, COUNT_FORMAT);
      const count2 = payload?.count;
      if (typeof count2 === "number" && Number.isSafeInteger(count2) && count2 >= 0) return count2;
    } catch {
    }
  }
  const count = compute();
  if (store && key !== void 0) {
    try {
      writeChecked(store, key, COUNT_FORMAT, JSON.stringify({ count }));
    } catch {
    }
  }
  return count;
}

// src/migrations/code/baselines.ts
var RAILS_SCHEMA = /(?:^|\/)db\/(?:(\w+)_)?schema\.rb$/;
var EF_SNAPSHOT = /(?:^|\/)\w*ModelSnapshot\.cs$/;
function codeBaselineFramework(path) {
  if (RAILS_SCHEMA.test(path)) return "rails";
  if (EF_SNAPSHOT.test(path)) return "ef-core";
  return null;
}
function looksLikeCodeBaseline(framework, text) {
  if (framework === "rails") return /\bActiveRecord::Schema(?:\[[\d.]+\])?\.define\b/.test(text);
  return /:\s*(?:[\w.]+\.)?ModelSnapshot\b/.test(text) && /\bBuildModel\b/.test(text);
}
function isCodeBaselineOf(path, framework, folders2) {
  const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  if (framework === "rails") {
    const db = RAILS_SCHEMA.exec(path)?.[1];
    return folders2.has(`${dir}/${db === void 0 ? "migrate" : `${db}_migrate`}`);
  }
  for (const folder of folders2) if (folder === dir || folder.startsWith(`${dir}/`)) return true;
  return false;
}

// src/migrations/history-facts.ts
function sequenceKey(file) {
  const parts = file.path.split("/");
  parts.pop();
  if (file.framework === "diesel" || file.framework === "prisma") parts.pop();
  if (file.framework === "flyway") {
    const root = parts.findLastIndex((d) => MIGRATION_DIRS.has(d.toLowerCase()));
    if (root !== -1) parts.length = root + 1;
  }
  return `${file.framework}:${parts.join("/")}`;
}
var BaseFacts = class _BaseFacts {
  constructor(sequenceFolder2) {
    this.sequenceFolder = sequenceFolder2;
  }
  sequenceFolder;
  /** How many base migrations the history has. */
  count = 0;
  /** Any of them a Liquibase file (the history then runs in the master changelogs' include order). */
  liquibase = false;
  /** Any of them written as code or a Liquibase changelog (such a history is replayed every time, and names objects its SQL does not show). */
  notSql = false;
  /** Any of them an up migration (the history is then replayed). */
  anyUp = false;
  /** The frameworks of the base migrations. */
  frameworks = /* @__PURE__ */ new Set();
  /** Per sequence (framework and folder): the first of the newest up migrations, then the next. */
  newest = /* @__PURE__ */ new Map();
  /** The sequence folders of the base migrations' folders, in the order their files come. */
  folders = /* @__PURE__ */ new Set();
  // A sequence is a function of the framework and the folder: computed once per folder, and the
  // folder's key taken again without building a string while files of one folder follow each other.
  keys = /* @__PURE__ */ new Map();
  last;
  lastDir;
  /** The facts of `list`, in its order: what the loops over a history's list compute. */
  static of(list, sequenceFolder2) {
    const facts = new _BaseFacts(sequenceFolder2);
    for (const { file } of list) facts.add(file);
    return facts;
  }
  /** The next base migration of the history (in its list's order). */
  add(file) {
    this.count++;
    const framework = file.framework;
    if (framework === "liquibase") this.liquibase = true;
    if (!this.notSql && (isCodeFramework(framework) || isChangelogMigration(file))) this.notSql = true;
    this.frameworks.add(framework);
    const path = file.path;
    const slash = path.lastIndexOf("/");
    if (!(this.lastDir !== void 0 && slash === this.lastDir.length && path.startsWith(this.lastDir))) {
      this.lastDir = path.slice(0, Math.max(0, slash));
      this.folders.add(this.sequenceFolder(path));
    }
    if (file.part !== "up") return;
    this.anyUp = true;
    if (file.version === null) return;
    let key;
    const last = this.last;
    if (last !== void 0 && last.framework === framework && slash === last.dir.length && path.startsWith(last.dir)) key = last.key;
    else {
      const dir = path.slice(0, Math.max(0, slash));
      const at = `${framework}\0${dir}`;
      let known = this.keys.get(at);
      if (known === void 0) this.keys.set(at, known = sequenceKey(file));
      key = known;
      this.last = { framework, dir, key };
    }
    const top = this.newest.get(key);
    if (!top) this.newest.set(key, [file, null]);
    else if (compareVersionsOf(framework, file.version, top[0].version) > 0) this.newest.set(key, [file, top[0]]);
    else if (top[1] === null || compareVersionsOf(framework, file.version, top[1].version) > 0) top[1] = file;
  }
};
function planFacts(migrations, dialectsOf, sequenceFolder2) {
  const byKey = /* @__PURE__ */ new Map();
  const at = /* @__PURE__ */ new Map();
  for (let i = 0; i < migrations.length; i++) {
    const { file, set } = migrations[i];
    at.set(file, i);
    for (const dialect of dialectsOf(i)) {
      const key = `${set}\0${dialect}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, entry = { set, dialect, facts: new BaseFacts(sequenceFolder2) });
      entry.facts.add(file);
    }
  }
  return [...byKey.values()].map(({ set, dialect, facts }) => [
    set,
    dialect,
    facts.count,
    (facts.liquibase ? 1 : 0) | (facts.notSql ? 2 : 0) | (facts.anyUp ? 4 : 0),
    [...facts.frameworks],
    [...facts.folders],
    [...facts.newest].map(([key, [a, b]]) => [key, at.get(a), b === null ? -1 : at.get(b)])
  ]);
}
function factsFromRecord(record, migrationCount, migration, sequenceFolder2) {
  if (!Array.isArray(record) || record.length !== 7) return null;
  const [set, dialect, count, flags, frameworks, folders2, newest] = record;
  if (!Number.isInteger(set) || set < 0 || typeof dialect !== "string") return null;
  if (!Number.isInteger(count) || count < 0 || count > migrationCount) return null;
  if (!Number.isInteger(flags) || flags < 0 || flags > 7) return null;
  if (!Array.isArray(frameworks) || !frameworks.every((f) => typeof f === "string") || !Array.isArray(folders2) || !folders2.every((f) => typeof f === "string") || !Array.isArray(newest)) return null;
  const facts = new BaseFacts(sequenceFolder2);
  facts.count = count;
  facts.liquibase = (flags & 1) !== 0;
  facts.notSql = (flags & 2) !== 0;
  facts.anyUp = (flags & 4) !== 0;
  for (const f of frameworks) facts.frameworks.add(f);
  for (const f of folders2) facts.folders.add(f);
  const fileAt = (i, key) => {
    if (!Number.isInteger(i) || i < 0 || i >= migrationCount) return null;
    const m = migration(i);
    return m.set === set && m.file.part === "up" && m.file.version !== null && sequenceKey(m.file) === key ? m.file : null;
  };
  for (const entry of newest) {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== "string") return null;
    const key = entry[0];
    const first = fileAt(entry[1], key);
    const next = entry[2] === -1 ? null : fileAt(entry[2], key);
    if (first === null || entry[2] !== -1 && next === null || facts.newest.has(key)) return null;
    facts.newest.set(key, [first, next]);
  }
  return { key: `${set}\0${dialect}`, facts };
}
function newestVersionBeside(file, newest) {
  if (file.version === null || newest.size === 0) return null;
  const top = newest.get(sequenceKey(file));
  if (!top) return null;
  const other = top[0].path === file.path ? top[1] : top[0];
  return other?.version ?? null;
}

// src/migrations/plan.ts
var LazyMigration = class {
  constructor(file, set, load) {
    this.file = file;
    this.set = set;
    this.load = load;
  }
  file;
  set;
  load;
  value;
  get text() {
    if (this.value === void 0) this.value = this.load(this.file.path);
    return this.value;
  }
};
function planFileIn(file, dialect) {
  return { path: file.path, framework: file.framework, version: file.version, part: file.part, dialect };
}
var DialectCopy = class {
  constructor(file, of) {
    this.file = file;
    this.of = of;
  }
  file;
  of;
  get text() {
    return this.of.text;
  }
};
var EMPTY_BASE = { readings: [], pending: [], folders: /* @__PURE__ */ new Map(), sets: /* @__PURE__ */ new Map(), runsOn: /* @__PURE__ */ new Map() };
var FilledOnUse = class extends Map {
  fill;
  constructor(fill) {
    super();
    this.fill = fill;
  }
  filled() {
    const fill = this.fill;
    if (fill) {
      this.fill = void 0;
      fill(this);
    }
    return this;
  }
  get(key) {
    return super.get.call(this.filled(), key);
  }
  has(key) {
    return super.has.call(this.filled(), key);
  }
  set(key, value) {
    return super.set.call(this.filled(), key, value);
  }
  delete(key) {
    return super.delete.call(this.filled(), key);
  }
  clear() {
    this.fill = void 0;
    super.clear();
  }
  get size() {
    this.filled();
    return super.size;
  }
  keys() {
    return super.keys.call(this.filled());
  }
  values() {
    return super.values.call(this.filled());
  }
  entries() {
    return super.entries.call(this.filled());
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(each, thisArg) {
    super.forEach.call(this.filled(), each, thisArg);
  }
};
var DEFAULT_DIALECT = "postgres";
function mayBeMigration(path, sets) {
  return isMigrationFileName(path) || isCodeMigrationPath(path, sets);
}
var MigrationDetector = class {
  constructor(changes, sets, forced, config) {
    this.changes = changes;
    this.sets = sets;
    this.forced = forced;
    this.config = config;
    this.layouts = { base: new MigrationLayout(() => changes.baseTree.list()), head: new MigrationLayout(() => changes.headTree.list()) };
  }
  changes;
  sets;
  forced;
  config;
  layouts;
  cache = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  /** Base classifications of an earlier run of the same base (`seedBase`), asked after the detector's own. */
  seeded;
  /** What base files say of their dialect by their content (`dialectFromContent`), by path: asked once per file. */
  baseContentDialects = /* @__PURE__ */ new Map();
  /** The base commit's migrations (`baseMigrations`), computed once: the CLI plans for the dialects, then for the analysis. */
  basePlan;
  /** The last dialect assignment, with what it was computed from (the same PR files give the same answer). */
  lastDialects;
  /** Whether files were named on the command line (then no base history is read). */
  get isForced() {
    return this.forced.size > 0;
  }
  /** Whether each side's snapshot lists a path, as far as asked (`present`). */
  listedPaths = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  /**
   * Whether `path` is listed on that side. `paths`: the others about to be asked, told in one go
   * by a snapshot that can (`listedOf`) without listing the whole tree; else the listing tells.
   */
  present(side, path, paths = [path]) {
    const known = this.listedPaths[side];
    let answer = known.get(path);
    if (answer !== void 0) return answer;
    const ask = [.../* @__PURE__ */ new Set([path, ...paths])].filter((p) => !known.has(p));
    const listed = this.tree(side).listedOf?.(ask) ?? null;
    if (listed === null) return this.layouts[side].has(path);
    for (const p of ask) known.set(p, listed.has(p));
    answer = known.get(path) ?? false;
    return answer;
  }
  /**
   * Base classifications known from an earlier run of the same base (the replay cache's base plan):
   * asked for a path the detector has not classified itself (those it classified already win), each
   * decoded when asked, so a 20,000-file plan is neither decoded nor copied into a map.
   */
  seedBase(plan) {
    this.seeded = plan;
  }
  /** The classification of `path` when it is known already (computed or seeded), without computing it. */
  known(side, path) {
    return this.cache[side].get(path) ?? (side === "base" ? this.seeded?.classification(path) : void 0);
  }
  tree(side) {
    return side === "base" ? this.changes.baseTree : this.changes.headTree;
  }
  classify(side, path, text) {
    const cache = this.cache[side];
    let c = cache.get(path) ?? (side === "base" ? this.seeded?.classification(path) : void 0);
    if (!c) {
      const forced = this.forced.has(path);
      if (!forced && !mayBeMigration(path, this.sets)) return { file: null, as: "other", set: 0, reason: "not a SQL file" };
      c = classifyMigration(path, text === void 0 ? readOrNull(this.tree(side), path) : text, this.sets, this.layouts[side], forced);
      cache.set(path, c);
    }
    return c;
  }
};
function readOrNull(tree, path) {
  try {
    return tree.read(path);
  } catch {
    return null;
  }
}
var detectors = /* @__PURE__ */ new WeakMap();
function detectorFor(changes, config, forced) {
  let byConfig = detectors.get(changes);
  if (!byConfig) detectors.set(changes, byConfig = /* @__PURE__ */ new WeakMap());
  let detector = byConfig.get(config);
  if (!detector || forced.size > 0) {
    detector = new MigrationDetector(changes, config.migrations, forced, config);
    if (forced.size === 0) byConfig.set(config, detector);
  }
  return detector;
}
var SCRIPT_FILE = /\.(?:[cm]?[jt]s|tsx)$/;
function isDialectSettingsPath(path) {
  return path === "migration_lock.toml" || path.endsWith("/migration_lock.toml") || path === "meta/_journal.json" || path.endsWith("/meta/_journal.json");
}
function declaredDialect(path, set, side, detector, settings, headSettings = []) {
  const sets = detector.sets;
  const configured = sets[set]?.dialect;
  if (configured) return { dialect: configured, by: `the configuration (${sets.length === 1 ? "migrations" : `migrations[${set}]`}.dialect)` };
  const fromPath = dialectFromPath(path);
  if (fromPath) return fromPath;
  const { file, read } = settingsFileOf(path);
  const key = `${side}:${file}`;
  if (!settings.has(key)) {
    const present = side === "head" ? detector.present("head", file, headSettings) : detector.layouts.base.has(file);
    const text = present ? readOrNull(detector.tree(side), file) : null;
    settings.set(key, text === null ? void 0 : read(text));
  }
  const d = settings.get(key);
  return d ? { dialect: d, by: `${file.slice(file.lastIndexOf("/") + 1)} beside it` } : void 0;
}
function settingsFileOf(path) {
  const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  const parent = dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
  if (path.endsWith("/migration.sql")) return { file: `${parent === "" ? "" : `${parent}/`}migration_lock.toml`, read: dialectFromPrismaLock };
  return { file: `${dir === "" ? "" : `${dir}/`}meta/_journal.json`, read: dialectFromDrizzleJournal };
}
function vote(votes, key, dialect) {
  const map = votes;
  let v = map.get(key);
  if (!v) map.set(key, v = { dialects: [], count: 0 });
  if (!v.dialects.includes(dialect)) v.dialects.push(dialect);
  v.count++;
}
function byNeighbours(path, set, folders2, sets) {
  const voted = byVotes(path, set, folders2, sets);
  if (voted) return voted;
  const near = folders2.get(folderOf(path));
  return { dialect: DEFAULT_DIALECT, by: near && near.dialects.length > 1 ? `the default (its folder's files show ${near.dialects.join(" and ")})` : "the default (nothing in its name, folder or content says otherwise)" };
}
function byVotes(path, set, folders2, sets) {
  const near = folders2.get(folderOf(path));
  if (near?.dialects.length === 1) {
    const [d] = near.dialects;
    return { dialect: d, by: `the other migrations of its folder (${near.count} read as ${d} by their content)` };
  }
  const all = sets.get(set);
  if (all && all.dialects.length === 1 && all.count >= 2) {
    const [d] = all.dialects;
    return { dialect: d, by: `the other migrations of the repository (${all.count} read as ${d} by their content, none otherwise)` };
  }
  return null;
}
function baseDialects(base, detector) {
  const settings = /* @__PURE__ */ new Map();
  const readings = new Array(base.length);
  const pending = [];
  const folders2 = /* @__PURE__ */ new Map();
  const sets = /* @__PURE__ */ new Map();
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const path = b.file.path;
    const own = declaredDialect(path, b.set, "base", detector, settings);
    if (own) {
      readings[i] = own;
      continue;
    }
    const content = baseContentDialect(detector, b);
    if (content) {
      readings[i] = content;
      vote(folders2, folderOf(path), content.dialect);
      vote(sets, b.set, content.dialect);
    } else pending.push(i);
  }
  for (const i of pending) readings[i] = byNeighbours(base[i].file.path, base[i].set, folders2, sets);
  return { readings, pending, folders: folders2, sets, runsOn: runsOnOf(base, readings) };
}
function runsOnOf(base, readings) {
  return dialectsRunOn(base.map((b, i) => ({ path: b.file.path, dialect: readings[i].dialect, pathDecided: isPathDecided(readings[i]) })));
}
function isPathDecided(r) {
  return r !== void 0 && !r.by.startsWith("its content") && !r.by.startsWith("the ");
}
function assignDialects(baseList, based, files, detector) {
  const listOf = typeof baseList === "function" ? baseList : () => baseList;
  const settings = /* @__PURE__ */ new Map();
  const own = [];
  let folders2 = based.folders;
  let sets = based.sets;
  let voted = false;
  const headSettings = files.filter((f) => f.side === "head").map((f) => settingsFileOf(f.path).file);
  for (const f of files) {
    const d = declaredDialect(f.path, f.set, f.side, detector, settings, headSettings);
    const content = d ? void 0 : contentDialect(f, detector.sets);
    own.push(d ?? (content && f.side === "head" ? withNeighbours(content, byVotes(f.path, f.set, based.folders, based.sets)) : content));
    if (!content) continue;
    if (!voted) {
      folders2 = new Map([...folders2].map(([k, v]) => [k, { dialects: [...v.dialects], count: v.count }]));
      sets = new Map([...sets].map(([k, v]) => [k, { dialects: [...v.dialects], count: v.count }]));
      voted = true;
    }
    vote(folders2, folderOf(f.path), content.dialect);
    vote(sets, f.set, content.dialect);
  }
  let baseReadings = based.readings;
  let runsOn2 = based.runsOn;
  if (voted && based.pending.length > 0) {
    const base = listOf();
    let changed = false;
    const again = [...based.readings];
    for (const i of based.pending) {
      const r = byNeighbours(base[i].file.path, base[i].set, folders2, sets);
      if (r.dialect !== again[i].dialect || r.by !== again[i].by) {
        again[i] = r;
        changed = true;
      }
    }
    if (changed) {
      baseReadings = again;
      runsOn2 = runsOnOf(base, again);
    }
  }
  const result = { base: new FilledOnUse((map) => {
    const base = listOf();
    for (let i = 0; i < base.length; i++) map.set(base[i].file.path, baseReadings[i]);
  }), head: /* @__PURE__ */ new Map(), baseReadings, runsOn: runsOn2 };
  files.forEach((f, i) => {
    const out = result[f.side];
    out.set(f.path, own[i] ?? byNeighbours(f.path, f.set, folders2, sets));
  });
  return result;
}
function withNeighbours(content, near) {
  return near === null || near.dialect === content.dialect ? content : { ...content, neighbours: near };
}
function contentDialect(f, sets) {
  if (isCodeMigrationPath(f.path, sets)) return void 0;
  const text = f.text;
  return text === null ? void 0 : dialectFromContent(SCRIPT_FILE.test(f.path) ? text.replace(/`/g, '"') : text);
}
function baseContentDialect(detector, b) {
  const known = detector.baseContentDialects;
  const path = b.file.path;
  if (known.has(path)) return known.get(path);
  const reading = contentDialect({ path, get text() {
    return b.text;
  } }, detector.sets);
  known.set(path, reading);
  return reading;
}
function folderOf(path) {
  const parts = path.split("/");
  parts.pop();
  if (parts.length > 0 && /^\d/.test(parts[parts.length - 1])) parts.pop();
  return parts.join("/");
}
function dialectlessName(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.split(".").filter((part, i) => i === 0 || !dialectWord(part)).join(".");
}
function dialectsRunOn(base) {
  const named = /* @__PURE__ */ new Map();
  const specific = /* @__PURE__ */ new Set();
  const ownName = [];
  for (const f of base) {
    const d = dialectFromName(f.path);
    ownName.push(d !== void 0);
    if (!d) continue;
    const folder = folderOf(f.path);
    (named.get(folder) ?? named.set(folder, /* @__PURE__ */ new Set()).get(folder)).add(d.dialect);
    specific.add(`${folder}\0${dialectlessName(f.path)}\0${d.dialect}`);
  }
  const out = /* @__PURE__ */ new Map();
  if (named.size === 0) return out;
  base.forEach((f, i) => {
    if (f.pathDecided || ownName[i]) return;
    const folder = folderOf(f.path);
    const others = named.get(folder);
    if (!others) return;
    const stem = dialectlessName(f.path);
    const runs = /* @__PURE__ */ new Set([f.dialect]);
    for (const d of others) if (!specific.has(`${folder}\0${stem}\0${d}`)) runs.add(d);
    if (runs.size > 1) out.set(i, [...runs]);
  });
  return out;
}
function addEchoes(groups, candidates, baseList, head) {
  if (groups.size < 2) return;
  const base = baseList();
  const named = /* @__PURE__ */ new Map();
  const specific = /* @__PURE__ */ new Set();
  for (const path of [...base.map((b) => b.file.path), ...candidates.filter((c) => c.change.status !== "deleted").map((c) => c.file.path)]) {
    const d = dialectFromName(path);
    if (!d) continue;
    const folder = folderOf(path);
    (named.get(folder) ?? named.set(folder, /* @__PURE__ */ new Set()).get(folder)).add(d.dialect);
    specific.add(`${folder}\0${dialectlessName(path)}\0${d.dialect}`);
  }
  for (const group of [...groups.values()]) {
    for (const c of group.candidates) {
      if (c.echo || c.change.status !== "added" || c.file.part !== "up" || dialectFromName(c.file.path)) continue;
      const reading = head.get(c.file.path);
      if (reading && !reading.by.startsWith("its content") && !reading.by.startsWith("the ")) continue;
      const folder = folderOf(c.file.path);
      const stem = dialectlessName(c.file.path);
      for (const d of named.get(folder) ?? []) {
        if (d === group.dialect || specific.has(`${folder}\0${stem}\0${d}`)) continue;
        groups.get(`${group.set}\0${d}`)?.candidates.push({ ...c, file: { ...c.file, dialect: d }, echo: true });
      }
    }
  }
}
function findBaselines(detector, group, sequenceFolders, ignored) {
  const set = detector.sets[group.set];
  const base = detector.changes.baseTree;
  let paths;
  const listed = detector.basePlan?.baselines;
  try {
    paths = listed?.paths ?? base.list().filter((p) => !ignored(p) && (isSqlFileName(p) || codeBaselineFramework(p) !== null));
  } catch {
    return [];
  }
  const out = [];
  const file = (path) => ({ path, framework: codeBaselineFramework(path) ?? "plain", version: null, part: "up", dialect: group.dialect });
  if (set?.baseline && set.baseline.length > 0) {
    const match = globMatcher(set.baseline);
    for (const path of paths.filter(match).sort()) out.push({ file: file(path), text: readOrNull(base, path) });
    return out;
  }
  if (set?.paths && set.paths.length > 0) return out;
  const frameworks = /* @__PURE__ */ new Set();
  for (const c of group.candidates ?? []) frameworks.add(c.file.framework);
  if (group.facts) for (const f of group.facts.frameworks) frameworks.add(f);
  else for (const b of group.base ?? []) frameworks.add(b.file.framework);
  for (const path of listed?.code ?? paths) {
    const framework = codeBaselineFramework(path);
    if (framework === null || !frameworks.has(framework) || !isCodeBaselineOf(path, framework, sequenceFolders)) continue;
    const text = readOrNull(base, path);
    if (text !== null && looksLikeCodeBaseline(framework, text)) out.push({ file: file(path), text });
  }
  if (listed?.notMigrations) paths = listed.notMigrations;
  else if (!listed) paths = paths.filter((p) => codeBaselineFramework(p) === null);
  else if (listed.code.length > 0) {
    const code = new Set(listed.code);
    paths = paths.filter((p) => !code.has(p));
  }
  const near = (dir) => {
    for (const folder of sequenceFolders) {
      if (folder === dir) return true;
      if (!(dir === "" || folder.startsWith(`${dir}/`))) continue;
      const depth = folder.slice(dir.length).split("/").filter((p) => p !== "").length;
      if (depth <= 3) return true;
    }
    return false;
  };
  const nearDirs = /* @__PURE__ */ new Map();
  for (const path of (listed?.notMigrations ? [...paths] : paths.filter((p) => !detector.known("base", p)?.file)).sort()) {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    let isNear = nearDirs.get(dir);
    if (isNear === void 0) nearDirs.set(dir, isNear = near(dir));
    if (!isNear) continue;
    const c = detector.classify("base", path);
    if (c.file !== null || c.set !== group.set || !(c.as === "schema" || c.as === "other" && schemaFileName(basenameOf(path)) !== null)) continue;
    const text = readOrNull(base, path);
    if (text === null) continue;
    const dialect = (dialectFromPath(path) ?? schemaNameDialect(path) ?? dialectFromContent(text))?.dialect;
    if (dialect === void 0 || dialect === group.dialect) out.push({ file: file(path), text });
  }
  return out;
}
function basenameOf(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function schemaNameDialect(path) {
  const stem = path.slice(path.lastIndexOf("/") + 1).replace(/\.sql$/i, "");
  for (const w of stem.split(/[._-]/)) {
    const d = dialectWord(w);
    if (d) return { dialect: d, by: `its name (${w})` };
  }
  return void 0;
}
function planHistories(detector, candidates, ignored, forced, { dialectsOnly = false } = {}) {
  const basePlan = forced || candidates.length === 0 ? void 0 : baseMigrations(detector, ignored);
  const baseCount = basePlan?.count ?? 0;
  const baseList = () => basePlan?.migrations ?? [];
  const prFiles = candidates.map((c) => ({ path: c.file.path, set: detector.classify(c.change.status === "deleted" ? "base" : "head", c.change.path).set, text: c.text ?? readOrNull(detector.changes.baseTree, c.change.oldPath ?? c.change.path), side: c.change.status === "deleted" ? "base" : "head" }));
  const last = detector.lastDialects;
  const same = last !== void 0 && last.baseCount === baseCount && last.inputs.length === prFiles.length && last.inputs.every((f, i) => f.path === prFiles[i].path && f.set === prFiles[i].set && f.side === prFiles[i].side && f.text === prFiles[i].text);
  if (basePlan && !basePlan.dialects) basePlan.dialects = baseDialects(basePlan.migrations, detector);
  const readings = same ? last.result : assignDialects(baseList, basePlan?.dialects ?? EMPTY_BASE, prFiles, detector);
  if (!same) detector.lastDialects = { inputs: prFiles, baseCount, result: readings };
  basePlan?.write?.();
  const dialects = { head: readings.head, base: readings.base };
  const byDir = /* @__PURE__ */ new Map();
  const sequenceOf = (path) => {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    let folder = byDir.get(dir);
    if (folder === void 0) byDir.set(dir, folder = sequenceFolder(path));
    return folder;
  };
  const groups = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const side = c.change.status === "deleted" ? "base" : "head";
    const set = detector.classify(side, c.change.path).set;
    const reading = readings[side].get(c.file.path) ?? { dialect: DEFAULT_DIALECT, by: "the default" };
    c.file = { ...c.file, dialect: reading.dialect };
    const key = `${set}\0${reading.dialect}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { set, dialect: reading.dialect, candidates: [], base: [], baselines: [], ...basePlan?.key ? { basis: basePlan.key, ...readings.baseReadings === basePlan.dialects?.readings ? { baseOf: `${basePlan.key} set ${set}` } : {} } : {} });
    group.candidates.push(c);
  }
  if (dialectsOnly) return { groups: [...groups.values()], dialects };
  addEchoes(groups, candidates, baseList, readings.head);
  const stored = readings.baseReadings === basePlan?.dialects?.readings ? basePlan.facts : void 0;
  for (const group of groups.values()) group.facts = stored?.get(`${group.set}\0${group.dialect}`) ?? new BaseFacts(sequenceOf);
  const { baseReadings, runsOn: runsOn2 } = readings;
  let lastGroup;
  const groupOf = (set, dialect) => {
    if (lastGroup?.set !== set || lastGroup.dialect !== dialect) lastGroup = { set, dialect, group: groups.get(`${set}\0${dialect}`) };
    return lastGroup.group;
  };
  const base = stored === void 0 ? baseList() : [];
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const several = runsOn2.get(i);
    if (several === void 0) {
      groupOf(b.set, baseReadings[i].dialect)?.facts?.add(b.file);
      continue;
    }
    for (const d of several) groupOf(b.set, d)?.facts?.add(b.file);
  }
  for (const group of groups.values()) {
    lazyBase(group, baseList, baseReadings, runsOn2);
    const folders2 = new Set(group.facts?.folders);
    for (const c of group.candidates) folders2.add(sequenceOf(c.file.path));
    group.baselines = findBaselines(detector, group, folders2, ignored);
  }
  return { groups: [...groups.values()], dialects };
}
function lazyBase(group, baseList, baseReadings, runsOn2) {
  let list;
  const fill = () => {
    const base = baseList();
    const out = [];
    const { set, dialect } = group;
    for (let i = 0; i < base.length; i++) {
      const b = base[i];
      if (b.set !== set) continue;
      const several = runsOn2.get(i);
      const runs = several === void 0 ? baseReadings[i].dialect === dialect ? 1 : 0 : several.filter((d) => d === dialect).length;
      for (let k = 0; k < runs; k++) out.push(new DialectCopy(b instanceof LazyMigration ? planFileIn(b.file, dialect) : { ...b.file, dialect }, b));
    }
    return out;
  };
  Object.defineProperty(group, "base", {
    get: () => list ??= fill(),
    set: (value) => {
      list = value;
    },
    enumerable: true,
    configurable: true
  });
}
function sequenceFolder(path) {
  const parts = path.split("/");
  parts.pop();
  while (parts.length > 0 && (/^\d/.test(parts[parts.length - 1]) || dialectWord(parts[parts.length - 1]))) parts.pop();
  return parts.join("/");
}
function baseMigrations(detector, ignored) {
  if (detector.basePlan) return detector.basePlan;
  const tree = detector.changes.baseTree;
  const store = detector.changes.replayCache;
  const config = detector.config;
  const caching = store !== void 0 && config !== void 0 && !detector.isForced;
  const treeId = caching ? tree.treeId?.() : void 0;
  const treeKey = caching && treeId !== void 0 ? baseTreeKey(treeId, config, store.toolId()) : void 0;
  const byTree = treeKey === void 0 || !store ? null : readBaseTree(store, treeKey);
  if (byTree) {
    const plan2 = fromCache(detector, byTree.plan, byTree.planKey, byTree.baselines, byTree.facts);
    if (plan2) {
      if (byTree.settings?.every(([path]) => isDialectSettingsPath(path))) tree.knowListed?.(isDialectSettingsPath, byTree.settings);
      return detector.basePlan = plan2;
    }
  }
  let paths;
  try {
    paths = tree.list();
  } catch {
    return detector.basePlan = { migrations: [], count: 0, liquibase: false };
  }
  const named = [];
  const keyed = [];
  const settingsPaths = [];
  const baselines = { paths: [], code: [] };
  for (const path of paths) {
    const sql = isSqlFileName(path);
    if (sql || changelogCandidate(path, detector.sets) || isCodeMigrationPath(path, detector.sets)) {
      named.push(path);
      keyed.push(path);
      if (!sql && isDialectSettingsPath(path)) settingsPaths.push(path);
    } else if (isDialectSettingsPath(path)) {
      keyed.push(path);
      settingsPaths.push(path);
    }
    const code = codeBaselineFramework(path) !== null;
    if ((sql || code) && !ignored(path)) {
      baselines.paths.push(path);
      if (code) baselines.code.push(path);
    }
  }
  const sqlPaths = named.filter((path) => !ignored(path));
  const key = caching ? basePlanKey(tree, keyed, config, store.toolId()) : void 0;
  const cached = key === void 0 || store === void 0 ? null : readBasePlan(store, key, sqlPaths);
  const writeTree = (classifications, dialects) => {
    if (treeKey === void 0 || key === void 0 || !store) return;
    const settings = settingsPaths.map((path) => [path, tree.objectId?.(path)]);
    const migrations2 = [];
    for (const [, c] of classifications) if (c.file) migrations2.push({ file: c.file, set: c.set });
    if (migrations2.length !== dialects.readings.length) return;
    const facts = planFacts(migrations2, (i) => dialects.runsOn.get(i) ?? [dialects.readings[i].dialect], sequenceFolder);
    writeBaseTree(store, treeKey, { planKey: key, baselines, classifications, dialects, settings, facts });
  };
  if (cached && key !== void 0) {
    if (treeKey !== void 0) writeTree([...cached.entries()], cached.dialects);
    return detector.basePlan = fromCache(detector, cached, key, baselines);
  }
  tree.prefetch?.(sqlPaths);
  const migrations = [];
  for (const path of sqlPaths) {
    const text = readOrNull(tree, path);
    const c = detector.classify("base", path, text);
    if (c.file) migrations.push({ file: c.file, text, set: c.set });
  }
  const plan = { migrations, count: migrations.length, liquibase: migrations.some((m) => m.file.framework === "liquibase"), baselines, ...key === void 0 ? {} : { key } };
  if (key !== void 0 && store) {
    plan.write = () => {
      plan.write = void 0;
      if (!plan.dialects) return;
      const classifications = sqlPaths.map((p) => [p, detector.classify("base", p)]);
      writeBasePlan(store, key, classifications, plan.dialects);
      writeTree(classifications, plan.dialects);
    };
  }
  return detector.basePlan = plan;
}
function fromCache(detector, cached, key, baselines, records) {
  const tree = detector.changes.baseTree;
  let list;
  let fetched = false;
  const textOf = (path) => {
    if (!fetched && list) {
      fetched = true;
      tree.prefetch?.(list.map((m) => m.file.path));
    }
    return readOrNull(tree, path);
  };
  const migrations = () => {
    if (list === void 0) {
      list = [];
      for (let i = 0; i < cached.migrationCount; i++) {
        const { file, set } = cached.migration(i);
        list.push(new LazyMigration(file, set, textOf));
      }
    }
    return list;
  };
  let facts;
  if (records !== void 0) {
    facts = /* @__PURE__ */ new Map();
    for (const record of records) {
      const got = factsFromRecord(record, cached.migrationCount, (i) => cached.migration(i), sequenceFolder);
      if (got === null || facts.has(got.key)) return null;
      facts.set(got.key, got.facts);
    }
  }
  detector.seedBase(cached);
  return {
    get migrations() {
      return migrations();
    },
    count: cached.migrationCount,
    liquibase: cached.liquibase,
    key,
    dialects: cached.dialects,
    baselines,
    ...facts ? { facts } : {}
  };
}
function detectionEntries(detector, ignored, reworkCopies, plan) {
  const out = [];
  const forced = (path) => detector.classify("head", path).reason === "named on the command line";
  for (const c of detector.changes.files) {
    if (!isSqlFileName(c.path) && !isCodeMigrationPath(c.path, detector.sets) && !forced(c.path) && !(isChangelogFileName(c.path) && detector.classify(c.status === "deleted" ? "base" : "head", c.path).file !== null)) continue;
    if (reworkCopies.has(c.path)) {
      out.push({ file: c.path, taken: false, as: "other", reason: "the copy `sqitch rework` keeps of a deployed script: databases already ran it" });
      continue;
    }
    if (ignored(c.path)) {
      out.push({ file: c.path, taken: false, as: "other", reason: "ignore-paths" });
      continue;
    }
    const side = c.status === "deleted" ? "base" : "head";
    const k = detector.classify(side, c.path);
    const entry = { file: c.path, taken: k.file !== null, as: k.as, reason: k.reason };
    if (k.file) {
      const d = plan.dialects[side].get(c.path);
      entry.framework = k.file.framework;
      if (d) {
        entry.dialect = d.dialect;
        entry.reason = `${k.reason}; ${d.dialect} by ${d.by}`;
      }
    } else if (k.as === "schema" && side === "head" && isBaselineOf(plan, c.path)) {
      entry.as = "baseline";
      entry.reason = `${k.reason}; its base version is read into the schema history before the migrations`;
    }
    out.push(entry);
  }
  return out;
}
function isBaselineOf(plan, path) {
  return plan.groups.some((g) => g.baselines.some((b) => b.file.path === path));
}

// src/migrations/triggers.ts
function describeTrigger(s) {
  const events = s.events.map((e) => e === "UPDATE" && s.columns.length > 0 ? `UPDATE OF ${s.columns.join(", ")}` : e).join(" OR ");
  return `${s.timing} ${events} ON ${s.table} FOR EACH ${s.row ? "ROW" : "STATEMENT"}${s.when !== null ? " WHEN (\u2026)" : ""} EXECUTE ${s.call}`;
}
function triggerNarrowing(base, next) {
  const lost = [];
  const missing = base.events.filter((e) => !next.events.includes(e));
  if (missing.length > 0) lost.push(`it no longer fires on ${missing.join(" or ")}`);
  if (base.events.includes("UPDATE") && next.events.includes("UPDATE") && next.columns.length > 0) {
    const extra = base.columns.length === 0 ? next.columns : base.columns.filter((c) => !next.columns.includes(c));
    if (base.columns.length === 0 || extra.length > 0) lost.push(`it fires on UPDATE only of ${next.columns.join(", ")}`);
  }
  if (next.when !== null && next.when !== base.when) lost.push(base.when === null ? "it fires only when its new WHEN condition holds" : "its WHEN condition changed");
  if (next.timing !== base.timing) lost.push(`it runs ${next.timing} instead of ${base.timing}`);
  if (next.row !== base.row) lost.push(`it fires once per ${next.row ? "row" : "statement"} instead of once per ${base.row ? "row" : "statement"}`);
  if (next.call !== base.call) lost.push(`it executes ${next.call} instead of ${base.call}`);
  if (next.table !== base.table) lost.push(`it is on ${next.table} instead of ${base.table}`);
  if (lost.length === 0) return null;
  return `${describeTrigger(next)} instead of ${describeTrigger(base)}: ${lost.join(", ")}`;
}
var parsedUp = /* @__PURE__ */ new WeakMap();
function upStatementsNaming({ file, text }, needle, dialect) {
  if (text === null || !text.toLowerCase().includes(needle)) return void 0;
  if (file.part !== "up" && file.part !== "repeatable") return void 0;
  const known = parsedUp.get(file);
  if (known && known.text === text && known.dialect === dialect) return known.forward;
  const forward = parseFile({ text, sections: sectionsOf(file, text).filter((s) => s.part === "up") }, dialect).forward;
  parsedUp.set(file, { text, dialect, forward });
  return forward;
}
function sameTriggerTable(a, b) {
  return a === void 0 || b === void 0 || a === "" || b === "" || a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
function baseTriggerShape(files, name, table, dialect) {
  const needle = name.toLowerCase();
  let current = null;
  const sameTable = (t) => sameTriggerTable(table, t);
  for (const entry of files) {
    let statements;
    try {
      statements = upStatementsNaming(entry, needle, dialect);
    } catch {
      return "unread";
    }
    for (const stmt of statements ?? []) {
      if (stmt.status === "unparsed" && stmt.text.toLowerCase().includes(needle) && /\bTRIGGER\b/i.test(stmt.text)) current = "unread";
      for (const op of stmt.ops) {
        if (op.kind === "create-object" && op.objectKind === "trigger" && op.name === name) {
          if (!op.trigger) current = "unread";
          else if (sameTable(op.trigger.table)) current = op.trigger;
        } else if (op.kind === "drop-object" && op.objectKind === "trigger" && op.name === name && sameTable(op.table)) current = null;
        else if (op.kind === "rename-object" && op.objectKind === "trigger" && op.name === name && sameTable(op.table)) current = null;
      }
    }
  }
  return current;
}
function rowAssignmentsOnly(createText) {
  if (!/\bRETURNS\s+TRIGGER\b/i.test(createText) || !/\bLANGUAGE\s+'?plpgsql'?/i.test(createText)) return null;
  const quoted = /\$([A-Za-z_]\w*)?\$([\s\S]*?)\$\1?\$/.exec(createText);
  if (!quoted) return null;
  const body = quoted[2].replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ").trim();
  const inner = /^BEGIN\b([\s\S]*)\bEND\s*;?$/i.exec(body);
  if (!inner || /['$]/.test(inner[1])) return null;
  const columns2 = [];
  for (const part of inner[1].split(";").map((p) => p.trim()).filter(Boolean)) {
    if (/^RETURN\s+(?:NEW|NULL)$/i.test(part)) continue;
    const set = /^NEW\s*\.\s*("?)(\w+)\1\s*:?=\s*\S/i.exec(part);
    if (!set) return null;
    const column = set[1] ? set[2] : set[2].toLowerCase();
    if (!columns2.includes(column)) columns2.push(column);
  }
  return columns2.length > 0 ? columns2 : null;
}
function baseRowSettings(files, kind, name, table, dialect) {
  const functions = /* @__PURE__ */ new Map();
  const triggers = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  const read = (needle) => {
    for (const entry of files) {
      if (parsed.has(entry.file)) continue;
      try {
        const statements = upStatementsNaming(entry, needle, dialect);
        if (statements) parsed.set(entry.file, statements);
      } catch {
        return false;
      }
    }
    return true;
  };
  const replay = () => {
    functions.clear();
    triggers.clear();
    for (const { file } of files) {
      const statements = parsed.get(file);
      if (!statements) continue;
      for (const stmt of statements) {
        if (stmt.status === "unparsed" && /\b(?:TRIGGER|FUNCTION)\b/i.test(stmt.text)) return false;
        for (const op of stmt.ops) {
          if (op.kind === "create-object" && op.objectKind === "function") functions.set(op.name, stmt.text);
          else if (op.kind === "drop-object" && op.objectKind === "function") functions.delete(op.name);
          else if (op.kind === "create-object" && op.objectKind === "trigger") {
            triggers.set(`${op.trigger?.table ?? ""}\0${op.name}`, op.trigger ? { table: op.trigger.table, fn: op.trigger.call.replace(/\(.*$/, "") } : null);
          } else if (op.kind === "drop-object" && op.objectKind === "trigger") {
            for (const key of [...triggers.keys()]) if (key.endsWith(`\0${op.name}`) && sameTriggerTable(op.table, key.slice(0, key.indexOf("\0")))) triggers.delete(key);
          }
        }
      }
    }
    return true;
  };
  const settings = (fn, on) => {
    const text = functions.get(fn);
    const columns2 = text ? rowAssignmentsOnly(text) : null;
    if (!columns2 || on.length === 0) return null;
    return on.flatMap((t) => columns2.map((column) => ({ table: t, column })));
  };
  if (!read(name.toLowerCase()) || !replay()) return null;
  if (kind === "function") {
    const on = [...triggers.values()].filter((t) => t !== null && t.fn === name).map((t) => t.table);
    if ([...triggers.values()].some((t) => t === null)) return null;
    return settings(name, on);
  }
  const mine = [...triggers.entries()].filter(([key]) => key.endsWith(`\0${name}`) && sameTriggerTable(table, key.slice(0, key.indexOf("\0"))));
  if (mine.length !== 1 || mine[0][1] === null) return null;
  const trigger = mine[0][1];
  if (!read(trigger.fn.toLowerCase()) || !replay()) return null;
  return settings(trigger.fn, [trigger.table]);
}
function baseRoutineCallers(files, name, dialect) {
  const bare = name.slice(name.lastIndexOf(".") + 1);
  const calls = new RegExp(`(?<![\\w$."])(?:\\w+\\.)?"?${bare.replace(/\W/g, "\\$&")}"?\\s*\\(`, "i");
  const callers = /* @__PURE__ */ new Map();
  let defined = false;
  for (const entry of files) {
    let statements;
    try {
      statements = upStatementsNaming(entry, bare.toLowerCase(), dialect);
    } catch {
      return null;
    }
    for (const stmt of statements ?? []) {
      if (!calls.test(stmt.text)) continue;
      if (/^\s*(?:UPDATE|INSERT|DELETE|SELECT|WITH|COMMENT|DROP|GRANT|REVOKE)\b/i.test(stmt.text)) continue;
      if (stmt.status === "unparsed") return null;
      const created = stmt.ops.find((op) => op.kind === "create-object" && (op.objectKind === "function" || op.objectKind === "procedure"));
      if (!created || created.kind !== "create-object") return null;
      if (created.name === name || created.name === bare) {
        defined = true;
        continue;
      }
      callers.set(created.name, true);
    }
  }
  return defined ? [...callers.keys()] : null;
}

// src/migrations/suppressions.ts
var COMMENT = /^[ \t]*(?:--|#|\/\/)[ \t]*rollback-guard-ignore(-file)?\b[ \t]*([^\n]*)$/gm;
function findSqlSuppressions(file, text, targets, baseText) {
  const out = [];
  if (!text.includes("rollback-guard-ignore")) return out;
  let line = 1;
  let lastIndex = 0;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    for (let i = text.indexOf("\n", lastIndex); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    lastIndex = m.index;
    const { rules, reason } = parseSuppressionBody(m[2]);
    if (rules.length === 0) continue;
    if (m[1]) {
      out.push({ file, line, rules, reason, scope: "file" });
      continue;
    }
    let next;
    for (const t of targets) if (t.line > line && (!next || t.line < next.line)) next = t;
    out.push({
      file,
      line,
      rules,
      reason,
      scope: next ? { startLine: next.line, endLine: next.endLine } : { startLine: line, endLine: line }
    });
  }
  if (baseText !== void 0) markAdded(out, text, baseText);
  return out;
}
var MAX_CANDIDATES = 64;
function markAdded(head, headText, baseText) {
  if (baseText === null) {
    for (const s of head) s.added = true;
    return;
  }
  const headLines = headText.split("\n");
  const baseLines = baseText.split("\n");
  const byKey = /* @__PURE__ */ new Map();
  for (const b of suppressionComments(baseText)) {
    const key = keyOf(b.fileWide, b.rules, b.reason);
    const group = byKey.get(key);
    if (group) {
      group.lines.push(b.line);
      group.used.push(false);
    } else byKey.set(key, { lines: [b.line], used: [false], first: 0 });
  }
  for (const s of head) {
    const group = byKey.get(keyOf(s.scope === "file", s.rules, s.reason));
    let found = -1;
    if (group) {
      while (group.first < group.lines.length && group.used[group.first]) group.first++;
      const target = s.scope !== "file" && s.scope.startLine > s.line ? normalize(headLines.slice(s.scope.startLine - 1, s.scope.endLine)) : "";
      const count = s.scope !== "file" && s.scope.startLine > s.line ? s.scope.endLine - s.scope.startLine + 1 : 0;
      for (let i = group.first, tried = 0; i < group.lines.length && tried < MAX_CANDIDATES; i++) {
        if (group.used[i]) continue;
        tried++;
        if (s.scope === "file" || baseTarget(baseLines, group.lines[i], count) === target) {
          found = i;
          break;
        }
      }
      if (found >= 0) group.used[found] = true;
    }
    s.added = found === -1;
  }
}
function keyOf(fileWide, rules, reason) {
  return [fileWide ? "file" : "next", [...new Set(rules)].sort().join(","), reason ?? ""].join("\0");
}
function suppressionComments(text) {
  const out = [];
  let line = 1;
  let lastIndex = 0;
  const re = new RegExp(COMMENT.source, COMMENT.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = text.indexOf("\n", lastIndex); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    lastIndex = m.index;
    const { rules, reason } = parseSuppressionBody(m[2]);
    if (rules.length > 0) out.push({ line, fileWide: Boolean(m[1]), rules, reason });
  }
  return out;
}
var COMMENT_OR_BLANK = /^\s*(--.*)?$/;
function baseTarget(lines, line, count) {
  let start = line;
  while (start < lines.length && COMMENT_OR_BLANK.test(lines[start])) start++;
  if (count === 0) return start >= lines.length ? "" : null;
  if (start + count > lines.length) return null;
  return normalize(lines.slice(start, start + count));
}
function normalize(lines) {
  return lines.join("\n").replace(/\s+/g, " ").trim();
}

// src/migrations/identity.ts
var POP_DIALECT = /\.(mysql|mariadb|sqlite3?|postgres(?:ql)?|cockroach(?:db)?|mssql|sqlserver|clickhouse)$/i;
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function folders(path) {
  return path.split("/").slice(0, -1);
}
function integerVersion(version) {
  return /^\d+$/.test(version) ? version.replace(/^0+(?=\d)/, "") : version;
}
function identityOf(file, as = file.framework) {
  const read = as === file.framework ? file : detectMigration(file.path, null, ["**"], as) ?? file;
  const name = basename(file.path);
  const parent = folders(file.path).at(-1) ?? "";
  const part = read.part;
  switch (as) {
    case "golang-migrate":
    case "sqlx":
    case "goose": {
      if (read.version === null) break;
      const stem = name.replace(/\.(up|down)\.sql$/i, "").replace(/\.sql$/i, "").replace(/\.autocommit$/i, "");
      const dialect = as === "golang-migrate" ? POP_DIALECT.exec(stem)?.[1]?.toLowerCase() ?? "" : "";
      const version = integerVersion(read.version);
      return { key: `${as}:${version}:${dialect}:${part}`, label: `version ${version}${dialect ? ` (${dialect})` : ""}` };
    }
    case "dbmate":
      if (read.version === null) break;
      return { key: `dbmate:${read.version}:${part}`, label: `version ${read.version}` };
    case "flyway": {
      const m = /^([VUR])((?:\d+(?:[._]\d+)*)?)__(.+)\.sql$/i.exec(name);
      if (!m) break;
      const description = m[3].replace(/_/g, " ");
      const version = m[2] === "" ? "" : m[2].split(/[._]/).map(integerVersion).join(".");
      return m[1].toUpperCase() === "R" ? { key: `flyway:R:${description}`, label: `repeatable migration '${description}'` } : { key: `flyway:${m[1].toUpperCase()}:${version}:${description}`, label: `version ${version} '${description}'` };
    }
    case "diesel": {
      const version = parent.split("_")[0].replace(/-/g, "");
      if (version === "") break;
      return { key: `diesel:${version}:${part}`, label: `version ${version}` };
    }
    case "prisma":
      return { key: `prisma:${parent}`, label: `migration ${parent}` };
    case "sqitch": {
      const dirs = folders(file.path);
      const at = dirs.findLastIndex((d) => d === "deploy" || d === "revert" || d === "verify");
      if (at === -1) break;
      const change = [...dirs.slice(at + 1), name.replace(/\.sql$/i, "")].join("/");
      return { key: `sqitch:${change}:${part}`, label: `change ${change}` };
    }
    case "liquibase":
      return { key: `liquibase:${file.path}`, label: `changelog ${file.path}` };
    default:
      break;
  }
  const segments = file.path.split("/");
  const first = segments.findIndex((s) => /^\d/.test(s));
  const tail = (first === -1 ? [name] : segments.slice(first)).join("/");
  return { key: `plain:${tail}:${part}`, label: tail };
}
function setOf2(file) {
  const dirs = folders(file.path);
  switch (file.framework) {
    case "diesel":
    case "prisma":
      return dirs.slice(0, -1).join("/");
    case "sqitch": {
      const at = dirs.findLastIndex((d) => d === "deploy" || d === "revert" || d === "verify");
      return at === -1 ? dirs.join("/") : dirs.slice(0, at).join("/");
    }
    case "flyway": {
      const root = dirs.findLastIndex((d) => MIGRATION_DIRS.has(d.toLowerCase()));
      return (root === -1 ? dirs : dirs.slice(0, root + 1)).join("/");
    }
    default: {
      const versioned = dirs.findIndex((d) => /^\d/.test(d));
      return (versioned === -1 ? dirs : dirs.slice(0, versioned)).join("/");
    }
  }
}
var CHECKSUMMED = /* @__PURE__ */ new Set(["flyway", "sqlx", "prisma", "liquibase"]);
function sameIdentity(before, after) {
  return identityOf(before).key === identityOf(after, before.framework).key;
}

// src/migrations/lifecycle.ts
function sectionKeys(file, text, dialect) {
  return sectionsOf(file, text).flatMap((s) => statementKeys(text, dialect, s.start, s.end).map((k) => `${s.part}${k}`));
}
function hasDownStatements(file, text, dialect) {
  if (text === null) return false;
  if (isChangelogMigration(file)) return changelogHasRollback(file.path, text);
  return sectionsOf(file, text).some((s) => s.part === "down" && statementKeys(text, dialect, s.start, s.end).length > 0);
}
function fileLifecycles(candidates, changes, config, baseMigrations2, dialect) {
  const out = /* @__PURE__ */ new Map();
  let downSets;
  const keepsDowns = /* @__PURE__ */ new Map();
  const baseKeepsDowns = (set) => {
    let known = keepsDowns.get(set);
    if (known === void 0) {
      if (!downSets) {
        downSets = /* @__PURE__ */ new Map();
        for (const m of baseMigrations2) {
          const key = setOf2(m.file);
          const list = downSets.get(key);
          if (list) list.push(m);
          else downSets.set(key, [m]);
        }
      }
      known = (downSets.get(set) ?? []).some((m) => hasDownStatements(m.file, m.text, dialect));
      keepsDowns.set(set, known);
    }
    return known;
  };
  const asked = [];
  const editKeys = /* @__PURE__ */ new Map();
  candidates.forEach(({ change, file, text }, index) => {
    const basePath = change.oldPath ?? change.path;
    const baseText = change.status === "modified" || change.status === "renamed" ? changes.baseTree.read(basePath) : null;
    const life = { dialect, formatOnly: false, checksummed: CHECKSUMMED.has(file.framework) };
    if (file.framework !== "liquibase" && text !== null && baseText !== null) {
      if (text === baseText) life.formatOnly = true;
      else {
        const keys = { before: sectionKeys(file, baseText, dialect), after: sectionKeys(file, text, dialect) };
        editKeys.set(index, keys);
        life.formatOnly = keys.before.join("") === keys.after.join("");
      }
    }
    if (change.status === "renamed" && change.oldPath) {
      const before = detectInSets(change.oldPath, baseText, config.migrations);
      if (before && sameIdentity(before, file)) life.keptIdentity = identityOf(before).label;
    }
    const downInside = text !== null && (isChangelogMigration(file) ? changelogHasRollback(file.path, text) : sectionsOf(file, text).some((s) => s.part === "down"));
    const codeConvention = isCodeFramework(file.framework);
    if (text !== null && change.status !== "deleted" && (file.part === "down" || downInside || codeConvention)) {
      const configured = config.downMigrations;
      life.downPolicy = configured === "forbid" ? "error" : configured === "warn" ? "warning" : configured === "allow" ? "off" : codeConvention || baseKeepsDowns(setOf2(file)) ? "convention" : "error";
    }
    if (change.status !== "added" && file.part === "up" && file.framework !== "liquibase") asked.push({ index, path: basePath });
    out.set(index, life);
  });
  let moved2;
  if (config.released === "tags" && changes.released && asked.length > 0) {
    const statuses = changes.released(
      asked.map((a) => a.path),
      config.releaseTags,
      keepsIdentityIn(config)
    );
    for (const { index, path } of asked) {
      let status = statuses.get(path);
      const life = out.get(index);
      if (!status) continue;
      const c = candidates[index];
      const edits = c.change.status === "modified" || c.change.status === "renamed" && life.keptIdentity !== void 0;
      if (status.released && edits && status.versions?.length === 1 && status.versions[0] !== "?") {
        const id = objectIdOf(changes.headTree, c.change.path);
        if (id !== void 0 && id === status.versions[0] && objectIdOf(changes.baseTree, path) !== id) {
          status = {
            released: false,
            reason: `every release that has it holds the version this change makes${status.newestTag ? ` (the newest release is ${status.newestTag})` : ""}: no release ran another`,
            newestTag: status.newestTag
          };
        }
      }
      life.release = status;
      const keys = editKeys.get(index);
      if (status.released && edits && !life.formatOnly && keys) life.movedTo = movedToNewFile(c.file, keys, candidates, dialect);
      if (status.released || c.change.status === "deleted" || c.text === null) continue;
      if (c.change.status === "renamed" && life.keptIdentity === void 0) life.runsAsNew = true;
      const baseText = changes.baseTree.read(path);
      if (baseText !== null) {
        moved2 ??= movedStatements(candidates, changes, dialect);
        life.newStatements = newStatements(c.file, baseText, c.text, dialect, moved2);
      }
    }
  }
  return out;
}
function objectIdOf(tree, path) {
  if (!tree.objectId) return void 0;
  let record = tree.objectId(path);
  if (record === void 0) {
    tree.list();
    record = tree.objectId(path);
  }
  const id = record?.split(" ")[2];
  return id && /^[0-9a-f]{40,64}$/.test(id) ? id : void 0;
}
var COLUMN_OPTIONAL_AFTER = /* @__PURE__ */ new Set(["add", "drop", "alter", "rename", "modify", "change"]);
function restatedKey(key, dialect) {
  const tokens = key.split("");
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (dialect === "postgres" && t === "public" && tokens[i + 1] === ".") {
      i += 1;
      continue;
    }
    if (t === "if" && tokens[i + 1] === "exists") {
      i += 1;
      continue;
    }
    if (t === "if" && tokens[i + 1] === "not" && tokens[i + 2] === "exists") {
      i += 2;
      continue;
    }
    if (t === "column" && out.length > 0 && COLUMN_OPTIONAL_AFTER.has(out[out.length - 1])) continue;
    out.push(t);
  }
  return out.join("");
}
function movedStatements(candidates, changes, dialect) {
  const pool = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (c.change.status !== "deleted" || c.file.part !== "up") continue;
    const text = changes.baseTree.read(c.change.path);
    if (text !== null) countUpStatements(c.file, text, dialect, pool);
  }
  return pool;
}
function isGuarded(key) {
  const t = key.split("");
  return t.some((w, i) => w === "if" && (t[i + 1] === "exists" || t[i + 1] === "not" && t[i + 2] === "exists") || w === "or" && t[i + 1] === "replace");
}
function movedToNewFile(file, { before, after }, candidates, dialect) {
  const removed = [];
  let j = 0;
  for (const key of before) {
    if (j < after.length && after[j] === key) j++;
    else removed.push(key);
  }
  if (j !== after.length || removed.length === 0) return void 0;
  const pool = /* @__PURE__ */ new Map();
  const set = setOf2(file);
  for (const c of candidates) {
    if (c.change.status !== "added" || c.text === null || c.file.part !== "up" || setOf2(c.file) !== set) continue;
    if (!file.version || !c.file.version || (c.file.framework === file.framework ? compareVersionsOf(file.framework, c.file.version, file.version) : compareVersions(c.file.version, file.version)) <= 0) continue;
    for (const key of sectionKeys(c.file, c.text, dialect)) {
      const entry = pool.get(key) ?? { count: 0, paths: /* @__PURE__ */ new Set() };
      entry.count++;
      entry.paths.add(c.file.path);
      pool.set(key, entry);
    }
  }
  const to = /* @__PURE__ */ new Set();
  for (const key of removed) {
    const entry = pool.get(key);
    if (!key.startsWith("up") || !isGuarded(key.slice(3)) || !entry || entry.count === 0) return void 0;
    entry.count--;
    for (const p of entry.paths) to.add(p);
  }
  return [...to].sort();
}
function countUpStatements(file, text, dialect, into) {
  for (const s of sectionsOf(file, text)) {
    if (s.part !== "up") continue;
    for (const key of statementKeys(text, dialect, s.start, s.end)) {
      const k = restatedKey(key, dialect);
      into.set(k, (into.get(k) ?? 0) + 1);
    }
  }
}
function newStatements(file, before, after, dialect, moved2 = /* @__PURE__ */ new Map()) {
  const had = /* @__PURE__ */ new Map();
  countUpStatements(file, before, dialect, had);
  const ranges = [];
  const lines = [];
  for (const s of sectionsOf(file, after)) {
    if (s.part !== "up") continue;
    for (const piece of splitStatements(after, { dialect, from: s.start, to: s.end })) {
      const key = statementKey(piece.text, dialect);
      if (key === "") continue;
      const k = restatedKey(key, dialect);
      const left = had.get(k) ?? 0;
      if (left > 0) {
        had.set(k, left - 1);
        continue;
      }
      const elsewhere = moved2.get(k) ?? 0;
      if (elsewhere > 0) {
        moved2.set(k, elsewhere - 1);
        continue;
      }
      ranges.push([piece.start, piece.end]);
      lines.push([piece.line, piece.endLine]);
    }
  }
  return { ranges, lines };
}
function createdInNoRelease(kind, name, migrations, baselines, releasesOf, dialect) {
  if (name === "" || migrations.length === 0) return null;
  const probe = releasesOf([migrations[0].file.path]);
  if (probe === null || [...probe.values()].every((s) => s.newestTag === void 0)) return null;
  const needle = (name.split(".").pop() ?? name).toLowerCase();
  if (baselines.some((b) => b.text === null || b.text.toLowerCase().includes(needle))) return null;
  const creators = [];
  for (const { file, text } of migrations) {
    if (file.part !== "up" && file.part !== "repeatable") continue;
    if (text === null) continue;
    if (!text.toLowerCase().includes(needle)) continue;
    let creates = false;
    try {
      for (const stmt of parseFile({ text, sections: sectionsOf(file, text).filter((s) => s.part === "up") }, dialect).forward) {
        for (const op of stmt.ops) if (kind === "table" && op.kind === "create-table" && op.table === name || kind === "index" && op.kind === "create-index" && op.name === name) creates = true;
      }
    } catch {
      return null;
    }
    if (creates) creators.push(file.path);
  }
  if (creators.length === 0) return null;
  const statuses = releasesOf(creators);
  if (statuses === null) return null;
  const reasons = [];
  for (const path of creators) {
    const status = statuses.get(path);
    if (!status || status.released) return null;
    reasons.push(`${path} creates it and ${status.reason}`);
  }
  return reasons.join("; ");
}
function releasesOfPaths(paths, changes, config) {
  if (config.released !== "tags" || !changes.released) return null;
  return changes.released(paths, config.releaseTags, keepsIdentityIn(config));
}
function keepsIdentityIn(config) {
  return (from, to) => {
    const before = detectInSets(from, null, config.migrations);
    const after = detectInSets(to, null, config.migrations);
    return before === null || after === null || sameIdentity(before, after);
  };
}

// src/migrations/routines.ts
var NAME = String.raw`((?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+))?)`;
var CREATE_ROUTINE = new RegExp(String.raw`^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\(`, "i");
var CALL = new RegExp(String.raw`^\s*(?:CALL\s+${NAME}\s*(?:\(|$)|(?:SELECT|PERFORM)\s+(?:\*\s+FROM\s+)?${NAME}\s*\()`, "i");
var CONTROL = /^\s*(?:(?:ELSE)?IF\b[\s\S]*?\bTHEN\b|ELSE\b|BEGIN\b(?:\s+NOT\s+ATOMIC\b)?|END\s+(?:IF|WHILE|LOOP|REPEAT|CASE)\b|END\b|WHILE\b[\s\S]*?\bDO\b|LOOP\b|REPEAT\b|\w+\s*:\s*(?=BEGIN|LOOP|WHILE|REPEAT))\s*/i;
function routineOf(stmt, source) {
  if (!/^CREATE\s/i.test(stmt.text) || !/\b(?:PROCEDURE|FUNCTION)\b/i.test(stmt.text)) return null;
  const masked = maskSql(stmt.text, stmt.dialect);
  const m = CREATE_ROUTINE.exec(masked);
  if (!m) return null;
  const name = normalizeIdent(m[1]);
  let body;
  const once = (read) => () => body ??= read();
  if (stmt.dialect === "postgres" || stmt.dialect === "cockroach") {
    if (!/\bLANGUAGE\s+(?:'?plpgsql'?)\b/i.test(masked)) return { name, body: () => ({ ops: [] }) };
    return { name, body: once(() => plpgsqlOperations(stmt.text, stmt.line, "function called by the migration")) };
  }
  const begin = /\bBEGIN\b/i.exec(masked.slice(m[0].length));
  const endAt = masked.search(/\bEND\s*;?\s*$/i);
  if (!begin || endAt === -1) return { name, body: () => ({ ops: [] }) };
  const from = stmt.start + m[0].length + begin.index + begin[0].length;
  const to = stmt.start + endAt;
  return { name, body: once(() => bodyOperations(source, from, to, stmt.dialect)) };
}
function bodyOperations(source, from, to, dialect) {
  const ops = [];
  let opaque;
  const unread = [];
  let depth = 0;
  for (const piece of splitStatements(source, { dialect, from, to })) {
    const masked = maskSql(piece.text, dialect);
    let skip = 0;
    for (let c = CONTROL.exec(masked.slice(skip)); c && c[0].length > 0; c = CONTROL.exec(masked.slice(skip))) {
      if (/^\s*(?:IF|WHILE|LOOP|REPEAT)\b/i.test(c[0])) depth++;
      else if (/^\s*END\s+(?:IF|WHILE|LOOP|REPEAT|CASE)\b/i.test(c[0])) depth = Math.max(0, depth - 1);
      skip += c[0].length;
    }
    if (skip >= piece.text.length) continue;
    const start = piece.start + skip;
    const line = lineOfOffset(piece.text, skip, piece.line);
    const inner = parseStatement({ ...piece, text: piece.text.slice(skip), start, line, column: 1 }, dialect);
    if (inner.status === "unparsed") {
      opaque ??= `a statement of the procedure body could not be read (${inner.error ?? "unknown"})`;
      unread.push(inner.text);
    }
    for (const op of inner.ops) {
      const placed = op.line === void 0 ? { ...op, line: inner.line } : op;
      ops.push(depth > 0 ? conditional(placed) : placed);
    }
  }
  return opaque ? { ops, opaque, opaqueText: unread.join("\n") } : { ops };
}
function calledRoutine(stmt) {
  if (!/^(?:CALL|SELECT|PERFORM)\s/i.test(stmt.text)) return null;
  const m = CALL.exec(maskSql(stmt.text, stmt.dialect));
  const name = m?.[1] ?? m?.[2];
  return name ? normalizeIdent(name) : null;
}
var PreparedStatements = class {
  variables = /* @__PURE__ */ new Map();
  prepared = /* @__PURE__ */ new Map();
  /** Remember what a statement sets, declares (T-SQL) or prepares. */
  observe(stmt) {
    if (!/^(?:SET|PREPARE|DECLARE)\s/i.test(stmt.text)) return;
    const masked = maskSql(stmt.text, stmt.dialect);
    const set = /^\s*(?:SET|DECLARE)\s+@(\w+)\s*(?:[^=@;]*?)?:?=\s*/i.exec(masked);
    if (set) {
      this.variables.set(set[1].toLowerCase(), sqlStrings(stmt, set[0].length));
      return;
    }
    const prepare = /^\s*PREPARE\s+(\w+)\s+FROM\s+(?:@(\w+))?/i.exec(masked);
    if (prepare) {
      const strings = prepare[2] ? this.variables.get(prepare[2].toLowerCase()) ?? [] : sqlStrings(stmt, prepare[0].length);
      this.prepared.set(prepare[1].toLowerCase(), strings);
    }
  }
  /** For `EXECUTE name`: the SQL strings it runs, or null when the statement is not an EXECUTE of a known one. */
  executed(stmt) {
    if (stmt.dialect === "mssql") return this.executedTsql(stmt);
    if (this.prepared.size === 0 || !/^EXECUTE\s/i.test(stmt.text)) return null;
    const m = /^\s*EXECUTE\s+(\w+)\s*$/i.exec(maskSql(stmt.text, stmt.dialect));
    if (!m) return null;
    const strings = this.prepared.get(m[1].toLowerCase());
    return strings && strings.length > 0 ? strings : null;
  }
  executedTsql(stmt) {
    if (!/^EXEC/i.test(stmt.text)) return null;
    const m = isDynamicTsql(maskSql(stmt.text, stmt.dialect));
    if (!m) return null;
    const variable = m[1] ?? m[2];
    const strings = variable ? this.variables.get(variable.toLowerCase()) ?? [] : sqlStrings(stmt, m[0].length);
    return strings.length > 0 ? strings : null;
  }
};
var TSQL_EXEC = /^\s*EXEC(?:UTE)?\s*(?:\(\s*(?:@(\w+)\s*\)\s*$)?|(?:(?:\[[^\]]*\]|\w+)\s*\.\s*)*\[?sp_executesql\]?\s*(?:@(\w+)\b)?)/i;
function isDynamicTsql(masked) {
  const m = TSQL_EXEC.exec(masked);
  return m && (m[0].includes("(") || /sp_executesql/i.test(m[0])) ? m : null;
}
function sqlStrings(stmt, from) {
  const out = [];
  const lines = new LineIndex(stmt.text, stmt.line);
  const backslash = stmt.dialect === "mysql" || stmt.dialect === "mariadb";
  forEachLexeme(
    stmt.text,
    stmt.dialect,
    (l) => {
      if (l.kind !== "quoted" || l.quote !== "'" || l.unterminated) return;
      let text = stmt.text.slice(l.bodyStart, l.bodyEnd).replace(/''/g, "'");
      if (backslash) text = text.replace(/\\(.)/g, "$1");
      if (/^\s*(?:ALTER|DROP|CREATE|RENAME|TRUNCATE|UPDATE|DELETE|INSERT|SELECT|REPLACE)\b/i.test(text)) {
        out.push({ text, start: stmt.start + l.bodyStart, line: lines.line(l.bodyStart) });
      }
    },
    from
  );
  return out;
}
function executedOperations(strings, source, dialect) {
  const ops = [];
  let opaque;
  for (const s of strings) {
    const line = s.line ?? lineOfOffset(source, s.start, 1);
    const inner = parseStatement({ text: s.text, start: s.start, end: s.start + s.text.length, line, column: 1, endLine: line }, dialect);
    if (inner.status === "unparsed") opaque ??= `the prepared SQL could not be read (${inner.error ?? "unknown"})`;
    for (const op of inner.ops) ops.push(op.line === void 0 ? { ...op, line } : op);
  }
  return opaque ? { ops, opaque, opaqueText: strings.map((s) => s.text).join(" ") } : { ops };
}
function withCallsOfKept(statements, kept) {
  const created = /* @__PURE__ */ new Set();
  return statements.filter((s) => {
    if (kept(s)) {
      for (const op of s.ops) if (op.kind === "create-object" && (op.objectKind === "procedure" || op.objectKind === "function")) created.add(op.name);
      return true;
    }
    const called = created.size > 0 ? calledRoutine(s) : null;
    return called !== null && created.has(called);
  });
}

// src/migrations/lineage.ts
var ColumnLineage = class {
  /** Current table name → its name in base (null: created or dropped by the PR). Absent: its own name. */
  tables = /* @__PURE__ */ new Map();
  /** Current table → current column → `baseTable.baseColumn` (null: created by the PR). Absent: the table's origin and the same name. */
  columns = /* @__PURE__ */ new Map();
  /** `baseTable.baseColumn` of the column now called `table.column`, or null when the PR created it. */
  origin(table, column) {
    const own = this.columns.get(table)?.get(column);
    if (own !== void 0) return own;
    const from = this.tableOrigin(table);
    return from === null ? null : `${from}.${column}`;
  }
  /** Follow `op` (resolved, before the catalog applies it; `catalog` is the history just before it). */
  observe(op, catalog) {
    switch (op.kind) {
      case "create-table":
        if (op.ifNotExists && catalog.tables.has(op.table)) break;
        this.tables.set(op.table, null);
        this.columns.delete(op.table);
        break;
      case "drop-table":
        this.tables.set(op.table, null);
        this.columns.delete(op.table);
        break;
      case "rename-table": {
        if (op.table === op.newName) break;
        this.tables.set(op.newName, this.tableOrigin(op.table));
        this.tables.set(op.table, null);
        const columns2 = this.columns.get(op.table);
        this.columns.delete(op.table);
        if (columns2) this.columns.set(op.newName, columns2);
        else this.columns.delete(op.newName);
        break;
      }
      case "rename-column":
        if (op.column === op.newName) break;
        this.set(op.table, op.newName, this.origin(op.table, op.column));
        this.set(op.table, op.column, null);
        break;
      // A renaming `redefine-column` follows the `rename-column` that resolveOperation puts before it:
      // the rename is already followed.
      case "add-column":
        if (op.ifNotExists && catalog.column(op.table, op.column.name)) break;
        this.set(op.table, op.column.name, null);
        break;
      case "drop-column":
        this.set(op.table, op.column, null);
        break;
      default:
        break;
    }
  }
  tableOrigin(table) {
    const own = this.tables.get(table);
    return own === void 0 ? table : own;
  }
  set(table, column, origin) {
    let columns2 = this.columns.get(table);
    if (!columns2) this.columns.set(table, columns2 = /* @__PURE__ */ new Map());
    columns2.set(column, origin);
  }
};

// src/migrations/base-columns.ts
var BaseColumns = class {
  /** `tables`: base's tables in the catalog's order (the order the up-front copy went in). */
  constructor(catalog, tables) {
    this.catalog = catalog;
    this.tables = tables;
  }
  catalog;
  tables;
  /** Table → its base columns (copies), or null: no such table in base. */
  taken = /* @__PURE__ */ new Map();
  allTaken = false;
  /** Base's column `key` (`table.column`), as base left it. */
  get(key) {
    let found;
    let several = false;
    for (let dot = key.indexOf("."); dot !== -1; dot = key.indexOf(".", dot + 1)) {
      const table = key.slice(0, dot);
      if (!this.tables.has(table)) continue;
      const column = this.take(table)?.get(key.slice(dot + 1));
      if (column === void 0) continue;
      several ||= found !== void 0;
      found = { table, column };
    }
    if (!several || found === void 0) return found?.column;
    let last;
    for (const table of this.tables) {
      const columns2 = this.take(table);
      if (!columns2) continue;
      const dot = table.length;
      if (key.length > dot && key[dot] === "." && key.startsWith(table)) last = columns2.get(key.slice(dot + 1)) ?? last;
    }
    return last;
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  /** Called before `catalog.apply(op)`: copies what `op` is about to change, if not copied yet. */
  beforeApply(op) {
    if (this.allTaken) return;
    if (op.kind === "rename-object") {
      for (const table of this.tables) this.take(table);
      this.allTaken = true;
      return;
    }
    if ("table" in op && typeof op.table === "string") this.take(op.table);
    if (op.kind === "rename-table") this.take(op.newName);
  }
  take(table) {
    let columns2 = this.taken.get(table);
    if (columns2 === void 0) {
      const now = this.tables.has(table) ? this.catalog.tables.get(table) : void 0;
      columns2 = now ? new Map([...now].map(([name, column]) => [name, { ...column }])) : null;
      this.taken.set(table, columns2);
    }
    return columns2;
  }
};

// src/migrations/code/liquibase-includes.ts
var MAX_DEPTH = 32;
var TEST_DIRS = /(^|\/)(src\/test|tests?|testdata|test_data|fixtures?|examples?|__tests__)\//i;
function mayInclude(text) {
  return /\binclude(?:All)?\b/.test(text);
}
function truthy2(v) {
  return v !== void 0 && v.trim().toLowerCase() === "true";
}
function includable(path) {
  return changelogFormat(path) !== null || /\.sql$/i.test(path);
}
var memo = /* @__PURE__ */ new WeakMap();
function includeOrder(tree) {
  const known = memo.get(tree);
  if (known) return known;
  const out = computeOrder(tree);
  memo.set(tree, out);
  return out;
}
function computeOrder(tree) {
  const problems = [];
  let listed;
  try {
    listed = tree.list();
  } catch {
    return { rank: /* @__PURE__ */ new Map(), problems };
  }
  const exists = new Set(listed);
  const onClasspath = /* @__PURE__ */ new Map();
  const resourceRoots = /* @__PURE__ */ new Set();
  for (const path of listed) {
    const at = path.indexOf("src/main/resources/");
    if (at === -1 || at > 0 && path[at - 1] !== "/") continue;
    resourceRoots.add(path.slice(0, at + "src/main/resources".length));
    const rel = path.slice(at + "src/main/resources/".length);
    const list = onClasspath.get(rel);
    if (list) list.push(path);
    else onClasspath.set(rel, [path]);
  }
  const classpath = (target) => onClasspath.get(target.trim().replace(/\\/g, "/").replace(/^classpath\*?:/i, "").replace(/^\/+/, "")) ?? [];
  const sorted = listed.filter(includable).sort();
  const read = (path) => {
    try {
      return tree.read(path);
    } catch {
      return null;
    }
  };
  const places = listed.filter((path) => changelogFormat(path) !== null && inChangelogPlace(path) && !TEST_DIRS.test(path));
  tree.prefetch?.(places);
  const includes = /* @__PURE__ */ new Map();
  for (const path of places) {
    const text = read(path);
    if (text === null || !mayInclude(text)) continue;
    const root = treeOf(path, text).root;
    if (!root) continue;
    const entries = [];
    for (const n of root.children) {
      if (n.name !== "include" && n.name !== "includeAll") continue;
      const target = n.attrs.get(n.name === "include" ? "file" : "path");
      const relative = truthy2(n.attrs.get("relativeToChangelogFile"));
      const problem = (message, lookedFor) => {
        problems.push({ master: path, line: n.line, message, lookedFor });
      };
      if (target === void 0 || target.trim() === "") {
        problem(`${n.name} names no ${n.name === "include" ? "file" : "path"}`, []);
        continue;
      }
      if (target.includes("${")) {
        problem(`${n.name} ${target} names a changelog parameter, whose value is only known when Liquibase runs`, []);
        continue;
      }
      const candidates = sqlFilePaths(path, target, relative);
      if (candidates.length === 0) {
        problem(`${n.name} ${target} points outside the repository`, []);
        continue;
      }
      if (n.name === "include") {
        const found = candidates.find((c) => exists.has(c)) ?? (relative ? void 0 : classpath(target)[0]);
        if (found === void 0) problem(`include ${target} was not found in the repository (looked for ${candidates.join(", ")})`, candidates);
        else entries.push({ kind: "file", path: found, line: n.line });
        continue;
      }
      let paths = [];
      const dirs = relative ? candidates : [...candidates, ...[...resourceRoots].map((r) => `${r}/${target.trim().replace(/^classpath\*?:/i, "").replace(/^\/+/, "")}`)];
      for (const dir of dirs) {
        const prefix = `${dir.replace(/\/+$/, "")}/`;
        paths = sorted.filter((p) => p.startsWith(prefix) && p !== path);
        if (paths.length > 0) break;
      }
      if (paths.length === 0) {
        if (n.attrs.get("errorIfMissingOrEmpty")?.trim().toLowerCase() !== "false") problem(`includeAll ${target} names no folder of changelogs in the repository (looked for ${candidates.join(", ")})`, candidates);
        continue;
      }
      entries.push({ kind: "all", paths, line: n.line });
    }
    if (entries.length > 0 || problems.some((p) => p.master === path)) includes.set(path, entries);
  }
  const included = /* @__PURE__ */ new Set();
  for (const entries of includes.values()) for (const e of entries) for (const p of e.kind === "file" ? [e.path] : e.paths) included.add(p);
  let roots = [...includes.keys()].filter((p) => !included.has(p));
  if (roots.length === 0) roots = [...includes.keys()];
  roots.sort(changelogOrder);
  const rank = /* @__PURE__ */ new Map();
  const visit = (path, depth, from) => {
    if (rank.has(path)) return;
    if (depth > MAX_DEPTH) {
      if (from) problems.push({ master: from.master, line: from.line, message: `includes nested deeper than ${MAX_DEPTH} levels are not followed (${path})`, lookedFor: [path] });
      return;
    }
    rank.set(path, rank.size);
    for (const e of includes.get(path) ?? []) {
      for (const p of e.kind === "file" ? [e.path] : e.paths) visit(p, depth + 1, { master: path, line: e.line });
    }
  };
  for (const root of roots) visit(root, 0, null);
  return { rank, problems };
}
function compareByIncludes(order, a, b) {
  const ra = order?.rank.get(a);
  const rb = order?.rank.get(b);
  if (ra !== void 0 && rb !== void 0) return ra - rb;
  if (ra !== void 0) return -1;
  if (rb !== void 0) return 1;
  return null;
}
function includeFindings(changes, ignored) {
  if (!touchesChangelogFile(changes.files)) return [];
  const touched = changes.files.filter((f) => changelogFormat(f.path) !== null || f.oldPath !== void 0 && changelogFormat(f.oldPath) !== null);
  const edited = new Set(touched.filter((f) => f.status !== "deleted").map((f) => f.path));
  const removed = new Set(touched.flatMap((f) => f.status === "deleted" ? [f.path] : f.status === "renamed" && f.oldPath ? [f.oldPath] : []));
  const out = [];
  for (const p of includeOrder(changes.headTree).problems) {
    if (ignored(p.master) || !(edited.has(p.master) || p.lookedFor.some((l) => removed.has(l)))) continue;
    out.push({
      rule: "unparsed-statement",
      file: p.master,
      line: p.line,
      endLine: p.line,
      message: `This include could not be resolved (${p.message}), so which changesets Liquibase runs here, and in which order, is unknown to the gate (and Liquibase itself stops on a missing include); fix the path or suppress with a reason.`,
      object: null
    });
  }
  return out;
}

// src/migrations/analyse.ts
var FILE_RULES = new Set(migrationRules.filter((r) => r.file).map((r) => r.meta.id));
function mayBeChangelog(path) {
  return changelogFormat(path) !== null;
}
async function prepareMigrations(dialects, { changelogs = true } = {}) {
  await Promise.all([prepareParsers(dialects), changelogs ? loadChangelogReader() : void 0]);
}
function analyseMigrations(input) {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);
  const candidates = [];
  const isMigrationIn = (side, path) => !ignored(path) && mayBeMigration(path, config.migrations) && detector.classify(side, path).file !== null;
  const reworks = sqitchReworks(changes);
  for (const listed of changes.files) {
    if (reworks.copies.has(listed.path)) continue;
    let change = listed;
    if (forced.size === 0 && listed.status === "renamed" && listed.oldPath) {
      if (!isMigrationIn("base", listed.oldPath)) change = { path: listed.path, status: "added" };
      else if (!isMigrationIn("head", listed.path)) change = { path: listed.oldPath, status: "deleted" };
    }
    if (reworks.reworked.has(listed.path)) change = { path: listed.path, status: "added" };
    if (ignored(change.path)) continue;
    if (forced.size > 0 ? !forced.has(change.path) : !mayBeMigration(change.path, config.migrations)) continue;
    const text = change.status === "deleted" ? null : changes.headTree.read(change.path);
    const sideText = text ?? changes.baseTree.read(change.oldPath ?? change.path);
    const file = detector.classify(change.status === "deleted" ? "base" : "head", change.path, sideText).file;
    if (file) candidates.push({ change, file, text });
  }
  const plan = planHistories(detector, candidates, ignored, forced.size > 0);
  const outputs = plan.groups.map((group) => analyseHistory(input, group, plan.dialects.head));
  return {
    // A master changelog's include the PR broke: never a silent skip (code/liquibase-includes.ts).
    findings: [...outputs.flatMap((o) => o.findings), ...forced.size === 0 ? includeFindings(changes, ignored) : []],
    suppressions: outputs.flatMap((o) => o.suppressions),
    files: candidates.map((c) => c.file.path),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...outputs.some((o) => o.skipped?.length) ? { skipped: outputs.flatMap((o) => o.skipped ?? []) } : {},
    detection: detectionEntries(detector, ignored, reworks.copies, plan)
  };
}
function migrationLanguages(input) {
  const { changes, config } = input;
  const paths = changes.files.filter((c) => isCodeMigrationPath(c.path, config.migrations));
  if (paths.length === 0) return [];
  const detector = detectorFor(changes, config, new Set(input.force?.migrations ?? []));
  const files = paths.flatMap((c) => detector.classify(c.status === "deleted" ? "base" : "head", c.path).file ?? []);
  return codeLanguagesOf(files);
}
function migrationDialects(input) {
  return migrationNeeds(input).dialects;
}
function migrationNeeds(input) {
  const fixed = fixedDialects(input.config);
  if (fixed && !input.force?.migrations?.length) return { dialects: fixed, changelogs: true };
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);
  const out = /* @__PURE__ */ new Set();
  const taken = [];
  const code = changes.files.filter((c) => c.status !== "deleted" && !ignored(c.path) && isCodeMigrationPath(c.path, config.migrations)).map((c) => c.path);
  if (code.length > 1) changes.headTree.prefetch?.(code);
  for (const c of changes.files) {
    if (ignored(c.path) || (forced.size > 0 ? !forced.has(c.path) : !mayBeMigration(c.path, config.migrations))) continue;
    const side = c.status === "deleted" ? "base" : "head";
    const file = detector.classify(side, c.path).file;
    if (file) taken.push({ change: c, file, text: c.status === "deleted" ? null : changes.headTree.read(c.path) });
  }
  const touched = touchesChangelogFile(changes.files);
  if (taken.length === 0) return { dialects: [], changelogs: forced.size > 0 || touched };
  for (const group of planHistories(detector, taken, ignored, forced.size > 0, { dialectsOnly: true }).groups) out.add(group.dialect);
  const base = detector.basePlan;
  const liquibase = (m) => m.file.framework === "liquibase";
  return { dialects: [...out], changelogs: forced.size > 0 || touched || base === void 0 || taken.some(liquibase) || base.liquibase };
}
function analyseHistory(input, group, headDialects = /* @__PURE__ */ new Map()) {
  const { changes } = input;
  const { dialect } = group;
  const baseFacts = group.facts ?? BaseFacts.of(group.base, sequenceFolder);
  const liquibase = group.candidates.some((m) => m.file.framework === "liquibase") || baseFacts.liquibase;
  const candidates = [...group.candidates].sort((a, b) => byVersionThenPath(a.file, b.file, liquibase ? includeOrder(changes.headTree) : void 0));
  const findings = [];
  const unread = unreadableFindings(
    changes,
    candidates.flatMap(({ change, echo }) => echo ? [] : [
      ...change.status === "deleted" ? [] : [{ path: change.path, side: "head", file: change.path }],
      ...change.status === "modified" || change.status === "renamed" ? [{ path: change.oldPath ?? change.path, side: "base", file: change.path }] : []
    ])
  );
  findings.push(...unread.findings);
  const suppressions = [];
  const routines = /* @__PURE__ */ new Map();
  const codeHistory = new CodeHistory();
  const replay = () => replayBase(group.baselines, group.base, dialect, routines, { codeHistory, tree: changes.baseTree, order: liquibase ? includeOrder(changes.baseTree) : void 0 });
  const catalog = baseFacts.notSql ? replay() : cachedReplay(changes.replayCache, { config: input.config, dialect, baselines: group.baselines, get migrations() {
    return group.base;
  }, migrationCount: baseFacts.count, basis: group.basis, baseOf: group.baseOf }, routines, replay);
  const history = { catalog, replayed: group.baselines.length > 0 || baseFacts.anyUp };
  const baseTables = new Set(catalog.tables.keys());
  const baseEnums = new Map([...catalog.enums].map(([type, values]) => [type, [...values]]));
  const baseColumns = new BaseColumns(catalog, baseTables);
  const baseUniqueKeys = snapshotUniqueKeys(catalog);
  const baseForeignKeys = snapshotForeignKeys(catalog);
  const mentionedInBase = /* @__PURE__ */ new Map();
  const mentions = (table) => {
    const name = table.split(".").pop() ?? table;
    let found = mentionedInBase.get(name);
    if (found === void 0) {
      const word = new RegExp(`(?:^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\w$])`, "i");
      found = [...group.baselines, ...group.base].some((m) => m.text !== null && word.test(m.text));
      mentionedInBase.set(name, found);
    }
    return found;
  };
  const sqlFile = (m) => !isCodeFramework(m.file.framework) && !isChangelogMigration(m.file);
  const sqlOnlyHistory = group.baselines.every(sqlFile) && !baseFacts.notSql;
  const columnsOfUnknownTables = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  const isNewTable = (t) => created.has(`table:${t}`);
  const lineage = new ColumnLineage();
  const relaxedInPr = /* @__PURE__ */ new Set();
  const defaultsSet = new DefaultsSetInPr();
  let notNullByEditedBase = /* @__PURE__ */ new Set();
  const baseColumnOf = (t, c) => {
    const origin = lineage.origin(t, c);
    return origin === null ? void 0 : baseColumns.get(origin);
  };
  let addedHere = null;
  const facts = {
    isNewTable,
    isNewColumn: (t, c) => isNewTable(t) || created.has(`column:${t}.${c}`) || addedHere === `${t}.${c}`,
    isNewType: (n) => created.has(`type:${n}`) || created.has(`object:type:${n}`) || created.has(`object:domain:${n}`),
    isNewConstraint: (t, n) => isNewTable(t) || created.has(`constraint:${t}.${n}`),
    isNewIndex: (n) => created.has(`index:${n}`),
    isNewObject: (kind, n) => created.has(`object:${kind}:${n}`) || kind === "type" && created.has(`type:${n}`),
    column: (t, c) => catalog.column(t, c) ?? columnsOfUnknownTables.get(`${t}.${c}`) ?? void 0,
    existedInBase: (t, c) => baseColumns.has(`${t}.${c}`),
    baseColumn: baseColumnOf,
    baseEnumValues: (n) => baseEnums.get(n),
    defaultSetEarlier: (t, c) => defaultsSet.get(t, c),
    notNullSinceBase: (t, c) => {
      const origin = lineage.origin(t, c);
      return origin !== null && baseColumns.get(origin)?.notNull === true && notNullByEditedBase !== "unknown" && !notNullByEditedBase.has(origin);
    },
    wasRelaxedEarlier: (t, c) => {
      const origin = lineage.origin(t, c);
      return origin !== null && relaxedInPr.has(origin);
    },
    mayExistInBase: (t) => !history.replayed || baseTables.has(t) || mentions(t),
    // Code and changelog histories name objects the SQL text does not show (Rails' `index_users_on_email`).
    mentionedInBase: (n) => !history.replayed || !sqlOnlyHistory || mentions(n),
    index: (n) => catalog.indexes.get(n),
    indexesOf: (t) => catalog.indexesOf(t),
    droppedIndex: (n) => catalog.droppedIndexes.get(n),
    droppedColumn: (t, c) => catalog.tables.has(t) && !catalog.column(t, c) && catalog.droppedColumns.has(`${t}.${c}`),
    constraintKind: (t, n) => catalog.constraints.get(`${t}.${n}`),
    isRecreatedLater: (kind, n) => (recreatedAt.get(`${kind}:${n}`) ?? -1) > position,
    isRelaxedLater: (t, c) => (relaxedAt.get(`${t}.${c}`) ?? -1) >= position,
    isConstraintDroppedLater: (t, n) => (droppedAt.get(`${t}.${n}`) ?? -1) > position,
    routinesCreatedLater: (kind, n) => lookahead.routinesCreatedAfter(kind, n, position),
    inNoRelease: (kind, n) => {
      const key = `${kind}:${n}`;
      let why = inNoReleaseAsked.get(key);
      if (why === void 0) {
        const releasesOf = (paths) => {
          const unknown = paths.filter((p) => !baseReleaseStatuses.has(p));
          if (unknown.length > 0) {
            const got = releasesOfPaths(unknown, changes, input.config);
            if (got === null) return null;
            for (const [p, status] of got) baseReleaseStatuses.set(p, status);
          }
          return baseReleaseStatuses;
        };
        inNoReleaseAsked.set(key, why = createdInNoRelease(kind, n, group.base, group.baselines, releasesOf, dialect));
      }
      return why;
    },
    releaseLacksColumn: (t, c) => {
      releaseBaselines ??= releaseBaselineCatalogs(group.baselines, changes, input.config, dialect);
      for (const { path, tag, catalog: released } of releaseBaselines) {
        if (released.tables.has(t) && !released.column(t, c)) return `${tag}'s ${path} creates ${t} without ${c}`;
      }
      return null;
    },
    triggerNarrowedLater: (n, t) => {
      const later = (triggersCreatedAt.get(n) ?? []).filter((c) => c.at > position);
      const next = later.find((c) => !c.shape || sameTriggerTable(t, c.shape.table)) ?? later[0];
      if (!next?.shape) return null;
      const key = `${t ?? ""}\0${n}`;
      let base = baseTriggers.get(key);
      if (base === void 0) {
        baseTriggers.set(key, base = baseTriggerShape(baseUpHistory(), n, t, dialect));
      }
      if (base === null) return null;
      return base === "unread" ? `${describeTrigger(next.shape)}, which cannot be compared with base's definition (a statement creating it could not be read)` : triggerNarrowing(base, next.shape);
    },
    // false8: triggers and trigger functions that only set columns the PR drops (drop-object).
    rowSettings: (kind, n, t) => {
      const key = `${kind}\0${t ?? ""}\0${n}`;
      if (!rowSettingsAsked.has(key)) {
        rowSettingsAsked.set(key, baseRowSettings(baseUpHistory(), kind, n, t, dialect));
      }
      return rowSettingsAsked.get(key);
    },
    droppedByPR: (t, c) => columnsDroppedByPR.has(`${t}.${c}`),
    callersDroppedByPR: (n) => {
      if (!routineCallers.has(n)) routineCallers.set(n, baseRoutineCallers(baseUpHistory(), n, dialect));
      const callers = routineCallers.get(n);
      return callers !== null && callers.length > 0 && callers.every((c) => routinesDroppedByPR.has(c) && !recreatedAt.has(`function:${c}`) && !recreatedAt.has(`procedure:${c}`));
    },
    uniqueKeys: (t, when) => when === "now" ? uniqueKeysOf(catalog, t) : baseUniqueKeys.get(t) ?? [],
    baseForeignKeys: (t) => baseForeignKeys.get(t) ?? [],
    indexesCreatedLater: (t) => lookahead.indexesCreatedAfter(t, position, currentFile)
  };
  const recreatedAt = /* @__PURE__ */ new Map();
  let releaseBaselines;
  const inNoReleaseAsked = /* @__PURE__ */ new Map();
  const baseReleaseStatuses = /* @__PURE__ */ new Map();
  const triggersCreatedAt = /* @__PURE__ */ new Map();
  const baseTriggers = /* @__PURE__ */ new Map();
  const rowSettingsAsked = /* @__PURE__ */ new Map();
  const routineCallers = /* @__PURE__ */ new Map();
  let baseUpOrdered;
  const baseUpHistory = () => baseUpOrdered ??= [...group.baselines, ...group.base.filter((m) => m.file.part === "up" || m.file.part === "repeatable").sort((a, b) => byVersionThenPath(a.file, b.file))];
  const columnsDroppedByPR = /* @__PURE__ */ new Set();
  const routinesDroppedByPR = /* @__PURE__ */ new Set();
  const relaxedAt = /* @__PURE__ */ new Map();
  const droppedAt = /* @__PURE__ */ new Map();
  let position = 0;
  let currentFile = 0;
  const forwardMigrations = [];
  const grown = /* @__PURE__ */ new Map();
  candidates.forEach((c, i) => {
    if (c.file.framework !== "liquibase" || c.change.status !== "modified" || c.text === null) return;
    const before = changes.baseTree.read(c.change.oldPath ?? c.change.path);
    if (before === null) return;
    const baseChangesets = changesetsOf(c.file, before);
    const old = new Map(baseChangesets.map((s) => [s.id, s.body ?? before.slice(s.start, s.end).trim()]));
    const edited = [];
    const newRanges = [];
    const headChangesets = changesetsOf(c.file, c.text);
    const kept = new Map(headChangesets.map((s) => [s.id, s.line]));
    const lines = new LineIndex(c.text);
    const removed = [];
    let nextKept;
    for (let k = baseChangesets.length - 1; k >= 0; k--) {
      const s = baseChangesets[k];
      if (kept.has(s.id)) nextKept = kept.get(s.id);
      else if (!s.empty) removed.push({ id: s.id, line: nextKept ?? lines.line(Math.max(0, c.text.trimEnd().length - 1)), removed: true });
    }
    for (let k = removed.length - 1; k >= 0; k--) edited.push(removed[k]);
    for (const s of headChangesets) {
      const body = old.get(s.id);
      const now = s.body ?? c.text.slice(s.start, s.end).trim();
      if (body === void 0 || s.runOnChange && body !== now) newRanges.push([s.start, s.end]);
      else if (body !== now) edited.push({ id: s.id, line: s.line });
    }
    const newLines = newRanges.map(([from, to]) => [lines.line(from), lines.line(Math.max(from, to - 1))]);
    grown.set(i, { edited, newRanges, newLines });
  });
  const lifecycles = fileLifecycles(candidates, changes, input.config, { [Symbol.iterator]: () => group.base[Symbol.iterator]() }, dialect);
  for (const [i, l] of lifecycles) if (l.newStatements) grown.set(i, { edited: [], newRanges: l.newStatements.ranges, newLines: l.newStatements.lines, statements: true });
  const parsedFiles = candidates.map(({ file, text }, i) => {
    if (isCodeFramework(file.framework)) return text === null ? { downSections: [], forward: [] } : parseCodeFile(file, text, dialect, codeHistory);
    const g = grown.get(i);
    if (isChangelogMigration(file)) return text === null ? { forward: [], downSections: [] } : parseChangelog(file.path, text, dialect, { only: g?.newRanges, read: reader2(changes.headTree) });
    const sections = text === null ? [] : sectionsOf(file, text).filter((s) => !g || g.statements || inRanges(g.newRanges, s.start, false));
    return parseFile({ text: text ?? "", sections }, dialect);
  });
  const runs = (i) => {
    const c = candidates[i];
    return (c.change.status === "added" || c.change.status === "modified" && (c.file.part === "repeatable" || grown.has(i)) || // A rename that is in no release yet (lifecycle.ts): kept identity, its new statements; a new identity, all of them.
    c.change.status === "renamed" && (grown.has(i) || lifecycles.get(i)?.runsAsNew === true)) && c.file.part !== "down" && c.file.part !== "verify";
  };
  parsedFiles.forEach((p, i) => {
    const g = grown.get(i);
    if (!g) return;
    p.forward = withCallsOfKept(p.forward, (s) => inRanges(g.newRanges, s.start, false));
    if (g.statements) return;
    p.downSections = p.downSections.filter((d) => inRanges(g.newLines, d.line, true));
  });
  const running = parsedFiles.map((p, i) => runs(i) ? p.forward : []);
  notNullByEditedBase = madeNotNullByBaseVersions(candidates.filter((c, i) => runs(i) && c.change.status !== "added"), changes.baseTree, dialect);
  const rebuilds = findTableRebuilds(running);
  const lookahead = new PrLookahead(running);
  const columnIdioms = new ColumnIdioms(running.flat());
  running.flat().forEach((s, i) => {
    for (const op of s.ops) {
      if (op.kind === "create-object") {
        recreatedAt.set(`${op.objectKind}:${op.name}`, i);
        if (op.objectKind === "trigger") {
          const list = triggersCreatedAt.get(op.name) ?? [];
          list.push({ at: i, ...op.trigger ? { shape: op.trigger } : {} });
          triggersCreatedAt.set(op.name, list);
        }
      } else if (op.kind === "create-table") recreatedAt.set(`table:${op.table}`, i);
      else if (op.kind === "add-constraint" && op.name) recreatedAt.set(`constraint:${op.table}.${op.name}`, i);
      else if (op.kind === "create-index" && op.name) recreatedAt.set(`index:${op.name}`, i);
      else if (op.kind === "create-enum") recreatedAt.set(`type:${op.type}`, i);
      else if (op.kind === "rename-object") recreatedAt.set(`${op.objectKind}:${op.newName}`, i);
      else if (op.kind === "rename-table") for (const kind of ["view", "materialized view"]) recreatedAt.set(`${kind}:${op.newName}`, i);
      else if (op.kind === "set-default" || op.kind === "drop-not-null" || op.kind === "drop-column") {
        relaxedAt.set(`${op.table}.${op.column}`, i);
        if (op.kind === "drop-column") columnsDroppedByPR.add(`${op.table}.${op.column}`);
      } else if (op.kind === "drop-object" && (op.objectKind === "function" || op.objectKind === "procedure")) routinesDroppedByPR.add(op.name);
      else if (op.kind === "redefine-column" && (op.def.hasDefault || !op.def.notNull)) relaxedAt.set(`${op.table}.${op.def.name}`, i);
      else if (op.kind === "drop-constraint") droppedAt.set(`${op.table}.${op.name}`, i);
    }
  });
  for (const swap of columnIdioms.swaps()) relaxedAt.set(`${swap.table}.${swap.temp}`, Math.max(relaxedAt.get(`${swap.table}.${swap.temp}`) ?? -1, swap.renameAt));
  let ordinal = 0;
  const restorable = [];
  const transientValues = [];
  const createdInPr = (kind, name) => recreatedAt.has(`${kind}:${name}`);
  for (const [fileIndex, { change, file, text, echo }] of candidates.entries()) {
    const emit = (rule, hits) => {
      if (!echo) for (const hit of hits) findings.push({ ...hit, rule, file: file.path });
    };
    const { downSections, forward } = parsedFiles[fileIndex];
    if (text !== null && !echo) {
      const g = grown.get(fileIndex);
      const runsAt = (line) => runs(fileIndex) && (!g || inRanges(g.newLines, line, true));
      const asSql = (t) => isChangelogMigration(file) ? changelogCommentsAsSql(file.path, t) : t;
      const baseText = change.status === "modified" || change.status === "renamed" ? changes.baseTree.read(change.oldPath ?? change.path) : change.status === "added" ? null : void 0;
      const suppressionBase = typeof baseText === "string" ? asSql(baseText) : baseText;
      for (const s of findSqlSuppressions(file.path, asSql(text), [...forward, ...downSections], suppressionBase)) {
        if (s.scope !== "file" && !s.rules.some((r) => FILE_RULES.has(r)) && !runsAt(s.line)) continue;
        suppressions.push(s);
      }
    }
    const fileContext = {
      file,
      status: change.status,
      oldPath: change.oldPath,
      text,
      baseText: change.status === "modified" || change.status === "renamed" ? changes.baseTree.read(change.oldPath ?? change.path) : null,
      downSections,
      newestBaseVersion: change.status === "added" ? newestVersionBeside(file, baseFacts.newest) : null,
      editedChangesets: grown.get(fileIndex)?.statements ? void 0 : grown.get(fileIndex)?.edited,
      lifecycle: lifecycles.get(fileIndex)
    };
    for (const rule of fileRules) emit(rule.meta.id, rule.file(fileContext));
    if (text !== null && isCodeFramework(file.framework)) for (const { rule, hit } of codeFileFindings({ file, status: change.status, text, history: codeHistory })) emit(rule, [hit]);
    if (!runs(fileIndex)) continue;
    const unreadUp = text === null && change.status !== "deleted" && (file.part === "up" || file.part === "repeatable");
    if ((forward.length > 0 || unreadUp) && !echo) forwardMigrations.push(file.path);
    const reading = isCodeFramework(file.framework) || isChangelogMigration(file) ? void 0 : headDialects.get(file.path);
    if (text !== null && reading?.neighbours) {
      const g = grown.get(fileIndex);
      const up = sectionsOf(file, text).filter((sec) => sec.part === "up");
      emit("unparsed-statement", hiddenByDialect(text, reading, up).filter((h) => !g || inRanges(g.newLines, h.line ?? 0, true)));
    }
    const prepared = new PreparedStatements();
    const branches = new BranchAdditions(text, (t) => maskSqlDetailed(t, dialect, { keepStrings: true }).masked);
    currentFile = fileIndex;
    for (const [index, parsed] of forward.entries()) {
      position = ordinal++;
      prepared.observe(parsed);
      const executed = prepared.executed(parsed);
      const called = executed && text !== null ? withBody(parsed, executedOperations(executed, text, dialect)) : withCalledRoutine(parsed, file.path, routines);
      const steps = rebuilds.get(`${fileIndex}:${index}`);
      const rebuilt = steps ? called.ops.flatMap((op) => rebuildStep(op, steps, parsed.line, catalog, createdInPr)) : called.ops;
      const ops = rebuilt.flatMap((op) => columnIdioms.rewrite(op, position, catalog) ?? [op]);
      const stmt = { ...called, ops };
      if (text !== null) trackRoutines(stmt, text, file.path, routines);
      const ctx = { file, facts };
      for (const rule of statementRules) emit(rule.meta.id, rule.statement(stmt, ctx));
      branches.reset();
      for (const written of ops) {
        for (const op of resolveOperation(written, catalog, called.dialect, facts.column)) {
          const before = findings.length;
          const branchNew = branches.addedHere(op);
          addedHere = branchNew;
          for (const rule of operationRulesFor(op.kind)) emit(rule.meta.id, rule.operation(op, stmt, ctx));
          addedHere = null;
          if (branchNew !== null) continue;
          branches.observe(op, catalog);
          defaultsSet.observe(op, stmt, file.path);
          if (op.kind === "drop-not-null" || op.kind === "drop-default") {
            const origin = lineage.origin(op.table, op.column);
            if (origin !== null && op.kind === "drop-not-null") relaxedInPr.add(origin);
            for (let k = before; k < findings.length; k++) if (origin !== null && findings[k].rule === op.kind) restorable.push({ finding: findings[k], origin });
          }
          if (op.kind === "enum-column-change" && op.added.length > 0) {
            const origin = lineage.origin(op.table, op.column);
            for (let k = before; k < findings.length; k++) if (origin !== null && findings[k].rule === "add-enum-value") transientValues.push({ finding: findings[k], origin, added: op.added });
          }
          recordCreated(op, created, facts, history);
          lineage.observe(op, catalog);
          trackColumnsOfUnknownTables(op, catalog, facts, columnsOfUnknownTables);
          baseColumns.beforeApply(op);
          catalog.apply(op);
        }
      }
    }
  }
  const restored = restoredLater(restorable, catalog, lineage);
  for (const f of valuesRemovedLater(transientValues, catalog, lineage)) restored.add(f);
  return {
    findings: restored.size === 0 ? findings : findings.filter((f) => !restored.has(f)),
    suppressions,
    files: candidates.flatMap((c) => c.echo ? [] : [c.file.path]),
    migrations: forwardMigrations,
    ...unread.skipped.length ? { skipped: unread.skipped } : {}
  };
}
function valuesRemovedLater(adds, catalog, lineage) {
  if (adds.length === 0) return [];
  const final = finalColumns(adds, catalog, lineage);
  return adds.filter(({ origin, added }) => {
    const values = final.get(origin)?.enumValues;
    return values !== void 0 && added.every((v) => !values.includes(v));
  }).map((r) => r.finding);
}
function finalColumns(items, catalog, lineage) {
  const wanted = new Set(items.map((r) => r.origin));
  const final = /* @__PURE__ */ new Map();
  for (const [table, columns2] of catalog.tables) {
    for (const [name, column] of columns2) {
      const origin = lineage.origin(table, name);
      if (origin !== null && wanted.has(origin)) final.set(origin, column);
    }
  }
  return final;
}
function restoredLater(restorable, catalog, lineage) {
  const out = /* @__PURE__ */ new Set();
  if (restorable.length === 0) return out;
  const final = finalColumns(restorable, catalog, lineage);
  for (const { finding, origin } of restorable) {
    const column = final.get(origin);
    if (column && (finding.rule === "drop-not-null" ? column.notNull : column.hasDefault)) out.add(finding);
  }
  return out;
}
function inRanges(ranges, x, inclusive) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [from, to] = ranges[mid];
    if (x < from) hi = mid - 1;
    else if (x > to || x === to && !inclusive) lo = mid + 1;
    else return true;
  }
  return false;
}
function sqitchReworks(changes) {
  const copies = /* @__PURE__ */ new Set();
  const reworked = /* @__PURE__ */ new Set();
  const modified = new Set(changes.files.filter((f) => f.status === "modified").map((f) => f.path));
  for (const f of changes.files) {
    const m = /^((?:.*\/)?(?:deploy|revert|verify)\/(?:.*\/)?)([^/@]+)@[^/]+(\.sql)$/i.exec(f.path);
    if (f.status !== "added" || !m) continue;
    const original = `${m[1]}${m[2]}${m[3]}`;
    if (!modified.has(original) || changes.headTree.read(f.path) !== changes.baseTree.read(original)) continue;
    copies.add(f.path);
    reworked.add(original);
  }
  return { copies, reworked };
}
function findTableRebuilds(files) {
  const created = /* @__PURE__ */ new Map();
  const copies = /* @__PURE__ */ new Map();
  const fedByView = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Map();
  const movedAway = /* @__PURE__ */ new Map();
  const renameFirst = [];
  const out = /* @__PURE__ */ new Map();
  const add = (key, step) => {
    const list = out.get(key) ?? [];
    list.push(step);
    out.set(key, list);
  };
  const rebuilds = [];
  const finalName = /* @__PURE__ */ new Map();
  files.forEach(
    (statements, f) => statements.forEach((stmt, s) => {
      const key = `${f}:${s}`;
      for (const op of stmt.ops) {
        if (op.kind === "create-table") {
          const moved2 = movedAway.get(op.table);
          if (moved2) renameFirst.push({ table: op.table, moved: moved2, made: { op, line: stmt.line, key } });
          created.set(op.table, { op, file: f, line: stmt.line, key });
        } else if (op.kind === "copy-rows") copies.set(op.table, op);
        else if (op.kind === "create-object" && op.feeds !== void 0) fedByView.add(op.feeds);
        else if (op.kind === "drop-table") dropped.set(op.table, { key, file: f });
        else if (op.kind === "rename-table") {
          const made = created.get(op.table);
          const at = dropped.get(op.newName);
          const moved2 = movedAway.get(op.newName);
          const copy = copies.get(op.table);
          if (made && at) {
            finalName.set(op.table, op.newName);
            const rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              ...copiedColumns(copy?.source === op.newName ? copy : void 0, made.op),
              createLine: made.file === at.file ? made.line : null,
              order: "drop"
            };
            rebuilds.push(rebuild);
            add(at.key, { rebuild, step: "replace" });
          } else if (made && moved2 && (copy?.source === op.newName || fedByView.has(op.table))) {
            finalName.set(op.table, op.newName);
            const rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              ...copiedColumns(copy?.source === op.newName ? copy : void 0, made.op),
              createLine: made.file === f ? made.line : null,
              order: "swap",
              oldCopy: moved2.to,
              replacement: op.table
            };
            rebuilds.push(rebuild);
            add(moved2.key, { rebuild, step: "move-away" });
            add(key, { rebuild, step: "replace" });
          } else if (!made) movedAway.set(op.table, { to: op.newName, key });
        }
      }
    })
  );
  for (const { table, moved: moved2, made } of renameFirst) {
    const copy = copies.get(table);
    if (copy?.source !== moved2.to) continue;
    const rebuild = {
      table,
      columns: made.op.columns,
      constraints: made.op.constraints,
      ...copiedColumns(copy, made.op),
      createLine: made.line,
      order: "rename-first",
      oldCopy: moved2.to
    };
    rebuilds.push(rebuild);
    add(moved2.key, { rebuild, step: "move-away" });
    add(made.key, { rebuild, step: "replace" });
  }
  for (const rebuild of rebuilds) {
    const drop = rebuild.oldCopy === void 0 ? void 0 : dropped.get(rebuild.oldCopy);
    if (drop) add(drop.key, { rebuild, step: "drop-old-copy" });
    rebuild.constraints = rebuild.constraints?.map((c) => c.constraint === "foreign-key" && finalName.has(c.detail) ? { ...c, detail: finalName.get(c.detail) } : c);
  }
  return out;
}
function copiedColumns(copy, made) {
  if (!copy) return { copied: /* @__PURE__ */ new Map() };
  if (copy.allColumns) return { copied: /* @__PURE__ */ new Map(), copiesAll: true };
  if (!copy.byPosition) return { copied: new Map(copy.columns.map((c) => [c.name, c.from])) };
  if (copy.columns.length !== made.columns.length) return { copied: /* @__PURE__ */ new Map() };
  return { copied: new Map(made.columns.map((c, i) => [c.name, copy.columns[i].from])) };
}
function rebuildStep(op, steps, line, catalog, createdInPr) {
  for (const { rebuild: r, step } of steps) {
    const hidden = [{ kind: "other", what: "table rebuild" }];
    if (step === "move-away" && op.kind === "rename-table" && op.table === r.table && op.newName === r.oldCopy) {
      r.active = (catalog.tables.get(r.table)?.size ?? 0) > 0;
      if (r.active) return hidden;
    } else if (step === "drop-old-copy" && op.kind === "drop-table" && op.table === r.oldCopy && r.active) {
      return hidden;
    } else if (step === "replace") {
      const at = { kind: "drop-table", table: r.table, line: op.line ?? line };
      if (r.order === "drop" && op.kind === "drop-table" && op.table === r.table) return rebuildOperations(op, r, catalog, createdInPr);
      if (r.order === "rename-first" && r.active && op.kind === "create-table" && op.table === r.table) return rebuildOperations(at, r, catalog, createdInPr);
      if (r.order === "swap" && r.active && op.kind === "rename-table" && op.table === r.replacement && op.newName === r.table) {
        return [...rebuildOperations(at, r, catalog, createdInPr), { kind: "drop-table", table: op.table }];
      }
    }
  }
  return [op];
}
function rebuildOperations(op, rebuild, catalog, createdInPr) {
  const before = catalog.tables.get(rebuild.table);
  if (!before || before.size === 0) return [op];
  const { table, createLine } = rebuild;
  const at = (line) => createLine !== null && line !== void 0 ? { line } : op.line === void 0 ? {} : { line: op.line };
  const out = [];
  const after = new Map(rebuild.columns.map((c) => [c.name, c]));
  const renamedFrom = /* @__PURE__ */ new Map();
  const olds = [...before.keys()];
  const copied = rebuild.copiesAll && olds.length === rebuild.columns.length ? new Map(rebuild.columns.map((c, i) => [c.name, olds[i]])) : rebuild.copied;
  for (const [name, from] of copied) {
    if (from !== null && from !== name && before.has(from) && !after.has(from) && !before.has(name) && after.has(name)) renamedFrom.set(name, from);
  }
  const renamed = new Set(renamedFrom.values());
  for (const [name] of before) if (!after.has(name) && !renamed.has(name)) out.push({ kind: "drop-column", table, column: name, ...at(createLine ?? void 0) });
  for (const column of rebuild.columns) {
    const old = before.has(column.name) ? column.name : renamedFrom.get(column.name);
    if (old !== void 0) out.push({ kind: "redefine-column", table, column: old, def: column, ...at(column.line) });
    else out.push({ kind: "add-column", table, column, ...at(column.line) });
  }
  const declared = catalog.declared.get(table);
  if (declared && rebuild.constraints) {
    const oldName = (c) => renamedFrom.get(c) ?? c;
    const oldInsertValue = (name) => {
      const old = before.get(oldName(name));
      if (old) return { kind: "any", notNull: old.notNull };
      const def = after.get(name);
      if (!def || def.generated) return { kind: "any", notNull: false };
      if (!def.hasDefault) return { kind: "null" };
      return (def.defaultExpr === void 0 ? null : literalDefault(def.defaultExpr)) ?? { kind: "any", notNull: def.notNull };
    };
    const key = (c, rename) => `${c.constraint}|${c.columns.map(rename).join(",")}|${c.detail}`;
    const had = new Set(declared.map((c) => key(c, (n) => n)));
    const uniqueBefore = [
      ...declared.filter((d) => d.constraint === "unique" || d.constraint === "primary-key").map((d) => d.columns),
      ...[...before.values()].filter((c) => c.unique || c.primaryKey).map((c) => [c.name])
    ];
    for (const c of rebuild.constraints) {
      if (had.has(key(c, oldName)) || c.columns.length > 0 && c.columns.every((n) => !before.has(oldName(n)))) continue;
      if (c.constraint === "check" && declared.some((d) => d.constraint === "check" && checkAcceptsAll(d.detail, c.detail))) continue;
      if (c.constraint === "check" && checkPassesOldInserts(c.detail, oldInsertValue)) continue;
      const columns2 = c.columns.map(oldName);
      if ((c.constraint === "unique" || c.constraint === "primary-key") && uniqueBefore.some((u) => u.length > 0 && u.every((n) => columns2.includes(n)))) continue;
      const was = c.values && c.columns.length === 1 ? declared.find((d) => d.values && d.columns.join() === oldName(c.columns[0])) : void 0;
      if (c.values && was?.values) {
        out.push(...enumColumnChange(table, c.columns[0], was.values, c.values, at(c.line)));
        continue;
      }
      out.push({ kind: "add-constraint", table, constraint: c.constraint, name: c.name, columns: c.columns, notValid: false, ...at(c.line) });
    }
  }
  for (const [name, index] of catalog.indexes) {
    if (index.table === table && index.columns !== void 0 && !createdInPr("index", name)) out.push({ kind: "drop-index", name, table, ...at(void 0) });
  }
  for (const [name, on] of catalog.triggerTables) {
    if (on === table && !createdInPr("trigger", name)) out.push({ kind: "drop-object", objectKind: "trigger", name, table, ...at(void 0) });
  }
  return out.length > 0 ? out : [{ kind: "other", what: "table rebuild" }];
}
function trackRoutines(stmt, text, file, routines) {
  for (const op of stmt.ops) {
    if (op.kind !== "drop-object" && op.kind !== "create-object" || op.objectKind !== "procedure" && op.objectKind !== "function") continue;
    if (op.kind === "drop-object") routines.delete(op.name);
    else routines.set(op.name, { file, body: () => ({ ops: [], opaque: `the body of ${op.name} was created inside a block of statements and is not read` }) });
  }
  const routine = routineOf(stmt, text);
  if (routine) routines.set(routine.name, { file, body: routine.body });
}
function withCalledRoutine(stmt, file, routines) {
  if (routines.size === 0) return stmt;
  const name = calledRoutine(stmt);
  const routine = name === null ? void 0 : routines.get(name);
  if (!routine) return stmt;
  const body = routine.body();
  if (routine.file === file) return withBody(stmt, body);
  return withBody(stmt, { ...body, ops: body.ops.map(({ line: _line, ...op }) => op) });
}
function withBody(stmt, body) {
  const ops = [...stmt.ops.filter((op) => op.kind !== "other"), ...body.ops];
  if (body.opaque) return { ...stmt, status: "unparsed", error: body.opaque, opaqueText: body.opaqueText, ops };
  return { ...stmt, status: "parsed", error: void 0, ops };
}
function recordCreated(op, created, facts, history) {
  switch (op.kind) {
    case "create-table":
      if (!op.ifNotExists || history.replayed && !history.catalog.tables.has(op.table)) {
        created.add(`table:${op.table}`);
        for (const c of op.columns) recordSerialSequence(op.table, c, created);
      }
      break;
    case "add-column":
      if (!op.ifNotExists || history.replayed && history.catalog.tables.has(op.table) && !history.catalog.column(op.table, op.column.name)) {
        created.add(`column:${op.table}.${op.column.name}`);
        recordSerialSequence(op.table, op.column, created);
      }
      break;
    case "rename-table":
      if (facts.isNewTable(op.table) && (facts.isNewTable(op.newName) || !history.catalog.tables.has(op.newName))) created.add(`table:${op.newName}`);
      break;
    case "rename-column":
      if (facts.isNewColumn(op.table, op.column)) created.add(`column:${op.table}.${op.newName}`);
      break;
    case "redefine-column":
      if (facts.isNewColumn(op.table, op.column)) created.add(`column:${op.table}.${op.def.name}`);
      break;
    case "create-enum":
      created.add(`type:${op.type}`);
      break;
    case "add-constraint":
      if (op.name) created.add(`constraint:${op.table}.${op.name}`);
      break;
    case "create-index":
      if (op.name && !(op.ifNotExists && history.catalog.indexes.has(op.name))) created.add(`index:${op.name}`);
      break;
    case "create-object":
      if (!history.catalog.hasObject(op.objectKind, op.name)) created.add(`object:${op.objectKind}:${op.name}`);
      break;
    case "rename-object":
      if (facts.isNewObject(op.objectKind, op.name) || facts.isRecreatedLater(op.objectKind, op.name)) created.add(`object:${op.objectKind}:${op.newName}`);
      if (op.objectKind === "constraint" && op.table && (facts.isNewConstraint(op.table, op.name) || facts.isRecreatedLater("constraint", `${op.table}.${op.name}`))) {
        created.add(`constraint:${op.table}.${op.newName}`);
      }
      if (op.objectKind === "index" && (facts.isNewIndex(op.name) || facts.isRecreatedLater("index", op.name))) created.add(`index:${op.newName}`);
      break;
    default:
      break;
  }
}
function recordSerialSequence(table, column, created) {
  if (!isSerialType(column.type)) return;
  const dot = table.lastIndexOf(".");
  created.add(`object:sequence:${table.slice(0, dot + 1)}${table.slice(dot + 1)}_${column.name}_seq`);
}
function trackColumnsOfUnknownTables(op, catalog, facts, columns2) {
  if (op.kind === "add-column") {
    const key2 = `${op.table}.${op.column.name}`;
    if (!catalog.tables.has(op.table) && facts.isNewColumn(op.table, op.column.name) && columns2.get(key2) !== null) columns2.set(key2, { ...op.column });
    return;
  }
  if (op.kind === "rename-column" && !catalog.tables.has(op.table) && !columns2.get(`${op.table}.${op.column}`)) {
    columns2.set(`${op.table}.${op.column}`, null);
    return;
  }
  if (!("table" in op) || typeof op.table !== "string" || !("column" in op) || typeof op.column !== "string") return;
  const key = `${op.table}.${op.column}`;
  const column = columns2.get(key);
  if (!column) return;
  if (op.kind === "set-not-null") column.notNull = true;
  else if (op.kind === "drop-not-null") column.notNull = false;
  else if (op.kind === "set-default") column.hasDefault = true;
  else if (op.kind === "drop-default") column.hasDefault = false;
  else if (op.kind === "alter-column-type") column.type = op.newType;
  else if (op.kind === "drop-column") columns2.delete(key);
  else if (op.kind === "rename-column") {
    columns2.delete(key);
    columns2.set(`${op.table}.${op.newName}`, { ...column, name: op.newName });
  } else if (op.kind === "redefine-column") {
    columns2.delete(key);
    columns2.set(`${op.table}.${op.def.name}`, { ...op.def });
  }
}
function enumColumnChange(table, column, before, after, at) {
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  return removed.length > 0 || added.length > 0 ? [{ kind: "enum-column-change", table, column, removed, added, ...at }] : [];
}
function resolveOperation(op, catalog, dialect, columnOf = (t, c) => catalog.column(t, c)) {
  if (op.kind === "alter-column-type") {
    const old2 = catalog.column(op.table, op.column);
    const oldType = op.oldType ?? old2?.type ?? null;
    const oldEnum = oldType === null ? void 0 : catalog.enums.get(oldType);
    const newEnum = op.newType === null ? void 0 : catalog.enums.get(op.newType);
    if (old2 && oldEnum && newEnum) {
      const at2 = op.line === void 0 ? {} : { line: op.line };
      return [...enumColumnChange(op.table, op.column, oldEnum, newEnum, at2), { kind: "redefine-column", table: op.table, column: op.column, def: { ...old2, type: op.newType }, ...at2 }];
    }
    return [{ ...op, oldType }];
  }
  if (op.kind === "add-enum-value" && catalog.enums.get(op.type)?.includes(op.value)) return [{ kind: "other", what: "existing enum value" }];
  if (op.kind === "rename-object" && op.objectKind === "index") {
    const table2 = catalog.indexes.get(op.name)?.table;
    if (table2 !== void 0 && catalog.constraints.has(`${table2}.${op.name}`)) return [{ ...op, objectKind: "constraint", table: table2 }];
  }
  if ((op.kind === "drop-table" || op.kind === "rename-table") && !catalog.tables.has(op.table)) {
    const objectKind = catalog.hasObject("materialized view", op.table) ? "materialized view" : catalog.hasObject("view", op.table) ? "view" : null;
    const line = op.line === void 0 ? {} : { line: op.line };
    if (objectKind !== null) {
      return [op.kind === "drop-table" ? { kind: "drop-object", objectKind, name: op.table, ...line } : { kind: "rename-object", objectKind, name: op.table, newName: op.newName, ...line }];
    }
  }
  if (op.kind !== "redefine-column") return [op];
  const at = op.line === void 0 ? {} : { line: op.line };
  const out = [];
  const { table, column, def } = op;
  if (def.name !== column) out.push({ kind: "rename-column", table, column, newName: def.name, ...at });
  const old = columnOf(table, column);
  if (!old) {
    out.push({ kind: "alter-column-type", table, column: def.name, oldType: null, newType: def.type, ...at });
  } else {
    const oldEnum = old.enumValues ?? enumValuesOf(old.type);
    const newEnum = def.enumValues ?? enumValuesOf(def.type);
    if (oldEnum && newEnum) {
      out.push(...enumColumnChange(table, def.name, oldEnum, newEnum, at));
    } else if (old.type && def.type && compareTypes(old.type, def.type, dialect) !== "same") {
      out.push({ kind: "alter-column-type", table, column: def.name, oldType: old.type, newType: def.type, ...at });
    }
    if (!old.notNull && def.notNull) out.push({ kind: "set-not-null", table, column: def.name, ...at });
    if (old.notNull && !def.notNull && !def.primaryKey && !inPrimaryKey(catalog, table, column)) out.push({ kind: "drop-not-null", table, column: def.name, ...at });
    if (old.hasDefault && !def.hasDefault) out.push({ kind: "drop-default", table, column: def.name, ...at });
  }
  out.push(op);
  return out;
}
function inPrimaryKey(catalog, table, column) {
  if (catalog.column(table, column)?.primaryKey) return true;
  if ((catalog.declared.get(table) ?? []).some((d) => d.constraint === "primary-key" && d.columns.includes(column))) return true;
  for (const [key, kind] of catalog.constraints) {
    if (kind !== "primary-key" || !key.startsWith(`${table}.`)) continue;
    if (catalog.indexes.get(key.slice(table.length + 1))?.columns?.includes(column)) return true;
  }
  return false;
}
var PARSE_AHEAD = 256;
function parseWindow(window, dialect, schemaOnly) {
  const out = new Array(window.length);
  try {
    const at = [];
    const jobs = [];
    window.forEach(({ file, text }, i) => {
      if (isCodeFramework(file.framework) || isChangelogMigration(file)) return;
      at.push(i);
      jobs.push({ text, sections: upSections(file, text), schemaOnly });
    });
    parseFiles(jobs, dialect).forEach((parsed, j) => out[at[j]] = parsed);
  } catch {
    out.fill(void 0);
  }
  return out;
}
function upSections(file, text) {
  return sectionsOf(file, text).filter((s) => s.part === "up");
}
function replayBase(baselines, migrations, dialect, routines, { schemaOnly = true, codeHistory = new CodeHistory(), tree, order, parseAhead = true } = {}) {
  const catalog = new Catalog();
  const ordered = migrations.filter((m) => (m.file.part === "up" || m.file.part === "repeatable") && m.text !== null).sort((a, b) => byVersionThenPath(a.file, b.file, order));
  const readable = baselines.filter((m) => m.text !== null);
  const all = [...readable, ...ordered];
  let ahead = [];
  let aheadFrom = 0;
  for (let index = 0; index < all.length; index++) {
    const { file, text } = all[index];
    if (parseAhead && index === aheadFrom + ahead.length) {
      aheadFrom = index;
      ahead = parseWindow(all.slice(index, index + PARSE_AHEAD), dialect, schemaOnly);
    }
    try {
      const code = isCodeFramework(file.framework);
      const changelog = !code && isChangelogMigration(file);
      const parsed = code ? parseCodeFile(file, text, dialect, codeHistory, true) : changelog ? parseChangelog(file.path, text, dialect, { read: tree ? reader2(tree) : () => null }) : ahead[index - aheadFrom] ?? parseFile({ text, sections: upSections(file, text), schemaOnly }, dialect);
      for (const stmt of parsed.forward) {
        for (const op of stmt.ops) {
          for (const resolved of resolveOperation(op, catalog, stmt.dialect)) catalog.apply(resolved);
        }
        trackRoutines(stmt, text, file.path, routines);
      }
    } catch {
    }
  }
  return catalog;
}
function releaseBaselineCatalogs(baselines, changes, config, dialect) {
  const sql = baselines.filter((b) => b.text !== null && !isCodeFramework(b.file.framework));
  if (config.released !== "tags" || !changes.releasedTexts || sql.length === 0) return [];
  const { newest, newestTag } = changes.releasedTexts(sql.map((b) => b.file.path), config.releaseTags);
  if (!newest || !newestTag) return [];
  const out = [];
  for (const b of sql) {
    const text = newest.get(b.file.path);
    if (text === null || text === void 0 || text === b.text) continue;
    out.push({ path: b.file.path, tag: newestTag, catalog: replayBase([{ file: b.file, text }], [], dialect, /* @__PURE__ */ new Map()) });
  }
  return out;
}
function madeNotNullByBaseVersions(edited, base, dialect) {
  const out = /* @__PURE__ */ new Set();
  for (const { change, file } of edited) {
    if (isCodeFramework(file.framework) || isChangelogMigration(file)) return "unknown";
    let text;
    try {
      text = base.read(change.oldPath ?? change.path);
    } catch {
      return "unknown";
    }
    if (text === null) return "unknown";
    const sections = sectionsOf(file, text).filter((s) => s.part === "up");
    for (const stmt of parseFile({ text, sections }, dialect).forward) {
      if (stmt.status === "unparsed" && (stmt.dialect === "postgres" || stmt.dialect === "cockroach")) continue;
      for (const op of stmt.ops) {
        if (op.kind === "set-not-null") out.add(`${op.table}.${op.column}`);
        else if (op.kind === "redefine-column" && op.def.notNull) out.add(`${op.table}.${op.column}`).add(`${op.table}.${op.def.name}`);
        else if (op.kind === "add-column" && op.column.notNull) out.add(`${op.table}.${op.column.name}`);
        else if (op.kind === "create-table") {
          for (const c of op.columns) if (c.notNull) out.add(`${op.table}.${c.name}`);
        }
      }
    }
  }
  return out;
}
function reader2(tree) {
  return (path) => {
    try {
      return tree.read(path);
    } catch {
      return null;
    }
  };
}
function byVersionThenPath(a, b, order) {
  if (order && a.framework === "liquibase" && b.framework === "liquibase") {
    const c = compareByIncludes(order, a.path, b.path);
    if (c !== null) return c;
  }
  if (isChangelogMigration(a) && isChangelogMigration(b)) return changelogOrder(a.path, b.path);
  const va = a.version;
  const vb = b.version;
  if (va !== null && vb !== null) {
    const c = a.framework === b.framework ? compareVersionsOf(a.framework, va, vb) : compareVersions(va, vb);
    if (c !== 0) return c;
  } else if (va !== null) return -1;
  else if (vb !== null) return 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export {
  baseTreeCount,
  readOrNull,
  detectorFor,
  mayBeChangelog,
  prepareMigrations,
  analyseMigrations,
  migrationLanguages,
  migrationDialects,
  migrationNeeds,
  resolveOperation,
  replayBase
};
