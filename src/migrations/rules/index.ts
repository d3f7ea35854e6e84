/** The explicit registry of migration rules: one import per rule, no directory scan (SPEC 7.1 order). */
import type { Operation } from '../model.js';
import type { MigrationRule } from './types.js';
import addCheckConstraint from './add-check-constraint.js';
import addEnumValue from './add-enum-value.js';
import addForeignKey from './add-foreign-key.js';
import addRequiredColumn from './add-required-column.js';
import addUniqueConstraint from './add-unique-constraint.js';
import changeColumnType from './change-column-type.js';
import deleteRows from './delete-rows.js';
import deletedMigration from './deleted-migration.js';
import downMigration from './down-migration.js';
import dropColumn from './drop-column.js';
import dropDefault from './drop-default.js';
import dropIndex from './drop-index.js';
import dropNotNull from './drop-not-null.js';
import dropObject from './drop-object.js';
import dropSchema from './drop-schema.js';
import dropTable from './drop-table.js';
import editedMigration from './edited-migration.js';
import outOfOrderMigration from './out-of-order-migration.js';
import renameColumn from './rename-column.js';
import renameEnumValue from './rename-enum-value.js';
import renameObject from './rename-object.js';
import renameTable from './rename-table.js';
import revokePrivilege from './revoke-privilege.js';
import setNotNull from './set-not-null.js';
import truncateTable from './truncate-table.js';
import unparsedStatement from './unparsed-statement.js';
import updateRows from './update-rows.js';
import widenColumnType from './widen-column-type.js';

export const migrationRules: MigrationRule[] = [
  dropTable,
  dropColumn,
  dropSchema,
  dropObject,
  dropIndex,
  renameTable,
  renameColumn,
  renameObject,
  changeColumnType,
  widenColumnType,
  setNotNull,
  dropNotNull,
  addRequiredColumn,
  dropDefault,
  addUniqueConstraint,
  addCheckConstraint,
  addForeignKey,
  updateRows,
  deleteRows,
  truncateTable,
  renameEnumValue,
  addEnumValue,
  revokePrivilege,
  downMigration,
  editedMigration,
  deletedMigration,
  outOfOrderMigration,
  unparsedStatement,
];

/** The rules with a `file` check, in registry order (each changed migration file meets these). */
export const fileRules: readonly MigrationRule[] = migrationRules.filter((r) => r.file);
/** The rules with a `statement` check, in registry order. */
export const statementRules: readonly MigrationRule[] = migrationRules.filter((r) => r.statement);

const byKind = new Map<Operation['kind'], readonly MigrationRule[]>();

/**
 * The rules whose `operation` reads operations of `kind`, in registry order (the order findings
 * are made in): those that declare the kind in `operationKinds`, and those that declare none.
 * Each operation used to meet all 23 operation rules (a 1,000-file PR's 3,000 operations: 69,000
 * calls, 2,000 of them to a rule that reads the operation's kind). What decides is each rule's
 * own declaration, which test/migrations/rule-kinds.test.ts holds to what `operation` reads.
 * Made once per kind; the kinds are Operation's closed list.
 */
export function operationRulesFor(kind: Operation['kind']): readonly MigrationRule[] {
  let rules = byKind.get(kind);
  if (!rules) {
    rules = migrationRules.filter((r) => r.operation && (!r.operationKinds || r.operationKinds.includes(kind)));
    byKind.set(kind, rules);
  }
  return rules;
}
