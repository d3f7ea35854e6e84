import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  compareTypes,
  compareVersionsOf,
  forEachLexeme,
  isCodeFramework,
  leadingDashLines,
  parseType,
  sectionsOf,
  spaces,
  splitStatements,
  withoutComments
} from "./chunk-FROQA73M.js";

// src/migrations/idioms.ts
var ColumnIdioms = class {
  swapsByDrop = /* @__PURE__ */ new Map();
  swapsByRename = /* @__PURE__ */ new Map();
  reAddsByDrop = /* @__PURE__ */ new Map();
  reAddsByAdd = /* @__PURE__ */ new Map();
  constructor(statements) {
    const added = /* @__PURE__ */ new Map();
    const dropped = /* @__PURE__ */ new Map();
    statements.forEach((stmt, at) => {
      for (const op of stmt.ops) {
        if (op.kind === "add-column") {
          const key = `${op.table}.${op.column.name}`;
          const drop = dropped.get(key);
          if (drop !== void 0 && op.column.generated) {
            const reAdd = { table: op.table, column: op.column.name, def: op.column, dropAt: drop, addAt: at };
            this.reAddsByDrop.set(`${drop}:${key}`, reAdd);
            this.reAddsByAdd.set(`${at}:${key}`, reAdd);
          }
          if (!op.ifNotExists) added.set(key, { at, def: op.column });
        } else if (op.kind === "drop-column") {
          dropped.set(`${op.table}.${op.column}`, at);
        } else if (op.kind === "rename-column") {
          const temp = added.get(`${op.table}.${op.column}`);
          const drop = dropped.get(`${op.table}.${op.newName}`);
          if (!temp || drop === void 0 || drop < temp.at || added.has(`${op.table}.${op.newName}`)) continue;
          const swap = { table: op.table, column: op.newName, temp: op.column, def: temp.def, dropAt: drop, renameAt: at };
          this.swapsByDrop.set(`${drop}:${op.table}.${op.newName}`, swap);
          this.swapsByRename.set(`${at}:${op.table}.${op.column}`, swap);
        }
      }
    });
  }
  /** Every column swap of the PR (its new column, and the statement that renames it to the old name). */
  swaps() {
    return [...this.swapsByDrop.values()];
  }
  /** The operations that stand for `op` (statement number `at`), or null when it is read as written. */
  rewrite(op, at, catalog) {
    const line = op.line === void 0 ? {} : { line: op.line };
    if (op.kind === "drop-column") {
      const key = `${at}:${op.table}.${op.column}`;
      const swap = this.swapsByDrop.get(key);
      if (swap) {
        swap.active = true;
        const def = catalog.column(swap.table, swap.temp) ?? swap.def;
        return [{ kind: "redefine-column", table: op.table, column: op.column, def: { ...def, name: op.column }, ...line }];
      }
      const reAdd = this.reAddsByDrop.get(key);
      if (reAdd && catalog.column(op.table, op.column)?.generated) {
        reAdd.active = true;
        return [{ kind: "redefine-column", table: op.table, column: op.column, def: reAdd.def, ...line }];
      }
      return null;
    }
    if (op.kind === "rename-column") {
      const swap = this.swapsByRename.get(`${at}:${op.table}.${op.column}`);
      if (swap?.active) return [{ kind: "drop-column", table: op.table, column: op.column, ...line }];
      return null;
    }
    if (op.kind === "add-column") {
      const reAdd = this.reAddsByAdd.get(`${at}:${op.table}.${op.column.name}`);
      if (reAdd?.active) return [{ kind: "other", what: "generated column added again" }];
    }
    return null;
  }
};
var PrLookahead = class {
  indexesOn = /* @__PURE__ */ new Map();
  renamesOf = /* @__PURE__ */ new Map();
  routines = /* @__PURE__ */ new Map();
  renameCount = 0;
  /** `files[f]`: the running statements of the PR's file f; statements are numbered across files in that order. */
  constructor(files) {
    let at = 0;
    files.forEach((statements, file) => {
      for (const stmt of statements) {
        for (const op of stmt.ops) this.observe(op, at, file);
        at++;
      }
    });
  }
  observe(op, at, file) {
    const index = (table, entry) => {
      const list = this.indexesOn.get(table) ?? [];
      list.push({ ...entry, at, file });
      this.indexesOn.set(table, list);
    };
    const plain = { partial: false, expressions: false, deferrable: false };
    if (op.kind === "create-index") {
      index(op.table, { name: op.name, unique: op.unique, columns: op.columns, constraint: false, deferrable: false, partial: op.partial === true, expressions: op.expressions === true });
    } else if (op.kind === "add-constraint" && (op.constraint === "unique" || op.constraint === "primary-key")) {
      index(op.table, { ...plain, name: op.name, unique: true, columns: op.columns, constraint: true, deferrable: op.deferrable === true });
    } else if (op.kind === "create-table") {
      for (const c of op.columns) if (c.unique || c.primaryKey) index(op.table, { ...plain, name: null, unique: true, columns: [c.name], constraint: true });
    } else if (op.kind === "rename-table") {
      const list = this.renamesOf.get(op.table) ?? [];
      list.push({ at, newName: op.newName });
      this.renamesOf.set(op.table, list);
      this.renameCount++;
    } else if (op.kind === "create-object" && (op.objectKind === "function" || op.objectKind === "procedure")) {
      const key = `${op.objectKind}:${op.name}`;
      const list = this.routines.get(key) ?? [];
      list.push({ at, signature: op.signature });
      this.routines.set(key, list);
    }
  }
  /** Indexes created by statement `at` (the rest of it) or later on `table`, or on the names later statements rename it to. */
  indexesCreatedAfter(table, at, file) {
    const out = [];
    let name = table;
    let from = at;
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
  routinesCreatedAfter(kind, name, at) {
    return (this.routines.get(`${kind}:${name}`) ?? []).filter((r) => r.at > at).map((r) => r.signature);
  }
};
function acceptsCallsOf(created, old) {
  if (created.types.length < old.types.length || created.types.length - old.types.length > created.defaults) return false;
  return old.types.every((t, i) => parseType(t).base === parseType(created.types[i]).base);
}
function uniqueKeysOf(catalog, table) {
  return snapshotUniqueKeys(catalog, table).get(table) ?? [];
}
function snapshotUniqueKeys(catalog, only) {
  const out = /* @__PURE__ */ new Map();
  const add = (table, key) => {
    if (only !== void 0 && table !== only) return;
    const list = out.get(table) ?? [];
    list.push(key);
    out.set(table, list);
  };
  for (const [name, index] of catalog.indexes) if (index.unique && !index.inexact && index.columns && index.columns.length > 0) add(index.table, { name, columns: index.columns });
  const declared = only === void 0 ? catalog.declared : /* @__PURE__ */ new Map([[only, catalog.declared.get(only) ?? []]]);
  for (const [table, list] of declared) {
    for (const d of list) if ((d.constraint === "unique" || d.constraint === "primary-key") && d.columns.length > 0) add(table, { name: d.name, columns: d.columns, primaryKey: d.constraint === "primary-key" });
  }
  for (const [table, keys] of catalog.keyColumns(only)) for (const k of keys) add(table, { name: null, columns: [k.name], primaryKey: k.primaryKey });
  return out;
}
function snapshotForeignKeys(catalog) {
  const out = /* @__PURE__ */ new Map();
  for (const [table, keys] of catalog.foreignKeys) out.set(table, keys.map((k) => ({ ...k })));
  for (const [table, declared] of catalog.declared) {
    for (const d of declared) {
      if (d.constraint !== "foreign-key") continue;
      const list = out.get(table) ?? [];
      list.push({ name: d.name, columns: [...d.columns], references: d.detail, ...d.actions ? { actions: d.actions } : {} });
      out.set(table, list);
    }
  }
  return out;
}
function checkAcceptsAll(before, after) {
  const was = orBranches(before);
  const now = orBranches(after);
  if (was === null || now === null) return false;
  const branches = new Set(now);
  return was.every((b) => branches.has(b));
}
function orBranches(expression) {
  let root;
  try {
    root = JSON.parse(expression);
  } catch {
    return null;
  }
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") return null;
    const n = node;
    if (n.nested !== void 0) stack.push(n.nested);
    else if (n.binaryop && n.binaryop.op === "or") stack.push(n.binaryop.right, n.binaryop.left);
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
function unqualified(_key, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const parts = value.compoundidentifier;
  return Array.isArray(parts) && parts.length > 0 ? { identifier: parts[parts.length - 1] } : value;
}
var CONTROL_FLOW = /\b(?:IF|ELSE|ELSIF|ELSEIF|END|WHEN|LOOP|WHILE|REPEAT|EXCEPTION|RETURN|EXIT|CONTINUE|LEAVE|ITERATE|BEGIN|GOTO)\b/i;
var BranchAdditions = class {
  constructor(text, mask) {
    this.text = text;
    this.mask = mask;
  }
  text;
  mask;
  /** `table.column` → line of the conditional ADD earlier in the statement being read. */
  added = /* @__PURE__ */ new Map();
  lines;
  /** A new statement: what the previous one added says nothing about it. */
  reset() {
    this.added.clear();
  }
  /** After `op` is judged: a conditional ADD of a column the history already has is remembered. */
  observe(op, catalog) {
    if (op.kind === "add-column" && op.ifNotExists && op.line !== void 0 && catalog.column(op.table, op.column.name)) this.added.set(`${op.table}.${op.column.name}`, op.line);
  }
  /** `table.column` of the column `op` changes when the same branch just added it (new where `op` runs), else null. */
  addedHere(op) {
    if (this.added.size === 0 || this.text === null || op.line === void 0 || !("column" in op) || typeof op.column !== "string") return null;
    const key = `${op.table}.${op.column}`;
    const from = this.added.get(key);
    if (from === void 0 || op.line <= from) return null;
    this.lines ??= this.mask(this.text).split("\n");
    for (let line = from; line <= op.line && line <= this.lines.length; line++) if (CONTROL_FLOW.test(this.lines[line - 1])) return null;
    return key;
  }
};
var ANY_TRUTH = /* @__PURE__ */ new Set(["true", "false", "null"]);
var MAX_CHECK_DEPTH = 200;
function checkPassesOldInserts(expression, valueOf) {
  let root;
  try {
    root = JSON.parse(expression);
  } catch {
    return false;
  }
  return !truths(root, valueOf, 0).has("false");
}
function truths(node, valueOf, depth) {
  if (depth > MAX_CHECK_DEPTH || node === null || typeof node !== "object") return ANY_TRUTH;
  const n = node;
  if (n.nested !== void 0) return truths(n.nested, valueOf, depth + 1);
  if (n.isnull !== void 0 || n.isnotnull !== void 0) {
    const v = valueAt(n.isnull ?? n.isnotnull, valueOf, depth + 1);
    const isNull = v.kind === "null" ? ["true"] : v.kind === "literal" || v.notNull ? ["false"] : ["true", "false"];
    return new Set(n.isnull !== void 0 ? isNull : isNull.map(not));
  }
  if (n.unaryop?.op === "not") return new Set([...truths(n.unaryop.expr, valueOf, depth + 1)].map(not));
  const b = n.binaryop;
  if (b && (b.op === "and" || b.op === "or")) {
    const left = truths(b.left, valueOf, depth + 1);
    const right = truths(b.right, valueOf, depth + 1);
    const out = /* @__PURE__ */ new Set();
    for (const l of left) for (const r of right) out.add(b.op === "and" ? and(l, r) : not(and(not(l), not(r))));
    return out;
  }
  if (b && (b.op === "eq" || b.op === "noteq")) {
    const l = valueAt(b.left, valueOf, depth + 1);
    const r = valueAt(b.right, valueOf, depth + 1);
    let equal;
    if (l.kind === "null" || r.kind === "null") equal = ["null"];
    else if (l.kind === "literal" && r.kind === "literal") equal = [l.value === r.value ? "true" : "false"];
    else equal = l.kind === "any" && !l.notNull || r.kind === "any" && !r.notNull ? ["true", "false", "null"] : ["true", "false"];
    return new Set(b.op === "eq" ? equal : equal.map(not));
  }
  return ANY_TRUTH;
}
function valueAt(node, valueOf, depth) {
  if (depth > MAX_CHECK_DEPTH || node === null || typeof node !== "object") return { kind: "any", notNull: false };
  const n = node;
  if (n.nested !== void 0) return valueAt(n.nested, valueOf, depth + 1);
  if (n.value !== void 0 && typeof n.value === "object" && n.value !== null && "value" in n.value) {
    const literal = n.value.value;
    return literal === "null" ? { kind: "null" } : { kind: "literal", value: JSON.stringify(literal) };
  }
  const parts = n.compoundidentifier;
  const name = n.identifier?.value ?? (Array.isArray(parts) && parts.length > 0 ? parts[parts.length - 1]?.value : void 0);
  return typeof name === "string" ? valueOf(name) : { kind: "any", notNull: false };
}
function literalDefault(expression) {
  try {
    const v = valueAt(JSON.parse(expression), () => ({ kind: "any", notNull: false }), 0);
    return v.kind === "any" ? null : v;
  } catch {
    return null;
  }
}
function not(t) {
  return t === "true" ? "false" : t === "false" ? "true" : "null";
}
function and(a, b) {
  return a === "false" || b === "false" ? "false" : a === "true" && b === "true" ? "true" : "null";
}

// src/migrations/rules/types.ts
function defineMigrationRule(meta, impl) {
  return { meta: { ...meta, category: "migration" }, ...impl };
}
function statementSpan(stmt, op) {
  const line = op?.line ?? stmt.line;
  return { line, endLine: op?.line ?? stmt.endLine, column: op?.line ? null : stmt.column };
}

// src/migrations/rules/unparsed-statement.ts
var DANGEROUS = /\b(DROP|TRUNCATE|DELETE|UPDATE|RENAME|sp_rename)\b/i;
var ALTER = /\bALTER\b/i;
var TYPE = /\bTYPE\b/gi;
function dangerous(text) {
  if (DANGEROUS.test(text)) return true;
  const alter = ALTER.exec(text);
  if (alter === null) return false;
  TYPE.lastIndex = alter.index + alter[0].length;
  return TYPE.test(text);
}
var unparsed_statement_default = defineMigrationRule(
  {
    id: "unparsed-statement",
    defaultSeverity: "warning",
    summary: "A statement the parser could not analyse (an error when it mentions DROP, TRUNCATE, DELETE, UPDATE, RENAME, sp_rename or ALTER \u2026 TYPE)."
  },
  {
    statement(stmt) {
      if (stmt.status !== "unparsed" || runsNothing(stmt)) return [];
      const text = stmt.opaqueText === void 0 ? stmt.text : `${stmt.text}
${stmt.opaqueText}`;
      const severity = unparsedSeverity(text, stmt.dialect);
      return [
        {
          line: stmt.line,
          endLine: stmt.endLine,
          column: stmt.column,
          severity,
          message: `This statement could not be analysed (${stmt.error ?? "no parser for it"}), so the gate cannot prove it is rollback-safe; review it by hand and suppress with a reason.`,
          object: null,
          // What it may touch is unknown: the scenarios whose tables it names are (docs/scenarios.md).
          text
        }
      ];
    }
  }
);
function runsNothing(stmt) {
  if (stmt.dialect !== "mysql" && stmt.dialect !== "mariadb" || stmt.opaqueText !== void 0 || stmt.ops.length > 0) return false;
  const dashes = leadingDashLines(stmt.text);
  return dashes > 0 && stmt.text.slice(dashes).trim() === "";
}
function unparsedSeverity(text, dialect) {
  const runs = dialect === "mysql" || dialect === "mariadb" ? text.slice(leadingDashLines(text)) : text;
  return dangerousWords(withoutComments(runs, dialect)) ? "error" : "warning";
}
function dangerousWords(text) {
  return dangerous(text) || dangerous(withoutInvisible(text));
}
function runLevels(text, dialect) {
  const out = new Uint8Array(text.length).fill(2);
  forEachLexeme(text, dialect, (lexeme) => {
    if (lexeme.unterminated) return;
    if (lexeme.kind === "line-comment" || lexeme.kind === "block-comment" || lexeme.kind === "exec-open" || lexeme.kind === "exec-close") out.fill(0, lexeme.start, lexeme.end);
    else if (lexeme.kind === "quoted" && lexeme.quote === "'") out.fill(1, lexeme.bodyStart, lexeme.bodyEnd);
  });
  return out;
}
function hiddenByDialect(text, reading, sections) {
  const other = reading.neighbours;
  if (other === void 0 || other.dialect === reading.dialect) return [];
  const chosen = runLevels(text, reading.dialect);
  const theirs = runLevels(text, other.dialect);
  let any = false;
  for (let i = 0; i < text.length && !any; i++) any = theirs[i] > chosen[i];
  if (!any) return [];
  const parts = [];
  for (let i = 0; i < text.length; ) {
    const more = theirs[i] > chosen[i];
    let j = i + 1;
    while (j < text.length && theirs[j] > chosen[j] === more) j++;
    parts.push(more ? text.slice(i, j) : spaces(text.slice(i, j)));
    i = j;
  }
  const hidden = parts.join("");
  const hits = [];
  const mysql = other.dialect === "mysql" || other.dialect === "mariadb";
  for (const section of sections) {
    for (const stmt of splitStatements(text, { dialect: other.dialect, from: section.start, to: section.end })) {
      const from = stmt.start + (mysql ? leadingDashLines(stmt.text) : 0);
      if (!dangerousWords(hidden.slice(from, stmt.end))) continue;
      const shown = stmt.text.replace(/\s+/g, " ");
      hits.push({
        line: stmt.line,
        endLine: stmt.endLine,
        column: stmt.column,
        // The words are dangerous ones: the severity this rule gives them (`unparsedSeverity`).
        severity: "error",
        message: `This file is read as ${reading.dialect} by ${reading.by}, but the migrations beside it are ${other.dialect}: ${other.by}. As ${other.dialect}, line ${stmt.line} runs \`${shown.length > 120 ? `${shown.slice(0, 117)}...` : shown}\`, which the ${reading.dialect} reading sees as a string or a comment; review it by hand (name the file's dialect in its name, its folder or the configuration) and suppress with a reason.`,
        object: null,
        text: stmt.text
      });
    }
  }
  return hits;
}
function withoutInvisible(text) {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, "") : "";
}
var INVISIBLE = new RegExp("\\p{Cf}", "u");
var INVISIBLE_ALL = new RegExp("\\p{Cf}", "gu");

// src/migrations/tokens.ts
var SEP = "";
var WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
var NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?/y;
var PARAMETER = /\$[0-9]+/y;
var OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;
var BLANK = /[\s]+/y;
var PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*$/;
var MAX_BODY_DEPTH = 8;
function sqlTokens(text, dialect, from = 0, to = text.length, depth = 0) {
  const out = [];
  const postgresFamily = dialect === "postgres" || dialect === "cockroach";
  const mysqlFamily = dialect === "mysql" || dialect === "mariadb";
  const code = (start, end) => {
    let i = start;
    while (i < end) {
      const at = (re) => {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m || m.index !== i || m[0].length === 0) return null;
        return m.index + m[0].length > end ? m[0].slice(0, end - i) : m[0];
      };
      let t;
      if ((t = at(BLANK)) !== null) {
        i += t.length;
        continue;
      }
      if ((t = at(WORD)) !== null) out.push(t.toLowerCase());
      else if ((t = at(NUMBER)) !== null) out.push(t);
      else if ((t = at(PARAMETER)) !== null) out.push(t);
      else if ((t = at(OPERATOR)) !== null) out.push(t);
      else {
        t = text[i];
        out.push(t === SEP ? " " : t);
      }
      i += t.length;
    }
  };
  let last = from;
  forEachLexeme(
    text,
    dialect,
    (lexeme) => {
      code(last, lexeme.start);
      last = lexeme.end;
      switch (lexeme.kind) {
        case "line-comment":
        case "block-comment":
          return;
        case "exec-open":
          out.push(text.slice(lexeme.start, lexeme.end));
          return;
        case "exec-close":
          out.push("*/");
          return;
        case "dollar": {
          const previous = out[out.length - 1];
          if ((previous === "as" || previous === "do") && depth < MAX_BODY_DEPTH && !lexeme.unterminated) {
            out.push("$$");
            for (const t of sqlTokens(text, dialect, lexeme.bodyStart, lexeme.bodyEnd, depth + 1)) out.push(t);
            out.push("$$");
          } else out.push(`$$${text.slice(lexeme.bodyStart, lexeme.bodyEnd)}${lexeme.unterminated ? "" : "$$"}`);
          return;
        }
        case "quoted": {
          const body = text.slice(lexeme.bodyStart, lexeme.bodyEnd);
          const quote = lexeme.quote ?? "'";
          const isName = quote === "`" || quote === "[" || quote === '"' && !mysqlFamily;
          if (isName && PLAIN_NAME.test(body)) {
            if (!postgresFamily) out.push(body.toLowerCase());
            else if (body === body.toLowerCase()) out.push(body);
            else out.push(`"${body}"`);
          } else out.push(`${quote}${body}${lexeme.unterminated ? "" : quote}`);
          return;
        }
      }
    },
    from,
    to
  );
  code(last, to);
  while (out.length > 0 && out[out.length - 1] === ";") out.pop();
  return out;
}
function statementKey(text, dialect) {
  return sqlTokens(text, dialect).join(SEP);
}
function statementKeys(text, dialect, from = 0, to = text.length) {
  const out = [];
  for (const piece of splitStatements(text, { dialect, from, to })) {
    const key = statementKey(piece.text, dialect);
    if (key !== "") out.push(key);
  }
  return out;
}

