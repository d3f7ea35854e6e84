/**
 * The normalized statement model that every SQL parser adapter produces and every migration rule
 * reads. No rule knows which parser ran. Names are normalized: unquoted identifiers lower-cased,
 * a `public.` (Postgres) schema prefix dropped, other schemas kept as `schema.table`.
 */
import type { Dialect } from '../config/types.js';

export interface ColumnInfo {
  name: string;
  /** Normalized type text, e.g. `varchar(100)`, `integer`, `text`; null when unknown. */
  type: string | null;
  notNull: boolean;
  hasDefault: boolean;
  unique?: boolean;
  primaryKey?: boolean;
}

/** One thing a statement does. An `ALTER TABLE` with three actions is three operations. */
export type Operation = OperationBody & {
  /** 1-based line of the sub-command when more precise than the statement's line. */
  line?: number;
};

export type OperationBody =
  | { kind: 'create-table'; table: string; columns: ColumnInfo[] }
  | { kind: 'drop-table'; table: string }
  | { kind: 'add-column'; table: string; column: ColumnInfo }
  | { kind: 'drop-column'; table: string; column: string }
  /** Anything the adapter understood and no rule needs (SELECT, CREATE INDEX on a new table, …). */
  | { kind: 'other'; what: string };

export interface Statement {
  /** Source text of the statement (no delimiter). */
  text: string;
  /** String offsets in the file. */
  start: number;
  end: number;
  line: number;
  endLine: number;
  column: number;
  dialect: Dialect;
  /** `parsed`: ops are complete; `unparsed`: no parser read it (ops may come from the keyword fallback). */
  status: 'parsed' | 'unparsed';
  /** Why it was not parsed (parser message), for `unparsed-statement`. */
  error?: string;
  ops: Operation[];
}

/** `"Public"."Users"` → `Users`, `public.users` → `users`, `Audit.Log` → `audit.log`. */
export function normalizeName(parts: string[], quoted: boolean[] = []): string {
  const normalized = parts.map((p, i) => (quoted[i] ? p : p.toLowerCase()));
  if (normalized.length > 1 && normalized[0] === 'public') normalized.shift();
  return normalized.join('.');
}
