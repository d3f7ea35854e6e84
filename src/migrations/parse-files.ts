/**
 * Phase 1 of the migration analysis: split every file's sections and parse the forward ones, for
 * the PR's files and for the base history alike.
 *
 * Files are independent here, so this was tried on two threads (a worker taking files from a shared
 * counter): on the 2-vCPU machine the benchmarks run on, two threads parsing took longer than one
 * (node-sql-parser alone: 2.6 s for one thread, 3.2 s for two halves), so it stays serial.
 */
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../config/types.js';
import { lineStarts } from '../text/lines.js';
import { parseClickhouse } from './clickhouse.js';
import type { MigrationSection } from './detect.js';
import type { Statement } from './model.js';
import { changesRowsOnly } from './parse/data-only.js';
import { fallbackOperations } from './parse/fallback.js';
import { gexecAt, parseStatement, parseStatements, statementBase } from './parse/index.js';
import { leadingBlanks } from './parse/mask.js';
import { splitStatements, type SplitStatement } from './split.js';

/**
 * Time the parsers may spend on one migration file. Past it, the rest of the file is read by the
 * keyword fallback alone (linear, fast): its findings stay under their own rules, and each such
 * statement is also `unparsed-statement`, saying that the budget ran out.
 */
export const FILE_BUDGET_MS = 10_000;

/** At most this many statements (and about this many characters) go to libpg-query in one call. */
const BATCH_STATEMENTS = 2_000;
const BATCH_CHARS = 1_000_000;

export interface ParseJob {
  text: string;
  sections: MigrationSection[];
  /** Leave out statements that only write rows (`parse/data-only.ts`): the history's replay needs none. */
  schemaOnly?: boolean;
}

export interface ParsedFile {
  /** Down sections present in the file (their statements are not parsed). */
  downSections: { line: number; endLine: number }[];
  /** The forward sections' statements, parsed, in file order. */
  forward: Statement[];
}

/** Split a file's sections and parse its forward statements, within the file's time budget. */
export function parseFile(job: ParseJob, dialect: Dialect, budgetMs = FILE_BUDGET_MS): ParsedFile {
  const deadline = performance.now() + budgetMs;
  const { downSections, pieces } = splitFile(job, dialect);
  return { downSections, forward: parseSplit(pieces, dialect, deadline, budgetMs) };
}

/**
 * Several files parsed as `parseFile` parses each, with the same results, for a history's replay:
 * most migrations hold one or two statements, and libpg-query takes 10–15 % less time for the same
 * statements in calls of a few dozen files (history-20000's files: one call per file against one
 * per 16–64 files). The files' Postgres statements go to libpg-query in shared batches (bounded as
 * a file's are); when a shared batch does not parse as one, or a file has a statement that cannot be
 * batched, each file of it is parsed alone, exactly as `parseFile` does, within its own time budget.
 */