// src/migrations/update-values.ts
var DefaultsSetInPr = class {
  defaults = /* @__PURE__ */ new Map();
  /**
   * Follow an operation the history applies: `SET DEFAULT <number>` records it; any other default,
   * a drop of the default or the column, a type change, a redefinition or a rename forgets it (the
   * evidence then no longer holds or is not followed).
   */
  observe(op, stmt, file) {
    if (op.kind === "set-default") {
      const value = setDefaultLiteral(stmt, op.column);
      if (value === null) this.defaults.delete(`${op.table}.${op.column}`);
      else this.defaults.set(`${op.table}.${op.column}`, { value, line: op.line ?? stmt.line, file });
      return;
    }
    if (this.defaults.size === 0) return;
    switch (op.kind) {
      case "drop-default":
      case "drop-column":
      case "rename-column":
      case "alter-column-type":
      case "redefine-column":
        this.defaults.delete(`${op.table}.${op.column}`);
        return;
      case "drop-table":
      case "rename-table":
        for (const key of [...this.defaults.keys()]) if (key.startsWith(`${op.table}.`)) this.defaults.delete(key);
        return;
      default:
    }
  }
  get(table, column) {
    return this.defaults.get(`${table}.${column}`);
  }
};
var AFTER_SET = /* @__PURE__ */ new Set(["from", "where", "returning", "order", "limit", ";"]);
var unquote = (t) => t.replace(/^["`[]|["`\]]$/g, "").toLowerCase();
function updateClause(stmt, keyword, stop) {
  const tokens = sqlTokens(stmt.text, stmt.dialect);
  if (tokens[0] !== "update" || stmt.ops.length !== 1) return null;
  let depth = 0;
  let at = -1;
  for (let i = 1; i < tokens.length && at < 0; i++) {
    if (tokens[i] === "(") depth++;
    else if (tokens[i] === ")") depth--;
    else if (depth === 0 && tokens[i] === keyword) at = i;
  }
  if (at < 0) return null;
  const out = [];
  depth = 0;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(") depth++;
    else if (t === ")") depth--;
    if (depth === 0 && stop.has(t)) break;
    out.push(t);
  }
  return out;
}
function setList(stmt) {
  const clause = updateClause(stmt, "set", AFTER_SET);
  if (!clause) return null;
  const items = [[]];
  let depth = 0;
  for (const t of clause) {
    if (t === "(") depth++;
    else if (t === ")") depth--;
    if (depth === 0 && t === ",") items.push([]);
    else items[items.length - 1].push(t);
  }
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const eq = item.indexOf("=");
    const left = item.slice(0, Math.max(eq, 0));
    if (eq < 1 || !(left.length === 1 || left.length === 3 && left[1] === ".")) return null;
    out.set(unquote(left[left.length - 1]), item.slice(eq + 1));
  }
  return out;
}
var NAME_OR_DOT = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+"|\.)$/;
function literalOf(tokens) {
  if (tokens.length === 1 && (tokens[0] === "true" || tokens[0] === "false")) return { kind: "boolean", value: tokens[0] };
  const first = tokens[0] ?? "";
  if (/^'(?:[^']|'')*'$/.test(first) && (tokens.length === 1 || tokens[1] === ":" && tokens[2] === ":" && tokens.length > 3 && tokens.slice(3).every((t) => NAME_OR_DOT.test(t)))) {
    return { kind: "string", value: first.slice(1, -1).replace(/''/g, "'") };
  }
  const [sign, digits] = tokens.length === 2 && (tokens[0] === "-" || tokens[0] === "+") ? [tokens[0] === "-" ? "-" : "", tokens[1]] : ["", tokens.length === 1 ? tokens[0] : ""];
  if (/^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(digits)) return { kind: "number", value: `${sign}${Number(digits)}` };
  return null;
}
function setDefaultLiteral(stmt, column) {
  const tokens = sqlTokens(stmt.text, stmt.dialect);
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i] !== "set" || tokens[i + 1] !== "default" || unquote(tokens[i - 1]) !== column.toLowerCase()) continue;
    const value = [];
    for (let j = i + 2; j < tokens.length && tokens[j] !== "," && tokens[j] !== ";"; j++) value.push(tokens[j]);
    const literal = literalOf(value);
    return literal?.kind === "number" ? literal.value : null;
  }
  return null;
}
var NUMERIC = /^(int[1-8]|numeric|float[48])( unsigned)?$/;
function valuesReadAlike(stmt, table, columns, facts) {
  if (columns.length === 0) return null;
  const list = setList(stmt);
  if (!list) return null;
  const out = [];
  for (const column of columns) {
    const value = list.get(column.toLowerCase());
    const literal = value ? literalOf(value) : null;
    const now = facts.column(table, column)?.type;
    const before = facts.baseColumn(table, column)?.type;
    if (!literal || !now || !before) return null;
    const kindNow = parseType(now, stmt.dialect).base;
    const kindBefore = parseType(before, stmt.dialect).base;
    if (literal.kind === "boolean" && kindNow === "bool" && kindBefore === "bool") {
      out.push(`${table}.${column} = ${literal.value.toUpperCase()}: a boolean into a column that was boolean in the previous release`);
      continue;
    }
    if (literal.kind === "string" && baseLabels(table, column, facts)?.includes(literal.value)) {
      out.push(`${table}.${column} = '${literal.value}': a label its ENUM type already had in the previous release`);
      continue;
    }
    const set = facts.defaultSetEarlier(table, column);
    if (literal.kind === "number" && set && set.value === literal.value && NUMERIC.test(kindNow) && NUMERIC.test(kindBefore)) {
      out.push(`${table}.${column} = ${literal.value}: the DEFAULT this PR gives the column (${set.file}:${set.line}), which every row the previous release inserts without it gets too`);
      continue;
    }
    return null;
  }
  return out;
}
function baseLabels(table, column, facts) {
  const base = facts.baseColumn(table, column);
  if (!base) return void 0;
  if (base.enumValues) return base.enumValues;
  return base.type ? facts.baseEnumValues(base.type) : void 0;
}

// src/migrations/rules/add-unique-constraint.ts
function onlyNewColumns(facts, table, columns) {
  return columns.length > 0 && columns.every((c) => facts.isNewColumn(table, c));
}
function leftNullByOldWrites(facts, table, column) {
  if (!facts.isNewColumn(table, column) || facts.isNewTable(table)) return false;
  const known = facts.column(table, column);
  return known !== void 0 && !known.hasDefault;
}
function columnsOldWritesSet(facts, table, columns) {
  return columns.filter((c) => !facts.isNewColumn(table, c));
}
var covers = (columns, key) => key.length > 0 && key.every((c) => columns.includes(c));
var add_unique_constraint_default = defineMigrationRule(
  {
    id: "add-unique-constraint",
    defaultSeverity: "error",
    summary: "A UNIQUE (or primary key, or exclusion) constraint or unique index is added to an existing table, CONCURRENTLY included."
  },
  {
    operationKinds: ["create-index", "add-constraint"],
    operation(op, stmt, { facts }) {
      let name;
      let table;
      let columns;
      let keyChecks = true;
      let primaryKey = false;
      if (op.kind === "create-index" && op.unique) {
        ({ name, table, columns } = op);
        const known = name === null ? void 0 : facts.index(name) ?? facts.droppedIndex(name);
        if (known?.unique && known.table === table && known.columns?.join() === columns.join() && known.inexact === (op.partial || op.expressions ? true : void 0)) return [];
      } else if (op.kind === "add-constraint" && ["unique", "primary-key", "exclusion"].includes(op.constraint)) {
        if (op.usingIndex && facts.index(op.usingIndex)) return [];
        ({ name, table, columns } = op);
        primaryKey = op.constraint === "primary-key";
        keyChecks = op.constraint !== "exclusion";
      } else return [];
      if (facts.isNewTable(table) || onlyNewColumns(facts, table, columns)) return [];
      if (keyChecks && !primaryKey && columns.some((c) => leftNullByOldWrites(facts, table, c))) return [];
      const decided = columnsOldWritesSet(facts, table, columns);
      if (keyChecks && decided.length > 0 && facts.uniqueKeys(table, "base").some((k) => covers(decided, k.columns))) return [];
      const object = columns.length > 0 ? `${table}(${columns.join(", ")})` : name ?? table;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding a uniqueness rule on ${object} breaks the previous release, whose inserts and updates may write duplicates and now fail.`,
          object,
          tables: [table]
        }
      ];
    }
  }
);

