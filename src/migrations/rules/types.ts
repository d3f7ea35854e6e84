import type { RawFinding, RuleMeta } from '../../findings.js';
import type { MigrationFile } from '../detect.js';
import type { ColumnInfo, ConstraintKind, ObjectKind, Operation, RoutineSignature, Statement } from '../model.js';
import type { ForeignKeyInfo, IndexInfo } from '../catalog.js';
import type { FileStatus } from '../../changes/types.js';
import type { FileLifecycle } from '../lifecycle.js';
import type { SetDefault } from '../update-values.js';

/** What a rule returns: a finding without the parts the engine fills in (rule id, file). */
export type RuleHit = Omit<RawFinding, 'rule' | 'file'>;

/** Facts shared by every rule, computed once per run. */
export interface MigrationFacts {
  /** True when the table was created earlier in this PR (so nothing in base uses it). */
  isNewTable(table: string): boolean;
  /** True when the column (or its table) was created earlier in this PR. */
  isNewColumn(table: string, column: string): boolean;
  /** True when the type (enum, domain, composite) was created earlier in this PR. */
  isNewType(name: string): boolean;
  /** True when the constraint (or its table) was created earlier in this PR. */
  isNewConstraint(table: string, name: string): boolean;
  /** True when the index was created earlier in this PR. */
  isNewIndex(name: string): boolean;
  /** True when the view, function, sequence, schema, role… was created earlier in this PR. */
  isNewObject(kind: ObjectKind, name: string): boolean;
  /** The column as the schema history knows it just before this statement (base + PR so far). */
  column(table: string, column: string): ColumnInfo | undefined;
  /** True when base's history has the column, before any statement of the PR (the catalog may also hold guesses from `IF NOT EXISTS`). */
  existedInBase(table: string, column: string): boolean;
  /** The column as base's history left it, before any statement of the PR. */
  baseColumn(table: string, column: string): ColumnInfo | undefined;
  /** The labels of an enum type (`CREATE TYPE … AS ENUM`) as base's history left it, before any statement of the PR; undefined when it has no enum of that name. */
  baseEnumValues(type: string): readonly string[] | undefined;
  /** The numeric DEFAULT an earlier statement of the PR set on the column, and where (`update-values.ts`); undefined when none holds. */
  defaultSetEarlier(table: string, column: string): SetDefault | undefined;
  /**
   * True when base may have the table: its history has it, a base migration names it, or base
   * has no history to tell. False only when base's migrations never mention it.
   */
  mayExistInBase(table: string): boolean;
  /**
   * True unless base's history is replayed, written all in SQL, and names this word nowhere (its
   * baselines and migrations of this history, so of this dialect): then base never created it.
   */
  mentionedInBase(name: string): boolean;
  /** The index as the schema history knows it (unique indexes and unique constraints). */
  index(name: string): IndexInfo | undefined;
  /** The indexes the history knows on the table now (base + PR so far). */
  indexesOf(table: string): [string, IndexInfo][];
  /** An index the history knew that an earlier statement dropped (and none created again yet). */
  droppedIndex(name: string): IndexInfo | undefined;
  /** The history dropped this column of a table it has (base or an earlier statement) and did not add it again. */
  droppedColumn(table: string, column: string): boolean;
  /** The kind of a named constraint, when the schema history knows it. */
  constraintKind(table: string, name: string): ConstraintKind | undefined;
  /**
   * True when a later statement of the PR (in this file or a later one) creates this object again
   * (drop and recreate). A constraint is named `table.constraint`.
   */
  isRecreatedLater(kind: ObjectKind | 'index' | 'table', name: string): boolean;
  /** True when a later statement of the PR drops this constraint of the table (by its name): what it requires never outlives the PR. */
  isConstraintDroppedLater(table: string, name: string): boolean;
  /** The signatures later statements of the PR create this function or procedure with (empty: none). */
  routinesCreatedLater(kind: 'function' | 'procedure', name: string): (RoutineSignature | undefined)[];
  /**
   * For a trigger a later statement of the PR creates again: how it then does less than base's
   * trigger of that name (on `table`) did (triggers.ts), as a sentence; null when it does at least
   * as much, or when base's history does not create it, or when neither side's shape is known.
   */
  triggerNarrowedLater(name: string, table: string | undefined): string | null;
  /**
   * When all that base's trigger `name` (on `table`), or trigger function `name`, does is set
   * columns of the row it fires for (triggers.ts baseRowSettings): those columns; else null.
   */
  rowSettings(kind: 'trigger' | 'function', name: string, table: string | undefined): { table: string; column: string }[] | null;
  /**
   * True when base's history calls function `name` only from routines (triggers.ts
   * baseRoutineCallers), one or more, and statements of the PR drop every one of them: the
   * function is a helper of routines the PR removes (none: false, it stays an error as before).
   */
  callersDroppedByPR(name: string): boolean;
  /** True when a statement of the PR (any, before or after this one) drops this column. */
  droppedByPR(table: string, column: string): boolean;
  /**
   * When the newest release's version of a schema file of the history (a dump a fresh install of
   * that release runs) creates the table without this column: where ("3.1.8's …/x.sql creates t
   * without c"); null otherwise, or when that cannot be told (no release tags, no schema file).
   */
  releaseLacksColumn(table: string, column: string): string | null;
  /**
   * Why no release has this table or index of base's history (every base migration creating it is
   * in no release tag, no schema file names it: lifecycle.ts createdInNoRelease); null when one may.
   */
  inNoRelease(kind: 'table' | 'index', name: string): string | null;
  /**
   * Unique indexes and constraints on the table (the primary key included) with their columns, as
   * the history has them now, or as base left them. `name` null: known from a column's `UNIQUE` /
   * `PRIMARY KEY` or an unnamed constraint (it may be an index a statement names).
   */
  uniqueKeys(table: string, when: 'now' | 'base'): { name: string | null; columns: string[]; primaryKey?: boolean }[];
  /** The foreign keys of the table as base's history left them. */
  baseForeignKeys(table: string): ForeignKeyInfo[];
  /** Indexes and unique or primary key constraints that later statements of the PR create on the table (following its renames). */
  indexesCreatedLater(table: string): LaterIndex[];
  /**
   * True when this statement or a later one of the PR gives the column a default, makes it nullable
   * again or drops it (`SET NOT NULL` now, `SET DEFAULT` after: old inserts still succeed).
   */
  isRelaxedLater(table: string, column: string): boolean;
  /**
   * True when an earlier statement of the PR made the column nullable (`DROP NOT NULL`, a MySQL
   * `CHANGE` without `NOT NULL`), followed through renames of the column and its table.
   */
  wasRelaxedEarlier(table: string, column: string): boolean;
  /**
   * True when base's history has the column NOT NULL (followed through the PR's renames) and no
   * statement of the base version of a file the PR edits made it so (that version may be in no
   * release): every release that ran the history has it NOT NULL.
   */
  notNullSinceBase(table: string, column: string): boolean;
}

