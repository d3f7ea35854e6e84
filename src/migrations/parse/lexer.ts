/**
 * The lexical rules of each dialect, in one place: where comments, quoted texts and dollar quotes
 * start and stop. The splitter, the masker, the keyword fallback and the routine reader all lex
 * through `SqlScanner`, so they cannot disagree about what is code. Each rule follows the
 * database's own lexer (sources cited in docs/dialects.md, "Lexical rules"):
 *
 * - Postgres (`src/backend/parser/scan.l`; checked against libpg-query's scanner): `--` runs to the
 *   next LF or CR; `/* *\/` nest; `'…'` doubles quotes and knows no backslash
 *   (standard_conforming_strings on); `E'…'` takes backslash escapes, also in the `'…'` segments
 *   that continue it after a line break; `$tag$…$tag$` unless the `$` continues a word.
 * - CockroachDB (`pkg/sql/scanner/scan.go`): as Postgres, except that a lone CR does not end a
 *   `--` comment there; the Postgres reading (more text read as code) is used.
 * - MySQL, MariaDB (`sql/sql_lex.cc`): `--` is a comment only before a blank or control character,
 *   `#` is one too, both run to the next LF; `/* *\/` do not nest; `/*!…*\/` (and MariaDB's
 *   `/*M!…*\/`) hold code; `'…'` and `"…"` take backslash escapes (the default sql_mode).
 * - SQLite (`src/tokenize.c`): `--` runs to the next LF; `/* *\/` do not nest; `[…]` ends at the
 *   first `]`; no backslash escapes.
 * - T-SQL (documented, no public lexer): `--` runs to the next LF or CR (the reading with more
 *   code); `/* *\/` nest; `[…]` doubles `]]`.
 *
 * Unterminated comments and quoted texts run to the end of the text, flagged so the statement they
 * end in is reported rather than read (`unterminated`). Linear time; never throws.
 */
import type { Dialect } from '../../config/types.js';

export interface Lexicon {
  /** `--` starts a comment only before a blank or a control character (MySQL, MariaDB). */
  dashNeedsBlank: boolean;
  /** A lone CR ends a `--` comment, as LF does (Postgres's `non_newline [^\n\r]`). */
  crEndsLineComment: boolean;
  /** `#` starts a comment to the end of the line (MySQL, MariaDB). */
  hashComments: boolean;
  /** `/* /* *\/ *\/` nests (Postgres, CockroachDB, T-SQL). */
  nestedComments: boolean;
  /** `/*!…*\/` and `/*M!…*\/` hold code (MySQL, MariaDB). */
  executableComments: boolean;
  /** A backslash escapes the next character in `'…'` and `"…"` (MySQL, MariaDB). */
  backslashEscapes: boolean;
  /** `E'…'` strings with backslash escapes and `$tag$…$tag$` dollar quotes (Postgres, CockroachDB). */
  postgresQuotes: boolean;
  /** `` `…` `` quotes identifiers (MySQL, MariaDB, SQLite). */
  backticks: boolean;
  /** `[…]` quotes identifiers: up to the first `]` (SQLite), or with `]]` doubled (T-SQL). */
  brackets: 'none' | 'first' | 'doubled';
}

const POSTGRES: Lexicon = {
  dashNeedsBlank: false,
  crEndsLineComment: true,
  hashComments: false,
  nestedComments: true,
  executableComments: false,
  backslashEscapes: false,
  postgresQuotes: true,
  backticks: false,
  brackets: 'none',
};
const MYSQL: Lexicon = {
  dashNeedsBlank: true,
  crEndsLineComment: false,
  hashComments: true,
  nestedComments: false,
  executableComments: true,
  backslashEscapes: true,
  postgresQuotes: false,
  backticks: true,
  brackets: 'none',
};
const SQLITE: Lexicon = { ...POSTGRES, crEndsLineComment: false, nestedComments: false, postgresQuotes: false, backticks: true, brackets: 'first' };
const MSSQL: Lexicon = { ...POSTGRES, postgresQuotes: false, brackets: 'doubled' };

/** ClickHouse: `--` needs no blank after it, `#` comments, backslash escapes, no executable comments. */
const CLICKHOUSE: Lexicon = { ...MYSQL, dashNeedsBlank: false, executableComments: false };
/** H2: standard quotes without backslash escapes, comments that do not nest, no dollar quotes read. */
const H2: Lexicon = { ...POSTGRES, nestedComments: false, postgresQuotes: false };