// src/migrations/rules/add-check-constraint.ts
var add_check_constraint_default = defineMigrationRule(
  {
    id: "add-check-constraint",
    defaultSeverity: "warning",
    summary: "A CHECK constraint is added to an existing table, NOT VALID included (it still rejects new writes)."
  },
  {
    operationKinds: ["add-constraint"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "add-constraint" || op.constraint !== "check") return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      const name = op.name ?? implicitCheckName(op, stmt.dialect, facts);
      if (name !== null && facts.isConstraintDroppedLater(op.table, name)) return [];
      const object = op.name ? `${op.table}.${op.name}` : op.table;
      const notValid = op.notValid ? " (NOT VALID only skips existing rows)" : "";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding CHECK constraint ${object} can break the previous release, whose writes it never had to satisfy${notValid}.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);
function implicitCheckName(op, dialect, facts) {
  if (dialect !== "postgres" || op.columns.length === 0) return null;
  const relation = op.table.split(".").pop() ?? op.table;
  const name = op.columns.length === 1 ? `${relation}_${op.columns[0]}_check` : `${relation}_check`;
  return facts.constraintKind(op.table, name) === void 0 ? name : null;
}

// src/migrations/rules/add-enum-value.ts
var add_enum_value_default = defineMigrationRule(
  {
    id: "add-enum-value",
    defaultSeverity: "warning",
    summary: "An enum gains a value: rows written with it break the previous release after a rollback."
  },
  {
    operationKinds: ["add-enum-value", "enum-column-change"],
    operation(op, stmt, { facts }) {
      if (op.kind === "add-enum-value") {
        if (facts.isNewType(op.type)) return [];
        return [
          {
            ...statementSpan(stmt, op),
            message: `Adding value '${op.value}' to enum ${op.type} lets the new release write rows that the previous release cannot read after a rollback.`,
            object: `${op.type}.${op.value}`,
            tables: []
          }
        ];
      }
      if (op.kind === "enum-column-change" && op.added.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `ENUM column ${object} gains ${op.added.map((v) => `'${v}'`).join(", ")}: rows written with it break the previous release after a rollback.`,
            object,
            tables: [op.table],
            columns: [{ table: op.table, column: op.column }]
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/add-foreign-key.ts
var sameSet = (a, b) => a.length === b.length && a.every((c) => b.includes(c));
var rejects = (a) => a === "no action" || a === "restrict";
function noStricter(was, now) {
  if (!was || !now) return was === now;
  return !(rejects(now.onDelete) && !rejects(was.onDelete)) && !(rejects(now.onUpdate) && !rejects(was.onUpdate));
}
var add_foreign_key_default = defineMigrationRule(
  {
    id: "add-foreign-key",
    defaultSeverity: "warning",
    summary: "A FOREIGN KEY is added to an existing table, NOT VALID included (it still rejects new writes)."
  },
  {
    operationKinds: ["add-constraint"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "add-constraint" || op.constraint !== "foreign-key") return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      if (op.columns.some((c) => leftNullByOldWrites(facts, op.table, c))) return [];
      const decided = columnsOldWritesSet(facts, op.table, op.columns);
      const same = facts.baseForeignKeys(op.table).some((k) => sameSet(k.columns, decided) && (op.references === void 0 || k.references === void 0 || k.references === op.references) && noStricter(k.actions, op.actions));
      if (decided.length > 0 && same) return [];
      const object = op.name ? `${op.table}.${op.name}` : `${op.table}(${op.columns.join(", ")})`;
      const notValid = op.notValid ? " (NOT VALID only skips existing rows)" : "";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding foreign key ${object} can break the previous release, whose writes and deletes in any order it never had to satisfy${notValid}.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/add-required-column.ts
var add_required_column_default = defineMigrationRule(
  {
    id: "add-required-column",
    defaultSeverity: "error",
    summary: "A NOT NULL column without a default is added to an existing table."
  },
  {
    operationKinds: ["add-column", "set-not-null", "drop-default"],
    operation(op, stmt, { facts }) {
      if (op.kind === "add-column") {
        if (facts.isNewTable(op.table) || !op.column.notNull || op.column.hasDefault) return [];
        const lacking = op.ifNotExists && facts.column(op.table, op.column.name) && facts.existedInBase(op.table, op.column.name) ? facts.releaseLacksColumn(op.table, op.column.name) : void 0;
        if (lacking === null) return [];
        const hit = required(op.table, op.column.name, stmt, op, (o) => `Adding ${o} as NOT NULL without a default`);
        return [lacking ? { ...hit, message: `${hit.message} Base's history has the column, but ${lacking}: the databases it installs get the column added.` } : hit];
      }
      if (op.kind === "set-not-null" || op.kind === "drop-default") return madeRequired(op, stmt, facts);
      return [];
    }
  }
);
function madeRequired(op, stmt, facts) {
  if (facts.isNewTable(op.table) || !facts.isNewColumn(op.table, op.column) || facts.existedInBase(op.table, op.column)) return [];
  const column = facts.column(op.table, op.column);
  if (!column || facts.isRelaxedLater(op.table, op.column)) return [];
  if (op.kind === "set-not-null" ? column.hasDefault || column.notNull : !column.hasDefault || !column.notNull) return [];
  const lead = (o) => op.kind === "set-not-null" ? `Making ${o}, added in this PR, NOT NULL without a default` : `Dropping the default of ${o}, added in this PR as NOT NULL,`;
  return [required(op.table, op.column, stmt, op, lead)];
}
function required(table, name, stmt, op, lead) {
  const object = `${table}.${name}`;
  return {
    ...statementSpan(stmt, op),
    message: `${lead(object)} breaks the previous release, whose inserts into ${table} do not set it.`,
    object,
    tables: [table],
    code: { kind: "column", table, column: name, removes: false, writes: true }
  };
}

// src/migrations/rules/change-column-type.ts
var change_column_type_default = defineMigrationRule(
  {
    id: "change-column-type",
    defaultSeverity: "error",
    summary: "The type of a column that the previous release uses changes (other than a pure widening)."
  },
  {
    operationKinds: ["alter-column-type"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "alter-column-type" || facts.isNewColumn(op.table, op.column)) return [];
      if (op.oldType && op.newType && compareTypes(op.oldType, op.newType, stmt.dialect) !== "change") return [];
      const object = `${op.table}.${op.column}`;
      const change = op.oldType ? `from ${op.oldType} to ${op.newType ?? "another type"}` : `to ${op.newType ?? "another type"} (its previous type is not known from the migrations)`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Changing column ${object} ${change} can break the previous release, which reads and writes values of the old type.`,
          object,
          tables: [op.table],
          code: { kind: "column", table: op.table, column: op.column, removes: false, writes: true }
        }
      ];
    }
  }
);

// src/migrations/bookkeeping.ts
var BOOKKEEPING = /* @__PURE__ */ new Set([
  "alembic_version",
  // Alembic
  "schema_migrations",
  // Rails, golang-migrate, dbmate, Ecto
  "ar_internal_metadata",
  // Rails
  "flyway_schema_history",
  // Flyway
  "schema_version",
  // Flyway before 5
  "goose_db_version",
  // goose
  "__diesel_schema_migrations",
  // diesel
  "_prisma_migrations",
  // Prisma
  "_sqlx_migrations",
  // sqlx
  "seaql_migrations",
  // SeaORM
  "gorp_migrations",
  // sql-migrate
  "knex_migrations",
  // Knex
  "knex_migrations_lock",
  "django_migrations",
  // Django
  "__efmigrationshistory",
  // EF Core
  "databasechangelog",
  // Liquibase
  "databasechangeloglock",
  "doctrine_migration_versions",
  // Doctrine
  "migration_versions",
  "sequelizemeta"
  // Sequelize
]);
function isBookkeepingTable(table) {
  const name = table.split(".").pop() ?? table;
  return BOOKKEEPING.has(name.toLowerCase());
}

// src/migrations/rules/delete-rows.ts
var delete_rows_default = defineMigrationRule(
  {
    id: "delete-rows",
    defaultSeverity: "error",
    summary: "A DELETE removes rows from a table that existed before the PR."
  },
  {
    operationKinds: ["delete"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "delete" || facts.isNewTable(op.table) || isBookkeepingTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Deleting rows from ${op.table} loses data the previous release still expects; a rollback of the code cannot bring it back.`,
          object: op.table,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/deleted-migration.ts
var deleted_migration_default = defineMigrationRule(
  {
    id: "deleted-migration",
    defaultSeverity: "error",
    summary: "A migration that already shipped in base was deleted or renamed."
  },
  {
    file(ctx) {
      if (ctx.file.part === "down" || ctx.file.part === "verify") return [];
      if (ctx.lifecycle?.release?.released === false) return [];
      if (ctx.status === "deleted") {
        return [
          {
            line: null,
            message: `${ctx.file.path} was applied by every database that ran base; deleting it breaks the migration history (the tool sees an unknown applied version) and new environments will differ.`,
            object: ctx.file.path
          }
        ];
      }
      if (ctx.status === "renamed" && ctx.oldPath && ctx.lifecycle?.keptIdentity === void 0) {
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.oldPath} was renamed to ${ctx.file.path}: databases that applied the old name will apply it again or report a missing migration.`,
            object: ctx.oldPath
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/down-migration.ts
function downKeys(ctx, text) {
  const out = /* @__PURE__ */ new Map();
  for (const s of sectionsOf(ctx.file, text)) {
    if (s.part !== "down") continue;
    out.set(s.line, ctx.lifecycle ? statementKeys(text, ctx.lifecycle.dialect, s.start, s.end) : [text.slice(s.start, s.end).trim()]);
  }
  return out;
}
var DESTRUCTIVE = /* @__PURE__ */ new Set(["drop", "truncate", "delete"]);
var TOKEN_SEPARATOR = "";
var down_migration_default = defineMigrationRule(
  {
    id: "down-migration",
    defaultSeverity: "error",
    summary: "A down migration is added or changed: running it destroys data written since the up migration."
  },
  {
    file(ctx) {
      if (ctx.status === "deleted") return [];
      const policy = ctx.lifecycle?.downPolicy ?? "error";
      if (policy === "off") return [];
      const before = /* @__PURE__ */ new Set();
      let unchanged = () => false;
      let after = /* @__PURE__ */ new Map();
      if (ctx.baseText !== null && ctx.text !== null) {
        for (const keys of downKeys(ctx, ctx.baseText).values()) for (const k of keys) before.add(k);
        const old = new Set([...downKeys(ctx, ctx.baseText).values()].map((keys) => keys.join("")));
        after = downKeys(ctx, ctx.text);
        unchanged = (line) => old.has(after.get(line)?.join("") ?? "\0");
      }
      const severity = (line) => {
        if (policy !== "convention") return policy;
        if (ctx.baseText === null || ctx.lifecycle === void 0) return "warning";
        const added = (after.get(line) ?? []).filter((k) => !before.has(k));
        return added.some((k) => k.split(TOKEN_SEPARATOR).some((t) => DESTRUCTIVE.has(t))) ? "error" : "warning";
      };
      const message = (what, line) => policy === "convention" && severity(line) === "warning" ? `${what}, as ${isCodeFramework(ctx.file.framework) ? `${ctx.file.framework} writes into every migration` : "the migrations beside it in base have"}: the rollback runbook never runs it (roll the code back and fix forward); run by hand, it would destroy data written since.` : policy === "convention" ? `${what}: this change to a shipped down migration drops or deletes what it did not before; run by hand it destroys data written since; roll the code back and fix forward instead.` : `${what}: rolling the schema back drops what the release wrote since; roll the code back and fix forward instead.`;
      if (ctx.file.part === "down") {
        if (ctx.status === "renamed" && ctx.baseText === ctx.text) return [];
        if (ctx.status !== "added" && ctx.lifecycle?.formatOnly) return [];
        return [
          {
            line: 1,
            endLine: 1,
            message: message(`${ctx.file.path} is a down migration`, 1),
            object: ctx.file.path,
            severity: severity(1),
            // What it undoes, for the mission-critical scenarios whose tables it names (docs/scenarios.md).
            ...ctx.text === null ? {} : { text: ctx.text }
          }
        ];
      }
      const sectionText = /* @__PURE__ */ new Map();
      if (ctx.text !== null && ctx.downSections.length > 0) {
        for (const s of sectionsOf(ctx.file, ctx.text)) if (s.part === "down") sectionText.set(s.line, ctx.text.slice(s.start, s.end));
      }
      return ctx.downSections.filter((section) => !unchanged(section.line)).map((section) => ({
        line: section.line,
        endLine: section.endLine,
        message: message(`This ${ctx.file.framework} down section would undo the schema`, section.line),
        object: `${ctx.file.path}:${section.line}`,
        severity: severity(section.line),
        ...sectionText.has(section.line) ? { text: sectionText.get(section.line) } : {}
      }));
    }
  }
);

// src/migrations/rules/drop-column.ts
var drop_column_default = defineMigrationRule(
  {
    id: "drop-column",
    defaultSeverity: "error",
    summary: "A column that the previous release reads or writes is dropped."
  },
  {
    operationKinds: ["drop-column"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-column" || facts.isNewColumn(op.table, op.column)) return [];
      if (op.ifExists && facts.droppedColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping column ${object} breaks the previous release, which still reads it.`,
          object,
          tables: [op.table],
          code: { kind: "column", table: op.table, column: op.column, removes: true }
        }
      ];
    }
  }
);

// src/migrations/rules/drop-default.ts
var drop_default_default = defineMigrationRule(
  {
    id: "drop-default",
    defaultSeverity: "warning",
    summary: "The default of an existing column is dropped while the previous release relies on it."
  },
  {
    operationKinds: ["drop-default"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-default" || facts.isNewColumn(op.table, op.column)) return [];
      const known = facts.column(op.table, op.column);
      if (known && !known.hasDefault && !known.defaultOnSomePaths) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping the default of ${object} breaks the previous release, whose inserts omit it and relied on the default.`,
          object,
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }]
        }
      ];
    }
  }
);

// src/migrations/rules/drop-index.ts
var IMPLICIT_NAME = /_(?:idx|key|pkey|fkey|excl|check)\d*$/i;
var sameSet2 = (a, b) => a.length === b.length && a.every((c) => b.includes(c));
function whatRemains(facts, table, name, dropped, byConstraint, stmt) {
  const unique = dropped?.unique === true;
  const columns = dropped?.inexact ? void 0 : dropped?.columns;
  const other = (k) => k.name !== null ? k.name !== name : k.primaryKey === true;
  if (!byConstraint && unique && columns && columns.length > 0 && facts.uniqueKeys(table, "now").some((k) => other(k) && sameSet2(k.columns, columns))) return "kept";
  const later = facts.indexesCreatedLater(table);
  const again = later.filter((l) => l.name === name);
  if (unique) {
    const back = again.find((l) => l.unique && (!l.partial || dropped?.inexact === true) && (l.expressions || !columns || columns.length === 0 || l.columns.length === 0 || sameSet2(l.columns, columns)));
    if (back) return back.deferrable ? "deferrable" : "kept";
    const exact = (l) => l.unique && !l.deferrable && !l.partial && !l.expressions && l.columns.length > 0;
    if (!byConstraint && columns && later.some((l) => exact(l) && sameSet2(l.columns, columns))) return "kept";
    return "gone";
  }
  if (again.length > 0) return "kept";
  const lead = columns?.[0];
  if (lead === void 0) return "gone";
  if (later.some((l) => l.sameFile && l.columns[0] === lead)) return "kept";
  if (facts.indexesOf(table).some(([n, ix]) => n !== name && facts.isNewIndex(n) && !ix.inexact && ix.columns?.[0] === lead)) return "kept";
  return stmt.ops.some((op) => op.kind === "create-index" && op.table === table && op.name !== name && !op.partial && !op.expressions && op.columns[0] === lead) ? "kept" : "gone";
}
function sequenceKey(facts, table, columns) {
  if (columns?.length !== 1) return null;
  const col = facts.column(table, columns[0]);
  return col?.sequenceFilled === true && col.hasDefault ? col.name : null;
}
function sequenceKeyMessage(what, column, dialect) {
  const upsert = dialect === "mysql" || dialect === "mariadb" ? `ON DUPLICATE KEY UPDATE on ${column}` : `ON CONFLICT (${column})`;
  return `Dropping ${what}: ${column} is filled by a sequence, so the previous release's inserts stay unique without it. Only its writes that set ${column} themselves or upsert on it (${upsert}) would notice; its lookups by ${column} lose the index.`;
}
var drop_index_default = defineMigrationRule(
  {
    id: "drop-index",
    defaultSeverity: "warning",
    summary: "An index is dropped (an error for a unique one: the previous release relies on it for upserts and uniqueness)."
  },
  {
    operationKinds: ["drop-index", "drop-constraint"],
    operation(op, stmt, { facts }) {
      if (op.kind === "drop-index") {
        if (facts.isNewIndex(op.name)) return [];
        const known = facts.index(op.name);
        if (op.ifExists && !known && facts.droppedIndex(op.name)) return [];
        if (op.ifExists && !known && !IMPLICIT_NAME.test(op.name) && !facts.mentionedInBase(op.name)) return [];
        const unique = known?.unique === true;
        const table = op.table ?? known?.table ?? null;
        if (table !== null && facts.isNewConstraint(table, op.name)) return [];
        const remains = table === null ? facts.isRecreatedLater("index", op.name) ? "kept" : "gone" : whatRemains(facts, table, op.name, known, false, stmt);
        if (remains === "kept") return [];
        const unreleased = facts.inNoRelease("index", op.name) ?? (table !== null ? facts.inNoRelease("table", table) : null);
        if (unreleased !== null) {
          return [
            {
              ...statementSpan(stmt, op),
              severity: "notice",
              message: `Dropping index ${op.name}, which no release has (${unreleased}): the previous release never used it. If you deploy without tagging releases, it may be live.`,
              object: op.name,
              ...table !== null ? { tables: [table] } : {}
            }
          ];
        }
        const bySequence = unique && remains === "gone" && table !== null && !known?.inexact ? sequenceKey(facts, table, known?.columns) : null;
        return [
          {
            ...statementSpan(stmt, op),
            severity: unique && bySequence === null ? "error" : "warning",
            message: remains === "deferrable" ? deferrableMessage(`unique index ${op.name}`) : bySequence !== null ? sequenceKeyMessage(`unique index ${op.name}`, bySequence, stmt.dialect) : unique ? `Dropping unique index ${op.name} breaks the previous release: ${upsertsBreak(stmt.dialect)}, and duplicates it never expected get in.` : `Dropping index ${op.name} can make the previous release's queries slow enough to time out.`,
            object: op.name,
            tables: table ? [table] : [],
            // Named by upserts (`ON CONFLICT ON CONSTRAINT`) and index hints; `ON CONFLICT (cols)` needs no name: evidence only.
            // Re-created DEFERRABLE: only upserts break, so code without one clears it (a warning).
            code: { kind: "object", objectKind: "index", name: op.name, removes: remains === "deferrable", ...remains === "deferrable" ? { upserts: true } : {} }
          }
        ];
      }
      if (op.kind === "drop-constraint") {
        if (facts.isNewConstraint(op.table, op.name)) return [];
        const index = facts.index(op.name);
        const keys = facts.uniqueKeys(op.table, "now");
        const declared = keys.find((k) => k.name === op.name);
        const kind = op.constraint ?? facts.constraintKind(op.table, op.name) ?? (index?.unique ? "unique" : declared ? declared.primaryKey ? "primary-key" : "unique" : void 0);
        if (kind !== "unique" && kind !== "primary-key") return [];
        const keyColumns = index?.table === op.table ? index.inexact ? void 0 : index.columns : (declared ?? keys.find((k) => k.name === null && kind === "primary-key" && k.primaryKey === true))?.columns;
        const remains = whatRemains(facts, op.table, op.name, { table: op.table, unique: true, ...index?.table === op.table ? { columns: index.columns, inexact: index.inexact } : keyColumns ? { columns: keyColumns } : {} }, true, stmt);
        if (remains === "kept") return [];
        const what = `${kind === "primary-key" ? "primary key" : "unique constraint"} ${op.table}.${op.name}`;
        const bySequence = remains === "gone" ? sequenceKey(facts, op.table, keyColumns) : null;
        const stillUnique = remains === "gone" && bySequence === null && kind === "primary-key" && keyColumns?.length === 1 ? facts.column(op.table, keyColumns[0]) : void 0;
        const namedOnly = stillUnique?.unique === true && stillUnique.primaryKey === true ? stillUnique.name : null;
        return [
          {
            ...statementSpan(stmt, op),
            severity: bySequence === null ? "error" : "warning",
            message: remains === "deferrable" ? deferrableMessage(what) : bySequence !== null ? sequenceKeyMessage(what, bySequence, stmt.dialect) : namedOnly !== null ? `Dropping ${what}: ${namedOnly} keeps its own UNIQUE constraint, so no duplicate gets in and upserts on ${namedOnly} still find a key; the previous release's statements that name ${op.name} (ON CONFLICT ON CONSTRAINT ${op.name}, index hints) fail.` : `Dropping ${what} breaks the previous release: ${upsertsBreak(stmt.dialect)}, and duplicates it never expected get in.`,
            object: `${op.table}.${op.name}`,
            tables: [op.table],
            code: { kind: "object", objectKind: "constraint", name: op.name, removes: remains === "deferrable" || namedOnly !== null, ...remains === "deferrable" ? { upserts: true } : {} }
          }
        ];
      }
      return [];
    }
  }
);
function upsertsBreak(dialect) {
  if (dialect === "mysql" || dialect === "mariadb") return "its upserts (ON DUPLICATE KEY UPDATE, REPLACE) insert new rows instead of updating";
  if (dialect === "mssql") return "its writes lose the uniqueness they relied on (a MERGE or IF NOT EXISTS upsert races into duplicates)";
  return "its upserts (ON CONFLICT) fail";
}
function deferrableMessage(what) {
  return `Re-creating ${what} as DEFERRABLE breaks the previous release's upserts: ON CONFLICT cannot use a deferrable constraint as its arbiter (duplicates are still rejected, at commit).`;
}

// src/migrations/rules/drop-not-null.ts
var drop_not_null_default = defineMigrationRule(
  {
    id: "drop-not-null",
    defaultSeverity: "warning",
    summary: "An existing NOT NULL column becomes nullable: after a rollback the previous release reads NULLs it never expected."
  },
  {
    operationKinds: ["drop-not-null"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-not-null" || facts.isNewColumn(op.table, op.column)) return [];
      const before = facts.baseColumn(op.table, op.column);
      if (before && !before.notNull) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Making ${object} nullable lets the new release write NULL there; after a rollback the previous release, which treats it as required (a non-optional field), fails on those rows.`,
          object,
          direction: "rollback",
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }],
          // No code of the previous release reads it: nothing meets the NULLs (docs/code-references.md).
          code: { kind: "column", table: op.table, column: op.column, removes: true, reads: true }
        }
      ];
    }
  }
);

// src/migrations/rules/drop-object.ts
var KINDS = /* @__PURE__ */ new Set(["view", "materialized view", "function", "procedure", "trigger", "sequence", "type", "domain"]);
var UNNAMED_USES = /* @__PURE__ */ new Set(["function", "procedure", "sequence"]);
var drop_object_default = defineMigrationRule(
  {
    id: "drop-object",
    defaultSeverity: "error",
    summary: "A view, function, procedure, trigger, sequence, type or domain that the previous release may use is dropped."
  },
  {
    operationKinds: ["drop-object"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-object" || !KINDS.has(op.objectKind)) return [];
      if (facts.isNewObject(op.objectKind, op.name) || (op.objectKind === "type" || op.objectKind === "domain") && facts.isNewType(op.name)) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      const routine = op.objectKind === "function" || op.objectKind === "procedure";
      if (routine) {
        const replacements = facts.routinesCreatedLater(op.objectKind, op.name);
        if (replacements.length > 0) {
          if (!op.signature || replacements.some((s) => s === void 0 || acceptsCallsOf(s, op.signature))) return [];
          return [signatureChange(op, stmt, object, replacements)];
        }
      } else if (facts.isRecreatedLater(op.objectKind, op.name)) {
        const narrowed = op.objectKind === "trigger" ? facts.triggerNarrowedLater(op.name, op.table || void 0) : null;
        if (narrowed === null) return [];
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping trigger ${object} and creating it again as ${narrowed}; the previous release still relies on what the old trigger did.`,
            object,
            tables: op.table ? [op.table] : []
          }
        ];
      }
      const sets = op.objectKind === "trigger" || op.objectKind === "function" ? contractedColumn(facts, op.objectKind, op.name, op.table || void 0) : null;
      if (sets) {
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping ${op.objectKind} ${object}, which only sets ${sets.table}.${sets.column} on the rows it fires for, a column this PR drops: it breaks the previous release if that release still uses ${sets.column}.`,
            object,
            tables: [sets.table],
            code: { kind: "column", table: sets.table, column: sets.column, removes: true }
          }
        ];
      }
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${op.objectKind} ${object} breaks the previous release, which may still use it.`,
          object,
          tables: op.table ? [op.table] : [],
          // Code reads views and casts to types by name. A function may also be called from another
          // function's body (no dependency the database tracks), a sequence may feed a column's
          // default: for those the search is evidence only. A trigger is never called by name.
          // A serial column's own sequence (`<table>_<column>_seq`) whose default the PR already
          // dropped feeds nothing in the database any more: only code names it (a notice when none does).
          // A function whose only callers in the history's SQL are routines this PR drops (crates.io
          // aac10ea0e2's semver_ord, called by the dropped set_semver_ord): only code calls it.
          ...op.objectKind === "trigger" ? {} : op.objectKind === "sequence" && feedsNoDefault(facts, op.name) ? { code: { kind: "object", objectKind: op.objectKind, name: op.name, removes: true, nameOnly: true } } : { code: { kind: "object", objectKind: op.objectKind, name: op.name, removes: !UNNAMED_USES.has(op.objectKind) || routine && facts.callersDroppedByPR(op.name) } }
        }
      ];
    }
  }
);
function signatureChange(op, stmt, object, replacements) {
  const show = (s) => `${op.name}(${s.types.join(", ")})`;
  return {
    ...statementSpan(stmt, op),
    message: `Dropping ${op.objectKind} ${show(op.signature)} breaks the previous release, which may still call it: the PR creates ${replacements.map(show).join(", ")} instead, which calls with the old arguments do not reach.`,
    object,
    tables: []
  };
}
function feedsNoDefault(facts, name) {
  const bare = name.slice(name.lastIndexOf(".") + 1);
  if (!bare.endsWith("_seq")) return false;
  const stem = bare.slice(0, -"_seq".length);
  for (let i = stem.indexOf("_"); i > 0; i = stem.indexOf("_", i + 1)) {
    const table = stem.slice(0, i);
    const column = stem.slice(i + 1);
    if (!facts.baseColumn(table, column)?.hasDefault) continue;
    const now = facts.column(table, column);
    return !now || !now.hasDefault;
  }
  return false;
}
function contractedColumn(facts, kind, name, table) {
  const settings = facts.rowSettings(kind, name, table);
  if (!settings || settings.length !== 1) return null;
  const { table: on, column } = settings[0];
  const bare = on.slice(on.lastIndexOf(".") + 1);
  return facts.droppedByPR(on, column) || facts.droppedByPR(bare, column) ? { table: on, column } : null;
}

// src/migrations/rules/drop-schema.ts
var drop_schema_default = defineMigrationRule(
  {
    id: "drop-schema",
    defaultSeverity: "error",
    summary: "A schema or database that the previous release uses is dropped."
  },
  {
    operationKinds: ["drop-schema"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-schema" || facts.isNewObject("schema", op.name)) return [];
      const what = op.database ? "database" : "schema";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${what} ${op.name} breaks the previous release, which still uses every table in it, and loses their data for good.`,
          object: op.name,
          tables: [],
          schemas: [op.name]
        }
      ];
    }
  }
);

// src/migrations/rules/drop-table.ts
var drop_table_default = defineMigrationRule(
  {
    id: "drop-table",
    defaultSeverity: "error",
    summary: "A table that the previous release uses is dropped."
  },
  {
    operationKinds: ["drop-table"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-table" || facts.isNewTable(op.table)) return [];
      if (/\bDROP\s+TABLE\s+IF\s+EXISTS\b/i.test(stmt.text) && facts.isRecreatedLater("table", op.table) && !facts.mayExistInBase(op.table)) return [];
      const unreleased = facts.inNoRelease("table", op.table);
      if (unreleased !== null) {
        return [
          {
            ...statementSpan(stmt, op),
            severity: "notice",
            message: `Dropping table ${op.table}, which no release has (${unreleased}): the previous release never read it. If you deploy without tagging releases, it may be live: then this drop breaks the running release and loses its data.`,
            object: op.table,
            tables: [op.table]
          }
        ];
      }
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping table ${op.table} breaks the previous release, which still reads it, and loses its data for good.`,
          object: op.table,
          tables: [op.table],
          code: { kind: "table", table: op.table, removes: true }
        }
      ];
    }
  }
);

// src/migrations/rules/edited-migration.ts
function firstChangedLine(before, after) {
  const lines = (text) => (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
  const a = lines(before);
  const b = lines(after);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.max(1, Math.min(i + 1, b.length));
}
var edited_migration_default = defineMigrationRule(
  {
    id: "edited-migration",
    defaultSeverity: "error",
    summary: "A migration that already shipped in base was modified."
  },
  {
    file(ctx) {
      const life = ctx.lifecycle;
      const edited = ctx.status === "modified" || ctx.status === "renamed" && life?.keptIdentity !== void 0 && ctx.baseText !== ctx.text;
      if (!edited || ctx.file.part !== "up") return [];
      if (life?.release?.released === false) return [];
      if (life?.formatOnly && !life.checksummed) return [];
      if (life?.movedTo && !life.checksummed) return [];
      if (ctx.editedChangesets) {
        return ctx.editedChangesets.map((c) => ({
          line: c.line,
          endLine: c.line,
          message: c.removed ? `Changeset ${c.id} was removed from ${ctx.file.path}, but it already ran on databases that applied base: they keep what it did, new environments will not; keep it and add a new changeset instead.` : `Changeset ${c.id} of ${ctx.file.path} already ran on databases that applied base: editing it changes nothing there (or fails its checksum) and makes environments diverge; add a new changeset instead.`,
          object: `${ctx.file.path}#${c.id}`,
          tables: []
        }));
      }
      const line = ctx.baseText !== null && ctx.text !== null ? firstChangedLine(ctx.baseText, ctx.text) : 1;
      const released = life?.release ? ` Counted as shipped: ${life.release.reason}.` : "";
      return [
        {
          line,
          endLine: line,
          message: life?.formatOnly ? `Only the formatting of ${ctx.file.path} changed, but ${ctx.file.framework} checksums the migrations it applied: databases that ran base will refuse to migrate until it is restored or the checksum repaired.` : `${ctx.file.path} already exists in base, so databases have applied it: editing it changes nothing there and makes environments diverge; add a new migration instead.${released}`,
          object: ctx.file.path
        }
      ];
    }
  }
);

// src/migrations/rules/out-of-order-migration.ts
var ONE_FILE_PER_VERSION = /* @__PURE__ */ new Set(["golang-migrate", "sqlx", "goose", "flyway", "dbmate", "rails"]);
var out_of_order_migration_default = defineMigrationRule(
  {
    id: "out-of-order-migration",
    defaultSeverity: "warning",
    summary: "A new migration sorts before the newest migration already in base."
  },
  {
    file(ctx) {
      const { version, framework } = ctx.file;
      if (ctx.status !== "added" || ctx.file.part !== "up" || version === null || ctx.newestBaseVersion === null) return [];
      const order = compareVersionsOf(framework, version, ctx.newestBaseVersion);
      if (order > 0 || order === 0 && !ONE_FILE_PER_VERSION.has(framework)) return [];
      const message = order === 0 ? `${ctx.file.path} has version ${version}, the same as a migration already in base: ${framework} keeps one migration per version, so databases that applied it skip this one or refuse to migrate.` : `${ctx.file.path} has version ${version}, older than ${ctx.newestBaseVersion} already in base: databases that applied ${ctx.newestBaseVersion} skip it or refuse to migrate (${framework} orders by version).`;
      return [{ line: 1, endLine: 1, message, object: ctx.file.path, tables: [] }];
    }
  }
);

// src/migrations/rules/rename-column.ts
var rename_column_default = defineMigrationRule(
  {
    id: "rename-column",
    defaultSeverity: "error",
    summary: "A column that the previous release reads or writes is renamed."
  },
  {
    operationKinds: ["rename-column"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-column" || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming column ${object} to ${op.newName} breaks the previous release, which still reads and writes ${op.column}.`,
          object,
          tables: [op.table],
          code: { kind: "column", table: op.table, column: op.column, removes: true }
        }
      ];
    }
  }
);

// src/migrations/rules/rename-enum-value.ts
var rename_enum_value_default = defineMigrationRule(
  {
    id: "rename-enum-value",
    defaultSeverity: "error",
    summary: "An enum value that the previous release writes or reads is renamed or removed."
  },
  {
    operationKinds: ["rename-enum-value", "enum-column-change"],
    operation(op, stmt, { facts }) {
      if (op.kind === "rename-enum-value") {
        if (facts.isNewType(op.type)) return [];
        const object = `${op.type}.${op.oldValue}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Renaming value '${op.oldValue}' of enum ${op.type} to '${op.newValue}' breaks the previous release, which still writes and compares '${op.oldValue}'.`,
            object,
            tables: [],
            code: { kind: "value", values: [op.oldValue], removes: false }
          }
        ];
      }
      if (op.kind === "enum-column-change" && op.removed.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        const inBase = facts.baseColumn(op.table, op.column)?.enumValues;
        const removed = inBase ? op.removed.filter((v) => inBase.includes(v)) : op.removed;
        if (removed.length === 0) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Redefining ENUM column ${object} without ${removed.map((v) => `'${v}'`).join(", ")} breaks the previous release, which still writes those values (and existing rows hold them).`,
            object,
            tables: [op.table],
            columns: [{ table: op.table, column: op.column }],
            code: { kind: "value", values: removed, removes: false }
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/rename-object.ts
var KINDS2 = /* @__PURE__ */ new Set(["view", "materialized view", "function", "procedure", "type", "domain", "sequence", "schema", "constraint"]);
var NAMED_ELSEWHERE = /* @__PURE__ */ new Set(["function", "procedure", "schema"]);
var BY_OID = /* @__PURE__ */ new Set(["sequence", "constraint"]);
var rename_object_default = defineMigrationRule(
  {
    id: "rename-object",
    defaultSeverity: "error",
    summary: "A view, function, type, sequence, schema or constraint that the previous release may use is renamed."
  },
  {
    operationKinds: ["rename-object"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-object" || !KINDS2.has(op.objectKind)) return [];
      if (op.objectKind === "constraint" ? facts.isNewConstraint(op.table ?? "", op.name) : facts.isNewObject(op.objectKind, op.name)) return [];
      if ((op.objectKind === "type" || op.objectKind === "domain") && facts.isNewType(op.name)) return [];
      if (facts.isRecreatedLater(op.objectKind, op.objectKind === "constraint" ? `${op.table ?? ""}.${op.name}` : op.name)) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      const why = op.objectKind === "constraint" ? "which names it (ON CONFLICT ON CONSTRAINT, error handling by constraint name)" : "which still refers to it by its old name";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming ${op.objectKind} ${object} to ${op.newName} breaks the previous release, ${why}.`,
          object,
          tables: op.table ? [op.table] : [],
          code: { kind: "object", objectKind: op.objectKind, name: op.name, removes: !NAMED_ELSEWHERE.has(op.objectKind), ...BY_OID.has(op.objectKind) ? { nameOnly: true } : {} }
        }
      ];
    }
  }
);

