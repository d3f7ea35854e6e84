/**
 * What a Postgres trigger does, to tell whether a trigger the PR drops and creates again still does
 * everything base's did (issue 12, class trigger-narrowed). A trigger dropped and created again with
 * fewer events, a column list or a `WHEN` condition it did not have, another timing, level or
 * function no longer does for the previous release what that release relies on (a `last_modified`
 * kept on every INSERT, an audit row per UPDATE). One that does the same, or more (events added, a
 * `WHEN` condition removed), is a replacement.
 *
 * Only Postgres statements carry a shape (libpg-query's `CreateTrigStmt`); a trigger of another
 * dialect is compared as before (created again: a replacement). Base's definition is read on
 * demand, only for a trigger the PR drops and creates again: the base files that name it are parsed
 * again (apply order, baselines first), the last `CREATE TRIGGER` of that name on that table wins
 * and a later `DROP TRIGGER` forgets it.
 */
import type { Dialect } from '../config/types.js';
import type { MigrationFile } from './detect.js';
import { sectionsOf } from './detect.js';
import type { Operation, Statement, TriggerShape } from './model.js';
import { parseFile } from './parse-files.js';

export { triggerShapeOf } from './trigger-shape.js';

/** The trigger as a reader writes it (`AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE f()`). */
export function describeTrigger(s: TriggerShape): string {
  const events = s.events.map((e) => (e === 'UPDATE' && s.columns.length > 0 ? `UPDATE OF ${s.columns.join(', ')}` : e)).join(' OR ');
  return `${s.timing} ${events} ON ${s.table} FOR EACH ${s.row ? 'ROW' : 'STATEMENT'}${s.when !== null ? ' WHEN (…)' : ''} EXECUTE ${s.call}`;
}

/**
 * How the trigger `next` does less than, or other than, `base` for the previous release (a
 * sentence), or null when it does at least what base's did (the same, or more events, no `WHEN`).
 */
export function triggerNarrowing(base: TriggerShape, next: TriggerShape): string | null {
  const lost: string[] = [];
  const missing = base.events.filter((e) => !next.events.includes(e));
  if (missing.length > 0) lost.push(`it no longer fires on ${missing.join(' or ')}`);
  if (base.events.includes('UPDATE') && next.events.includes('UPDATE') && next.columns.length > 0) {
    const extra = base.columns.length === 0 ? next.columns : base.columns.filter((c) => !next.columns.includes(c));
    if (base.columns.length === 0 || extra.length > 0) lost.push(`it fires on UPDATE only of ${next.columns.join(', ')}`);
  }
  if (next.when !== null && next.when !== base.when) lost.push(base.when === null ? 'it fires only when its new WHEN condition holds' : 'its WHEN condition changed');
  if (next.timing !== base.timing) lost.push(`it runs ${next.timing} instead of ${base.timing}`);
  if (next.row !== base.row) lost.push(`it fires once per ${next.row ? 'row' : 'statement'} instead of once per ${base.row ? 'row' : 'statement'}`);
  if (next.call !== base.call) lost.push(`it executes ${next.call} instead of ${base.call}`);
  if (next.table !== base.table) lost.push(`it is on ${next.table} instead of ${base.table}`);
  if (lost.length === 0) return null;
  return `${describeTrigger(next)} instead of ${describeTrigger(base)}: ${lost.join(', ')}`;
}

export interface BaseFileText {
  file: MigrationFile;
  text: string | null;
}

/** Base files' up statements, parsed once per file, text and dialect (every question below reads the same history). */
const parsedUp = new WeakMap<MigrationFile, { text: string; dialect: Dialect; forward: Statement[] }>();

/**
 * The up statements of a base file whose text names `needle` (lower case), or undefined when it
 * does not, or is no up file. Throws as `parseFile` does (the caller decides what unread means).
 */
function upStatementsNaming({ file, text }: BaseFileText, needle: string, dialect: Dialect): Statement[] | undefined {
  if (text === null || !text.toLowerCase().includes(needle)) return undefined;
  if (file.part !== 'up' && file.part !== 'repeatable') return undefined;
  const known = parsedUp.get(file);
  if (known && known.text === text && known.dialect === dialect) return known.forward;
  const forward = parseFile({ text, sections: sectionsOf(file, text).filter((s) => s.part === 'up') }, dialect).forward;
  parsedUp.set(file, { text, dialect, forward });
  return forward;
}

