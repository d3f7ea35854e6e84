/**
 * Migration analysis: find the PR's migration files, split and parse their forward sections,
 * run the rules in order (so "created earlier in this PR" is known), collect inline suppressions.
 */
import picomatch from 'picomatch';
import type { AnalysisInput, AnalysisOutput } from '../engine.js';
import type { ChangedFile } from '../changes/types.js';
import type { Dialect } from '../config/types.js';
import type { RawFinding, Suppression } from '../findings.js';
import { compareVersions, detectMigration, sectionsOf, type MigrationFile } from './detect.js';
import { splitStatements } from './split.js';
import type { Statement } from './model.js';
import { parseStatement, prepareParsers } from './parse/index.js';
import { migrationRules } from './rules/index.js';
import type { FileContext, MigrationFacts, RuleHit } from './rules/types.js';
import { findSqlSuppressions } from './suppressions.js';

export function prepareMigrations(): Promise<void> {
  return prepareParsers();
}

interface Candidate {
  change: ChangedFile;
  file: MigrationFile;
  text: string | null;
}

export function analyseMigrations(input: AnalysisInput): AnalysisOutput {
  const { changes, config } = input;
  const ignored = config.ignorePaths.length > 0 ? picomatch(config.ignorePaths, { dot: true }) : () => false;
  const forced = new Set(input.force?.migrations ?? []);
  const dialect = config.migrations.dialect;

  const candidates: Candidate[] = [];
  for (const change of changes.files) {
    if (ignored(change.path)) continue;
    const text = change.status === 'deleted' ? null : changes.headTree.read(change.path);
    const sideText = text ?? changes.baseTree.read(change.oldPath ?? change.path);
    const paths = forced.size > 0 ? ['**'] : config.migrations.paths;
    if (forced.size > 0 && !forced.has(change.path)) continue;
    const file = detectMigration(change.path, sideText, paths, config.migrations.framework);
    if (file) candidates.push({ change, file, text });
  }
  candidates.sort(byApplyOrder);

  const findings: RawFinding[] = [];
  const suppressions: Suppression[] = [];
  const newTables = new Set<string>();
  const newColumns = new Set<string>();
  const facts: MigrationFacts = {
    isNewTable: (t) => newTables.has(t),
    isNewColumn: (t, c) => newTables.has(t) || newColumns.has(`${t}.${c}`),
  };
  const forwardMigrations: string[] = [];

  for (const { change, file, text } of candidates) {
    const emit = (rule: string, hits: RuleHit[]): void => {
      for (const hit of hits) findings.push({ ...hit, rule, file: file.path });
    };
    const sections = text === null ? [] : sectionsOf(file, text);
    const downSections: FileContext['downSections'] = [];
    const forward: Statement[] = [];
    for (const section of sections) {
      const pieces = splitStatements(text ?? '', { dialect, from: section.start, to: section.end });
      if (section.part === 'down') {
        if (pieces.length > 0) downSections.push({ line: section.line, endLine: pieces[pieces.length - 1].endLine });
        continue;
      }
      for (const piece of pieces) forward.push(parseStatement(piece, dialect as Dialect));
    }
    if (text !== null) suppressions.push(...findSqlSuppressions(file.path, text, forward));

    const fileContext: FileContext = {
      file,
      status: change.status,
      oldPath: change.oldPath,
      text,
      downSections,
      newestBaseVersion: null,
    };
    for (const rule of migrationRules) if (rule.file) emit(rule.meta.id, rule.file(fileContext));

    // Statements of a migration that base already has were applied long ago: only new files
    // (and Flyway repeatables, which re-run when they change) execute with this release.
    const runsWithThisRelease =
      change.status === 'added' || (change.status === 'modified' && file.part === 'repeatable');
    if (!runsWithThisRelease || file.part === 'down' || file.part === 'verify') continue;
    if (forward.length > 0) forwardMigrations.push(file.path);

    for (const stmt of forward) {
      const ctx = { file, facts };
      for (const rule of migrationRules) {
        if (rule.statement) emit(rule.meta.id, rule.statement(stmt, ctx));
        if (rule.operation) for (const op of stmt.ops) emit(rule.meta.id, rule.operation(op, stmt, ctx));
      }
      for (const op of stmt.ops) {
        if (op.kind === 'create-table') newTables.add(op.table);
        if (op.kind === 'add-column') newColumns.add(`${op.table}.${op.column.name}`);
      }
    }
  }

  return {
    findings,
    suppressions,
    files: candidates.map((c) => c.file.path),
    migrations: forwardMigrations,
  };
}

/** Versioned files by version, then unversioned ones by path. */
function byApplyOrder(a: Candidate, b: Candidate): number {
  const va = a.file.version;
  const vb = b.file.version;
  if (va !== null && vb !== null) {
    const c = compareVersions(va, vb);
    if (c !== 0) return c;
  } else if (va !== null) return -1;
  else if (vb !== null) return 1;
  return a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0;
}
