import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  fixedDialects
} from "./chunk-LJEN6VQ2.js";
import {
  unreadableFindings
} from "./chunk-SUSJ5QPE.js";
import {
  ColumnIdioms,
  PrLookahead,
  checkAcceptsAll,
  compareTypes,
  enumValuesOf,
  migrationRules,
  snapshotForeignKeys,
  snapshotUniqueKeys,
  splitStatements,
  statementKey,
  statementKeys,
  uniqueKeysOf
} from "./chunk-COSUD523.js";
import {
  LineIndex,
  MIGRATION_DIRS,
  MigrationLayout,
  classifyMigration,
  compareVersions,
  detectInSets,
  detectMigration,
  dialectFromContent,
  dialectFromDrizzleJournal,
  dialectFromName,
  dialectFromPath,
  dialectFromPrismaLock,
  dialectWord,
  forEachLexeme,
  leadingBlanks,
  lineOfOffset,
  lineStarts,
  linesOfOffsets,
  liquibaseChangesets,
  maskSql,
  maskSqlDetailed,
  schemaFileName,
  sectionsOf,
  topLevelPieces,
  withoutComments
} from "./chunk-KAWUW2KJ.js";
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";
import {
  isSqlFileName
} from "./chunk-IUUUE4C2.js";

// src/config/ignored.ts
function ignoredPaths(config) {
  return globMatcher(config.ignorePaths);
}

// src/migrations/catalog.ts
var Catalog = class {
  tables = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Map();
  /** Indexes dropped since the history knew them, until created again (`DROP INDEX ix; CREATE UNIQUE INDEX ix …`). */
  droppedIndexes = /* @__PURE__ */ new Map();
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
  /** Index name → its table, uniqueness, columns. */
  get indexes() {
    return this.indexByName;
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
  column(table, column) {
    return this.tables.get(table)?.get(column);
  }
  hasObject(kind, name) {
    return this.objects.has(`${kind}:${name}`);
  }
  apply(op) {
    switch (op.kind) {
      case "create-table": {
        if (op.ifNotExists && this.tables.has(op.table)) break;
        const cols = /* @__PURE__ */ new Map();
        for (const c of op.columns) cols.set(c.name, { ...c });
        this.tables.set(op.table, cols);
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
        if (op.ifNotExists && this.column(op.table, op.column.name)) break;
        this.tables.get(op.table)?.set(op.column.name, { ...op.column });
        if (op.constraints) {
          const list = this.declaredByTable.get(op.table);
          if (list) {
            for (const c of op.constraints) {
              const copy = { ...c };
              list.push(copy);
              this.indexForeignKey(copy);
            }
          }
        } else {
          this.setDeclared(op.table, void 0);
        }
        break;
      case "drop-column": {
        this.tables.get(op.table)?.delete(op.column);
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
        if (col) col.hasDefault = false;
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
        const known = this.indexByName.get(op.name);
        if (known) this.droppedIndexes.set(op.name, known);
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
          for (const columns of this.tables.values()) for (const c of columns.values()) if (c.type === op.name) c.type = op.newName;
        }
        break;
      default:
        break;
    }
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
    for (const c of this.declaredByTable.get(table) ?? []) {
      if (c.constraint === "foreign-key") this.foreignKeysTo.get(c.detail)?.delete(c);
    }
    if (list === void 0) {
      this.declaredByTable.delete(table);
      return;
    }
    this.declaredByTable.set(table, list);
    for (const c of list) this.indexForeignKey(c);
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
function setOf(map, key) {
  let set = map.get(key);
  if (!set) map.set(key, set = /* @__PURE__ */ new Set());
  return set;
}

// src/migrations/plan.ts
var DEFAULT_DIALECT = "postgres";
var MigrationDetector = class {
  constructor(changes, sets, forced) {
    this.changes = changes;
    this.sets = sets;
    this.forced = forced;
    this.layouts = { base: new MigrationLayout(() => changes.baseTree.list()), head: new MigrationLayout(() => changes.headTree.list()) };
  }
  changes;
  sets;
  forced;
  layouts;
  cache = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  tree(side) {
    return side === "base" ? this.changes.baseTree : this.changes.headTree;
  }
  classify(side, path, text) {
    const cache = this.cache[side];
    let c = cache.get(path);
    if (!c) {
      const forced = this.forced.has(path);
      if (!forced && !isSqlFileName(path)) return { file: null, as: "other", set: 0, reason: "not a SQL file" };
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
    detector = new MigrationDetector(changes, config.migrations, forced);
    if (forced.size === 0) byConfig.set(config, detector);
  }
  return detector;
}
function assignDialects(files, detector) {
  const sets = detector.sets;
  const result = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  const settings = /* @__PURE__ */ new Map();
  const frameworkSetting = (path, side) => {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    const parent = dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
    const look = (file, read) => {
      const key = `${side}:${file}`;
      if (!settings.has(key)) {
        const text = detector.layouts[side].has(file) ? readOrNull(detector.tree(side), file) : null;
        settings.set(key, text === null ? void 0 : read(text));
      }
      const d = settings.get(key);
      return d ? { dialect: d, by: `${file.slice(file.lastIndexOf("/") + 1)} beside it` } : void 0;
    };
    if (path.endsWith("/migration.sql")) return look(`${parent === "" ? "" : `${parent}/`}migration_lock.toml`, dialectFromPrismaLock);
    return look(`${dir === "" ? "" : `${dir}/`}meta/_journal.json`, dialectFromDrizzleJournal);
  };
  const readings = [];
  for (const f of files) {
    const set = sets[f.set];
    const out = result[f.side];
    if (set?.dialect) {
      out.set(f.path, { dialect: set.dialect, by: `the configuration (${sets.length === 1 ? "migrations" : `migrations[${f.set}]`}.dialect)` });
      continue;
    }
    const fromPath = dialectFromPath(f.path) ?? frameworkSetting(f.path, f.side);
    if (fromPath) {
      out.set(f.path, fromPath);
      continue;
    }
    const content = f.text === null ? void 0 : dialectFromContent(f.text);
    readings.push({ path: f.path, side: f.side, set: f.set, text: f.text, own: content, byContent: content !== void 0 });
  }
  const byFolder = /* @__PURE__ */ new Map();
  const bySet = /* @__PURE__ */ new Map();
  const folderCount = /* @__PURE__ */ new Map();
  for (const r of readings) {
    if (!r.own) continue;
    const folder = folderOf(r.path);
    (byFolder.get(folder) ?? byFolder.set(folder, /* @__PURE__ */ new Set()).get(folder)).add(r.own.dialect);
    folderCount.set(folder, (folderCount.get(folder) ?? 0) + 1);
    const s = bySet.get(r.set) ?? { dialects: /* @__PURE__ */ new Set(), count: 0 };
    s.dialects.add(r.own.dialect);
    s.count++;
    bySet.set(r.set, s);
  }
  for (const r of readings) {
    const out = result[r.side];
    if (r.own) {
      out.set(r.path, r.own);
      continue;
    }
    const folder = folderOf(r.path);
    const near = byFolder.get(folder);
    if (near?.size === 1) {
      const [d] = near;
      const n = folderCount.get(folder) ?? 0;
      out.set(r.path, { dialect: d, by: `the other migrations of its folder (${n} read as ${d} by their content)` });
      continue;
    }
    const all = bySet.get(r.set);
    if (all && all.dialects.size === 1 && all.count >= 2) {
      const [d] = all.dialects;
      out.set(r.path, { dialect: d, by: `the other migrations of the repository (${all.count} read as ${d} by their content, none otherwise)` });
      continue;
    }
    out.set(r.path, { dialect: DEFAULT_DIALECT, by: near && near.size > 1 ? `the default (its folder's files show ${[...near].join(" and ")})` : "the default (nothing in its name, folder or content says otherwise)" });
  }
  return result;
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
  for (const f of base) {
    const d = dialectFromName(f.path);
    if (!d) continue;
    const folder = folderOf(f.path);
    (named.get(folder) ?? named.set(folder, /* @__PURE__ */ new Set()).get(folder)).add(d.dialect);
    specific.add(`${folder}\0${dialectlessName(f.path)}\0${d.dialect}`);
  }
  const out = /* @__PURE__ */ new Map();
  for (const f of base) {
    const folder = folderOf(f.path);
    const others = named.get(folder);
    if (f.pathDecided || !others || dialectFromName(f.path)) {
      out.set(f.path, [f.dialect]);
      continue;
    }
    const stem = dialectlessName(f.path);
    const runs = /* @__PURE__ */ new Set([f.dialect]);
    for (const d of others) if (!specific.has(`${folder}\0${stem}\0${d}`)) runs.add(d);
    out.set(f.path, [...runs]);
  }
  return out;
}
function findBaselines(detector, group, sequenceFolders, ignored) {
  const set = detector.sets[group.set];
  const base = detector.changes.baseTree;
  let paths;
  try {
    paths = base.list().filter((p) => !ignored(p) && isSqlFileName(p));
  } catch {
    return [];
  }
  const out = [];
  const file = (path) => ({ path, framework: "plain", version: null, part: "up", dialect: group.dialect });
  if (set?.baseline && set.baseline.length > 0) {
    const match = globMatcher(set.baseline);
    for (const path of paths.filter(match).sort()) out.push({ file: file(path), text: readOrNull(base, path) });
    return out;
  }
  if (set?.paths && set.paths.length > 0) return out;
  const near = (dir) => {
    for (const folder of sequenceFolders) {
      if (folder === dir) return true;
      if (!(dir === "" || folder.startsWith(`${dir}/`))) continue;
      const depth = folder.slice(dir.length).split("/").filter((p) => p !== "").length;
      if (depth <= 3) return true;
    }
    return false;
  };
  for (const path of paths.sort()) {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    if (!near(dir)) continue;
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
  const base = forced || candidates.length === 0 ? [] : baseMigrations(detector, ignored);
  const readings = assignDialects(
    [
      ...base.map((b) => ({ path: b.file.path, set: b.set, text: b.text, side: "base" })),
      ...candidates.map((c) => ({ path: c.file.path, set: detector.classify(c.change.status === "deleted" ? "base" : "head", c.change.path).set, text: c.text ?? readOrNull(detector.changes.baseTree, c.change.oldPath ?? c.change.path), side: c.change.status === "deleted" ? "base" : "head" }))
    ],
    detector
  );
  const dialects = { head: readings.head, base: readings.base };
  const groups = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const side = c.change.status === "deleted" ? "base" : "head";
    const set = detector.classify(side, c.change.path).set;
    const reading = readings[side].get(c.file.path) ?? { dialect: DEFAULT_DIALECT, by: "the default" };
    c.file = { ...c.file, dialect: reading.dialect };
    const key = `${set}\0${reading.dialect}`;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { set, dialect: reading.dialect, candidates: [], base: [], baselines: [] });
    group.candidates.push(c);
  }
  if (dialectsOnly) return { groups: [...groups.values()], dialects };
  const runsOn = dialectsRunOn(
    base.map((b) => {
      const r = readings.base.get(b.file.path);
      return { path: b.file.path, dialect: r?.dialect ?? DEFAULT_DIALECT, pathDecided: r !== void 0 && !r.by.startsWith("its content") && !r.by.startsWith("the ") };
    })
  );
  for (const b of base) {
    for (const d of runsOn.get(b.file.path) ?? []) {
      const group = groups.get(`${b.set}\0${d}`);
      if (group) group.base.push({ file: { ...b.file, dialect: d }, text: b.text });
    }
  }
  for (const group of groups.values()) {
    const folders2 = /* @__PURE__ */ new Set([...group.base.map((b) => sequenceFolder(b.file.path)), ...group.candidates.map((c) => sequenceFolder(c.file.path))]);
    group.baselines = findBaselines(detector, group, folders2, ignored);
  }
  return { groups: [...groups.values()], dialects };
}
function sequenceFolder(path) {
  const parts = path.split("/");
  parts.pop();
  while (parts.length > 0 && (/^\d/.test(parts[parts.length - 1]) || dialectWord(parts[parts.length - 1]))) parts.pop();
  return parts.join("/");
}
function baseMigrations(detector, ignored) {
  const tree = detector.changes.baseTree;
  let paths;
  try {
    paths = tree.list();
  } catch {
    return [];
  }
  const sqlPaths = paths.filter((path) => !ignored(path) && isSqlFileName(path));
  tree.prefetch?.(sqlPaths);
  const out = [];
  for (const path of sqlPaths) {
    const text = readOrNull(tree, path);
    const c = detector.classify("base", path, text);
    if (c.file) out.push({ file: c.file, text, set: c.set });
  }
  return out;
}
function detectionEntries(detector, ignored, reworkCopies, plan) {
  const out = [];
  const forced = (path) => detector.classify("head", path).reason === "named on the command line";
  for (const c of detector.changes.files) {
    if (!isSqlFileName(c.path) && !forced(c.path)) continue;
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

// src/migrations/model.ts
function conditional(op) {
  return op.kind === "create-table" || op.kind === "add-column" ? { ...op, ifNotExists: true } : op;
}
function normalizeName(parts, quoted = []) {
  const normalized = parts.map((p, i) => quoted[i] ? p : p.toLowerCase());
  if (normalized.length > 1 && normalized[0] === "public") normalized.shift();
  return normalized.join(".");
}
function normalizeIdent(raw) {
  const parts = [];
  const quoted = [];
  const re = /"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|([^."`[\s]+)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[1] !== void 0) {
      parts.push(m[1].replace(/""/g, '"'));
      quoted.push(true);
    } else if (m[2] !== void 0) {
      parts.push(m[2].replace(/``/g, "`"));
      quoted.push(false);
    } else if (m[3] !== void 0) {
      parts.push(m[3]);
      quoted.push(false);
    } else {
      parts.push(m[4]);
      quoted.push(false);
    }
  }
  return normalizeName(parts, quoted);
}

// src/migrations/parse/sqlite.ts
var sqlparser = null;
var loaded = null;
function loadSqlparser() {
  loaded ??= import("./chunk-QTR5BVDT.js").then(async (mod) => {
    await mod.init();
    sqlparser = mod;
  });
  return loaded;
}
var Unread = class extends Error {
};
function sqlparserStatements(text, dialect) {
  try {
    if (!sqlparser) throw new Error("the SQL parser is not loaded: call prepareMigrations() first");
    const statements = sqlparser.parse(text, dialect);
    return { ok: true, statements: Array.isArray(statements) ? statements : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.length > 200 ? `${message.slice(0, 200)}\u2026` : message };
  }
}
function parseWithSqlparser(text, dialect, firstLine = 1) {
  const read = sqlparserStatements(text, dialect);
  if (!read.ok) return read;
  const reading = { opaqueText: [] };
  const ops = [];
  try {
    for (const stmt of read.statements) for (const op of operationsOf(stmt, firstLine, dialect, reading)) ops.push(op);
  } catch (error) {
    if (error instanceof Unread) return { ok: false, error: error.message };
    throw error;
  }
  if (reading.opaque === void 0) return { ok: true, ops };
  return { ok: true, ops, opaque: reading.opaque, ...reading.opaqueText.length > 0 ? { opaqueText: reading.opaqueText.join("\n") } : {} };
}
function ident(node, dialect) {
  const i = node?.Identifier ?? node;
  const value = String(i?.value ?? "");
  return i?.quote_style || dialect === "mssql" ? value : value.toLowerCase();
}
function objectName(parts, dialect) {
  const list = Array.isArray(parts) ? parts : [];
  const names = list.map((p) => ident(p, dialect));
  if (names.length > 1 && (names[0] === "main" || names[0] === "dbo")) names.shift();
  return normalizeName(names, names.map(() => true));
}
function spanLine(node, firstLine) {
  const line = node?.span?.start?.line;
  return typeof line === "number" && line > 0 ? firstLine + line - 1 : void 0;
}
function typeText(dataType) {
  if (typeof dataType === "string") return dataType.toLowerCase();
  if (!dataType || typeof dataType !== "object") return null;
  const [key] = Object.keys(dataType);
  if (!key) return null;
  const value = dataType[key];
  if (key === "Custom" && Array.isArray(value)) {
    const [name, args] = value;
    const names = (Array.isArray(name) ? name : []).map((p) => String(p?.Identifier?.value ?? "").toLowerCase());
    const list = Array.isArray(args) ? args.map(String) : [];
    return `${names.join(".")}${list.length > 0 ? `(${list.join(",")})` : ""}`;
  }
  const inner = JSON.stringify(value, (k, v) => k === "span" ? void 0 : v) ?? "";
  const nums = inner.match(/\d+/g) ?? [];
  return nums.length > 0 ? `${key.toLowerCase()}(${nums.join(",")})` : key.toLowerCase();
}
function columnInfo(def, dialect, firstLine) {
  const options = (def.options ?? []).map((o) => o.option);
  const has = (name) => options.some((o) => o === name || typeof o === "object" && o !== null && name in o);
  const line = spanLine(def.name, firstLine);
  return {
    name: ident(def.name, dialect),
    type: typeText(def.data_type),
    notNull: has("NotNull") || has("PrimaryKey"),
    hasDefault: has("Default") || has("Generated") || has("Identity"),
    unique: has("Unique"),
    primaryKey: has("PrimaryKey"),
    ...line === void 0 ? {} : { line },
    ...has("Generated") ? { generated: true } : {}
  };
}
var CONSTRAINT_KINDS = { Unique: "unique", PrimaryKey: "primary-key", Check: "check", ForeignKey: "foreign-key" };
function exprText(expr) {
  return JSON.stringify(expr, (key, value) => key === "span" || key === "quote_style" ? void 0 : value).toLowerCase();
}
function exprColumns(expr, dialect) {
  const out = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "Identifier" && value && typeof value === "object" && "value" in value) out.add(ident(value, dialect));
        else if (key === "CompoundIdentifier" && Array.isArray(value) && value.length > 0) out.add(ident(value[value.length - 1], dialect));
        else walk(value);
      }
    }
  };
  walk(expr);
  return [...out];
}
function firstSpanLine(node, firstLine) {
  let first = Infinity;
  for (const m of JSON.stringify(node).matchAll(/"line":(\d+)/g)) {
    const line = Number(m[1]);
    if (line > 0 && line < first) first = line;
  }
  return first === Infinity ? void 0 : firstLine + first - 1;
}
function declaredConstraint(wrapped, name, column, dialect, firstLine, fallbackLine) {
  if (!wrapped || typeof wrapped !== "object") return null;
  const [key] = Object.keys(wrapped);
  const constraint = CONSTRAINT_KINDS[key];
  if (!constraint) return null;
  const body = wrapped[key];
  const named = name ?? body.name;
  const listed = (body.columns ?? []).map((c) => ident(c.column?.expr?.Identifier ?? c, dialect));
  const columns = constraint === "check" ? exprColumns(body.expr, dialect) : column !== null ? [column] : listed;
  const detail = constraint === "check" ? exprText(body.expr) : constraint === "foreign-key" ? objectName(body.foreign_table, dialect) : "";
  const line = firstSpanLine(wrapped, firstLine) ?? fallbackLine;
  const values = constraint === "check" ? inListValues(body.expr) : void 0;
  return { constraint, name: named ? ident(named, dialect) : null, columns, detail, ...values ? { values } : {}, ...line === void 0 ? {} : { line } };
}
function inListValues(expr) {
  const list = expr?.InList;
  if (!list?.expr?.Identifier || list.negated || !Array.isArray(list.list)) return void 0;
  const values = list.list.map((v) => v.Value?.value?.SingleQuotedString);
  return values.every((v) => typeof v === "string") ? values : void 0;
}
function columnConstraints(def, dialect, firstLine) {
  const column = ident(def.name, dialect);
  return (def.options ?? []).map((o) => declaredConstraint(o.option, o.name, column, dialect, firstLine, spanLine(def.name, firstLine))).filter((c) => c !== null);
}
var HARMLESS_KINDS = /* @__PURE__ */ new Set([
  "StartTransaction",
  "Commit",
  "Rollback",
  "Savepoint",
  "ReleaseSavepoint",
  "Set",
  "SetVariable",
  "SetNames",
  "SetNamesDefault",
  "SetTimeZone",
  "SetRole",
  "SetTransaction",
  "SetSessionParam",
  "SetSessionAuthorization",
  "Declare",
  "Use",
  "Pragma",
  "Analyze",
  "Vacuum",
  "Comment",
  "Grant",
  "CreateFunction",
  "CreateProcedure",
  "CreateSchema",
  "CreateDatabase",
  "CreateRole",
  "CreateUser",
  "CreateSequence",
  "CreateType",
  "CreateDomain",
  "CreateExtension",
  "CreateVirtualTable",
  "CreateCollation",
  "CreatePolicy",
  "CreateServer",
  "CreateSecret",
  "CreateMacro",
  "CreateOperator",
  "CreateOperatorClass",
  "CreateOperatorFamily",
  "AttachDatabase",
  "Explain",
  "ExplainTable",
  "Print",
  "Throw",
  "RaisError",
  "Raise",
  "Return",
  "Deallocate",
  "Prepare",
  "Close",
  "Fetch",
  "Open",
  "Discard",
  "Flush",
  "LockTables",
  "UnlockTables",
  "Lock",
  "Copy",
  "LoadData",
  "Notify",
  "Listen",
  "Unlisten",
  "Assert",
  "OptimizeTable"
]);
var DERIVED_DATA_ACTIONS = /* @__PURE__ */ new Set(["AddProjection", "DropProjection", "MaterializeProjection", "ClearProjection"]);
var DOCUMENTING_PROCEDURES = /* @__PURE__ */ new Set(["sp_addextendedproperty", "sp_updateextendedproperty", "sp_dropextendedproperty"]);
function operationsOf(stmt, firstLine, dialect, reading) {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind];
  switch (kind) {
    case "Execute":
      return executeOperations(node, dialect, reading);
    case "If":
    case "While": {
      const ops = [];
      for (const inner of blockStatements(node)) for (const op of operationsOf(inner, firstLine, dialect, reading)) ops.push(conditional(op));
      return ops;
    }
    case "AlterTable": {
      const table = objectName(node.name, dialect);
      const ops = [];
      for (const o of node.operations ?? []) {
        const [op] = Object.keys(o);
        const body = o[op];
        if (op === "AddColumn") {
          const def = body.column_def;
          const constraints = columnConstraints(def, dialect, firstLine);
          ops.push({ kind: "add-column", table, column: columnInfo(def, dialect, firstLine), ifNotExists: body.if_not_exists === true, constraints, line: spanLine(def.name, firstLine) });
        } else if (op === "DropColumn") {
          for (const c of body.column_names ?? []) {
            ops.push({ kind: "drop-column", table, column: ident(c, dialect), line: spanLine(c, firstLine) });
          }
        } else if (op === "RenameColumn") {
          ops.push({ kind: "rename-column", table, column: ident(body.old_column_name, dialect), newName: ident(body.new_column_name, dialect) });
        } else if (op === "RenameTable") {
          const target = body.table_name?.To ?? body.table_name?.As ?? body.table_name;
          ops.push({ kind: "rename-table", table, newName: objectName(target, dialect) });
        } else if (op === "ModifyColumn" || op === "ChangeColumn") {
          const name = op === "ModifyColumn" ? body.col_name : body.new_name;
          const def = columnInfo({ name, data_type: body.data_type, options: body.options }, dialect, firstLine);
          ops.push({ kind: "redefine-column", table, column: ident(op === "ModifyColumn" ? body.col_name : body.old_name, dialect), def });
        } else if (DERIVED_DATA_ACTIONS.has(op)) {
          ops.push({ kind: "other", what: op });
        } else {
          throw new Unread(`sqlparser-rs reads an ALTER TABLE \u2026 ${op} action, which this adapter does not analyse`);
        }
      }
      return ops;
    }
    case "Drop": {
      const type = String(node.object_type);
      const names = (node.names ?? []).map((n) => objectName(n, dialect));
      if (type === "Table") return names.map((table) => ({ kind: "drop-table", table }));
      if (type === "Index") return names.map((name) => ({ kind: "drop-index", name, table: null }));
      if (type === "Schema" || type === "Database") return names.map((name) => ({ kind: "drop-schema", name, database: type === "Database" }));
      const objectKind = { View: "view", MaterializedView: "materialized view", Sequence: "sequence", Type: "type", Role: "role", User: "role" }[type];
      if (objectKind) return names.map((name) => ({ kind: "drop-object", objectKind, name }));
      return [{ kind: "other", what: `drop ${type}` }];
    }
    case "DropTrigger":
      return [{ kind: "drop-object", objectKind: "trigger", name: objectName(node.trigger_name, dialect) }];
    case "DropFunction":
    case "DropProcedure":
      return [{ kind: "drop-object", objectKind: kind === "DropFunction" ? "function" : "procedure", name: JSON.stringify(node).match(/"value":"([^"]+)"/)?.[1]?.toLowerCase() ?? "" }];
    case "CreateTable": {
      const columns = node.columns ?? [];
      const constraints = [
        ...columns.flatMap((c) => columnConstraints(c, dialect, firstLine)),
        ...(node.constraints ?? []).map((c) => declaredConstraint(c, null, null, dialect, firstLine)).filter((c) => c !== null)
      ];
      return [
        {
          kind: "create-table",
          table: objectName(node.name, dialect),
          columns: columns.map((c) => columnInfo(c, dialect, firstLine)),
          ifNotExists: node.if_not_exists === true,
          constraints
        }
      ];
    }
    case "Insert":
      return upsertOperations(node, dialect) ?? [copyRows(node, dialect) ?? { kind: "other", what: kind }];
    case "Query": {
      const body = node.body;
      const inner = body?.Delete ?? body?.Update;
      return inner ? operationsOf(inner, firstLine, dialect, reading) : [{ kind: "other", what: kind }];
    }
    case "CreateIndex":
      return [
        {
          kind: "create-index",
          table: objectName(node.table_name, dialect),
          name: node.name ? objectName(node.name, dialect) : null,
          unique: node.unique === true,
          concurrently: node.concurrently === true,
          ifNotExists: node.if_not_exists === true,
          columns: (node.columns ?? []).map((c) => c.column?.expr?.Identifier).filter((i) => i !== void 0).map((i) => ident(i, dialect)),
          ...node.predicate ? { partial: true } : {},
          ...(node.columns ?? []).some((c) => !c.column?.expr?.Identifier) ? { expressions: true } : {}
        }
      ];
    case "CreateView":
      return [{ kind: "create-object", objectKind: node.materialized ? "materialized view" : "view", name: objectName(node.name, dialect) }];
    case "CreateTrigger":
      return [{ kind: "create-object", objectKind: "trigger", name: objectName(node.name, dialect), table: objectName(node.table_name, dialect) }];
    case "Update": {
      const relation = node.table?.relation?.Table;
      const columns = (node.assignments ?? []).flatMap((a) => {
        const target = a.target;
        const names = target.ColumnName ?? [];
        return names.length > 0 ? [ident(names[names.length - 1], dialect)] : [];
      });
      return relation ? [{ kind: "update", table: objectName(relation.name, dialect), columns }] : [{ kind: "other", what: "update" }];
    }
    case "Delete": {
      const from = node.from;
      const list = from?.WithFromKeyword ?? from?.WithoutKeyword ?? [];
      const tables = list.map((t) => t.relation?.Table?.name).filter((n) => n !== void 0).map((n) => objectName(n, dialect));
      return tables.map((table) => ({ kind: "delete", table }));
    }
    case "Truncate": {
      const tables = (node.table_names ?? []).map((t) => objectName(t.name, dialect));
      return tables.map((table) => ({ kind: "truncate", table }));
    }
    default:
      if (HARMLESS_KINDS.has(kind) || kind.startsWith("Show")) return [{ kind: "other", what: kind }];
      throw new Unread(`sqlparser-rs reads a ${kind} statement, which this gate does not analyse`);
  }
}
function blockStatements(node) {
  const blocks = [node.if_block, node.while_block, ...node.elseif_blocks ?? [], node.else_block];
  const out = [];
  for (const block of blocks) {
    const body = block?.conditional_statements;
    const list = (body?.Sequence ?? body?.BeginEnd)?.statements;
    if (Array.isArray(list)) for (const s of list) out.push(s);
  }
  return out;
}
function stringArgument(arg) {
  const node = arg;
  const value = node?.BinaryOp?.right ?? node;
  const literal = value?.Value?.value;
  const text = literal?.SingleQuotedString ?? literal?.NationalStringLiteral ?? literal?.DoubleQuotedString;
  return typeof text === "string" ? text : null;
}
function executeOperations(node, dialect, reading) {
  const name = (node.name ?? []).map((p) => ident(p, "sqlite"));
  const procedure = name[name.length - 1] ?? "";
  const args = node.parameters ?? [];
  const strings = args.map(stringArgument);
  if (procedure === "sp_rename") {
    const op = spRename(strings[0], strings[1], strings[2]);
    if (op) return [op];
    reading.opaque ??= "sp_rename with arguments that are not written out (variables): what it renames is unknown";
    reading.opaqueText.push("sp_rename");
    return [];
  }
  if (DOCUMENTING_PROCEDURES.has(procedure)) return [{ kind: "other", what: procedure }];
  const sql = strings.filter((t) => t !== null);
  if (procedure === "" || procedure === "sp_executesql") {
    reading.opaque ??= sql.length > 0 ? "dynamic SQL run by EXEC" : "dynamic SQL run by EXEC from a variable, whose text is not written here";
  } else reading.opaque ??= `EXEC runs the stored procedure ${name.join(".")}, whose body this gate cannot see`;
  for (const t of sql) reading.opaqueText.push(t);
  void dialect;
  return [];
}
function spRename(old, next, type) {
  if (!old || !next) return null;
  const parts = old.split(".").map((p) => p.replace(/^\[(.*)\]$/, "$1").replace(/^"(.*)"$/, "$1"));
  const newName = next.replace(/^\[(.*)\]$/, "$1");
  const kind = (type ?? "OBJECT").trim().toUpperCase();
  const qualified2 = (list) => normalizeName(list[0] === "dbo" && list.length > 1 ? list.slice(1) : list, list.map(() => true));
  switch (kind) {
    case "COLUMN":
      return parts.length >= 2 ? { kind: "rename-column", table: qualified2(parts.slice(0, -1)), column: parts[parts.length - 1], newName } : null;
    case "INDEX":
      return parts.length >= 2 ? { kind: "rename-object", objectKind: "index", table: qualified2(parts.slice(0, -1)), name: parts[parts.length - 1], newName } : null;
    case "DATABASE":
      return { kind: "rename-object", objectKind: "schema", name: qualified2(parts), newName };
    case "USERDATATYPE":
      return { kind: "rename-object", objectKind: "type", name: qualified2(parts), newName };
    case "STATISTICS":
      return { kind: "other", what: "rename statistics" };
    default:
      return { kind: "rename-table", table: qualified2(parts), newName };
  }
}
function copyRows(node, dialect) {
  const target = node.table?.TableName ?? node.table_name;
  const select = node.source?.body?.Select;
  const from = select?.from ?? [];
  const relation = from[0]?.relation?.Table;
  const names = (node.columns ?? []).map((c) => ident(Array.isArray(c) ? c[c.length - 1] : c, dialect));
  const projection = select?.projection ?? [];
  if (!target || !relation || from.length !== 1 || (from[0].joins ?? []).length > 0) return null;
  if (names.length === 0 || names.length !== projection.length) return null;
  const columns = names.map((name, i) => {
    const item = projection[i];
    const expr = item.UnnamedExpr ?? item.ExprWithAlias?.expr;
    const id = expr?.Identifier ?? (Array.isArray(expr?.CompoundIdentifier) ? expr.CompoundIdentifier.at(-1) : void 0);
    return { name, from: id === void 0 ? null : ident(id, dialect) };
  });
  return { kind: "copy-rows", table: objectName(target, dialect), source: objectName(relation.name, dialect), columns };
}
function upsertOperations(node, dialect) {
  const table = objectName(node.table?.TableName ?? node.table_name, dialect);
  if (node.or === "Replace" || node.replace_into === true) return [{ kind: "update", table, columns: [] }];
  const action = node.on?.OnConflict?.action;
  const assignments = (typeof action === "object" ? action.DoUpdate?.assignments : void 0) ?? [];
  const columns = assignments.flatMap((a) => {
    const names = a.target?.ColumnName ?? [];
    const column = names.length > 0 ? ident(names[names.length - 1], dialect) : null;
    const value = a.value;
    const source = value?.Identifier ?? (Array.isArray(value?.CompoundIdentifier) ? value.CompoundIdentifier.at(-1) : void 0);
    const excluded = Array.isArray(value?.CompoundIdentifier) && ident(value.CompoundIdentifier[0], dialect) === "excluded";
    return column === null || source !== void 0 && !excluded && ident(source, dialect) === column ? [] : [column];
  });
  return columns.length > 0 ? [{ kind: "update", table, columns }] : null;
}

