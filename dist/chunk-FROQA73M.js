import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  LineIndex,
  lineStarts,
  linesOfOffsets,
  position
} from "./chunk-3MRRVRCS.js";
import {
  isSqlFileName
} from "./chunk-OKPMEVZ6.js";
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";

// src/migrations/code/liquibase-files.ts
function changelogFormat(path) {
  const m = /\.(xml|ya?ml|json)$/i.exec(path);
  if (!m) return null;
  const ext = m[1].toLowerCase();
  return ext === "xml" ? "xml" : ext === "json" ? "json" : "yaml";
}
function looksLikeChangelog(path, text) {
  const format = changelogFormat(path);
  const head = text.slice(0, 8192);
  if (format === "xml") return /<(?:[\w.-]+:)?databaseChangeLog[\s>/]/.test(head);
  if (format === "json") return /^\s*\{/.test(head) && /"databaseChangeLog"\s*:\s*\[/.test(head);
  if (format === "yaml") return /^["']?databaseChangeLog["']?[ \t]*:/m.test(head);
  return false;
}
function isChangelogFileName(path) {
  return changelogFormat(path) !== null;
}
function touchesChangelogFile(files) {
  const may = (path) => isChangelogFileName(path) && inChangelogPlace(path);
  return files.some((f) => may(f.path) || f.oldPath !== void 0 && may(f.oldPath));
}
function generatedSnapshot(text) {
  const head = text.slice(0, 65536);
  const authors = head.match(/(?:\bauthor\s*=\s*["'][^"']*["']|["']?author["']?\s*:\s*["']?[^\n"',}]*)/g) ?? [];
  return authors.length > 0 && authors.every((a) => /\(generated\)/.test(a));
}
function masterChangelog(path, text) {
  const format = changelogFormat(path);
  const key = (name) => format === "xml" ? new RegExp(`<(?:[\\w.-]+:)?${name}[\\s>/]`) : format === "json" ? new RegExp(`"${name}"\\s*:`) : new RegExp(`(?:^|[\\s-])["']?${name}["']?[ \\t]*:`, "m");
  return !key("changeSet").test(text) && (key("include").test(text) || key("includeAll").test(text));
}
function isMigrationFileName(path) {
  return isSqlFileName(path) || isChangelogFileName(path);
}
function inChangelogPlace(path) {
  const parts = path.toLowerCase().split("/");
  const name = parts.pop() ?? "";
  if (/changelog|liquibase|changeset/.test(name)) return true;
  return parts.some((d) => /changelog|liquibase/.test(d) || d === "db" || d === "migrations" || d === "migration" || d === "changesets");
}

// src/migrations/model.ts
function isSerialType(type) {
  return /^(small|big)?serial[248]?$/i.test(type ?? "");
}
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

// src/migrations/column-types.ts
var ALIASES = {
  int: "int4",
  integer: "int4",
  int4: "int4",
  serial: "int4",
  serial4: "int4",
  mediumint: "int3",
  bigint: "int8",
  int8: "int8",
  bigserial: "int8",
  serial8: "int8",
  smallint: "int2",
  int2: "int2",
  smallserial: "int2",
  serial2: "int2",
  tinyint: "int1",
  "character varying": "varchar",
  varchar: "varchar",
  nvarchar: "varchar",
  "varying character": "varchar",
  character: "char",
  char: "char",
  bpchar: "char",
  nchar: "char",
  text: "text",
  tinytext: "tinytext",
  mediumtext: "mediumtext",
  longtext: "longtext",
  clob: "text",
  numeric: "numeric",
  decimal: "numeric",
  dec: "numeric",
  real: "float4",
  float4: "float4",
  float: "float8",
  "double precision": "float8",
  double: "float8",
  float8: "float8",
  bool: "bool",
  boolean: "bool",
  timestamptz: "timestamptz",
  "timestamp with time zone": "timestamptz",
  timestamp: "timestamp",
  "timestamp without time zone": "timestamp",
  time: "time",
  "time without time zone": "time",
  timetz: "timetz",
  "time with time zone": "timetz",
  datetime: "datetime",
  varbit: "varbit",
  "bit varying": "varbit",
  varbinary: "varbinary",
  binary: "binary",
  blob: "blob",
  tinyblob: "tinyblob",
  mediumblob: "mediumblob",
  longblob: "longblob",
  bytea: "bytea",
  json: "json",
  jsonb: "jsonb"
};
var INT_RANK = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
var TEXT_RANK = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
var BLOB_RANK = { tinyblob: 1, blob: 2, mediumblob: 3, longblob: 4 };
var TEMPORAL = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time", "timetz", "datetime"]);
var isMysql = (dialect) => dialect === "mysql" || dialect === "mariadb";
function parseType(raw, dialect) {
  let t = raw.trim().toLowerCase().replace(/\s+/g, " ");
  t = t.replace(/^pg_catalog\./, "");
  const m = /^([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*(unsigned)?(\s+[a-z ]*)?$/.exec(t);
  if (!m) return { base: t, args: [] };
  let name = m[1].trim();
  const suffix = (m[4] ?? "").trim();
  if (suffix !== "" && ALIASES[`${name} ${suffix}`] !== void 0) name = `${name} ${suffix}`;
  const args = (m[2] ?? "").split(",").map((a) => Number.parseInt(a.trim(), 10)).filter((n) => Number.isFinite(n));
  let base = ALIASES[name] ?? name;
  if (isMysql(dialect)) {
    if (base === "bool" || name === "tinyint" && args.length === 1 && args[0] === 1 && !m[3]) return { base: "bool", args: [] };
    if (name === "float") return { base: args.length === 1 && args[0] > 24 ? "float8" : "float4", args: args.length === 2 ? args : [] };
    if (name === "real") base = "float8";
    if (base === "numeric" && args.length < 2) return { base, args: [args[0] ?? 10, 0] };
  }
  if (m[3]) base += " unsigned";
  if (base.startsWith("int") && args.length > 0 && /^(int|integer|bigint|smallint|tinyint|mediumint)/.test(name)) {
    return { base, args: [] };
  }
  if (TEMPORAL.has(base) && args.length === 0) return { base, args: [isMysql(dialect) ? 0 : 6] };
  return { base, args };
}
function arrayOf(type) {
  const m = /^(.*?)((?:\s*\[\s*\d*\s*\])+)\s*$/.exec(type);
  return m ? [m[1], (m[2].match(/\[/g) ?? []).length] : [type, 0];
}
function sqliteAffinity(type) {
  const t = type.toLowerCase();
  if (t.trim() === "" || t === "unspecified") return "blob";
  if (t.includes("int")) return "numeric";
  if (/char|clob|text/.test(t)) return "text";
  if (t.includes("blob")) return "blob";
  if (/real|floa|doub/.test(t)) return "real";
  return "numeric";
}
function compareTypes(oldType, newType, dialect) {
  if (/\benum\s*\(/i.test(oldType) || /\benum\s*\(/i.test(newType)) {
    return /\benum\s*\(/i.test(oldType) && /\benum\s*\(/i.test(newType) ? "same" : "change";
  }
  if (dialect === "sqlite") {
    const affinity = sqliteAffinity(oldType);
    if (affinity !== sqliteAffinity(newType)) return "change";
    if (affinity === "real") return "same";
    return compareTypes(oldType, newType) === "widen" ? "widen" : "same";
  }
  const [oldElement, oldDims] = arrayOf(oldType);
  const [newElement, newDims] = arrayOf(newType);
  if (oldDims !== newDims) return "change";
  if (oldDims > 0) return compareTypes(oldElement, newElement, dialect);
  const a = parseType(oldType, dialect);
  const b = parseType(newType, dialect);
  if (a.base === b.base && a.args.join(",") === b.args.join(",")) return "same";
  if ((dialect === void 0 || dialect === "postgres" || dialect === "cockroach") && isUnbounded(a) && isUnbounded(b)) return "same";
  if (TEMPORAL.has(a.base) && a.base === b.base) return (b.args[0] ?? 0) > (a.args[0] ?? 0) ? "widen" : "change";
  if (a.base === "date" && (b.base === "datetime" || b.base === "timestamp" && !isMysql(dialect))) return "widen";
  if ((a.base === "varchar" || a.base === "char") && b.base === "varchar") {
    if (b.args.length === 0) return "widen";
    const from = a.args[0] ?? (a.base === "char" ? 1 : void 0);
    return from !== void 0 && b.args[0] >= from ? "widen" : "change";
  }
  if (a.base === "char" && b.base === "char" && isMysql(dialect)) return (b.args[0] ?? 1) >= (a.args[0] ?? 1) ? "widen" : "change";
  if ((a.base === "varchar" || a.base === "char") && (b.base === "text" || TEXT_RANK[b.base] !== void 0)) {
    if (b.base === "text" && !isMysql(dialect) || a.args.length === 0 || a.args[0] <= 16383 || (TEXT_RANK[b.base] ?? 0) >= 3) return "widen";
    return "change";
  }
  if (a.base === "text" && b.base === "text" && a.args.length > 0 && (b.args.length === 0 || b.args[0] >= a.args[0])) return "widen";
  if (TEXT_RANK[a.base] !== void 0 && TEXT_RANK[b.base] !== void 0) {
    return TEXT_RANK[b.base] > TEXT_RANK[a.base] ? "widen" : "change";
  }
  if (BLOB_RANK[a.base] !== void 0 && BLOB_RANK[b.base] !== void 0) {
    return BLOB_RANK[b.base] > BLOB_RANK[a.base] ? "widen" : "change";
  }
  if ((a.base === "varbinary" || a.base === "varbit") && b.base === a.base && a.args.length > 0 && (b.args[0] ?? Infinity) >= a.args[0]) return "widen";
  const ai = INT_RANK[a.base.replace(/ unsigned$/, "")];
  const bi = INT_RANK[b.base.replace(/ unsigned$/, "")];
  if (ai !== void 0 && bi !== void 0) {
    const aUnsigned = a.base.endsWith(" unsigned");
    const bUnsigned = b.base.endsWith(" unsigned");
    if (aUnsigned === bUnsigned) return bi > ai ? "widen" : "change";
    if (!aUnsigned && bUnsigned) return "change";
    return bi > ai ? "widen" : "change";
  }
  if (a.base === "float4" && b.base === "float8") return "widen";
  if (a.base === "numeric" && b.base === "numeric") {
    if (b.args.length === 0) return "widen";
    if (a.args.length === 0) return "change";
    const [p1, s1 = 0] = a.args;
    const [p2, s2 = 0] = b.args;
    return s1 === s2 && p2 >= p1 ? "widen" : "change";
  }
  if (ai !== void 0 && b.base === "numeric" && b.args.length === 0) return "widen";
  return "change";
}
function isUnbounded(t) {
  return (t.base === "text" || t.base === "varchar") && t.args.length === 0;
}
function enumValuesOf(type) {
  if (!type) return null;
  const m = /^\s*enum\s*\(([\s\S]*)\)/i.exec(type);
  if (!m) return null;
  const values = [];
  const re = /'((?:[^'\\]|''|\\.)*)'|"((?:[^"\\]|""|\\.)*)"/g;
  for (let v = re.exec(m[1]); v; v = re.exec(m[1])) values.push((v[1] ?? v[2]).replace(/''/g, "'"));
  return values;
}

// src/migrations/parse/lexer.ts
var POSTGRES = {
  dashNeedsBlank: false,
  crEndsLineComment: true,
  hashComments: false,
  nestedComments: true,
  executableComments: false,
  backslashEscapes: false,
  postgresQuotes: true,
  backticks: false,
  brackets: "none"
};
var MYSQL = {
  dashNeedsBlank: true,
  crEndsLineComment: false,
  hashComments: true,
  nestedComments: false,
  executableComments: true,
  backslashEscapes: true,
  postgresQuotes: false,
  backticks: true,
  brackets: "none"
};
var SQLITE = { ...POSTGRES, crEndsLineComment: false, nestedComments: false, postgresQuotes: false, backticks: true, brackets: "first" };
var MSSQL = { ...POSTGRES, postgresQuotes: false, brackets: "doubled" };
var CLICKHOUSE = { ...MYSQL, dashNeedsBlank: false, executableComments: false };
var H2 = { ...POSTGRES, nestedComments: false, postgresQuotes: false };
var LEXICONS = { postgres: POSTGRES, cockroach: POSTGRES, mysql: MYSQL, mariadb: MYSQL, sqlite: SQLITE, mssql: MSSQL, clickhouse: CLICKHOUSE, h2: H2 };
function lexiconOf(dialect) {
  return LEXICONS[dialect];
}
var specials = /* @__PURE__ */ new Map();
function specialCharacters(dialect, extra = "") {
  const key = `${dialect}\0${extra}`;
  let re = specials.get(key);
  if (!re) {
    const lex = lexiconOf(dialect);
    const chars = `-/'"\0` + (lex.hashComments ? "#" : "") + (lex.executableComments ? "*" : "") + (lex.backticks ? "`" : "") + (lex.brackets !== "none" ? "[" : "") + (lex.postgresQuotes ? "$" : "") + extra;
    const escaped = [...new Set(chars)].map((c) => c === "\0" ? "\\0" : /[\\\]^\-[]/.test(c) ? `\\${c}` : c).join("");
    re = new RegExp(`[${escaped}]`, "g");
    specials.set(key, re);
  }
  return re;
}
function isWordChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 36 || code >= 128;
}
var DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
var LINE_END_CR = /[\n\r]/g;
var NESTED_COMMENT = /\/\*|\*\//g;
var QUOTE_OR_BACKSLASH = /* @__PURE__ */ new Map();
var EXEC_VERSION = /[0-9]*/y;
var SqlScanner = class {
  constructor(source, dialect, to = source.length, from = 0) {
    this.to = to;
    this.source = to < source.length ? source.slice(0, to) : source;
    this.lexicon = lexiconOf(dialect);
    this.boundary = from;
  }
  to;
  lexicon;
  /** End of the last lexeme: a word that may own a `$` or an `E` starts no earlier. */
  boundary;
  /** Inside a MySQL `/*! … *\/` comment (its body is code). */
  executable = false;
  /** Start of the run of word characters that ends at `runEnd` (memo: each run is walked once). */
  runEnd = -1;
  runStart = -1;
  /** The text up to `to`: every search stops there (a section of a long file costs its own length). */
  source;
  /** Whether a MySQL `/*! … *\/` comment is open (its `*\/` is still to come). */
  get inExecutableComment() {
    return this.executable;
  }
  /** The lexeme starting at `i`, or null when the character at `i` starts none. */
  at(i) {
    const s = this.source;
    const lex = this.lexicon;
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    let out = null;
    if (c === 45 && next === 45) {
      if (!lex.dashNeedsBlank || i + 2 >= this.to || s.charCodeAt(i + 2) <= 32 || s.charCodeAt(i + 2) === 127) out = this.lineComment(i);
    } else if (c === 35 && lex.hashComments) {
      out = this.lineComment(i);
    } else if (c === 47 && next === 42) {
      out = this.blockComment(i);
    } else if (c === 42 && next === 47 && this.executable) {
      this.executable = false;
      out = { kind: "exec-close", start: i, end: i + 2, bodyStart: i, bodyEnd: i };
    } else if (c === 39) {
      out = this.quoted(i, "'", lex.backslashEscapes || this.isEString(i));
    } else if (c === 34) {
      out = this.quoted(i, '"', lex.backslashEscapes);
    } else if (c === 96 && lex.backticks) {
      out = this.quoted(i, "`", false);
    } else if (c === 91 && lex.brackets !== "none") {
      out = lex.brackets === "doubled" ? this.quoted(i, "]", false, "[") : this.bracket(i);
    } else if (c === 36 && lex.postgresQuotes) {
      out = this.dollar(i);
    }
    if (out) this.boundary = out.end;
    return out;
  }
  lineComment(i) {
    const s = this.source;
    let end;
    if (this.lexicon.crEndsLineComment) {
      LINE_END_CR.lastIndex = i;
      end = LINE_END_CR.exec(s)?.index ?? -1;
    } else end = s.indexOf("\n", i);
    if (end === -1 || end > this.to) end = this.to;
    return { kind: "line-comment", start: i, end, bodyStart: i, bodyEnd: end };
  }
  blockComment(i) {
    const s = this.source;
    const lex = this.lexicon;
    if (lex.executableComments && !this.executable) {
      const bang = s.charCodeAt(i + 2) === 33 ? i + 3 : s.charCodeAt(i + 2) === 77 && s.charCodeAt(i + 3) === 33 ? i + 4 : -1;
      if (bang !== -1) {
        EXEC_VERSION.lastIndex = bang;
        EXEC_VERSION.exec(s);
        this.executable = true;
        const end2 = Math.min(EXEC_VERSION.lastIndex, this.to);
        return { kind: "exec-open", start: i, end: end2, bodyStart: i, bodyEnd: end2 };
      }
    }
    let end = -1;
    if (lex.nestedComments) {
      let depth = 0;
      NESTED_COMMENT.lastIndex = i;
      for (let m = NESTED_COMMENT.exec(s); m && m.index + 2 <= this.to; m = NESTED_COMMENT.exec(s)) {
        if (m[0] === "/*") depth++;
        else if (--depth === 0) {
          end = m.index + 2;
          break;
        }
      }
    } else {
      const close = s.indexOf("*/", i + 2);
      if (close !== -1 && close + 2 <= this.to) end = close + 2;
    }
    return end === -1 ? { kind: "block-comment", start: i, end: this.to, bodyStart: i, bodyEnd: this.to, unterminated: "a /* comment" } : { kind: "block-comment", start: i, end, bodyStart: i, bodyEnd: end };
  }
  /**
   * `E'…'` (Postgres, CockroachDB): the `E` is a token of its own right before the quote, after
   * nothing that a word goes on from (`abcE'…'` is a name and a plain string; `$1E'…'` a
   * parameter and an E string).
   */
  isEString(i) {
    if (!this.lexicon.postgresQuotes) return false;
    const e = this.source.charCodeAt(i - 1);
    if (e !== 69 && e !== 101 || i - 1 < this.boundary) return false;
    let j = i - 1;
    while (j > this.boundary && isWordChar(this.source.charCodeAt(j - 1))) j--;
    return lastToken(this.source.slice(j, i)).length === 1;
  }
  /**
   * `'…'`, `"…"`, `` `…` ``, T-SQL `[…]`: the closing `quote` doubled stands for itself; with
   * `backslash`, a backslash escapes the next character.
   */
  quoted(i, quote, backslash, open = quote) {
    const s = this.source;
    let escape;
    if (backslash) {
      escape = QUOTE_OR_BACKSLASH.get(quote);
      if (!escape) QUOTE_OR_BACKSLASH.set(quote, escape = new RegExp(`[${quote === "]" ? "\\]" : quote}\\\\]`, "g"));
    }
    let j = i + 1;
    for (; ; ) {
      let at;
      if (escape) {
        escape.lastIndex = j;
        at = escape.exec(s)?.index ?? -1;
      } else at = s.indexOf(quote, j);
      if (at === -1 || at >= this.to) {
        return { kind: "quoted", quote: open, start: i, end: this.to, bodyStart: i + 1, bodyEnd: this.to, unterminated: open === "'" ? "a quoted string" : `a ${open}quoted name` };
      }
      if (escape && s.charCodeAt(at) === 92) {
        j = at + 2;
        continue;
      }
      if (s.startsWith(quote, at + 1) && at + 1 < this.to) {
        j = at + 2;
        continue;
      }
      if (backslash && this.lexicon.postgresQuotes) {
        const again = continuedString(s, at + 1, this.to);
        if (again !== -1) {
          j = again + 1;
          continue;
        }
      }
      return { kind: "quoted", quote: open, start: i, end: at + 1, bodyStart: i + 1, bodyEnd: at };
    }
  }
  /** SQLite `[name]`: up to the first `]` (tokenize.c has no way to write one inside). */
  bracket(i) {
    const close = this.source.indexOf("]", i + 1);
    if (close === -1 || close >= this.to) return { kind: "quoted", quote: "[", start: i, end: this.to, bodyStart: i + 1, bodyEnd: this.to, unterminated: "a [quoted name" };
    return { kind: "quoted", quote: "[", start: i, end: close + 1, bodyStart: i + 1, bodyEnd: close };
  }
  /**
   * A dollar quote opening at `i`, or null when that `$` continues a word (`x$$y` is one name,
   * `1e5$$` a number's trailing junk) or is no quote at all.
   */
  dollar(i) {
    const s = this.source;
    let j = i;
    while (j > this.boundary && isWordChar(s.charCodeAt(j - 1))) {
      j--;
      if (j === this.runEnd) {
        j = Math.max(this.runStart, this.boundary);
        break;
      }
    }
    this.runEnd = i;
    this.runStart = j;
    if (j < i && lastToken(s.slice(j, i)) !== "") return null;
    DOLLAR_TAG.lastIndex = i;
    const tag = DOLLAR_TAG.exec(s);
    if (!tag || i + tag[0].length > this.to) return null;
    const body = i + tag[0].length;
    const close = s.indexOf(tag[0], body);
    if (close === -1 || close + tag[0].length > this.to) {
      return { kind: "dollar", start: i, end: this.to, bodyStart: body, bodyEnd: this.to, unterminated: `a ${tag[0]} quote` };
    }
    return { kind: "dollar", start: i, end: close + tag[0].length, bodyStart: body, bodyEnd: close };
  }
};
function lastToken(run) {
  return run.replace(/^(?:[0-9]+|\$[0-9]+)*/, "");
}
function continuedString(s, after, to) {
  let k = after;
  let newline = false;
  for (; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 13) newline = true;
    else if (c !== 32 && c !== 9 && c !== 12 && c !== 11) break;
  }
  return newline && k < to && s.charCodeAt(k) === 39 ? k : -1;
}
function forEachLexeme(source, dialect, visit, from = 0, to = source.length) {
  const scanner = new SqlScanner(source, dialect, to, from);
  const special = specialCharacters(dialect);
  let i = from;
  while (i < to) {
    special.lastIndex = i;
    const m = special.exec(source);
    if (!m || m.index >= to) break;
    const lexeme = scanner.at(m.index);
    if (lexeme) {
      visit(lexeme);
      i = Math.max(lexeme.end, m.index + 1);
    } else i = m.index + 1;
  }
  return scanner;
}

// src/migrations/parse/mask.ts
function spaces(text) {
  return /[\n\r]/.test(text) ? text.replace(/[^\n\r]+/g, (run) => " ".repeat(run.length)) : " ".repeat(text.length);
}
function maskSqlDetailed(text, dialect, { keepComments = false, keepStrings = false } = {}) {
  const parts = [];
  let done = 0;
  let unterminated2;
  const blank = (from, to) => {
    from = Math.max(from, done);
    if (to <= from) return;
    parts.push(text.slice(done, from), spaces(text.slice(from, to)));
    done = to;
  };
  forEachLexeme(text, dialect, (lexeme) => {
    unterminated2 ??= lexeme.unterminated;
    switch (lexeme.kind) {
      case "line-comment":
      case "block-comment":
        if (!keepComments && !lexeme.unterminated) blank(lexeme.start, lexeme.end);
        break;
      case "exec-open":
      case "exec-close":
        blank(lexeme.start, lexeme.end);
        break;
      case "quoted":
        if (lexeme.quote === "'" && !keepStrings && !lexeme.unterminated) blank(lexeme.bodyStart, lexeme.bodyEnd);
        break;
      case "dollar":
        if (!keepStrings && !lexeme.unterminated) blank(lexeme.bodyStart, lexeme.bodyEnd);
        break;
    }
  });
  if (done === 0) return { masked: text, unterminated: unterminated2 };
  parts.push(text.slice(done));
  return { masked: parts.join(""), unterminated: unterminated2 };
}
function maskSql(text, dialect) {
  return maskSqlDetailed(text, dialect).masked;
}
function withoutComments(text, dialect) {
  return maskSqlDetailed(text, dialect, { keepStrings: true }).masked;
}
function leadingBlanks(text, dialect = "postgres") {
  const scanner = new SqlScanner(text, dialect);
  let i = 0;
  for (; ; ) {
    SPACES.lastIndex = i;
    i += SPACES.exec(text)?.[0].length ?? 0;
    const lexeme = i < text.length ? scanner.at(i) : null;
    if (!lexeme || lexeme.kind !== "line-comment" && lexeme.kind !== "block-comment" || lexeme.unterminated) return i;
    i = lexeme.end;
  }
}
var SPACES = /\s*/y;
function topLevelPieces(masked, from = 0) {
  const starts = [from];
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const c = masked[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      let j = i + 1;
      while (j < masked.length && /\s/.test(masked[j])) j++;
      starts.push(j);
    }
  }
  return starts;
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
function parseWithSqlparser(text, dialect, firstLine4 = 1) {
  const read = sqlparserStatements(text, dialect);
  if (!read.ok) return read;
  const reading = { opaqueText: [] };
  const ops = [];
  try {
    for (const stmt of read.statements) for (const op of operationsOf(stmt, firstLine4, dialect, reading)) ops.push(op);
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
  const names2 = list.map((p) => ident(p, dialect));
  if (names2.length > 1 && (names2[0] === "main" || names2[0] === "dbo")) names2.shift();
  return normalizeName(names2, names2.map(() => true));
}
function spanLine(node, firstLine4) {
  const line = node?.span?.start?.line;
  return typeof line === "number" && line > 0 ? firstLine4 + line - 1 : void 0;
}
function enumMembers(dataType) {
  const value = dataType && typeof dataType === "object" ? dataType.Enum : void 0;
  if (!Array.isArray(value) || !Array.isArray(value[0])) return void 0;
  const members = value[0].map((m) => {
    const named = m;
    return typeof named?.Name === "string" ? named.Name : typeof named?.NameAndValue?.[0] === "string" ? named.NameAndValue[0] : null;
  });
  return members.every((m) => m !== null) ? members : void 0;
}
function typeText(dataType) {
  if (typeof dataType === "string") return dataType.toLowerCase();
  if (!dataType || typeof dataType !== "object") return null;
  const [key] = Object.keys(dataType);
  if (!key) return null;
  const value = dataType[key];
  const members = key === "Enum" ? enumMembers(dataType) : void 0;
  if (members) return `enum(${members.map((m) => `'${m.toLowerCase()}'`).join(",")})`;
  if (key === "Custom" && Array.isArray(value)) {
    const [name, args] = value;
    const names2 = (Array.isArray(name) ? name : []).map((p) => String(p?.Identifier?.value ?? "").toLowerCase());
    const list = Array.isArray(args) ? args.map(String) : [];
    return `${names2.join(".")}${list.length > 0 ? `(${list.join(",")})` : ""}`;
  }
  if (key === "Nullable" || key === "LowCardinality") return `${key.toLowerCase()}(${typeText(value) ?? ""})`;
  const inner = JSON.stringify(value, (k, v) => k === "span" ? void 0 : v) ?? "";
  const nums = inner.match(/\d+/g) ?? [];
  return nums.length > 0 ? `${key.toLowerCase()}(${nums.join(",")})` : key.toLowerCase();
}
function columnInfo(def, dialect, firstLine4) {
  const options = (def.options ?? []).map((o) => o.option);
  const has = (name) => options.some((o) => o === name || typeof o === "object" && o !== null && name in o);
  const line = spanLine(def.name, firstLine4);
  const enumValues = enumMembers(def.data_type);
  const byDefault = options.find((o) => typeof o === "object" && o !== null && "Default" in o)?.Default;
  return {
    name: ident(def.name, dialect),
    type: typeText(def.data_type),
    notNull: has("NotNull") || has("PrimaryKey"),
    // `DEFAULT NULL` is no default to rely on (as the Postgres and MySQL readers take it).
    hasDefault: byDefault !== void 0 && !isNullDefault(byDefault) || has("Generated") || has("Identity"),
    unique: has("Unique"),
    primaryKey: has("PrimaryKey"),
    ...line === void 0 ? {} : { line },
    ...has("Generated") ? { generated: true } : {},
    ...enumValues ? { enumValues } : {},
    ...byDefault === void 0 ? {} : { defaultExpr: exprText(byDefault) }
  };
}
function isNullDefault(expr) {
  const value = expr?.Value;
  return (typeof value === "object" && value !== null ? value.value : value) === "Null";
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
function firstSpanLine(node, firstLine4) {
  let first = Infinity;
  for (const m of JSON.stringify(node).matchAll(/"line":(\d+)/g)) {
    const line = Number(m[1]);
    if (line > 0 && line < first) first = line;
  }
  return first === Infinity ? void 0 : firstLine4 + first - 1;
}
function declaredConstraint(wrapped, name, column, dialect, firstLine4, fallbackLine) {
  if (!wrapped || typeof wrapped !== "object") return null;
  const [key] = Object.keys(wrapped);
  const constraint = CONSTRAINT_KINDS[key];
  if (!constraint) return null;
  const body = wrapped[key];
  const named = name ?? body.name;
  const listed = (body.columns ?? []).map((c) => ident(c.column?.expr?.Identifier ?? c, dialect));
  const columns = constraint === "check" ? exprColumns(body.expr, dialect) : column !== null ? [column] : listed;
  const detail = constraint === "check" ? exprText(body.expr) : constraint === "foreign-key" ? objectName(body.foreign_table, dialect) : "";
  const line = firstSpanLine(wrapped, firstLine4) ?? fallbackLine;
  const values = constraint === "check" ? inListValues(body.expr) : void 0;
  return { constraint, name: named ? ident(named, dialect) : null, columns, detail, ...values ? { values } : {}, ...line === void 0 ? {} : { line } };
}
function inListValues(expr) {
  const list = expr?.InList;
  if (!list?.expr?.Identifier || list.negated || !Array.isArray(list.list)) return void 0;
  const values = list.list.map((v) => v.Value?.value?.SingleQuotedString);
  return values.every((v) => typeof v === "string") ? values : void 0;
}
function columnConstraints(def, dialect, firstLine4) {
  const column = ident(def.name, dialect);
  return (def.options ?? []).map((o) => declaredConstraint(o.option, o.name, column, dialect, firstLine4, spanLine(def.name, firstLine4))).filter((c) => c !== null);
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
function operationsOf(stmt, firstLine4, dialect, reading) {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind];
  switch (kind) {
    case "Execute":
      return executeOperations(node, dialect, reading);
    case "If":
    case "While": {
      const ops = [];
      for (const inner of blockStatements(node)) for (const op of operationsOf(inner, firstLine4, dialect, reading)) ops.push(conditional(op));
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
          const constraints = columnConstraints(def, dialect, firstLine4);
          ops.push({ kind: "add-column", table, column: columnInfo(def, dialect, firstLine4), ifNotExists: body.if_not_exists === true, constraints, line: spanLine(def.name, firstLine4) });
        } else if (op === "DropColumn") {
          for (const c of body.column_names ?? []) {
            ops.push({ kind: "drop-column", table, column: ident(c, dialect), line: spanLine(c, firstLine4), ...body.if_exists === true ? { ifExists: true } : {} });
          }
        } else if (op === "RenameColumn") {
          ops.push({ kind: "rename-column", table, column: ident(body.old_column_name, dialect), newName: ident(body.new_column_name, dialect) });
        } else if (op === "RenameTable") {
          const target = body.table_name?.To ?? body.table_name?.As ?? body.table_name;
          ops.push({ kind: "rename-table", table, newName: objectName(target, dialect) });
        } else if (op === "ModifyColumn" || op === "ChangeColumn") {
          const name = op === "ModifyColumn" ? body.col_name : body.new_name;
          const def = columnInfo({ name, data_type: body.data_type, options: body.options }, dialect, firstLine4);
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
      const names2 = (node.names ?? []).map((n) => objectName(n, dialect));
      if (type === "Table") return names2.map((table) => ({ kind: "drop-table", table }));
      if (type === "Index") return names2.map((name) => ({ kind: "drop-index", name, table: null, ...node.if_exists === true ? { ifExists: true } : {} }));
      if (type === "Schema" || type === "Database") return names2.map((name) => ({ kind: "drop-schema", name, database: type === "Database" }));
      const objectKind = { View: "view", MaterializedView: "materialized view", Sequence: "sequence", Type: "type", Role: "role", User: "role" }[type];
      if (objectKind) return names2.map((name) => ({ kind: "drop-object", objectKind, name }));
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
        ...columns.flatMap((c) => columnConstraints(c, dialect, firstLine4)),
        ...(node.constraints ?? []).map((c) => declaredConstraint(c, null, null, dialect, firstLine4)).filter((c) => c !== null)
      ];
      return [
        {
          kind: "create-table",
          table: objectName(node.name, dialect),
          columns: columns.map((c) => columnInfo(c, dialect, firstLine4)),
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
      return inner ? operationsOf(inner, firstLine4, dialect, reading) : [{ kind: "other", what: kind }];
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
    case "CreateView": {
      const feeds = Array.isArray(node.to) && node.to.length > 0 ? { feeds: objectName(node.to, dialect) } : {};
      return [{ kind: "create-object", objectKind: node.materialized ? "materialized view" : "view", name: objectName(node.name, dialect), ...feeds }];
    }
    case "CreateTrigger":
      return [{ kind: "create-object", objectKind: "trigger", name: objectName(node.name, dialect), table: objectName(node.table_name, dialect) }];
    case "Update": {
      const relation = node.table?.relation?.Table;
      const columns = (node.assignments ?? []).flatMap((a) => {
        const target = a.target;
        const names2 = target.ColumnName ?? [];
        return names2.length > 0 ? [ident(names2[names2.length - 1], dialect)] : [];
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
function stringArgument(arg3) {
  const node = arg3;
  const value = node?.BinaryOp?.right ?? node;
  const literal = value?.Value?.value;
  const text = literal?.SingleQuotedString ?? literal?.NationalStringLiteral ?? literal?.DoubleQuotedString;
  return typeof text === "string" ? text : null;
}
function executeOperations(node, dialect, reading) {
  const name = (node.name ?? []).map((p) => ident(p, "sqlite"));
  const procedure = name[name.length - 1] ?? "";
  const args = node.parameters ?? [];
  const strings3 = args.map(stringArgument);
  if (procedure === "sp_rename") {
    const op = spRename(strings3[0], strings3[1], strings3[2]);
    if (op) return [op];
    reading.opaque ??= "sp_rename with arguments that are not written out (variables): what it renames is unknown";
    reading.opaqueText.push("sp_rename");
    return [];
  }
  if (DOCUMENTING_PROCEDURES.has(procedure)) return [{ kind: "other", what: procedure }];
  const sql = strings3.filter((t) => t !== null);
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
  const names2 = (node.columns ?? []).map((c) => ident(Array.isArray(c) ? c[c.length - 1] : c, dialect));
  const projection = select?.projection ?? [];
  if (!target || !relation || from.length !== 1) return null;
  const joined = (from[0].joins ?? []).length > 0;
  const qualifiers = /* @__PURE__ */ new Set([ident(relation.name?.at(-1), dialect), ident(relation.alias?.name, dialect)]);
  const copy = { kind: "copy-rows", table: objectName(target, dialect), source: objectName(relation.name, dialect) };
  if (names2.length === 0 && projection.length === 1 && projection[0].Wildcard !== void 0 && !joined) return { ...copy, columns: [], byPosition: true, allColumns: true };
  const listed = names2.length > 0 ? names2 : projection.map(() => "");
  if (listed.length !== projection.length || projection.some((item) => item.Wildcard !== void 0 || item.QualifiedWildcard !== void 0)) return null;
  const columns = listed.map((name, i) => {
    const item = projection[i];
    const expr = item.UnnamedExpr ?? item.ExprWithAlias?.expr;
    const compound = Array.isArray(expr?.CompoundIdentifier) ? expr.CompoundIdentifier : void 0;
    const foreign = joined && compound !== void 0 && compound.length > 1 && !qualifiers.has(ident(compound.at(-2), dialect));
    const id = expr?.Identifier ?? compound?.at(-1);
    return { name, from: id === void 0 || foreign ? null : ident(id, dialect) };
  });
  return { ...copy, columns, ...names2.length === 0 ? { byPosition: true } : {} };
}
function upsertOperations(node, dialect) {
  const table = objectName(node.table?.TableName ?? node.table_name, dialect);
  if (node.or === "Replace" || node.replace_into === true) return [{ kind: "update", table, columns: [] }];
  const action = node.on?.OnConflict?.action;
  const assignments = (typeof action === "object" ? action.DoUpdate?.assignments : void 0) ?? [];
  const columns = assignments.flatMap((a) => {
    const names2 = a.target?.ColumnName ?? [];
    const column = names2.length > 0 ? ident(names2[names2.length - 1], dialect) : null;
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
function fallbackOperations(text, dialect, firstLine4 = 1) {
  const { masked, unterminated: unterminated2 } = maskSqlDetailed(text, dialect);
  const read = readByKeywords(text, masked, dialect, firstLine4);
  if (!read.sure) return read;
  if (unterminated2 !== void 0 || holdsAnotherStatement(masked)) return { ops: read.ops, sure: false };
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
function readByKeywords(text, masked, dialect, firstLine4) {
  const lines = new LineIndex(text, firstLine4);
  const at = (re) => re.exec(masked);
  const name = (offset) => {
    const m2 = nameRe.exec(masked.slice(offset));
    return m2 ? { name: normalizeIdent(text.slice(offset + m2.index + m2[0].length - m2[1].length, offset + m2[0].length)), end: offset + m2[0].length } : null;
  };
  const names2 = (offset, stop = /^\s*(?:CASCADE|RESTRICT|PURGE)?\s*$/i) => {
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
    const arg3 = /^\s*(?:@\w+\s*=\s*)?N?'((?:[^']|'')*)'\s*(,|$)/i;
    let rest = text.slice(m[0].length);
    for (let a = arg3.exec(rest); a; a = arg3.exec(rest)) {
      args.push(a[1].replace(/''/g, "'"));
      rest = rest.slice(a[0].length);
      if (a[2] !== ",") break;
    }
    const op = /^\s*$/.test(rest) ? spRename(args[0], args[1], args[2]) : null;
    return op ? { ops: [op], sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?/i)) {
    const list = names2(m[0].length);
    return list ? { ops: list.map((table) => ({ kind: "drop-table", table })), sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?/i)) {
    const list = names2(m[0].length);
    const database = m[1].toUpperCase() === "DATABASE" && dialect !== "mysql" && dialect !== "mariadb";
    return list ? { ops: list.map((n) => ({ kind: "drop-schema", name: n, database })), sure: true } : { ops: [], sure: false };
  }
  if (m = at(/^\s*DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(IF\s+EXISTS\s+)?/i)) {
    const n = name(m[0].length);
    const ifExists = m[1] ? { ifExists: true } : {};
    if (!n) return { ops: [], sure: false };
    const cockroach = /^@\s*/.exec(masked.slice(n.end));
    if (cockroach) {
      const idx = name(n.end + cockroach[0].length);
      if (idx) return { ops: [{ kind: "drop-index", name: idx.name, table: n.name, ...ifExists }], sure: /^\s*(?:CASCADE|RESTRICT)?\s*$/i.test(masked.slice(idx.end)) };
    }
    const on = /^\s*ON\s+/i.exec(masked.slice(n.end));
    const table = on ? name(n.end + on[0].length)?.name ?? null : null;
    return { ops: [{ kind: "drop-index", name: n.name, table, ...ifExists }], sure: true };
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
    const list = names2(m[0].length, /^\s*(?:(?:RESTART|CONTINUE)\s+IDENTITY)?\s*(?:CASCADE|RESTRICT)?\s*$/i);
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
  if (dialect === "h2" && (m = at(/^\s*CREATE\s+(?:FORCE\s+)?ALIAS\s+(?:IF\s+NOT\s+EXISTS\s+)?/i))) {
    const n = name(m[0].length);
    return n ? { ops: [{ kind: "create-object", objectKind: "function", name: n.name }], sure: true } : { ops: [], sure: false };
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
    hasDefault: /\bDEFAULT\b(?!\s+NULL\b)|\bAUTO_?INCREMENT\b|\bGENERATED\b|\bAS\s*\(|\bIDENTITY\b/i.test(constraints) || isSerialType(type),
    unique: /\bUNIQUE\b/i.test(constraints),
    primaryKey: /\bPRIMARY\s+KEY\b/i.test(constraints),
    ...enumValues ? { enumValues } : {},
    .../\bAUTO_?INCREMENT\b|\bGENERATED\s+(?:ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b/i.test(constraints) || isSerialType(type) ? { sequenceFilled: true } : {}
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
  if (m = /^DROP\s+(?:COLUMN\s+)?(IF\s+EXISTS\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)(?=\s*(?:CASCADE|RESTRICT)?\s*$)/i.exec(p)) {
    return [{ kind: "drop-column", table, column: ident3(r.slice(m[0].length - m[2].length, m[0].length)), ...m[1] ? { ifExists: true } : {} }];
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
    if (dialect === "h2") {
      const from = m[0].lastIndexOf(m[1]);
      const def = columnDef(p.slice(from), r.slice(from));
      return def ? [{ kind: "redefine-column", table, column, def }] : null;
    }
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
function parseMysql(text, firstLine4 = 1) {
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
    const mapped = operationsOf2(node, text, firstLine4);
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
    ...node.generated ? { generated: true } : {},
    ...node.auto_increment ? { sequenceFilled: true } : {}
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
function declaredForeignKey(d) {
  if (d.resource !== "constraint" || CONSTRAINTS[String(d.constraint_type ?? "").toLowerCase()] !== "foreign-key") return [];
  const ref = d.reference_definition;
  const name = typeof d.constraint === "string" ? d.constraint.toLowerCase() : null;
  const columns = (d.definition ?? []).map(columnName);
  return [{ constraint: "foreign-key", name, columns, detail: tableName(ref?.table?.[0]), actions: foreignKeyActions(ref) }];
}
function namedForeignKeys(table, keys) {
  const relname = table.split(".").pop() ?? table;
  let n = 0;
  return keys.map((k) => k.name !== null ? k : { ...k, name: `${relname}_ibfk_${++n}` });
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
function operationsOf2(node, text, firstLine4) {
  const type = String(node.type);
  switch (type) {
    case "alter": {
      const table = tableName(node.table?.[0]);
      const exprs = node.expr ?? [];
      const lines = actionLines(text, firstLine4, exprs.length);
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
      const lines = starts.length === pairs.length ? linesOfOffsets(text, starts, firstLine4) : null;
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
        const table = tableName(node.table?.[0]);
        const constraints = namedForeignKeys(table, defs.flatMap((d) => declaredForeignKey(d)));
        return [{ kind: "create-table", table, columns, ifNotExists: !!node.if_not_exists, indexes, constraints }];
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
    if (action === "add") return addedColumn(table, columnInfo2(columnName(e.column), e), e.check ? void 0 : []);
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
    if (keyword === "foreign key" && typeof e.key === "string") return [{ kind: "drop-constraint", table, name: e.key.toLowerCase(), constraint: "foreign-key" }];
    return [{ kind: "other", what: "drop foreign key" }];
  }
  return [{ kind: "other", what: `${action} ${resource}` }];
}
function indexName(name, columns) {
  return name !== null ? name.toLowerCase() : columns[0] || null;
}
function addedColumn(table, column, constraints) {
  const ops = [{ kind: "add-column", table, column, ...constraints ? { constraints } : {} }];
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
function actionLines(text, firstLine4, count) {
  const masked = maskSql(text, "mysql");
  const head = /^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:`(?:[^`]|``)*`|[^\s.`]+)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[^\s.`]+))?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine4);
}

// src/migrations/parse/mysql-fast.ts
var FALLBACK_FIRST = "fallback-first";
var CONVERT_CHARSET = /^ALTER\s+TABLE\s+(?:`[^`]+`|\w+)(?:\s*\.\s*(?:`[^`]+`|\w+))?\s+CONVERT\s+TO\s+(?:CHARACTER\s+SET|CHARSET)\s+\w+(?:\s+COLLATE\s+\w+)?\s*$/i;
var CREATE_ROUTINE = /^CREATE\s+(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\b/i;
function parseMysqlFast(text, firstLine4 = 1) {
  if (CONVERT_CHARSET.test(text) || CREATE_ROUTINE.test(text)) return FALLBACK_FIRST;
  const read = sqlparserStatements(text, "mysql");
  if (!read.ok || read.statements.length !== 1) return null;
  const stmt = read.statements[0];
  const [kind] = Object.keys(stmt);
  if (kind === "DropProcedure" || kind === "DropFunction" || kind === "Call") return FALLBACK_FIRST;
  try {
    return operationsOf3(kind, stmt[kind], text, firstLine4);
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
function isSerial(key, arg3) {
  const parts = key === "Custom" && Array.isArray(arg3) ? arg3[0] : null;
  return Array.isArray(parts) && parts.length === 1 && /^serial$/i.test(String(parts[0]?.Identifier?.value ?? ""));
}
function typeOf(dataType) {
  if (typeof dataType === "string") {
    if (PLAIN_TYPES[dataType]) return { type: PLAIN_TYPES[dataType] };
    if (dataType === "Bool") throw new NotInSlowGrammar();
    throw new Unmapped();
  }
  const [key] = Object.keys(dataType ?? {});
  const arg3 = dataType[key];
  if (isSerial(key, arg3)) throw new NotInSlowGrammar();
  const unsigned = key.endsWith("Unsigned");
  const base = unsigned ? key.slice(0, -"Unsigned".length) : key;
  if (INT_TYPES[base]) {
    if (arg3 !== void 0 && arg3 !== null && typeof arg3 !== "number") throw new Unmapped();
    return { type: `${INT_TYPES[base]}${typeof arg3 === "number" ? `(${arg3})` : ""}${unsigned ? " unsigned" : ""}` };
  }
  if (unsigned) throw new Unmapped();
  if (PLAIN_TYPES[key] && arg3 === void 0) return { type: PLAIN_TYPES[key] };
  if (LENGTH_TYPES[key]) {
    if (arg3 === void 0 || arg3 === null) return { type: LENGTH_TYPES[key] };
    const length = arg3.IntegerLength;
    if (typeof length?.length !== "number" || length.unit !== void 0 && length.unit !== null) throw new Unmapped();
    return { type: `${LENGTH_TYPES[key]}(${length.length})` };
  }
  if (key === "Decimal" || key === "Numeric" || key === "Double" || key === "Float") {
    const name = key.toLowerCase();
    if (arg3 === "None") return { type: name };
    const ps = arg3?.PrecisionAndScale;
    if (Array.isArray(ps) && ps.length === 2 && ps.every((n) => typeof n === "number")) return { type: `${name}(${ps[0]},${ps[1]})` };
    throw new Unmapped();
  }
  if (key === "Bit" || key === "Binary" || key === "Datetime") {
    const name = key.toLowerCase();
    if (arg3 === void 0 || arg3 === null) return { type: name };
    if (typeof arg3 === "number") return { type: `${name}(${arg3})` };
    throw new Unmapped();
  }
  if (key === "Timestamp" || key === "Time") {
    const [precision, tz] = Array.isArray(arg3) ? arg3 : [];
    if (tz !== "None") throw new Unmapped();
    return { type: `${key.toLowerCase()}${typeof precision === "number" ? `(${precision})` : ""}` };
  }
  if (key === "Enum" || key === "Set") {
    const list = key === "Enum" ? Array.isArray(arg3) ? arg3[0] : null : arg3;
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
    hasDefault: options.some((o) => o !== null && typeof o === "object" && "Default" in o && !isNullDefault(o.Default)) || autoIncrement || has("Generated"),
    unique: has("Unique"),
    primaryKey,
    ...enumValues ? { enumValues } : {},
    ...has("Generated") ? { generated: true } : {},
    ...autoIncrement ? { sequenceFilled: true } : {}
  };
}
function operationsOf3(kind, node, text, firstLine4) {
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
      const lines = actionLines(text, firstLine4, actions.length);
      return renameLast(ops.flatMap((list, i) => list.map((op) => lines ? { ...op, line: lines[i] } : op)));
    }
    case "Drop": {
      const type = String(node.object_type);
      const names2 = (node.names ?? []).map(objectName2);
      if (type === "Table") return names2.map((table) => ({ kind: "drop-table", table }));
      if (type === "View") return names2.map((name) => ({ kind: "drop-object", objectKind: "view", name }));
      if ((type === "Database" || type === "Schema") && names2.length === 1) return [{ kind: "drop-schema", name: names2[0], database: false }];
      if (type === "Index" && names2.length === 1) return [node.table ? dropIndex(objectName2(node.table), names2[0]) : { kind: "drop-index", name: names2[0], table: null }];
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
      const table = objectName2(node.name);
      const constraints = namedForeignKeys(table, (node.constraints ?? []).flatMap(declaredForeignKey2));
      return [{ kind: "create-table", table, columns, ifNotExists: node.if_not_exists === true, indexes, constraints }];
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
        const names2 = a.target?.ColumnName ?? [];
        if (names2.length === 0) throw new Unmapped();
        return ident2(names2[names2.length - 1]);
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
function declaredForeignKey2(c) {
  const def = c.ForeignKey;
  if (!def) return [];
  const columns = (def.columns ?? []).map(ident2);
  return [{ constraint: "foreign-key", name: def.name ? ident2(def.name) : null, columns, detail: objectName2(def.foreign_table), actions: foreignKeyActions2(def) }];
}
function foreignKeyActions2(def) {
  return { onDelete: FK_ACTIONS[String(def.on_delete)] ?? "no action", onUpdate: FK_ACTIONS[String(def.on_update)] ?? "no action" };
}
function insertOperations(node) {
  const table = objectName2(node.table?.TableName);
  if (node.replace_into === true) return [{ kind: "update", table, columns: [] }];
  const set = node.on?.DuplicateKeyUpdate;
  if (node.on && !set) throw new Unmapped();
  const columns = (set ?? []).filter((a) => !keepsItself2(table, a)).map((a) => {
    const names2 = a.target?.ColumnName ?? [];
    if (names2.length === 0) throw new Unmapped();
    return ident2(names2[names2.length - 1]);
  });
  return columns.length > 0 ? [{ kind: "update", table, columns }] : [{ kind: "other", what: "insert" }];
}
function keepsItself2(table, a) {
  const names2 = a.target?.ColumnName ?? [];
  const value = a.value;
  const parts = value?.Identifier ? [value.Identifier] : value?.CompoundIdentifier ?? [];
  if (names2.length === 0 || parts.length === 0 || parts.length > 2) return false;
  if (parts.length === 2 && ident2(parts[0]) !== table) return false;
  return ident2(parts[parts.length - 1]) === ident2(names2[names2.length - 1]);
}
var CONSTRAINTS2 = { PrimaryKey: "primary-key", Unique: "unique", ForeignKey: "foreign-key", Check: "check" };
var FK_ACTIONS = { NoAction: "no action", Restrict: "restrict", Cascade: "cascade", SetNull: "set null", SetDefault: "set default" };
function alterAction3(table, action) {
  const [op] = Object.keys(action);
  const body = action[op];
  switch (op) {
    case "AddColumn": {
      const def = body.column_def;
      const options = (def.options ?? []).map((o) => o.option);
      const check = options.some((o) => o !== null && typeof o === "object" && "Check" in o);
      return addedColumn(table, columnInfo3(ident2(def.name), def.data_type, def.options), check ? void 0 : []);
    }
    case "DropColumn": {
      const names2 = body.column_names ?? [];
      if (names2.length !== 1) throw new Unmapped();
      return [{ kind: "drop-column", table, column: ident2(names2[0]) }];
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
      const actions = kind === "foreign-key" ? { actions: foreignKeyActions2(def) } : {};
      return [{ kind: "add-constraint", table, constraint: kind, name: kind === "unique" ? indexName(name, columns) : name, columns, notValid: false, ...actions }];
    }
    case "DropIndex":
      return [dropIndex(table, ident2(body.name))];
    case "DropPrimaryKey":
      return [{ kind: "drop-constraint", table, name: "primary", constraint: "primary-key" }];
    case "DropForeignKey":
      return [{ kind: "drop-constraint", table, name: ident2(body.name), constraint: "foreign-key" }];
    default:
      throw new Unmapped();
  }
}

// src/migrations/trigger-shape.ts
var BEFORE = 1 << 1;
var INSTEAD = 1 << 6;
var EVENTS = [
  [1 << 2, "INSERT"],
  [1 << 3, "DELETE"],
  [1 << 4, "UPDATE"],
  [1 << 5, "TRUNCATE"]
];
function canonical(node) {
  return JSON.stringify(node, (key, value) => key === "location" ? void 0 : value);
}
function strings(list) {
  return (list ?? []).map((n) => String(n.String?.sval ?? canonical(n)));
}
function triggerShapeOf(node, table) {
  const timing = Number(node.timing ?? 0);
  const events = Number(node.events ?? 0);
  return {
    table,
    timing: timing & INSTEAD ? "INSTEAD OF" : timing & BEFORE ? "BEFORE" : "AFTER",
    events: EVENTS.filter(([bit]) => events & bit).map(([, name]) => name),
    columns: strings(node.columns).map((c) => c.toLowerCase()).sort(),
    row: node.row === true,
    when: node.whenClause === void 0 ? null : canonical(node.whenClause),
    call: `${strings(node.funcname).join(".").toLowerCase()}(${strings(node.args).join(", ")})`,
    ...node.isconstraint === true ? { constraint: true } : {}
  };
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
  const names2 = t.names.map(str).filter((n) => n !== "pg_catalog");
  let name = qualified(names2);
  const mods = (t.typmods ?? []).map((m) => m.A_Const?.ival?.ival ?? 0).filter((m) => typeof m === "number");
  if (mods.length > 0) name += `(${mods.join(",")})`;
  if (t.arrayBounds) name += "[]";
  return name;
}
function isNullDefault2(expr) {
  const e = expr;
  const value = e?.TypeCast?.arg ?? e;
  return value?.A_Const?.isnull === true;
}
function columnInfo4(def) {
  const constraints = (def.constraints ?? []).map((c) => {
    const con = c.Constraint;
    return con?.contype === "CONSTR_DEFAULT" && isNullDefault2(con.raw_expr) ? "" : con?.contype ?? "";
  });
  const type = typeName(def.typeName);
  return {
    name: String(def.colname ?? ""),
    type,
    notNull: constraints.includes("CONSTR_NOTNULL") || constraints.includes("CONSTR_PRIMARY"),
    hasDefault: constraints.includes("CONSTR_DEFAULT") || constraints.includes("CONSTR_IDENTITY") || constraints.includes("CONSTR_GENERATED") || isSerialType(type),
    unique: constraints.includes("CONSTR_UNIQUE"),
    primaryKey: constraints.includes("CONSTR_PRIMARY"),
    ...constraints.includes("CONSTR_GENERATED") ? { generated: true } : {},
    ...constraints.includes("CONSTR_IDENTITY") || isSerialType(type) ? { sequenceFilled: true } : {}
  };
}
function parsePostgres(text, firstLine4 = 1) {
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
  const lines = new LineIndex(text, firstLine4);
  let atByte = 0;
  let atChar = 0;
  for (const s of stmts) {
    if (!s.stmt) continue;
    let sub = text;
    let line = firstLine4;
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
        const names2 = ref.fields.map(str).filter((f) => f !== "");
        if (names2.length > 0) out.add(names2[names2.length - 1]);
      } else {
        const values = Object.values(node);
        for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
      }
    }
  }
  return out;
}
function operationsOf4(stmt, text, firstLine4) {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind];
  const other = (what) => ({ ops: [{ kind: "other", what }] });
  switch (kind) {
    case "CreateStmt": {
      const table = rangeVarName(node.relation);
      const elts = node.tableElts ?? [];
      const columns = elts.filter((e) => e.ColumnDef).map((e) => columnInfo4(e.ColumnDef));
      const ops = [{ kind: "create-table", table, columns, ifNotExists: node.if_not_exists === true }];
      const declared = [];
      for (const e of elts) {
        const def = e.ColumnDef;
        const constraints = def ? def.constraints ?? [] : [e];
        for (const c of constraints.map((x) => x.Constraint)) {
          const op = c ? constraintOp(table, c, def ? String(def.colname ?? "") : void 0) : null;
          if (op?.kind !== "add-constraint") continue;
          if (node.if_not_exists !== true) ops.push(op);
          else if (op.constraint === "foreign-key" || op.constraint === "unique" || op.constraint === "primary-key") declared.push({ constraint: op.constraint, name: op.name, columns: op.columns, detail: op.references ?? "", ...op.actions ? { actions: op.actions } : {} });
        }
      }
      if (declared.length > 0) ops[0] = { ...ops[0], constraints: declared };
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
        return { ops: objects.map((o) => ({ kind: "drop-index", name: listName(o), table: null, ...node.missing_ok === true ? { ifExists: true } : {} })) };
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
      return { ops: atActionLine(renameOps(node), text, firstLine4) };
    case "AlterObjectSchemaStmt": {
      const name = node.relation ? rangeVarName(node.relation) : listName(node.object);
      const newName = qualified([String(node.newschema), name.split(".").pop() ?? name]);
      if (node.objectType === "OBJECT_TABLE" || node.objectType === "OBJECT_FOREIGN_TABLE") {
        return { ops: atActionLine([{ kind: "rename-table", table: name, newName }], text, firstLine4) };
      }
      const objectKind = RENAME_KINDS[String(node.objectType)];
      if (!objectKind || objectKind === "schema" || objectKind === "constraint") return other("set schema");
      return { ops: [{ kind: "rename-object", objectKind, name, newName }] };
    }
    case "AlterTableStmt": {
      if (node.objtype !== "OBJECT_TABLE" && node.objtype !== "OBJECT_FOREIGN_TABLE") return other(String(node.objtype));
      const table = rangeVarName(node.relation);
      const cmds = (node.cmds ?? []).map((c) => c.AlterTableCmd);
      const lines = subCommandLines(text, firstLine4, cmds.length);
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
      return { ops: [...withQueries(node, text, firstLine4), { kind: "update", table: rangeVarName(node.relation), columns: targetColumns(node.targetList) }] };
    case "DeleteStmt":
      return { ops: [...withQueries(node, text, firstLine4), { kind: "delete", table: rangeVarName(node.relation) }] };
    case "InsertStmt": {
      const conflict = node.onConflictClause;
      const ops = withQueries(node, text, firstLine4);
      if (conflict?.action === "ONCONFLICT_UPDATE") ops.push({ kind: "update", table: rangeVarName(node.relation), columns: targetColumns(conflict.targetList) });
      const copy = copyRows2(node);
      if (copy) ops.push(copy);
      return ops.length > 0 ? { ops } : other(kind);
    }
    case "MergeStmt": {
      const table = rangeVarName(node.relation);
      const ops = withQueries(node, text, firstLine4);
      for (const w of node.mergeWhenClauses ?? []) {
        const clause = w.MergeWhenClause;
        if (clause?.commandType === "CMD_UPDATE") ops.push({ kind: "update", table, columns: targetColumns(clause.targetList) });
        else if (clause?.commandType === "CMD_DELETE") ops.push({ kind: "delete", table });
      }
      return ops.length > 0 ? { ops } : other(kind);
    }
    case "SelectStmt": {
      const ops = withQueries(node, text, firstLine4);
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
      return { ops: [{ kind: "create-object", objectKind: "trigger", name: String(node.trigname ?? ""), trigger: triggerShapeOf(node, rangeVarName(node.relation)) }] };
    case "CreateSchemaStmt":
      return { ops: [{ kind: "create-object", objectKind: "schema", name: String(node.schemaname ?? "") }] };
    case "CreatePolicyStmt":
      return { ops: [{ kind: "create-object", objectKind: "policy", name: String(node.policy_name ?? "") }] };
    case "CreateRoleStmt":
      return { ops: [{ kind: "create-object", objectKind: "role", name: String(node.role ?? "") }] };
    case "DoStmt":
      return doBlock(node, text, firstLine4);
    default:
      return other(kind);
  }
}
function targetColumns(list) {
  return (list ?? []).map((t) => String(t.ResTarget?.name ?? ""));
}
function withQueries(node, text, firstLine4) {
  const ctes = (node.withClause?.ctes ?? []).map((c) => c.CommonTableExpr?.ctequery);
  return ctes.flatMap((q) => q && !q.SelectStmt ? operationsOf4(q, text, firstLine4).ops.filter((op) => op.kind !== "other") : []);
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
    case "AT_AddColumn": {
      const def = cmd.def?.ColumnDef;
      const constraints = (def?.constraints ?? []).flatMap((x) => {
        const op = x.Constraint ? constraintOp(table, x.Constraint, String(def?.colname ?? "")) : null;
        return op?.kind === "add-constraint" ? [{ constraint: op.constraint, name: op.name, columns: op.columns, detail: op.references ?? "", ...op.actions ? { actions: op.actions } : {} }] : [];
      });
      return def ? [{ kind: "add-column", table, column: columnInfo4(def), ifNotExists: cmd.missing_ok === true, constraints }] : [];
    }
    case "AT_DropColumn":
      return [{ kind: "drop-column", table, column, ...cmd.missing_ok === true ? { ifExists: true } : {} }];
    case "AT_AlterColumnType": {
      const def = cmd.def?.ColumnDef;
      return [{ kind: "alter-column-type", table, column, oldType: null, newType: typeName(def?.typeName) }];
    }
    case "AT_SetNotNull":
      return [{ kind: "set-not-null", table, column }];
    case "AT_DropNotNull":
      return [{ kind: "drop-not-null", table, column }];
    case "AT_ColumnDefault":
      return cmd.def && !isNullDefault2(cmd.def) ? [{ kind: "set-default", table, column }] : [{ kind: "drop-default", table, column }];
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
  const names2 = (node.cols ?? []).map((c) => String(c.ResTarget?.name ?? ""));
  const targets = select?.targetList ?? [];
  if (!node.relation || from.length !== 1 || !from[0].RangeVar) return null;
  const fieldsOf = (i) => targets[i].ResTarget?.val?.ColumnRef?.fields;
  const star = (i) => fieldsOf(i)?.some((f) => f?.A_Star !== void 0) === true;
  const copy = { kind: "copy-rows", table: rangeVarName(node.relation), source: rangeVarName(from[0].RangeVar) };
  if (names2.length === 0 && targets.length === 1 && star(0)) return { ...copy, columns: [], byPosition: true, allColumns: true };
  const listed = names2.length > 0 ? names2 : targets.map(() => "");
  if (listed.length !== targets.length || targets.some((_, i) => star(i))) return null;
  const columns = listed.map((name, i) => {
    const last = fieldsOf(i)?.map(str).at(-1);
    return { name, from: last ? last : null };
  });
  return { ...copy, columns, ...names2.length === 0 ? { byPosition: true } : {} };
}
function atActionLine(ops, text, firstLine4) {
  const lines = ops.length === 1 ? subCommandLines(text, firstLine4, 1) : null;
  return lines ? [{ ...ops[0], line: lines[0] }] : ops;
}
function subCommandLines(text, firstLine4, count) {
  if (count < 2 && !text.includes("\n")) return null;
  const masked = maskSql(text, "postgres");
  const head = /^\s*ALTER\s+(?:FOREIGN\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?:"(?:[^"]|"")*"|[^\s."]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[^\s."]+))*\s*\*?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine4);
}
function doBlock(node, text, firstLine4) {
  const args = node.args ?? [];
  const language = args.map((a) => a.DefElem).find((d) => d?.defname === "language");
  const lang = language ? str(language.arg).toLowerCase() : "plpgsql";
  if (lang !== "plpgsql") return { ops: [{ kind: "other", what: "do" }], opaque: `a DO block in ${lang}` };
  const result = plpgsqlOperations(text, firstLine4, "DO block");
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
function plpgsqlOperations(text, firstLine4, what) {
  let tree;
  try {
    tree = libpg().parsePlPgSQLSync(text);
  } catch (error) {
    return { ops: [], opaque: `the ${what}'s PL/pgSQL could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ops = [];
  const lines = new LineIndex(text, firstLine4);
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

// src/migrations/script-runner.ts
var DASH_LINE = /^[ \t]*--[^\s][^\n]*(?:\n|$)/;
function leadingDashLines(text) {
  let at = 0;
  for (; ; ) {
    const blanks = /^\s*/.exec(text.slice(at, at + 4096))?.[0].length ?? 0;
    const m = DASH_LINE.exec(text.slice(at + blanks, at + blanks + 65536));
    if (!m || m[0].length === 0) return at === 0 ? 0 : at;
    at += blanks + m[0].length;
  }
}
function withoutDashLines(text, end) {
  return text.slice(0, end).replace(/[^\n]/g, " ") + text.slice(end);
}

// src/migrations/parse/index.ts
var MAY_HOLD_COMMENT = /--|\/\*|#/;
var DASHES_WITHOUT_BLANK = /--[^\s\x00-\x1f\x7f]/;
var DASH_LINES_ONLY = "only lines that start with `--` and no blank: a comment to script runners that skip `--` lines (DolphinScheduler's), a syntax error to MySQL; it runs nothing either way";
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
function parsedStatement(base, ops) {
  return { text: base.text, start: base.start, end: base.end, line: base.line, column: base.column, endLine: base.endLine, dialect: base.dialect, status: "parsed", ops };
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
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  } else if (dialect === "mysql" || dialect === "mariadb") {
    const dashes = leadingDashLines(code);
    if (dashes > 0 && code.slice(dashes).trim() === "") return { ...base, status: "unparsed", error: DASH_LINES_ONLY, ops: [] };
    if (dashes > 0) return parseStatement({ ...piece, text: withoutDashLines(code, dashes) }, dialect);
    const fast = parseMysqlFast(code, piece.line);
    if (fast === FALLBACK_FIRST) {
      fallback = fallbackOperations(piece.text, dialect, piece.line);
      if (fallback.sure) return parsedStatement(base, fallback.ops);
    } else if (fast) return parsedStatement(base, fast);
    const outcome = code.includes("--") && DASHES_WITHOUT_BLANK.test(maskSql(code, dialect)) ? { ok: false, error: "`--` without a blank after it is code in MySQL, which node-sql-parser would read as a comment" } : parseMysql(code, piece.line);
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  } else {
    const outcome = parseWithSqlparser(code, dialect === "sqlite" ? "sqlite" : dialect === "mssql" ? "mssql" : "generic", piece.line);
    if (outcome.ok && outcome.opaque) {
      return { ...base, status: "unparsed", error: outcome.opaque, ...outcome.opaqueText === void 0 ? {} : { opaqueText: outcome.opaqueText }, ops: outcome.ops };
    }
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  }
  fallback ??= fallbackOperations(piece.text, dialect, piece.line);
  const trusted = (dialect !== "postgres" || fallback.ops.every((op) => CONSTRUCTIVE.has(op.kind))) && !runsItsResult(piece.text, dialect);
  if (fallback.sure && trusted) return parsedStatement(base, fallback.ops);
  return { ...base, status: "unparsed", error, ops: fallback.ops };
}
function runsItsResult(text, dialect) {
  return gexecAt(text, dialect) >= 0;
}
function gexecAt(text, dialect) {
  return text.includes("\\") ? maskSql(text, dialect).search(/\\gexec\b/i) : -1;
}
function parseStatements(pieces, dialect) {
  if (dialect !== "postgres" && dialect !== "cockroach") return null;
  if (pieces.some((p) => p.lexical !== void 0 || p.text.includes("\0"))) return null;
  const batch = parsePostgresBatch(pieces);
  if (!batch) return null;
  return pieces.map((piece, i) => {
    const outcome = batch[i];
    const base = statementBase(piece, dialect);
    return outcome.ok && outcome.opaque ? { ...base, status: "unparsed", error: outcome.opaque, ops: outcome.ops } : parsedStatement(base, outcome.ok ? outcome.ops : []);
  });
}

// src/migrations/parse-files.ts
import { performance } from "node:perf_hooks";

// src/migrations/clickhouse.ts
var WRAPPER = /^(nullable|lowcardinality)\s*\((.*)\)$/s;
function clickhouseColumn(column) {
  let type = column.type?.trim() ?? null;
  let nullable = false;
  for (let m = type === null ? null : WRAPPER.exec(type); m !== null; m = WRAPPER.exec(type)) {
    if (m[1] === "nullable") nullable = true;
    type = m[2].trim();
  }
  return { ...column, type, notNull: !nullable || column.primaryKey === true, hasDefault: true };
}
function withClickhouseColumns(op) {
  if (op.kind === "create-table") return { ...op, columns: op.columns.map(clickhouseColumn) };
  if (op.kind === "add-column") return { ...op, column: clickhouseColumn(op.column) };
  if (op.kind === "redefine-column") return { ...op, def: clickhouseColumn(op.def) };
  return op;
}
var NAME2 = String.raw`(?:"(?:[^"]|"")*"|\x60[^\x60]*\x60|[\w$]+)`;
var MUTATION = new RegExp(String.raw`^ALTER\s+TABLE\s+(${NAME2}(?:\s*\.\s*${NAME2})?)(?:\s+ON\s+CLUSTER\s+\S+)?\s+(UPDATE|DELETE)\b`, "i");
function unquote(name) {
  const t = name.trim();
  if (t.startsWith('"')) return t.slice(1, -1).replaceAll('""', '"');
  if (t.startsWith("`")) return t.slice(1, -1);
  return t.toLowerCase();
}
function clickhouseMutation(text) {
  const masked = maskSql(text, "clickhouse");
  const m = MUTATION.exec(masked.trimStart());
  if (!m) return null;
  const parts = m[1].split(/\s*\.\s*/).map(unquote);
  const table = normalizeName(parts, parts.map(() => true));
  if (m[2].toUpperCase() === "DELETE") return [{ kind: "delete", table }];
  const start = masked.length - masked.trimStart().length + m[0].length;
  const where = /\bWHERE\b/i.exec(masked.slice(start));
  const body = masked.slice(start, where ? start + where.index : masked.length);
  const columns = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (i === body.length || c === "," && depth === 0) {
      const name = /^\s*([\w$]+|"(?:[^"]|"")*"|`[^`]*`)\s*=/.exec(text.slice(start + from, start + i));
      if (!name) return null;
      columns.push(unquote(name[1]));
      from = i + 1;
    }
  }
  return [{ kind: "update", table, columns }];
}
var STATEMENT_START = /\n[ \t]*\n\s*(?=(?:RENAME|ALTER|CREATE|DROP|INSERT|TRUNCATE|OPTIMIZE|EXCHANGE|DETACH|ATTACH)\s)/gi;
var MAX_PIECES = 64;
function unterminated(piece) {
  const masked = maskSql(piece.text, "clickhouse");
  const cuts = [];
  for (const m of masked.matchAll(STATEMENT_START)) {
    cuts.push(m.index + m[0].length);
    if (cuts.length >= MAX_PIECES) return null;
  }
  if (cuts.length === 0) return null;
  const out = [];
  let at = 0;
  let line = piece.line;
  let column = piece.column;
  for (const cut of [...cuts, piece.text.length]) {
    const text = piece.text.slice(at, cut).trimEnd();
    const endLine = line + (text.match(/\n/g)?.length ?? 0);
    const stmt = readStatement({ text, start: piece.start + at, end: piece.start + at + text.length, line, column, endLine });
    if (stmt.status !== "parsed") return null;
    out.push(stmt);
    line += piece.text.slice(at, cut).match(/\n/g)?.length ?? 0;
    column = 1;
    at = cut;
  }
  return out;
}
function readStatement(piece) {
  const glued = maskSql(piece.text, "clickhouse").search(STATEMENT_START) >= 0;
  const mutation = piece.lexical === void 0 && !glued ? clickhouseMutation(piece.text) : null;
  const stmt = mutation ? { text: piece.text, start: piece.start, end: piece.end, line: piece.line, column: piece.column, endLine: piece.endLine, dialect: "clickhouse", status: "parsed", ops: mutation } : parseStatement(piece, "clickhouse");
  return stmt.ops.some((op) => op.kind === "create-table" || op.kind === "add-column" || op.kind === "redefine-column") ? { ...stmt, ops: stmt.ops.map(withClickhouseColumns) } : stmt;
}
function parseClickhouse(piece) {
  const stmt = readStatement(piece);
  if (stmt.status === "parsed" || piece.lexical !== void 0) return [stmt];
  return unterminated(piece) ?? [stmt];
}

// src/migrations/parse/data-only.ts
var DATA_HEAD = /^(?:INSERT|UPDATE|DELETE)\s/i;
function changesRowsOnly(piece, dialect) {
  if (piece.lexical !== void 0 || !DATA_HEAD.test(piece.text)) return false;
  const masked = maskSql(piece.text, dialect);
  return !masked.includes(";") && !holdsAnotherStatement(masked);
}

// src/migrations/split.ts
var GOOSE_BEGIN = /^[ \t]*--[ \t]*\+goose[ \t]+StatementBegin\b[^\n]*/i;
var GOOSE_END = /^[ \t]*--[ \t]*\+goose[ \t]+StatementEnd\b[^\n]*/i;
var DELIMITER_RE = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;
var GO_RE = /^[ \t]*GO(?:[ \t]+\d+)?[ \t]*(?:--[^\n]*)?(?:\r?\n|$)/i;
function splitStatements(file, options) {
  const { dialect } = options;
  const sqlite = dialect === "sqlite";
  const mssql = dialect === "mssql";
  const semicolonToo = dialect === "postgres" || dialect === "cockroach" || sqlite;
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? file.length, file.length);
  const out = [];
  let starts = options.lines;
  const scanner = new SqlScanner(file, dialect, to, from);
  const source = scanner.source;
  let delimiter = ";";
  let blockDepth = 0;
  let blockScanned = from;
  let firstSignificant = -1;
  let lexical;
  let inGooseBlock = false;
  let i = from;
  const push = (endExclusive) => {
    if (firstSignificant !== -1) {
      let end = endExclusive;
      while (end > firstSignificant && isBlank(source.charCodeAt(end - 1))) end--;
      if (end > firstSignificant) {
        starts ??= lineStarts(file);
        const text = source.slice(firstSignificant, end);
        const { line, column } = position(starts, firstSignificant);
        const stmt = { text, start: firstSignificant, end, line, column, endLine: position(starts, end - 1).line };
        if (lexical !== void 0) stmt.lexical = lexical;
        out.push(stmt);
      }
    }
    firstSignificant = -1;
    lexical = void 0;
    blockDepth = 0;
  };
  const flag = (why) => {
    if (lexical === void 0) lexical = why;
    else if (!lexical.includes(why)) lexical = `${lexical}; ${why}`;
  };
  let skipDelimiter = "";
  let skip = specialCharacters(dialect, "\n");
  while (i < to) {
    if (firstSignificant !== -1 && i > 0 && source.charCodeAt(i - 1) !== 10) {
      if (skipDelimiter !== delimiter) {
        skip = specialCharacters(dialect, `
${delimiter[0] ?? ""}${semicolonToo ? ";" : ""}`);
        skipDelimiter = delimiter;
      }
      skip.lastIndex = i;
      const next = skip.exec(source);
      i = next === null || next.index >= to ? to : next.index;
      if (i >= to) break;
    }
    const code = source.charCodeAt(i);
    const atLineStart = i === 0 || source.charCodeAt(i - 1) === 10;
    if (atLineStart && !scanner.inExecutableComment) {
      let lead = i;
      while (source[lead] === " " || source[lead] === "	") lead++;
      const first = source.charCodeAt(lead) | 32;
      if (first === 45 || first === 100 || mssql && first === 103) {
        const rest = source.slice(i, Math.min(to, i + 200));
        if (GOOSE_BEGIN.test(rest)) {
          push(i);
          inGooseBlock = true;
          i = nextLine(source, i, to);
          continue;
        }
        if (GOOSE_END.test(rest)) {
          push(i);
          inGooseBlock = false;
          i = nextLine(source, i, to);
          continue;
        }
        if (firstSignificant === -1) {
          const d = DELIMITER_RE.exec(rest);
          if (d) {
            delimiter = d[1];
            i += d[0].length;
            continue;
          }
        }
        const go = mssql && !inGooseBlock ? GO_RE.exec(rest) : null;
        if (go) {
          push(i);
          i += go[0].length;
          blockScanned = i;
          continue;
        }
      }
    }
    const lexeme = scanner.at(i);
    if (lexeme) {
      if (lexeme.unterminated) {
        if (firstSignificant === -1) firstSignificant = lexeme.start;
        flag(`${lexeme.unterminated} is never closed: the rest of the ${to === file.length ? "file" : "section"} is part of it`);
      }
      if (lexeme.kind !== "line-comment" && lexeme.kind !== "block-comment" && lexeme.kind !== "exec-close") {
        if (firstSignificant === -1) firstSignificant = lexeme.start;
        if ((lexeme.kind === "quoted" || lexeme.kind === "dollar") && source.slice(lexeme.start, lexeme.end).includes("\0")) flag(NUL_MESSAGE);
      }
      i = Math.max(lexeme.end, i + 1);
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    if (firstSignificant === -1) firstSignificant = i;
    if (code === 0) flag(NUL_MESSAGE);
    const ends = source.startsWith(delimiter, i) ? delimiter.length : semicolonToo && code === 59 ? 1 : 0;
    if (!inGooseBlock && ends > 0 && !(sqlite && inTriggerBody(source, firstSignificant, i))) {
      if (mssql) {
        blockDepth = tsqlBlockDepth(maskSql(source.slice(blockScanned, i), dialect), blockDepth);
        blockScanned = i + ends;
        if (blockDepth > 0) {
          i += ends;
          continue;
        }
      }
      push(i);
      i += ends;
      blockScanned = i;
      continue;
    }
    i++;
  }
  push(to);
  return out;
}
var NUL_MESSAGE = "it contains a NUL byte outside comments, which no database reads as SQL";
function isBlank(code) {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 160 || code === 65279;
}
var TSQL_BLOCK = /\b(BEGIN|CASE|END)\b(?:\s+(TRAN|TRANSACTION|DISTRIBUTED|DIALOG|CONVERSATION)\b)?/gi;
function tsqlBlockDepth(masked, depth) {
  TSQL_BLOCK.lastIndex = 0;
  for (let m = TSQL_BLOCK.exec(masked); m; m = TSQL_BLOCK.exec(masked)) {
    const word = m[1].toUpperCase();
    if (word === "END") depth = Math.max(0, depth - 1);
    else if (word === "CASE" || m[2] === void 0) depth++;
  }
  return depth;
}
var CREATE_TRIGGER = /^CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\b/i;
function inTriggerBody(source, start, at) {
  if (!CREATE_TRIGGER.test(source.slice(start, start + 40))) return false;
  return !/(?:^|[^\w$])END\s*$/i.test(source.slice(Math.max(start, at - 40), at));
}
function nextLine(source, i, to) {
  const nl = source.indexOf("\n", i);
  return nl === -1 || nl >= to ? to : nl + 1;
}

// src/migrations/parse-files.ts
var FILE_BUDGET_MS = 1e4;
var BATCH_STATEMENTS = 2e3;
var BATCH_CHARS = 1e6;
function parseFile(job, dialect, budgetMs = FILE_BUDGET_MS) {
  const deadline = performance.now() + budgetMs;
  const { downSections, pieces } = splitFile(job, dialect);
  return { downSections, forward: parseSplit(pieces, dialect, deadline, budgetMs) };
}
function parseFiles(jobs, dialect, budgetMs = FILE_BUDGET_MS) {
  if (dialect !== "postgres" && dialect !== "cockroach") return jobs.map((job) => parseFile(job, dialect, budgetMs));
  const out = new Array(jobs.length);
  const split = jobs.map((job) => splitFile(job, dialect));
  for (let at = 0; at < jobs.length; ) {
    let end = at;
    let statements = 0;
    let chars = 0;
    for (; end < jobs.length; end++) {
      const pieces = split[end].pieces;
      let size = 0;
      for (const piece of pieces) size += piece.text.length;
      if (end > at && (statements + pieces.length > BATCH_STATEMENTS || chars + size > BATCH_CHARS)) break;
      statements += pieces.length;
      chars += size;
    }
    const all = [];
    for (let i = at; i < end; i++) for (const piece of split[i].pieces) all.push(piece);
    const batch = all.length >= 2 && end - at > 1 ? parseStatements(all, dialect) : null;
    let from = 0;
    for (let i = at; i < end; i++) {
      const { downSections, pieces } = split[i];
      if (batch) {
        out[i] = { downSections, forward: batch.slice(from, from + pieces.length) };
        from += pieces.length;
      } else out[i] = { downSections, forward: parseSplit(pieces, dialect, performance.now() + budgetMs, budgetMs) };
    }
    at = end;
  }
  return out;
}
function splitFile(job, dialect) {
  const { text } = job;
  const lines = job.sections.length > 1 ? lineStarts(text) : void 0;
  const downSections = [];
  const pieces = [];
  for (const section of job.sections) {
    const split = splitStatements(text, { dialect, from: section.start, to: section.end, lines });
    if (section.part === "down") {
      const undoes = split.filter((p) => !/^select\s+(?:'[^']*'|\d+)\s*;?\s*$/i.test(p.text));
      if (undoes.length > 0) downSections.push({ line: section.line, endLine: split[split.length - 1].endLine });
      continue;
    }
    for (const piece of split) if (!job.schemaOnly || !changesRowsOnly(piece, dialect)) pieces.push(piece);
  }
  return { downSections, pieces };
}
function parseSplit(pieces, dialect, deadline, budgetMs) {
  const forward = [];
  const cut = { budgetMs, count: 0 };
  for (let at = 0; at < pieces.length; ) {
    let end = at;
    for (let chars = 0; end < pieces.length && end - at < BATCH_STATEMENTS && (chars < BATCH_CHARS || end === at); end++) chars += pieces[end].text.length;
    for (const stmt of parsePieces(pieces.slice(at, end), dialect, deadline, cut)) forward.push(stmt);
    at = end;
  }
  if (cut.first) cut.first.error = `${budgetSentence(budgetMs)}: this statement and the ${cut.count - 1} after it were read by their keywords only`;
  rerunByGexec(forward, dialect);
  return forward;
}
function rerunByGexec(forward, dialect) {
  for (let i = 1; i < forward.length; i++) {
    const stmt = forward[i];
    if (stmt.status !== "unparsed" || stmt.opaqueText !== void 0 || !stmt.text.includes("\\gexec")) continue;
    if (gexecAt(stmt.text, dialect) === leadingBlanks(stmt.text, dialect)) forward[i] = { ...stmt, opaqueText: forward[i - 1].text };
  }
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
  if (dialect === "clickhouse") return pieces.flatMap((piece) => performance.now() > deadline ? [byKeywords(piece, dialect, cut)] : parseClickhouse(piece));
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

// src/migrations/code/statements.ts
var MAX_CALL_TEXT = 2e3;
function span(node, dialect) {
  return {
    text: node.text.length > MAX_CALL_TEXT ? node.text.slice(0, MAX_CALL_TEXT) : node.text,
    start: node.startIndex,
    end: node.endIndex,
    line: node.startPosition.row + 1,
    endLine: node.endPosition.row + 1,
    column: node.startPosition.column + 1,
    dialect
  };
}
function callStatement(node, ops, dialect) {
  const line = node.startPosition.row + 1;
  return { ...span(node, dialect), status: "parsed", ops: ops.map((op) => op.line === void 0 ? { ...op, line } : op) };
}
function unreadStatement(node, why, dialect, ops = []) {
  return { ...span(node, dialect), status: "unparsed", error: why, ops };
}
var STRING_TYPES = /* @__PURE__ */ new Set([
  "string",
  "concatenated_string",
  "template_string",
  "string_literal",
  "verbatim_string_literal",
  "raw_string_literal",
  "interpolated_string_expression",
  "encapsed_string",
  "heredoc",
  "nowdoc",
  "text_block",
  "string_value"
]);
var INTERPOLATION_TYPES = /* @__PURE__ */ new Set(["interpolation", "template_substitution", "variable_name", "simple_variable", "dynamic_variable_name", "member_access_expression", "subscript_expression"]);
var CONTENT_TYPES = /* @__PURE__ */ new Set(["string_content", "string_fragment", "escape_sequence", "heredoc_content", "heredoc_body", "nowdoc_body", "string_literal_content", "multi_line_string_fragment", "string_value"]);
var ESCAPES = { n: "\n", t: "	", r: "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"', "`": "`", $: "$", "#": "#", "\n": "" };
function decodeEscape(raw) {
  if (raw.length < 2 || raw[0] !== "\\") return raw;
  const mapped = ESCAPES[raw[1]];
  if (mapped !== void 0 && raw.length === 2) return mapped;
  const hex = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|U([0-9a-fA-F]{8}))$/.exec(raw);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4], 16));
  return raw;
}
function stringLiteral(node) {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildren.length === 1 && n.namedChildren[0]) n = n.namedChildren[0];
  if (n.type === "concatenated_string") {
    const parts = n.namedChildren.filter((c) => c !== null).map(stringLiteral);
    if (parts.length === 0 || parts.some((p) => p === null)) return null;
    const ok = parts;
    return { ...ok[0], value: ok.map((p) => p.value).join(""), interpolated: ok.some((p) => p.interpolated), exact: ok.length === 1 && ok[0].exact, node: n };
  }
  if (!STRING_TYPES.has(n.type)) return null;
  const children = n.children.filter((c) => c !== null);
  let interpolated = false;
  let exact = true;
  let value = "";
  let first = null;
  let last = null;
  for (const c of children) {
    if (INTERPOLATION_TYPES.has(c.type)) interpolated = true;
    if (!CONTENT_TYPES.has(c.type) && !INTERPOLATION_TYPES.has(c.type)) continue;
    first ??= c;
    last = c;
  }
  if (first === null || last === null) {
    const m = /^[A-Za-z@$]*("""|'''|["'`])([\s\S]*)\1$/.exec(n.text);
    const inner = m ? m[2] : "";
    const offset = n.startIndex + (m ? n.text.indexOf(m[1]) + m[1].length : n.text.length);
    return { value: inner, interpolated: false, exact: !inner.includes("\\"), offset, row: n.startPosition.row, column: n.startPosition.column + (offset - n.startIndex), node: n };
  }
  const from = first.startIndex;
  const whole = n.text.slice(from - n.startIndex, last.endIndex - n.startIndex);
  const escapes = n.descendantsOfType("escape_sequence").filter((e) => e !== null && e.startIndex >= from && e.endIndex <= last.endIndex);
  let at = 0;
  for (const e of escapes) {
    const decoded = decodeEscape(e.text);
    value += whole.slice(at, e.startIndex - from) + decoded;
    at = e.endIndex - from;
    if (decoded !== e.text) exact = false;
  }
  value += whole.slice(at);
  return { value, interpolated, exact, offset: first.startIndex, row: first.startPosition.row, column: first.startPosition.column, node: n };
}
function sqlStatements(literal, dialect, call) {
  if (literal.interpolated) {
    return [unreadStatement(literal.node, `${call} runs SQL built at run time (an interpolated string), which the gate cannot read`, dialect)];
  }
  const { value } = literal;
  const parsed = parseFile({ text: value, sections: [{ part: "up", start: 0, end: value.length, line: 1 }] }, dialect);
  const baseLine = literal.row + 1;
  const at = (line) => literal.exact ? baseLine + line - 1 : baseLine;
  return parsed.forward.map((s) => ({
    ...s,
    start: literal.exact ? literal.offset + s.start : literal.node.startIndex,
    end: literal.exact ? literal.offset + s.end : literal.node.endIndex,
    line: at(s.line),
    endLine: literal.exact ? baseLine + s.endLine - 1 : literal.node.endPosition.row + 1,
    column: literal.exact && s.line === 1 ? literal.column + s.column : literal.exact ? s.column : literal.column + 1,
    ops: s.ops.map((op) => relineOperation(op, at))
  }));
}
function relineOperation(op, at) {
  const col = (c) => c.line === void 0 ? c : { ...c, line: at(c.line) };
  const out = op.line === void 0 ? { ...op } : { ...op, line: at(op.line) };
  if (out.kind === "create-table") {
    out.columns = out.columns.map(col);
    if (out.constraints) out.constraints = out.constraints.map((c) => c.line === void 0 ? c : { ...c, line: at(c.line) });
  } else if (out.kind === "add-column") out.column = col(out.column);
  else if (out.kind === "redefine-column") out.def = col(out.def);
  return out;
}
function sqlArgument(arg3, call, dialect, name) {
  const literal = arg3 ? stringLiteral(arg3) : null;
  if (!literal) return [unreadStatement(call, `${name} runs SQL that is not a string literal (${arg3 ? "a value computed at run time" : "no argument"}), which the gate cannot read`, dialect)];
  return sqlStatements(literal, dialect, name);
}

// src/migrations/code/python.ts
var constants = /* @__PURE__ */ new Map();
function readConstants(...scopes) {
  const seen = /* @__PURE__ */ new Map();
  for (const stmt of scopes.flatMap((scope) => scope.namedChildren)) {
    const assign = stmt?.type === "expression_statement" ? stmt.namedChildren[0] : null;
    const left = assign?.type === "assignment" ? assign.childForFieldName("left") : null;
    const right = assign?.childForFieldName("right");
    if (!left || left.type !== "identifier" || !right) continue;
    seen.set(left.text, seen.has(left.text) ? null : right);
  }
  constants = new Map([...seen].filter((e) => e[1] !== null));
}
function deref(node) {
  let n = node ?? null;
  for (let i = 0; i < 8 && n?.type === "identifier" && constants.has(n.text); i++) n = constants.get(n.text) ?? null;
  return n;
}
function callName(call) {
  const fn = call.childForFieldName("function");
  if (!fn) return null;
  return dotted(fn);
}
function dotted(node) {
  const parts = [];
  let n = node;
  while (n && n.type === "attribute") {
    const attr = n.childForFieldName("attribute");
    if (!attr) return null;
    parts.unshift(attr.text);
    n = n.childForFieldName("object");
  }
  if (!n || n.type !== "identifier") return null;
  parts.unshift(n.text);
  return parts.join(".");
}
function callArgs(call) {
  const out = { positional: [], keyword: /* @__PURE__ */ new Map(), splat: false };
  const list = call.childForFieldName("arguments");
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === "comment") continue;
    if (a.type === "keyword_argument") {
      const name = a.childForFieldName("name");
      const value = a.childForFieldName("value");
      if (name && value) out.keyword.set(name.text, value);
    } else if (a.type === "list_splat" || a.type === "dictionary_splat") out.splat = true;
    else out.positional.push(a);
  }
  return out;
}
function arg(args, i, name) {
  return args.keyword.get(name) ?? args.positional[i] ?? null;
}
function str2(node) {
  node = deref(node);
  if (!node) return null;
  const lit = stringLiteral(node);
  return lit && !lit.interpolated ? lit.value : null;
}
function bool(node) {
  node = deref(node);
  if (!node) return null;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  return null;
}
function isNone(node) {
  return node?.type === "none";
}
function int(node) {
  if (!node || node.type !== "integer") return null;
  const n = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(n) ? n : null;
}
function elements(node) {
  let n = deref(node);
  if (!n) return null;
  while (n.type === "parenthesized_expression" && n.namedChildren.length === 1 && n.namedChildren[0]) n = deref(n.namedChildren[0]) ?? n;
  if (n.type === "binary_operator" && n.childForFieldName("operator")?.text === "+") {
    const operands = [];
    let left = n;
    for (let i = 0; i < 256 && left?.type === "binary_operator" && left.childForFieldName("operator")?.text === "+"; i++) {
      const right = left.childForFieldName("right");
      if (!right) return null;
      operands.unshift(right);
      left = left.childForFieldName("left");
    }
    if (!left || left.type === "binary_operator") return null;
    operands.unshift(left);
    const out = [];
    for (const operand of operands) {
      const inner = deref(operand);
      if (!inner || inner.type === "binary_operator") return null;
      const els = elements(inner);
      if (!els) return null;
      for (const e of els) out.push(e);
    }
    return out;
  }
  if (n.type === "call" && /^(?:set|list|tuple)$/.test(n.childForFieldName("function")?.text ?? "") && (n.childForFieldName("arguments")?.namedChildren.length ?? 0) === 0) return [];
  if (n.type !== "list" && n.type !== "tuple" && n.type !== "set") return null;
  return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function strings2(node) {
  const els = elements(node);
  if (!els) {
    const one = str2(node);
    return one === null ? null : [one];
  }
  const out = [];
  for (const e of els) {
    const s = str2(e);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}
function dict(node) {
  node = deref(node);
  if (!node || node.type !== "dictionary") return null;
  const out = /* @__PURE__ */ new Map();
  for (const pair of node.namedChildren) {
    if (!pair || pair.type !== "pair") continue;
    const k = str2(pair.childForFieldName("key"));
    const v = pair.childForFieldName("value");
    if (k !== null && v) out.set(k, v);
  }
  return out;
}
function functionBody(scope, name) {
  for (const child of scope.namedChildren) {
    let def = child;
    if (def?.type === "decorated_definition") def = def.childForFieldName("definition");
    if (def?.type === "function_definition" && def.childForFieldName("name")?.text === name) return def.childForFieldName("body");
  }
  return null;
}
function emptyBlock(block) {
  for (const s of block.namedChildren) {
    if (!s || s.type === "comment" || s.type === "pass_statement") continue;
    if (s.type === "expression_statement" && s.namedChildren.every((c) => c?.type === "string" || c?.type === "ellipsis")) continue;
    return false;
  }
  return true;
}

// src/migrations/code/tree-sitter.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var runtime;
var loading2 = /* @__PURE__ */ new Map();
var parsers = /* @__PURE__ */ new Map();
function wasmPath(name) {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, name);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(`@vscode/tree-sitter-wasm/wasm/${name}`);
}
function loadRuntime() {
  runtime ??= (async () => {
    const imported = await import("./chunk-BRNG77GI.js");
    const mod = imported.default ?? imported;
    await mod.Parser.init({ wasmBinary: readFileSync(wasmPath("tree-sitter.wasm")) });
    return mod;
  })();
  return runtime;
}
function loadLanguage(name) {
  let pending = loading2.get(name);
  if (!pending) {
    pending = (async () => {
      const mod = await loadRuntime();
      const language = await mod.Language.load(readFileSync(wasmPath(`tree-sitter-${name}.wasm`)));
      const parser2 = new mod.Parser();
      parser2.setLanguage(language);
      parsers.set(name, parser2);
    })();
    loading2.set(name, pending);
  }
  return pending;
}
function isLanguageLoaded(name) {
  return parsers.has(name);
}
function parseCode(name, text) {
  const parser2 = parsers.get(name);
  if (!parser2) return null;
  return parser2.parse(text);
}
function sameNode(a, b) {
  return !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
function firstSyntaxError(root) {
  if (!root.hasError) return null;
  let node = root;
  for (; ; ) {
    if (node.isError || node.isMissing) return node;
    let next = null;
    for (const child of node.children) {
      if (child && (child.isError || child.isMissing || child.hasError)) {
        next = child;
        break;
      }
    }
    if (!next) return node;
    node = next;
  }
}

// src/migrations/code/alembic.ts
var PATH = /(?:^|\/)versions\/(?:[^/]+\/)*[^/]+\.py$/;
var REVISION = /^revision\s*(?::[^=\n]+)?=\s*['"]([^'"]+)['"]/m;
var DOWN_REVISION = /^down_revision\s*(?::[^=\n]+)?=\s*([^\n]+)/m;
function revisionOf(text) {
  const rev = REVISION.exec(text)?.[1] ?? null;
  const downText = DOWN_REVISION.exec(text)?.[1]?.trim() ?? null;
  if (downText === null) return { revision: rev, down: null };
  if (/^None\b/.test(downText)) return { revision: rev, down: [] };
  const ids = [...downText.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return { revision: rev, down: ids.length > 0 ? ids : null };
}
var alembicAdapter = {
  framework: "alembic",
  extensions: [".py"],
  language: () => "python",
  conventionalPath: (path) => PATH.test(path) && !path.endsWith("/__init__.py"),
  detect(path, text, configured) {
    if (text === null) return PATH.test(path) || configured ? { version: null, reason: "an Alembic revision by its path" } : null;
    const m = REVISION.exec(text);
    if (!m || !DOWN_REVISION.test(text)) return null;
    return { version: null, reason: `an Alembic revision (revision ${m[1]})` };
  },
  parse: parseAlembic,
  fileFindings(input) {
    const state = stateOf(input.history);
    if (input.status !== "added" || state.revisions.size === 0) return [];
    const { revision, down } = revisionOf(input.text);
    if (revision === null || down === null) return [];
    const stale = down.filter((d) => state.revisions.has(d) && state.parents.has(d));
    if (stale.length === 0) return [];
    const heads = [...state.revisions].filter((r) => !state.parents.has(r)).sort();
    const line = input.text.slice(0, DOWN_REVISION.exec(input.text)?.index ?? 0).split("\n").length;
    const hit = {
      line,
      endLine: line,
      message: `Revision ${revision} of ${input.file.path} revises ${stale.join(", ")}, which is not a head of base's revision graph (head${heads.length === 1 ? "" : "s"}: ${heads.slice(0, 3).join(", ")}): databases at base get a second head and \`alembic upgrade head\` refuses to run until a merge revision joins them.`,
      object: input.file.path,
      tables: []
    };
    return [{ rule: "out-of-order-migration", hit }];
  }
};
function stateOf(history) {
  return history.state("alembic", () => ({ revisions: /* @__PURE__ */ new Set(), parents: /* @__PURE__ */ new Set(), replayed: /* @__PURE__ */ new Set() }));
}
function parseAlembic(input) {
  const { root, dialect } = input;
  if (input.replay) {
    const state = stateOf(input.history);
    const { revision, down } = revisionOf(input.text);
    if (revision !== null) state.revisions.add(revision);
    for (const d of down ?? []) state.parents.add(d);
  }
  readConstants(root);
  const forward = [];
  const downSections = [];
  const downgrade = functionBody(root, "downgrade");
  if (downgrade && !emptyBlock(downgrade)) downSections.push({ line: (downgrade.parent ?? downgrade).startPosition.row + 1, endLine: downgrade.endPosition.row + 1 });
  const upgrade = functionBody(root, "upgrade");
  if (!upgrade) return { downSections, forward };
  const reader = new AlembicReader(dialect, upgrade);
  for (const call of upgrade.descendantsOfType("call")) if (call) reader.call(call, forward);
  return { downSections, forward };
}
var HARMLESS_CALLS = /^(?:print|logger\.\w+|log\.\w+|logging\.\w+|warnings\.warn)$/;
function sqlType(node) {
  if (!node) return null;
  const isCall = node.type === "call";
  const name = ((isCall ? callName(node) : dotted(node)) ?? "").split(".").pop() ?? "";
  const args = isCall ? callArgs(node) : null;
  const n = args ? int(args.positional[0]) ?? int(args.keyword.get("length")) : null;
  switch (name.toLowerCase()) {
    case "string":
    case "unicode":
    case "varchar":
      return n === null ? "varchar" : `varchar(${n})`;
    case "text":
    case "unicodetext":
      return "text";
    case "integer":
    case "int":
      return "integer";
    case "biginteger":
    case "bigint":
      return "bigint";
    case "smallinteger":
    case "smallint":
      return "smallint";
    case "boolean":
      return "boolean";
    case "datetime":
    case "timestamp":
      return bool(args?.keyword.get("timezone")) ? "timestamp with time zone" : "timestamp";
    case "date":
      return "date";
    case "time":
      return "time";
    case "float":
      return "double precision";
    case "numeric":
    case "decimal": {
      const p = args ? int(args.positional[0]) ?? int(args.keyword.get("precision")) : null;
      const s = args ? int(args.positional[1]) ?? int(args.keyword.get("scale")) : null;
      return p === null ? "numeric" : `numeric(${p},${s ?? 0})`;
    }
    case "json":
      return "json";
    case "jsonb":
      return "jsonb";
    case "largebinary":
    case "binary":
      return "bytea";
    case "uuid":
      return "uuid";
    case "interval":
      return "interval";
    case "":
      return null;
    default:
      return name.toLowerCase();
  }
}
function readColumn(node) {
  if (!node || node.type !== "call" || !/(?:^|\.)Column$/.test(callName(node) ?? "")) return null;
  const args = callArgs(node);
  const name = str2(args.positional[0] ?? args.keyword.get("name"));
  if (name === null) return null;
  const typeNode = args.positional[1] && str2(args.positional[1]) === null ? args.positional[1] : args.keyword.get("type_") ?? null;
  const primaryKey = bool(args.keyword.get("primary_key")) === true;
  const nullable = bool(args.keyword.get("nullable"));
  const serverDefault = args.keyword.get("server_default");
  const info = {
    name,
    type: sqlType(typeNode),
    notNull: nullable === false || primaryKey && nullable !== true,
    hasDefault: serverDefault !== void 0 && !isNone(serverDefault) || args.keyword.has("server_onupdate") || args.keyword.has("autoincrement") || primaryKey && /int/.test(sqlType(typeNode) ?? "")
  };
  if (primaryKey) info.primaryKey = true;
  if (bool(args.keyword.get("unique")) === true) info.unique = true;
  return info;
}
var AlembicReader = class {
  constructor(dialect, body) {
    this.dialect = dialect;
    this.body = body;
    for (const w of body.descendantsOfType("with_statement")) {
      if (!w) continue;
      for (const item of w.descendantsOfType("with_item")) {
        const call = item?.descendantsOfType("call")[0];
        const target = item?.descendantsOfType("as_pattern_target")[0];
        if (!call || !target || !/\.batch_alter_table$/.test(callName(call) ?? "")) continue;
        const a = callArgs(call);
        const table = str2(arg(a, 0, "table_name"));
        const schema = str2(a.keyword.get("schema"));
        this.batches.push({ alias: target.text, table: table === null ? null : schema ? `${schema}.${table}` : table, start: w.startIndex, end: w.endIndex });
      }
    }
  }
  dialect;
  body;
  /** `with op.batch_alter_table("t") as batch_op:` blocks: alias, table, range. */
  batches = [];
  /** Whether a call sits inside another call's arguments (`op.f("ix")` inside `op.create_index`): read with that call. */
  nested(call) {
    for (let p = call.parent, depth = 0; p && !sameNode(p, this.body) && depth < 200; p = p.parent, depth++) {
      if (p.type === "argument_list" || p.type === "call") return true;
      if (p.type === "with_item") return true;
    }
    return false;
  }
  call(call, out) {
    if (this.nested(call)) return;
    const name = callName(call);
    const unread = (why) => {
      out.push(unreadStatement(call, why, this.dialect));
    };
    const forEffect = call.parent?.type === "expression_statement";
    if (name === null) return forEffect ? unread(`${call.text.slice(0, 60)} is a call the gate cannot name`) : void 0;
    const dot = name.lastIndexOf(".");
    const receiver = dot === -1 ? "" : name.slice(0, dot);
    const method = name.slice(dot + 1);
    const args = callArgs(call);
    if (method === "execute" && receiver !== "") {
      let sql = deref(arg(args, 0, receiver === "op" ? "sqltext" : "statement"));
      if (sql?.type === "call" && /(?:^|\.)text$/.test(callName(sql) ?? "")) sql = deref(callArgs(sql).positional[0]);
      if (sql && stringLiteral(sql) === null) return unread(`${name} runs a statement built at run time (${sql.text.slice(0, 60)}), which the gate cannot read`);
      out.push(...sqlArgument(sql, call, this.dialect, name));
      return;
    }
    const batch = this.batches.find((b) => b.alias === receiver && call.startIndex >= b.start && call.endIndex <= b.end);
    if (receiver !== "op" && !batch) {
      if (receiver === "" && forEffect && !HARMLESS_CALLS.test(name)) unread(`${name}() runs code of the migration that the gate does not read`);
      return;
    }
    if (batch && batch.table === null) return unread(`${name} inside a batch_alter_table whose table is not a literal`);
    const ops = this.operations(method, args, batch?.table ?? null, name);
    if (ops === null) return unread(`${name} is not an operation the gate reads`);
    if (typeof ops === "string") return unread(`${name} ${ops}`);
    out.push(callStatement(call, ops, this.dialect));
  }
  /** The operations of `op.<method>(…)` (or `batch_op.<method>(…)` on `table`); null: not mapped; a string: why it is unread. */
  operations(method, args, batchTable, name) {
    const b = batchTable !== null;
    const at = (i, kw) => arg(args, b && i > 0 ? i - 1 : i, kw);
    const schema = str2(args.keyword.get("schema"));
    const tableAt = (i, kw = "table_name") => {
      if (b) return batchTable;
      const t = str2(arg(args, i, kw));
      return t === null ? null : schema ? `${schema}.${t}` : t;
    };
    const notLiteral = "with a table or column name that is not a literal";
    switch (method) {
      case "add_column": {
        const table = tableAt(0);
        const column = readColumn(b ? arg(args, 0, "column") : arg(args, 1, "column"));
        if (table === null || column === null) return notLiteral;
        return [{ kind: "add-column", table, column }];
      }
      case "drop_column": {
        const table = tableAt(0);
        const column = str2(b ? arg(args, 0, "column_name") : arg(args, 1, "column_name"));
        if (table === null || column === null) return notLiteral;
        return [{ kind: "drop-column", table, column }];
      }
      case "alter_column": {
        const table = tableAt(0);
        const column = str2(b ? arg(args, 0, "column_name") : arg(args, 1, "column_name"));
        if (table === null || column === null) return notLiteral;
        const ops = [];
        const nullable = bool(args.keyword.get("nullable"));
        if (nullable === false) ops.push({ kind: "set-not-null", table, column });
        if (nullable === true) ops.push({ kind: "drop-not-null", table, column });
        if (args.keyword.has("type_")) ops.push({ kind: "alter-column-type", table, column, oldType: sqlType(args.keyword.get("existing_type") ?? null), newType: sqlType(args.keyword.get("type_") ?? null) });
        if (args.keyword.has("server_default")) {
          const d = args.keyword.get("server_default");
          ops.push(isNone(d) || bool(d) === false ? { kind: "drop-default", table, column } : { kind: "set-default", table, column });
        }
        const renamed = str2(args.keyword.get("new_column_name"));
        if (renamed !== null && renamed !== column) ops.push({ kind: "rename-column", table, column, newName: renamed });
        return ops.length > 0 ? ops : [{ kind: "other", what: "alter_column (comment or existing_* only)" }];
      }
      case "create_table": {
        const table = tableAt(0);
        if (table === null || b) return notLiteral;
        const columns = args.positional.slice(1).map(readColumn).filter((c) => c !== null);
        return [{ kind: "create-table", table, columns }];
      }
      case "drop_table": {
        const table = tableAt(0);
        if (table === null) return notLiteral;
        return [{ kind: "drop-table", table }];
      }
      case "rename_table": {
        const from = str2(arg(args, 0, "old_table_name"));
        const to = str2(arg(args, 1, "new_table_name"));
        if (from === null || to === null) return notLiteral;
        return [{ kind: "rename-table", table: schema ? `${schema}.${from}` : from, newName: schema ? `${schema}.${to}` : to }];
      }
      case "create_index": {
        const table = tableAt(1);
        const index = this.name(at(0, "index_name"));
        const columns = strings2(at(2, "columns"));
        if (table === null) return notLiteral;
        const unique = bool(args.keyword.get("unique")) === true;
        const concurrently = bool(args.keyword.get("postgresql_concurrently")) === true;
        return [{ kind: "create-index", table, name: index, unique, concurrently, columns: columns ?? [], expressions: columns === null, partial: args.keyword.has("postgresql_where") || args.keyword.has("sqlite_where") }];
      }
      case "drop_index": {
        const index = this.name(arg(args, 0, "index_name"));
        if (index === null) return notLiteral;
        const table = b ? batchTable : str2(arg(args, 1, "table_name"));
        return [{ kind: "drop-index", name: index, table: table === null ? null : schema ? `${schema}.${table}` : table }];
      }
      case "create_unique_constraint":
      case "create_primary_key": {
        const table = tableAt(1, "table_name");
        const columns = strings2(at(2, "columns"));
        if (table === null || columns === null) return notLiteral;
        return [{ kind: "add-constraint", table, constraint: method === "create_unique_constraint" ? "unique" : "primary-key", name: this.name(at(0, "constraint_name")), columns, notValid: false }];
      }
      case "create_foreign_key": {
        const table = tableAt(1, "source_table");
        const referent = str2(at(2, "referent_table"));
        const columns = strings2(at(3, "local_cols"));
        if (table === null || columns === null) return notLiteral;
        return [{ kind: "add-constraint", table, constraint: "foreign-key", name: this.name(at(0, "constraint_name")), columns, notValid: false, ...referent ? { references: referent } : {} }];
      }
      case "create_check_constraint": {
        const table = tableAt(1, "table_name");
        if (table === null) return notLiteral;
        return [{ kind: "add-constraint", table, constraint: "check", name: this.name(at(0, "constraint_name")), columns: [], notValid: false }];
      }
      case "drop_constraint": {
        const table = tableAt(1, "table_name");
        const cname = this.name(at(0, "constraint_name"));
        if (table === null || cname === null) return notLiteral;
        const type = str2(args.keyword.get("type_"));
        const kind = type === "unique" ? "unique" : type === "foreignkey" ? "foreign-key" : type === "primary" ? "primary-key" : type === "check" ? "check" : void 0;
        return [{ kind: "drop-constraint", table, name: cname, ...kind ? { constraint: kind } : {} }];
      }
      case "bulk_insert":
      case "get_bind":
      case "get_context":
      case "create_table_comment":
      case "drop_table_comment":
      case "inline_literal":
      case "f":
        return [{ kind: "other", what: name }];
      default:
        return null;
    }
  }
  /** A constraint or index name: a literal, or `op.f("name")`. */
  name(node) {
    if (!node) return null;
    if (node.type === "call" && /(?:^|\.)f$/.test(callName(node) ?? "")) return str2(callArgs(node).positional[0]);
    return str2(node);
  }
};

// src/migrations/code/django.ts
var PATH2 = /(?:^|\/)([^/]+)\/migrations\/([^/_~][^/]*)\.py$/;
var IMPORT = /\bfrom\s+django\.db\s+import\b[^\n]*\bmigrations\b|\bimport\s+django\.db\.migrations\b|\bdjango\.db\.migrations\b/;
function fieldType(cls, args) {
  const n = (name) => int(args.keyword.get(name));
  switch (cls) {
    case "CharField":
      return `varchar(${n("max_length") ?? 255})`;
    case "SlugField":
      return `varchar(${n("max_length") ?? 50})`;
    case "EmailField":
      return `varchar(${n("max_length") ?? 254})`;
    case "URLField":
      return `varchar(${n("max_length") ?? 200})`;
    case "FileField":
    case "ImageField":
    case "FilePathField":
      return `varchar(${n("max_length") ?? 100})`;
    case "TextField":
      return "text";
    case "AutoField":
    case "IntegerField":
    case "PositiveIntegerField":
      return "integer";
    case "BigAutoField":
    case "BigIntegerField":
    case "PositiveBigIntegerField":
      return "bigint";
    case "SmallAutoField":
    case "SmallIntegerField":
    case "PositiveSmallIntegerField":
      return "smallint";
    case "BooleanField":
    case "NullBooleanField":
      return "boolean";
    case "DateField":
      return "date";
    case "DateTimeField":
      return "timestamp with time zone";
    case "TimeField":
      return "time";
    case "DurationField":
      return "interval";
    case "DecimalField":
      return `numeric(${n("max_digits") ?? ""},${n("decimal_places") ?? ""})`;
    case "FloatField":
      return "double precision";
    case "UUIDField":
      return "uuid";
    case "JSONField":
      return "jsonb";
    case "BinaryField":
      return "bytea";
    case "GenericIPAddressField":
    case "IPAddressField":
      return "inet";
    case "ForeignKey":
    case "OneToOneField":
      return null;
    // the referenced key's type, which the history may not tell
    default:
      return cls.toLowerCase();
  }
}
var RELATIONS = /* @__PURE__ */ new Set(["ForeignKey", "OneToOneField", "ParentalKey"]);
function readField(name, field) {
  if (!field || field.type !== "call") return null;
  const cls = (callName(field) ?? "").split(".").pop() ?? "";
  if (cls === "ManyToManyField" || cls === "ParentalManyToManyField") return "m2m";
  const args = callArgs(field);
  const relation = RELATIONS.has(cls);
  const dbColumn = str2(args.keyword.get("db_column"));
  const column = dbColumn ?? (relation ? `${name}_id` : name);
  const nullable = bool(args.keyword.get("null")) === true || cls === "NullBooleanField";
  const primaryKey = bool(args.keyword.get("primary_key")) === true || /AutoField$/.test(cls);
  const hasDefault = args.keyword.has("db_default") || /AutoField$/.test(cls);
  const info = { name: column.toLowerCase(), type: fieldType(cls, args), notNull: !nullable || primaryKey, hasDefault };
  if (primaryKey) info.primaryKey = true;
  if (bool(args.keyword.get("unique")) === true) info.unique = true;
  return { column: info, relation };
}
function modelKey(app, model) {
  return `${app}.${model.toLowerCase()}`;
}
var djangoAdapter = {
  framework: "django",
  extensions: [".py"],
  language: () => "python",
  conventionalPath: (path) => PATH2.test(path),
  detect(path, text, configured) {
    const m = PATH2.exec(path);
    const version = null;
    if (text === null) return m || configured ? { version, reason: "a Django migration by its path" } : null;
    if (!IMPORT.test(text.slice(0, 16384)) && !(configured && /class\s+Migration\b/.test(text))) return null;
    return { version, reason: `a Django migration (${m ? `app ${m[1]}, ` : ""}imports django.db.migrations)` };
  },
  parse: parseDjango,
  fileFindings(input) {
    const state = input.history.state("django", newState);
    const node = state.pr.get(input.file.path);
    if (input.status !== "added" || !node || state.base.size === 0) return [];
    const leaves = leavesOf(node.app, [...state.base.values(), ...state.pr.values()]);
    if (leaves.length <= 1 || !leaves.includes(`${node.app}.${node.name}`)) return [];
    const others = leaves.filter((l) => l !== `${node.app}.${node.name}`).map((l) => l.slice(node.app.length + 1));
    const hit = {
      line: node.line,
      endLine: node.line,
      message: `${input.file.path} is a second leaf of app ${node.app}'s migration graph (beside ${others.slice(0, 3).join(", ")}): its dependencies are not the app's latest migration, and Django refuses to migrate ("Conflicting migrations detected") until a merge migration joins them.`,
      object: input.file.path,
      tables: []
    };
    return [{ rule: "out-of-order-migration", hit }];
  }
};
function newState() {
  return { models: /* @__PURE__ */ new Map(), base: /* @__PURE__ */ new Map(), pr: /* @__PURE__ */ new Map() };
}
function leavesOf(app, nodes) {
  const own = nodes.filter((n) => n.app === app);
  const replaced = new Set(own.flatMap((n) => n.replaces));
  const alias = /* @__PURE__ */ new Map();
  for (const n of own) for (const r of n.replaces) alias.set(r, `${app}.${n.name}`);
  const hasChild = /* @__PURE__ */ new Set();
  for (const n of own) for (const d of n.dependencies) hasChild.add(alias.get(d) ?? d).add(d);
  return [...new Set(own.map((n) => `${app}.${n.name}`))].filter((id) => !replaced.has(id) && !hasChild.has(id));
}
function migrationName(path) {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.py$/, "");
}
function appOf(path) {
  const parts = path.split("/");
  const i = parts.lastIndexOf("migrations");
  return (i > 0 ? parts[i - 1] : parts[parts.length - 2] ?? "app").toLowerCase();
}
function parseDjango(input) {
  const { root, dialect } = input;
  const history = input.history.state("django", newState);
  const state = history.models;
  const app = appOf(input.file.path);
  const forward = [];
  let operations = null;
  const scopes = [root];
  for (const cls of root.descendantsOfType("class_definition")) {
    if (cls?.childForFieldName("name")?.text !== "Migration") continue;
    const body = cls.childForFieldName("body");
    if (body) scopes.push(body);
    const node = { app, name: migrationName(input.file.path), dependencies: [], replaces: [], line: cls.startPosition.row + 1 };
    for (const stmt of body?.namedChildren ?? []) {
      const assign = stmt?.type === "expression_statement" ? stmt.namedChildren[0] : null;
      if (assign?.type !== "assignment") continue;
      const left = assign.childForFieldName("left")?.text;
      if (left === "operations") operations = assign.childForFieldName("right");
      if (left === "dependencies" || left === "replaces") {
        node.line = left === "dependencies" ? assign.startPosition.row + 1 : node.line;
        for (const pair of elements(assign.childForFieldName("right")) ?? []) {
          const [a, n] = strings2(pair) ?? [];
          if (a?.toLowerCase() === app && n) node[left].push(`${app}.${n}`);
        }
      }
    }
    (input.replay ? history.base : history.pr).set(input.replay ? `${app}.${node.name}` : input.file.path, node);
  }
  readConstants(...scopes);
  if (!operations) return { downSections: [], forward: [] };
  const list = elements(operations);
  if (!list) {
    forward.push(unreadStatement(operations, "the operations are not a list literal: computed when Django loads the migration", dialect));
    return { downSections: [], forward };
  }
  const reader = new DjangoReader(app, state, dialect);
  for (const op of list) reader.operation(op, forward, 0);
  return { downSections: [], forward };
}
var MAX_NESTING = 4;
var DjangoReader = class {
  constructor(app, state, dialect) {
    this.app = app;
    this.state = state;
    this.dialect = dialect;
  }
  app;
  state;
  dialect;
  model(name) {
    const key = modelKey(this.app, name);
    let m = this.state.get(key);
    if (!m) this.state.set(key, m = { table: `${this.app}_${name.toLowerCase()}`, fields: /* @__PURE__ */ new Map(), unique: [] });
    return m;
  }
  column(model, field) {
    return model.fields.get(field)?.column ?? field.toLowerCase();
  }
  /** One element of `operations`: its statement(s) appended to `out`; `stateOnly`: update the history alone. */
  operation(written, out, depth, stateOnly = false) {
    const node = deref(written) ?? written;
    const unread = (why) => {
      if (!stateOnly) out.push(unreadStatement(node, why, this.dialect));
    };
    if (node.type !== "call") return unread("an operation that is not a call written in the migration (a variable or an expression), so what it does is unknown");
    const name = callName(node) ?? node.childForFieldName("function")?.text ?? "?";
    const op = /Extension$/.test(name) ? name.split(".").pop() ?? name : name.replace(/^(?:django\.db\.)?migrations\./, "");
    const args = callArgs(node);
    const emit = (ops) => {
      if (!stateOnly) out.push(callStatement(node, ops, this.dialect));
    };
    const modelName = (i, kw = "model_name") => str2(arg(args, i, kw));
    switch (op) {
      case "CreateModel": {
        const model = str2(arg(args, 0, "name"));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const options = dict(arg(args, 2, "options"));
        const table = str2(options?.get("db_table")) ?? `${this.app}_${model.toLowerCase()}`;
        const m = { table: table.toLowerCase(), fields: /* @__PURE__ */ new Map(), unique: [] };
        this.state.set(modelKey(this.app, model), m);
        const columns = [];
        for (const f of elements(arg(args, 1, "fields")) ?? []) {
          const pair = elements(f);
          const fname = str2(pair?.[0]);
          if (!pair || fname === null) continue;
          const read = readField(fname, pair[1] ?? null);
          if (read === "m2m" || read === null) continue;
          m.fields.set(fname, { column: read.column.name, relation: read.relation });
          columns.push(read.column);
        }
        for (const u of elements(options?.get("unique_together")) ?? []) {
          const cols = strings2(u);
          if (cols) m.unique.push(cols);
        }
        return emit([{ kind: "create-table", table: m.table, columns }]);
      }
      case "DeleteModel": {
        const model = str2(arg(args, 0, "name"));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        this.state.delete(modelKey(this.app, model));
        return emit([{ kind: "drop-table", table: m.table }]);
      }
      case "RenameModel": {
        const from = str2(arg(args, 0, "old_name"));
        const to = str2(arg(args, 1, "new_name"));
        if (from === null || to === null) return unread(`${name} with names that are not literals`);
        const m = this.model(from);
        const defaultTable = `${this.app}_${from.toLowerCase()}`;
        this.state.delete(modelKey(this.app, from));
        if (m.table !== defaultTable) {
          this.state.set(modelKey(this.app, to), m);
          return emit([{ kind: "other", what: "RenameModel of a model with db_table" }]);
        }
        const renamed = { ...m, table: `${this.app}_${to.toLowerCase()}` };
        this.state.set(modelKey(this.app, to), renamed);
        return emit([{ kind: "rename-table", table: m.table, newName: renamed.table }]);
      }
      case "AlterModelTable": {
        const model = str2(arg(args, 0, "name"));
        const tableNode = arg(args, 1, "table");
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        const table = isNone(tableNode) ? `${this.app}_${model.toLowerCase()}` : str2(tableNode);
        if (table === null) return unread(`${name} with a table name that is not a literal`);
        const from = m.table;
        m.table = table.toLowerCase();
        return emit(from === m.table ? [{ kind: "other", what: "AlterModelTable to the same table" }] : [{ kind: "rename-table", table: from, newName: m.table }]);
      }
      case "AddField":
      case "AlterField": {
        const model = modelName(0);
        const field = str2(arg(args, 1, "name"));
        if (model === null || field === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const read = readField(field, arg(args, 2, "field"));
        if (read === "m2m") return emit([{ kind: "other", what: `${op} of a ManyToManyField (a join table)` }]);
        if (read === null) return unread(`${name} with a field that is not a literal call, so its column is unknown`);
        if (op === "AddField") {
          m.fields.set(field, { column: read.column.name, relation: read.relation });
          return emit([{ kind: "add-column", table: m.table, column: read.column }]);
        }
        const before = this.column(m, field);
        m.fields.set(field, { column: read.column.name, relation: read.relation });
        return emit([{ kind: "redefine-column", table: m.table, column: before, def: read.column }]);
      }
      case "RemoveField": {
        const model = modelName(0);
        const field = str2(arg(args, 1, "name"));
        if (model === null || field === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const column = this.column(m, field);
        m.fields.delete(field);
        return emit([{ kind: "drop-column", table: m.table, column }]);
      }
      case "RenameField": {
        const model = modelName(0);
        const from = str2(arg(args, 1, "old_name"));
        const to = str2(arg(args, 2, "new_name"));
        if (model === null || from === null || to === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const known = m.fields.get(from);
        const column = this.column(m, from);
        m.fields.delete(from);
        const renamed = known && known.column !== from.toLowerCase() && !(known.relation && known.column === `${from.toLowerCase()}_id`) ? known.column : known?.relation ? `${to.toLowerCase()}_id` : to.toLowerCase();
        m.fields.set(to, { column: renamed, relation: known?.relation ?? false });
        return emit(renamed === column ? [{ kind: "other", what: "RenameField of a field with db_column" }] : [{ kind: "rename-column", table: m.table, column, newName: renamed }]);
      }
      case "AlterUniqueTogether": {
        const model = str2(arg(args, 0, "name"));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        const node2 = arg(args, 1, "unique_together");
        const groups = [];
        const els = elements(node2);
        if (els && els.length > 0 && els.every((e) => str2(e) !== null)) groups.push(els.map((e) => str2(e)));
        else for (const e of els ?? []) {
          const cols = strings2(e);
          if (cols) groups.push(cols);
        }
        if (!els && !isNone(node2)) return unread(`${name} with a value that is not a literal`);
        const had = new Set(m.unique.map((g) => g.join("\0")));
        const added = groups.filter((g) => !had.has(g.join("\0")));
        m.unique = groups;
        const ops = added.map((g) => ({ kind: "add-constraint", table: m.table, constraint: "unique", name: null, columns: g.map((f) => this.column(m, f)), notValid: false }));
        return emit(ops.length > 0 ? ops : [{ kind: "other", what: "AlterUniqueTogether that adds no group" }]);
      }
      case "AddConstraint": {
        const model = modelName(0);
        const c = arg(args, 1, "constraint");
        if (model === null || !c || c.type !== "call") return unread(`${name} with a constraint that is not a literal call`);
        const m = this.model(model);
        const cls = (callName(c) ?? "").split(".").pop();
        const cargs = callArgs(c);
        const cname = str2(cargs.keyword.get("name"));
        if (cls === "UniqueConstraint") {
          const fields = strings2(cargs.keyword.get("fields")) ?? [];
          const partial = cargs.keyword.has("condition");
          if (cargs.positional.length > 0 || partial) {
            return emit([{ kind: "create-index", table: m.table, name: cname, unique: true, concurrently: false, columns: fields.map((f) => this.column(m, f)), partial, expressions: cargs.positional.length > 0 }]);
          }
          return emit([{ kind: "add-constraint", table: m.table, constraint: "unique", name: cname, columns: fields.map((f) => this.column(m, f)), notValid: false }]);
        }
        if (cls === "CheckConstraint") return emit([{ kind: "add-constraint", table: m.table, constraint: "check", name: cname, columns: [], notValid: false }]);
        if (cls === "ExclusionConstraint") return emit([{ kind: "add-constraint", table: m.table, constraint: "exclusion", name: cname, columns: [], notValid: false }]);
        return unread(`${name} with ${cls ?? "a constraint"} the gate does not know`);
      }
      case "RemoveConstraint": {
        const model = modelName(0);
        const cname = str2(arg(args, 1, "name"));
        if (model === null || cname === null) return unread(`${name} with names that are not literals`);
        return emit([{ kind: "drop-constraint", table: this.model(model).table, name: cname }]);
      }
      case "AddIndex":
      case "AddIndexConcurrently": {
        const model = modelName(0);
        const idx = arg(args, 1, "index");
        if (model === null || !idx || idx.type !== "call") return unread(`${name} with an index that is not a literal call`);
        const m = this.model(model);
        const iargs = callArgs(idx);
        const fields = (strings2(iargs.keyword.get("fields")) ?? []).map((f) => this.column(m, f.replace(/^-/, "")));
        return emit([{ kind: "create-index", table: m.table, name: str2(iargs.keyword.get("name")), unique: false, concurrently: op === "AddIndexConcurrently", columns: fields, partial: iargs.keyword.has("condition"), expressions: iargs.positional.length > 0 }]);
      }
      case "RemoveIndex":
      case "RemoveIndexConcurrently": {
        const model = modelName(0);
        const iname = str2(arg(args, 1, "name"));
        if (model === null || iname === null) return unread(`${name} with names that are not literals`);
        return emit([{ kind: "drop-index", name: iname, table: this.model(model).table }]);
      }
      case "RenameIndex": {
        const model = modelName(0);
        const to = str2(arg(args, 1, "new_name"));
        const from = str2(args.keyword.get("old_name"));
        if (model === null || to === null) return unread(`${name} with names that are not literals`);
        if (from === null) return emit([{ kind: "other", what: "RenameIndex of an unnamed index (old_fields)" }]);
        return emit([{ kind: "rename-object", objectKind: "index", name: from, newName: to, table: this.model(model).table }]);
      }
      case "RunSQL": {
        if (stateOnly) return;
        const sql = deref(arg(args, 0, "sql"));
        if (sql && /(?:^|\.)RunSQL\.noop$/.test(sql.text)) return emit([{ kind: "other", what: "RunSQL.noop" }]);
        const items = elements(sql);
        if (items && sql?.type === "list") {
          for (const item of items) {
            const pair = item.type === "tuple" ? elements(item) : null;
            out.push(...sqlArgument(deref(pair ? pair[0] ?? null : item), node, this.dialect, name));
          }
          return;
        }
        out.push(...sqlArgument(sql, node, this.dialect, name));
        return;
      }
      case "RunPython":
        return unread(`${name} runs Python code, which the gate does not execute`);
      case "SeparateDatabaseAndState": {
        if (depth >= MAX_NESTING) return unread(`${name} nested too deep`);
        const database = elements(args.keyword.get("database_operations") ?? args.positional[0]);
        const stateOps = elements(args.keyword.get("state_operations") ?? args.positional[1]);
        for (const d of database ?? []) this.operation(d, out, depth + 1, stateOnly);
        for (const s of stateOps ?? []) this.operation(s, [], depth + 1, true);
        if (!database && (args.keyword.has("database_operations") || args.positional[0])) unread(`${name} with database operations that are not a list literal`);
        return;
      }
      // django.contrib.postgres.operations: CREATE EXTENSION (IF NOT EXISTS) breaks nothing the previous release uses.
      case "CreateExtension":
      case "BloomExtension":
      case "BtreeGinExtension":
      case "BtreeGistExtension":
      case "CITextExtension":
      case "CryptoExtension":
      case "HStoreExtension":
      case "TrigramExtension":
      case "UnaccentExtension":
      case "AlterModelOptions":
      case "AlterModelManagers":
      case "AlterIndexTogether":
      case "AlterModelTableComment":
        return emit([{ kind: "other", what: op }]);
      default:
        return unread(`${name} is not an operation the gate reads`);
    }
  }
};

// src/migrations/code/php.ts
function phpArgs(call) {
  const out = { positional: [], named: /* @__PURE__ */ new Map(), spread: false };
  const list = call.childForFieldName("arguments");
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === "comment") continue;
    if (a.type === "variadic_unpacking") {
      out.spread = true;
      continue;
    }
    const name = a.childForFieldName("name");
    const value = a.namedChildren.filter((c) => c !== null && c.type !== "comment" && !(name && c.startIndex === name.startIndex)).at(-1);
    if (!value) continue;
    if (value.type === "variadic_unpacking" || a.text.startsWith("...")) out.spread = true;
    else if (name) out.named.set(name.text, value);
    else out.positional.push(value);
  }
  return out;
}
function phpArg(args, i, name) {
  return args.named.get(name) ?? args.positional[i];
}
var PHP_INTERPOLATIONS = ["variable_name", "member_access_expression", "subscript_expression", "dynamic_variable_name", "member_call_expression"];
function phpString(node) {
  if (!node) return null;
  const lit = stringLiteral(node);
  if (!lit) return null;
  if (!lit.interpolated && (node.type === "heredoc" || node.type === "encapsed_string") && node.descendantsOfType(PHP_INTERPOLATIONS).some((d) => d !== null)) {
    return { ...lit, interpolated: true };
  }
  if (node.type === "heredoc" && lit.value.startsWith("\n")) {
    return { ...lit, value: lit.value.slice(1), offset: lit.offset + 1, row: lit.row + 1, column: 0 };
  }
  return lit;
}
function phpName(node) {
  const lit = phpString(node);
  return lit && !lit.interpolated ? lit.value : null;
}
function phpNames(node) {
  if (!node) return null;
  const one = phpName(node);
  if (one !== null) return [one];
  if (node.type !== "array_creation_expression") return null;
  const out = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === "comment") continue;
    if (e.type !== "array_element_initializer" || e.namedChildren.length !== 1) return null;
    const name = phpName(e.namedChildren[0]);
    if (name === null) return null;
    out.push(name);
  }
  return out;
}
function phpArrayKeys(node) {
  if (node?.type !== "array_creation_expression") return null;
  const out = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === "comment") continue;
    if (e.type !== "array_element_initializer" || e.namedChildren.length !== 2) return null;
    const key = phpName(e.namedChildren[0]);
    if (key === null) return null;
    out.push(key);
  }
  return out;
}
function phpBool(node) {
  if (node?.type !== "boolean") return null;
  return node.text.toLowerCase() === "true";
}
function phpInt(node) {
  return node?.type === "integer" ? Number(node.text.replace(/_/g, "")) : null;
}
function isPhpNull(node) {
  return node?.type === "null";
}
function phpChain(node) {
  const links = [];
  let n = node;
  for (; ; ) {
    if (n.type === "member_call_expression" || n.type === "nullsafe_member_call_expression") {
      const name = n.childForFieldName("name");
      const object = n.childForFieldName("object");
      if (!name || !object || name.type !== "name") return null;
      links.push({ method: name.text, args: phpArgs(n), node: n });
      n = object;
      continue;
    }
    if (n.type === "scoped_call_expression") {
      const name = n.childForFieldName("name");
      const scope = n.childForFieldName("scope");
      if (!name || !scope || name.type !== "name") return null;
      links.push({ method: name.text, args: phpArgs(n), node: n });
      links.reverse();
      return { root: n, scope: scope.text.replace(/^.*\\/, ""), links };
    }
    links.reverse();
    return { root: n, scope: null, links };
  }
}
function phpClosure(node) {
  if (!node || node.type !== "anonymous_function" && node.type !== "arrow_function" && node.type !== "anonymous_function_creation_expression") return null;
  const body = node.childForFieldName("body");
  if (!body) return null;
  const first = node.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "simple_parameter");
  return { param: first?.childForFieldName("name")?.text ?? null, body };
}
function phpStatements(body) {
  if (body.type !== "compound_statement") return [body];
  return body.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function phpMethods(root, base) {
  const out = [];
  for (const cls of root.descendantsOfType(["class_declaration", "anonymous_class"])) {
    if (!cls) continue;
    const baseClause = cls.namedChildren.find((c) => c?.type === "base_clause");
    if (!baseClause || !base.test(baseClause.text)) continue;
    const methods = /* @__PURE__ */ new Map();
    for (const m of cls.childForFieldName("body")?.namedChildren ?? []) {
      const name = m?.type === "method_declaration" ? m.childForFieldName("name")?.text : void 0;
      if (m && name) methods.set(name.toLowerCase(), m);
    }
    out.push({ cls, methods });
  }
  return out;
}
function phpSql(arg3, call, dialect, name) {
  const literal = phpString(arg3);
  if (!literal) return [unreadStatement(call, `${name} runs SQL that is not a string literal (${arg3 ? "a value computed at run time" : "no argument"}), which the gate cannot read`, dialect)];
  return sqlStatements(literal, dialect, name);
}

// src/migrations/code/doctrine.ts
var PATH3 = /(?:^|\/)[^/]*[Mm]igrations\/(?:[^/]+\/)*Version(\d{14})\w*\.php$/;
var doctrineAdapter = {
  framework: "doctrine",
  extensions: [".php"],
  language: () => "php",
  conventionalPath: (path) => PATH3.test(path),
  detect(path, text, configured) {
    const version = (PATH3.exec(path) ?? /(?:^|\/)Version(\d{14})\w*\.php$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH3.test(path) || configured ? { version, reason: "a Doctrine migration by its path" } : null;
    const direct = /\bextends\s+\\?(?:[\w\\]+\\)?AbstractMigration\b/.test(text);
    if (!direct && !(/\bDoctrine\\(?:Migrations|DBAL\\Schema)\\/.test(text) && /\bclass\s+Version\d+\w*\s+extends\s/.test(text))) return null;
    return { version, reason: direct ? "a Doctrine migration (extends AbstractMigration)" : "a Doctrine migration (a Version class with Doctrine imports)" };
  },
  parse: parseDoctrine
};
var MAX_DEPTH = 12;
var HARMLESS_THIS = /* @__PURE__ */ new Set(["abortIf", "skipIf", "warnIf", "write", "throwIrreversibleMigrationException", "getDescription", "isTransactional"]);
var CONNECTION_SQL = /* @__PURE__ */ new Set(["executeStatement", "executeQuery", "executeUpdate", "exec", "query"]);
var CONNECTION_READS = /* @__PURE__ */ new Set(["fetchAllAssociative", "fetchAssociative", "fetchOne", "fetchFirstColumn", "fetchAllNumeric", "getDatabasePlatform", "createSchemaManager", "getSchemaManager", "quote", "quoteIdentifier"]);
function parseDoctrine(input) {
  const { root, dialect } = input;
  const forward = [];
  const downSections = [];
  for (const { methods } of phpMethods(root, /\bextends\b/)) {
    for (const name of ["preup", "up", "postup"]) {
      const body = methods.get(name)?.childForFieldName("body");
      if (body) new DoctrineReader(dialect).body(phpStatements(body), forward, 0);
    }
    const down = methods.get("down");
    const downBody = down?.childForFieldName("body");
    if (down && downBody && phpStatements(downBody).length > 0) downSections.push({ line: down.startPosition.row + 1, endLine: down.endPosition.row + 1 });
  }
  return { downSections, forward };
}
var DoctrineReader = class {
  constructor(dialect) {
    this.dialect = dialect;
  }
  dialect;
  /** `$table = $schema->getTable('t')` → `$table` names `t`. */
  tables = /* @__PURE__ */ new Map();
  body(statements, out, depth) {
    for (const s of statements) this.statement(s, out, depth);
  }
  unread(node, why, out) {
    out.push(unreadStatement(node, why, this.dialect));
  }
  statement(node, out, depth) {
    if (depth > MAX_DEPTH) return this.unread(node, "blocks nested too deep to read", out);
    switch (node.type) {
      case "comment":
      case "empty_statement":
      case "return_statement":
      case "echo_statement":
      case "throw_expression":
        return;
      case "compound_statement":
        return this.body(phpStatements(node), out, depth + 1);
      case "if_statement":
      case "else_clause":
      case "else_if_clause": {
        const condition = node.childForFieldName("condition");
        for (const c of node.namedChildren) {
          if (!c || c.type === "comment" || condition && c.startIndex === condition.startIndex && c.type === condition.type) continue;
          this.statement(c, out, depth + 1);
        }
        return;
      }
      case "expression_statement": {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== "comment");
        if (!expr || expr.type === "throw_expression") return;
        if (expr.type === "assignment_expression") return this.assignment(expr, node, out);
        return this.expression(expr, node, out);
      }
      default:
        return this.unread(node, `${node.text.split("\n")[0].slice(0, 60)} is code the gate does not read`, out);
    }
  }
  /** `$table = $schema->getTable('users');` / `createTable('t')` (the latter creates it). */
  assignment(expr, stmt, out) {
    const left = expr.childForFieldName("left");
    const right = expr.childForFieldName("right");
    if (left?.type !== "variable_name" || !right) return;
    this.tables.delete(left.text);
    const chain2 = right.type === "member_call_expression" ? phpChain(right) : null;
    if (!chain2 || chain2.root.text !== "$schema" || chain2.links.length !== 1) return;
    const [link] = chain2.links;
    if (link.method !== "getTable" && link.method !== "createTable") return;
    const t = phpName(phpArg(link.args, 0, "name"));
    if (t === null) return this.unread(stmt, `$schema->${link.method} with a table name that is not a literal`, out);
    this.tables.set(left.text, t);
    if (link.method === "createTable") out.push(callStatement(stmt, [{ kind: "create-table", table: t, columns: [] }], this.dialect));
  }
  expression(expr, stmt, out) {
    const chain2 = expr.type === "member_call_expression" || expr.type === "scoped_call_expression" ? phpChain(expr) : null;
    if (!chain2 || chain2.links.length === 0) return this.unread(stmt, `${expr.text.split("\n")[0].slice(0, 60)} is code the gate does not read`, out);
    const { root, links } = chain2;
    const first = links[0];
    if (root.text === "$this") {
      if (first.method === "addSql" && links.length === 1) {
        out.push(...phpSql(phpArg(first.args, 0, "sql"), stmt, this.dialect, "$this->addSql"));
        return;
      }
      if (HARMLESS_THIS.has(first.method) && links.length === 1) return;
      return this.unread(stmt, `$this->${first.method} is not an operation the gate reads`, out);
    }
    if (/^\$this->connection$/.test(root.text)) {
      if (CONNECTION_SQL.has(first.method) && links.length === 1) {
        out.push(...phpSql(phpArg(first.args, 0, "sql"), stmt, this.dialect, `$this->connection->${first.method}`));
        return;
      }
      if (CONNECTION_READS.has(first.method)) return;
      return this.unread(stmt, `$this->connection->${first.method} is not an operation the gate reads`, out);
    }
    if (root.text === "$schema") {
      if (first.method === "getTable" && links.length === 2) {
        const t2 = phpName(phpArg(first.args, 0, "name"));
        if (t2 === null) return this.unread(stmt, "$schema->getTable with a table name that is not a literal", out);
        return this.emit(this.tableCall(links[1], t2), stmt, out, `$schema->getTable('${t2}')->${links[1].method}`);
      }
      if (links.length !== 1) return this.unread(stmt, `$schema->${links.map((l) => l.method).join("->")} is not an operation the gate reads`, out);
      const t = phpName(phpArg(first.args, 0, "name"));
      switch (first.method) {
        case "dropTable":
          return this.emit(t === null ? "with a table name that is not a literal" : [{ kind: "drop-table", table: t }], stmt, out, "$schema->dropTable");
        case "renameTable": {
          const to = phpName(phpArg(first.args, 1, "newName"));
          return this.emit(t === null || to === null ? "with a table name that is not a literal" : [{ kind: "rename-table", table: t, newName: to }], stmt, out, "$schema->renameTable");
        }
        case "createTable":
          return this.emit(t === null ? "with a table name that is not a literal" : [{ kind: "create-table", table: t, columns: [] }], stmt, out, "$schema->createTable");
        case "hasTable":
        case "getTable":
          return;
        default:
          return this.unread(stmt, `$schema->${first.method} is not an operation the gate reads`, out);
      }
    }
    const held = this.tables.get(root.text);
    if (held !== void 0 && links.length >= 1) {
      return this.emit(this.tableCall(first, held, links.slice(1)), stmt, out, `${root.text}->${first.method}`);
    }
    return this.unread(stmt, `${root.text.split("\n")[0].slice(0, 40)}->${first.method} runs application code that the gate does not read`, out);
  }
  emit(ops, stmt, out, name) {
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === "string") return this.unread(stmt, `${name} ${ops}`, out);
    out.push(callStatement(stmt, ops, this.dialect));
  }
  /** A `Table` method on table `t` (Doctrine DBAL's Schema API). */
  tableCall(link, t, setters = []) {
    const a = link.args;
    const notLiteral = "with a name that is not a literal";
    switch (link.method) {
      case "dropColumn": {
        const c = phpName(phpArg(a, 0, "name"));
        return c === null ? notLiteral : [{ kind: "drop-column", table: t, column: c }];
      }
      case "renameColumn": {
        const c = phpName(phpArg(a, 0, "oldName"));
        const to = phpName(phpArg(a, 1, "newName"));
        return c === null || to === null ? notLiteral : [{ kind: "rename-column", table: t, column: c, newName: to }];
      }
      case "addColumn": {
        const c = phpName(phpArg(a, 0, "name"));
        const type = phpName(phpArg(a, 1, "typeName"));
        if (c === null) return notLiteral;
        const options = /* @__PURE__ */ new Map();
        const opt = phpArg(a, 2, "options");
        for (const e of opt?.type === "array_creation_expression" ? opt.namedChildren : []) {
          const k = e?.type === "array_element_initializer" && e.namedChildren.length === 2 ? phpName(e.namedChildren[0]) : null;
          if (k !== null && e?.namedChildren[1]) options.set(k, e.namedChildren[1]);
        }
        for (const s of setters) {
          const m = /^set(\w+)$/.exec(s.method);
          const v = s.args.positional[0];
          if (m && v) options.set(m[1][0].toLowerCase() + m[1].slice(1), v);
        }
        const column = { name: c, type: type?.toLowerCase() ?? null, notNull: phpBool(options.get("notnull")) !== false, hasDefault: options.has("default") || phpBool(options.get("autoincrement")) === true };
        return [{ kind: "add-column", table: t, column }];
      }
      case "addUniqueIndex":
      case "addIndex": {
        const cols = phpNames(phpArg(a, 0, "columnNames"));
        if (cols === null) return notLiteral;
        return [{ kind: "create-index", table: t, name: phpName(phpArg(a, 1, "indexName")), unique: link.method === "addUniqueIndex", concurrently: false, columns: cols }];
      }
      case "dropIndex": {
        const n = phpName(phpArg(a, 0, "name"));
        return n === null ? notLiteral : [{ kind: "drop-index", name: n, table: t }];
      }
      case "dropPrimaryKey":
        return [{ kind: "drop-constraint", table: t, name: `${t}_pkey`, constraint: "primary-key" }];
      case "setPrimaryKey": {
        const cols = phpNames(phpArg(a, 0, "columnNames"));
        return cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "primary-key", name: null, columns: cols, notValid: false }];
      }
      case "removeForeignKey": {
        const n = phpName(phpArg(a, 0, "name"));
        return n === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: n, constraint: "foreign-key" }];
      }
      case "addForeignKeyConstraint": {
        const to = phpName(phpArg(a, 0, "foreignTable"));
        const cols = phpNames(phpArg(a, 1, "localColumnNames"));
        return to === null || cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "foreign-key", name: phpName(phpArg(a, 4, "name")), columns: cols, notValid: false, references: to }];
      }
      case "hasColumn":
      case "hasIndex":
      case "getColumn":
        return [];
      default:
        return null;
    }
  }
};

// src/migrations/code/ef-core-snapshot.ts
var MAX_CHAIN = 64;
var MAX_HIERARCHY = 32;
function chain(expr, param) {
  const out = [];
  let n = expr;
  for (let i = 0; i < MAX_CHAIN && n; i++) {
    if (n.type === "identifier") return n.text === param ? out.reverse() : null;
    if (n.type !== "invocation_expression") return null;
    const fn = n.childForFieldName("function");
    const m = fn ? methodOf(fn) : null;
    if (!m) return null;
    out.push({ method: m.method, generic: m.generic, args: csArgs(n) });
    n = m.receiver;
  }
  return null;
}
function nullableByType(clr) {
  if (clr === null) return true;
  if (clr.endsWith("?")) return true;
  return /^(?:System\.)?(?:string|String|byte\[\]|object|Object)$/.test(clr);
}
function property(links, entity) {
  const [first, ...rest] = links;
  const name = csName(arg2(first.args, 0, "propertyName"));
  if (name === null) return;
  let column = name;
  let type = null;
  let maxLength = null;
  let fixed = false;
  let required = null;
  let hasDefault = false;
  let generated = false;
  for (const l of rest) {
    const a0 = l.args.positional[0];
    switch (l.method) {
      case "HasColumnName":
        column = csName(a0) ?? column;
        break;
      case "HasColumnType":
        type = csName(a0) ?? type;
        break;
      case "HasMaxLength":
        maxLength = csInt(a0);
        break;
      case "IsFixedLength":
        fixed = csBool(a0) ?? true;
        break;
      case "IsRequired":
        required = csBool(a0) ?? true;
        break;
      case "HasDefaultValue":
      case "HasDefaultValueSql":
        hasDefault = hasDefault || !isNull(a0);
        break;
      case "HasComputedColumnSql":
        hasDefault = true;
        generated = true;
        break;
    }
  }
  const existing = entity.columns.get(column);
  const info = {
    name: column,
    type: type ?? clrType(first.generic, maxLength, fixed),
    notNull: required ?? !nullableByType(first.generic),
    hasDefault: hasDefault || existing?.hasDefault === true
  };
  if (generated) info.generated = true;
  entity.columns.set(column, info);
  entity.props.set(name, column);
}
function entityStatement(links, entity) {
  const first = links[0];
  if (!first) return;
  switch (first.method) {
    case "Property":
      return property(links, entity);
    case "HasKey": {
      const cols = first.args.positional.length === 1 ? csNames(first.args.positional[0]) : first.args.positional.map((p) => csName(p));
      if (cols && cols.every((c) => c !== null)) entity.key = cols;
      return;
    }
    case "HasIndex": {
      const cols = first.args.positional.length === 1 ? csNames(first.args.positional[0]) : first.args.positional.map((p) => csName(p));
      if (!cols || cols.some((c) => c === null)) return;
      let name = null;
      let unique = false;
      for (const l of links.slice(1)) {
        if (l.method === "HasDatabaseName" || l.method === "HasName") name = csName(l.args.positional[0]) ?? name;
        if (l.method === "IsUnique") unique = csBool(l.args.positional[0]) ?? true;
      }
      entity.indexes.push({ name: name ?? "", unique, columns: cols });
      return;
    }
    case "ToTable": {
      const a0 = first.args.positional[0];
      if (isNull(a0) || a0?.type === "cast_expression") {
        entity.noTable = true;
        return;
      }
      const t = csName(a0);
      const s = first.args.positional[1];
      const schema = s && !isNull(s) && s.type !== "cast_expression" && s.type !== "lambda_expression" ? csName(s) : null;
      if (t !== null) entity.table = schema ? `${schema}.${t}` : t;
      return;
    }
    case "ToView":
    case "ToSqlQuery":
    case "ToFunction":
      entity.noTable = true;
      return;
    case "HasBaseType":
      entity.baseType = csName(first.args.positional[0]);
      return;
  }
}
function identityColumn(call, param, entity) {
  const fn = call.childForFieldName("function");
  const m = fn ? methodOf(fn) : null;
  if (!m || !/^(?:UseIdentity\w*Column|UseSerialColumn|UseHiLo|UseSequence|UseAutoincrement)$/.test(m.method)) return;
  const inner = csArgs(call).positional[0];
  const links = inner ? chain(inner, param) : null;
  if (!links || links[0]?.method !== "Property") return;
  const name = csName(links[0].args.positional[0]);
  const column = links.find((l) => l.method === "HasColumnName");
  const c = entity.columns.get((column && csName(column.args.positional[0])) ?? entity.props.get(name ?? "") ?? name ?? "");
  if (c) c.hasDefault = true;
}
function parseModelSnapshot(cls, dialect) {
  const entities = /* @__PURE__ */ new Map();
  for (const m of cls.childForFieldName("body")?.namedChildren ?? []) {
    if (m?.type !== "method_declaration" || m.childForFieldName("name")?.text !== "BuildModel") continue;
    const builder = m.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "parameter")?.childForFieldName("name")?.text;
    if (!builder) continue;
    for (const stmt of m.childForFieldName("body")?.namedChildren ?? []) {
      const call = stmt?.type === "expression_statement" ? stmt.namedChildren.find((c) => c?.type === "invocation_expression") : null;
      const fn = call?.childForFieldName("function");
      const mm = fn ? methodOf(fn) : null;
      if (!call || !mm || mm.method !== "Entity" || mm.receiver?.text !== builder) continue;
      const args = csArgs(call);
      const name = csName(args.positional[0]);
      const lambda = args.positional[1];
      if (name === null || lambda?.type !== "lambda_expression") continue;
      const param = (lambda.childForFieldName("parameters") ?? lambda.namedChildren.find((c) => c?.type === "identifier"))?.text.replace(/[()\s]/g, "");
      const body = lambda.childForFieldName("body");
      if (!param || !body) continue;
      let entity = entities.get(name);
      if (!entity) entities.set(name, entity = { node: call, table: null, noTable: false, baseType: null, columns: /* @__PURE__ */ new Map(), props: /* @__PURE__ */ new Map(), key: [], indexes: [] });
      const statements2 = body.type === "block" ? body.namedChildren : [body];
      for (const s of statements2) {
        const expr = s?.type === "expression_statement" ? s.namedChildren.find((c) => c !== null && c.type !== "comment") : s;
        if (expr?.type !== "invocation_expression") continue;
        const links = chain(expr, param);
        if (links) entityStatement(links, entity);
        else identityColumn(expr, param, entity);
      }
    }
  }
  const tableOf = (e) => {
    let at = e;
    for (let i = 0; i < MAX_HIERARCHY && at; i++) {
      if (at.noTable) return null;
      if (at.table !== null) return { table: at.table, root: at };
      at = at.baseType === null ? void 0 : entities.get(at.baseType);
    }
    return null;
  };
  const tables = /* @__PURE__ */ new Map();
  const order = [...entities.values()].sort((a, b) => (a.baseType === null ? 0 : 1) - (b.baseType === null ? 0 : 1));
  for (const e of order) {
    const t = tableOf(e);
    if (!t) continue;
    let out = tables.get(t.table);
    if (!out) tables.set(t.table, out = { node: t.root.node, columns: /* @__PURE__ */ new Map(), indexes: [] });
    const shared = t.root !== e;
    const col = (p) => e.props.get(p) ?? p;
    for (const k of e.key) {
      const c = e.columns.get(col(k));
      if (c) e.columns.set(c.name, { ...c, notNull: true, primaryKey: true });
    }
    for (const c of e.columns.values()) {
      if (out.columns.has(c.name)) continue;
      out.columns.set(c.name, shared && !c.primaryKey ? { ...c, notNull: false } : c);
    }
    for (const i of e.indexes) out.indexes.push({ ...i, columns: i.columns.map(col), name: i.name || `IX_${t.table.replace(/^.*\./, "")}_${i.columns.join("_")}` });
  }
  const statements = [];
  for (const [table, t] of tables) {
    statements.push(callStatement(t.node, [{ kind: "create-table", table, columns: [...t.columns.values()], ...t.indexes.length > 0 ? { indexes: t.indexes } : {} }], dialect));
  }
  return statements.sort((a, b) => a.start - b.start);
}

// src/migrations/code/ef-core.ts
var PATH4 = /(?:^|\/)Migrations\/(?:[^/]+\/)*(\d{14})_(\w+)\.cs$/;
var NOT_MIGRATION = /(?:\.Designer\.cs|ModelSnapshot\.cs)$/;
var efCoreAdapter = {
  framework: "ef-core",
  extensions: [".cs"],
  language: () => "c-sharp",
  conventionalPath: (path) => PATH4.test(path) && !NOT_MIGRATION.test(path),
  detect(path, text, configured) {
    if (NOT_MIGRATION.test(path)) return null;
    const m = PATH4.exec(path) ?? /(?:^|\/)(\d{14})_(\w+)\.cs$/.exec(path);
    const version = m?.[1] ?? null;
    if (text === null) return PATH4.test(path) || configured ? { version, reason: "an EF Core migration by its path" } : null;
    if (!/:\s*(?:[\w.]+\.)?Migration\b/.test(text) || !/\bMigrationBuilder\b/.test(text)) return null;
    return { version, reason: "an EF Core migration (a class deriving from Migration with Up(MigrationBuilder))" };
  },
  parse: parseEfCore
};
var MAX_DEPTH2 = 12;
var NEUTRAL = /* @__PURE__ */ new Set([
  "EnsureSchema",
  "AlterDatabase",
  "AlterTable",
  "AlterSequence",
  "CreateSequence",
  "RestartSequence",
  "RenameSequence",
  "DropSequence",
  "InsertData",
  "Annotation",
  "OldAnnotation"
]);
function clrType(clr, maxLength, fixed) {
  if (clr === null) return null;
  switch (clr.replace(/\?$/, "").replace(/^System\./, "")) {
    case "string":
    case "String":
      return maxLength === null ? "text" : `${fixed ? "char" : "varchar"}(${maxLength})`;
    case "int":
    case "Int32":
      return "integer";
    case "long":
    case "Int64":
      return "bigint";
    case "short":
    case "Int16":
      return "smallint";
    case "byte":
    case "Byte":
      return "tinyint";
    case "bool":
    case "Boolean":
      return "boolean";
    case "Guid":
      return "uuid";
    case "DateTime":
      return "timestamp";
    case "DateTimeOffset":
      return "timestamptz";
    case "DateOnly":
      return "date";
    case "TimeOnly":
    case "TimeSpan":
      return "time";
    case "decimal":
    case "Decimal":
      return "numeric";
    case "double":
    case "Double":
      return "double precision";
    case "float":
    case "Single":
      return "real";
    case "byte[]":
      return maxLength === null ? "bytea" : `varbinary(${maxLength})`;
    default:
      return clr;
  }
}
function csArgs(call) {
  const out = { positional: [], named: /* @__PURE__ */ new Map() };
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!a || a.type !== "argument") continue;
    const name = a.childForFieldName("name");
    const value = a.namedChildren.filter((c) => c !== null && c.type !== "comment" && !(name && c.startIndex === name.startIndex)).at(-1);
    if (!value) continue;
    if (name) out.named.set(name.text, value);
    else out.positional.push(value);
  }
  return out;
}
function arg2(args, i, name) {
  return args.named.get(name) ?? args.positional[i];
}
function csString(node) {
  if (!node) return null;
  if (node.type === "parenthesized_expression" && node.namedChildren.length === 1) return csString(node.namedChildren[0]);
  if (node.type === "binary_expression" && node.children.some((c) => c?.type === "+")) {
    const left = csString(node.childForFieldName("left"));
    const right = csString(node.childForFieldName("right"));
    if (!left || !right) return null;
    return { ...left, value: left.value + right.value, interpolated: left.interpolated || right.interpolated, exact: false, node };
  }
  const lit = stringLiteral(node);
  if (!lit) return null;
  if (node.type === "verbatim_string_literal" || node.type === "interpolated_string_expression" && node.text.includes("@")) {
    if (lit.value.includes('""')) return { ...lit, value: lit.value.replace(/""/g, '"'), exact: false };
  }
  return lit;
}
function csName(node) {
  const lit = csString(node);
  return lit && !lit.interpolated ? lit.value : null;
}
function csNames(node) {
  if (!node) return null;
  const one = csName(node);
  if (one !== null) return [one];
  if (!["implicit_array_creation_expression", "array_creation_expression", "collection_expression"].includes(node.type)) return null;
  const init = node.type === "collection_expression" ? node : node.namedChildren.find((c) => c?.type === "initializer_expression");
  if (!init) return null;
  const out = [];
  for (const e of init.namedChildren) {
    if (!e || e.type === "comment") continue;
    const n = csName(e);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}
function csBool(node) {
  return node?.type === "boolean_literal" ? node.text === "true" : null;
}
function csInt(node) {
  return node?.type === "integer_literal" ? Number(node.text.replace(/[_uUlL]/g, "")) : null;
}
function isNull(node) {
  return node?.type === "null_literal";
}
function typeOf2(node) {
  if (node?.type !== "typeof_expression") return null;
  return node.childForFieldName("type")?.text ?? null;
}
function methodOf(fn) {
  if (fn.type !== "member_access_expression") return null;
  const name = fn.childForFieldName("name");
  if (!name) return null;
  if (name.type === "generic_name") {
    const id = name.namedChildren.find((c) => c?.type === "identifier");
    const targs = name.namedChildren.find((c) => c?.type === "type_argument_list");
    return { receiver: fn.childForFieldName("expression"), method: id?.text ?? name.text, generic: targs?.namedChildren[0]?.text ?? null };
  }
  return { receiver: fn.childForFieldName("expression"), method: name.text, generic: null };
}
function unwrapAnnotations(call) {
  let n = call;
  for (let i = 0; i < 64; i++) {
    const fn = n.childForFieldName("function");
    const m = fn ? methodOf(fn) : null;
    if (!m || m.method !== "Annotation" && m.method !== "OldAnnotation" || m.receiver?.type !== "invocation_expression") return n;
    n = m.receiver;
  }
  return n;
}
function parseEfCore(input) {
  const { root, dialect } = input;
  const forward = [];
  const downSections = [];
  for (const cls of root.descendantsOfType("class_declaration")) {
    if (!cls) continue;
    const bases = cls.namedChildren.find((c) => c?.type === "base_list");
    if (bases && /\bModelSnapshot\b/.test(bases.text)) {
      forward.push(...parseModelSnapshot(cls, dialect));
      continue;
    }
    if (!bases || !/\bMigration\b/.test(bases.text)) continue;
    for (const m of cls.childForFieldName("body")?.namedChildren ?? []) {
      if (m?.type !== "method_declaration") continue;
      const name = m.childForFieldName("name")?.text;
      const body = m.childForFieldName("body");
      const builder = m.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "parameter")?.childForFieldName("name")?.text;
      if (!body || !builder) continue;
      if (name === "Up") new EfReader(dialect, builder).block(body, forward, 0);
      else if (name === "Down" && body.namedChildren.some((c) => c && c.type !== "comment")) downSections.push({ line: m.startPosition.row + 1, endLine: m.endPosition.row + 1 });
    }
  }
  return { downSections, forward };
}
var EfReader = class {
  constructor(dialect, builder) {
    this.dialect = dialect;
    this.builder = builder;
  }
  dialect;
  builder;
  block(node, out, depth) {
    for (const s of node.namedChildren) if (s && s.type !== "comment") this.statement(s, out, depth);
  }
  unread(node, why, out) {
    out.push(unreadStatement(node, why, this.dialect));
  }
  statement(node, out, depth) {
    if (depth > MAX_DEPTH2) return this.unread(node, "blocks nested too deep to read", out);
    switch (node.type) {
      case "block":
        return this.block(node, out, depth + 1);
      case "if_statement": {
        for (const field of ["consequence", "alternative"]) {
          const c = node.childForFieldName(field);
          if (c) this.statement(c, out, depth + 1);
        }
        return;
      }
      case "local_declaration_statement":
      case "return_statement":
      case "empty_statement":
        return;
      case "expression_statement": {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== "comment");
        if (!expr || expr.type === "assignment_expression") return;
        if (expr.type === "invocation_expression") return this.call(expr, node, out);
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
      }
      default:
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
    }
  }
  call(invocation, stmt, out) {
    const call = unwrapAnnotations(invocation);
    const fn = call.childForFieldName("function");
    const m = fn ? methodOf(fn) : null;
    if (!m || m.receiver?.text !== this.builder) {
      return this.unread(stmt, `${fn?.text.split("\n")[0].slice(0, 60) ?? "a call"} runs application code that the gate does not read`, out);
    }
    const name = `${this.builder}.${m.method}`;
    const args = csArgs(call);
    if (m.method === "Sql") {
      const literal = csString(arg2(args, 0, "sql"));
      if (!literal) return this.unread(stmt, `${name} runs SQL that is not a string literal (a value computed at run time), which the gate cannot read`, out);
      out.push(...sqlStatements(literal, this.dialect, name));
      return;
    }
    const ops = this.operation(m.method, m.generic, args);
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === "string") return this.unread(stmt, `${name} ${ops}`, out);
    out.push(callStatement(stmt, ops, this.dialect));
  }
  operation(method, generic, a) {
    const notLiteral = "with a name that is not a literal";
    const qualify = (table, schemaNode) => {
      if (table === null) return null;
      const schema = schemaNode === void 0 || isNull(schemaNode) ? null : csName(schemaNode);
      return schema ? `${schema}.${table}` : table;
    };
    switch (method) {
      case "AddColumn": {
        const c = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), a.named.get("schema"));
        if (c === null || t === null) return notLiteral;
        return [{ kind: "add-column", table: t, column: this.column(c, generic, a) }];
      }
      case "DropColumn": {
        const c = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), arg2(a, 2, "schema"));
        if (c === null || t === null) return notLiteral;
        return [{ kind: "drop-column", table: t, column: c }];
      }
      case "RenameColumn": {
        const c = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), arg2(a, 3, "schema"));
        const to = csName(arg2(a, 2, "newName"));
        if (c === null || t === null || to === null) return notLiteral;
        return [{ kind: "rename-column", table: t, column: c, newName: to }];
      }
      case "AlterColumn": {
        const c = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), a.named.get("schema"));
        if (c === null || t === null) return notLiteral;
        return alterColumn(t, c, generic, a);
      }
      case "CreateTable": {
        const t = qualify(csName(arg2(a, 0, "name")), a.named.get("schema"));
        if (t === null) return notLiteral;
        const columns = this.tableColumns(arg2(a, 1, "columns"));
        if (columns === null) return "with columns that are not a literal definition";
        return [{ kind: "create-table", table: t, columns }];
      }
      case "DropTable": {
        const t = qualify(csName(arg2(a, 0, "name")), arg2(a, 1, "schema"));
        return t === null ? notLiteral : [{ kind: "drop-table", table: t }];
      }
      case "RenameTable": {
        const t = qualify(csName(arg2(a, 0, "name")), arg2(a, 1, "schema"));
        const to = csName(arg2(a, 2, "newName"));
        if (t === null || to === null) return notLiteral;
        const newSchema = a.named.get("newSchema");
        const schema = newSchema && !isNull(newSchema) ? csName(newSchema) : csName(a.named.get("schema"));
        return [{ kind: "rename-table", table: t, newName: schema ? `${schema}.${to}` : to }];
      }
      case "CreateIndex": {
        const n = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), a.named.get("schema"));
        const cols = csNames(a.named.get("columns") ?? a.named.get("column") ?? a.positional[2]);
        if (n === null || t === null || cols === null) return notLiteral;
        const filter = a.named.get("filter");
        return [{ kind: "create-index", table: t, name: n, unique: csBool(a.named.get("unique")) === true, concurrently: false, columns: cols, ...filter && !isNull(filter) ? { partial: true } : {} }];
      }
      case "DropIndex": {
        const n = csName(arg2(a, 0, "name"));
        const tableNode = arg2(a, 1, "table");
        const t = tableNode === void 0 || isNull(tableNode) ? null : qualify(csName(tableNode), arg2(a, 2, "schema"));
        return n === null ? notLiteral : [{ kind: "drop-index", name: n, table: t }];
      }
      case "RenameIndex": {
        const n = csName(arg2(a, 0, "name"));
        const to = csName(arg2(a, 2, "newName"));
        const tableNode = arg2(a, 1, "table");
        const t = tableNode === void 0 || isNull(tableNode) ? void 0 : qualify(csName(tableNode), a.named.get("schema")) ?? void 0;
        return n === null || to === null ? notLiteral : [{ kind: "rename-object", objectKind: "index", name: n, newName: to, ...t ? { table: t } : {} }];
      }
      case "AddForeignKey":
      case "AddPrimaryKey":
      case "AddUniqueConstraint":
      case "AddCheckConstraint": {
        const n = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), a.named.get("schema"));
        if (n === null || t === null) return notLiteral;
        const constraint = method === "AddForeignKey" ? "foreign-key" : method === "AddPrimaryKey" ? "primary-key" : method === "AddUniqueConstraint" ? "unique" : "check";
        const cols = constraint === "check" ? [] : csNames(a.named.get("columns") ?? a.named.get("column") ?? a.positional[2]);
        if (cols === null) return notLiteral;
        const references = constraint === "foreign-key" ? csName(a.named.get("principalTable")) : null;
        return [{ kind: "add-constraint", table: t, constraint, name: n, columns: cols, notValid: false, ...references !== null ? { references } : {} }];
      }
      case "DropForeignKey":
      case "DropPrimaryKey":
      case "DropUniqueConstraint":
      case "DropCheckConstraint": {
        const n = csName(arg2(a, 0, "name"));
        const t = qualify(csName(arg2(a, 1, "table")), arg2(a, 2, "schema"));
        if (n === null || t === null) return notLiteral;
        const constraint = method === "DropForeignKey" ? "foreign-key" : method === "DropPrimaryKey" ? "primary-key" : method === "DropUniqueConstraint" ? "unique" : "check";
        return [{ kind: "drop-constraint", table: t, name: n, constraint }];
      }
      case "DropSchema": {
        const n = csName(arg2(a, 0, "name"));
        return n === null ? notLiteral : [{ kind: "drop-schema", name: n, database: false }];
      }
      case "UpdateData": {
        const t = qualify(csName(arg2(a, 0, "table")), a.named.get("schema"));
        const cols = csNames(a.named.get("column") ?? a.named.get("columns") ?? a.positional[3]);
        if (t === null || cols === null) return notLiteral;
        return [{ kind: "update", table: t, columns: cols }];
      }
      case "DeleteData": {
        const t = qualify(csName(arg2(a, 0, "table")), a.named.get("schema"));
        return t === null ? notLiteral : [{ kind: "delete", table: t }];
      }
      default:
        return NEUTRAL.has(method) ? [{ kind: "other", what: method }] : null;
    }
  }
  /** A column of `AddColumn<T>(…)` / `table.Column<T>(…)`: NOT NULL unless `nullable: true` (EF Core's default). */
  column(name, generic, a) {
    const type = csName(a.named.get("type")) ?? clrType(generic, csInt(a.named.get("maxLength")), csBool(a.named.get("fixedLength")) === true);
    const nullable = csBool(a.named.get("nullable")) === true || generic !== null && generic.endsWith("?") && !a.named.has("nullable");
    const has = (k) => a.named.has(k) && !isNull(a.named.get(k));
    const info = { name, type, notNull: !nullable, hasDefault: has("defaultValue") || has("defaultValueSql") || has("computedColumnSql") };
    if (has("computedColumnSql")) info.generated = true;
    return info;
  }
  /** `columns: table => new { Id = table.Column<int>(…), … }`; null when not that shape. */
  tableColumns(node) {
    if (node?.type !== "lambda_expression") return null;
    const body = node.childForFieldName("body");
    if (body?.type !== "anonymous_object_creation_expression") return null;
    const columns = [];
    let property2 = null;
    for (const c of body.namedChildren) {
      if (!c || c.type === "comment") continue;
      if (c.type === "identifier") {
        property2 = c.text;
        continue;
      }
      const call = c.type === "invocation_expression" ? unwrapAnnotations(c) : null;
      const fn = call?.childForFieldName("function");
      const m = fn ? methodOf(fn) : null;
      if (!call || !m || m.method !== "Column") return null;
      const args = csArgs(call);
      const name = csName(args.named.get("name")) ?? property2;
      if (name === null) return null;
      columns.push(this.column(name, m.generic, args));
      property2 = null;
    }
    return columns;
  }
};
function alterColumn(table, column, generic, a) {
  const ops = [];
  const fixed = csBool(a.named.get("fixedLength")) === true;
  const written = csName(a.named.get("type"));
  const oldWritten = csName(a.named.get("oldType"));
  const both = written !== null && oldWritten !== null;
  const newType = both ? written : clrType(generic, csInt(a.named.get("maxLength")), fixed);
  const oldType = both ? oldWritten : clrType(typeOf2(a.named.get("oldClrType")) ?? generic, csInt(a.named.get("oldMaxLength")), csBool(a.named.get("oldFixedLength")) === true);
  if (newType !== null && oldType !== null && newType.toLowerCase() !== oldType.toLowerCase()) ops.push({ kind: "alter-column-type", table, column, oldType, newType });
  const nullable = csBool(a.named.get("nullable")) === true;
  const oldNullable = csBool(a.named.get("oldNullable")) === true;
  if (!nullable && oldNullable) ops.push({ kind: "set-not-null", table, column });
  if (nullable && !oldNullable) ops.push({ kind: "drop-not-null", table, column });
  const has = (k) => a.named.has(k) && !isNull(a.named.get(k));
  const hadDefault = has("oldDefaultValue") || has("oldDefaultValueSql");
  const hasDefault = has("defaultValue") || has("defaultValueSql");
  if (hadDefault && !hasDefault) ops.push({ kind: "drop-default", table, column });
  if (hasDefault && !hadDefault) ops.push({ kind: "set-default", table, column });
  return ops.length > 0 ? ops : [{ kind: "other", what: "AlterColumn with no change the rules read" }];
}
function firstLine(node) {
  return node.text.split("\n")[0].slice(0, 60);
}

// src/migrations/code/javascript.ts
var MAX_DEPTH3 = 12;
function languageOf(path) {
  return /\.tsx$/.test(path) ? "tsx" : /\.[cm]?ts$/.test(path) ? "typescript" : "javascript";
}
var EXTENSIONS = [".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"];
var KNEX_PATH = /(?:^|\/)migrations?\/(?:[^/]+\/)*(\d{14})[-_][^/]*\.[cm]?[jt]s$/;
var KNEX_DATED_PATH = /(?:^|\/)[\w-]*migrations\/(?:[^/]+\/)*(\d{4}-\d{2}-\d{2}(?:[-_]?\d{2,6})?)[-_][^/]*\.[cm]?[jt]s$/;
var datedVersion = (stamp) => stamp.replace(/\D/g, "").padEnd(14, "0");
var SEQUELIZE_PATH = KNEX_PATH;
var TYPEORM_PATH = /(?:^|\/)migrations?\/(?:[^/]+\/)*(\d{13})-[^/]*\.[cm]?[jt]s$/;
var knexAdapter = {
  framework: "knex",
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => (KNEX_PATH.test(path) || KNEX_DATED_PATH.test(path)) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const dated = KNEX_DATED_PATH.exec(path)?.[1];
    const version = dated !== void 0 ? datedVersion(dated) : (KNEX_PATH.exec(path) ?? /(?:^|\/)(\d{8,})[_-][^/]*$/.exec(path))?.[1] ?? null;
    if (text === null) return KNEX_PATH.test(path) || dated !== void 0 || configured ? { version, reason: "a Knex migration by its path" } : null;
    if (!/\bknex\b/i.test(text) || !/\bup\b/.test(text) || /\bqueryInterface\b/.test(text)) return null;
    return { version, reason: "a Knex migration (exports up(knex))" };
  },
  parse: (input) => parseJs(input, "knex")
};
var sequelizeAdapter = {
  framework: "sequelize",
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => SEQUELIZE_PATH.test(path) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const version = (SEQUELIZE_PATH.exec(path) ?? /(?:^|\/)(\d{8,})[_-][^/]*$/.exec(path))?.[1] ?? null;
    if (text === null) return SEQUELIZE_PATH.test(path) || configured ? { version, reason: "a Sequelize migration by its path" } : null;
    if (!/\bqueryInterface\b|\bQueryInterface\b/.test(text)) return null;
    return { version, reason: "a Sequelize migration (up(queryInterface, Sequelize))" };
  },
  parse: (input) => parseJs(input, "sequelize")
};
var typeormAdapter = {
  framework: "typeorm",
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => TYPEORM_PATH.test(path) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const version = TYPEORM_PATH.exec(path)?.[1] ?? (text ? /class\s+\w*?(\d{13})\b/.exec(text)?.[1] : void 0) ?? null;
    if (text === null) return TYPEORM_PATH.test(path) || configured ? { version, reason: "a TypeORM migration by its path" } : null;
    if (!/\bMigrationInterface\b/.test(text) && !/\bQueryRunner\b/.test(text)) return null;
    return { version, reason: "a TypeORM migration (implements MigrationInterface)" };
  },
  parse: (input) => parseJs(input, "typeorm")
};
function fnParts(node) {
  if (!node || !["function_expression", "function", "arrow_function", "function_declaration", "method_definition", "generator_function"].includes(node.type)) return null;
  const body = node.childForFieldName("body");
  if (!body) return null;
  const single = node.childForFieldName("parameter");
  const first = single ?? node.childForFieldName("parameters")?.namedChildren.find((p) => p !== null && p.type !== "comment") ?? null;
  const id = first?.type === "identifier" ? first : first?.childForFieldName("pattern") ?? null;
  return { body, param: id?.type === "identifier" ? id.text : null };
}
function upAndDown(root) {
  const out = [];
  const add = (name, node, value) => {
    if (name !== "up" && name !== "down") return;
    const fn = fnParts(value);
    if (fn) out.push({ name, node, fn });
  };
  for (const n of root.descendantsOfType(["function_declaration", "method_definition", "pair", "assignment_expression", "variable_declarator"])) {
    if (!n) continue;
    switch (n.type) {
      case "function_declaration":
      case "method_definition":
        add(n.childForFieldName("name")?.text, n, n);
        break;
      case "pair":
        add(n.childForFieldName("key")?.text.replace(/['"]/g, ""), n, n.childForFieldName("value"));
        break;
      case "assignment_expression": {
        const left = n.childForFieldName("left");
        if (left?.type === "member_expression" && /^(?:module\.)?exports$/.test(left.childForFieldName("object")?.text ?? "")) add(left.childForFieldName("property")?.text, n, n.childForFieldName("right"));
        break;
      }
      case "variable_declarator":
        if (n.parent?.parent?.type === "export_statement" || n.parent?.parent?.type === "program") add(n.childForFieldName("name")?.text, n, n.childForFieldName("value"));
        break;
    }
  }
  return out;
}
function parseJs(input, framework) {
  const { root, dialect } = input;
  const forward = [];
  const downSections = [];
  for (const { name, node, fn } of upAndDown(root)) {
    if (name === "down") {
      if (!doesNothing(fn.body)) downSections.push({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 });
      continue;
    }
    if (fn.param === null) {
      forward.push(unreadStatement(node, `up() without a named first parameter (${framework}'s migration API), which the gate cannot follow`, dialect));
      continue;
    }
    new JsReader(dialect, framework, fn.param).body(fn.body, forward, null, 0);
  }
  return { downSections, forward };
}
function doesNothing(body) {
  const nothing = (e) => e === void 0 || e.type === "null" || e.type === "undefined" || e.type === "identifier" && e.text === "undefined" || /^Promise\.resolve\(\s*(?:null|undefined)?\s*\)$/.test(e.text);
  if (body.type !== "statement_block") return nothing(body);
  return body.namedChildren.every((c) => c === null || c.type === "comment" || c.type === "empty_statement" || c.type === "return_statement" && nothing(c.namedChildren.find((x) => x !== null && x.type !== "comment") ?? void 0));
}
function jsChain(node) {
  const links = [];
  let n = node;
  for (let i = 0; i < 256; i++) {
    if (n.type === "await_expression" || n.type === "parenthesized_expression" || n.type === "non_null_expression") {
      const inner = n.namedChildren.find((c) => c !== null && c.type !== "comment");
      if (!inner) break;
      n = inner;
      continue;
    }
    if (n.type === "call_expression") {
      const fn = n.childForFieldName("function");
      const args = (n.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c !== null && c.type !== "comment");
      if (fn?.type === "member_expression") {
        links.push({ name: fn.childForFieldName("property")?.text ?? "", args, node: n });
        n = fn.childForFieldName("object") ?? fn;
        continue;
      }
      if (fn) {
        links.push({ name: "()", args, node: n });
        n = fn;
      }
      break;
    }
    if (n.type === "member_expression") {
      links.push({ name: n.childForFieldName("property")?.text ?? "", args: null, node: n });
      n = n.childForFieldName("object") ?? n;
      continue;
    }
    break;
  }
  links.reverse();
  return { root: n, links };
}
function jsName(node) {
  const lit = node ? stringLiteral(node) : null;
  return lit && !lit.interpolated ? lit.value : null;
}
function jsNames(node) {
  if (!node) return null;
  const one = jsName(node);
  if (one !== null) return [one];
  if (node.type !== "array") return null;
  const out = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === "comment") continue;
    const n = jsName(e);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}
function jsObject(node) {
  if (node?.type !== "object") return null;
  const out = /* @__PURE__ */ new Map();
  for (const p of node.namedChildren) {
    if (p?.type === "pair") {
      const key = p.childForFieldName("key");
      const value = p.childForFieldName("value");
      const k = key?.type === "property_identifier" || key?.type === "identifier" ? key.text : jsName(key);
      if (k !== null && value) out.set(k, value);
    } else if (p?.type === "shorthand_property_identifier") out.set(p.text, p);
  }
  return out;
}
function jsBool(node) {
  return node?.type === "true" ? true : node?.type === "false" ? false : null;
}
function newObject(node, cls) {
  if (node?.type === "new_expression" && node.childForFieldName("constructor")?.text === cls) {
    return jsObject(node.childForFieldName("arguments")?.namedChildren.find((c) => c !== null && c.type !== "comment"));
  }
  return jsObject(node);
}
function jsType(node) {
  if (!node) return null;
  const lit = jsName(node);
  if (lit !== null) return lit.toLowerCase();
  const m = /^(?:Sequelize|DataTypes|S|DataType)\.([A-Z_]+)(?:\((\d+)(?:\s*,\s*(\d+))?\))?$/.exec(node.text.replace(/\s+/g, ""));
  if (!m) return null;
  const [, t, a, b] = m;
  const args = a ? `(${a}${b ? `,${b}` : ""})` : "";
  switch (t) {
    case "STRING":
      return `varchar(${a ?? 255})`;
    case "CHAR":
      return `char(${a ?? 255})`;
    case "TEXT":
      return "text";
    case "INTEGER":
      return "integer";
    case "BIGINT":
      return "bigint";
    case "SMALLINT":
      return "smallint";
    case "BOOLEAN":
      return "boolean";
    case "DATE":
      return "timestamptz";
    case "DATEONLY":
      return "date";
    case "UUID":
      return "uuid";
    case "DECIMAL":
      return `numeric${args}`;
    case "FLOAT":
    case "REAL":
      return "real";
    case "DOUBLE":
      return "double precision";
    case "JSON":
      return "json";
    case "JSONB":
      return "jsonb";
    default:
      return t.toLowerCase() + args;
  }
}
var KNEX_TYPES = {
  string: (a) => `varchar(${a[1]?.type === "number" ? a[1].text : 255})`,
  text: () => "text",
  integer: () => "integer",
  bigInteger: () => "bigint",
  bigint: () => "bigint",
  tinyint: () => "smallint",
  smallint: () => "smallint",
  mediumint: () => "integer",
  boolean: () => "boolean",
  float: () => "real",
  double: () => "double precision",
  decimal: (a) => `numeric(${a[1]?.text ?? 8},${a[2]?.text ?? 2})`,
  date: () => "date",
  datetime: () => "timestamptz",
  dateTime: () => "timestamptz",
  timestamptz: () => "timestamptz",
  geometry: () => "geometry",
  geography: () => "geography",
  point: () => "point",
  timestamp: () => "timestamptz",
  time: () => "time",
  json: () => "json",
  jsonb: () => "jsonb",
  uuid: () => "uuid",
  binary: () => "bytea",
  enu: () => "text",
  enum: () => "text",
  specificType: (a) => jsName(a[1])?.toLowerCase() ?? "unknown"
};
var KNEX_INCREMENTS = /* @__PURE__ */ new Set(["increments", "bigIncrements"]);
var KNEX_READS = /* @__PURE__ */ new Set([
  "select",
  "first",
  "count",
  "countDistinct",
  "pluck",
  "min",
  "max",
  "sum",
  "avg",
  "distinct",
  "columns",
  "column",
  "where",
  "andWhere",
  "orWhere",
  "whereIn",
  "whereNotIn",
  "whereNull",
  "whereNotNull",
  "whereBetween",
  "whereRaw",
  "whereExists",
  "join",
  "leftJoin",
  "innerJoin",
  "groupBy",
  "having",
  "orderBy",
  "limit",
  "offset",
  "as"
]);
var KNEX_NEUTRAL_MODIFIERS = /* @__PURE__ */ new Set([
  "unsigned",
  "comment",
  "collate",
  "after",
  "first",
  "references",
  "inTable",
  "onDelete",
  "onUpdate",
  "withKeyName",
  "deferrable",
  "index",
  "unique",
  "primary",
  "notNullable",
  "nullable",
  "defaultTo",
  "alter",
  "checkPositive",
  "checkIn",
  "checkBetween",
  "checkLength",
  "checkRegex",
  "useNative",
  "enumName",
  "existingType",
  "schemaName"
]);
var JsReader = class _JsReader {
  constructor(dialect, framework, api) {
    this.dialect = dialect;
    this.framework = framework;
    this.api = api;
  }
  dialect;
  framework;
  api;
  unread(node, why, out) {
    out.push(unreadStatement(node, why, this.dialect));
  }
  body(node, out, table, depth) {
    if (node.type !== "statement_block") return this.expression(node, node, out, table, depth);
    for (const s of node.namedChildren) if (s && s.type !== "comment") this.statement(s, out, table, depth);
  }
  statement(node, out, table, depth) {
    if (depth > MAX_DEPTH3) return this.unread(node, "blocks nested too deep to read", out);
    switch (node.type) {
      case "statement_block":
        return this.body(node, out, table, depth + 1);
      case "if_statement": {
        for (const f of ["consequence", "alternative"]) {
          const c = f === "alternative" ? node.childForFieldName(f)?.namedChildren.find((x) => x !== null && x.type !== "comment") : node.childForFieldName(f);
          if (c) this.statement(c, out, table, depth + 1);
        }
        return;
      }
      case "try_statement": {
        const b = node.childForFieldName("body");
        if (b) this.statement(b, out, table, depth + 1);
        return;
      }
      case "lexical_declaration":
      case "variable_declaration": {
        for (const d of node.namedChildren) {
          const value = d?.type === "variable_declarator" ? d.childForFieldName("value") : null;
          if (!value) continue;
          const { root, links } = jsChain(value);
          if (links.length > 0 && root.type === "identifier" && (root.text === this.api || root.text === table?.alias)) this.expression(value, node, out, table, depth);
        }
        return;
      }
      case "empty_statement":
      case "throw_statement":
        return;
      case "return_statement":
      case "expression_statement": {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== "comment");
        if (!expr) return;
        return this.expression(expr, node, out, table, depth);
      }
      default:
        return this.unread(node, `${firstLine2(node)} is code the gate does not read`, out);
    }
  }
  expression(expr, stmt, out, table, depth) {
    if (expr.type === "assignment_expression" || expr.type === "string") return;
    if (expr.type === "call_expression" && expr.childForFieldName("function")?.text === "Promise.all") {
      const arr = expr.childForFieldName("arguments")?.namedChildren.find((c) => c?.type === "array");
      if (arr) {
        for (const e of arr.namedChildren) if (e && e.type !== "comment") this.expression(e, e, out, table, depth + 1);
        return;
      }
    }
    const { root, links } = jsChain(expr);
    if (links.length === 0) return this.unread(stmt, `${firstLine2(expr)} is code the gate does not read`, out);
    if (table && root.type === "identifier" && root.text === table.alias) return this.emit(this.knexTableCall(links, table), stmt, out, `${table.alias}.${links[0].name}`, table);
    if (root.type !== "identifier" || root.text !== this.api) {
      if (root.type === "identifier" && ["console", "logger"].includes(root.text)) return;
      return this.unread(stmt, `${firstLine2(expr).slice(0, 60)} runs application code that the gate does not read`, out);
    }
    if (this.framework === "knex") return this.knexCall(links, stmt, out, depth);
    if (this.framework === "sequelize") return this.sequelizeCall(links, stmt, out, depth);
    return this.typeormCall(links, stmt, out);
  }
  emit(ops, stmt, out, name, table) {
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === "string") return this.unread(stmt, `${name} ${ops}`, out);
    if (table?.creating) {
      const rest = ops.filter((op) => !(op.kind === "add-column" && op.table === table.name && (table.creating.push(op.column), true)));
      if (rest.length > 0) out.push(callStatement(stmt, rest, this.dialect));
      return;
    }
    out.push(callStatement(stmt, ops, this.dialect));
  }
  sql(arg3, stmt, out, name) {
    const literal = arg3 ? stringLiteral(arg3) : null;
    if (!literal) return this.unread(stmt, `${name} runs SQL that is not a string literal (${arg3 ? "a value computed at run time" : "no argument"}), which the gate cannot read`, out);
    out.push(...sqlStatements(literal, this.dialect, name));
  }
  // ---------------------------------------------------------------- Knex
  knexCall(links, stmt, out, depth) {
    const api = this.api;
    const [first] = links;
    if (first.name === "raw" && links.length === 1) return this.sql(first.args?.[0], stmt, out, `${api}.raw`);
    if (first.name === "()") {
      const t = jsName(first.args?.[0]);
      const last = links[links.length - 1];
      if (t === null) return this.unread(stmt, `${api}(\u2026) with a table name that is not a literal`, out);
      if (last.name === "update") {
        const values = jsObject(last.args?.[0]);
        return this.emit(values ? [{ kind: "update", table: t, columns: [...values.keys()] }] : "with values that are not a literal object", stmt, out, `${api}('${t}').update`);
      }
      if (last.name === "del" || last.name === "delete") return this.emit([{ kind: "delete", table: t }], stmt, out, `${api}('${t}').del`);
      if (last.name === "truncate") return this.emit([{ kind: "truncate", table: t }], stmt, out, `${api}('${t}').truncate`);
      if (last.name === "insert") return this.emit([{ kind: "other", what: "insert" }], stmt, out, `${api}('${t}').insert`);
      if (links.slice(1).every((l) => KNEX_READS.has(l.name))) return;
      return this.unread(stmt, `${api}('${t}').${last.name} is not an operation the gate reads`, out);
    }
    if (first.name === "transaction" && links.length === 1) {
      const fn = fnParts(first.args?.find((x) => fnParts(x) !== null));
      if (fn && fn.param !== null) return new _JsReader(this.dialect, this.framework, fn.param).body(fn.body, out, null, depth + 1);
      return this.unread(stmt, `${api}.transaction without a callback with a named parameter, which the gate cannot follow`, out);
    }
    if (first.name !== "schema") return this.unread(stmt, `${api}.${first.name} is not an operation the gate reads`, out);
    for (const link of links.slice(1)) {
      const a = link.args ?? [];
      const name = `${api}.schema.${link.name}`;
      const t = jsName(a[0]);
      switch (link.name) {
        case "withSchema":
          continue;
        case "raw":
          this.sql(a[0], link.node, out, name);
          continue;
        case "createTable":
        case "createTableIfNotExists":
        case "table":
        case "alterTable": {
          const fn = fnParts(a[1]);
          if (t === null || !fn || fn.param === null) {
            this.unread(stmt, `${name} with a table name or callback that is not a literal`, out);
            continue;
          }
          if (link.name === "table" || link.name === "alterTable") {
            this.body(fn.body, out, { alias: fn.param, name: t, creating: null }, depth + 1);
            continue;
          }
          const columns = [];
          const inside = [];
          this.body(fn.body, inside, { alias: fn.param, name: t, creating: columns }, depth + 1);
          out.push(callStatement(stmt, [{ kind: "create-table", table: t, columns, ...link.name === "createTableIfNotExists" ? { ifNotExists: true } : {} }], this.dialect));
          out.push(...inside);
          continue;
        }
        case "dropTable":
        case "dropTableIfExists":
          this.emit(t === null ? "with a table name that is not a literal" : [{ kind: "drop-table", table: t }], stmt, out, name);
          continue;
        case "renameTable": {
          const to = jsName(a[1]);
          this.emit(t === null || to === null ? "with a table name that is not a literal" : [{ kind: "rename-table", table: t, newName: to }], stmt, out, name);
          continue;
        }
        case "hasTable":
        case "hasColumn":
          continue;
        default:
          this.unread(stmt, `${name} is not an operation the gate reads`, out);
      }
    }
  }
  /** `t.<method>` inside `knex.schema.alterTable('t', (t) => { … })`. */
  knexTableCall(links, table) {
    const [first, ...mods] = links;
    const a = first.args ?? [];
    const t = table.name;
    const notLiteral = "with a column name that is not a literal";
    const unknown = mods.find((m) => !KNEX_NEUTRAL_MODIFIERS.has(m.name));
    if (unknown) return `(\u2026).${unknown.name} is not a modifier the gate reads`;
    const has = (m) => mods.find((l) => l.name === m);
    const typeOf3 = KNEX_TYPES[first.name];
    if (typeOf3 || KNEX_INCREMENTS.has(first.name)) {
      const c = jsName(a[0]) ?? (KNEX_INCREMENTS.has(first.name) && a.length === 0 ? "id" : null);
      if (c === null) return notLiteral;
      const inc = KNEX_INCREMENTS.has(first.name);
      const column = { name: c, type: inc ? first.name === "bigIncrements" ? "bigint" : "integer" : typeOf3(a), notNull: inc || has("notNullable") !== void 0 || has("primary") !== void 0, hasDefault: inc || has("defaultTo") !== void 0 };
      if (inc || has("primary")) column.primaryKey = true;
      const ops = [];
      if (has("alter")) ops.push({ kind: "redefine-column", table: t, column: c, def: column });
      else ops.push({ kind: "add-column", table: t, column: { ...column, ...has("unique") ? { unique: true } : {} } });
      if (has("alter") && has("unique")) ops.push({ kind: "create-index", table: t, name: `${t}_${c}_unique`, unique: true, concurrently: false, columns: [c] });
      return ops;
    }
    switch (first.name) {
      case "dropColumn":
      case "dropColumns": {
        const cols = a.map((n) => jsNames(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return cols.flat().map((c) => ({ kind: "drop-column", table: t, column: c }));
      }
      case "renameColumn": {
        const from = jsName(a[0]);
        const to = jsName(a[1]);
        return from === null || to === null ? notLiteral : [{ kind: "rename-column", table: t, column: from, newName: to }];
      }
      case "setNullable":
      case "dropNullable": {
        const c = jsName(a[0]);
        return c === null ? notLiteral : [{ kind: first.name === "dropNullable" ? "set-not-null" : "drop-not-null", table: t, column: c }];
      }
      case "unique":
      case "index": {
        const cols = jsNames(a[0]);
        if (cols === null) return notLiteral;
        const named = jsName(a[1]) ?? jsName(jsObject(a[1])?.get("indexName"));
        return [{ kind: "create-index", table: t, name: named ?? `${t}_${cols.join("_")}_${first.name}`.toLowerCase(), unique: first.name === "unique", concurrently: false, columns: cols }];
      }
      case "dropUnique":
      case "dropIndex": {
        const cols = jsNames(a[0]);
        const named = jsName(a[1]);
        if (named === null && cols === null) return notLiteral;
        return [{ kind: "drop-index", name: named ?? `${t}_${cols.join("_")}_${first.name === "dropUnique" ? "unique" : "index"}`.toLowerCase(), table: t }];
      }
      case "dropForeign": {
        const cols = jsNames(a[0]);
        const named = jsName(a[1]);
        if (named === null && cols === null) return notLiteral;
        return [{ kind: "drop-constraint", table: t, name: named ?? `${t}_${cols.join("_")}_foreign`.toLowerCase(), constraint: "foreign-key" }];
      }
      case "dropPrimary":
        return [{ kind: "drop-constraint", table: t, name: jsName(a[0]) ?? `${t}_pkey`, constraint: "primary-key" }];
      case "primary": {
        const cols = jsNames(a[0]);
        return cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "primary-key", name: jsName(a[1]), columns: cols, notValid: false }];
      }
      case "foreign": {
        const cols = jsNames(a[0]);
        const inTable = has("inTable") ?? mods.find((m) => m.name === "references");
        return cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "foreign-key", name: jsName(a[1]), columns: cols, notValid: false, ...inTable && jsName(inTable.args?.[0]) ? { references: jsName(inTable.args?.[0]).split(".")[0] } : {} }];
      }
      case "timestamps": {
        const withDefault = jsBool(a[1]) === true;
        return ["created_at", "updated_at"].map((c) => ({ kind: "add-column", table: t, column: { name: c, type: "timestamptz", notNull: withDefault, hasDefault: withDefault } }));
      }
      case "dropTimestamps":
        return ["created_at", "updated_at"].map((c) => ({ kind: "drop-column", table: t, column: c }));
      case "comment":
      case "engine":
      case "charset":
      case "collate":
        return [{ kind: "other", what: first.name }];
      default:
        return null;
    }
  }
  // ---------------------------------------------------------------- Sequelize
  sequelizeCall(links, stmt, out, depth) {
    const api = this.api;
    const [first] = links;
    if (first.name === "sequelize" && links.length === 2 && links[1].name === "query") return this.sql(links[1].args?.[0], stmt, out, `${api}.sequelize.query`);
    if (first.name === "sequelize" && links.length === 2 && links[1].name === "transaction") {
      const fn = fnParts(links[1].args?.find((x) => fnParts(x) !== null));
      if (fn) return this.body(fn.body, out, null, depth + 1);
    }
    if (links.length !== 1) return this.unread(stmt, `${api}.${links.map((l) => l.name).join(".")} is not an operation the gate reads`, out);
    const a = first.args ?? [];
    const name = `${api}.${first.name}`;
    const t = jsName(a[0]);
    const notLiteral = "with a table or column name that is not a literal";
    const column = (c, def) => {
      const o = jsObject(def);
      const type = o ? jsType(o.get("type")) : jsType(def);
      const info = { name: c, type, notNull: o ? jsBool(o.get("allowNull")) === false || jsBool(o.get("primaryKey")) === true : false, hasDefault: o ? o.has("defaultValue") || jsBool(o.get("autoIncrement")) === true : false };
      if (o && jsBool(o.get("primaryKey")) === true) info.primaryKey = true;
      if (o && jsBool(o.get("unique")) === true) info.unique = true;
      return info;
    };
    switch (first.name) {
      case "removeColumn": {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: "drop-column", table: t, column: c }], stmt, out, name);
      }
      case "renameColumn": {
        const c = jsName(a[1]);
        const to = jsName(a[2]);
        return this.emit(t === null || c === null || to === null ? notLiteral : [{ kind: "rename-column", table: t, column: c, newName: to }], stmt, out, name);
      }
      case "addColumn": {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: "add-column", table: t, column: column(c, a[2]) }], stmt, out, name);
      }
      case "changeColumn": {
        const c = jsName(a[1]);
        if (t === null || c === null) return this.emit(notLiteral, stmt, out, name);
        const def = column(c, a[2]);
        const ops = [{ kind: "redefine-column", table: t, column: c, def: { ...def, unique: void 0 } }];
        if (def.unique) ops.push({ kind: "create-index", table: t, name: `${t}_${c}_key`, unique: true, concurrently: false, columns: [c] });
        return this.emit(ops, stmt, out, name);
      }
      case "createTable": {
        const o = jsObject(a[1]);
        if (t === null || !o) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: "create-table", table: t, columns: [...o].map(([c, def]) => column(c, def)) }], stmt, out, name);
      }
      case "dropTable":
        return this.emit(t === null ? notLiteral : [{ kind: "drop-table", table: t }], stmt, out, name);
      case "renameTable": {
        const to = jsName(a[1]);
        return this.emit(t === null || to === null ? notLiteral : [{ kind: "rename-table", table: t, newName: to }], stmt, out, name);
      }
      case "addIndex": {
        const o = jsObject(a[2]) ?? jsObject(a[1]);
        const cols = jsNames(a[1]?.type === "array" ? a[1] : o?.get("fields"));
        if (t === null || cols === null) return this.emit(notLiteral, stmt, out, name);
        const unique = jsBool(o?.get("unique")) === true;
        return this.emit([{ kind: "create-index", table: t, name: jsName(o?.get("name")) ?? sequelizeIndexName(t, cols), unique, concurrently: o?.get("concurrently")?.type === "true", columns: cols }], stmt, out, name);
      }
      case "removeIndex": {
        const cols = jsNames(a[1]);
        if (t === null || cols === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: "drop-index", name: a[1]?.type === "array" ? sequelizeIndexName(t, cols) : cols[0], table: t }], stmt, out, name);
      }
      case "addConstraint": {
        const o = jsObject(a[1]);
        const type = jsName(o?.get("type"))?.toLowerCase();
        const cols = jsNames(o?.get("fields"));
        if (t === null || !o || cols === null || !type) return this.emit(notLiteral, stmt, out, name);
        const constraint = type === "unique" ? "unique" : type === "foreign key" ? "foreign-key" : type === "primary key" ? "primary-key" : type === "check" ? "check" : null;
        if (constraint === null) return this.emit(`of type ${type}`, stmt, out, name);
        return this.emit([{ kind: "add-constraint", table: t, constraint, name: jsName(o.get("name")), columns: cols, notValid: false }], stmt, out, name);
      }
      case "removeConstraint": {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: c }], stmt, out, name);
      }
      case "bulkInsert":
        return this.emit([{ kind: "other", what: "insert" }], stmt, out, name);
      case "bulkUpdate": {
        const o = jsObject(a[1]);
        return this.emit(t === null || !o ? notLiteral : [{ kind: "update", table: t, columns: [...o.keys()] }], stmt, out, name);
      }
      case "bulkDelete":
        return this.emit(t === null ? notLiteral : [{ kind: "delete", table: t }], stmt, out, name);
      case "describeTable":
      case "showAllTables":
        return;
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }
  // ---------------------------------------------------------------- TypeORM
  typeormCall(links, stmt, out) {
    const api = this.api;
    if (links.length === 2 && links[0].name === "manager" && links[1].name === "query") return this.sql(links[1].args?.[0], stmt, out, `${api}.manager.query`);
    if (links.length !== 1) return this.unread(stmt, `${api}.${links.map((l) => l.name).join(".")} is not an operation the gate reads`, out);
    const [first] = links;
    const a = first.args ?? [];
    const name = `${api}.${first.name}`;
    const tableName2 = (n) => jsName(n) ?? jsName(newObject(n, "Table")?.get("name"));
    const columnName2 = (n) => jsName(n) ?? jsName(newObject(n, "TableColumn")?.get("name"));
    const column = (n) => {
      const o = newObject(n, "TableColumn");
      const c = jsName(o?.get("name"));
      if (!o || c === null) return null;
      const info = { name: c, type: jsName(o.get("type"))?.toLowerCase() ?? null, notNull: jsBool(o.get("isNullable")) !== true, hasDefault: o.has("default") || o.has("generationStrategy") };
      if (jsBool(o.get("isPrimary")) === true) info.primaryKey = true;
      return info;
    };
    const t = tableName2(a[0]);
    const notLiteral = "with a table or column that is not a literal";
    switch (first.name) {
      case "query":
        return this.sql(a[0], stmt, out, name);
      case "dropColumn": {
        const c = columnName2(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: "drop-column", table: t, column: c }], stmt, out, name);
      }
      case "dropColumns": {
        const cols = a[1]?.type === "array" ? a[1].namedChildren.filter((x) => x !== null && x.type !== "comment").map((x) => columnName2(x)) : [null];
        return this.emit(t === null || cols.some((c) => c === null) ? notLiteral : cols.map((c) => ({ kind: "drop-column", table: t, column: c })), stmt, out, name);
      }
      case "renameColumn": {
        const c = columnName2(a[1]);
        const to = columnName2(a[2]);
        return this.emit(t === null || c === null || to === null ? notLiteral : [{ kind: "rename-column", table: t, column: c, newName: to }], stmt, out, name);
      }
      case "addColumn": {
        const col = column(a[1]);
        return this.emit(t === null || col === null ? notLiteral : [{ kind: "add-column", table: t, column: col }], stmt, out, name);
      }
      case "changeColumn": {
        const c = columnName2(a[1]);
        const col = column(a[2]);
        if (t === null || c === null || col === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: "redefine-column", table: t, column: c, def: col }], stmt, out, name);
      }
      case "createTable": {
        const o = newObject(a[0], "Table");
        const cols = o?.get("columns");
        const columns = cols?.type === "array" ? cols.namedChildren.filter((x) => x !== null && x.type !== "comment").map((x) => column(x)) : null;
        if (t === null || columns === null || columns.some((c) => c === null)) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: "create-table", table: t, columns }], stmt, out, name);
      }
      case "dropTable":
        return this.emit(t === null ? notLiteral : [{ kind: "drop-table", table: t }], stmt, out, name);
      case "renameTable": {
        const to = jsName(a[1]);
        return this.emit(t === null || to === null ? notLiteral : [{ kind: "rename-table", table: t, newName: to }], stmt, out, name);
      }
      case "createIndex": {
        const o = newObject(a[1], "TableIndex");
        const cols = jsNames(o?.get("columnNames"));
        if (t === null || !o || cols === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: "create-index", table: t, name: jsName(o.get("name")), unique: jsBool(o.get("isUnique")) === true, concurrently: jsBool(o.get("isConcurrent")) === true, columns: cols, ...o.has("where") ? { partial: true } : {} }], stmt, out, name);
      }
      case "dropIndex": {
        const n = jsName(a[1]) ?? jsName(newObject(a[1], "TableIndex")?.get("name"));
        return this.emit(t === null || n === null ? notLiteral : [{ kind: "drop-index", name: n, table: t }], stmt, out, name);
      }
      case "createUniqueConstraint": {
        const o = newObject(a[1], "TableUnique");
        const cols = jsNames(o?.get("columnNames"));
        return this.emit(t === null || cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "unique", name: jsName(o?.get("name")), columns: cols, notValid: false }], stmt, out, name);
      }
      case "dropForeignKey":
      case "dropUniqueConstraint":
      case "dropCheckConstraint": {
        const n = jsName(a[1]) ?? jsName(jsObject(a[1])?.get("name"));
        const constraint = first.name === "dropForeignKey" ? "foreign-key" : first.name === "dropUniqueConstraint" ? "unique" : "check";
        return this.emit(t === null || n === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: n, constraint }], stmt, out, name);
      }
      case "createForeignKey": {
        const o = newObject(a[1], "TableForeignKey");
        const cols = jsNames(o?.get("columnNames"));
        return this.emit(t === null || cols === null ? notLiteral : [{ kind: "add-constraint", table: t, constraint: "foreign-key", name: jsName(o?.get("name")), columns: cols, notValid: false, ...jsName(o?.get("referencedTableName")) ? { references: jsName(o?.get("referencedTableName")) } : {} }], stmt, out, name);
      }
      case "hasTable":
      case "hasColumn":
      case "getTable":
      case "startTransaction":
      case "commitTransaction":
        return;
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }
};
function sequelizeIndexName(table, columns) {
  return `${table}_${columns.join("_")}`.replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase();
}
function firstLine2(node) {
  return node.text.split("\n")[0].slice(0, 60);
}

// src/migrations/code/laravel.ts
var PATH5 = /(?:^|\/)database\/migrations\/(?:[^/]+\/)*(\d{4}_\d{2}_\d{2}_\d{6})_[^/]*\.php$/;
var laravelAdapter = {
  framework: "laravel",
  extensions: [".php"],
  language: () => "php",
  conventionalPath: (path) => PATH5.test(path),
  detect(path, text, configured) {
    const version = (PATH5.exec(path) ?? /(?:^|\/)(\d{4}_\d{2}_\d{2}_\d{6})_[^/]*\.php$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH5.test(path) || configured ? { version, reason: "a Laravel migration by its path" } : null;
    if (!/Illuminate\\Database\\Migrations\\Migration\b/.test(text) && !/\bextends\s+\\?Migration\b/.test(text)) return null;
    return { version, reason: "a Laravel migration (extends Illuminate\\Database\\Migrations\\Migration)" };
  },
  parse: parseLaravel
};
var MAX_DEPTH4 = 12;
var HARMLESS_FUNCTIONS = /* @__PURE__ */ new Set(["info", "logger", "dump", "error_log", "set_time_limit", "ini_set", "printf", "print_r", "var_dump", "config", "env"]);
var SCHEMA_QUERIES = /* @__PURE__ */ new Set([
  "hasTable",
  "hasColumn",
  "hasColumns",
  "hasIndex",
  "hasView",
  "getColumnListing",
  "getColumnType",
  "getColumns",
  "getIndexes",
  "getForeignKeys",
  "getTables",
  "getConnection",
  "defaultStringLength",
  "defaultMorphKeyType",
  "morphUsingUuids",
  "morphUsingUlids",
  "disableForeignKeyConstraints",
  "enableForeignKeyConstraints"
]);
var DB_READS = /* @__PURE__ */ new Set(["select", "selectOne", "raw", "getDriverName", "getTablePrefix", "getSchemaBuilder", "getDoctrineSchemaManager", "getPdo", "commit", "beginTransaction", "rollBack", "disableQueryLog", "enableQueryLog"]);
var QUERY_READS = /* @__PURE__ */ new Set(["get", "first", "pluck", "count", "exists", "doesntExist", "value", "max", "min", "sum", "toSql", "find"]);
var NEUTRAL_MODIFIERS = /* @__PURE__ */ new Set([
  "after",
  "first",
  "comment",
  "charset",
  "collation",
  "unsigned",
  "invisible",
  "from",
  "startingValue",
  "always",
  "persisted",
  "useCurrentOnUpdate",
  "onDelete",
  "onUpdate",
  "cascadeOnDelete",
  "cascadeOnUpdate",
  "restrictOnDelete",
  "restrictOnUpdate",
  "nullOnDelete",
  "nullOnUpdate",
  "noActionOnDelete",
  "noActionOnUpdate",
  "deferrable",
  "initiallyImmediate",
  "notInitiallyImmediate",
  "algorithm",
  "language",
  "lock",
  "isGeometry",
  "projection",
  "srid",
  "zerofill",
  "type",
  "autoIncrement",
  "references",
  "on",
  "spatialIndex",
  "fulltext",
  "fullText",
  "constrained",
  "storedAs",
  "virtualAs",
  "generatedAs",
  "default",
  "nullable",
  "useCurrent",
  "unique",
  "index",
  "primary",
  "change"
]);
var INTEGER_TYPES = {
  integer: "integer",
  unsignedInteger: "integer",
  increments: "integer",
  tinyInteger: "tinyint",
  unsignedTinyInteger: "tinyint",
  tinyIncrements: "tinyint",
  smallInteger: "smallint",
  unsignedSmallInteger: "smallint",
  smallIncrements: "smallint",
  mediumInteger: "mediumint",
  unsignedMediumInteger: "mediumint",
  mediumIncrements: "mediumint",
  bigInteger: "bigint",
  unsignedBigInteger: "bigint",
  bigIncrements: "bigint",
  id: "bigint",
  foreignId: "bigint"
};
var INCREMENTS = /* @__PURE__ */ new Set(["increments", "tinyIncrements", "smallIncrements", "mediumIncrements", "bigIncrements", "id"]);
function columnType(method, args) {
  if (method in INTEGER_TYPES) return INTEGER_TYPES[method];
  const len = (i, name, dflt) => {
    const n = phpArg(args, i, name);
    const v = n === void 0 ? dflt : phpInt(n);
    return v === null ? "" : `(${v})`;
  };
  switch (method) {
    case "string":
      return `varchar${len(1, "length", 255)}`;
    case "char":
      return `char${len(1, "length", 255)}`;
    case "text":
    case "tinyText":
    case "mediumText":
    case "longText":
      return method === "text" ? "text" : method.toLowerCase();
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    case "dateTime":
    case "timestamp":
      return "timestamp";
    case "dateTimeTz":
    case "timestampTz":
      return "timestamptz";
    case "time":
      return "time";
    case "timeTz":
      return "timetz";
    case "year":
      return "year";
    case "decimal":
    case "unsignedDecimal": {
      const p = phpArg(args, 1, "total");
      const s = phpArg(args, 2, "places");
      return `numeric(${p === void 0 ? 8 : phpInt(p) ?? 8},${s === void 0 ? 2 : phpInt(s) ?? 2})`;
    }
    case "double":
      return "double precision";
    case "float":
      return "float";
    case "json":
      return "json";
    case "jsonb":
      return "jsonb";
    case "uuid":
    case "foreignUuid":
      return "uuid";
    case "ulid":
    case "foreignUlid":
      return "char(26)";
    case "binary":
      return "blob";
    case "ipAddress":
      return "varchar(45)";
    case "macAddress":
      return "varchar(17)";
    case "enum":
    case "set": {
      const values = phpNames(phpArg(args, 1, "allowed"));
      return values === null ? null : `${method}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")})`;
    }
    case "geometry":
    case "geography":
    case "point":
    case "lineString":
    case "polygon":
    case "multiPoint":
    case "multiLineString":
    case "multiPolygon":
    case "geometryCollection":
      return method.toLowerCase();
    case "vector":
      return "vector";
    case "tsvector":
      return "tsvector";
    default:
      return void 0;
  }
}
function indexName2(table, columns, type) {
  return `${table}_${columns.join("_")}_${type}`.toLowerCase().replace(/[-.]/g, "_");
}
function guessTable(column) {
  const base = column.replace(/_id$/, "");
  return /y$/.test(base) && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
}
function snakeClass(node) {
  const m = node ? /^\\?(?:[\w\\]+\\)?(\w+)::class$/.exec(node.text) : null;
  return m ? m[1].replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() : null;
}
function parseLaravel(input) {
  const { root, dialect } = input;
  const reader = new LaravelReader(dialect);
  const forward = [];
  const downSections = [];
  for (const { methods } of phpMethods(root, /\bMigration\b/)) {
    const up = methods.get("up")?.childForFieldName("body");
    reader.closures.clear();
    if (up) reader.body(phpStatements(up), forward, null, 0);
    const down = methods.get("down");
    const downBody = down?.childForFieldName("body");
    if (down && downBody && phpStatements(downBody).length > 0) downSections.push({ line: down.startPosition.row + 1, endLine: down.endPosition.row + 1 });
  }
  return { downSections, forward };
}
var LaravelReader = class {
  constructor(dialect) {
    this.dialect = dialect;
  }
  dialect;
  /** Closures assigned to variables in the method read so far (`$addColumn = fn (Blueprint $t) => …`). */
  closures = /* @__PURE__ */ new Map();
  /** A closure argument, or a variable a closure was assigned to earlier in the method. */
  closureOf(node) {
    if (node?.type === "variable_name") return phpClosure(this.closures.get(node.text));
    return phpClosure(node);
  }
  body(statements, out, table, depth) {
    for (const s of statements) this.statement(s, out, table, depth);
  }
  unread(node, why, out) {
    out.push(unreadStatement(node, why, this.dialect));
  }
  statement(node, out, table, depth) {
    if (depth > MAX_DEPTH4) return this.unread(node, "blocks nested too deep to read", out);
    switch (node.type) {
      case "comment":
      case "empty_statement":
      case "return_statement":
      case "echo_statement":
      case "global_declaration":
      case "function_static_declaration":
        return;
      case "compound_statement":
        return this.body(phpStatements(node), out, table, depth + 1);
      case "if_statement":
      case "else_clause":
      case "else_if_clause":
      case "try_statement":
      case "finally_clause": {
        const condition = node.childForFieldName("condition");
        for (const c of node.namedChildren) {
          if (!c || condition && sameNode(c, condition) || c.type === "comment" || c.type === "catch_clause") continue;
          this.statement(c, out, table, depth + 1);
        }
        return;
      }
      case "expression_statement": {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== "comment");
        if (!expr) return;
        if (expr.type === "assignment_expression" || expr.type === "augmented_assignment_expression") {
          const left = expr.childForFieldName("left");
          const closure = phpClosure(expr.childForFieldName("right"));
          if (left?.type === "variable_name") {
            if (closure) this.closures.set(left.text, expr.childForFieldName("right"));
            else this.closures.delete(left.text);
          }
          return;
        }
        return this.expression(expr, node, out, table, depth);
      }
      case "member_call_expression":
      case "scoped_call_expression":
      case "nullsafe_member_call_expression":
      case "function_call_expression":
        return this.expression(node, node, out, table, depth);
      default:
        return this.unread(node, `${firstLine3(node)} is code the gate does not read`, out);
    }
  }
  expression(expr, stmt, out, table, depth) {
    if (expr.type === "function_call_expression") {
      const fn = expr.childForFieldName("function")?.text ?? "";
      if (HARMLESS_FUNCTIONS.has(fn)) return;
      return this.unread(stmt, `${fn}() runs application code that the gate does not read`, out);
    }
    const chain2 = expr.type === "member_call_expression" || expr.type === "scoped_call_expression" || expr.type === "nullsafe_member_call_expression" ? phpChain(expr) : null;
    if (!chain2 || chain2.links.length === 0) return this.unread(stmt, `${firstLine3(expr)} is code the gate does not read`, out);
    const { scope, root } = chain2;
    let links = chain2.links;
    if (scope !== null && links.length > 1 && (links[0].method === "connection" || links[0].method === "setConnection")) links = links.slice(1);
    if (table && scope === null && root.type === "variable_name" && root.text === table.alias) return this.tableCall(links, stmt, out, table);
    if (scope === "Schema" || scope === null && /^\$this->schema$/.test(root.text)) return this.schemaCall(links, stmt, out, depth);
    if (scope === "DB") return this.dbCall(links, stmt, out, depth);
    const name = scope !== null ? `${scope}::${links[0].method}` : `${root.text.split("\n")[0].slice(0, 40)}->${links[0].method}`;
    return this.unread(stmt, `${name} runs application code that the gate does not read`, out);
  }
  schemaCall(links, stmt, out, depth) {
    const [first] = links;
    const name = `Schema::${first.method}`;
    const emit = (ops) => void out.push(callStatement(stmt, ops, this.dialect));
    if (SCHEMA_QUERIES.has(first.method) && links.length === 1) return;
    if (links.length > 1) return this.unread(stmt, `${name}(\u2026)->${links[1].method} is not an operation the gate reads`, out);
    const a = first.args;
    const t = phpName(phpArg(a, 0, "table"));
    const notLiteral = () => this.unread(stmt, `${name} with a table name that is not a literal`, out);
    switch (first.method) {
      case "table":
      case "create": {
        if (t === null) return notLiteral();
        const closure = this.closureOf(phpArg(a, 1, "callback"));
        if (!closure || closure.param === null) return this.unread(stmt, `${name}('${t}') with a callback that is not a closure, which the gate cannot read`, out);
        if (first.method === "table") return this.body(phpStatements(closure.body), out, { name: t, alias: closure.param, creating: null }, depth + 1);
        const columns = [];
        const inside = [];
        this.body(phpStatements(closure.body), inside, { name: t, alias: closure.param, creating: columns }, depth + 1);
        emit([{ kind: "create-table", table: t, columns }]);
        out.push(...inside);
        return;
      }
      case "drop":
      case "dropIfExists":
        if (t === null) return notLiteral();
        return emit([{ kind: "drop-table", table: t }]);
      case "rename": {
        const to = phpName(phpArg(a, 1, "to"));
        if (t === null || to === null) return notLiteral();
        return emit([{ kind: "rename-table", table: t, newName: to }]);
      }
      case "dropColumns": {
        const cols = phpNames(phpArg(a, 1, "columns"));
        if (t === null || cols === null) return this.unread(stmt, `${name} with names that are not literals`, out);
        return emit(cols.map((c) => ({ kind: "drop-column", table: t, column: c })));
      }
      case "withoutForeignKeyConstraints": {
        const closure = phpClosure(phpArg(a, 0, "callback"));
        if (!closure) return this.unread(stmt, `${name} with a callback that is not a closure`, out);
        return this.body(phpStatements(closure.body), out, null, depth + 1);
      }
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }
  dbCall(links, stmt, out, depth) {
    const [first] = links;
    const name = `DB::${first.method}`;
    const emit = (ops) => void out.push(callStatement(stmt, ops, this.dialect));
    switch (first.method) {
      case "statement":
      case "unprepared":
      case "update":
      case "delete":
      case "insert":
      case "affectingStatement":
        if (links.length > 1) break;
        out.push(...phpSql(phpArg(first.args, 0, "query"), stmt, this.dialect, name));
        return;
      case "transaction": {
        const closure = phpClosure(phpArg(first.args, 0, "callback"));
        if (!closure || links.length > 1) break;
        return this.body(phpStatements(closure.body), out, null, depth + 1);
      }
      case "table": {
        const t = phpName(phpArg(first.args, 0, "table"));
        const last = links[links.length - 1];
        if (links.length === 1 || QUERY_READS.has(last.method)) return;
        if (t === null) return this.unread(stmt, `${name} with a table name that is not a literal`, out);
        switch (last.method) {
          case "update": {
            const columns = phpArrayKeys(phpArg(last.args, 0, "values"));
            if (columns === null) return this.unread(stmt, `${name}('${t}')->update with values that are not a literal array`, out);
            return emit([{ kind: "update", table: t, columns }]);
          }
          case "insert":
          case "insertOrIgnore":
          case "insertGetId":
          case "upsert":
            return emit([{ kind: "other", what: "insert" }]);
          case "delete":
            return emit([{ kind: "delete", table: t }]);
          case "truncate":
            return emit([{ kind: "truncate", table: t }]);
          default:
            return this.unread(stmt, `${name}('${t}')->${last.method} is not an operation the gate reads`, out);
        }
      }
      default:
        if (DB_READS.has(first.method) && links.length === 1) return;
    }
    return this.unread(stmt, `${name}${links.length > 1 ? `(\u2026)->${links[links.length - 1].method}` : ""} is not an operation the gate reads`, out);
  }
  /** `$table->…` inside a Blueprint closure: one statement per call, at its line. */
  tableCall(links, stmt, out, table) {
    const ops = this.tableOperation(links, table);
    const name = `$table->${links[0].method}`;
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === "string") return this.unread(stmt, `${name} ${ops}`, out);
    if (table.creating) {
      const rest = [];
      for (const op of ops) {
        if (op.kind === "add-column" && op.table === table.name) table.creating.push(op.column);
        else rest.push(op);
      }
      if (rest.length > 0) out.push(callStatement(stmt, rest, this.dialect));
      return;
    }
    out.push(callStatement(stmt, ops, this.dialect));
  }
  tableOperation(links, table) {
    const [first, ...modifiers] = links;
    const a = first.args;
    const t = table.name;
    const notLiteral = "with a column name that is not a literal";
    const allNames = () => {
      if (a.spread) return null;
      const out = [];
      for (const p of a.positional) {
        const n = phpNames(p);
        if (n === null) return null;
        out.push(...n);
      }
      for (const v of a.named.values()) {
        const n = phpNames(v);
        if (n === null) return null;
        out.push(...n);
      }
      return out.length > 0 ? out : null;
    };
    const unknown = modifiers.find((m) => !NEUTRAL_MODIFIERS.has(m.method));
    if (unknown) return `(\u2026)->${unknown.method} is not a modifier the gate reads`;
    const columns = this.columnDefinitions(first, modifiers, t);
    if (columns !== void 0) return columns;
    const named = (type) => {
      const target = phpArg(a, 0, "columns");
      if (target?.type !== "array_creation_expression" && /^(drop|rename)/.test(first.method)) return { columns: null, name: phpName(target) };
      const cols = phpNames(target);
      const explicit = phpName(phpArg(a, 1, "index"));
      return { columns: cols, name: explicit ?? (cols ? indexName2(t, cols, type) : null) };
    };
    switch (first.method) {
      case "dropColumn": {
        const cols = allNames();
        return cols === null ? notLiteral : cols.map((c) => ({ kind: "drop-column", table: t, column: c }));
      }
      case "renameColumn": {
        const from = phpName(phpArg(a, 0, "from"));
        const to = phpName(phpArg(a, 1, "to"));
        return from === null || to === null ? notLiteral : [{ kind: "rename-column", table: t, column: from, newName: to }];
      }
      case "dropTimestamps":
      case "dropTimestampsTz":
      case "dropDatetimes":
        return ["created_at", "updated_at"].map((c) => ({ kind: "drop-column", table: t, column: c }));
      case "dropSoftDeletes":
      case "dropSoftDeletesTz": {
        const c = a.positional.length > 0 ? phpName(a.positional[0]) : "deleted_at";
        return c === null ? notLiteral : [{ kind: "drop-column", table: t, column: c }];
      }
      case "dropRememberToken":
        return [{ kind: "drop-column", table: t, column: "remember_token" }];
      case "dropMorphs": {
        const m = phpName(phpArg(a, 0, "name"));
        return m === null ? notLiteral : [`${m}_type`, `${m}_id`].map((c) => ({ kind: "drop-column", table: t, column: c }));
      }
      case "dropConstrainedForeignId": {
        const c = phpName(phpArg(a, 0, "column"));
        return c === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: indexName2(t, [c], "foreign"), constraint: "foreign-key" }, { kind: "drop-column", table: t, column: c }];
      }
      case "dropForeign": {
        const { name } = named("foreign");
        const target = phpArg(a, 0, "index");
        const cols = target?.type === "array_creation_expression" ? phpNames(target) : null;
        const fk = cols ? indexName2(t, cols, "foreign") : name;
        return fk === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: fk, constraint: "foreign-key" }];
      }
      case "dropUnique":
      case "dropIndex":
      case "dropFullText":
      case "dropSpatialIndex": {
        const type = first.method === "dropUnique" ? "unique" : first.method === "dropFullText" ? "fulltext" : first.method === "dropSpatialIndex" ? "spatialindex" : "index";
        const target = phpArg(a, 0, "index");
        const cols = target?.type === "array_creation_expression" ? phpNames(target) : null;
        const idx = cols ? indexName2(t, cols, type) : phpName(target);
        return idx === null ? notLiteral : [{ kind: "drop-index", name: idx, table: t }];
      }
      case "dropPrimary": {
        const target = phpArg(a, 0, "index");
        const cols = target?.type === "array_creation_expression" ? phpNames(target) : null;
        const pk = cols ? indexName2(t, cols, "primary") : target === void 0 ? `${t}_pkey` : phpName(target);
        return pk === null ? notLiteral : [{ kind: "drop-constraint", table: t, name: pk, constraint: "primary-key" }];
      }
      case "unique":
      case "index":
      case "fullText":
      case "spatialIndex": {
        const { columns: columns2, name } = named(first.method === "unique" ? "unique" : first.method === "index" ? "index" : first.method.toLowerCase());
        if (columns2 === null) return notLiteral;
        return [{ kind: "create-index", table: t, name, unique: first.method === "unique", concurrently: false, columns: columns2 }];
      }
      case "rawIndex":
        return [{ kind: "create-index", table: t, name: phpName(phpArg(a, 1, "index")), unique: false, concurrently: false, columns: [], expressions: true }];
      case "primary": {
        const { columns: columns2, name } = named("primary");
        if (columns2 === null) return notLiteral;
        return [{ kind: "add-constraint", table: t, constraint: "primary-key", name, columns: columns2, notValid: false }];
      }
      case "foreign": {
        const { columns: columns2, name } = named("foreign");
        if (columns2 === null) return notLiteral;
        const on = modifiers.find((m) => m.method === "on");
        const references = on ? phpName(phpArg(on.args, 0, "table")) : null;
        return [{ kind: "add-constraint", table: t, constraint: "foreign-key", name, columns: columns2, notValid: false, ...references !== null ? { references } : {} }];
      }
      case "renameIndex": {
        const from = phpName(phpArg(a, 0, "from"));
        const to = phpName(phpArg(a, 1, "to"));
        return from === null || to === null ? notLiteral : [{ kind: "rename-object", objectKind: "index", name: from, newName: to, table: t }];
      }
      case "drop":
      case "dropIfExists":
        return [{ kind: "drop-table", table: t }];
      case "rename": {
        const to = phpName(phpArg(a, 0, "to"));
        return to === null ? "with a table name that is not a literal" : [{ kind: "rename-table", table: t, newName: to }];
      }
      case "engine":
      case "charset":
      case "collation":
      case "comment":
      case "temporary":
        return [{ kind: "other", what: `$table->${first.method}` }];
      default:
        return null;
    }
  }
  /**
   * Column definitions (`$table->string('c')->nullable()`), with `->change()` a redefinition of an
   * existing column; undefined when the call defines no column.
   */
  columnDefinitions(first, modifiers, t) {
    const a = first.args;
    const has = (m) => modifiers.find((l) => l.method === m);
    const specs = [];
    const method = first.method;
    const nameArg = (dflt2) => a.positional.length === 0 && !a.named.has("column") ? dflt2 : phpName(phpArg(a, 0, "column"));
    if (INCREMENTS.has(method)) {
      const c = nameArg(method === "id" ? "id" : null);
      if (c === null) return "with a column name that is not a literal";
      specs.push({ name: c, type: INTEGER_TYPES[method], notNull: true, hasDefault: true, primaryKey: true });
    } else if (method === "timestamps" || method === "timestampsTz" || method === "nullableTimestamps" || method === "datetimes") {
      for (const c of ["created_at", "updated_at"]) specs.push({ name: c, type: method === "timestampsTz" ? "timestamptz" : "timestamp", notNull: false, hasDefault: false });
    } else if (method === "softDeletes" || method === "softDeletesTz" || method === "softDeletesDatetime") {
      const c = nameArg("deleted_at");
      if (c === null) return "with a column name that is not a literal";
      specs.push({ name: c, type: method === "softDeletesTz" ? "timestamptz" : "timestamp", notNull: false, hasDefault: false });
    } else if (method === "rememberToken") {
      specs.push({ name: "remember_token", type: "varchar(100)", notNull: false, hasDefault: false });
    } else if (/^(nullable)?(uuid|ulid)?Morphs$/i.test(method)) {
      const m = phpName(phpArg(a, 0, "name"));
      if (m === null) return "with a name that is not a literal";
      const nullable2 = method.startsWith("nullable");
      const idType = /uuid/i.test(method) ? "uuid" : /ulid/i.test(method) ? "char(26)" : "bigint";
      specs.push({ name: `${m}_type`, type: "varchar(255)", notNull: !nullable2, hasDefault: false }, { name: `${m}_id`, type: idType, notNull: !nullable2, hasDefault: false });
    } else if (method === "foreignIdFor") {
      const c = phpName(phpArg(a, 1, "column")) ?? (snakeClass(phpArg(a, 0, "model")) === null ? null : `${snakeClass(phpArg(a, 0, "model"))}_id`);
      if (c === null) return "with a model or column that is not a literal";
      specs.push({ name: c, type: "bigint", notNull: true, hasDefault: false });
    } else {
      const type = columnType(method, a);
      if (type === void 0) return void 0;
      const c = phpName(phpArg(a, 0, "column"));
      if (c === null) return "with a column name that is not a literal";
      specs.push({ name: c, type, notNull: true, hasDefault: false });
    }
    const nullable = has("nullable");
    if (nullable) {
      const v = nullable.args.positional.length === 0 ? true : phpBool(phpArg(nullable.args, 0, "value"));
      if (v === null) return `(\u2026)->nullable with a value that is not a literal`;
      for (const s of specs) s.notNull = !v;
    }
    const dflt = has("default");
    if (dflt || has("useCurrent") || has("autoIncrement") || has("storedAs") || has("virtualAs") || has("generatedAs")) {
      for (const s of specs) s.hasDefault = !(dflt && isPhpNull(phpArg(dflt.args, 0, "value")) && !has("useCurrent"));
    }
    if (has("primary")) for (const s of specs) s.primaryKey = true;
    const unique = has("unique");
    const index = has("index");
    const ops = [];
    const change = has("change") !== void 0;
    for (const s of specs) {
      const column = { name: s.name, type: s.type, notNull: s.notNull, hasDefault: s.hasDefault };
      if (s.primaryKey) column.primaryKey = true;
      if (has("storedAs") || has("virtualAs")) column.generated = true;
      if (change) ops.push({ kind: "redefine-column", table: t, column: s.name, def: column });
      else {
        if (unique && typeof unique.args.positional[0] === "undefined") column.unique = true;
        ops.push({ kind: "add-column", table: t, column });
      }
    }
    const cols = specs.map((s) => s.name);
    if (unique && (change || unique.args.positional.length > 0)) ops.push({ kind: "create-index", table: t, name: phpName(unique.args.positional[0]) ?? indexName2(t, cols, "unique"), unique: true, concurrently: false, columns: cols });
    if (index) ops.push({ kind: "create-index", table: t, name: phpName(index.args.positional[0]) ?? indexName2(t, cols, "index"), unique: false, concurrently: false, columns: cols });
    const constrained = has("constrained");
    if (constrained && cols.length === 1) {
      const to = phpName(phpArg(constrained.args, 0, "table")) ?? guessTable(cols[0]);
      ops.push({ kind: "add-constraint", table: t, constraint: "foreign-key", name: phpName(phpArg(constrained.args, 2, "indexName")) ?? indexName2(t, cols, "foreign"), columns: cols, notValid: false, references: to });
    }
    return ops;
  }
};
function firstLine3(node) {
  return node.text.split("\n")[0].slice(0, 60);
}

// src/migrations/code/rails.ts
var PATH6 = /(?:^|\/)db\/(?:\w+_)?migrate(?:_[\w]+)?\/(\d+)_[^/]*\.rb$/;
var railsAdapter = {
  framework: "rails",
  extensions: [".rb"],
  language: () => "ruby",
  conventionalPath: (path) => PATH6.test(path),
  detect(path, text, configured) {
    const version = (PATH6.exec(path) ?? /(?:^|\/)(\d+)_[^/]*\.rb$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH6.test(path) || configured ? { version, reason: "a Rails migration by its path" } : null;
    if (!/ActiveRecord::Migration\b/.test(text) && !(configured && /\bclass\s+\w+/.test(text))) return null;
    return { version, reason: "a Rails migration (ActiveRecord::Migration)" };
  },
  parse: parseRails
};
var MAX_DEPTH5 = 12;
var HARMLESS2 = /* @__PURE__ */ new Set(["say", "puts", "print", "reset_column_information", "disable_ddl_transaction!", "require", "raise", "p", "pp", "logger"]);
var COLUMN_TYPES = /* @__PURE__ */ new Set([
  "string",
  "text",
  "integer",
  "bigint",
  "float",
  "decimal",
  "numeric",
  "datetime",
  "timestamp",
  "time",
  "date",
  "binary",
  "blob",
  "boolean",
  "json",
  "jsonb",
  "uuid",
  "inet",
  "cidr",
  "macaddr",
  "hstore",
  "citext",
  "interval",
  "enum",
  "virtual",
  "tsvector",
  "xml",
  "money",
  "point",
  "bit",
  "daterange",
  "tsrange",
  "tstzrange",
  "int4range",
  "int8range",
  "numrange",
  "ltree",
  "smallint",
  "primary_key",
  "column"
]);
var NOT_COLUMNS = /* @__PURE__ */ new Set(["index", "check_constraint", "foreign_key", "exclusion_constraint", "unique_constraint", "comment", "remove", "rename", "change", "change_null", "change_default", "timestamps"]);
function argsOf(call) {
  const out = { positional: [], options: /* @__PURE__ */ new Map(), splat: false };
  const list = call.childForFieldName("arguments");
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === "comment") continue;
    if (a.type === "pair") {
      const key = symbol(a.childForFieldName("key"));
      const value = a.childForFieldName("value");
      if (key !== null && value) out.options.set(key, value);
    } else if (a.type === "hash") {
      for (const p of a.namedChildren) {
        const key = p?.type === "pair" ? symbol(p.childForFieldName("key")) : null;
        const value = p?.childForFieldName("value");
        if (key !== null && value) out.options.set(key, value);
      }
    } else if (a.type === "splat_argument" || a.type === "hash_splat_argument" || a.type === "block_argument") out.splat = true;
    else out.positional.push(a);
  }
  return out;
}
function symbol(node) {
  if (!node) return null;
  if (node.type === "simple_symbol") return node.text.slice(1);
  if (node.type === "hash_key_symbol" || node.type === "identifier" || node.type === "constant") return node.type === "hash_key_symbol" ? node.text : null;
  if (node.type === "delimited_symbol" || node.type === "string") {
    const lit = stringLiteral(node);
    return lit && !lit.interpolated ? lit.value : null;
  }
  return null;
}
function names(node) {
  if (!node) return null;
  const one = symbol(node);
  if (one !== null) return [one];
  if (node.type !== "array" && node.type !== "string_array" && node.type !== "symbol_array") return null;
  const out = [];
  for (const e of node.namedChildren) {
    if (!e) continue;
    const s = e.type === "bare_symbol" || e.type === "bare_string" ? e.text : symbol(e);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}
function boolOf(node) {
  if (node?.type === "true") return true;
  if (node?.type === "false") return false;
  return null;
}
function intOf(node) {
  return node?.type === "integer" ? Number(node.text.replace(/_/g, "")) : null;
}
function railsType(type, options) {
  if (type === null) return null;
  const limit = intOf(options.get("limit"));
  switch (type) {
    case "string":
      return limit === null ? "varchar" : `varchar(${limit})`;
    case "text":
      return "text";
    case "integer":
      return limit !== null && limit >= 8 ? "bigint" : limit !== null && limit <= 2 ? "smallint" : "integer";
    case "bigint":
    case "references":
    case "belongs_to":
      return "bigint";
    case "datetime":
    case "timestamp":
      return "timestamp";
    case "decimal":
    case "numeric": {
      const p = intOf(options.get("precision"));
      const s = intOf(options.get("scale"));
      return p === null ? "numeric" : `numeric(${p},${s ?? 0})`;
    }
    case "float":
      return "double precision";
    case "binary":
    case "blob":
      return "bytea";
    default:
      return type;
  }
}
function columnOf(name, type, options) {
  const nullOpt = boolOf(options.get("null"));
  const def = options.get("default");
  const info = { name, type: railsType(type, options), notNull: nullOpt === false, hasDefault: def !== void 0 && def.type !== "nil" };
  if (boolOf(options.get("primary_key")) === true) info.primaryKey = true;
  return info;
}
function parseRails(input) {
  const { root, dialect } = input;
  const reader = new RailsReader(dialect, root);
  const forward = [];
  const downSections = [];
  for (const call of root.descendantsOfType("call")) {
    if (!call || call.childForFieldName("method")?.text !== "define" || !/^(?:::)?ActiveRecord::Schema\b/.test(call.childForFieldName("receiver")?.text ?? "")) continue;
    const body = call.childForFieldName("block")?.childForFieldName("body");
    if (body) reader.block(body, forward, downSections, null, 0);
  }
  for (const cls of root.descendantsOfType("class")) {
    if (!cls) continue;
    const superclass = cls.childForFieldName("superclass")?.text ?? "";
    if (!/ActiveRecord::Migration\b/.test(superclass) && !/Migration/.test(superclass)) continue;
    const body = cls.childForFieldName("body");
    for (const def of body?.namedChildren ?? []) {
      if (!def || def.type !== "method" && def.type !== "singleton_method") continue;
      const name = def.childForFieldName("name")?.text;
      const methodBody = def.childForFieldName("body");
      if (!methodBody) continue;
      if (name === "change" || name === "up") reader.block(methodBody, forward, downSections, null, 0);
      else if (name === "down" && methodBody.namedChildren.some((c) => c && c.type !== "comment")) downSections.push({ line: def.startPosition.row + 1, endLine: def.endPosition.row + 1 });
    }
  }
  return { downSections, forward };
}
var RailsReader = class {
  constructor(dialect, root) {
    this.dialect = dialect;
    this.heredocs = root.descendantsOfType("heredoc_body").filter((h) => h !== null);
  }
  dialect;
  heredocs;
  heredocAt = 0;
  /** The statements of a body or block; `table`: the block variable of a `change_table` and its table. */
  block(body, out, down, table, depth) {
    for (const stmt of body.namedChildren) {
      if (!stmt || stmt.type === "comment" || stmt.type === "heredoc_body") continue;
      this.statement(stmt, out, down, table, depth);
    }
  }
  statement(node, out, down, table, depth) {
    const unread = (why) => {
      out.push(unreadStatement(node, why, this.dialect));
    };
    if (depth > MAX_DEPTH5) return unread("blocks nested too deep to read");
    if (node.type !== "call") {
      if (["if", "unless", "if_modifier", "unless_modifier", "begin", "then", "else", "elsif", "ensure", "rescue", "body_statement", "parenthesized_statements", "case", "when"].includes(node.type)) {
        for (const c of node.namedChildren) {
          if (!c || c.type === "comment" || c.type === "heredoc_body") continue;
          if (sameNode(c, node.childForFieldName("condition")) || sameNode(c, node.childForFieldName("value")) || c.type === "pattern") continue;
          this.statement(c, out, down, table, depth + 1);
        }
        return;
      }
      if (node.type === "identifier" && HARMLESS2.has(node.text)) return;
      if (["assignment", "operator_assignment", "string", "integer", "nil", "true", "false", "simple_symbol", "constant", "return", "next", "break"].includes(node.type)) return;
      return unread(`${node.text.split("\n")[0].slice(0, 60)} is code the gate does not read`);
    }
    const method = node.childForFieldName("method")?.text ?? "";
    const receiver = node.childForFieldName("receiver");
    const blockNode = node.childForFieldName("block");
    const blockBody = blockNode?.childForFieldName("body") ?? null;
    const blockParam = blockNode?.childForFieldName("parameters")?.namedChildren[0]?.text ?? null;
    const args = argsOf(node);
    const name = receiver ? `${receiver.text}.${method}` : method;
    const emit = (ops) => {
      out.push(callStatement(node, ops, this.dialect));
    };
    if (receiver) {
      if (table && receiver.text === table.alias) {
        const ops = this.tableOperation(method, args, table.name);
        if (ops === null) return unread(`${name} is not an operation the gate reads`);
        if (typeof ops === "string") return unread(`${name} ${ops}`);
        return emit(ops);
      }
      if (receiver.type === "identifier" && (method === "up" || method === "down") && blockBody) {
        if (method === "up") this.block(blockBody, out, down, table, depth + 1);
        else down.push({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 });
        return;
      }
      if (HARMLESS2.has(method)) return;
      return unread(`${name} runs application code that the gate does not read`);
    }
    switch (method) {
      case "reversible":
      case "say_with_time":
      case "transaction":
      case "up_only":
      case "with_lock_retries":
        if (blockBody) this.block(blockBody, out, down, table, depth + 1);
        return;
      case "change_table": {
        const t = symbol(args.positional[0]);
        if (t === null) return unread(`${name} with a table name that is not a literal`);
        if (boolOf(args.options.get("bulk")) !== null || blockBody) {
          if (blockBody && blockParam) this.block(blockBody, out, down, { alias: blockParam, name: t }, depth + 1);
        }
        return;
      }
      case "execute": {
        const literal = this.sqlLiteral(args.positional[0] ?? null);
        if (!literal) return unread(`${name} runs SQL that is not a string literal, which the gate cannot read`);
        out.push(...sqlStatements(literal, this.dialect, name));
        return;
      }
      case "revert":
        return unread(`${name} runs another migration (or block) backwards, which the gate does not read`);
      default: {
        if (HARMLESS2.has(method)) return;
        const ops = this.schemaOperation(method, args, blockBody, blockParam);
        if (ops === null) return unread(`${name} is not an operation the gate reads`);
        if (typeof ops === "string") return unread(`${name} ${ops}`);
        return emit(ops);
      }
    }
  }
  /** A string literal or a heredoc (`execute <<~SQL … SQL`: its body follows the call's line). */
  sqlLiteral(arg3) {
    if (!arg3) return null;
    if (arg3.type !== "heredoc_beginning") return stringLiteral(arg3);
    while (this.heredocAt < this.heredocs.length && this.heredocs[this.heredocAt].startIndex < arg3.endIndex) this.heredocAt++;
    const body = this.heredocs[this.heredocAt++];
    if (!body) return null;
    const end = body.namedChildren.find((c) => c?.type === "heredoc_end") ?? null;
    const to = end ? end.startIndex : body.endIndex;
    const text = body.text.slice(0, to - body.startIndex);
    const nl = text.indexOf("\n");
    const skip = nl === -1 ? 0 : nl + 1;
    const interpolated = body.namedChildren.some((c) => c?.type === "interpolation");
    const quoted = /^<<[~-]?'/.test(arg3.text);
    return { value: text.slice(skip), interpolated: interpolated && !quoted, exact: true, offset: body.startIndex + skip, row: body.startPosition.row + (nl === -1 ? 0 : 1), column: nl === -1 ? body.startPosition.column : 0, node: body };
  }
  /** Migration methods on the connection (`remove_column :t, :c`…); null: not mapped; a string: why unread. */
  schemaOperation(method, args, blockBody, blockParam) {
    const p = args.positional;
    const o = args.options;
    const notLiteral = "with a table or column name that is not a literal";
    const t = symbol(p[0]);
    switch (method) {
      case "create_table": {
        if (t === null) return notLiteral;
        const columns = [];
        const indexes = [];
        const id = o.get("id");
        const composite = o.get("primary_key")?.type === "array";
        if (!(id && id.type === "false") && !composite) columns.push({ name: symbol(o.get("primary_key")) ?? "id", type: id && symbol(id) ? railsType(symbol(id), /* @__PURE__ */ new Map()) : "bigint", notNull: true, hasDefault: true, primaryKey: true });
        if (blockBody && blockParam) {
          for (const s of blockBody.namedChildren) {
            if (s?.type !== "call" || s.childForFieldName("receiver")?.text !== blockParam) continue;
            const method2 = s.childForFieldName("method")?.text ?? "";
            const args2 = argsOf(s);
            const ops = this.tableOperation(method2, args2, t);
            if (Array.isArray(ops)) {
              for (const op of ops) {
                if (op.kind === "add-column") columns.push(op.column);
                else if (op.kind === "create-index" && op.name !== null) indexes.push({ name: op.name, unique: op.unique, ...op.expressions ? {} : { columns: op.columns } });
              }
            } else if (ops === null && !NOT_COLUMNS.has(method2)) {
              const c = symbol(args2.positional[0]);
              if (c !== null) columns.push(columnOf(c, method2, args2.options));
            }
          }
        }
        return [{ kind: "create-table", table: t, columns, ...indexes.length > 0 ? { indexes } : {}, ...o.has("if_not_exists") ? { ifNotExists: boolOf(o.get("if_not_exists")) === true } : {} }];
      }
      case "drop_table":
      case "drop_join_table": {
        if (method === "drop_join_table") {
          const u = symbol(p[1]);
          if (t === null || u === null) return notLiteral;
          return [{ kind: "drop-table", table: symbol(o.get("table_name")) ?? [t, u].sort().join("_") }];
        }
        if (t === null) return notLiteral;
        return p.map((n) => symbol(n)).map((n) => n === null ? null : { kind: "drop-table", table: n }).filter((op) => op !== null);
      }
      case "rename_table": {
        const to = symbol(p[1]);
        if (t === null || to === null) return notLiteral;
        return [{ kind: "rename-table", table: t, newName: to }];
      }
      case "create_join_table": {
        const u = symbol(p[1]);
        if (t === null || u === null) return notLiteral;
        return [{ kind: "create-table", table: symbol(o.get("table_name")) ?? [t, u].sort().join("_"), columns: [] }];
      }
      case "add_column": {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        return [{ kind: "add-column", table: t, column: columnOf(c, symbol(p[2]), o), ...boolOf(o.get("if_not_exists")) ? { ifNotExists: true } : {} }];
      }
      case "remove_column":
      case "remove_columns": {
        if (t === null) return notLiteral;
        const cols = method === "remove_column" ? [symbol(p[1])] : p.slice(1).map((n) => symbol(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return cols.map((c) => ({ kind: "drop-column", table: t, column: c }));
      }
      case "rename_column": {
        const c = symbol(p[1]);
        const to = symbol(p[2]);
        if (t === null || c === null || to === null) return notLiteral;
        return [{ kind: "rename-column", table: t, column: c, newName: to }];
      }
      case "change_column": {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        return changeColumn(t, c, symbol(p[2]), o);
      }
      case "change_column_null": {
        const c = symbol(p[1]);
        const allow = boolOf(p[2]);
        if (t === null || c === null || allow === null) return notLiteral;
        return allow ? [{ kind: "drop-not-null", table: t, column: c }] : [...p[3] ? [{ kind: "update", table: t, columns: [c] }] : [], { kind: "set-not-null", table: t, column: c }];
      }
      case "change_column_default": {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        const to = o.has("to") ? o.get("to") : p[2];
        return [to === void 0 || to.type === "nil" ? { kind: "drop-default", table: t, column: c } : { kind: "set-default", table: t, column: c }];
      }
      case "add_reference":
      case "add_belongs_to": {
        const ref = symbol(p[1]);
        if (t === null || ref === null) return notLiteral;
        return referenceColumns(ref, o).map((column) => ({ kind: "add-column", table: t, column }));
      }
      case "remove_reference":
      case "remove_belongs_to": {
        const ref = symbol(p[1]);
        if (t === null || ref === null) return notLiteral;
        return referenceColumns(ref, o).map((c) => ({ kind: "drop-column", table: t, column: c.name }));
      }
      case "add_timestamps":
        if (t === null) return notLiteral;
        return timestamps(o).map((column) => ({ kind: "add-column", table: t, column }));
      case "remove_timestamps":
        if (t === null) return notLiteral;
        return ["created_at", "updated_at"].map((c) => ({ kind: "drop-column", table: t, column: c }));
      case "add_index": {
        if (t === null) return notLiteral;
        return [addIndex(t, p[1], o)];
      }
      case "remove_index": {
        if (t === null) return notLiteral;
        const index = indexName3(t, p[1] ?? o.get("column") ?? null, o);
        if (index === null) return notLiteral;
        return [{ kind: "drop-index", name: index, table: t }];
      }
      case "rename_index": {
        const from = symbol(p[1]);
        const to = symbol(p[2]);
        if (t === null || from === null || to === null) return notLiteral;
        return [{ kind: "rename-object", objectKind: "index", name: from, newName: to, table: t }];
      }
      case "add_foreign_key": {
        const to = symbol(p[1]);
        if (t === null || to === null) return notLiteral;
        const column = symbol(o.get("column")) ?? `${singular(to)}_id`;
        return [{ kind: "add-constraint", table: t, constraint: "foreign-key", name: symbol(o.get("name")), columns: [column], notValid: boolOf(o.get("validate")) === false, references: to }];
      }
      case "add_check_constraint":
        if (t === null) return notLiteral;
        return [{ kind: "add-constraint", table: t, constraint: "check", name: symbol(o.get("name")), columns: [], notValid: boolOf(o.get("validate")) === false }];
      case "remove_check_constraint":
      case "remove_foreign_key": {
        if (t === null) return notLiteral;
        const cname = symbol(o.get("name"));
        return cname === null ? [{ kind: "other", what: method }] : [{ kind: "drop-constraint", table: t, name: cname, constraint: method === "remove_foreign_key" ? "foreign-key" : "check" }];
      }
      case "validate_foreign_key":
      case "validate_check_constraint":
      case "enable_extension":
      case "change_column_comment":
      case "change_table_comment":
      case "add_index_options":
        return [{ kind: "other", what: method }];
      case "create_enum": {
        const values = names(p[1]);
        if (t === null || values === null) return notLiteral;
        return [{ kind: "create-enum", type: t, values }];
      }
      case "add_enum_value": {
        const v = symbol(p[1]);
        if (t === null || v === null) return notLiteral;
        return [{ kind: "add-enum-value", type: t, value: v }];
      }
      case "rename_enum_value": {
        const from = symbol(o.get("from"));
        const to = symbol(o.get("to"));
        if (t === null || from === null || to === null) return notLiteral;
        return [{ kind: "rename-enum-value", type: t, oldValue: from, newValue: to }];
      }
      case "drop_enum":
        if (t === null) return notLiteral;
        return [{ kind: "drop-object", objectKind: "type", name: t }];
      default:
        return null;
    }
  }
  /** `t.<method>` inside `change_table :t do |t|` (and `create_table`'s column definitions). */
  tableOperation(method, args, table) {
    const p = args.positional;
    const o = args.options;
    const notLiteral = "with a column name that is not a literal";
    if (COLUMN_TYPES.has(method)) {
      const cols = method === "column" ? [symbol(p[0])] : p.map((n) => symbol(n));
      if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
      const type = method === "column" ? symbol(p[1]) : method;
      return cols.map((c) => ({ kind: "add-column", table, column: columnOf(c, type, o) }));
    }
    switch (method) {
      case "remove": {
        const cols = p.map((n) => symbol(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return cols.map((c) => ({ kind: "drop-column", table, column: c }));
      }
      case "rename": {
        const from = symbol(p[0]);
        const to = symbol(p[1]);
        if (from === null || to === null) return notLiteral;
        return [{ kind: "rename-column", table, column: from, newName: to }];
      }
      case "change": {
        const c = symbol(p[0]);
        if (c === null) return notLiteral;
        return changeColumn(table, c, symbol(p[1]), o);
      }
      case "change_null": {
        const c = symbol(p[0]);
        const allow = boolOf(p[1]);
        if (c === null || allow === null) return notLiteral;
        return [{ kind: allow ? "drop-not-null" : "set-not-null", table, column: c }];
      }
      case "change_default": {
        const c = symbol(p[0]);
        if (c === null) return notLiteral;
        const to = o.has("to") ? o.get("to") : p[1];
        return [{ kind: to === void 0 || to.type === "nil" ? "drop-default" : "set-default", table, column: c }];
      }
      case "references":
      case "belongs_to": {
        const refs = p.map((n) => symbol(n));
        if (refs.length === 0 || refs.some((r) => r === null)) return notLiteral;
        return refs.flatMap((r) => referenceColumns(r, o).map((column) => ({ kind: "add-column", table, column })));
      }
      case "remove_references":
      case "remove_belongs_to": {
        const refs = p.map((n) => symbol(n));
        if (refs.length === 0 || refs.some((r) => r === null)) return notLiteral;
        return refs.flatMap((r) => referenceColumns(r, o).map((c) => ({ kind: "drop-column", table, column: c.name })));
      }
      case "timestamps":
        return timestamps(o).map((column) => ({ kind: "add-column", table, column }));
      case "remove_timestamps":
        return ["created_at", "updated_at"].map((c) => ({ kind: "drop-column", table, column: c }));
      case "index":
        return [addIndex(table, p[0], o)];
      case "remove_index": {
        const index = indexName3(table, p[0] ?? o.get("column") ?? null, o);
        if (index === null) return notLiteral;
        return [{ kind: "drop-index", name: index, table }];
      }
      case "rename_index": {
        const from = symbol(p[0]);
        const to = symbol(p[1]);
        if (from === null || to === null) return notLiteral;
        return [{ kind: "rename-object", objectKind: "index", name: from, newName: to, table }];
      }
      case "check_constraint":
        return [{ kind: "add-constraint", table, constraint: "check", name: symbol(o.get("name")), columns: [], notValid: boolOf(o.get("validate")) === false }];
      case "foreign_key": {
        const to = symbol(p[0]);
        if (to === null) return notLiteral;
        return [{ kind: "add-constraint", table, constraint: "foreign-key", name: symbol(o.get("name")), columns: [symbol(o.get("column")) ?? `${singular(to)}_id`], notValid: false, references: to }];
      }
      case "comment":
      case "remove_foreign_key":
      case "remove_check_constraint":
        return [{ kind: "other", what: `t.${method}` }];
      default:
        return null;
    }
  }
};
function changeColumn(table, column, type, o) {
  const ops = [{ kind: "alter-column-type", table, column, oldType: null, newType: railsType(type, o) }];
  const allow = boolOf(o.get("null"));
  if (allow === false) ops.push({ kind: "set-not-null", table, column });
  if (allow === true) ops.push({ kind: "drop-not-null", table, column });
  if (o.has("default")) ops.push({ kind: o.get("default")?.type === "nil" ? "drop-default" : "set-default", table, column });
  return ops;
}
function referenceColumns(ref, o) {
  const options = new Map(o);
  const cols = [columnOf(`${ref}_id`, symbol(o.get("type")) ?? "bigint", options)];
  if (boolOf(o.get("polymorphic")) === true) cols.push(columnOf(`${ref}_type`, "string", options));
  return cols;
}
function timestamps(o) {
  return ["created_at", "updated_at"].map((c) => {
    const column = columnOf(c, "datetime", o);
    if (!o.has("null")) column.notNull = true;
    return column;
  });
}
function addIndex(table, columnsNode, o) {
  const columns = names(columnsNode);
  const algorithm = symbol(o.get("algorithm"));
  return {
    kind: "create-index",
    table,
    name: symbol(o.get("name")) ?? (columns ? `index_${table}_on_${columns.join("_and_")}` : null),
    unique: boolOf(o.get("unique")) === true,
    concurrently: algorithm === "concurrently",
    columns: columns ?? [],
    expressions: columns === null,
    partial: o.has("where"),
    ...boolOf(o.get("if_not_exists")) ? { ifNotExists: true } : {}
  };
}
function indexName3(table, columnsNode, o) {
  const named = symbol(o.get("name"));
  if (named !== null) return named;
  const columns = names(columnsNode);
  return columns ? `index_${table}_on_${columns.join("_and_")}` : null;
}
function singular(table) {
  if (/ies$/.test(table)) return `${table.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(table)) return table;
  if (/(?:ches|shes|xes|ses)$/.test(table)) return table.slice(0, -2);
  return table.replace(/s$/, "");
}

// src/migrations/code/registry.ts
var CODE_FRAMEWORKS = ["django", "alembic", "rails", "laravel", "ef-core", "knex", "sequelize", "typeorm", "doctrine"];
function isCodeFramework(framework) {
  return CODE_FRAMEWORKS.includes(framework);
}
var ADAPTERS = [djangoAdapter, alembicAdapter, railsAdapter, laravelAdapter, efCoreAdapter, typeormAdapter, knexAdapter, sequelizeAdapter, doctrineAdapter];
var BY_FRAMEWORK = new Map(ADAPTERS.map((a) => [a.framework, a]));
function adapterFor(framework) {
  return BY_FRAMEWORK.get(framework);
}
var CodeHistory = class {
  states = /* @__PURE__ */ new Map();
  state(framework, init) {
    let s = this.states.get(framework);
    if (s === void 0) this.states.set(framework, s = init());
    return s;
  }
};
var TEST_DIRS = /(^|\/)(tests?|testdata|test_data|fixtures?|examples?|__tests__|spec)\//i;
var matchers = /* @__PURE__ */ new Map();
function matches(globs, path) {
  const key = globs.join("\0");
  let m = matchers.get(key);
  if (!m) matchers.set(key, m = globMatcher(globs));
  return m(path);
}
function hasExtension(adapter, path) {
  return adapter.extensions.some((e) => path.endsWith(e));
}
function isCodeMigrationPath(path, sets) {
  for (const set of sets) {
    const configured = set.paths !== void 0 && set.paths.length > 0;
    if (configured) {
      if (!matches(set.paths, path)) continue;
      const adapter = adapterFor(set.framework);
      if (adapter ? hasExtension(adapter, path) : set.framework === "auto" && ADAPTERS.some((a) => a.conventionalPath(path))) return true;
    } else if (set.framework === "auto" ? ADAPTERS.some((a) => a.conventionalPath(path)) && !TEST_DIRS.test(path) : adapterFor(set.framework)?.conventionalPath(path)) {
      return true;
    }
  }
  return false;
}
function classifyCodeMigration(path, text, sets) {
  for (const [i, set] of sets.entries()) {
    const configured = set.paths !== void 0 && set.paths.length > 0;
    if (configured && !matches(set.paths, path)) continue;
    const forcedAdapter = adapterFor(set.framework);
    const candidates = forcedAdapter ? [forcedAdapter] : set.framework === "auto" ? ADAPTERS : [];
    for (const adapter of candidates) {
      const byConfig = forcedAdapter !== void 0 && configured && hasExtension(adapter, path);
      if (!byConfig && !(adapter.conventionalPath(path) && (configured || !TEST_DIRS.test(path)))) continue;
      const found = adapter.detect(path, text, byConfig);
      if (!found) continue;
      const file = { path, framework: adapter.framework, version: found.version, part: "up" };
      return { file, as: "migration", set: i, reason: configured ? `matches ${sets.length === 1 ? "migrations" : `migrations[${i}]`}.paths; ${found.reason}` : found.reason };
    }
    if (configured) return null;
  }
  return null;
}
function codeFileFindings(input) {
  return adapterFor(input.file.framework)?.fileFindings?.(input) ?? [];
}
function codeLanguagesOf(files) {
  const out = /* @__PURE__ */ new Set();
  for (const f of files) {
    const adapter = adapterFor(f.framework);
    if (adapter) out.add(adapter.language(f.path));
  }
  return [...out];
}
async function prepareCodeLanguages(languages) {
  await Promise.all(languages.map((l) => loadLanguage(l)));
}
function parseCodeFile(file, text, dialect, history, replay = false) {
  const adapter = adapterFor(file.framework);
  const whole = { text: text.slice(0, 200), start: 0, end: text.length, line: 1, endLine: 1, column: 1, dialect, ops: [] };
  if (!adapter) return { downSections: [], forward: [{ ...whole, status: "unparsed", error: `no reader for ${file.framework} migrations yet` }] };
  const language = adapter.language(file.path);
  const tree = isLanguageLoaded(language) ? parseCode(language, text) : null;
  if (!tree) return { downSections: [], forward: [{ ...whole, status: "unparsed", error: `the ${language} grammar was not loaded` }] };
  try {
    const parsed = adapter.parse({ file, text, root: tree.rootNode, dialect, history, replay });
    const error = firstSyntaxError(tree.rootNode);
    if (error && !parsed.forward.some((s) => s.status === "unparsed" && s.line === error.startPosition.row + 1)) {
      const at = unreadStatement(error, `${file.path} does not parse as ${language} here (${error.isMissing ? `missing ${error.type}` : "a syntax error"}), so what it does is unknown`, dialect);
      const forward = [...parsed.forward];
      const index = forward.findIndex((s) => s.start > at.start);
      forward.splice(index === -1 ? forward.length : index, 0, at);
      return { ...parsed, forward };
    }
    return parsed;
  } catch (err) {
    return { downSections: [], forward: [{ ...whole, status: "unparsed", error: `the ${file.framework} reader failed on this file (${err.message})` }] };
  } finally {
    tree.delete();
  }
}

// src/migrations/dialect-inference.ts
var DIALECT_WORDS = {
  postgres: "postgres",
  postgresql: "postgres",
  pgsql: "postgres",
  pg: "postgres",
  cockroach: "cockroach",
  cockroachdb: "cockroach",
  crdb: "cockroach",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  sqlite3: "sqlite",
  mssql: "mssql",
  sqlserver: "mssql",
  tsql: "mssql",
  clickhouse: "clickhouse",
  h2: "h2"
};
function dialectWord(word) {
  return Object.hasOwn(DIALECT_WORDS, word.toLowerCase()) ? DIALECT_WORDS[word.toLowerCase()] : void 0;
}
function dialectFromName(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const parts = name.split(".");
  for (let i = parts.length - 1; i >= 1; i--) {
    const d = dialectWord(parts[i]);
    if (d) return { dialect: d, by: `its name (.${parts[i]}.)` };
  }
  return void 0;
}
function dialectFromFolder(path) {
  const dirs2 = path.split("/").slice(0, -1);
  for (let i = dirs2.length - 1; i >= 0; i--) {
    const d = dialectWord(dirs2[i]);
    if (d) return { dialect: d, by: `its folder ${dirs2[i]}/` };
  }
  return void 0;
}
function dialectFromPath(path) {
  return dialectFromName(path) ?? dialectFromFolder(path);
}
var PRISMA_PROVIDERS = { postgresql: "postgres", postgres: "postgres", mysql: "mysql", sqlite: "sqlite", sqlserver: "mssql", cockroachdb: "cockroach" };
var DRIZZLE_DIALECTS = { postgresql: "postgres", mysql: "mysql", sqlite: "sqlite", turso: "sqlite", singlestore: "mysql" };
function dialectFromPrismaLock(text) {
  const m = /^\s*provider\s*=\s*"([a-z0-9]+)"/m.exec(text);
  return m && Object.hasOwn(PRISMA_PROVIDERS, m[1]) ? PRISMA_PROVIDERS[m[1]] : void 0;
}
function dialectFromDrizzleJournal(text) {
  const m = /"dialect"\s*:\s*"([a-z0-9]+)"/.exec(text.slice(0, 4096));
  return m && Object.hasOwn(DRIZZLE_DIALECTS, m[1]) ? DRIZZLE_DIALECTS[m[1]] : void 0;
}
var MARKS = [
  ["mysql", "ENGINE=", /\bENGINE\s*=\s*(?:InnoDB|MyISAM|MEMORY|Aria|ARCHIVE|CSV|NDB)\b/i],
  ["mysql", "AUTO_INCREMENT", /\bAUTO_INCREMENT\b/i],
  ["mysql", "MODIFY", /(?:\bTABLE\s+\S+\s+|,\s*)MODIFY\s+(?:COLUMN\s+)?[`"\w]/i],
  ["mysql", "CHANGE", /(?:\bTABLE\s+\S+\s+|,\s*)CHANGE\s+(?:COLUMN\s+)?[`"\w][^\s,]*\s+[`"\w][^\s,]*\s+\w/i],
  ["mysql", "AFTER", /\bADD\s+(?:COLUMN\s+)?[`"\w][^,;]{0,300}?\bAFTER\s+[`"\w]/i],
  ["mysql", "UNSIGNED", /\b(?:INT|INTEGER|BIGINT|SMALLINT|TINYINT|MEDIUMINT)(?:\s*\(\s*\d+\s*\))?\s+UNSIGNED\b/i],
  ["mysql", "CHARSET", /\b(?:DEFAULT\s+)?CHARSET\s*=|\bCHARACTER\s+SET\s+utf8/i],
  ["mysql", "TINYINT/MEDIUMTEXT/LONGTEXT", /\b(?:TINYINT|MEDIUMINT|MEDIUMTEXT|LONGTEXT|TINYTEXT|LONGBLOB|MEDIUMBLOB|TINYBLOB)\b/i],
  ["mysql", "DROP INDEX \u2026 ON", /\bDROP\s+INDEX\s+[`\w]+\s+ON\s+[`\w]/i],
  ["mysql", "ON UPDATE CURRENT_TIMESTAMP", /\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b/i],
  ["postgres", "::casts", /::\s*[a-z_"]/i],
  ["postgres", "JSONB", /\bJSONB\b/i],
  ["postgres", "TIMESTAMPTZ", /\bTIMESTAMPTZ\b|\bWITH\s+TIME\s+ZONE\b/i],
  ["postgres", "CREATE EXTENSION", /\bCREATE\s+EXTENSION\b/i],
  ["postgres", "ALTER COLUMN \u2026 TYPE", /\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b/i],
  ["postgres", "CONCURRENTLY", /\bINDEX\s+CONCURRENTLY\b/i],
  ["postgres", "plpgsql", /\bplpgsql\b/i],
  ["postgres", "AS ENUM", /\bCREATE\s+TYPE\s+\S+\s+AS\s+ENUM\b/i],
  ["postgres", "BYTEA", /\bBYTEA\b/i],
  ["sqlite", "AUTOINCREMENT", /\bAUTOINCREMENT\b/i],
  ["sqlite", "PRAGMA", /(?:^|;)\s*PRAGMA\b/im],
  ["sqlite", "WITHOUT ROWID", /\bWITHOUT\s+ROWID\b/i],
  ["sqlite", "strftime", /\bstrftime\s*\(/i],
  ["clickhouse", "MergeTree", /\bENGINE\s*=\s*\w*MergeTree\b/i],
  ["clickhouse", "LowCardinality", /\bLowCardinality\s*\(/],
  ["clickhouse", "Nullable(\u2026)", /\bNullable\s*\(/],
  ["clickhouse", "UInt/Int64/DateTime64", /\b(?:U?Int(?:8|16|32|64|128|256)|Float(?:32|64)|DateTime64)\b/],
  ["clickhouse", "ON CLUSTER", /\bON\s+CLUSTER\b/i],
  ["clickhouse", "PROJECTION", /\b(?:ADD|DROP|MATERIALIZE)\s+PROJECTION\b/i],
  ["mssql", "NVARCHAR", /\bNVARCHAR\b/i],
  ["mssql", "GO", /^[ \t]*GO[ \t]*$/m],
  ["mssql", "IDENTITY(\u2026)", /\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)/i],
  ["mssql", "[dbo]", /\[dbo\]|\bdbo\.\w/i],
  ["mssql", "DATETIME2/UNIQUEIDENTIFIER", /\b(?:DATETIME2|UNIQUEIDENTIFIER|NONCLUSTERED)\b/i]
];
var ANY_MARK = new RegExp(MARKS.map(([, , re]) => `(?:${re.source})`).join("|"), "im");
var CONTENT_WINDOW = 256 * 1024;
function dialectFromContent(text) {
  const code = maskSql(text.length > CONTENT_WINDOW ? text.slice(0, CONTENT_WINDOW) : text, "postgres");
  const found = /* @__PURE__ */ new Map();
  if (ANY_MARK.test(code)) {
    for (const [dialect2, mark, re] of MARKS) {
      if (!re.test(code)) continue;
      const list = found.get(dialect2) ?? [];
      list.push(mark);
      found.set(dialect2, list);
    }
  }
  if (/`[^`\n]+`/.test(code)) found.set("mysql", [...found.get("mysql") ?? [], "backticks"]);
  if (/\/\*!\d{0,6}[\s\w]/.test(text.length > CONTENT_WINDOW ? text.slice(0, CONTENT_WINDOW) : text)) found.set("mysql", [...found.get("mysql") ?? [], "versioned comment /*!"]);
  if (found.has("clickhouse")) {
    without(found, "mysql", ["MODIFY", "AFTER", "backticks"]);
    without(found, "postgres", ["::casts"]);
  }
  if (found.has("sqlite")) without(found, "mysql", ["backticks"]);
  if (found.size !== 1) return void 0;
  const [[dialect, marks]] = [...found];
  return { dialect, by: `its content (${marks.slice(0, 3).join(", ")})` };
}
function without(found, dialect, marks) {
  const left = (found.get(dialect) ?? []).filter((m) => !marks.includes(m));
  if (left.length > 0) found.set(dialect, left);
  else found.delete(dialect);
}

// src/migrations/detect.ts
var MIGRATION_DIRS = /* @__PURE__ */ new Set(["migrations", "migration", "migrate", "db", "schema", "sql"]);
var FLYWAY = /^(V|U)(\d+(?:[._]\d+)*)__.+\.sql$/i;
var FLYWAY_REPEATABLE = /^R__.+\.sql$/i;
var SQLC_QUERY = /^[ \t]*--[ \t]*name:[ \t]*\w+[ \t]+:(?:one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/m;
var matchers2 = /* @__PURE__ */ new Map();
function matcherFor(globs) {
  const key = globs.join("\0");
  let matcher = matchers2.get(key);
  if (!matcher) {
    matcher = globMatcher(globs);
    matchers2.set(key, matcher);
  }
  return matcher;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirs(path) {
  if (path !== lastDirs.path) lastDirs = { path, dirs: path.split("/").slice(0, -1) };
  return lastDirs.dirs;
}
var lastDirs = { path: "", dirs: [] };
function leadingVersion(name) {
  const m = /^(\d+(?:[._-]\d+)*)/.exec(name);
  return m ? m[1] : null;
}
function detectMigration(path, text, configuredPaths, framework = "auto") {
  const name = basename(path);
  const lower = name.toLowerCase();
  const changelog = isChangelogFileName(lower) && (framework === "liquibase" || text !== null && looksLikeChangelog(path, text));
  if (!isSqlFileName(lower) && !changelog && !configuredPaths?.includes("**")) {
    return classifyCodeMigration(path, text, [{ paths: configuredPaths, framework }])?.file ?? null;
  }
  const parts = dirs(path);
  let isMigration;
  if (configuredPaths && configuredPaths.length > 0) {
    isMigration = matcherFor(configuredPaths)(path);
  } else {
    isMigration = changelog && inChangelogPlace(path) || parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) || FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || parts.includes("deploy") || parts.includes("revert");
    if (isMigration && text !== null && SQLC_QUERY.test(text.slice(0, 65536))) isMigration = false;
  }
  if (!isMigration) return null;
  const detected = framework === "auto" ? guessFramework(path, text) : framework;
  return { path, framework: detected, version: versionOf(path, detected), part: partOf(path, detected) };
}
function guessFramework(path, text) {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? "";
  const head = text ? text.slice(0, 4096) : "";
  if (isChangelogFileName(name)) return "liquibase";
  if (FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name)) return "flyway";
  if (/^\s*--\s*\+goose\s+up\b/im.test(head) || /--\s*\+goose\s+(up|down)\b/i.test(text ?? "")) return "goose";
  if (/^\s*--\s*migrate:(up|down)\b/im.test(text ?? "")) return "dbmate";
  if (/^\s*--\s*liquibase\s+formatted\s+sql/im.test(head)) return "liquibase";
  if (parts.includes("prisma") && name === "migration.sql") return "prisma";
  if ((name === "up.sql" || name === "down.sql") && leadingVersion(parent) !== null) return "diesel";
  if (/\.(up|down)\.sql$/i.test(name)) return "golang-migrate";
  if (parts.includes("deploy") || parts.includes("revert") || parts.includes("verify")) return "sqitch";
  return "plain";
}
function versionOf(path, framework) {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? "";
  switch (framework) {
    case "flyway": {
      const m = FLYWAY.exec(name);
      return m ? m[2].replace(/_/g, ".") : null;
    }
    case "diesel":
    case "prisma":
      return leadingVersion(parent);
    case "sqitch":
      return null;
    // sqitch orders by its plan file, not by name
    case "plain":
      return leadingVersion(name) ?? folderVersion(path);
    default:
      return leadingVersion(name);
  }
}
function partOf(path, framework) {
  const name = basename(path);
  const parts = dirs(path);
  if (framework === "flyway") {
    if (FLYWAY_REPEATABLE.test(name)) return "repeatable";
    return /^U/i.test(name) ? "down" : "up";
  }
  if (/(^|[._])down\.sql$/i.test(name)) return "down";
  if (framework === "sqitch") {
    if (parts.includes("revert")) return "down";
    if (parts.includes("verify")) return "verify";
  }
  return "up";
}
var GOOSE_MARKER = /--[^\S\n]*\+goose (up|down)[^\S\n]*(?=\n|$)/iy;
var DBMATE_MARKER = /--\s*migrate:(up|down)(?=\s|$)/y;
var LIQUIBASE_ROLLBACK = /--[^\S\r\n]*rollback /iy;
var LIQUIBASE_CHANGESET = /--[^\S\r\n]*changeset[^\S\r\n]+(\S+)[^\r\n]*/iy;
function* lineMarkers(text, marker, { crEnds, indented }) {
  for (let i = text.indexOf("--"); i !== -1; i = text.indexOf("--", i + 2)) {
    let lead = i;
    if (indented) while (lead > 0 && /[^\S\r\n]/.test(text[lead - 1])) lead--;
    const before = lead === 0 ? "\n" : text[lead - 1];
    if (before !== "\n" && !(crEnds && before === "\r")) continue;
    marker.lastIndex = i;
    const m = marker.exec(text);
    if (m) {
      m.index = lead;
      yield m;
    }
  }
}
function sectionsOf(file, text) {
  if (file.framework === "liquibase" && isChangelogFileName(file.path)) return [];
  if (file.part === "down") return [{ part: "down", start: 0, end: text.length, line: 1 }];
  if (file.part === "verify") return [];
  let markers = [];
  const lines = new LineIndex(text);
  const liquibase = file.framework === "liquibase";
  const markerRe = file.framework === "goose" ? GOOSE_MARKER : file.framework === "dbmate" ? DBMATE_MARKER : liquibase ? LIQUIBASE_ROLLBACK : null;
  for (const m of markerRe ? lineMarkers(text, markerRe, { crEnds: liquibase, indented: liquibase }) : []) {
    const line = lines.line(m.index);
    const markerEnd = markerRe.lastIndex;
    if (liquibase) {
      const bodyStart = markerEnd;
      const eol = lineEnd(text, bodyStart, true);
      if (/^[ \t]*(?:not[ \t]+required[ \t]*|empty[ \t]*)?$/i.test(text.slice(bodyStart, eol))) continue;
      markers.push({ part: "down", start: m.index, bodyStart, line, single: true });
    } else {
      const word = m[1].toLowerCase();
      markers.push({ part: word === "up" ? "up" : "down", start: m.index, bodyStart: lineEnd(text, markerEnd, false), line });
    }
  }
  if (liquibase) markers = withChangesets(markers, text);
  if (markers.length === 0) return [{ part: "up", start: 0, end: text.length, line: 1 }];
  const sections = [];
  const firstStart = markers[0].start;
  if (firstStart > 0 && file.framework === "liquibase") sections.push({ part: "up", start: 0, end: firstStart, line: 1 });
  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i];
    if (marker.single) {
      const end2 = lineEnd(text, marker.bodyStart, true);
      sections.push({ part: "down", start: marker.bodyStart, end: end2, line: marker.line });
      const nextStart = i + 1 < markers.length ? markers[i + 1].start : text.length;
      const next = end2 + (text.startsWith("\r\n", end2) ? 2 : 1);
      if (end2 < nextStart) sections.push({ part: "up", start: end2, end: nextStart, line: lines.line(Math.min(next, text.length)) });
      continue;
    }
    const end = i + 1 < markers.length ? markers[i + 1].start : text.length;
    sections.push({ part: marker.part, start: marker.bodyStart, end, line: marker.line });
  }
  return sections;
}
function withChangesets(markers, text) {
  const merged = [];
  let k = 0;
  for (const c of liquibaseChangesets(text)) {
    while (k < markers.length && markers[k].start < c.start) merged.push(markers[k++]);
    merged.push({ part: "up", start: c.start, bodyStart: lineEnd(text, c.start, true), line: c.line });
  }
  while (k < markers.length) merged.push(markers[k++]);
  return merged;
}
function lineEnd(text, from, crEnds) {
  const re = crEnds ? CR_OR_LF : LF;
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}
var LF = /\n/g;
var CR_OR_LF = /[\r\n]/g;
var partsCache = /* @__PURE__ */ new Map();
function versionParts(version) {
  let parts = partsCache.get(version);
  if (!parts) {
    parts = version.split(/[._-]/).map((p) => BigInt(p.replace(/\D/g, "") || "0"));
    if (partsCache.size > 1e5) partsCache.clear();
    partsCache.set(version, parts);
  }
  return parts;
}
var DIGITS = /^[0-9]+$/;
function compareDigits(a, b) {
  let i = 0;
  while (i < a.length - 1 && a.charCodeAt(i) === 48) i++;
  let j = 0;
  while (j < b.length - 1 && b.charCodeAt(j) === 48) j++;
  if (a.length - i !== b.length - j) return a.length - i < b.length - j ? -1 : 1;
  for (; i < a.length; i++, j++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function compareVersionsOf(framework, a, b) {
  if (framework !== "diesel") return compareVersions(a, b);
  const x = a.replace(/-/g, "");
  const y = b.replace(/-/g, "");
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareVersions(a, b) {
  if (DIGITS.test(a) && DIGITS.test(b)) return compareDigits(a, b);
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function liquibaseChangesets(text) {
  const out = [];
  const lines = new LineIndex(text);
  for (const m of lineMarkers(text, LIQUIBASE_CHANGESET, { crEnds: true, indented: true })) {
    if (out.length > 0) out[out.length - 1].end = m.index;
    out.push({ id: m[1], start: m.index, end: text.length, line: lines.line(m.index), runOnChange: /\brunOnChange:true\b/i.test(m[0]) });
  }
  return out;
}
function folderVersion(path) {
  const parts = dirs(path);
  for (let i = parts.length - 1, seen = 0; i >= 0 && seen < 2; i--, seen++) {
    const v = leadingVersion(parts[i]);
    if (v !== null) return v;
    if (!dialectWord(parts[i])) return null;
  }
  return null;
}
var TEST_DIRS2 = /* @__PURE__ */ new Set(["test", "tests", "t", "testdata", "test-data", "test_data", "testing", "__tests__", "fixture", "fixtures", "__fixtures__", "stub", "stubs", "mock", "mocks", "example", "examples", "e2e", "itest"]);
var SEED_DIRS = /* @__PURE__ */ new Set(["seed", "seeds", "seeders", "seeding"]);
var INIT_DIRS = /* @__PURE__ */ new Set(["init-scripts", "init_scripts", "initdb", "initdb.d", "docker-entrypoint-initdb.d", "init"]);
var MIGRATION_NAMED = /* @__PURE__ */ new Set(["migrations", "migration", "migrate", "changelog", "changelogs", "upgrade", "upgrades"]);
var SCHEMA_NAMES = /* @__PURE__ */ new Set(["schema", "structure", "ddl", "dump", "baseline", "db_schema", "database", "create_schema", "init_schema"]);
function dumpHeader(text) {
  const head = text.slice(0, 4096);
  const m = /--\s*(PostgreSQL database dump|Dumped from database version|Dumped by pg_dump|MySQL dump \d|MariaDB dump \d|Server version\s+\d)/i.exec(head) ?? /^\s*(PRAGMA foreign_keys\s*=\s*OFF;\s*BEGIN TRANSACTION;)/i.exec(head) ?? /(SELECT pg_catalog\.set_config\('search_path', '', false\))/.exec(head) ?? /(\/\*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT \*\/)/.exec(head);
  return m ? m[1].replace(/\s+/g, " ") : null;
}
function isVersionedName(name) {
  return FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || leadingVersion(name) !== null;
}
function versionedBy(path) {
  if (isVersionedName(basename(path))) return "name";
  return folderVersion(path) !== null ? "folder" : null;
}
function sequenceDir(path) {
  const parts = [...dirs(path)];
  while (parts.length > 0 && (leadingVersion(parts[parts.length - 1]) !== null || dialectWord(parts[parts.length - 1]))) parts.pop();
  return parts.join("/");
}
function setKey(sets, i) {
  return sets.length === 1 ? "migrations" : `migrations[${i}]`;
}
var MigrationLayout = class {
  constructor(listing) {
    this.listing = listing;
  }
  listing;
  byDir;
  all;
  /** Sequence folders (SPEC 5 candidates) holding versioned migrations or sqitch scripts. */
  organised;
  index() {
    if (this.byDir) return;
    this.byDir = /* @__PURE__ */ new Map();
    this.organised = /* @__PURE__ */ new Set();
    let paths;
    try {
      paths = this.listing();
    } catch {
      paths = [];
    }
    for (const path of paths) {
      if (!isSqlFileName(path)) continue;
      const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
      let list = this.byDir.get(dir);
      if (!list) this.byDir.set(dir, list = []);
      list.push(basename(path));
      if (!inMigrationFolder(path) || isTestPath(path) !== null) continue;
      const parts = dirs(path);
      if (versionedBy(path) !== null || parts.includes("deploy")) this.organised.add(sequenceDir(path));
    }
  }
  /** Whether the snapshot lists this path (a file read only when it is there: an absent one costs a git lookup). */
  has(path) {
    if (!this.all) {
      try {
        this.all = new Set(this.listing());
      } catch {
        this.all = /* @__PURE__ */ new Set();
      }
    }
    return this.all.has(path);
  }
  /** The SQL file names in a folder. */
  filesIn(dir) {
    this.index();
    return this.byDir.get(dir) ?? [];
  }
  /** Folders with versioned migrations, other than `except` (nearest first by shared prefix, at most `n`). */
  organisedFolders(except, n = 2) {
    this.index();
    return [...this.organised].filter((d) => d !== except).sort().slice(0, n);
  }
  hasOrganised(except) {
    this.index();
    return [...this.organised].some((d) => d !== except);
  }
  /** The versioned siblings of a file: files of its folder named with a version, or version folders beside it. */
  versionedNeighbours(path) {
    this.index();
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    const own = basename(path);
    const named = this.filesIn(dir).filter((n) => n !== own && isVersionedName(n));
    if (named.length > 0) return { count: named.length, example: named.sort()[0] ?? null, byFolder: false };
    const prefix = dir === "" ? "" : `${dir}/`;
    let count = 0;
    let example = null;
    for (const d of this.byDir.keys()) {
      if (!d.startsWith(prefix) || d === dir) continue;
      const rest = d.slice(prefix.length);
      if (rest.includes("/") || leadingVersion(rest) === null) continue;
      count++;
      if (example === null || rest < example) example = `${rest}/`;
    }
    return { count, example, byFolder: true };
  }
};
function inMigrationFolder(path) {
  const name = basename(path);
  const parts = dirs(path);
  return parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) || FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || parts.includes("deploy") || parts.includes("revert");
}
function isTestPath(path) {
  for (const d of dirs(path)) if (TEST_DIRS2.has(d.toLowerCase())) return d;
  return null;
}
function schemaFileName(name) {
  const stem = name.replace(/\.sql(?:\.\w+)?$/i, "").toLowerCase();
  const words = stem.split(/[._-]/).filter((w) => w !== "");
  if (words.length === 0) return null;
  if (SCHEMA_NAMES.has(stem) || words.length > 1 && SCHEMA_NAMES.has(words[0]) && words.slice(1).every((w) => dialectWord(w))) return "a schema file";
  if (words.length > 1 && (dialectWord(words[words.length - 1]) || dialectWord(words[0]))) return "one file per database, named after it";
  if (words.length > 1 && SCHEMA_NAMES.has(words[words.length - 1])) return "a schema file";
  return null;
}
function configuredSet(path, sets) {
  let auto = -1;
  for (const [i, set] of sets.entries()) {
    if (set.paths === void 0 || set.paths.length === 0) {
      if (auto === -1) auto = i;
      continue;
    }
    const glob = set.paths.find((g) => matcherFor([g])(path));
    if (glob !== void 0 && matcherFor(set.paths)(path)) return { matched: { set: i, glob }, auto };
  }
  return { auto };
}
function classifyMigration(path, text, sets, layout, forced = false) {
  const name = basename(path);
  if (!isSqlFileName(name)) {
    const code = classifyCodeMigration(path, text, sets);
    if (code) return code;
  }
  if (forced) {
    const set = sets[0];
    const file = fileOf(path, text, set.framework);
    return { file, as: "migration", set: 0, reason: "named on the command line" };
  }
  const left = (as, reason, set = 0) => ({ file: null, as, set, reason });
  if (isChangelogFileName(name)) return classifyChangelog(path, text, sets);
  if (!isSqlFileName(name)) return left("other", "not a SQL file");
  const { matched, auto } = configuredSet(path, sets);
  if (matched) {
    const { set: i, glob } = matched;
    return { file: fileOf(path, text, sets[i].framework), as: "migration", set: i, reason: `matches ${setKey(sets, i)}.paths (${glob})` };
  }
  if (auto === -1) return left("other", `matches no glob of ${sets.length === 1 ? "migrations.paths" : "the paths of migrations[]"}`);
  const framework = sets[auto].framework;
  return autoDetect(path, text, framework, layout, auto);
}
function fileOf(path, text, framework) {
  const detected = framework === "auto" ? guessFramework(path, text) : framework;
  return { path, framework: detected, version: versionOf(path, detected), part: partOf(path, detected) };
}
function autoDetect(path, text, framework, layout, set) {
  const name = basename(path);
  const parts = dirs(path);
  const left = (as, reason) => ({ file: null, as, set, reason });
  const taken = (reason) => ({ file: fileOf(path, text, framework), as: "migration", set, reason });
  if (!inMigrationFolder(path)) {
    return left("other", `not under a folder named ${[...MIGRATION_DIRS].join(", ")}, nor named like a Flyway migration or a sqitch script`);
  }
  const head = text === null ? "" : text.slice(0, 65536);
  if (SQLC_QUERY.test(head)) return left("queries", "sqlc queries (`-- name: \u2026 :one`): the application's statements, not a migration");
  const dump = text === null ? null : dumpHeader(text);
  if (dump) return left("schema", `a database dump (${dump}): the whole schema, not a change`);
  const testDir = isTestPath(path);
  if (testDir) return left("test", `in a test folder (${testDir}/): fixtures and tests, not the repository's migrations`);
  const seedDir = parts.find((d) => SEED_DIRS.has(d.toLowerCase()));
  if (seedDir || /^seeds?(?:[._-]|\.sql)/i.test(name)) return left("seed", `seed data (${seedDir ? `${seedDir}/` : name}): rows for new databases, not a migration`);
  const init = parts.find((d) => INIT_DIRS.has(d.toLowerCase()) && (d.toLowerCase() !== "init" || versionedBy(path) === null));
  if (init) return left("schema", `in ${init}/: scripts that set up a new database, not changes to an existing one`);
  const marker = /^\s*--\s*\+goose\s+(?:up|down)\b/im.test(head) ? "goose" : /^\s*--\s*migrate:(?:up|down)\b/m.test(head) ? "dbmate" : /^\s*--\s*liquibase\s+formatted\s+sql/im.test(head) ? "Liquibase" : null;
  const versioned = versionedBy(path);
  const parent = parts[parts.length - 1] ?? "";
  const where = `${parts.join("/")}/`;
  if (marker) return taken(`${marker} markers in it`);
  if (parts.includes("deploy") || parts.includes("revert") || parts.includes("verify")) return taken(`a sqitch ${parts.includes("deploy") ? "deploy" : parts.includes("revert") ? "revert" : "verify"} script`);
  if (versioned === "name") return taken(FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) ? "named like a Flyway migration" : `versioned by its name, in ${where}`);
  if (versioned === "folder") return taken(`versioned by its folder, in ${where}`);
  const schema = schemaFileName(name);
  if (schema) return left("schema", `${schema} (${name}): the whole schema, not a change`);
  const beside = layout.versionedNeighbours(path);
  if (beside.count > 0) {
    const tool = beside.byFolder ? "diesel and Prisma read only version folders" : FLYWAY.test(beside.example ?? "") ? "Flyway runs only files named V<version>__<name>.sql" : "the migration tool runs only versioned files";
    return left("not-run", `not versioned like the ${beside.count} migration${beside.count === 1 ? "" : "s"} beside it (${beside.example}): ${tool}, so it never runs`);
  }
  const namedFolder = [...parts].reverse().find((d) => MIGRATION_NAMED.has(d.toLowerCase()) || d.toLowerCase() === "sql" || d.toLowerCase() === "db" || d.toLowerCase() === "schema");
  const sequence = sequenceDir(path);
  const elsewhere = layout.hasOrganised(sequence);
  if (MIGRATION_NAMED.has(parent.toLowerCase()) || MIGRATION_NAMED.has(sequence.slice(sequence.lastIndexOf("/") + 1).toLowerCase())) {
    return taken(
      `unversioned, in a folder named ${parent}: read as a hand-run migration${elsewhere ? ` (the versioned migrations in ${layout.organisedFolders(sequence, 1)[0]}/ do not include it)` : ""}`
    );
  }
  if (elsewhere) {
    const other = layout.organisedFolders(sequence, 1)[0];
    const kind = parent.toLowerCase() === "schema" || parent.toLowerCase() === "schemas" ? "schema" : "script";
    return left(kind, `unversioned, in ${where} which holds no versioned migration, while the repository's migrations are versioned (${other}/): no migration tool runs it`);
  }
  return taken(`unversioned, under ${namedFolder ?? "a migrations folder"}/ in a repository with no versioned migrations: read as a hand-run migration`);
}
function classifyChangelog(path, text, sets) {
  const left = (as, reason, set = 0) => ({ file: null, as, set, reason });
  const changelog = text !== null && looksLikeChangelog(path, text);
  const taken = (set, reason) => ({ file: { path, framework: "liquibase", version: null, part: "up" }, as: "migration", set, reason });
  const { matched, auto } = configuredSet(path, sets);
  if (matched) {
    const { set: i, glob } = matched;
    const framework2 = sets[i].framework;
    if (framework2 === "liquibase" || framework2 === "auto" && changelog) return taken(i, `matches ${setKey(sets, i)}.paths (${glob}); a Liquibase changelog`);
    return left("other", `matches ${setKey(sets, i)}.paths (${glob}) but is not a Liquibase changelog (no databaseChangeLog root)`, i);
  }
  if (auto === -1) return left("other", `matches no glob of ${sets.length === 1 ? "migrations.paths" : "the paths of migrations[]"}`);
  const framework = sets[auto].framework;
  if (framework !== "auto" && framework !== "liquibase") return left("other", `not a SQL file, and the set's framework is ${framework}`, auto);
  if (!changelog) return left("other", "not a SQL file, nor a Liquibase changelog (no databaseChangeLog root)", auto);
  if (!inChangelogPlace(path)) return left("other", "a Liquibase changelog outside a changelog folder (db/, changelog/, liquibase/, migrations/): set migrations.paths to read it", auto);
  const testDir = isTestPath(path);
  if (testDir) return left("test", `in a test folder (${testDir}/): fixtures and tests, not the repository's migrations`, auto);
  if (text !== null && masterChangelog(path, text)) return left("other", "a Liquibase master changelog (includes, no changeset): the changelogs it includes are read on their own", auto);
  if (text !== null && generatedSnapshot(text)) return left("schema", 'a Liquibase snapshot that generateChangeLog wrote (authors "(generated)"): the whole schema for new databases, not a change', auto);
  return taken(auto, "a Liquibase changelog (databaseChangeLog root)");
}
function changelogCandidate(path, sets) {
  if (!isChangelogFileName(path)) return false;
  if (sets.some((s) => s.paths !== void 0 && s.paths.length > 0 && matcherFor(s.paths)(path))) return true;
  return sets.some((s) => (s.paths === void 0 || s.paths.length === 0) && (s.framework === "auto" || s.framework === "liquibase")) && inChangelogPlace(path) && isTestPath(path) === null;
}
function detectInSets(path, text, sets) {
  for (const set of sets) {
    const file = detectMigration(path, text, set.paths, set.framework);
    if (file) return file;
  }
  return null;
}

export {
  changelogFormat,
  isChangelogFileName,
  touchesChangelogFile,
  isMigrationFileName,
  inChangelogPlace,
  isSerialType,
  conditional,
  normalizeName,
  normalizeIdent,
  parseType,
  compareTypes,
  enumValuesOf,
  forEachLexeme,
  spaces,
  maskSqlDetailed,
  maskSql,
  withoutComments,
  plpgsqlOperations,
  leadingDashLines,
  prepareParsers,
  parseStatement,
  splitStatements,
  parseFile,
  parseFiles,
  isCodeFramework,
  CodeHistory,
  isCodeMigrationPath,
  codeFileFindings,
  codeLanguagesOf,
  prepareCodeLanguages,
  parseCodeFile,
  dialectWord,
  dialectFromName,
  dialectFromPath,
  dialectFromPrismaLock,
  dialectFromDrizzleJournal,
  dialectFromContent,
  MIGRATION_DIRS,
  detectMigration,
  sectionsOf,
  compareVersionsOf,
  compareVersions,
  liquibaseChangesets,
  MigrationLayout,
  schemaFileName,
  classifyMigration,
  changelogCandidate,
  detectInSets
};