// src/migrations/rules/rename-table.ts
var rename_table_default = defineMigrationRule(
  {
    id: "rename-table",
    defaultSeverity: "error",
    summary: "A table that the previous release uses is renamed."
  },
  {
    operationKinds: ["rename-table"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-table" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming table ${op.table} to ${op.newName} breaks the previous release, which still queries ${op.table}.`,
          object: op.table,
          tables: [op.table, op.newName],
          code: { kind: "table", table: op.table, removes: true }
        }
      ];
    }
  }
);

// src/migrations/rules/revoke-privilege.ts
var revoke_privilege_default = defineMigrationRule(
  {
    id: "revoke-privilege",
    defaultSeverity: "warning",
    summary: "A privilege, role, user or row-level policy that the previous release may depend on is revoked or dropped."
  },
  {
    operationKinds: ["revoke", "drop-object"],
    operation(op, stmt, { facts }) {
      if (op.kind === "revoke") {
        const object = op.on || op.from || "privileges";
        return [
          {
            ...statementSpan(stmt, op),
            message: `Revoking ${op.privileges}${op.on ? ` on ${op.on}` : ""}${op.from ? ` from ${op.from}` : ""} can break the previous release if it runs as that role.`,
            object,
            tables: op.tables
          }
        ];
      }
      if (op.kind === "drop-object" && (op.objectKind === "role" || op.objectKind === "policy")) {
        if (facts.isNewObject(op.objectKind, op.name)) return [];
        const object = op.table ? `${op.table}.${op.name}` : op.name;
        const why = op.objectKind === "role" ? "can break the previous release if it connects or acts as that role" : "changes which rows the previous release may see or write";
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping ${op.objectKind} ${object} ${why}.`,
            object,
            tables: op.table ? [op.table] : []
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/set-not-null.ts
var set_not_null_default = defineMigrationRule(
  {
    id: "set-not-null",
    defaultSeverity: "error",
    summary: "An existing column becomes NOT NULL while the previous release may still write NULL."
  },
  {
    operationKinds: ["set-not-null"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "set-not-null" || facts.isNewColumn(op.table, op.column)) return [];
      if (facts.baseColumn(op.table, op.column)?.notNull && facts.wasRelaxedEarlier(op.table, op.column)) return [];
      if (facts.notNullSinceBase(op.table, op.column) && facts.column(op.table, op.column)?.notNull) return [];
      const object = `${op.table}.${op.column}`;
      const defaulted = hasDefaultAfter(stmt, op.table, op.column, facts.column(op.table, op.column)?.hasDefault === true);
      return [
        {
          ...statementSpan(stmt, op),
          ...defaulted ? { severity: "warning" } : {},
          message: defaulted ? `Making ${object} NOT NULL: the column has a default, so the previous release's inserts that leave it out still succeed; its writes that set it to NULL explicitly (an ORM that writes every column, \`SET ${op.column} = NULL\`) fail.` : `Making ${object} NOT NULL breaks the previous release, whose inserts and updates may still leave it NULL.`,
          object,
          tables: [op.table],
          code: { kind: "column", table: op.table, column: op.column, removes: false, writes: true, inserts: true }
        }
      ];
    }
  }
);
function hasDefaultAfter(stmt, table, column, before) {
  let has = before;
  for (const o of stmt.ops) {
    if (!("column" in o) || o.table !== table || o.column !== column) continue;
    if (o.kind === "drop-default") has = false;
    else if (o.kind === "set-default") has = true;
    else if (o.kind === "redefine-column") has = o.def.hasDefault;
  }
  return has;
}

