import { defineMigrationRule } from './types.js';

/**
 * The first line where `after` differs from `before`, as a line of `after`: when `after` only lost
 * lines at its end, its last line (SPEC 4: lines are in the head version).
 */
export function firstChangedLine(before: string, after: string): number {
  const lines = (text: string): string[] => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const a = lines(before);
  const b = lines(after);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.max(1, Math.min(i + 1, b.length));
}

export default defineMigrationRule(
  {
    id: 'edited-migration',
    defaultSeverity: 'error',
    summary: 'A migration that already shipped in base was modified.',
  },
  {
    file(ctx) {
      // Flyway repeatable migrations (R__) are meant to be edited: they re-run when they change.
      // Down files and sqitch verify scripts are never applied forward: no database recorded them
      // (a changed down file is down-migration's).
      const life = ctx.lifecycle;
      // A rename that keeps the tool's identity (deleted-migration stays quiet) is an edit when the text changed.
      const edited = ctx.status === 'modified' || (ctx.status === 'renamed' && life?.keptIdentity !== undefined && ctx.baseText !== ctx.text);
      if (!edited || ctx.file.part !== 'up') return [];
      // No release has it: the PR may still change it, and its new statements are analysed as new.
      if (life?.release?.released === false) return [];
      // Blanks, comments, keyword case: the databases that ran it would run the same statements.
      if (life?.formatOnly && !life.checksummed) return [];
      // Guarded statements moved, unchanged, to a new file that runs after it: every database ends
      // with the same schema (lifecycle.ts `movedToNewFile`); a checksumming tool still refuses the edit.
      if (life?.movedTo && !life.checksummed) return [];
      if (ctx.editedChangesets) {
        return ctx.editedChangesets.map((c) => ({
          line: c.line,
          endLine: c.line,
          message: c.removed
            ? `Changeset ${c.id} was removed from ${ctx.file.path}, but it already ran on databases that applied base: they keep what it did, new environments will not; keep it and add a new changeset instead.`
            : `Changeset ${c.id} of ${ctx.file.path} already ran on databases that applied base: editing it changes nothing there (or fails its checksum) and makes environments diverge; add a new changeset instead.`,
          object: `${ctx.file.path}#${c.id}`,
          tables: [],
        }));
      }
      const line = ctx.baseText !== null && ctx.text !== null ? firstChangedLine(ctx.baseText, ctx.text) : 1;
      const released = life?.release ? ` Counted as shipped: ${life.release.reason}.` : '';
      return [
        {
          line,
          endLine: line,
          message: life?.formatOnly
            ? `Only the formatting of ${ctx.file.path} changed, but ${ctx.file.framework} checksums the migrations it applied: databases that ran base will refuse to migrate until it is restored or the checksum repaired.`
            : `${ctx.file.path} already exists in base, so databases have applied it: editing it changes nothing there and makes environments diverge; add a new migration instead.${released}`,
          object: ctx.file.path,
        },
      ];
    },
  },
);
