import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";
import {
  isSqlFileName
} from "./chunk-IUUUE4C2.js";

// src/text/lines.ts
var recent = [];
function lineStarts(text) {
  for (const r of recent) if (r.text === text) return r.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  if (text.length > 4096) {
    recent.unshift({ text, starts });
    if (recent.length > 4) recent.pop();
  }
  return starts;
}
function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function lineAt(starts, offset) {
  return position(starts, offset).line;
}
function lineOfOffset(text, offset, firstLine = 1) {
  let line = firstLine;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
var LineIndex = class {
  constructor(text, firstLine = 1) {
    this.text = text;
    this.firstLine = firstLine;
  }
  text;
  firstLine;
  starts;
  /** `lineStarts(text)`, built once. */
  get lineStarts() {
    return this.starts ??= lineStarts(this.text);
  }
  line(offset) {
    return lineAt(this.lineStarts, offset) + this.firstLine - 1;
  }
};
function linesOfOffsets(text, offsets, firstLine = 1) {
  const index = new LineIndex(text, firstLine);
  return offsets.map((offset) => index.line(offset));
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
  let unterminated;
  const blank = (from, to) => {
    from = Math.max(from, done);
    if (to <= from) return;
    parts.push(text.slice(done, from), spaces(text.slice(from, to)));
    done = to;
  };
  forEachLexeme(text, dialect, (lexeme) => {
    unterminated ??= lexeme.unterminated;
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
  if (done === 0) return { masked: text, unterminated };
  parts.push(text.slice(done));
  return { masked: parts.join(""), unterminated };
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
var CONTENT_WINDOW = 256 * 1024;
function dialectFromContent(text) {
  const code = maskSql(text.length > CONTENT_WINDOW ? text.slice(0, CONTENT_WINDOW) : text, "postgres");
  const found = /* @__PURE__ */ new Map();
  for (const [dialect2, mark, re] of MARKS) {
    if (!re.test(code)) continue;
    const list = found.get(dialect2) ?? [];
    list.push(mark);
    found.set(dialect2, list);
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
var matchers = /* @__PURE__ */ new Map();
function matcherFor(globs) {
  const key = globs.join("\0");
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = globMatcher(globs);
    matchers.set(key, matcher);
  }
  return matcher;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirs(path) {
  return path.split("/").slice(0, -1);
}
function leadingVersion(name) {
  const m = /^(\d+(?:[._-]\d+)*)/.exec(name);
  return m ? m[1] : null;
}
function detectMigration(path, text, configuredPaths, framework = "auto") {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (!isSqlFileName(lower) && !configuredPaths?.includes("**")) return null;
  const parts = dirs(path);
  let isMigration;
  if (configuredPaths && configuredPaths.length > 0) {
    isMigration = matcherFor(configuredPaths)(path);
  } else {
    isMigration = parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) || FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || parts.includes("deploy") || parts.includes("revert");
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
function compareVersions(a, b) {
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
var TEST_DIRS = /* @__PURE__ */ new Set(["test", "tests", "t", "testdata", "test-data", "test_data", "testing", "__tests__", "fixture", "fixtures", "__fixtures__", "stub", "stubs", "mock", "mocks", "example", "examples", "e2e", "itest"]);
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
  const parts = dirs(path);
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
  for (const d of dirs(path)) if (TEST_DIRS.has(d.toLowerCase())) return d;
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
function classifyMigration(path, text, sets, layout, forced = false) {
  const name = basename(path);
  if (forced) {
    const set = sets[0];
    const file = fileOf(path, text, set.framework);
    return { file, as: "migration", set: 0, reason: "named on the command line" };
  }
  const left = (as, reason, set = 0) => ({ file: null, as, set, reason });
  if (!isSqlFileName(name)) return left("other", "not a SQL file");
  let auto = -1;
  for (const [i, set] of sets.entries()) {
    if (set.paths === void 0 || set.paths.length === 0) {
      if (auto === -1) auto = i;
      continue;
    }
    const glob = set.paths.find((g) => matcherFor([g])(path));
    if (glob !== void 0 && matcherFor(set.paths)(path)) {
      return { file: fileOf(path, text, set.framework), as: "migration", set: i, reason: `matches ${setKey(sets, i)}.paths (${glob})` };
    }
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
function detectInSets(path, text, sets) {
  for (const set of sets) {
    const file = detectMigration(path, text, set.paths, set.framework);
    if (file) return file;
  }
  return null;
}

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function docsPath(ruleId) {
  return `docs/rules/${ruleId}.md`;
}

export {
  SEVERITY_RANK,
  docsPath,
  specialCharacters,
  SqlScanner,
  forEachLexeme,
  maskSqlDetailed,
  maskSql,
  withoutComments,
  leadingBlanks,
  topLevelPieces,
  dialectWord,
  dialectFromName,
  dialectFromPath,
  dialectFromPrismaLock,
  dialectFromDrizzleJournal,
  dialectFromContent,
  lineStarts,
  position,
  lineAt,
  lineOfOffset,
  LineIndex,
  linesOfOffsets,
  MIGRATION_DIRS,
  detectMigration,
  sectionsOf,
  compareVersions,
  liquibaseChangesets,
  MigrationLayout,
  schemaFileName,
  classifyMigration,
  detectInSets
};