// src/migrations/rules/truncate-table.ts
var truncate_table_default = defineMigrationRule(
  {
    id: "truncate-table",
    defaultSeverity: "error",
    summary: "A table that existed before the PR is truncated."
  },
  {
    operationKinds: ["truncate"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "truncate" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Truncating ${op.table} loses every row the previous release still expects; a rollback of the code cannot bring them back.`,
          object: op.table,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/update-rows.ts
var update_rows_default = defineMigrationRule(
  {
    id: "update-rows",
    defaultSeverity: "error",
    summary: "An UPDATE rewrites columns that existed before the PR (backfilling a column added in the PR is fine)."
  },
  {
    operationKinds: ["update"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "update" || facts.isNewTable(op.table) || isSystemCatalog(op.table) || isBookkeepingTable(op.table)) return [];
      const old = op.columns.filter((c) => !facts.isNewColumn(op.table, c));
      if (op.columns.length > 0 && old.length === 0) return [];
      const object = old.length === 1 ? `${op.table}.${old[0]}` : op.table;
      const what = old.length > 0 ? old.map((c) => `${op.table}.${c}`).join(", ") : op.table;
      const alike = old.length > 0 ? valuesReadAlike(stmt, op.table, old, facts) : null;
      const nullsOnly = !alike && old.length > 0 && fillsNullsOnly(stmt, old);
      return [
        {
          ...statementSpan(stmt, op),
          ...alike || nullsOnly ? { severity: "warning" } : {},
          message: alike ? `Updating ${what} sets only values the previous release reads as it read the ones they replace (${alike.join("; ")}): after a rollback it meets no value of a new kind, but the values it wrote there are overwritten and a rollback cannot restore them (harmless unless it relied on those rows keeping them).` : nullsOnly ? `Updating ${what} fills only rows where ${old.length === 1 ? "it is" : "each is"} NULL: no value the previous release wrote is lost, but after a rollback it reads values where it left none (harmless unless NULL meant something to it).` : `Updating ${what} rewrites data the previous release wrote and reads; a rollback of the code cannot restore the old values.`,
          object,
          tables: [op.table],
          // `SET a = …` rewrites those columns only; no list known: the whole row.
          ...old.length > 0 ? { columns: old.map((column) => ({ table: op.table, column })) } : {}
        }
      ];
    }
  }
);
var AFTER_WHERE = /* @__PURE__ */ new Set(["returning", "order", "limit", ";"]);
function fillsNullsOnly(stmt, columns) {
  const clause = updateClause(stmt, "where", AFTER_WHERE);
  if (!clause) return false;
  const conjuncts = [[]];
  let depth = 0;
  for (const t of clause) {
    if (t === "(") depth++;
    else if (t === ")") depth--;
    if (depth === 0 && t === "or") return false;
    if (depth === 0 && t === "and") conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(t);
  }
  const isNullTest = (c, column) => {
    const n = c.length;
    if (n < 3 || c[n - 2] !== "is" || c[n - 1] !== "null" || unquote(c[n - 3]) !== column.toLowerCase()) return false;
    const prefix = c.slice(0, n - 3);
    return prefix.length % 2 === 0 && prefix.every((t, i) => i % 2 === 1 ? t === "." : t !== "." && t !== "(");
  };
  return columns.every((column) => conjuncts.some((c) => isNullTest(c, column)));
}
function isSystemCatalog(table) {
  return /^(pg_catalog\.)?pg_[a-z_]+$/.test(table) || table.startsWith("information_schema.");
}

// src/migrations/rules/widen-column-type.ts
var widen_column_type_default = defineMigrationRule(
  {
    id: "widen-column-type",
    defaultSeverity: "notice",
    summary: "A column type only widens (varchar(n) to varchar(m > n) or text, int to bigint, numeric precision up)."
  },
  {
    operationKinds: ["alter-column-type"],
    operation(op, stmt, { facts }) {
      if (op.kind !== "alter-column-type" || facts.isNewColumn(op.table, op.column)) return [];
      if (!op.oldType || !op.newType || compareTypes(op.oldType, op.newType, stmt.dialect) !== "widen") return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Widening column ${object} from ${op.oldType} to ${op.newType} is safe for the previous release, but values written after it may not fit its checks (lengths, ranges) after a rollback.`,
          object,
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }]
        }
      ];
    }
  }
);