const LEXICONS: Record<Dialect, Lexicon> = { postgres: POSTGRES, cockroach: POSTGRES, mysql: MYSQL, mariadb: MYSQL, sqlite: SQLITE, mssql: MSSQL, clickhouse: CLICKHOUSE, h2: H2 };

export function lexiconOf(dialect: Dialect): Lexicon {
  return LEXICONS[dialect];
}

export type LexemeKind = 'line-comment' | 'block-comment' | 'quoted' | 'dollar' | 'exec-open' | 'exec-close';

export interface Lexeme {
  kind: LexemeKind;
  start: number;
  /** Offset just past the lexeme (the end of the text when it is not closed). */
  end: number;
  /** The opening character of a quoted text: `'` (a string), `"`, `` ` ``, `[`. */
  quote?: string;
  /** Body of a string or dollar quote: what the masker blanks. */
  bodyStart: number;
  bodyEnd: number;
  /** What was left open at the end of the text, when something was. */
  unterminated?: string;
}

const specials = new Map<string, RegExp>();

/** Characters where a lexeme of `dialect` (or one of `extra`) can start, as a global regex. */
export function specialCharacters(dialect: Dialect, extra = ''): RegExp {
  const key = `${dialect}\u0000${extra}`;
  let re = specials.get(key);
  if (!re) {
    const lex = lexiconOf(dialect);
    const chars =
      `-/'"\0` +
      (lex.hashComments ? '#' : '') +
      (lex.executableComments ? '*' : '') +
      (lex.backticks ? '`' : '') +
      (lex.brackets !== 'none' ? '[' : '') +
      (lex.postgresQuotes ? '$' : '') +
      extra;
    const escaped = [...new Set(chars)].map((c) => (c === '\0' ? '\\0' : /[\\\]^\-[]/.test(c) ? `\\${c}` : c)).join('');
    re = new RegExp(`[${escaped}]`, 'g');
    specials.set(key, re);
  }
  return re;
}

/** Postgres identifier characters (`ident_cont`): letters, digits, `_`, `$` and any non-ASCII character. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code >= 128;
}

const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
const LINE_END_CR = /[\n\r]/g;
const NESTED_COMMENT = /\/\*|\*\//g;
const QUOTE_OR_BACKSLASH = new Map<string, RegExp>();
const EXEC_VERSION = /[0-9]*/y;

/**
 * Lexes one text of one dialect. Callers walk the text themselves (jumping from one
 * `specialCharacters` match to the next) and ask `at(i)` what starts there; `at` must be asked in
 * increasing order of `i`, as the scanner remembers where the last lexeme ended and whether a
 * MySQL `/*!` comment is open.
 */
export class SqlScanner {
  readonly lexicon: Lexicon;
  /** End of the last lexeme: a word that may own a `$` or an `E` starts no earlier. */
  private boundary: number;
  /** Inside a MySQL `/*! … *\/` comment (its body is code). */
  private executable = false;
  /** Start of the run of word characters that ends at `runEnd` (memo: each run is walked once). */
  private runEnd = -1;
  private runStart = -1;

  /** The text up to `to`: every search stops there (a section of a long file costs its own length). */
  readonly source: string;

  constructor(
    source: string,
    dialect: Dialect,
    /** Where the text ends for this scan (a section's end); lexemes stop there. */
    readonly to: number = source.length,
    from = 0,
  ) {
    this.source = to < source.length ? source.slice(0, to) : source;
    this.lexicon = lexiconOf(dialect);
    this.boundary = from;
  }

  /** Whether a MySQL `/*! … *\/` comment is open (its `*\/` is still to come). */
  get inExecutableComment(): boolean {
    return this.executable;
  }

