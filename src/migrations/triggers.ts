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
import type { Operation, TriggerShape } from './model.js';
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
  for (const { file, text } of files) {
    if (text === null || !text.toLowerCase().includes(needle)) continue;
    if (file.part !== 'up' && file.part !== 'repeatable') continue;
    let statements;
    try {
      statements = parseFile({ text, sections: sectionsOf(file, text).filter((s) => s.part === 'up') }, dialect).forward;
    } catch {
      return 'unread';
    }
    for (const stmt of statements) {
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