// src/migrations/rules/index.ts
var migrationRules = [
  drop_table_default,
  drop_column_default,
  drop_schema_default,
  drop_object_default,
  drop_index_default,
  rename_table_default,
  rename_column_default,
  rename_object_default,
  change_column_type_default,
  widen_column_type_default,
  set_not_null_default,
  drop_not_null_default,
  add_required_column_default,
  drop_default_default,
  add_unique_constraint_default,
  add_check_constraint_default,
  add_foreign_key_default,
  update_rows_default,
  delete_rows_default,
  truncate_table_default,
  rename_enum_value_default,
  add_enum_value_default,
  revoke_privilege_default,
  down_migration_default,
  edited_migration_default,
  deleted_migration_default,
  out_of_order_migration_default,
  unparsed_statement_default
];
var fileRules = migrationRules.filter((r) => r.file);
var statementRules = migrationRules.filter((r) => r.statement);
var byKind = /* @__PURE__ */ new Map();
function operationRulesFor(kind) {
  let rules = byKind.get(kind);
  if (!rules) {
    rules = migrationRules.filter((r) => r.operation && (!r.operationKinds || r.operationKinds.includes(kind)));
    byKind.set(kind, rules);
  }
  return rules;
}

// src/contracts/rules/types.ts
function defineContractRule(meta, impl) {
  return { meta: { ...meta, category: "contract" }, ...impl };
}
var never = () => false;
function affected(change) {
  const list = [...change.endpoints].sort();
  const total = change.endpointCount ?? list.length;
  if (total === 0) return "";
  const shown = list.slice(0, 3).join(", ");
  const more = total > 3 ? ` and ${total - 3} more operation${total - 3 === 1 ? "" : "s"}` : "";
  return ` (${shown}${more})`;
}
function fieldKind(change) {
  return change.object.includes(" headers #/properties/") ? "header" : "property";
}
function subject(change, fallback = "schema") {
  return change.name !== void 0 ? `\`${change.name}\`` : fallback;
}