  /** The lexeme starting at `i`, or null when the character at `i` starts none. */
  at(i: number): Lexeme | null {
    const s = this.source;
    const lex = this.lexicon;
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    let out: Lexeme | null = null;
    if (c === 45 /* - */ && next === 45) {
      if (!lex.dashNeedsBlank || i + 2 >= this.to || s.charCodeAt(i + 2) <= 32 || s.charCodeAt(i + 2) === 127) out = this.lineComment(i);
    } else if (c === 35 /* # */ && lex.hashComments) {
      out = this.lineComment(i);
    } else if (c === 47 /* / */ && next === 42 /* * */) {
      out = this.blockComment(i);
    } else if (c === 42 /* * */ && next === 47 && this.executable) {
      this.executable = false;
      out = { kind: 'exec-close', start: i, end: i + 2, bodyStart: i, bodyEnd: i };
    } else if (c === 39 /* ' */) {
      out = this.quoted(i, "'", lex.backslashEscapes || this.isEString(i));
    } else if (c === 34 /* " */) {
      out = this.quoted(i, '"', lex.backslashEscapes);
    } else if (c === 96 /* ` */ && lex.backticks) {
      out = this.quoted(i, '`', false);
    } else if (c === 91 /* [ */ && lex.brackets !== 'none') {
      out = lex.brackets === 'doubled' ? this.quoted(i, ']', false, '[') : this.bracket(i);
    } else if (c === 36 /* $ */ && lex.postgresQuotes) {
      out = this.dollar(i);
    }
    if (out) this.boundary = out.end;
    return out;
  }

  private lineComment(i: number): Lexeme {
    const s = this.source;
    let end: number;
    if (this.lexicon.crEndsLineComment) {
      LINE_END_CR.lastIndex = i;
      end = LINE_END_CR.exec(s)?.index ?? -1;
    } else end = s.indexOf('\n', i);
    if (end === -1 || end > this.to) end = this.to;
    return { kind: 'line-comment', start: i, end, bodyStart: i, bodyEnd: end };
  }

  private blockComment(i: number): Lexeme {
    const s = this.source;
    const lex = this.lexicon;
    // MySQL runs the body of `/*!…*/` (`/*!50001 …`: from that server version on) and MariaDB the
    // body of `/*M!…*/`; a server older than the version skips it, but reading it as code is the
    // reading that misses nothing. Inside one, another `/*!` is a plain comment (sql_lex.cc).
    if (lex.executableComments && !this.executable) {
      const bang = s.charCodeAt(i + 2) === 33 ? i + 3 : s.charCodeAt(i + 2) === 77 && s.charCodeAt(i + 3) === 33 ? i + 4 : -1;
      if (bang !== -1) {
        EXEC_VERSION.lastIndex = bang;
        EXEC_VERSION.exec(s);
        this.executable = true;
        const end = Math.min(EXEC_VERSION.lastIndex, this.to);
        return { kind: 'exec-open', start: i, end, bodyStart: i, bodyEnd: end };
      }
    }
    let end = -1;
    if (lex.nestedComments) {
      let depth = 0;
      NESTED_COMMENT.lastIndex = i;
      for (let m = NESTED_COMMENT.exec(s); m && m.index + 2 <= this.to; m = NESTED_COMMENT.exec(s)) {
        if (m[0] === '/*') depth++;
        else if (--depth === 0) {
          end = m.index + 2;
          break;
        }
      }
    } else {
      const close = s.indexOf('*/', i + 2);
      if (close !== -1 && close + 2 <= this.to) end = close + 2;
    }
    return end === -1
      ? { kind: 'block-comment', start: i, end: this.to, bodyStart: i, bodyEnd: this.to, unterminated: 'a /* comment' }
      : { kind: 'block-comment', start: i, end, bodyStart: i, bodyEnd: end };
  }

  /**
   * `E'…'` (Postgres, CockroachDB): the `E` is a token of its own right before the quote, after
   * nothing that a word goes on from (`abcE'…'` is a name and a plain string; `$1E'…'` a
   * parameter and an E string).
   */
  private isEString(i: number): boolean {
    if (!this.lexicon.postgresQuotes) return false;
    const e = this.source.charCodeAt(i - 1);
    if ((e !== 69 && e !== 101) || i - 1 < this.boundary) return false;
    let j = i - 1;
    while (j > this.boundary && isWordChar(this.source.charCodeAt(j - 1))) j--;
    return lastToken(this.source.slice(j, i)).length === 1;
  }

