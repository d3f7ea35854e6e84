/**
 * The columns base's history leaves, as it leaves them, before any statement of the PR
 * (`analyseHistory`'s `baseColumns`), copied table by table when first needed (issue 18, the warm
 * run). A cached catalog of a long history holds every base table (history-20000: 2,000 tables,
 * 26,000 columns) and a PR changes a few: copying every column up front was ~3 % of a warm run's
 * samples (`node --cpu-prof`, session 9). A table's columns are copied on the first question
 * about them or just before the catalog first changes the table (`beforeApply`: copy on write), so
 * each copy is base's.
 *
 * What decides "the catalog changes table T": `Catalog.apply` changes columns only of `op.table`
 * (and `op.newName` of `rename-table`), except `rename-object`, whose type rename rewrites columns
 * of every table (catalog.ts): then every base table is copied first.
 *
 * The answers are those of the up-front copy keyed `table.column`: a key that several (table,
 * column) pairs spell (dotted names) answers with the pair whose table came last in base's order.
 */
import type { Catalog } from './catalog.js';
import type { ColumnInfo, Operation } from './model.js';

export class BaseColumns {
  /** Table → its base columns (copies), or null: no such table in base. */
  private readonly taken = new Map<string, Map<string, ColumnInfo> | null>();
  private allTaken = false;

  /** `tables`: base's tables in the catalog's order (the order the up-front copy went in). */
  constructor(
    private readonly catalog: Catalog,
    private readonly tables: ReadonlySet<string>,
  ) {}

  /** Base's column `key` (`table.column`), as base left it. */
  get(key: string): ColumnInfo | undefined {
    let found: { table: string; column: ColumnInfo } | undefined;
    let several = false;
    for (let dot = key.indexOf('.'); dot !== -1; dot = key.indexOf('.', dot + 1)) {
      const table = key.slice(0, dot);
      if (!this.tables.has(table)) continue;
      const column = this.take(table)?.get(key.slice(dot + 1));
      if (column === undefined) continue;
      several ||= found !== undefined;
      found = { table, column };
    }
    if (!several || found === undefined) return found?.column;
    // Several pairs spell the key: the up-front copy kept the one set last (its table later in base's order).
    let last: ColumnInfo | undefined;
    for (const table of this.tables) {
      const columns = this.take(table);
      if (!columns) continue;
      const dot = table.length;
      if (key.length > dot && key[dot] === '.' && key.startsWith(table)) last = columns.get(key.slice(dot + 1)) ?? last;
    }
    return last;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Called before `catalog.apply(op)`: copies what `op` is about to change, if not copied yet. */
  beforeApply(op: Operation): void {
    if (this.allTaken) return;
    if (op.kind === 'rename-object') {
      for (const table of this.tables) this.take(table);
      this.allTaken = true;
      return;
    }
    if ('table' in op && typeof op.table === 'string') this.take(op.table);
    if (op.kind === 'rename-table') this.take(op.newName);
  }

  private take(table: string): Map<string, ColumnInfo> | null {
    let columns = this.taken.get(table);
    if (columns === undefined) {
      // Not taken yet: the catalog has not changed this table since base (beforeApply).
      const now = this.tables.has(table) ? this.catalog.tables.get(table) : undefined;
      columns = now ? new Map([...now].map(([name, column]) => [name, { ...column }])) : null;
      this.taken.set(table, columns);
    }
    return columns;
  }
}