// src/contracts/rules/endpoint-removed.ts
var endpoint_removed_default = defineContractRule(
  {
    id: "endpoint-removed",
    defaultSeverity: "error",
    summary: "An operation (path and method) that old clients call is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "endpoint-removed",
    message: (c) => / (webhook|callback) /.test(c.detail) ? `${c.detail.includes(" webhook ") ? "Webhook" : "Callback"} ${c.detail} was removed; receivers built against the previous version still wait for it.` : `Operation ${c.detail} was removed; clients built against the previous version still call it.`
  }
);

// src/contracts/rules/response-status-removed.ts
var response_status_removed_default = defineContractRule(
  {
    id: "response-status-removed",
    defaultSeverity: "error",
    summary: "A documented 2xx response status is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "response-status-removed",
    message: (c) => `Response ${c.detail} was removed from ${[...c.endpoints].join(", ")}; clients built for it no longer get it.`
  }
);

// src/contracts/rules/response-media-type-removed.ts
var response_media_type_removed_default = defineContractRule(
  {
    id: "response-media-type-removed",
    defaultSeverity: "error",
    summary: "A response content type is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "response-media-type-removed",
    message: (c) => `Response content type ${c.detail} was removed${affected(c)}; clients that ask for it get another format or 406.`
  }
);

// src/contracts/rules/response-property-removed.ts
var response_property_removed_default = defineContractRule(
  {
    id: "response-property-removed",
    defaultSeverity: "error",
    summary: "A property is removed from a response body schema (at any depth)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "response",
    message: (c) => `Response ${fieldKind(c)} ${subject(c)} was removed${affected(c)}; clients built against the previous version still read it.`
  }
);

// src/contracts/rules/response-property-type-changed.ts
var response_property_type_changed_default = defineContractRule(
  {
    id: "response-property-type-changed",
    defaultSeverity: "error",
    summary: "A response property's type or format changes."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "response",
    message: (c) => c.severity === "warning" ? `Response ${subject(c)} changed type: ${c.detail}${affected(c)}; like a new enum value, old clients that dispatch on the variants meet one they do not know.` : `Response ${subject(c)} changed type: ${c.detail}${affected(c)}; old clients cannot read the new values.`
  }
);

// src/contracts/rules/response-property-became-optional.ts
var response_property_became_optional_default = defineContractRule(
  {
    id: "response-property-became-optional",
    defaultSeverity: "error",
    summary: "A response property is no longer required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-optional" && c.flow === "response",
    message: (c) => `Response ${fieldKind(c)} ${subject(c)} is no longer required${affected(c)}; old clients expect it in every response.`
  }
);

// src/contracts/rules/response-property-became-nullable.ts
var response_property_became_nullable_default = defineContractRule(
  {
    id: "response-property-became-nullable",
    defaultSeverity: "warning",
    summary: "A response property may now be null."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "became-nullable" && c.flow === "response",
    message: (c) => `Response ${subject(c)} may now be null${affected(c)}; old clients do not expect null.`
  }
);

// src/contracts/rules/response-enum-value-added.ts
var response_enum_value_added_default = defineContractRule(
  {
    id: "response-enum-value-added",
    defaultSeverity: "warning",
    summary: "A response enum gains a value old clients don't know."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "response",
    message: (c) => `Response ${subject(c, "enum")} gained ${c.detail}${affected(c)}; old clients do not know it.`
  }
);

// src/contracts/rules/request-body-became-required.ts
var request_body_became_required_default = defineContractRule(
  {
    id: "request-body-became-required",
    defaultSeverity: "error",
    summary: "A request body becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "request-body-became-required",
    message: (c) => `The request body became required${affected(c)}; old clients that send none are rejected.`
  }
);

// src/contracts/rules/request-media-type-removed.ts
var request_media_type_removed_default = defineContractRule(
  {
    id: "request-media-type-removed",
    defaultSeverity: "error",
    summary: "A request content type is no longer accepted."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "request-media-type-removed",
    message: (c) => `Request content type ${c.detail} is no longer accepted${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/request-property-removed.ts
var request_property_removed_default = defineContractRule(
  {
    id: "request-property-removed",
    defaultSeverity: "warning",
    summary: "A property is removed from a request body schema; old clients still send it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} was removed${affected(c)}; old clients still send it and the server now ignores or rejects it.`
  }
);

// src/contracts/rules/request-required-property-added.ts
var request_required_property_added_default = defineContractRule(
  {
    id: "request-required-property-added",
    defaultSeverity: "error",
    summary: "A new required property is added to a request body schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-property-added" && c.flow === "request",
    message: (c) => c.severity === "warning" ? `New required request property ${subject(c)}${affected(c)}; old clients do not send it, and it has a default: a warning, as long as the server fills the default when it is missing.` : `New required request property ${subject(c)}${affected(c)}; old clients do not send it.`
  }
);