/** An index (or unique / primary key constraint) a later statement of the PR creates. */
export interface LaterIndex {
  name: string | null;
  unique: boolean;
  columns: string[];
  /** Created by `ADD CONSTRAINT` (a named constraint, not a bare index). */
  constraint: boolean;
  deferrable: boolean;
  /** Limited by a `WHERE`; with expression elements (`lower(email)`): `columns` lists the plain ones only. */
  partial: boolean;
  expressions: boolean;
  /** In the same migration file as the statement being read. */
  sameFile: boolean;
}

export interface StatementContext {
  file: MigrationFile;
  facts: MigrationFacts;
}

export interface FileContext {
  file: MigrationFile;
  status: FileStatus;
  /** Path in base when renamed. */
  oldPath?: string;
  /** Head text (null when deleted). */
  text: string | null;
  /** Base text of a modified or renamed file (else null). */
  baseText: string | null;
  /** Down sections of the head text that contain statements, with their first line. */
  downSections: { line: number; endLine: number }[];
  /** Newest version among base migrations of the same framework and folder. */
  newestBaseVersion: string | null;
  /**
   * Liquibase changelogs grow by appending changesets: for a modified one, the changesets of base
   * whose text changed or that head removed (empty when only new changesets were added).
   * Undefined for other files.
   */
  editedChangesets?: { id: string; line: number; removed?: boolean }[];
  /** Format-only edits, kept identities, the down convention, releases (`lifecycle.ts`); absent in unit tests of one rule. */
  lifecycle?: FileLifecycle;
}

export interface MigrationRule {
  meta: RuleMeta;
  /** Called once for each forward statement (parsed or not). */
  statement?(stmt: Statement, ctx: StatementContext): RuleHit[];
  /**
   * The operation kinds `operation` reads: the analysis calls it for operations of these kinds only
   * (rules/index.ts `operationRulesFor`; left out, for every kind). For any other kind `operation`
   * must return no hit having read nothing but `op.kind`: test/migrations/rule-kinds.test.ts calls
   * each rule with every other kind and fails when it reads more.
   */
  operationKinds?: readonly Operation['kind'][];
  /** Called for each operation of each forward statement (of `operationKinds`, when declared). */
  operation?(op: Operation, stmt: Statement, ctx: StatementContext): RuleHit[];
  /** Called once per changed migration file. */
  file?(ctx: FileContext): RuleHit[];
}

export function defineMigrationRule(
  meta: Omit<RuleMeta, 'category'>,
  impl: Omit<MigrationRule, 'meta'>,
): MigrationRule {
  return { meta: { ...meta, category: 'migration' }, ...impl };
}

/** Line/column span of a statement, for hits that point at the whole statement. */
export function statementSpan(stmt: Statement, op?: Operation): Pick<RuleHit, 'line' | 'endLine' | 'column'> {
  const line = op?.line ?? stmt.line;
  return { line, endLine: op?.line ?? stmt.endLine, column: op?.line ? null : stmt.column };
}