export function parseFiles(jobs: readonly ParseJob[], dialect: Dialect, budgetMs = FILE_BUDGET_MS): ParsedFile[] {
  if (dialect !== 'postgres' && dialect !== 'cockroach') return jobs.map((job) => parseFile(job, dialect, budgetMs));
  const out: ParsedFile[] = new Array<ParsedFile>(jobs.length);
  const split = jobs.map((job) => splitFile(job, dialect));
  for (let at = 0; at < jobs.length; ) {
    // The files of one shared batch: at least one, within the batch's bounds.
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
    const all: SplitStatement[] = [];
    for (let i = at; i < end; i++) for (const piece of split[i].pieces) all.push(piece);
    // A single piece is parsed alone either way (`parseStatement`): a shared batch must hold two.
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

/** A file's down sections, and the forward statements to parse (in file order). */
function splitFile(job: ParseJob, dialect: Dialect): { downSections: ParsedFile['downSections']; pieces: SplitStatement[] } {
  const { text } = job;
  // One line index for the file: a changelog has thousands of sections.
  const lines = job.sections.length > 1 ? lineStarts(text) : undefined;
  const downSections: ParsedFile['downSections'] = [];
  // The forward statements of all sections, in file order: a Liquibase changelog has one or two
  // statements per changeset, and libpg-query reads them fastest many at a time.
  const pieces: SplitStatement[] = [];
  for (const section of job.sections) {
    const split = splitStatements(text, { dialect, from: section.start, to: section.end, lines });
    if (section.part === 'down') {
      // goose's template Down (`SELECT 'down SQL query';`) and `SELECT 1;` placeholders undo nothing.
      const undoes = split.filter((p) => !/^select\s+(?:'[^']*'|\d+)\s*;?\s*$/i.test(p.text));
      if (undoes.length > 0) downSections.push({ line: section.line, endLine: split[split.length - 1].endLine });
      continue;
    }
    for (const piece of split) if (!job.schemaOnly || !changesRowsOnly(piece, dialect)) pieces.push(piece);
  }
  return { downSections, pieces };
}

/** A file's forward statements parsed in batches of bounded size: the budget is checked between them. */
function parseSplit(pieces: SplitStatement[], dialect: Dialect, deadline: number, budgetMs: number): Statement[] {
  const forward: Statement[] = [];
  const cut: Cut = { budgetMs, count: 0 };
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

/**
 * psql's `\gexec` with an empty query buffer (`SELECT 'DROP TABLE t';` then `\gexec` on the next
 * line) sends the previous query again and runs the values of its result as statements (psql's
 * MainLoop re-sends `previous_buf` for an empty buffer). The `\gexec` statement is unparsed (no
 * server parses a backslash); what it runs is in the previous statement's strings, so it is judged
 * by that statement's words too (`opaqueText`). Session 13 audit: it was a warning, exit 0.
 */
function rerunByGexec(forward: Statement[], dialect: Dialect): void {
  for (let i = 1; i < forward.length; i++) {
    const stmt = forward[i];
    if (stmt.status !== 'unparsed' || stmt.opaqueText !== undefined || !stmt.text.includes('\\gexec')) continue;
    if (gexecAt(stmt.text, dialect) === leadingBlanks(stmt.text, dialect)) forward[i] = { ...stmt, opaqueText: forward[i - 1].text };
  }
}

/** The statements the time budget cut: how many, and the first of them (which says so). */
interface Cut {
  budgetMs: number;
  count: number;
  first?: Statement;
}

function budgetSentence(budgetMs: number): string {
  return `the file's analysis time budget (${budgetMs / 1000} s) ran out`;
}

/** Below this many statements a batch that failed is read one statement at a time. */
const MIN_HALVED_BATCH = 8;

/**
 * A Postgres section is parsed in one batch; when that fails (one statement libpg-query rejects,
 * a goose block it counts differently), each half is tried as a batch again, down to single
 * statements around the one that failed: same result as one call per statement, fewer calls.
 */
function parsePieces(pieces: SplitStatement[], dialect: Dialect, deadline: number, cut: Cut): Statement[] {
  if (performance.now() > deadline) return pieces.map((piece) => byKeywords(piece, dialect, cut));
  const batch = parseStatements(pieces, dialect);
  if (batch) return batch;
  if ((dialect === 'postgres' || dialect === 'cockroach') && pieces.length >= MIN_HALVED_BATCH) {
    const mid = pieces.length >> 1;
    return parsePieces(pieces.slice(0, mid), dialect, deadline, cut).concat(parsePieces(pieces.slice(mid), dialect, deadline, cut));
  }
  // Past the file's time budget, what is left is read by keywords rather than hanging the gate.
  if (dialect === 'clickhouse') return pieces.flatMap((piece) => (performance.now() > deadline ? [byKeywords(piece, dialect, cut)] : parseClickhouse(piece)));
  return pieces.map((piece) => (performance.now() > deadline ? byKeywords(piece, dialect, cut) : parseStatement(piece, dialect)));
}

/**
 * A statement read by the keyword fallback only, because the file's time budget ran out. What the
 * fallback reads whole counts as read (its findings under their own rules); what it does not is
 * `unparsed`, saying why; the first statement cut says where the budget ran out, for all of them.
 */
function byKeywords(piece: SplitStatement, dialect: Dialect, cut: Cut): Statement {
  cut.count++;
  const { lexical } = piece;
  if (lexical !== undefined) return { ...statementBase(piece, dialect), status: 'unparsed', error: lexical, ops: [] };
  const read = fallbackOperations(piece.text, dialect, piece.line);
  const stmt: Statement = { ...statementBase(piece, dialect), status: read.sure ? 'parsed' : 'unparsed', ops: read.ops };
  if (!read.sure) stmt.error = `${budgetSentence(cut.budgetMs)} before this statement, and its keywords do not say all it does`;
  if (!cut.first) {
    stmt.status = 'unparsed';
    cut.first = stmt;
  }
  return stmt;
}