// src/migrations/parse/fallback.ts
var IDENT = String.raw`(?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|\[[^\]]*\]|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)`;
var NAME = String.raw`${IDENT}(?:\s*\.\s*${IDENT}){0,2}`;
var nameRe = new RegExp(`^\\s*(${NAME})`);
var HARMLESS = /^\s*(?:INSERT|REPLACE|SELECT|WITH|SET|GRANT|COMMENT|BEGIN|COMMIT|ROLLBACK|START|END|USE|LOCK|UNLOCK|PRAGMA|ANALYZE|ANALYSE|VACUUM|EXPLAIN|SHOW|DECLARE|DEALLOCATE|PREPARE|SAVEPOINT|RELEASE|REINDEX|REFRESH|CLUSTER|NOTIFY|LISTEN|DO\s+SLEEP|CHECKPOINT|DETACH|VALUES|FLUSH|OPTIMIZE|REPAIR|CHECK\s+TABLE|DESCRIBE|DESC|COPY|LOAD|SOURCE|HANDLER|RESET|DISCARD|SECURITY\s+LABEL|IMPORT|CREATE\s+(?:OR\s+REPLACE\s+)?(?:EXTENSION|COLLATION|STATISTICS|PUBLICATION|SUBSCRIPTION|EVENT|SERVER|FOREIGN\s+DATA|TEXT\s+SEARCH|CAST|OPERATOR|AGGREGATE|LANGUAGE|RULE|ACCESS\s+METHOD|TABLESPACE|SYNONYM))\b/i;
function fallbackOperations(text, dialect, firstLine = 1) {
  const { masked, unterminated } = maskSqlDetailed(text, dialect);
  const read = readByKeywords(text, masked, dialect, firstLine);
  if (!read.sure) return read;
  if (unterminated !== void 0 || holdsAnotherStatement(masked)) return { ops: read.ops, sure: false };
  return read;
}
var STATEMENT_HEAD = /\b(?:(?:DROP|ALTER|CREATE(?:\s+OR\s+REPLACE)?)\s+(?:(?:TEMP(?:ORARY)?|UNIQUE|MATERIALIZED|GLOBAL|LOCAL)\s+)*(?:TABLE|VIEW|INDEX|SCHEMA|DATABASE|FUNCTION|PROCEDURE|TRIGGER|SEQUENCE|TYPE|DOMAIN|USER|ROLE|EVENT)\b|TRUNCATE\b|DELETE\s+FROM\b|UPDATE\s+\S+\s+SET\b|(?:DO|KEY)\s+UPDATE\b|RENAME\s+TABLE\b|MERGE\s+INTO\b|(?:EXEC|EXECUTE)\b(?!\s+(?:ON|FUNCTION|PROCEDURE)\b)|CALL\b|sp_rename\b|(?:INSERT|REPLACE)\s+INTO\b)/gi;
var ROUTINE = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:(?:TEMP(?:ORARY)?|CONSTRAINT)\s+)?(?:FUNCTION|PROCEDURE|TRIGGER)\b/i;
var ALTER_TABLE_HEAD = new RegExp(`^\\s*ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)*TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?${NAME}\\s*`, "i");
function holdsAnotherStatement(masked) {
  if (ROUTINE.test(masked)) return false;
  const first = /^\s*\S+/.exec(masked)?.[0].length ?? 0;
  const actions = ALTER_TABLE_HEAD.exec(masked)?.[0].length ?? -1;
  STATEMENT_HEAD.lastIndex = first;
  for (let m = STATEMENT_HEAD.exec(masked); m; m = STATEMENT_HEAD.exec(masked)) {
    if (actions !== -1 && (m.index === actions || /,\s*$/.test(masked.slice(Math.max(actions, m.index - 200), m.index)))) continue;
    return true;
  }
  return false;
}
function readByKeywords(text, masked, dialect, firstLine) {
  const lines = new LineIndex(text, firstLine);
  const at = (re) => re.exec(masked);
  const name = (offset) => {
    const m2 = nameRe.exec(masked.slice(offset));
    return m2 ? { name: normalizeIdent(text.slice(offset + m2.index + m2[0].length - m2[1].length, offset + m2[0].length)), end: offset + m2[0].length } : null;
  };
  const names = (offset, stop = /^\s*(?:CASCADE|RESTRICT|PURGE)?\s*$/i) => {
    const out = [];
    let pos = offset;
    for (; ; ) {
      const n = name(pos);
      if (!n) return null;
      out.push(n.name);
      pos = n.end;
      const comma = /^\s*,/.exec(masked.slice(pos));
      if (!comma) break;
      pos += comma[0].length;
    }
    const rest = masked.slice(pos).replace(/\([^)]*\)/g, "");
    return stop.test(rest) || /^\s*(?:ON\s|\(|CASCADE|RESTRICT)/i.test(masked.slice(pos)) ? out : null;
  };
  let m;
  if (HARMLESS.test(masked)) return { ops: [{ kind: "other", what: "statement" }], sure: true };
  if (m = at(/^\s*(?:EXEC(?:UTE)?\s+)?(?:(?:\[[^\]]*\]|\w+)\s*\.\s*)*\[?sp_rename\]?\s+/i)) {
    const args = [];
    const arg = /^\s*(?:@\w+\s*=\s*)?N?'((?:[^']|'')*)'\s*(,|$)/i;
    let rest = text.slice(m[0].length);
    for (let a = arg.exec(rest); a; a = arg.exec(rest)) {
      args.push(a[1].replace(/''/g, "'"));
      rest = rest.slice(a[0].length);
      if (a[2] !== ",") break;
    }
    const op = /^\s*$/.test(rest) ? spRename(args[0], args[1], args[2]) : null;
    return op ? { ops: [op], sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?/i)) {
    const list = names(m[0].length);
    return list ? { ops: list.map((table) => ({ kind: "drop-table", table })), sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?/i)) {
    const list = names(m[0].length);
    const database = m[1].toUpperCase() === "DATABASE" && dialect !== "mysql" && dialect !== "mariadb";
    return list ? { ops: list.map((n) => ({ kind: "drop-schema", name: n, database })), sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?/i)) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const cockroach = /^@\s*/.exec(masked.slice(n.end));
    if (cockroach) {
      const idx = name(n.end + cockroach[0].length);
      if (idx) return { ops: [{ kind: "drop-index", name: idx.name, table: n.name }], sure: /^\s*(?:CASCADE|RESTRICT)?\s*$/i.test(masked.slice(idx.end)) };
    }
    const on = /^\s*ON\s+/i.exec(masked.slice(n.end));
    const table = on ? name(n.end + on[0].length)?.name ?? null : null;
    return { ops: [{ kind: "drop-index", name: n.name, table }], sure: true };
  }
  if (m = at(/^\s*DROP\s+(MATERIALIZED\s+VIEW|VIEW|FUNCTION|PROCEDURE|ROUTINE|TRIGGER|SEQUENCE|TYPE|DOMAIN|POLICY|ROLE|USER)\s+(?:IF\s+EXISTS\s+)?/i)) {
    const word = m[1].toUpperCase().replace(/\s+/g, " ");
    const kind = word === "USER" ? "role" : word === "ROUTINE" ? "function" : word.toLowerCase();
    if (kind === "role") {
      const roles = masked.slice(m[0].length).split(",").map((r) => r.trim()).filter((r) => r !== "");
      return { ops: roles.map((_, i) => ({ kind: "drop-object", objectKind: "role", name: text.slice(m[0].length).split(",")[i]?.trim() ?? "" })), sure: roles.length > 0 };
    }
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const on = /^\s*ON\s+/i.exec(masked.slice(n.end));
    const table = on ? name(n.end + on[0].length)?.name : void 0;
    return { ops: [{ kind: "drop-object", objectKind: kind, name: n.name, ...table ? { table } : {} }], sure: true };
  }
  if (m = at(/^\s*TRUNCATE\s+(?:TABLE\s+)?(?:ONLY\s+)?/i)) {
    const list = names(m[0].length, /^\s*(?:(?:RESTART|CONTINUE)\s+IDENTITY)?\s*(?:CASCADE|RESTRICT)?\s*$/i);
    return list ? { ops: list.map((table) => ({ kind: "truncate", table })), sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DELETE\s+(?:LOW_PRIORITY\s+|QUICK\s+|IGNORE\s+)*FROM\s+(?:ONLY\s+)?/i)) {
    const n = name(m[0].length);
    return n ? { ops: [{ kind: "delete", table: n.name }], sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*UPDATE\s+(?:LOW_PRIORITY\s+|IGNORE\s+|ONLY\s+)*/i)) {
    const n = name(m[0].length);
    const set = /\bSET\b/i.exec(masked.slice(n?.end ?? 0));
    if (!n || !set) return { ops: [], sure: false };
    const from = n.end + set.index + set[0].length;
    const end = /\b(?:WHERE|FROM|RETURNING|ORDER\s+BY|LIMIT)\b/i.exec(masked.slice(from));
    const body = masked.slice(from, end ? from + end.index : masked.length);
    const columns = topLevelPieces(body).map((s) => /^\s*(?:[\w"`]+\s*\.\s*)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s*=/.exec(body.slice(s))).map((c) => c ? normalizeIdent(c[1]) : "");
    const sure = columns.every((c) => c !== "");
    return { ops: [{ kind: "update", table: n.name, columns: columns.filter((c) => c !== "") }], sure };
  }
  if (m = at(/^\s*RENAME\s+TABLE\s+/i)) {
    const ops = [];
    for (const pair of topLevelPieces(masked, m[0].length)) {
      const from = name(pair);
      const to = from ? /^\s*TO\s+/i.exec(masked.slice(from.end)) : null;
      const target = from && to ? name(from.end + to[0].length) : null;
      if (!from || !target) return { ops, sure: false };
      ops.push({ kind: "rename-table", table: from.name, newName: target.name, line: lines.line(pair) });
    }
    return { ops, sure: true };
  }
  if (at(/^\s*REVOKE\b/i)) {
    const on = onFrom(masked);
    const onText = on ? text.slice(on.index, on.index + on[0].length).replace(/^ON\s+(?:TABLE\s+)?/i, "").replace(/\s+FROM\s+$/i, "").trim() : "";
    const from = on ? text.slice(on.index + on[0].length).trim() : "";
    const privileges = text.slice(/^\s*REVOKE\s+/i.exec(masked)?.[0].length ?? 0, on?.index).trim() || "privileges";
    return { ops: [{ kind: "revoke", privileges, on: onText, from, tables: [] }], sure: true };
  }
  if (m = at(/^\s*ALTER\s+TYPE\s+/i)) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const rest = text.slice(n.end);
    const add = /^\s*ADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?'((?:[^']|'')*)'/i.exec(rest);
    if (add) return { ops: [{ kind: "add-enum-value", type: n.name, value: add[1].replace(/''/g, "'") }], sure: true };
    const ren = /^\s*RENAME\s+VALUE\s+'((?:[^']|'')*)'\s+TO\s+'((?:[^']|'')*)'/i.exec(rest);
    if (ren) return { ops: [{ kind: "rename-enum-value", type: n.name, oldValue: ren[1], newValue: ren[2] }], sure: true };
    const to = /^\s*RENAME\s+TO\s+/i.exec(masked.slice(n.end));
    const target = to ? name(n.end + to[0].length) : null;
    if (target) return { ops: [{ kind: "rename-object", objectKind: "type", name: n.name, newName: target.name }], sure: true };
    return { ops: [], sure: false };
  }
  if (m = at(/^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?/i)) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const ops = [];
    let sure = true;
    for (const start of topLevelPieces(masked, n.end + (/^\s*/.exec(masked.slice(n.end))?.[0].length ?? 0))) {
      const piece = pieceAt(masked, start);
      const raw = text.slice(start, start + piece.length);
      const line = lines.line(start);
      const action = alterAction(n.name, piece, raw, dialect);
      if (!action) sure = false;
      else for (const op of action) ops.push({ ...op, line });
    }
    return { ops, sure };
  }
  if (m = at(/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+|VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i)) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const open = masked.indexOf("(", n.end);
    const columns = [];
    if (open !== -1 && /^\s*$/.test(masked.slice(n.end, open))) {
      const close = matchingParen(masked, open);
      const inner = masked.slice(open + 1, close);
      for (const s of topLevelPieces(inner)) {
        const piece = pieceAt(inner, s);
        if (/^\s*(?:CONSTRAINT|PRIMARY|UNIQUE|KEY|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|LIKE)\b/i.test(piece)) continue;
        const col = columnDef(piece, text.slice(open + 1 + s, open + 1 + s + piece.length));
        if (col) columns.push(col);
      }
    }
    return { ops: [{ kind: "create-table", table: n.name, columns, ifNotExists: /\bIF\s+NOT\s+EXISTS\b/i.test(m[0]) }], sure: true };
  }
  if (m = at(/^\s*CREATE\s+(UNIQUE\s+)?(?:INVERTED\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i)) {
    const idx = name(m[0].length);
    const on = idx ? /^\s*ON\s+(?:ONLY\s+)?/i.exec(masked.slice(idx.end)) : /^\s*ON\s+(?:ONLY\s+)?/i.exec(masked.slice(m[0].length));
    const onAt = idx && on ? idx.end + on[0].length : on ? m[0].length + on[0].length : -1;
    const table = onAt >= 0 ? name(onAt) : null;
    if (!table) return { ops: [], sure: false };
    const open = masked.indexOf("(", table.end);
    const cols = open === -1 ? [] : columnList(masked.slice(open + 1, matchingParen(masked, open)), text.slice(open + 1, matchingParen(masked, open)));
    return {
      ops: [{ kind: "create-index", table: table.name, name: idx && on ? idx.name : null, unique: !!m[1], concurrently: !!m[2], columns: cols }],
      sure: true
    };
  }
  if (m = at(/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?(?:TEMP(?:ORARY)?\s+)?(?:RECURSIVE\s+)?(MATERIALIZED\s+VIEW|VIEW|FUNCTION|PROCEDURE|TRIGGER|SEQUENCE|TYPE|DOMAIN|SCHEMA|DATABASE|ROLE|USER|POLICY)\s+(?:IF\s+NOT\s+EXISTS\s+)?/i)) {
    const word = m[1].toUpperCase().replace(/\s+/g, " ");
    const kind = word === "DATABASE" ? "schema" : word === "USER" ? "role" : word.toLowerCase();
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    if (kind === "type") {
      const values = enumValuesOf(enumList(text.slice(n.end)));
      if (values) return { ops: [{ kind: "create-enum", type: n.name, values }], sure: true };
    }
    return { ops: [{ kind: "create-object", objectKind: kind, name: n.name }], sure: true };
  }
  return { ops: [], sure: false };
}
function pieceAt(masked, start) {
  let depth = 0;
  for (let i = start; i < masked.length; i++) {
    const c = masked[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) return masked.slice(start, i);
  }
  return masked.slice(start);
}
function matchingParen(masked, open) {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === "(") depth++;
    else if (masked[i] === ")" && --depth === 0) return i;
  }
  return masked.length;
}
function columnList(masked, raw) {
  return topLevelPieces(masked).map((s) => /^\s*("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s*(?:\(\s*\d+\s*\))?\s*(?:ASC|DESC)?\s*$/i.exec(raw.slice(s, s + pieceAt(masked, s).length))).map((c) => c ? normalizeIdent(c[1]) : "").filter((c) => c !== "");
}
var TYPE_STOP = /\s(?:NOT|NULL|DEFAULT|PRIMARY|UNIQUE|REFERENCES|CHECK|AUTO_INCREMENT|AUTOINCREMENT|COMMENT|COLLATE|CHARACTER|CHARSET|GENERATED|AS|ON|FIRST|AFTER|CONSTRAINT|INVISIBLE|VISIBLE|STORED|VIRTUAL|IDENTITY|USING|KEY)\b/i;
function columnDef(masked, raw) {
  const m = nameRe.exec(masked);
  if (!m) return null;
  const colName = normalizeIdent(raw.slice(m.index + m[0].length - m[1].length, m[0].length));
  const rest = masked.slice(m[0].length);
  let depth = 0;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "(") depth++;
    else if (rest[i] === ")") depth--;
    else if (depth === 0 && /\s/.test(rest[i]) && TYPE_STOP.test(rest.slice(i, i + 20)) && TYPE_STOP.exec(rest.slice(i))?.index === 0) {
      end = i;
      break;
    }
  }
  const type = raw.slice(m[0].length, m[0].length + end).trim().replace(/\s+/g, " ") || null;
  const constraints = rest.slice(end);
  const enumValues = enumValuesOf(type);
  return {
    name: colName,
    type: type ? type.toLowerCase().replace(/^enum\s*\(/, "enum(") : null,
    notNull: /\bNOT\s+NULL\b|\bPRIMARY\s+KEY\b/i.test(constraints),
    hasDefault: /\bDEFAULT\b(?!\s+NULL\b)|\bAUTO_?INCREMENT\b|\bGENERATED\b|\bAS\s*\(|\bIDENTITY\b/i.test(constraints) || /^(small|big)?serial[248]?$/i.test(type ?? ""),
    unique: /\bUNIQUE\b/i.test(constraints),
    primaryKey: /\bPRIMARY\s+KEY\b/i.test(constraints),
    ...enumValues ? { enumValues } : {}
  };
}
var CONSTRAINT_WORDS = [
  [/^PRIMARY\s+KEY\b/i, "primary-key"],
  [/^UNIQUE\b/i, "unique"],
  [/^FOREIGN\s+KEY\b/i, "foreign-key"],
  [/^CHECK\b/i, "check"],
  [/^EXCLUDE\b/i, "exclusion"]
];
function alterAction(table, masked, raw, dialect) {
  const p = masked.trim();
  const lead = masked.length - masked.trimStart().length;
  const r = raw.slice(lead);
  let m;
  const ident3 = (s) => normalizeIdent(s);
  if (m = /^DROP\s+(?:CONSTRAINT|CHECK)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(p)) return [{ kind: "drop-constraint", table, name: ident3(r.slice(m[0].length - m[1].length, m[0].length)) }];
  if (m = /^DROP\s+(?:INDEX|KEY)\s+(\S+)/i.exec(p)) return [{ kind: "drop-index", name: ident3(r.slice(m[0].length - m[1].length, m[0].length)), table }];
  if (/^DROP\s+(?:FOREIGN\s+KEY|PRIMARY\s+KEY|PARTITION)\b/i.test(p)) return [{ kind: "other", what: "drop key" }];
  if (m = /^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)(?=\s*(?:CASCADE|RESTRICT)?\s*$)/i.exec(p)) {
    return [{ kind: "drop-column", table, column: ident3(r.slice(m[0].length - m[1].length, m[0].length)) }];
  }
  if ((m = /^RENAME\s+(?:TO|AS)\s+/i.exec(p)) || (m = /^RENAME\s+(?=[\w"`]+\s*$)/i.exec(p))) {
    return [{ kind: "rename-table", table, newName: ident3(r.slice(m[0].length).trim()) }];
  }
  if (/^RENAME\s+(?:INDEX|KEY)\b/i.test(p)) return [{ kind: "other", what: "rename index" }];
  if (m = /^RENAME\s+CONSTRAINT\s+(\S+)\s+TO\s+(\S+)/i.exec(p)) return [{ kind: "rename-object", objectKind: "constraint", table, name: ident3(m[1]), newName: ident3(m[2]) }];
  if (m = /^RENAME\s+(?:COLUMN\s+)?(\S+)\s+TO\s+(\S+)\s*$/i.exec(p)) {
    return [{ kind: "rename-column", table, column: ident3(r.slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length)), newName: ident3(m[2]) }];
  }
  if (m = /^ALTER\s+PRIMARY\s+KEY\s+USING\s+COLUMNS\s*\(([^)]*)\)/i.exec(p)) {
    const columns = m[1].split(",").map((c) => ident3(c.trim().split(/\s+/)[0]));
    return [{ kind: "add-constraint", table, constraint: "primary-key", name: null, columns, notValid: false }];
  }
  if (m = /^ALTER\s+(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+TO\s+/i.exec(p)) {
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: "redefine-column", table, column: ident3(m[1]), def }] : null;
  }
  if (m = /^ADD\s+(?:CONSTRAINT\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)\s+)?/i.exec(p)) {
    const rest = p.slice(m[0].length);
    for (const [re, constraint] of CONSTRAINT_WORDS) {
      if (!re.test(rest)) continue;
      const open = rest.indexOf("(");
      const cols = open === -1 ? [] : columnList(rest.slice(open + 1, matchingParen(rest, open)), r.slice(m[0].length + open + 1));
      const usingIndex = /\bUSING\s+INDEX\s+(\S+)/i.exec(rest)?.[1];
      return [{ kind: "add-constraint", table, constraint, name: m[1] ? ident3(m[1]) : null, columns: constraint === "check" ? [] : cols, notValid: /\bNOT\s+VALID\b/i.test(rest), ...usingIndex ? { usingIndex: ident3(usingIndex) } : {} }];
    }
    const index = /^(UNIQUE\s+)?(?:INDEX|KEY|FULLTEXT(?:\s+(?:INDEX|KEY))?|SPATIAL(?:\s+(?:INDEX|KEY))?)\s*(\S*)/i.exec(rest);
    if (index) return [{ kind: "create-index", table, name: index[2] && !index[2].startsWith("(") ? ident3(index[2]) : null, unique: !!index[1], concurrently: false, columns: [] }];
    const colStart = /^(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(rest)?.[0].length ?? 0;
    if (rest[colStart] === "(") {
      const open = m[0].length + colStart;
      const inner = p.slice(open + 1, matchingParen(p, open));
      const defs = topLevelPieces(inner).map((at) => columnDef(pieceAt(inner, at), r.slice(open + 1 + at, open + 1 + at + pieceAt(inner, at).length)));
      return defs.every((d) => d !== null) ? defs.map((column) => ({ kind: "add-column", table, column })) : null;
    }
    const def = columnDef(rest.slice(colStart), r.slice(m[0].length + colStart));
    return def ? [{ kind: "add-column", table, column: def, ifNotExists: /IF\s+NOT\s+EXISTS/i.test(rest.slice(0, colStart)) }] : null;
  }
  if (m = /^ALTER\s+(?!(?:INDEX|CONSTRAINT)\s)(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+/i.exec(p)) {
    const column = ident3(m[1]);
    const rest = p.slice(m[0].length);
    const type = /^(?:SET\s+DATA\s+)?TYPE\s+/i.exec(rest);
    if (type) {
      const t = r.slice(m[0].length + type[0].length).replace(/\s+(?:USING|COLLATE)\b[\s\S]*$/i, "").trim();
      return [{ kind: "alter-column-type", table, column, oldType: null, newType: t.toLowerCase() }];
    }
    if (/^SET\s+NOT\s+NULL\b/i.test(rest)) return [{ kind: "set-not-null", table, column }];
    if (/^DROP\s+NOT\s+NULL\b/i.test(rest)) return [{ kind: "drop-not-null", table, column }];
    if (/^DROP\s+DEFAULT\b/i.test(rest)) return [{ kind: "drop-default", table, column }];
    if (/^SET\s+DEFAULT\b/i.test(rest)) return [{ kind: "set-default", table, column }];
    if (/^(?:SET|DROP|ADD|RESET|OPTIONS)\b/i.test(rest)) return [{ kind: "other", what: "alter column" }];
    return null;
  }
  if (dialect === "clickhouse" && /^MODIFY\s+(?:TTL|SETTING|ORDER\s+BY|SAMPLE\s+BY|QUERY|COMMENT|STATISTICS)\b/i.test(p)) {
    return [{ kind: "other", what: "modify table setting" }];
  }
  if (m = /^MODIFY\s+(?:COLUMN\s+)?/i.exec(p)) {
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: "redefine-column", table, column: def.name, def }] : null;
  }
  if (m = /^CHANGE\s+(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+/i.exec(p)) {
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: "redefine-column", table, column: ident3(m[1]), def }] : null;
  }
  if (m = /^(?:SET\s+SCHEMA)\s+(\S+)/i.exec(p)) return [{ kind: "rename-table", table, newName: `${ident3(m[1])}.${table.split(".").pop() ?? table}` }];
  if (/^(?:ALGORITHM|LOCK|ENGINE|AUTO_INCREMENT|COMMENT|ROW_FORMAT|KEY_BLOCK_SIZE|CONVERT\s+TO|DEFAULT\s+(?:CHARACTER|CHARSET|COLLATE)|CHARACTER\s+SET|CHARSET|COLLATE|ORDER\s+BY|FORCE|ENABLE|DISABLE|VALIDATE|OWNER|SET|RESET|CLUSTER|INHERIT|NO\s+INHERIT|REPLICA|ATTACH|DETACH|ALTER\s+CONSTRAINT|ALTER\s+INDEX|ADD\s+PARTITION|PARTITION|REMOVE\s+PARTITIONING|COALESCE|REORGANIZE|ANALYZE|OPTIMIZE|REBUILD|REPAIR|TRUNCATE\s+PARTITION|IMPORT|DISCARD|WITH|WITHOUT|STATS_|PACK_KEYS|CHECKSUM|DELAY_KEY_WRITE|INSERT_METHOD|MAX_ROWS|MIN_ROWS|TABLESPACE|UNION|AVG_ROW_LENGTH)\b/i.test(p)) {
    return [{ kind: "other", what: p.split(/\s+/)[0].toLowerCase() }];
  }
  void dialect;
  return null;
}
function onFrom(text) {
  const on = /\bON\s/i.exec(text);
  if (on === null) return null;
  const from = /\s+FROM\s+/gi;
  from.lastIndex = on.index + 3;
  const m = from.exec(text);
  return m === null ? null : { index: on.index, 0: text.slice(on.index, m.index + m[0].length) };
}
function enumList(text) {
  const m = /\bAS\s+(ENUM\s*\()/i.exec(text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  const close = text.lastIndexOf(")");
  return close >= m.index + m[0].length ? text.slice(start, close + 1) : null;
}

// src/migrations/parse/mysql.ts
var parser = null;
var loading = null;
function loadMysqlParser() {
  loading ??= import("./chunk-53SW6JHZ.js").then((mod) => {
    const m = mod;
    const Parser = m.Parser ?? m.default?.Parser;
    if (!Parser) throw new Error("node-sql-parser/build/mysql has no Parser export");
    parser = new Parser();
  });
  return loading;
}
function getParser() {
  if (!parser) throw new Error("the MySQL parser is not loaded: call prepareMigrations() first");
  return parser;
}
function parseMysql(text, firstLine = 1) {
  let ast;
  try {
    ast = getParser().astify(text, { database: "mysql" });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.length > 200 ? `${message.slice(0, 200)}\u2026` : message };
  }
  const nodes = Array.isArray(ast) ? ast : [ast];
  const ops = [];
  for (const node of nodes) {
    const mapped = operationsOf2(node, text, firstLine);
    if (mapped === null) return { ok: false, error: `node-sql-parser read it, but not into a known shape (${String(node.type)})` };
    for (const op of mapped) ops.push(op);
  }
  return { ok: true, ops };
}
function tableName(t) {
  const n = t;
  return normalizeName(n?.db ? [n.db, n.table ?? ""] : [n?.table ?? ""]);
}
function columnName(c) {
  const ref = c;
  const col = ref?.column;
  if (typeof col === "string") return col.toLowerCase();
  const expr = col?.expr?.value;
  return typeof expr === "string" ? expr.toLowerCase() : "";
}
function typeText2(def) {
  if (!def) return { type: null };
  const base = String(def.dataType ?? "").toLowerCase();
  const expr = def.expr?.value;
  if ((base === "enum" || base === "set") && Array.isArray(expr)) {
    const values = expr.map((v) => String(v.value ?? ""));
    return { type: `${base}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")})`, enumValues: base === "enum" ? values : void 0 };
  }
  let type = base;
  if (def.length !== void 0 && def.length !== null) type += `(${String(def.length)}${def.scale !== void 0 && def.scale !== null ? `,${String(def.scale)}` : ""})`;
  const suffix = Array.isArray(def.suffix) ? def.suffix.map((s) => String(s).toLowerCase()) : [];
  if (suffix.includes("unsigned")) type += " unsigned";
  return { type };
}
function columnInfo2(name, node) {
  const { type, enumValues } = typeText2(node.definition);
  const nullable = node.nullable?.type;
  return {
    name,
    type,
    notNull: nullable === "not null" || node.primary_key !== void 0 && node.primary_key !== null,
    hasDefault: hasDefaultValue(node.default_val) || !!node.auto_increment || !!node.generated,
    unique: !!node.unique || !!node.unique_or_primary,
    primaryKey: node.primary_key !== void 0 && node.primary_key !== null,
    ...enumValues ? { enumValues } : {},
    ...node.generated ? { generated: true } : {}
  };
}
function schemaName(database) {
  if (typeof database === "string") return database.toLowerCase();
  const parts = database?.schema ?? [];
  return parts.map((p) => String(p.value ?? "").toLowerCase()).join(".");
}
function declaredIndex(d) {
  if (d.resource === "column") return d.unique || d.unique_or_primary === "unique" ? [{ name: columnName(d.column), unique: true, columns: [columnName(d.column)] }] : [];
  const columns = (d.definition ?? []).map(columnName);
  const name = indexName(typeof d.index === "string" ? d.index : typeof d.constraint === "string" ? d.constraint : null, columns);
  if (name === null) return [];
  if (d.resource === "index") return [{ name: name.toLowerCase(), unique: false, columns }];
  const kind = CONSTRAINTS[String(d.constraint_type ?? "").toLowerCase()];
  return kind === "unique" ? [{ name: name.toLowerCase(), unique: true, columns }] : [];
}
function foreignKeyActions(ref) {
  const action = (type) => {
    const found = (ref?.on_action ?? []).find((a) => a.type === type);
    const value = String(found?.value?.value ?? "no action").toLowerCase();
    return ["no action", "restrict", "cascade", "set null", "set default"].find((a) => a === value) ?? "no action";
  };
  return { onDelete: action("on delete"), onUpdate: action("on update") };
}
function keepsItself(table, column, value) {
  if (value?.type !== "column_ref" || typeof value.column !== "string") return false;
  const sameTable = value.table === null || value.table === void 0 || String(value.table).toLowerCase() === table;
  return sameTable && value.column.toLowerCase() === String(column ?? "").toLowerCase();
}
function hasDefaultValue(d) {
  if (d === void 0 || d === null) return false;
  return d.value?.type !== "null";
}
var CONSTRAINTS = {
  "primary key": "primary-key",
  unique: "unique",
  "unique key": "unique",
  "unique index": "unique",
  "foreign key": "foreign-key",
  check: "check"
};
function operationsOf2(node, text, firstLine) {
  const type = String(node.type);
  switch (type) {
    case "alter": {
      const table = tableName(node.table?.[0]);
      const exprs = node.expr ?? [];
      const lines = actionLines(text, firstLine, exprs.length);
      const ops = [];
      exprs.forEach((e, i) => {
        for (const op of alterAction2(table, e)) ops.push(lines ? { ...op, line: lines[i] } : op);
      });
      return renameLast(ops);
    }
    case "drop": {
      const keyword = String(node.keyword).toLowerCase();
      const list = Array.isArray(node.name) ? node.name : [node.name];
      if (keyword === "table") return list.map((t) => ({ kind: "drop-table", table: tableName(t) }));
      if (keyword === "view") return list.map((t) => ({ kind: "drop-object", objectKind: "view", name: tableName(t) }));
      if (keyword === "database" || keyword === "schema") return [{ kind: "drop-schema", name: String(node.name).toLowerCase(), database: false }];
      if (keyword === "index") return [node.table ? dropIndex(tableName(node.table), columnName(node.name)) : { kind: "drop-index", name: columnName(node.name), table: null }];
      if (keyword === "trigger") {
        return list.map((t) => ({ kind: "drop-object", objectKind: "trigger", name: String(t.trigger ?? "").toLowerCase() }));
      }
      return null;
    }
    case "rename": {
      const pairs = node.table ?? [];
      const masked = maskSql(text, "mysql");
      const head = /^\s*RENAME\s+TABLES?\s+/i.exec(masked);
      const starts = head ? topLevelPieces(masked, head[0].length) : [];
      const lines = starts.length === pairs.length ? linesOfOffsets(text, starts, firstLine) : null;
      return pairs.map(([from, to], i) => ({
        kind: "rename-table",
        table: tableName(from),
        newName: tableName(to),
        ...lines ? { line: lines[i] } : {}
      }));
    }
    case "create": {
      const keyword = String(node.keyword).toLowerCase();
      if (keyword === "table") {
        const defs = node.create_definitions ?? [];
        const columns = defs.filter((d) => d.resource === "column").map((d) => columnInfo2(columnName(d.column), d));
        const primary = defs.find((d) => d.resource === "constraint" && String(d.constraint_type ?? "").toLowerCase() === "primary key");
        const keyColumns = (primary?.definition ?? []).map(columnName);
        for (const c of columns) if (keyColumns.length === 1 && c.name === keyColumns[0]) Object.assign(c, { primaryKey: true, notNull: true });
        const indexes = defs.flatMap((d) => declaredIndex(d));
        return [{ kind: "create-table", table: tableName(node.table?.[0]), columns, ifNotExists: !!node.if_not_exists, indexes }];
      }
      if (keyword === "index") {
        return [
          {
            kind: "create-index",
            table: tableName(node.table),
            name: typeof node.index === "string" ? node.index.toLowerCase() : null,
            unique: String(node.index_type ?? "").toLowerCase() === "unique",
            concurrently: false,
            columns: (node.index_columns ?? []).map(columnName).filter((c) => c !== "")
          }
        ];
      }
      if (keyword === "view") {
        const view = node.view;
        return [{ kind: "create-object", objectKind: "view", name: normalizeName(view?.db ? [view.db, view.view ?? ""] : [view?.view ?? ""]) }];
      }
      if (keyword === "database" || keyword === "schema") return [{ kind: "create-object", objectKind: "schema", name: schemaName(node.database) }];
      if (keyword === "trigger") return [{ kind: "create-object", objectKind: "trigger", name: String(node.trigger?.table ?? "").toLowerCase() }];
      return [{ kind: "other", what: `create ${keyword}` }];
    }
    case "insert":
    case "replace": {
      const table = tableName(node.table?.[0]);
      if (type === "replace") return [{ kind: "update", table, columns: [] }];
      const set = node.on_duplicate_update?.set;
      if (!set) return [{ kind: "other", what: type }];
      const columns = set.filter((s) => !keepsItself(table, s.column, s.value)).map((s) => String(s.column ?? "").toLowerCase());
      return columns.length > 0 ? [{ kind: "update", table, columns }] : [{ kind: "other", what: "insert" }];
    }
    case "update": {
      const tables = node.table ?? [];
      const set = node.set ?? [];
      if (tables.length === 1) {
        return [{ kind: "update", table: tableName(tables[0]), columns: set.map((s) => String(s.column ?? "").toLowerCase()) }];
      }
      const byAlias = /* @__PURE__ */ new Map();
      for (const t of tables) {
        const n = t;
        byAlias.set(String(n.as ?? n.table ?? "").toLowerCase(), tableName(t));
      }
      const cols = /* @__PURE__ */ new Map();
      for (const s of set) {
        const table = byAlias.get(String(s.table ?? "").toLowerCase()) ?? tableName(tables[0]);
        cols.set(table, [...cols.get(table) ?? [], String(s.column ?? "").toLowerCase()]);
      }
      return [...cols].map(([table, columns]) => ({ kind: "update", table, columns }));
    }
    case "delete": {
      const targets = (node.table ?? node.from ?? []).map(tableName);
      return [...new Set(targets)].map((table) => ({ kind: "delete", table }));
    }
    case "truncate":
      return (node.name ?? []).map((t) => ({ kind: "truncate", table: tableName(t) }));
    case "call":
      return null;
    default:
      return [{ kind: "other", what: type }];
  }
}
function renameLast(ops) {
  return ops.some((op) => op.kind === "rename-table") ? [...ops.filter((op) => op.kind !== "rename-table"), ...ops.filter((op) => op.kind === "rename-table")] : ops;
}
function alterAction2(table, e) {
  const action = String(e.action);
  const resource = String(e.resource);
  if (resource === "column") {
    if (action === "add") return addedColumn(table, columnInfo2(columnName(e.column), e));
    if (action === "drop") return [{ kind: "drop-column", table, column: columnName(e.column) }];
    if (action === "rename") return [{ kind: "rename-column", table, column: columnName(e.old_column), newName: columnName(e.column) }];
    if (action === "modify") {
      const name = columnName(e.column);
      return redefined(table, name, columnInfo2(name, e));
    }
    if (action === "change") return redefined(table, columnName(e.old_column), columnInfo2(columnName(e.column), e));
  }
  if (resource === "table" && action === "rename") return [{ kind: "rename-table", table, newName: normalizeName([String(e.table ?? "")]) }];
  if (resource === "constraint" && action === "add") {
    const def = e.create_definitions;
    const kind = CONSTRAINTS[String(def.constraint_type ?? "").toLowerCase()];
    if (!kind) return [{ kind: "other", what: "add constraint" }];
    const columns = kind === "check" ? [] : (def.definition ?? []).map(columnName);
    const name = typeof def.constraint === "string" ? def.constraint.toLowerCase() : typeof def.index === "string" ? def.index.toLowerCase() : null;
    const actions = kind === "foreign-key" ? { actions: foreignKeyActions(def.reference_definition) } : {};
    return [{ kind: "add-constraint", table, constraint: kind, name: kind === "unique" ? indexName(name, columns) : name, columns, notValid: false, ...actions }];
  }
  if (resource === "index" && action === "add") {
    const columns = (e.definition ?? []).map(columnName);
    return [{ kind: "create-index", table, name: indexName(typeof e.index === "string" ? e.index.toLowerCase() : null, columns), unique: false, concurrently: false, columns }];
  }
  if (resource === "index" && action === "drop") return [dropIndex(table, String(e.index ?? ""))];
  if (resource === "constraint" && action === "drop") {
    const check = String(e.keyword).toLowerCase() === "check";
    return [{ kind: "drop-constraint", table, name: String(e.constraint ?? "").toLowerCase(), ...check ? { constraint: "check" } : {} }];
  }
  if (resource === "key" && action === "drop") {
    const keyword = String(e.keyword).toLowerCase();
    if (keyword === "primary key") return [{ kind: "drop-constraint", table, name: "primary", constraint: "primary-key" }];
    if (keyword === "key") return [dropIndex(table, String(e.key ?? ""))];
    return [{ kind: "other", what: "drop foreign key" }];
  }
  return [{ kind: "other", what: `${action} ${resource}` }];
}
function indexName(name, columns) {
  return name !== null ? name.toLowerCase() : columns[0] || null;
}
function addedColumn(table, column) {
  const ops = [{ kind: "add-column", table, column }];
  if (column.unique && !column.primaryKey) ops.push({ kind: "create-index", table, name: column.name, unique: true, concurrently: false, columns: [column.name] });
  return ops;
}
function redefined(table, column, def) {
  const ops = [{ kind: "redefine-column", table, column, def }];
  if (def.primaryKey || def.unique) {
    ops.push({ kind: "add-constraint", table, constraint: def.primaryKey ? "primary-key" : "unique", name: null, columns: [def.name], notValid: false });
  }
  return ops;
}
function dropIndex(table, name) {
  const index = name.toLowerCase();
  return index === "primary" ? { kind: "drop-constraint", table, name: index, constraint: "primary-key" } : { kind: "drop-index", name: index, table };
}
function actionLines(text, firstLine, count) {
  const masked = maskSql(text, "mysql");
  const head = /^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:`(?:[^`]|``)*`|[^\s.`]+)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[^\s.`]+))?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine);
}

// src/migrations/parse/mysql-fast.ts
var FALLBACK_FIRST = "fallback-first";
var CONVERT_CHARSET = /^ALTER\s+TABLE\s+(?:`[^`]+`|\w+)(?:\s*\.\s*(?:`[^`]+`|\w+))?\s+CONVERT\s+TO\s+(?:CHARACTER\s+SET|CHARSET)\s+\w+(?:\s+COLLATE\s+\w+)?\s*$/i;
var CREATE_ROUTINE = /^CREATE\s+(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\b/i;
function parseMysqlFast(text, firstLine = 1) {
  if (CONVERT_CHARSET.test(text) || CREATE_ROUTINE.test(text)) return FALLBACK_FIRST;
  const read = sqlparserStatements(text, "mysql");
  if (!read.ok || read.statements.length !== 1) return null;
  const stmt = read.statements[0];
  const [kind] = Object.keys(stmt);
  if (kind === "DropProcedure" || kind === "DropFunction" || kind === "Call") return FALLBACK_FIRST;
  try {
    return operationsOf3(kind, stmt[kind], text, firstLine);
  } catch (error) {
    if (error instanceof NotInSlowGrammar) return FALLBACK_FIRST;
    return null;
  }
}
var Unmapped = class extends Error {
};
var NotInSlowGrammar = class extends Error {
};
function ident2(i) {
  const v = i?.Identifier ?? i;
  if (typeof v?.value !== "string") throw new Unmapped();
  return v.value.toLowerCase();
}
function objectName2(parts) {
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 2) throw new Unmapped();
  return normalizeName(parts.map(ident2));
}
function indexColumn(c) {
  const expr = c?.column?.expr;
  if (expr?.Identifier) return ident2(expr.Identifier);
  if (typeof c?.value === "string") return ident2(c);
  throw new Unmapped();
}
var INT_TYPES = {
  Int: "int",
  Integer: "integer",
  BigInt: "bigint",
  TinyInt: "tinyint",
  SmallInt: "smallint",
  MediumInt: "mediumint"
};
var PLAIN_TYPES = {
  Text: "text",
  LongText: "longtext",
  MediumText: "mediumtext",
  TinyText: "tinytext",
  Date: "date",
  JSON: "json",
  Boolean: "boolean",
  Blob: "blob",
  LongBlob: "longblob",
  MediumBlob: "mediumblob",
  TinyBlob: "tinyblob"
};
var LENGTH_TYPES = { Varchar: "varchar", Char: "char", Varbinary: "varbinary" };
function isSerial(key, arg) {
  const parts = key === "Custom" && Array.isArray(arg) ? arg[0] : null;
  return Array.isArray(parts) && parts.length === 1 && /^serial$/i.test(String(parts[0]?.Identifier?.value ?? ""));
}
function typeOf(dataType) {
  if (typeof dataType === "string") {
    if (PLAIN_TYPES[dataType]) return { type: PLAIN_TYPES[dataType] };
    if (dataType === "Bool") throw new NotInSlowGrammar();
    throw new Unmapped();
  }
  const [key] = Object.keys(dataType ?? {});
  const arg = dataType[key];
  if (isSerial(key, arg)) throw new NotInSlowGrammar();
  const unsigned = key.endsWith("Unsigned");
  const base = unsigned ? key.slice(0, -"Unsigned".length) : key;
  if (INT_TYPES[base]) {
    if (arg !== void 0 && arg !== null && typeof arg !== "number") throw new Unmapped();
    return { type: `${INT_TYPES[base]}${typeof arg === "number" ? `(${arg})` : ""}${unsigned ? " unsigned" : ""}` };
  }
  if (unsigned) throw new Unmapped();
  if (PLAIN_TYPES[key] && arg === void 0) return { type: PLAIN_TYPES[key] };
  if (LENGTH_TYPES[key]) {
    if (arg === void 0 || arg === null) return { type: LENGTH_TYPES[key] };
    const length = arg.IntegerLength;
    if (typeof length?.length !== "number" || length.unit !== void 0 && length.unit !== null) throw new Unmapped();
    return { type: `${LENGTH_TYPES[key]}(${length.length})` };
  }
  if (key === "Decimal" || key === "Numeric" || key === "Double" || key === "Float") {
    const name = key.toLowerCase();
    if (arg === "None") return { type: name };
    const ps = arg?.PrecisionAndScale;
    if (Array.isArray(ps) && ps.length === 2 && ps.every((n) => typeof n === "number")) return { type: `${name}(${ps[0]},${ps[1]})` };
    throw new Unmapped();
  }
  if (key === "Bit" || key === "Binary" || key === "Datetime") {
    const name = key.toLowerCase();
    if (arg === void 0 || arg === null) return { type: name };
    if (typeof arg === "number") return { type: `${name}(${arg})` };
    throw new Unmapped();
  }
  if (key === "Timestamp" || key === "Time") {
    const [precision, tz] = Array.isArray(arg) ? arg : [];
    if (tz !== "None") throw new Unmapped();
    return { type: `${key.toLowerCase()}${typeof precision === "number" ? `(${precision})` : ""}` };
  }
  if (key === "Enum" || key === "Set") {
    const list = key === "Enum" ? Array.isArray(arg) ? arg[0] : null : arg;
    if (!Array.isArray(list)) throw new Unmapped();
    const values = list.map((v) => {
      const s = key === "Enum" ? v?.Name : v;
      if (typeof s !== "string" || s.includes("'")) throw new Unmapped();
      return s;
    });
    const type = `${key.toLowerCase()}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")})`;
    return key === "Enum" ? { type, enumValues: values } : { type };
  }
  throw new Unmapped();
}
function columnInfo3(name, dataType, rawOptions) {
  const options = (rawOptions ?? []).map((o) => o !== null && typeof o === "object" && "option" in o ? o.option : o);
  const has = (key) => options.some((o) => o === key || o !== null && typeof o === "object" && key in o);
  const autoIncrement = options.some((o) => JSON.stringify(o?.DialectSpecific ?? null).includes('"AUTO_INCREMENT"'));
  const { type, enumValues } = typeOf(dataType);
  const primaryKey = has("PrimaryKey");
  return {
    name,
    type,
    notNull: has("NotNull") || primaryKey,
    // `DEFAULT NULL` is what a nullable column without a DEFAULT has anyway (as mysql.ts reads it).
    hasDefault: options.some((o) => o !== null && typeof o === "object" && "Default" in o && !isNullValue(o.Default)) || autoIncrement || has("Generated"),
    unique: has("Unique"),
    primaryKey,
    ...enumValues ? { enumValues } : {},
    ...has("Generated") ? { generated: true } : {}
  };
}
function isNullValue(expr) {
  return expr?.Value?.value === "Null";
}
function operationsOf3(kind, node, text, firstLine) {
  switch (kind) {
    case "Insert":
      return insertOperations(node);
    case "Set":
    case "Use":
    case "Deallocate":
    case "Query":
      return [{ kind: "other", what: kind.toLowerCase() }];
    case "AlterTable": {
      const table = objectName2(node.name);
      const actions = node.operations ?? [];
      const ops = actions.map((a) => alterAction3(table, a));
      const lines = actionLines(text, firstLine, actions.length);
      return renameLast(ops.flatMap((list, i) => list.map((op) => lines ? { ...op, line: lines[i] } : op)));
    }
    case "Drop": {
      const type = String(node.object_type);
      const names = (node.names ?? []).map(objectName2);
      if (type === "Table") return names.map((table) => ({ kind: "drop-table", table }));
      if (type === "View") return names.map((name) => ({ kind: "drop-object", objectKind: "view", name }));
      if ((type === "Database" || type === "Schema") && names.length === 1) return [{ kind: "drop-schema", name: names[0], database: false }];
      if (type === "Index" && names.length === 1) return [node.table ? dropIndex(objectName2(node.table), names[0]) : { kind: "drop-index", name: names[0], table: null }];
      return null;
    }
    case "DropTrigger":
      return [{ kind: "drop-object", objectKind: "trigger", name: objectName2(node.trigger_name).split(".").pop() ?? "" }];
    case "CreateTable": {
      const columns = (node.columns ?? []).map((c) => columnInfo3(ident2(c.name), c.data_type, c.options));
      const primary = (node.constraints ?? []).map((c) => c.PrimaryKey?.columns).find((k) => k !== void 0);
      const only = primary?.length === 1 ? indexColumn(primary[0]) : void 0;
      for (const c of columns) if (c.name === only) Object.assign(c, { primaryKey: true, notNull: true });
      const indexes = [
        ...columns.filter((c) => c.unique).map((c) => ({ name: c.name, unique: true, columns: [c.name] })),
        ...(node.constraints ?? []).flatMap(declaredIndex2)
      ];
      return [{ kind: "create-table", table: objectName2(node.name), columns, ifNotExists: node.if_not_exists === true, indexes }];
    }
    case "CreateIndex":
      return [
        {
          kind: "create-index",
          table: objectName2(node.table_name),
          name: node.name ? objectName2(node.name) : null,
          unique: node.unique === true,
          concurrently: false,
          columns: (node.columns ?? []).map(indexColumn)
        }
      ];
    case "Update": {
      const t = node.table;
      const relation = t?.relation?.Table;
      if (!relation || (t?.joins ?? []).length > 0 || node.from) return null;
      const columns = (node.assignments ?? []).map((a) => {
        const names = a.target?.ColumnName ?? [];
        if (names.length === 0) throw new Unmapped();
        return ident2(names[names.length - 1]);
      });
      return [{ kind: "update", table: objectName2(relation.name), columns }];
    }
    case "Delete": {
      if ((node.tables ?? []).length > 0 || node.using) return null;
      const from = node.from;
      const list = from?.WithFromKeyword ?? from?.WithoutKeyword ?? [];
      if (list.length !== 1 || (list[0].joins ?? []).length > 0) return null;
      const name = list[0].relation?.Table?.name;
      return [{ kind: "delete", table: objectName2(name) }];
    }
    case "Truncate":
      return (node.table_names ?? []).map((t) => ({ kind: "truncate", table: objectName2(t.name) }));
    default:
      return null;
  }
}
function declaredIndex2(c) {
  const [key] = Object.keys(c);
  const def = c[key];
  const columns = (def.columns ?? []).map(indexColumn);
  if (key === "Index") {
    const name = indexName(def.name ? ident2(def.name) : null, columns);
    return name ? [{ name, unique: false, columns }] : [];
  }
  if (key === "Unique") {
    const node = def.index_name ?? def.name;
    const name = indexName(node ? ident2(node) : null, columns);
    return name ? [{ name, unique: true, columns }] : [];
  }
  if (key === "PrimaryKey" || key === "ForeignKey" || key === "Check") return [];
  throw new Unmapped();
}
function insertOperations(node) {
  const table = objectName2(node.table?.TableName);
  if (node.replace_into === true) return [{ kind: "update", table, columns: [] }];
  const set = node.on?.DuplicateKeyUpdate;
  if (node.on && !set) throw new Unmapped();
  const columns = (set ?? []).filter((a) => !keepsItself2(table, a)).map((a) => {
    const names = a.target?.ColumnName ?? [];
    if (names.length === 0) throw new Unmapped();
    return ident2(names[names.length - 1]);
  });
  return columns.length > 0 ? [{ kind: "update", table, columns }] : [{ kind: "other", what: "insert" }];
}
function keepsItself2(table, a) {
  const names = a.target?.ColumnName ?? [];
  const value = a.value;
  const parts = value?.Identifier ? [value.Identifier] : value?.CompoundIdentifier ?? [];
  if (names.length === 0 || parts.length === 0 || parts.length > 2) return false;
  if (parts.length === 2 && ident2(parts[0]) !== table) return false;
  return ident2(parts[parts.length - 1]) === ident2(names[names.length - 1]);
}
var CONSTRAINTS2 = { PrimaryKey: "primary-key", Unique: "unique", ForeignKey: "foreign-key", Check: "check" };
var FK_ACTIONS = { NoAction: "no action", Restrict: "restrict", Cascade: "cascade", SetNull: "set null", SetDefault: "set default" };
function alterAction3(table, action) {
  const [op] = Object.keys(action);
  const body = action[op];
  switch (op) {
    case "AddColumn": {
      const def = body.column_def;
      return addedColumn(table, columnInfo3(ident2(def.name), def.data_type, def.options));
    }
    case "DropColumn": {
      const names = body.column_names ?? [];
      if (names.length !== 1) throw new Unmapped();
      return [{ kind: "drop-column", table, column: ident2(names[0]) }];
    }
    case "RenameColumn":
      return [{ kind: "rename-column", table, column: ident2(body.old_column_name), newName: ident2(body.new_column_name) }];
    case "ModifyColumn": {
      const name = ident2(body.col_name);
      return redefined(table, name, columnInfo3(name, body.data_type, body.options));
    }
    case "ChangeColumn":
      return redefined(table, ident2(body.old_name), columnInfo3(ident2(body.new_name), body.data_type, body.options));
    case "RenameTable": {
      const target = body.table_name?.To ?? body.table_name?.As;
      if (!Array.isArray(target) || target.length !== 1) throw new Unmapped();
      return [{ kind: "rename-table", table, newName: normalizeName([ident2(target[0])]) }];
    }
    case "AddConstraint": {
      const c = body.constraint;
      const [ck] = Object.keys(c);
      const def = c[ck];
      if (ck === "Index") {
        const columns2 = (def.columns ?? []).map(indexColumn);
        return [{ kind: "create-index", table, name: indexName(def.name ? ident2(def.name) : null, columns2), unique: false, concurrently: false, columns: columns2 }];
      }
      const kind = CONSTRAINTS2[ck];
      if (!kind) throw new Unmapped();
      const nameNode = def.name ?? def.index_name;
      const columns = kind === "check" ? [] : (def.columns ?? []).map(indexColumn);
      const name = nameNode ? ident2(nameNode) : null;
      const actions = kind === "foreign-key" ? { actions: { onDelete: FK_ACTIONS[String(def.on_delete)] ?? "no action", onUpdate: FK_ACTIONS[String(def.on_update)] ?? "no action" } } : {};
      return [{ kind: "add-constraint", table, constraint: kind, name: kind === "unique" ? indexName(name, columns) : name, columns, notValid: false, ...actions }];
    }
    case "DropIndex":
      return [dropIndex(table, ident2(body.name))];
    case "DropPrimaryKey":
      return [{ kind: "drop-constraint", table, name: "primary", constraint: "primary-key" }];
    case "DropForeignKey":
      return [{ kind: "other", what: "drop foreign key" }];
    default:
      throw new Unmapped();
  }
}