// src/contracts/rules/request-property-became-required.ts
var request_property_became_required_default = defineContractRule(
  {
    id: "request-property-became-required",
    defaultSeverity: "error",
    summary: "A request property becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-required" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} became required${affected(c)}; old clients may omit it.`
  }
);

// src/contracts/rules/request-property-type-changed.ts
var request_property_type_changed_default = defineContractRule(
  {
    id: "request-property-type-changed",
    defaultSeverity: "error",
    summary: "A request property's type or format changes so that values old clients send are rejected."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "request" && !c.parameter,
    message: (c) => `Request ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`
  }
);

// src/contracts/rules/request-enum-value-removed.ts
var request_enum_value_removed_default = defineContractRule(
  {
    id: "request-enum-value-removed",
    defaultSeverity: "error",
    summary: "A request enum loses a value old clients send."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "request" && !c.parameter,
    message: (c) => `Request ${subject(c, "enum")} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/request-constraint-tightened.ts
var request_constraint_tightened_default = defineContractRule(
  {
    id: "request-constraint-tightened",
    defaultSeverity: "error",
    summary: "A request constraint is tightened (max down, min up, pattern or format added or changed)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-tightened" && c.flow === "request",
    message: (c) => `Request ${subject(c)} constraint tightened: ${c.detail}${affected(c)}; values old clients send may now be rejected.`
  }
);

// src/contracts/rules/request-closed-to-extra-properties.ts
var request_closed_to_extra_properties_default = defineContractRule(
  {
    id: "request-closed-to-extra-properties",
    defaultSeverity: "error",
    summary: "`additionalProperties: false` is added to a request schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "closed-to-extra-properties" && c.flow === "request",
    message: (c) => `Request schema${c.name ? " " + subject(c) : ""} now rejects unknown properties (${c.detail})${affected(c)}; old clients may send extra fields.`
  }
);

// src/contracts/rules/parameter-removed.ts
var parameter_removed_default = defineContractRule(
  {
    id: "parameter-removed",
    defaultSeverity: "warning",
    summary: "A parameter is removed; old clients still send it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "parameter-removed",
    message: (c) => `Parameter ${c.detail} was removed${affected(c)}; old clients still send it and it is now ignored.`
  }
);

// src/contracts/rules/required-parameter-added.ts
var required_parameter_added_default = defineContractRule(
  {
    id: "required-parameter-added",
    defaultSeverity: "error",
    summary: "A new required parameter is added."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-parameter-added",
    message: (c) => `New required ${c.detail}${affected(c)}; old clients do not send it.`
  }
);

// src/contracts/rules/parameter-became-required.ts
var parameter_became_required_default = defineContractRule(
  {
    id: "parameter-became-required",
    defaultSeverity: "error",
    summary: "A parameter becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "parameter-became-required",
    message: (c) => `${c.detail.charAt(0).toUpperCase() + c.detail.slice(1)} became required${affected(c)}; old clients may omit it.`
  }
);

// src/contracts/rules/parameter-type-changed.ts
var parameter_type_changed_default = defineContractRule(
  {
    id: "parameter-type-changed",
    defaultSeverity: "error",
    summary: "A parameter's type or format changes so that values old clients send are rejected."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "request" && c.parameter,
    message: (c) => `Parameter ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`
  }
);

// src/contracts/rules/parameter-enum-value-removed.ts
var parameter_enum_value_removed_default = defineContractRule(
  {
    id: "parameter-enum-value-removed",
    defaultSeverity: "error",
    summary: "A parameter enum loses a value old clients send."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "request" && c.parameter,
    message: (c) => `Parameter ${subject(c)} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/security-requirement-added.ts
var security_requirement_added_default = defineContractRule(
  {
    id: "security-requirement-added",
    defaultSeverity: "error",
    summary: "An operation needs new or stronger security."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "security-requirement-added",
    message: (c) => `Security tightened${affected(c)}: ${c.detail}; old clients are refused.`
  }
);

// src/contracts/rules/base-path-changed.ts
var base_path_changed_default = defineContractRule(
  {
    id: "base-path-changed",
    defaultSeverity: "error",
    summary: "The base path (Swagger 2.0 `basePath` or every OAS 3 server path) changes: every endpoint moves."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "base-path-changed",
    message: (c) => `The base path changed (${c.detail}); every endpoint moves and old clients call the old URLs.`
  }
);

// src/contracts/rules/contract-removed.ts
var contract_removed_default = defineContractRule(
  {
    id: "contract-removed",
    defaultSeverity: "error",
    summary: "A contract file is deleted, emptied, or renamed to a file that is not a contract."
  },
  {
    direction: "deploy",
    matches: never,
    message: (c) => `The contract ${c.detail}; clients and consumers built against it lose their description.`
  }
);

// src/contracts/rules/invalid-contract.ts
var invalid_contract_default = defineContractRule(
  {
    id: "invalid-contract",
    defaultSeverity: "error",
    summary: "The head version of a contract does not parse or is not a valid OpenAPI or JSON Schema document."
  },
  {
    direction: null,
    // file-level problems are emitted by the analyser itself; from the differ, only this one
    matches: (c) => c.kind === "too-deep",
    message: (c) => `This contract is not valid: ${c.detail}.`
  }
);

// src/contracts/rules/external-ref.ts
var external_ref_default = defineContractRule(
  {
    id: "external-ref",
    defaultSeverity: "error",
    summary: "A `$ref` points to a URL or outside the repository, which the gate never reads."
  },
  {
    direction: null,
    matches: never,
    message: (c) => `$ref ${c.detail} cannot be checked: the gate never fetches URLs or reads outside the repository.`
  }
);

// src/contracts/rules/endpoint-added.ts
var endpoint_added_default = defineContractRule(
  {
    id: "endpoint-added",
    defaultSeverity: "notice",
    summary: "A new operation: clients that adopt it get 404 after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "endpoint-added",
    message: (c) => `New operation ${c.detail}: clients that adopt it get 404 if this release is rolled back.`
  }
);

// src/contracts/rules/response-property-added.ts
var response_property_added_default = defineContractRule(
  {
    id: "response-property-added",
    defaultSeverity: "notice",
    summary: "A new response property: clients must tolerate its absence after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => (c.kind === "optional-property-added" || c.kind === "required-property-added" || c.kind === "property-added-to-closed") && c.flow === "response",
    message: (c) => `New response ${fieldKind(c)} ${subject(c)}${affected(c)}: clients that start reading it must tolerate its absence after a rollback.`
  }
);

// src/contracts/rules/request-enum-value-added.ts
var request_enum_value_added_default = defineContractRule(
  {
    id: "request-enum-value-added",
    defaultSeverity: "warning",
    summary: "A request enum gains a value that the old server rejects after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "request",
    message: (c) => `Request ${subject(c, "enum")} now accepts ${c.detail}${affected(c)}; clients that send it are rejected by the old server after a rollback.`
  }
);

// src/contracts/rules/request-property-added-to-closed-schema.ts
var request_property_added_to_closed_schema_default = defineContractRule(
  {
    id: "request-property-added-to-closed-schema",
    defaultSeverity: "warning",
    summary: "A property is added to a request schema that the old server closed to extra properties."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "property-added-to-closed" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} is new in a schema that forbade extra properties${affected(c)}; clients that send it are rejected by the old server after a rollback.`
  }
);

// src/contracts/rules/schema-property-removed.ts
var schema_property_removed_default = defineContractRule(
  {
    id: "schema-property-removed",
    defaultSeverity: "error",
    summary: "A property is removed from a standalone schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "event",
    message: (c) => `Property ${subject(c)} was removed (${c.object}); old consumers still read it and old producers still write it.`
  }
);

// src/contracts/rules/schema-required-property-added.ts
var schema_required_property_added_default = defineContractRule(
  {
    id: "schema-required-property-added",
    defaultSeverity: "error",
    summary: "A new required property: old producers' messages lack it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-property-added" && c.flow === "event",
    message: (c) => `New required property ${subject(c)} (${c.object}); messages from old producers lack it.`
  }
);

// src/contracts/rules/schema-property-became-required.ts
var schema_property_became_required_default = defineContractRule(
  {
    id: "schema-property-became-required",
    defaultSeverity: "error",
    summary: "A property of a standalone schema becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-required" && c.flow === "event",
    message: (c) => `Property ${subject(c)} became required (${c.object}); messages from old producers may lack it.`
  }
);

// src/contracts/rules/schema-property-became-optional.ts
var schema_property_became_optional_default = defineContractRule(
  {
    id: "schema-property-became-optional",
    defaultSeverity: "error",
    summary: "A property of a standalone schema is no longer required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-optional" && c.flow === "event",
    message: (c) => `Property ${subject(c)} is no longer required (${c.object}); old consumers rely on it and meet messages from new producers without it.`
  }
);

// src/contracts/rules/schema-type-changed.ts
var schema_type_changed_default = defineContractRule(
  {
    id: "schema-type-changed",
    defaultSeverity: "error",
    summary: "A type in a standalone schema is narrowed or changed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "event",
    message: (c) => `${subject(c, "The schema")} changed type: ${c.detail} (${c.object}); old and new producers and consumers meet in the same queue or table, so messages one side writes no longer validate for the other.`
  }
);

// src/contracts/rules/schema-enum-value-removed.ts
var schema_enum_value_removed_default = defineContractRule(
  {
    id: "schema-enum-value-removed",
    defaultSeverity: "error",
    summary: "An enum of a standalone schema loses a value."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "event",
    message: (c) => `${subject(c, "The enum")} no longer allows ${c.detail} (${c.object}); old producers still write it.`
  }
);

// src/contracts/rules/schema-enum-value-added.ts
var schema_enum_value_added_default = defineContractRule(
  {
    id: "schema-enum-value-added",
    defaultSeverity: "warning",
    summary: "An enum of a standalone schema gains a value: old consumers meet an unknown value after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "event",
    message: (c) => `${subject(c, "The enum")} gained ${c.detail} (${c.object}); old consumers meet it during the rollout and after a rollback.`
  }
);

// src/contracts/rules/schema-constraint-tightened.ts
var schema_constraint_tightened_default = defineContractRule(
  {
    id: "schema-constraint-tightened",
    defaultSeverity: "error",
    summary: "A constraint of a standalone schema is tightened."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-tightened" && c.flow === "event",
    message: (c) => `${subject(c, "The schema")} constraint tightened: ${c.detail} (${c.object}); existing messages may no longer validate.`
  }
);

// src/contracts/rules/schema-closed-to-extra-properties.ts
var schema_closed_to_extra_properties_default = defineContractRule(
  {
    id: "schema-closed-to-extra-properties",
    defaultSeverity: "error",
    summary: "`additionalProperties: false` (or `unevaluatedProperties: false`) is added to a standalone schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "closed-to-extra-properties" && c.flow === "event",
    message: (c) => `The schema now rejects unknown properties (${c.detail}, ${c.object}); messages with extra fields no longer validate.`
  }
);

// src/contracts/rules/schema-property-added-to-closed-schema.ts
var schema_property_added_to_closed_schema_default = defineContractRule(
  {
    id: "schema-property-added-to-closed-schema",
    defaultSeverity: "error",
    summary: "A property is added to a schema whose base version forbade extra properties: old consumers reject the new messages."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "property-added-to-closed" && c.flow === "event",
    message: (c) => `Property ${subject(c)} is new in a schema that forbade extra properties (${c.object}); old consumers reject messages that carry it.`
  }
);

// src/contracts/rules/schema-keyword-changed.ts
var schema_keyword_changed_default = defineContractRule(
  {
    id: "schema-keyword-changed",
    defaultSeverity: "warning",
    summary: "A schema keyword the differ does not compare changed (not, if/then/else, patternProperties, contains, \u2026): reported, never passed in silence."
  },
  {
    direction: null,
    matches: (c) => c.kind === "keyword-changed",
    message: (c) => `${subject(c, "The schema")}: ${c.detail} (${c.object}). rollback-guard does not judge what this keyword accepts, so it cannot tell whether the previous release's clients or consumers still work with it: check by hand.`
  }
);

// src/contracts/rules/channel-removed.ts
var channel_removed_default = defineContractRule(
  {
    id: "channel-removed",
    defaultSeverity: "error",
    summary: "An AsyncAPI channel that the previous release sends or receives on is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "channel-removed",
    message: (c) => `Channel ${c.detail.replace(/^channel /, "")} was removed${affected(c)}; consumers still subscribed to it stop getting messages, producers still publishing to it go unheard, and its queued messages are left behind.`
  }
);

// src/contracts/rules/message-removed.ts
var message_removed_default = defineContractRule(
  {
    id: "message-removed",
    defaultSeverity: "error",
    summary: "An AsyncAPI message that the application sends or receives on a channel is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "message-removed",
    message: (c) => `The ${c.detail.replace(/^message /, "message ")} was removed${affected(c)}; consumers built against the previous version still wait for it, producers still send it, and the previous release (after a rollback) expects it again.`
  }
);

// src/contracts/rules/channel-added.ts
var channel_added_default = defineContractRule(
  {
    id: "channel-added",
    defaultSeverity: "notice",
    summary: "A new AsyncAPI channel: what adopts it goes quiet after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "channel-added",
    message: (c) => `New channel ${c.detail.replace(/^channel /, "")}${affected(c)}: if this release is rolled back, nothing sends on it or reads from it any more; consumers and producers that adopt it must live without it.`
  }
);

// src/contracts/rules/message-added.ts
var message_added_default = defineContractRule(
  {
    id: "message-added",
    defaultSeverity: "notice",
    summary: "A new AsyncAPI message on an existing channel: it disappears again after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "message-added",
    message: (c) => `New ${c.detail}${affected(c)}: if this release is rolled back the previous one neither sends nor reads it; consumers that adopt it must live without it, and producers' messages of this kind go unread.`
  }
);

// src/contracts/rules/response-constraint-loosened.ts
var response_constraint_loosened_default = defineContractRule(
  {
    id: "response-constraint-loosened",
    defaultSeverity: "warning",
    summary: "A response constraint is loosened (max up or removed, min down or removed, pattern removed or changed)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-loosened" && c.flow === "response",
    message: (c) => `Response ${subject(c)} constraint loosened: ${c.detail}${affected(c)}; clients built against the previous version that validate responses (or size buffers and columns by them) may refuse the new values.`
  }
);

// src/contracts/rules/schema-constraint-loosened.ts
var schema_constraint_loosened_default = defineContractRule(
  {
    id: "schema-constraint-loosened",
    defaultSeverity: "warning",
    summary: "A constraint of a standalone schema or message payload is loosened (max up, min down, pattern removed)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-loosened" && c.flow === "event",
    message: (c) => `${subject(c, "The schema")} constraint loosened: ${c.detail} (${c.object}); old consumers that validate messages may refuse what new producers write.`
  }
);

// src/contracts/rules/default-value-changed.ts
var default_value_changed_default = defineContractRule(
  {
    id: "default-value-changed",
    defaultSeverity: "warning",
    summary: "A default value changes: what an absent value means differs between the two releases."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "default-changed",
    message: (c) => c.flow === "request" ? `${c.parameter ? "Parameter" : "Request"} ${subject(c)}: ${c.detail}${affected(c)}; clients that omit it get another behaviour from the new server, and the previous one again after a rollback.` : `${subject(c, "The schema")}: ${c.detail} (${c.object})${affected(c)}; readers that fill in the default for an absent value now disagree with writers of the other release.`
  }
);

// src/contracts/rules/index.ts
var contractRuleList = [
  endpoint_removed_default,
  response_status_removed_default,
  response_media_type_removed_default,
  response_property_removed_default,
  response_property_type_changed_default,
  response_property_became_optional_default,
  response_property_became_nullable_default,
  response_enum_value_added_default,
  request_body_became_required_default,
  request_media_type_removed_default,
  request_property_removed_default,
  request_required_property_added_default,
  request_property_became_required_default,
  request_property_type_changed_default,
  request_enum_value_removed_default,
  request_constraint_tightened_default,
  request_closed_to_extra_properties_default,
  parameter_removed_default,
  required_parameter_added_default,
  parameter_became_required_default,
  parameter_type_changed_default,
  parameter_enum_value_removed_default,
  security_requirement_added_default,
  base_path_changed_default,
  contract_removed_default,
  invalid_contract_default,
  external_ref_default,
  endpoint_added_default,
  response_property_added_default,
  request_enum_value_added_default,
  request_property_added_to_closed_schema_default,
  schema_property_removed_default,
  schema_required_property_added_default,
  schema_property_became_required_default,
  schema_property_became_optional_default,
  schema_type_changed_default,
  schema_enum_value_removed_default,
  schema_enum_value_added_default,
  schema_constraint_tightened_default,
  schema_closed_to_extra_properties_default,
  schema_property_added_to_closed_schema_default,
  schema_keyword_changed_default,
  channel_removed_default,
  message_removed_default,
  channel_added_default,
  message_added_default,
  response_constraint_loosened_default,
  schema_constraint_loosened_default,
  default_value_changed_default
];
var contractRules = contractRuleList.map((r) => r.meta);
var byId = new Map(contractRuleList.map((r) => [r.meta.id, r]));
function contractRule(id) {
  const rule = byId.get(id);
  if (!rule) throw new Error(`internal error: no contract rule '${id}'`);
  return rule;
}

// src/policy/process-rules.ts
var processRules = [
  {
    id: "config-changed",
    category: "config",
    defaultSeverity: "notice",
    summary: "The PR changes the gate's configuration; the change applies after merge."
  },
  {
    id: "invalid-config",
    category: "config",
    defaultSeverity: "error",
    summary: "The configuration file does not validate; the CLI exits 2."
  },
  {
    id: "unreadable-file",
    category: "config",
    defaultSeverity: "error",
    summary: "A changed file that an analyser needs could not be read (too large, undecodable, a link out of the repository)."
  },
  {
    id: "suppression-without-reason",
    category: "config",
    defaultSeverity: "warning",
    summary: "An inline suppression gives no reason."
  },
  {
    id: "unused-suppression",
    category: "config",
    defaultSeverity: "notice",
    summary: "An inline suppression matches no finding."
  }
];

// src/rules.ts
var allRules = [
  ...migrationRules.map((r) => r.meta),
  ...contractRules,
  ...processRules
];
var byId2 = new Map(allRules.map((r) => [r.id, r]));
function ruleMeta(id) {
  return byId2.get(id);
}

export {
  statementKey,
  statementKeys,
  ColumnIdioms,
  PrLookahead,
  uniqueKeysOf,
  snapshotUniqueKeys,
  snapshotForeignKeys,
  checkAcceptsAll,
  BranchAdditions,
  checkPassesOldInserts,
  literalDefault,
  hiddenByDialect,
  DefaultsSetInPr,
  migrationRules,
  fileRules,
  statementRules,
  operationRulesFor,
  contractRuleList,
  contractRule,
  allRules,
  ruleMeta
};
