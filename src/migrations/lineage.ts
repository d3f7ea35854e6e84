/**
 * Where each column the PR's statements touch stood before the PR: renames of tables and columns
 * are followed back to base's names, so "what base had" and "what the PR leaves in the end" can be
 * compared for a column the PR renamed (dolphinscheduler's upgrade procedure: `CHANGE
 * process_definition_code workflow_definition_code bigint(20)`, `RENAME TABLE t_ds_process_instance
 * TO t_ds_workflow_instance`, then `MODIFY workflow_definition_code bigint NOT NULL`).
 *
 * Memory is bounded by the operations observed: one entry per table or column an operation names.
 */
import type { Catalog } from './catalog.js';
import type { Operation } from './model.js';

export class ColumnLineage {
  /** Current table name → its name in base (null: created or dropped by the PR). Absent: its own name. */
  private readonly tables = new Map<string, string | null>();
  /** Current table → current column → `baseTable.baseColumn` (null: created by the PR). Absent: the table's origin and the same name. */
  private readonly columns = new Map<string, Map<string, string | null>>();

  /** `baseTable.baseColumn` of the column now called `table.column`, or null when the PR created it. */
  origin(table: string, column: string): string | null {
    const own = this.columns.get(table)?.get(column);
    if (own !== undefined) return own;
    const from = this.tableOrigin(table);
    return from === null ? null : `${from}.${column}`;
  }

  /** Follow `op` (resolved, before the catalog applies it; `catalog` is the history just before it). */
  observe(op: Operation, catalog: Catalog): void {
    switch (op.kind) {
      case 'create-table':
        // `IF NOT EXISTS` over a table the history has does nothing.
        if (op.ifNotExists && catalog.tables.has(op.table)) break;
        this.tables.set(op.table, null);
        this.columns.delete(op.table);
        break;
      case 'drop-table':
        this.tables.set(op.table, null);
        this.columns.delete(op.table);
        break;
      case 'rename-table': {
        if (op.table === op.newName) break;
        this.tables.set(op.newName, this.tableOrigin(op.table));
        this.tables.set(op.table, null);
        const columns = this.columns.get(op.table);
        this.columns.delete(op.table);
        if (columns) this.columns.set(op.newName, columns);
        else this.columns.delete(op.newName);
        break;
      }
      case 'rename-column':
        if (op.column === op.newName) break;
        this.set(op.table, op.newName, this.origin(op.table, op.column));
        this.set(op.table, op.column, null);
        break;
      // A renaming `redefine-column` follows the `rename-column` that resolveOperation puts before it:
      // the rename is already followed.
      case 'add-column':
        if (op.ifNotExists && catalog.column(op.table, op.column.name)) break;
        this.set(op.table, op.column.name, null);
        break;
      case 'drop-column':
        this.set(op.table, op.column, null);
        break;
      default:
        break;
    }
  }

  private tableOrigin(table: string): string | null {
    const own = this.tables.get(table);
    return own === undefined ? table : own;
  }

  private set(table: string, column: string, origin: string | null): void {
    let columns = this.columns.get(table);
    if (!columns) this.columns.set(table, (columns = new Map()));
    columns.set(column, origin);
  }
}