// src/migrations/parse/postgres.ts
var pg = null;
var loaded2 = null;
function loadPostgresParser() {
  loaded2 ??= import("./chunk-WK3ZYIQG.js").then(async (mod) => {
    const lib = typeof mod.loadModule === "function" ? mod : mod.default;
    await lib.loadModule();
    pg = lib;
  });
  return loaded2;
}
function libpg() {
  if (!pg) throw new Error("the Postgres parser is not loaded: call prepareMigrations() first");
  return pg;
}
function str(node) {
  const s = node?.String?.sval;
  return typeof s === "string" ? s : "";
}
function qualified(parts) {
  return normalizeName(parts.filter((p) => p !== ""), parts.map(() => true));
}
function rangeVarName(rv) {
  const r = rv;
  return qualified(r?.schemaname ? [r.schemaname, r.relname ?? ""] : [r?.relname ?? ""]);
}
function listName(o) {
  const n = o;
  if (n?.List) return qualified((n.List.items ?? []).map(str));
  if (n?.TypeName) return qualified((n.TypeName.names ?? []).map(str));
  if (n?.ObjectWithArgs) return qualified((n.ObjectWithArgs.objname ?? []).map(str));
  if (n?.String) return qualified([str(n)]);
  return "";
}
function routineSignature(o) {
  const w = o?.ObjectWithArgs;
  if (!w || w.args_unspecified) return void 0;
  const types = [];
  let defaults = 0;
  for (const p of Array.isArray(w.objfuncargs) ? w.objfuncargs : []) {
    const param = p.FunctionParameter;
    if (!param || param.mode === "FUNC_PARAM_OUT" || param.mode === "FUNC_PARAM_TABLE") continue;
    types.push(typeName(param.argType) ?? "?");
    defaults = param.defexpr ? defaults + 1 : 0;
  }
  return { types, defaults };
}
function typeName(tn) {
  const t = tn;
  if (!t?.names) return null;
  const names = t.names.map(str).filter((n) => n !== "pg_catalog");
  let name = qualified(names);
  const mods = (t.typmods ?? []).map((m) => m.A_Const?.ival?.ival ?? 0).filter((m) => typeof m === "number");
  if (mods.length > 0) name += `(${mods.join(",")})`;
  if (t.arrayBounds) name += "[]";
  return name;
}
function columnInfo4(def) {
  const constraints = (def.constraints ?? []).map(
    (c) => c.Constraint?.contype ?? ""
  );
  const type = typeName(def.typeName);
  return {
    name: String(def.colname ?? ""),
    type,
    notNull: constraints.includes("CONSTR_NOTNULL") || constraints.includes("CONSTR_PRIMARY"),
    hasDefault: constraints.includes("CONSTR_DEFAULT") || constraints.includes("CONSTR_IDENTITY") || constraints.includes("CONSTR_GENERATED") || /^(small|big)?serial[248]?$/.test(type ?? ""),
    unique: constraints.includes("CONSTR_UNIQUE"),
    primaryKey: constraints.includes("CONSTR_PRIMARY"),
    ...constraints.includes("CONSTR_GENERATED") ? { generated: true } : {}
  };
}
function parsePostgres(text, firstLine = 1) {
  let result;
  try {
    result = libpg().parseSync(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: "the statement nests too deep for its parse tree to be read" };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const stmts = result.stmts ?? [];
  const ops = [];
  let opaque;
  const bytes = stmts.length > 1 ? Buffer.from(text, "utf8") : null;
  const lines = new LineIndex(text, firstLine);
  let atByte = 0;
  let atChar = 0;
  for (const s of stmts) {
    if (!s.stmt) continue;
    let sub = text;
    let line = firstLine;
    if (bytes) {
      const startByte = s.stmt_location ?? 0;
      if (startByte >= atByte) {
        atChar += bytes.subarray(atByte, startByte).toString("utf8").length;
        atByte = startByte;
      } else {
        atChar = bytes.subarray(0, startByte).toString("utf8").length;
        atByte = startByte;
      }
      sub = bytes.subarray(startByte, s.stmt_len ? startByte + s.stmt_len : bytes.length).toString("utf8");
      const lead = leadingBlanks(sub);
      sub = sub.slice(lead);
      line = lines.line(atChar + lead);
    }
    const r = operationsOf4(s.stmt, sub, line);
    for (const op of r.ops) ops.push(bytes && op.line === void 0 ? { ...op, line } : op);
    opaque ??= r.opaque;
  }
  return { ok: true, ops, opaque };
}
function parsePostgresBatch(pieces) {
  if (pieces.length < 2) return null;
  let result;
  try {
    result = libpg().parseSync(pieces.map((p) => p.text).join("\n;\n"));
  } catch {
    return null;
  }
  const stmts = result.stmts ?? [];
  if (stmts.length !== pieces.length || stmts.some((s) => !s.stmt)) return null;
  return stmts.map((s, i) => {
    const r = operationsOf4(s.stmt, pieces[i].text, pieces[i].line);
    return { ok: true, ops: r.ops, opaque: r.opaque };
  });
}
var DROP_KINDS = {
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_FUNCTION: "function",
  OBJECT_PROCEDURE: "procedure",
  OBJECT_ROUTINE: "function",
  OBJECT_TRIGGER: "trigger",
  OBJECT_SEQUENCE: "sequence",
  OBJECT_TYPE: "type",
  OBJECT_DOMAIN: "domain",
  OBJECT_POLICY: "policy"
};
var RENAME_KINDS = {
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_FUNCTION: "function",
  OBJECT_PROCEDURE: "procedure",
  OBJECT_ROUTINE: "function",
  OBJECT_SEQUENCE: "sequence",
  OBJECT_TYPE: "type",
  OBJECT_DOMAIN: "domain",
  OBJECT_SCHEMA: "schema",
  OBJECT_TABCONSTRAINT: "constraint",
  OBJECT_DOMCONSTRAINT: "constraint",
  OBJECT_INDEX: "index"
};
var FK_ACTIONS2 = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };
var CONSTRAINT_KINDS2 = {
  CONSTR_UNIQUE: "unique",
  CONSTR_PRIMARY: "primary-key",
  CONSTR_CHECK: "check",
  CONSTR_FOREIGN: "foreign-key",
  CONSTR_NOTNULL: "not-null",
  CONSTR_EXCLUSION: "exclusion"
};
function columnRefs(root) {
  const out = /* @__PURE__ */ new Set();
  const stack = [root];
  for (let node = stack.pop(); stack.length > 0 || node !== void 0; node = stack.pop()) {
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    else if (node && typeof node === "object") {
      const ref = node.ColumnRef;
      if (ref?.fields) {
        const names = ref.fields.map(str).filter((f) => f !== "");
        if (names.length > 0) out.add(names[names.length - 1]);
      } else {
        const values = Object.values(node);
        for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
      }
    }
  }
  return out;
}
function operationsOf4(stmt, text, firstLine) {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind];
  const other = (what) => ({ ops: [{ kind: "other", what }] });
  switch (kind) {
    case "CreateStmt": {
      const table = rangeVarName(node.relation);
      const elts = node.tableElts ?? [];
      const columns = elts.filter((e) => e.ColumnDef).map((e) => columnInfo4(e.ColumnDef));
      const ops = [{ kind: "create-table", table, columns, ifNotExists: node.if_not_exists === true }];
      if (node.if_not_exists === true) return { ops };
      for (const e of elts) {
        const def = e.ColumnDef;
        const constraints = def ? def.constraints ?? [] : [e];
        for (const c of constraints.map((x) => x.Constraint)) {
          const op = c ? constraintOp(table, c, def ? String(def.colname ?? "") : void 0) : null;
          if (op && op.kind === "add-constraint") ops.push(op);
        }
      }
      return { ops };
    }
    case "CreateTableAsStmt": {
      if (node.objtype === "OBJECT_MATVIEW") {
        const into2 = node.into;
        return { ops: [{ kind: "create-object", objectKind: "materialized view", name: rangeVarName(into2?.rel) }] };
      }
      const into = node.into;
      return { ops: [{ kind: "create-table", table: rangeVarName(into?.rel), columns: [], ifNotExists: node.if_not_exists === true }] };
    }
    case "DropStmt": {
      const objects = node.objects ?? [];
      const type = String(node.removeType);
      if (type === "OBJECT_TABLE" || type === "OBJECT_FOREIGN_TABLE") {
        return { ops: objects.map((o) => ({ kind: "drop-table", table: listName(o) })) };
      }
      if (type === "OBJECT_INDEX") {
        return { ops: objects.map((o) => ({ kind: "drop-index", name: listName(o), table: null })) };
      }
      if (type === "OBJECT_SCHEMA") {
        return { ops: objects.map((o) => ({ kind: "drop-schema", name: listName(o), database: false })) };
      }
      const objectKind = DROP_KINDS[type];
      if (!objectKind) return other(`drop ${type}`);
      return {
        ops: objects.map((o) => {
          if (objectKind === "trigger" || objectKind === "policy") {
            const items = (o.List?.items ?? []).map(str);
            const name = items.pop() ?? "";
            return { kind: "drop-object", objectKind, name, table: qualified(items) };
          }
          const signature = objectKind === "function" || objectKind === "procedure" ? routineSignature(o) : void 0;
          return { kind: "drop-object", objectKind, name: listName(o), ...signature ? { signature } : {} };
        })
      };
    }
    case "DropdbStmt":
      return { ops: [{ kind: "drop-schema", name: String(node.dbname ?? ""), database: true }] };
    case "DropRoleStmt":
      return {
        ops: (node.roles ?? []).map((r) => ({
          kind: "drop-object",
          objectKind: "role",
          name: String(r.RoleSpec?.rolename ?? "")
        }))
      };
    case "GrantStmt": {
      if (node.is_grant) return other("grant");
      const privileges = (node.privileges ?? []).map((p) => String(p.AccessPriv?.priv_name ?? "")).join(", ") || "all";
      const objects = node.objects ?? [];
      const tables = node.objtype === "OBJECT_TABLE" ? objects.map((o) => rangeVarName(o.RangeVar)) : [];
      const on = tables.length > 0 ? tables.join(", ") : objects.map(listName).join(", ") || String(node.objtype);
      const from = (node.grantees ?? []).map((g) => String(g.RoleSpec?.rolename ?? "public")).join(", ");
      return { ops: [{ kind: "revoke", privileges, on, from, tables }] };
    }
    case "GrantRoleStmt":
      return node.is_grant ? other("grant role") : { ops: [{ kind: "revoke", privileges: "role membership", on: "", from: "", tables: [] }] };
    case "RenameStmt":
      return { ops: atActionLine(renameOps(node), text, firstLine) };
    case "AlterObjectSchemaStmt": {
      const name = node.relation ? rangeVarName(node.relation) : listName(node.object);
      const newName = qualified([String(node.newschema), name.split(".").pop() ?? name]);
      if (node.objectType === "OBJECT_TABLE" || node.objectType === "OBJECT_FOREIGN_TABLE") {
        return { ops: atActionLine([{ kind: "rename-table", table: name, newName }], text, firstLine) };
      }
      const objectKind = RENAME_KINDS[String(node.objectType)];
      if (!objectKind || objectKind === "schema" || objectKind === "constraint") return other("set schema");
      return { ops: [{ kind: "rename-object", objectKind, name, newName }] };
    }
    case "AlterTableStmt": {
      if (node.objtype !== "OBJECT_TABLE" && node.objtype !== "OBJECT_FOREIGN_TABLE") return other(String(node.objtype));
      const table = rangeVarName(node.relation);
      const cmds = (node.cmds ?? []).map((c) => c.AlterTableCmd);
      const lines = subCommandLines(text, firstLine, cmds.length);
      const ops = [];
      cmds.forEach((cmd, i) => {
        if (!cmd) return;
        for (const op of alterTableCmd(table, cmd)) ops.push(lines ? { ...op, line: lines[i] } : op);
      });
      return { ops };
    }
    case "IndexStmt":
      return {
        ops: [
          {
            kind: "create-index",
            table: rangeVarName(node.relation),
            name: typeof node.idxname === "string" ? qualified([node.idxname]) : null,
            unique: node.unique === true,
            concurrently: node.concurrent === true,
            ifNotExists: node.if_not_exists === true,
            columns: (node.indexParams ?? []).map((p) => String(p.IndexElem?.name ?? "")).filter((n) => n !== ""),
            ...node.whereClause ? { partial: true } : {},
            ...(node.indexParams ?? []).some((p) => p.IndexElem?.expr) ? { expressions: true } : {}
          }
        ]
      };
    case "UpdateStmt":
      return { ops: [...withQueries(node, text, firstLine), { kind: "update", table: rangeVarName(node.relation), columns: targetColumns(node.targetList) }] };
    case "DeleteStmt":
      return { ops: [...withQueries(node, text, firstLine), { kind: "delete", table: rangeVarName(node.relation) }] };
    case "InsertStmt": {
      const conflict = node.onConflictClause;
      const ops = withQueries(node, text, firstLine);
      if (conflict?.action === "ONCONFLICT_UPDATE") ops.push({ kind: "update", table: rangeVarName(node.relation), columns: targetColumns(conflict.targetList) });
      const copy = copyRows2(node);
      if (copy) ops.push(copy);
      return ops.length > 0 ? { ops } : other(kind);
    }
    case "MergeStmt": {
      const table = rangeVarName(node.relation);
      const ops = withQueries(node, text, firstLine);
      for (const w of node.mergeWhenClauses ?? []) {
        const clause = w.MergeWhenClause;
        if (clause?.commandType === "CMD_UPDATE") ops.push({ kind: "update", table, columns: targetColumns(clause.targetList) });
        else if (clause?.commandType === "CMD_DELETE") ops.push({ kind: "delete", table });
      }
      return ops.length > 0 ? { ops } : other(kind);
    }
    case "SelectStmt": {
      const ops = withQueries(node, text, firstLine);
      return ops.length > 0 ? { ops } : other(kind);
    }
    case "TruncateStmt":
      return {
        ops: (node.relations ?? []).map((r) => ({
          kind: "truncate",
          table: rangeVarName(r.RangeVar)
        }))
      };
    case "CreateEnumStmt":
      return {
        ops: [
          {
            kind: "create-enum",
            type: qualified((node.typeName ?? []).map(str)),
            values: (node.vals ?? []).map(str)
          }
        ]
      };
    case "AlterEnumStmt": {
      const type = qualified((node.typeName ?? []).map(str));
      if (typeof node.oldVal === "string") {
        return { ops: [{ kind: "rename-enum-value", type, oldValue: node.oldVal, newValue: String(node.newVal ?? "") }] };
      }
      return { ops: [{ kind: "add-enum-value", type, value: String(node.newVal ?? "") }] };
    }
    case "CompositeTypeStmt":
      return { ops: [{ kind: "create-object", objectKind: "type", name: rangeVarName(node.typevar) }] };
    case "CreateDomainStmt":
      return { ops: [{ kind: "create-object", objectKind: "domain", name: qualified((node.domainname ?? []).map(str)) }] };
    case "CreateRangeStmt":
      return { ops: [{ kind: "create-object", objectKind: "type", name: qualified((node.typeName ?? []).map(str)) }] };
    case "ViewStmt":
      return { ops: [{ kind: "create-object", objectKind: "view", name: rangeVarName(node.view) }] };
    case "CreateFunctionStmt":
      return {
        ops: [
          {
            kind: "create-object",
            objectKind: node.is_procedure ? "procedure" : "function",
            name: qualified((node.funcname ?? []).map(str)),
            signature: routineSignature({ ObjectWithArgs: { objfuncargs: node.parameters } })
          }
        ]
      };
    case "CreateSeqStmt":
      return { ops: [{ kind: "create-object", objectKind: "sequence", name: rangeVarName(node.sequence) }] };
    case "CreateTrigStmt":
      return { ops: [{ kind: "create-object", objectKind: "trigger", name: String(node.trigname ?? "") }] };
    case "CreateSchemaStmt":
      return { ops: [{ kind: "create-object", objectKind: "schema", name: String(node.schemaname ?? "") }] };
    case "CreatePolicyStmt":
      return { ops: [{ kind: "create-object", objectKind: "policy", name: String(node.policy_name ?? "") }] };
    case "CreateRoleStmt":
      return { ops: [{ kind: "create-object", objectKind: "role", name: String(node.role ?? "") }] };
    case "DoStmt":
      return doBlock(node, text, firstLine);
    default:
      return other(kind);
  }
}
function targetColumns(list) {
  return (list ?? []).map((t) => String(t.ResTarget?.name ?? ""));
}
function withQueries(node, text, firstLine) {
  const ctes = (node.withClause?.ctes ?? []).map((c) => c.CommonTableExpr?.ctequery);
  return ctes.flatMap((q) => q && !q.SelectStmt ? operationsOf4(q, text, firstLine).ops.filter((op) => op.kind !== "other") : []);
}
function renameOps(node) {
  const type = String(node.renameType);
  const newName = String(node.newname ?? "");
  if (type === "OBJECT_TABLE" || type === "OBJECT_FOREIGN_TABLE") {
    const table = rangeVarName(node.relation);
    const schema = table.includes(".") ? table.slice(0, table.lastIndexOf(".")) : null;
    return [{ kind: "rename-table", table, newName: schema ? `${schema}.${newName}` : newName }];
  }
  if (type === "OBJECT_COLUMN") {
    if (node.relationType !== "OBJECT_TABLE" && node.relationType !== "OBJECT_FOREIGN_TABLE") {
      return [{ kind: "rename-object", objectKind: "view", name: `${rangeVarName(node.relation)}.${String(node.subname)}`, newName }];
    }
    return [{ kind: "rename-column", table: rangeVarName(node.relation), column: String(node.subname ?? ""), newName }];
  }
  const objectKind = RENAME_KINDS[type];
  if (!objectKind) return [{ kind: "other", what: `rename ${type}` }];
  if (objectKind === "constraint") {
    const table = node.relation ? rangeVarName(node.relation) : listName(node.object);
    return [{ kind: "rename-object", objectKind, name: String(node.subname ?? ""), newName, table }];
  }
  if (objectKind === "schema") return [{ kind: "rename-object", objectKind, name: String(node.subname ?? ""), newName }];
  const name = node.relation ? rangeVarName(node.relation) : listName(node.object);
  return [{ kind: "rename-object", objectKind, name, newName }];
}
function alterTableCmd(table, cmd) {
  const column = String(cmd.name ?? "");
  switch (cmd.subtype) {
    case "AT_AddColumn":
      return cmd.def ? [{ kind: "add-column", table, column: columnInfo4(cmd.def.ColumnDef), ifNotExists: cmd.missing_ok === true }] : [];
    case "AT_DropColumn":
      return [{ kind: "drop-column", table, column }];
    case "AT_AlterColumnType": {
      const def = cmd.def?.ColumnDef;
      return [{ kind: "alter-column-type", table, column, oldType: null, newType: typeName(def?.typeName) }];
    }
    case "AT_SetNotNull":
      return [{ kind: "set-not-null", table, column }];
    case "AT_DropNotNull":
      return [{ kind: "drop-not-null", table, column }];
    case "AT_ColumnDefault":
      return cmd.def ? [{ kind: "set-default", table, column }] : [{ kind: "drop-default", table, column }];
    case "AT_AddIdentity":
      return [{ kind: "set-default", table, column }];
    case "AT_DropIdentity":
      return [{ kind: "drop-default", table, column }];
    case "AT_DropConstraint":
      return [{ kind: "drop-constraint", table, name: column }];
    case "AT_AddConstraint": {
      const c = cmd.def?.Constraint;
      const op = c ? constraintOp(table, c) : null;
      if (!op) return [{ kind: "other", what: `constraint ${String(c?.contype)}` }];
      if (op.kind === "add-constraint" && op.constraint === "not-null") {
        return op.columns.map((col) => ({ kind: "set-not-null", table, column: col }));
      }
      return [op];
    }
    default:
      return [{ kind: "other", what: String(cmd.subtype) }];
  }
}
function constraintOp(table, c, column) {
  const kind = CONSTRAINT_KINDS2[String(c.contype)];
  if (!kind) return null;
  const keys = (c.keys ?? c.fk_attrs ?? []).map(str);
  const columns = kind === "check" ? [...columnRefs(c.raw_expr)] : keys.length > 0 ? keys : column ? [column] : [];
  if (kind === "not-null" && column) return null;
  const relname = table.split(".").pop() ?? table;
  const name = typeof c.conname === "string" ? c.conname : typeof c.indexname === "string" ? c.indexname : kind === "primary-key" ? `${relname}_pkey` : kind === "unique" && columns.length > 0 ? `${relname}_${columns.join("_")}_key` : null;
  return {
    kind: "add-constraint",
    table,
    constraint: kind,
    name,
    columns,
    notValid: c.skip_validation === true,
    usingIndex: typeof c.indexname === "string" ? c.indexname : void 0,
    ...c.deferrable === true ? { deferrable: true } : {},
    ...c.pktable ? { references: rangeVarName(c.pktable) } : {},
    ...kind === "foreign-key" ? { actions: { onDelete: FK_ACTIONS2[String(c.fk_del_action)] ?? "no action", onUpdate: FK_ACTIONS2[String(c.fk_upd_action)] ?? "no action" } } : {}
  };
}
function copyRows2(node) {
  const select = node.selectStmt?.SelectStmt;
  const from = select?.fromClause ?? [];
  const names = (node.cols ?? []).map((c) => String(c.ResTarget?.name ?? ""));
  const targets = select?.targetList ?? [];
  if (!node.relation || from.length !== 1 || !from[0].RangeVar || names.length === 0 || names.length !== targets.length) return null;
  const columns = names.map((name, i) => {
    const fields = targets[i].ResTarget?.val?.ColumnRef?.fields;
    const last = fields?.map(str).at(-1);
    return { name, from: last ? last : null };
  });
  return { kind: "copy-rows", table: rangeVarName(node.relation), source: rangeVarName(from[0].RangeVar), columns };
}
function atActionLine(ops, text, firstLine) {
  const lines = ops.length === 1 ? subCommandLines(text, firstLine, 1) : null;
  return lines ? [{ ...ops[0], line: lines[0] }] : ops;
}
function subCommandLines(text, firstLine, count) {
  if (count < 2 && !text.includes("\n")) return null;
  const masked = maskSql(text, "postgres");
  const head = /^\s*ALTER\s+(?:FOREIGN\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?:"(?:[^"]|"")*"|[^\s."]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[^\s."]+))*\s*\*?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine);
}
function doBlock(node, text, firstLine) {
  const args = node.args ?? [];
  const language = args.map((a) => a.DefElem).find((d) => d?.defname === "language");
  const lang = language ? str(language.arg).toLowerCase() : "plpgsql";
  if (lang !== "plpgsql") return { ops: [{ kind: "other", what: "do" }], opaque: `a DO block in ${lang}` };
  const result = plpgsqlOperations(text, firstLine, "DO block");
  return { ops: result.ops.length > 0 ? result.ops : [{ kind: "other", what: "do" }], opaque: result.opaque };
}
var CONDITIONAL_PLPGSQL = /* @__PURE__ */ new Set([
  "PLpgSQL_stmt_if",
  "PLpgSQL_stmt_case",
  "PLpgSQL_stmt_loop",
  "PLpgSQL_stmt_while",
  "PLpgSQL_stmt_fori",
  "PLpgSQL_stmt_fors",
  "PLpgSQL_stmt_foreach_a"
]);
function plpgsqlOperations(text, firstLine, what) {
  let tree;
  try {
    tree = libpg().parsePlPgSQLSync(text);
  } catch (error) {
    return { ops: [], opaque: `the ${what}'s PL/pgSQL could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ops = [];
  const lines = new LineIndex(text, firstLine);
  let opaque;
  let cursor = 0;
  const stack = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { depth } = item;
    if (item.key === void 0) {
      const n = item.node;
      if (Array.isArray(n)) for (let i = n.length - 1; i >= 0; i--) stack.push({ node: n[i], depth });
      else if (n && typeof n === "object") {
        const entries = Object.entries(n);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ key: entries[i][0], value: entries[i][1], depth });
      }
      continue;
    }
    const { key, value } = item;
    if (CONDITIONAL_PLPGSQL.has(key)) {
      stack.push({ node: value, depth: depth + 1 });
      continue;
    }
    if (key === "PLpgSQL_stmt_dynexecute" || key === "PLpgSQL_stmt_dynfors") {
      opaque ??= `dynamic EXECUTE in a ${what}`;
    } else if (key === "PLpgSQL_stmt_execsql") {
      const query = value.sqlstmt?.PLpgSQL_expr?.query;
      if (typeof query === "string") {
        const at = text.indexOf(query, cursor);
        const offset = at === -1 ? 0 : at;
        if (at !== -1) cursor = at + query.length;
        const inner = parsePostgres(query, lines.line(offset));
        if (inner.ok) {
          for (const op of inner.ops) {
            const placed = op.line === void 0 && at !== -1 ? { ...op, line: lines.line(offset) } : op;
            ops.push(depth > 0 ? conditional(placed) : placed);
          }
          opaque ??= inner.opaque;
        } else opaque ??= `a statement in the ${what} could not be parsed: ${inner.error}`;
      }
    }
    stack.push({ node: value, depth });
  }
  return { ops, opaque };
}

// src/migrations/parse/index.ts
var MAY_HOLD_COMMENT = /--|\/\*|#/;
var DASHES_WITHOUT_BLANK = /--[^\s\x00-\x1f\x7f]/;
var CONSTRUCTIVE = /* @__PURE__ */ new Set(["create-table", "create-index", "create-object", "create-enum", "other"]);
async function prepareParsers(dialects) {
  const wanted = new Set(dialects ?? ["postgres", "mysql", "sqlite"]);
  const has = (...ds) => ds.some((d) => wanted.has(d));
  await Promise.all([
    has("postgres", "cockroach") ? loadPostgresParser() : null,
    has("sqlite", "mssql", "mysql", "mariadb", "clickhouse", "h2") ? loadSqlparser() : null,
    has("mysql", "mariadb") ? loadMysqlParser() : null
  ]);
}
function statementBase(piece, dialect) {
  return { text: piece.text, start: piece.start, end: piece.end, line: piece.line, column: piece.column, endLine: piece.endLine, dialect };
}
function parseStatement(piece, dialect) {
  const { lexical } = piece;
  const base = statementBase(piece, dialect);
  if (lexical !== void 0) return { ...base, status: "unparsed", error: lexical, ops: [] };
  if (piece.text.includes("\0")) piece = { ...piece, text: piece.text.replaceAll("\0", " ") };
  const code = dialect === "postgres" || dialect === "cockroach" || !MAY_HOLD_COMMENT.test(piece.text) ? piece.text : withoutComments(piece.text, dialect);
  let error;
  let fallback;
  if (dialect === "postgres" || dialect === "cockroach") {
    const outcome = parsePostgres(piece.text, piece.line);
    if (outcome.ok && outcome.opaque) return { ...base, status: "unparsed", error: outcome.opaque, ops: outcome.ops };
    if (outcome.ok) return { ...base, status: "parsed", ops: outcome.ops };
    error = outcome.error;
  } else if (dialect === "mysql" || dialect === "mariadb") {
    const fast = parseMysqlFast(code, piece.line);
    if (fast === FALLBACK_FIRST) {
      fallback = fallbackOperations(piece.text, dialect, piece.line);
      if (fallback.sure) return { ...base, status: "parsed", ops: fallback.ops };
    } else if (fast) return { ...base, status: "parsed", ops: fast };
    const outcome = code.includes("--") && DASHES_WITHOUT_BLANK.test(maskSql(code, dialect)) ? { ok: false, error: "`--` without a blank after it is code in MySQL, which node-sql-parser would read as a comment" } : parseMysql(code, piece.line);
    if (outcome.ok) return { ...base, status: "parsed", ops: outcome.ops };
    error = outcome.error;
  } else {
    const outcome = parseWithSqlparser(code, dialect === "sqlite" ? "sqlite" : dialect === "mssql" ? "mssql" : "generic", piece.line);
    if (outcome.ok && outcome.opaque) {
      return { ...base, status: "unparsed", error: outcome.opaque, ...outcome.opaqueText === void 0 ? {} : { opaqueText: outcome.opaqueText }, ops: outcome.ops };
    }
    if (outcome.ok) return { ...base, status: "parsed", ops: outcome.ops };
    error = outcome.error;
  }
  fallback ??= fallbackOperations(piece.text, dialect, piece.line);
  const trusted = dialect !== "postgres" || fallback.ops.every((op) => CONSTRUCTIVE.has(op.kind));
  if (fallback.sure && trusted) return { ...base, status: "parsed", ops: fallback.ops };
  return { ...base, status: "unparsed", error, ops: fallback.ops };
}
function parseStatements(pieces, dialect) {
  if (dialect !== "postgres" && dialect !== "cockroach") return null;
  if (pieces.some((p) => p.lexical !== void 0 || p.text.includes("\0"))) return null;
  const batch = parsePostgresBatch(pieces);
  if (!batch) return null;
  return pieces.map((piece, i) => {
    const outcome = batch[i];
    const s = statementBase(piece, dialect);
    if (outcome.ok && outcome.opaque) {
      s.status = "unparsed";
      s.error = outcome.opaque;
    } else s.status = "parsed";
    s.ops = outcome.ok ? outcome.ops : [];
    return s;
  });
}

// src/migrations/parse-files.ts
import { performance } from "node:perf_hooks";
var FILE_BUDGET_MS = 1e4;
var BATCH_STATEMENTS = 2e3;
var BATCH_CHARS = 1e6;
function parseFile(job, dialect, budgetMs = FILE_BUDGET_MS) {
  const deadline = performance.now() + budgetMs;
  const { text } = job;
  const lines = job.sections.length > 1 ? lineStarts(text) : void 0;
  const downSections = [];
  const forward = [];
  const cut = { budgetMs, count: 0 };
  const pieces = [];
  for (const section of job.sections) {
    const split = splitStatements(text, { dialect, from: section.start, to: section.end, lines });
    if (section.part === "down") {
      const undoes = split.filter((p) => !/^select\s+(?:'[^']*'|\d+)\s*;?\s*$/i.test(p.text));
      if (undoes.length > 0) downSections.push({ line: section.line, endLine: split[split.length - 1].endLine });
      continue;
    }
    for (const piece of split) pieces.push(piece);
  }
  for (let at = 0; at < pieces.length; ) {
    let end = at;
    for (let chars = 0; end < pieces.length && end - at < BATCH_STATEMENTS && (chars < BATCH_CHARS || end === at); end++) chars += pieces[end].text.length;
    for (const stmt of parsePieces(pieces.slice(at, end), dialect, deadline, cut)) forward.push(stmt);
    at = end;
  }
  if (cut.first) cut.first.error = `${budgetSentence(budgetMs)}: this statement and the ${cut.count - 1} after it were read by their keywords only`;
  return { downSections, forward };
}
function budgetSentence(budgetMs) {
  return `the file's analysis time budget (${budgetMs / 1e3} s) ran out`;
}
var MIN_HALVED_BATCH = 8;
function parsePieces(pieces, dialect, deadline, cut) {
  if (performance.now() > deadline) return pieces.map((piece) => byKeywords(piece, dialect, cut));
  const batch = parseStatements(pieces, dialect);
  if (batch) return batch;
  if ((dialect === "postgres" || dialect === "cockroach") && pieces.length >= MIN_HALVED_BATCH) {
    const mid = pieces.length >> 1;
    return parsePieces(pieces.slice(0, mid), dialect, deadline, cut).concat(parsePieces(pieces.slice(mid), dialect, deadline, cut));
  }
  return pieces.map((piece) => performance.now() > deadline ? byKeywords(piece, dialect, cut) : parseStatement(piece, dialect));
}
function byKeywords(piece, dialect, cut) {
  cut.count++;
  const { lexical } = piece;
  if (lexical !== void 0) return { ...statementBase(piece, dialect), status: "unparsed", error: lexical, ops: [] };
  const read = fallbackOperations(piece.text, dialect, piece.line);
  const stmt = { ...statementBase(piece, dialect), status: read.sure ? "parsed" : "unparsed", ops: read.ops };
  if (!read.sure) stmt.error = `${budgetSentence(cut.budgetMs)} before this statement, and its keywords do not say all it does`;
  if (!cut.first) {
    stmt.status = "unparsed";
    cut.first = stmt;
  }
  return stmt;
}

// src/policy/suppression-body.ts
function parseSuppressionBody(body) {
  const colon = body.indexOf(":");
  const list = colon === -1 ? body : body.slice(0, colon);
  const reason = colon === -1 ? null : body.slice(colon + 1).trim() || null;
  const rules = list.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return { rules, reason };
}

// src/migrations/suppressions.ts
var COMMENT = /^[ \t]*--[ \t]*rollback-guard-ignore(-file)?\b[ \t]*([^\n]*)$/gm;
function findSqlSuppressions(file, text, targets) {
  const out = [];
  let line = 1;
  let lastIndex = 0;
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
  return out;
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
  candidates.forEach(({ change, file, text }, index) => {
    const basePath = change.oldPath ?? change.path;
    const baseText = change.status === "modified" || change.status === "renamed" ? changes.baseTree.read(basePath) : null;
    const life = { dialect, formatOnly: false, checksummed: CHECKSUMMED.has(file.framework) };
    if (file.framework !== "liquibase" && text !== null && baseText !== null) {
      life.formatOnly = text === baseText || sectionKeys(file, baseText, dialect).join("") === sectionKeys(file, text, dialect).join("");
    }
    if (change.status === "renamed" && change.oldPath) {
      const before = detectInSets(change.oldPath, baseText, config.migrations);
      if (before && sameIdentity(before, file)) life.keptIdentity = identityOf(before).label;
    }
    if (text !== null && change.status !== "deleted" && (file.part === "down" || sectionsOf(file, text).some((s) => s.part === "down"))) {
      const configured = config.downMigrations;
      life.downPolicy = configured === "forbid" ? "error" : configured === "warn" ? "warning" : configured === "allow" ? "off" : baseKeepsDowns(setOf2(file)) ? "convention" : "error";
    }
    if ((change.status === "modified" || change.status === "deleted") && file.part === "up" && file.framework !== "liquibase") asked.push({ index, path: basePath });
    out.set(index, life);
  });
  if (config.released === "tags" && changes.released && asked.length > 0) {
    const statuses = changes.released(
      asked.map((a) => a.path),
      config.releaseTags
    );
    for (const { index, path } of asked) {
      const status = statuses.get(path);
      const life = out.get(index);
      if (!status) continue;
      life.release = status;
      const c = candidates[index];
      if (status.released || c.change.status !== "modified" || c.text === null) continue;
      const baseText = changes.baseTree.read(path);
      if (baseText !== null) life.newStatements = newStatements(c.file, baseText, c.text, dialect);
    }
  }
  return out;
}
function newStatements(file, before, after, dialect) {
  const had = /* @__PURE__ */ new Map();
  for (const s of sectionsOf(file, before)) {
    if (s.part !== "up") continue;
    for (const key of statementKeys(before, dialect, s.start, s.end)) had.set(key, (had.get(key) ?? 0) + 1);
  }
  const ranges = [];
  const lines = [];
  for (const s of sectionsOf(file, after)) {
    if (s.part !== "up") continue;
    for (const piece of splitStatements(after, { dialect, from: s.start, to: s.end })) {
      const key = statementKey(piece.text, dialect);
      if (key === "") continue;
      const left = had.get(key) ?? 0;
      if (left > 0) {
        had.set(key, left - 1);
        continue;
      }
      ranges.push([piece.start, piece.end]);
      lines.push([piece.line, piece.endLine]);
    }
  }
  return { ranges, lines };
}

// src/migrations/routines.ts
var NAME2 = String.raw`((?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+))?)`;
var CREATE_ROUTINE2 = new RegExp(String.raw`^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME2}\s*\(`, "i");
var CALL = new RegExp(String.raw`^\s*(?:CALL\s+${NAME2}\s*(?:\(|$)|(?:SELECT|PERFORM)\s+(?:\*\s+FROM\s+)?${NAME2}\s*\()`, "i");
var CONTROL = /^\s*(?:(?:ELSE)?IF\b[\s\S]*?\bTHEN\b|ELSE\b|BEGIN\b(?:\s+NOT\s+ATOMIC\b)?|END\s+(?:IF|WHILE|LOOP|REPEAT|CASE)\b|END\b|WHILE\b[\s\S]*?\bDO\b|LOOP\b|REPEAT\b|\w+\s*:\s*(?=BEGIN|LOOP|WHILE|REPEAT))\s*/i;
function routineOf(stmt, source) {
  if (!/^CREATE\s/i.test(stmt.text) || !/\b(?:PROCEDURE|FUNCTION)\b/i.test(stmt.text)) return null;
  const masked = maskSql(stmt.text, stmt.dialect);
  const m = CREATE_ROUTINE2.exec(masked);
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
        const columns = this.columns.get(op.table);
        this.columns.delete(op.table);
        if (columns) this.columns.set(op.newName, columns);
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
    let columns = this.columns.get(table);
    if (!columns) this.columns.set(table, columns = /* @__PURE__ */ new Map());
    columns.set(column, origin);
  }
};

// src/migrations/analyse.ts
var FILE_RULES = new Set(migrationRules.filter((r) => r.file).map((r) => r.meta.id));
function prepareMigrations(dialects) {
  return prepareParsers(dialects);
}
function analyseMigrations(input) {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);
  const candidates = [];
  const isMigrationIn = (side, path) => !ignored(path) && isSqlFileName(path) && detector.classify(side, path).file !== null;
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
    if (forced.size > 0 ? !forced.has(change.path) : !isSqlFileName(change.path)) continue;
    const text = change.status === "deleted" ? null : changes.headTree.read(change.path);
    const sideText = text ?? changes.baseTree.read(change.oldPath ?? change.path);
    const file = detector.classify(change.status === "deleted" ? "base" : "head", change.path, sideText).file;
    if (file) candidates.push({ change, file, text });
  }
  const plan = planHistories(detector, candidates, ignored, forced.size > 0);
  const outputs = plan.groups.map((group) => analyseHistory(input, group));
  return {
    findings: outputs.flatMap((o) => o.findings),
    suppressions: outputs.flatMap((o) => o.suppressions),
    files: candidates.map((c) => c.file.path),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...outputs.some((o) => o.skipped?.length) ? { skipped: outputs.flatMap((o) => o.skipped ?? []) } : {},
    detection: detectionEntries(detector, ignored, reworks.copies, plan)
  };
}
function migrationDialects(input) {
  const fixed = fixedDialects(input.config);
  if (fixed && !input.force?.migrations?.length) return fixed;
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);
  const out = /* @__PURE__ */ new Set();
  const taken = [];
  for (const c of changes.files) {
    if (ignored(c.path) || (forced.size > 0 ? !forced.has(c.path) : !isSqlFileName(c.path))) continue;
    const side = c.status === "deleted" ? "base" : "head";
    const file = detector.classify(side, c.path).file;
    if (file) taken.push({ change: c, file, text: c.status === "deleted" ? null : changes.headTree.read(c.path) });
  }
  if (taken.length === 0) return [];
  for (const group of planHistories(detector, taken, ignored, forced.size > 0, { dialectsOnly: true }).groups) out.add(group.dialect);
  return [...out];
}
function analyseHistory(input, group) {
  const { changes } = input;
  const { dialect, base: baseMigrations2 } = group;
  const candidates = [...group.candidates].sort(byApplyOrder);
  const findings = [];
  const unread = unreadableFindings(
    changes,
    candidates.flatMap(({ change }) => [
      ...change.status === "deleted" ? [] : [{ path: change.path, side: "head", file: change.path }],
      ...change.status === "modified" || change.status === "renamed" ? [{ path: change.oldPath ?? change.path, side: "base", file: change.path }] : []
    ])
  );
  findings.push(...unread.findings);
  const suppressions = [];
  const routines = /* @__PURE__ */ new Map();
  const catalog = replayBase(group.baselines, baseMigrations2, dialect, routines);
  const history = { catalog, replayed: group.baselines.length > 0 || baseMigrations2.some((m) => m.file.part === "up") };
  const baseColumns = /* @__PURE__ */ new Map();
  for (const [table, columns] of catalog.tables) for (const [name, column] of columns) baseColumns.set(`${table}.${name}`, { ...column });
  const baseTables = new Set(catalog.tables.keys());
  const baseUniqueKeys = snapshotUniqueKeys(catalog);
  const baseForeignKeys = snapshotForeignKeys(catalog);
  const mentionedInBase = /* @__PURE__ */ new Map();
  const mentions = (table) => {
    const name = table.split(".").pop() ?? table;
    let found = mentionedInBase.get(name);
    if (found === void 0) {
      const word = new RegExp(`(?:^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\w$])`, "i");
      found = [...group.baselines, ...baseMigrations2].some((m) => m.text !== null && word.test(m.text));
      mentionedInBase.set(name, found);
    }
    return found;
  };
  const columnsOfUnknownTables = /* @__PURE__ */ new Map();
  let newestInBase;
  const created = /* @__PURE__ */ new Set();
  const isNewTable = (t) => created.has(`table:${t}`);
  const lineage = new ColumnLineage();
  const relaxedInPr = /* @__PURE__ */ new Set();
  const baseColumnOf = (t, c) => {
    const origin = lineage.origin(t, c);
    return origin === null ? void 0 : baseColumns.get(origin);
  };
  const facts = {
    isNewTable,
    isNewColumn: (t, c) => isNewTable(t) || created.has(`column:${t}.${c}`),
    isNewType: (n) => created.has(`type:${n}`) || created.has(`object:type:${n}`) || created.has(`object:domain:${n}`),
    isNewConstraint: (t, n) => isNewTable(t) || created.has(`constraint:${t}.${n}`),
    isNewIndex: (n) => created.has(`index:${n}`),
    isNewObject: (kind, n) => created.has(`object:${kind}:${n}`) || kind === "type" && created.has(`type:${n}`),
    column: (t, c) => catalog.column(t, c) ?? columnsOfUnknownTables.get(`${t}.${c}`) ?? void 0,
    existedInBase: (t, c) => baseColumns.has(`${t}.${c}`),
    baseColumn: baseColumnOf,
    wasRelaxedEarlier: (t, c) => {
      const origin = lineage.origin(t, c);
      return origin !== null && relaxedInPr.has(origin);
    },
    mayExistInBase: (t) => !history.replayed || baseTables.has(t) || mentions(t),
    index: (n) => catalog.indexes.get(n),
    droppedIndex: (n) => catalog.droppedIndexes.get(n),
    constraintKind: (t, n) => catalog.constraints.get(`${t}.${n}`),
    isRecreatedLater: (kind, n) => (recreatedAt.get(`${kind}:${n}`) ?? -1) > position,
    isRelaxedLater: (t, c) => (relaxedAt.get(`${t}.${c}`) ?? -1) >= position,
    routinesCreatedLater: (kind, n) => lookahead.routinesCreatedAfter(kind, n, position),
    uniqueKeys: (t, when) => when === "now" ? uniqueKeysOf(catalog, t) : baseUniqueKeys.get(t) ?? [],
    baseForeignKeys: (t) => baseForeignKeys.get(t) ?? [],
    indexesCreatedLater: (t) => lookahead.indexesCreatedAfter(t, position, currentFile)
  };
  const recreatedAt = /* @__PURE__ */ new Map();
  const relaxedAt = /* @__PURE__ */ new Map();
  let position = 0;
  let currentFile = 0;
  const forwardMigrations = [];
  const grown = /* @__PURE__ */ new Map();
  candidates.forEach((c, i) => {
    if (c.file.framework !== "liquibase" || c.change.status !== "modified" || c.text === null) return;
    const before = changes.baseTree.read(c.change.oldPath ?? c.change.path);
    if (before === null) return;
    const baseChangesets = liquibaseChangesets(before);
    const old = new Map(baseChangesets.map((s) => [s.id, before.slice(s.start, s.end).trim()]));
    const edited = [];
    const newRanges = [];
    const headChangesets = liquibaseChangesets(c.text);
    const kept = new Map(headChangesets.map((s) => [s.id, s.line]));
    const lines = new LineIndex(c.text);
    const removed = [];
    let nextKept;
    for (let k = baseChangesets.length - 1; k >= 0; k--) {
      const s = baseChangesets[k];
      if (kept.has(s.id)) nextKept = kept.get(s.id);
      else removed.push({ id: s.id, line: nextKept ?? lines.line(Math.max(0, c.text.trimEnd().length - 1)), removed: true });
    }
    for (let k = removed.length - 1; k >= 0; k--) edited.push(removed[k]);
    for (const s of headChangesets) {
      const body = old.get(s.id);
      const now = c.text.slice(s.start, s.end).trim();
      if (body === void 0 || s.runOnChange && body !== now) newRanges.push([s.start, s.end]);
      else if (body !== now) edited.push({ id: s.id, line: s.line });
    }
    const newLines = newRanges.map(([from, to]) => [lines.line(from), lines.line(Math.max(from, to - 1))]);
    grown.set(i, { edited, newRanges, newLines });
  });
  const lifecycles = fileLifecycles(candidates, changes, input.config, baseMigrations2, dialect);
  for (const [i, l] of lifecycles) if (l.newStatements) grown.set(i, { edited: [], newRanges: l.newStatements.ranges, newLines: l.newStatements.lines, statements: true });
  const parsedFiles = candidates.map(({ file, text }, i) => {
    const g = grown.get(i);
    const sections = text === null ? [] : sectionsOf(file, text).filter((s) => !g || g.statements || inRanges(g.newRanges, s.start, false));
    return parseFile({ text: text ?? "", sections }, dialect);
  });
  const runs = (i) => {
    const c = candidates[i];
    return (c.change.status === "added" || c.change.status === "modified" && (c.file.part === "repeatable" || grown.has(i))) && c.file.part !== "down" && c.file.part !== "verify";
  };
  parsedFiles.forEach((p, i) => {
    const g = grown.get(i);
    if (!g) return;
    p.forward = p.forward.filter((s) => inRanges(g.newRanges, s.start, false));
    if (g.statements) return;
    p.downSections = p.downSections.filter((d) => inRanges(g.newLines, d.line, true));
  });
  const running = parsedFiles.map((p, i) => runs(i) ? p.forward : []);
  const rebuilds = findTableRebuilds(running);
  const lookahead = new PrLookahead(running);
  const columnIdioms = new ColumnIdioms(running.flat());
  running.flat().forEach((s, i) => {
    for (const op of s.ops) {
      if (op.kind === "create-object") recreatedAt.set(`${op.objectKind}:${op.name}`, i);
      else if (op.kind === "create-table") recreatedAt.set(`table:${op.table}`, i);
      else if (op.kind === "add-constraint" && op.name) recreatedAt.set(`constraint:${op.table}.${op.name}`, i);
      else if (op.kind === "create-index" && op.name) recreatedAt.set(`index:${op.name}`, i);
      else if (op.kind === "create-enum") recreatedAt.set(`type:${op.type}`, i);
      else if (op.kind === "rename-object") recreatedAt.set(`${op.objectKind}:${op.newName}`, i);
      else if (op.kind === "rename-table") for (const kind of ["view", "materialized view"]) recreatedAt.set(`${kind}:${op.newName}`, i);
      else if (op.kind === "set-default" || op.kind === "drop-not-null" || op.kind === "drop-column") relaxedAt.set(`${op.table}.${op.column}`, i);
      else if (op.kind === "redefine-column" && (op.def.hasDefault || !op.def.notNull)) relaxedAt.set(`${op.table}.${op.def.name}`, i);
    }
  });
  for (const swap of columnIdioms.swaps()) relaxedAt.set(`${swap.table}.${swap.temp}`, Math.max(relaxedAt.get(`${swap.table}.${swap.temp}`) ?? -1, swap.renameAt));
  let ordinal = 0;
  const restorable = [];
  const createdInPr = (kind, name) => recreatedAt.has(`${kind}:${name}`);
  for (const [fileIndex, { change, file, text }] of candidates.entries()) {
    const emit = (rule, hits) => {
      for (const hit of hits) findings.push({ ...hit, rule, file: file.path });
    };
    const { downSections, forward } = parsedFiles[fileIndex];
    if (text !== null) {
      const g = grown.get(fileIndex);
      const runsAt = (line) => runs(fileIndex) && (!g || inRanges(g.newLines, line, true));
      for (const s of findSqlSuppressions(file.path, text, [...forward, ...downSections])) {
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
      newestBaseVersion: change.status === "added" ? newestVersionBeside(file, newestInBase ??= newestBaseVersions(baseMigrations2)) : null,
      editedChangesets: grown.get(fileIndex)?.statements ? void 0 : grown.get(fileIndex)?.edited,
      lifecycle: lifecycles.get(fileIndex)
    };
    for (const rule of migrationRules) if (rule.file) emit(rule.meta.id, rule.file(fileContext));
    if (!runs(fileIndex)) continue;
    const unreadUp = text === null && change.status !== "deleted" && (file.part === "up" || file.part === "repeatable");
    if (forward.length > 0 || unreadUp) forwardMigrations.push(file.path);
    const prepared = new PreparedStatements();
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
      for (const rule of migrationRules) if (rule.statement) emit(rule.meta.id, rule.statement(stmt, ctx));
      for (const written of ops) {
        for (const op of resolveOperation(written, catalog, called.dialect, facts.column)) {
          const before = findings.length;
          for (const rule of migrationRules) if (rule.operation) emit(rule.meta.id, rule.operation(op, stmt, ctx));
          if (op.kind === "drop-not-null" || op.kind === "drop-default") {
            const origin = lineage.origin(op.table, op.column);
            if (origin !== null && op.kind === "drop-not-null") relaxedInPr.add(origin);
            for (let k = before; k < findings.length; k++) if (origin !== null && findings[k].rule === op.kind) restorable.push({ finding: findings[k], origin });
          }
          recordCreated(op, created, facts, history);
          lineage.observe(op, catalog);
          trackColumnsOfUnknownTables(op, catalog, facts, columnsOfUnknownTables);
          catalog.apply(op);
        }
      }
    }
  }
  const restored = restoredLater(restorable, catalog, lineage);
  return {
    findings: restored.size === 0 ? findings : findings.filter((f) => !restored.has(f)),
    suppressions,
    files: candidates.map((c) => c.file.path),
    migrations: forwardMigrations,
    ...unread.skipped.length ? { skipped: unread.skipped } : {}
  };
}
function restoredLater(restorable, catalog, lineage) {
  const out = /* @__PURE__ */ new Set();
  if (restorable.length === 0) return out;
  const wanted = new Set(restorable.map((r) => r.origin));
  const final = /* @__PURE__ */ new Map();
  for (const [table, columns] of catalog.tables) {
    for (const [name, column] of columns) {
      const origin = lineage.origin(table, name);
      if (origin !== null && wanted.has(origin)) final.set(origin, column);
    }
  }
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
          const moved = movedAway.get(op.table);
          if (moved) renameFirst.push({ table: op.table, moved, made: { op, line: stmt.line, key } });
          created.set(op.table, { op, file: f, line: stmt.line, key });
        } else if (op.kind === "copy-rows") copies.set(op.table, op);
        else if (op.kind === "drop-table") dropped.set(op.table, { key, file: f });
        else if (op.kind === "rename-table") {
          const made = created.get(op.table);
          const at = dropped.get(op.newName);
          const moved = movedAway.get(op.newName);
          const copy = copies.get(op.table);
          if (made && at) {
            finalName.set(op.table, op.newName);
            const rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              copied: new Map(copy?.source === op.newName ? copy.columns.map((c) => [c.name, c.from]) : []),
              createLine: made.file === at.file ? made.line : null,
              order: "drop"
            };
            rebuilds.push(rebuild);
            add(at.key, { rebuild, step: "replace" });
          } else if (made && moved && copy?.source === op.newName) {
            finalName.set(op.table, op.newName);
            const rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              copied: new Map(copy.columns.map((c) => [c.name, c.from])),
              createLine: made.file === f ? made.line : null,
              order: "swap",
              oldCopy: moved.to,
              replacement: op.table
            };
            rebuilds.push(rebuild);
            add(moved.key, { rebuild, step: "move-away" });
            add(key, { rebuild, step: "replace" });
          } else if (!made) movedAway.set(op.table, { to: op.newName, key });
        }
      }
    })
  );
  for (const { table, moved, made } of renameFirst) {
    const copy = copies.get(table);
    if (copy?.source !== moved.to) continue;
    const rebuild = {
      table,
      columns: made.op.columns,
      constraints: made.op.constraints,
      copied: new Map(copy.columns.map((c) => [c.name, c.from])),
      createLine: made.line,
      order: "rename-first",
      oldCopy: moved.to
    };
    rebuilds.push(rebuild);
    add(moved.key, { rebuild, step: "move-away" });
    add(made.key, { rebuild, step: "replace" });
  }
  for (const rebuild of rebuilds) {
    const drop = rebuild.oldCopy === void 0 ? void 0 : dropped.get(rebuild.oldCopy);
    if (drop) add(drop.key, { rebuild, step: "drop-old-copy" });
    rebuild.constraints = rebuild.constraints?.map((c) => c.constraint === "foreign-key" && finalName.has(c.detail) ? { ...c, detail: finalName.get(c.detail) } : c);
  }
  return out;
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
  for (const [name, from] of rebuild.copied) {
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
    const key = (c, rename) => `${c.constraint}|${c.columns.map(rename).join(",")}|${c.detail}`;
    const had = new Set(declared.map((c) => key(c, (n) => n)));
    const uniqueBefore = [
      ...declared.filter((d) => d.constraint === "unique" || d.constraint === "primary-key").map((d) => d.columns),
      ...[...before.values()].filter((c) => c.unique || c.primaryKey).map((c) => [c.name])
    ];
    for (const c of rebuild.constraints) {
      if (had.has(key(c, oldName)) || c.columns.length > 0 && c.columns.every((n) => !before.has(oldName(n)))) continue;
      if (c.constraint === "check" && declared.some((d) => d.constraint === "check" && checkAcceptsAll(d.detail, c.detail))) continue;
      const columns = c.columns.map(oldName);
      if ((c.constraint === "unique" || c.constraint === "primary-key") && uniqueBefore.some((u) => u.length > 0 && u.every((n) => columns.includes(n)))) continue;
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
  if (!/^(small|big)?serial[248]?$/i.test(column.type ?? "")) return;
  const dot = table.lastIndexOf(".");
  created.add(`object:sequence:${table.slice(0, dot + 1)}${table.slice(dot + 1)}_${column.name}_seq`);
}
function trackColumnsOfUnknownTables(op, catalog, facts, columns) {
  if (op.kind === "add-column") {
    const key2 = `${op.table}.${op.column.name}`;
    if (!catalog.tables.has(op.table) && facts.isNewColumn(op.table, op.column.name) && columns.get(key2) !== null) columns.set(key2, { ...op.column });
    return;
  }
  if (op.kind === "rename-column" && !catalog.tables.has(op.table) && !columns.get(`${op.table}.${op.column}`)) {
    columns.set(`${op.table}.${op.column}`, null);
    return;
  }
  if (!("table" in op) || typeof op.table !== "string" || !("column" in op) || typeof op.column !== "string") return;
  const key = `${op.table}.${op.column}`;
  const column = columns.get(key);
  if (!column) return;
  if (op.kind === "set-not-null") column.notNull = true;
  else if (op.kind === "drop-not-null") column.notNull = false;
  else if (op.kind === "set-default") column.hasDefault = true;
  else if (op.kind === "drop-default") column.hasDefault = false;
  else if (op.kind === "alter-column-type") column.type = op.newType;
  else if (op.kind === "drop-column") columns.delete(key);
  else if (op.kind === "rename-column") {
    columns.delete(key);
    columns.set(`${op.table}.${op.newName}`, { ...column, name: op.newName });
  } else if (op.kind === "redefine-column") {
    columns.delete(key);
    columns.set(`${op.table}.${op.def.name}`, { ...op.def });
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
function replayBase(baselines, migrations, dialect, routines) {
  const catalog = new Catalog();
  const ordered = migrations.filter((m) => (m.file.part === "up" || m.file.part === "repeatable") && m.text !== null).sort((a, b) => byVersionThenPath(a.file, b.file));
  const readable = baselines.filter((m) => m.text !== null);
  for (const { file, text } of [...readable, ...ordered]) {
    try {
      const sections = sectionsOf(file, text).filter((s) => s.part === "up");
      for (const stmt of parseFile({ text, sections }, dialect).forward) {
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
function newestBaseVersions(base) {
  const out = /* @__PURE__ */ new Map();
  for (const { file } of base) {
    if (file.version === null || file.part !== "up") continue;
    const key = sequenceKey(file);
    const top = out.get(key);
    if (!top) out.set(key, [file, null]);
    else if (compareVersions(file.version, top[0].version) > 0) out.set(key, [file, top[0]]);
    else if (top[1] === null || compareVersions(file.version, top[1].version) > 0) top[1] = file;
  }
  return out;
}
function newestVersionBeside(file, newest) {
  if (file.version === null) return null;
  const top = newest.get(sequenceKey(file));
  if (!top) return null;
  const other = top[0].path === file.path ? top[1] : top[0];
  return other?.version ?? null;
}
function byVersionThenPath(a, b) {
  const va = a.version;
  const vb = b.version;
  if (va !== null && vb !== null) {
    const c = compareVersions(va, vb);
    if (c !== 0) return c;
  } else if (va !== null) return -1;
  else if (vb !== null) return 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function byApplyOrder(a, b) {
  return byVersionThenPath(a.file, b.file);
}

export {
  ignoredPaths,
  readOrNull,
  detectorFor,
  parseSuppressionBody,
  prepareMigrations,
  analyseMigrations,
  migrationDialects,
  resolveOperation
};