/** Whether two tables a trigger is on may be the same one (either unknown, or one schema-qualified). */
export function sameTriggerTable(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === '' || b === '' || a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * The definition base's history leaves for trigger `name` on `table` (table unknown: any table):
 * its shape; 'unread' when a statement that creates it has no shape (not read, another dialect's
 * grammar); null when base's history does not create it (or drops it at the end). `files` in apply
 * order, baselines first. Only files whose text names the trigger are parsed (bounded by their size).
 */
export function baseTriggerShape(files: readonly BaseFileText[], name: string, table: string | undefined, dialect: Dialect): TriggerShape | 'unread' | null {
  const needle = name.toLowerCase();
  let current: TriggerShape | 'unread' | null = null;
  const sameTable = (t: string | undefined): boolean => sameTriggerTable(table, t);
  for (const entry of files) {
    let statements;
    try {
      statements = upStatementsNaming(entry, needle, dialect);
    } catch {
      return 'unread';
    }
    for (const stmt of statements ?? []) {
      // A statement that names the trigger but could not be read may create or drop it.
      if (stmt.status === 'unparsed' && stmt.text.toLowerCase().includes(needle) && /\bTRIGGER\b/i.test(stmt.text)) current = 'unread';
      for (const op of stmt.ops as Operation[]) {
        if (op.kind === 'create-object' && op.objectKind === 'trigger' && op.name === name) {
          if (!op.trigger) current = 'unread';
          else if (sameTable(op.trigger.table)) current = op.trigger;
        } else if (op.kind === 'drop-object' && op.objectKind === 'trigger' && op.name === name && sameTable(op.table)) current = null;
        else if (op.kind === 'rename-object' && op.objectKind === 'trigger' && op.name === name && sameTable(op.table)) current = null;
      }
    }
  }
  return current;
}

/** A column a base trigger (or trigger function) only sets on the row it fires for. */
export interface RowSetting {
  table: string;
  column: string;
}

/**
 * The columns a trigger function sets on its row, when that is all its body does: a PL/pgSQL
 * `RETURNS trigger` body of `NEW.<column> := <expression>;` statements and `RETURN NEW` (or `NULL`)
 * between `BEGIN` and `END`, nothing else (no `DECLARE`, no `IF`, no SQL). Null otherwise.
 */
export function rowAssignmentsOnly(createText: string): string[] | null {
  if (!/\bRETURNS\s+TRIGGER\b/i.test(createText) || !/\bLANGUAGE\s+'?plpgsql'?/i.test(createText)) return null;
  const quoted = /\$([A-Za-z_]\w*)?\$([\s\S]*?)\$\1?\$/.exec(createText);
  if (!quoted) return null;
  const body = quoted[2]!.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ').trim();
  const inner = /^BEGIN\b([\s\S]*)\bEND\s*;?$/i.exec(body);
  if (!inner || /['$]/.test(inner[1]!)) return null; // a literal may hold a `;`: not read
  const columns: string[] = [];
  for (const part of inner[1]!.split(';').map((p) => p.trim()).filter(Boolean)) {
    if (/^RETURN\s+(?:NEW|NULL)$/i.test(part)) continue;
    const set = /^NEW\s*\.\s*("?)(\w+)\1\s*:?=\s*\S/i.exec(part);
    if (!set) return null;
    const column = set[1] ? set[2]! : set[2]!.toLowerCase();
    if (!columns.includes(column)) columns.push(column);
  }
  return columns.length > 0 ? columns : null;
}

/**
 * What base's history leaves a trigger (on `table`) or a trigger function doing, when all it does
 * is set columns of the row it fires for (rowAssignmentsOnly): those columns, per table the trigger
 * (or each trigger calling the function) is on. Null when base's history does not define it so,
 * when a statement naming it could not be read, or when a function no trigger calls. `files` in
 * apply order, baselines first; only files whose text names it (or its function) are parsed.
 */
export function baseRowSettings(files: readonly BaseFileText[], kind: 'trigger' | 'function', name: string, table: string | undefined, dialect: Dialect): RowSetting[] | null {
  const functions = new Map<string, string | null>();
  const triggers = new Map<string, { table: string; fn: string } | null>();
  const parsed = new Map<MigrationFile, Statement[]>();
  const read = (needle: string): boolean => {
    for (const entry of files) {
      if (parsed.has(entry.file)) continue;
      try {
        const statements = upStatementsNaming(entry, needle, dialect);
        if (statements) parsed.set(entry.file, statements);
      } catch {
        return false;
      }
    }
    return true;
  };
  const replay = (): boolean => {
    functions.clear();
    triggers.clear();
    for (const { file } of files) {
      const statements = parsed.get(file);
      if (!statements) continue;
      for (const stmt of statements) {
        if (stmt.status === 'unparsed' && /\b(?:TRIGGER|FUNCTION)\b/i.test(stmt.text)) return false;
        for (const op of stmt.ops as Operation[]) {
          if (op.kind === 'create-object' && op.objectKind === 'function') functions.set(op.name, stmt.text);
          else if (op.kind === 'drop-object' && op.objectKind === 'function') functions.delete(op.name);
          else if (op.kind === 'create-object' && op.objectKind === 'trigger') {
            triggers.set(`${op.trigger?.table ?? ''}\u0000${op.name}`, op.trigger ? { table: op.trigger.table, fn: op.trigger.call.replace(/\(.*$/, '') } : null);
          } else if (op.kind === 'drop-object' && op.objectKind === 'trigger') {
            for (const key of [...triggers.keys()]) if (key.endsWith(`\u0000${op.name}`) && sameTriggerTable(op.table, key.slice(0, key.indexOf('\u0000')))) triggers.delete(key);
          }
        }
      }
    }
    return true;
  };
  const settings = (fn: string, on: string[]): RowSetting[] | null => {
    const text = functions.get(fn);
    const columns = text ? rowAssignmentsOnly(text) : null;
    if (!columns || on.length === 0) return null;
    return on.flatMap((t) => columns.map((column) => ({ table: t, column })));
  };
  if (!read(name.toLowerCase()) || !replay()) return null;
  if (kind === 'function') {
    const on = [...triggers.values()].filter((t) => t !== null && t.fn === name).map((t) => t!.table);
    if ([...triggers.values()].some((t) => t === null)) return null;
    return settings(name, on);
  }
  const mine = [...triggers.entries()].filter(([key]) => key.endsWith(`\u0000${name}`) && sameTriggerTable(table, key.slice(0, key.indexOf('\u0000'))));
  if (mine.length !== 1 || mine[0]![1] === null) return null;
  const trigger = mine[0]![1];
  if (!read(trigger.fn.toLowerCase()) || !replay()) return null;
  return settings(trigger.fn, [trigger.table]);
}

/**
 * The routines whose bodies in base's history call function `name` (`name(` in a `CREATE FUNCTION`
 * or `CREATE PROCEDURE` of another routine), when those are its only lasting callers there: no
 * view, trigger, default, index, table or other DDL of the history that runs now names `name(`
 * (one-off `UPDATE`/`INSERT`/`SELECT` runs of past migrations, `COMMENT` and `DROP` do not last).
 * Null when another statement does, when one naming it could not be read, or when the history
 * never creates the function itself. Files as baseRowSettings.
 */
export function baseRoutineCallers(files: readonly BaseFileText[], name: string, dialect: Dialect): string[] | null {
  const bare = name.slice(name.lastIndexOf('.') + 1);
  const calls = new RegExp(`(?<![\\w$."])(?:\\w+\\.)?"?${bare.replace(/\W/g, '\\$&')}"?\\s*\\(`, 'i');
  const callers = new Map<string, boolean>();
  let defined = false;
  for (const entry of files) {
    let statements;
    try {
      statements = upStatementsNaming(entry, bare.toLowerCase(), dialect);
    } catch {
      return null;
    }
    for (const stmt of statements ?? []) {
      if (!calls.test(stmt.text)) continue;
      if (/^\s*(?:UPDATE|INSERT|DELETE|SELECT|WITH|COMMENT|DROP|GRANT|REVOKE)\b/i.test(stmt.text)) continue;
      if (stmt.status === 'unparsed') return null;
      const created = (stmt.ops as Operation[]).find((op) => op.kind === 'create-object' && (op.objectKind === 'function' || op.objectKind === 'procedure'));
      if (!created || created.kind !== 'create-object') return null;
      if (created.name === name || created.name === bare) {
        defined = true; // its own definition (a recursive call)
        continue;
      }
      callers.set(created.name, true);
    }
  }
  // A history that never defines it (written elsewhere, as code, in a dump not replayed) cannot tell who calls it.
  return defined ? [...callers.keys()] : null;
}