  /**
   * `'…'`, `"…"`, `` `…` ``, T-SQL `[…]`: the closing `quote` doubled stands for itself; with
   * `backslash`, a backslash escapes the next character.
   */
  private quoted(i: number, quote: string, backslash: boolean, open = quote): Lexeme {
    const s = this.source;
    let escape: RegExp | undefined;
    if (backslash) {
      escape = QUOTE_OR_BACKSLASH.get(quote);
      if (!escape) QUOTE_OR_BACKSLASH.set(quote, (escape = new RegExp(`[${quote === ']' ? '\\]' : quote}\\\\]`, 'g')));
    }
    let j = i + 1;
    for (;;) {
      // Jump to the next quote (or backslash, where it escapes): strings can be long.
      let at: number;
      if (escape) {
        escape.lastIndex = j;
        at = escape.exec(s)?.index ?? -1;
      } else at = s.indexOf(quote, j);
      if (at === -1 || at >= this.to) {
        return { kind: 'quoted', quote: open, start: i, end: this.to, bodyStart: i + 1, bodyEnd: this.to, unterminated: open === "'" ? 'a quoted string' : `a ${open}quoted name` };
      }
      if (escape && s.charCodeAt(at) === 92 /* \ */) {
        j = at + 2;
        continue;
      }
      if (s.startsWith(quote, at + 1) && at + 1 < this.to) {
        j = at + 2;
        continue;
      }
      // Postgres continues a string across a line break: `E'a'\n'b'` is one E'' string, and its
      // second segment takes backslash escapes too (scan.l's `quotecontinue`).
      if (backslash && this.lexicon.postgresQuotes) {
        const again = continuedString(s, at + 1, this.to);
        if (again !== -1) {
          j = again + 1;
          continue;
        }
      }
      return { kind: 'quoted', quote: open, start: i, end: at + 1, bodyStart: i + 1, bodyEnd: at };
    }
  }

  /** SQLite `[name]`: up to the first `]` (tokenize.c has no way to write one inside). */
  private bracket(i: number): Lexeme {
    const close = this.source.indexOf(']', i + 1);
    if (close === -1 || close >= this.to) return { kind: 'quoted', quote: '[', start: i, end: this.to, bodyStart: i + 1, bodyEnd: this.to, unterminated: 'a [quoted name' };
    return { kind: 'quoted', quote: '[', start: i, end: close + 1, bodyStart: i + 1, bodyEnd: close };
  }

  /**
   * A dollar quote opening at `i`, or null when that `$` continues a word (`x$$y` is one name,
   * `1e5$$` a number's trailing junk) or is no quote at all.
   */
  private dollar(i: number): Lexeme | null {
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
    // After a word the `$` is part of it; after an integer or a `$1` parameter it opens a quote.
    if (j < i && lastToken(s.slice(j, i)) !== '') return null;
    DOLLAR_TAG.lastIndex = i;
    const tag = DOLLAR_TAG.exec(s);
    if (!tag || i + tag[0].length > this.to) return null;
    const body = i + tag[0].length;
    const close = s.indexOf(tag[0], body);
    if (close === -1 || close + tag[0].length > this.to) {
      return { kind: 'dollar', start: i, end: this.to, bodyStart: body, bodyEnd: this.to, unterminated: `a ${tag[0]} quote` };
    }
    return { kind: 'dollar', start: i, end: close + tag[0].length, bodyStart: body, bodyEnd: close };
  }
}

/**
 * The last token of a run of word characters: numbers and `$1` parameters end where their digits
 * do, a name runs to the end of the run (libpg-query: `1$1x` is a number, a parameter and a name).
 * Empty when the run ends with a number or a parameter.
 */
function lastToken(run: string): string {
  return run.replace(/^(?:[0-9]+|\$[0-9]+)*/, '');
}

/**
 * Where a Postgres string that closed at `after` continues: blanks holding a line break, then a
 * quote (`whitespace_with_newline`; libpg-query 18 allows no comment there). -1 when it does not.
 */
function continuedString(s: string, after: number, to: number): number {
  let k = after;
  let newline = false;
  for (; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 13) newline = true;
    else if (c !== 32 && c !== 9 && c !== 12 && c !== 11) break;
  }
  return newline && k < to && s.charCodeAt(k) === 39 ? k : -1;
}

/**
 * Visits every lexeme of `source[from, to)` in order (comments, quoted texts, dollar quotes,
 * executable-comment markers). Returns the scanner, for callers that need its final state.
 */
export function forEachLexeme(source: string, dialect: Dialect, visit: (lexeme: Lexeme) => void, from = 0, to = source.length): SqlScanner {
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
