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
import type { MigrationSection } from './detect.js';
import type { Statement } from './model.js';
import { parseStatement, parseStatements } from './parse/index.js';
import { splitStatements, type SplitStatement } from './split.js';

/** Time one migration file may take to parse; what remains after it is `unparsed-statement`. */
export const FILE_BUDGET_MS = 10_000;

export interface ParseJob {
  text: string;
  sections: MigrationSection[];
}

export interface ParsedFile {
  /** Down sections present in the file (their statements are not parsed). */
  downSections: { line: number; endLine: number }[];
  /** The forward sections' statements, parsed, in file order. */
  forward: Statement[];
}

/** Split a file's sections and parse its forward statements, within the file's time budget. */
export function parseFile(job: ParseJob, dialect: Dialect): ParsedFile {
  const fileStart = performance.now();
  const { text } = job;
  const downSections: ParsedFile['downSections'] = [];
  const forward: Statement[] = [];
  for (const section of job.sections) {
    const pieces = splitStatements(text, { dialect, from: section.start, to: section.end });
    if (section.part === 'down') {
      // goose's template Down (`SELECT 'down SQL query';`) and `SELECT 1;` placeholders undo nothing.
      const undoes = pieces.filter((p) => !/^select\s+(?:'[^']*'|\d+)\s*;?\s*$/i.test(p.text));
      if (undoes.length > 0) downSections.push({ line: section.line, endLine: pieces[pieces.length - 1].endLine });
      continue;
    }
    forward.push(...parsePieces(pieces, dialect, fileStart));
  }
  return { downSections, forward };
}

/** Below this many statements a batch that failed is read one statement at a time. */
const MIN_HALVED_BATCH = 8;

/**
 * A Postgres section is parsed in one batch; when that fails (one statement libpg-query rejects,
 * a goose block it counts differently), each half is tried as a batch again, down to single
 * statements around the one that failed: same result as one call per statement, fewer calls.
 */
function parsePieces(pieces: SplitStatement[], dialect: Dialect, fileStart: number): Statement[] {
  const batch = parseStatements(pieces, dialect);
  if (batch) return batch;
  if ((dialect === 'postgres' || dialect === 'cockroach') && pieces.length >= MIN_HALVED_BATCH) {
    const mid = pieces.length >> 1;
    return [...parsePieces(pieces.slice(0, mid), dialect, fileStart), ...parsePieces(pieces.slice(mid), dialect, fileStart)];
  }
  return pieces.map((piece) =>
    // Past the file's time budget, what is left is reported unread rather than hanging the gate.
    performance.now() - fileStart > FILE_BUDGET_MS
      ? { ...piece, dialect, status: 'unparsed', error: `the file's analysis time budget (${FILE_BUDGET_MS / 1000} s) ran out before this statement`, ops: [] }
      : parseStatement(piece, dialect),
  );
}
