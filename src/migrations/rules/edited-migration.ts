import { defineMigrationRule } from './types.js';

export default defineMigrationRule(
  {
    id: 'edited-migration',
    defaultSeverity: 'error',
    summary: 'A migration that already shipped in base was modified.',
  },
  {
    file(ctx) {
      // Flyway repeatable migrations (R__) are meant to be edited: they re-run when they change.
      if (ctx.status !== 'modified' || ctx.file.part === 'repeatable') return [];
      if (ctx.editedChangesets) {
        return ctx.editedChangesets.map((c) => ({
          line: c.line,
          endLine: c.line,
          message: `Changeset ${c.id} of ${ctx.file.path} already ran on databases that applied base: editing it changes nothing there (or fails its checksum) and makes environments diverge; add a new changeset instead.`,
          object: `${ctx.file.path}#${c.id}`,
          tables: [],
        }));
      }
      return [
        {
          line: 1,
          endLine: 1,
          message: `${ctx.file.path} already exists in base, so databases have applied it: editing it changes nothing there and makes environments diverge; add a new migration instead.`,
          object: ctx.file.path,
        },
      ];
    },
  },
);
