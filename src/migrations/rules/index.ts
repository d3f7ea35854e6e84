/** The explicit registry of migration rules: one import per rule, no directory scan. */
import type { MigrationRule } from './types.js';
import deletedMigration from './deleted-migration.js';
import downMigration from './down-migration.js';
import dropColumn from './drop-column.js';
import dropTable from './drop-table.js';
import editedMigration from './edited-migration.js';
import unparsedStatement from './unparsed-statement.js';

export const migrationRules: MigrationRule[] = [
  dropTable,
  dropColumn,
  downMigration,
  editedMigration,
  deletedMigration,
  unparsedStatement,
];
