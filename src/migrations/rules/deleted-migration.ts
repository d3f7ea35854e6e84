import { defineMigrationRule } from './types.js';

export default defineMigrationRule(
  {
    id: 'deleted-migration',
    defaultSeverity: 'error',
    summary: 'A migration that already shipped in base was deleted or renamed.',
  },
  {
    file(ctx) {
      // A down file or a sqitch verify script is not in any database's migration history: deleting
      // one is what down-migration advises, and breaks nothing.
      if (ctx.file.part === 'down' || ctx.file.part === 'verify') return [];
      // No release has it (lifecycle.ts): removing it before the release is the author's call.
      if (ctx.lifecycle?.release?.released === false) return [];
      if (ctx.status === 'deleted') {
        return [
          {
            line: null,
            message: `${ctx.file.path} was applied by every database that ran base; deleting it breaks the migration history (the tool sees an unknown applied version) and new environments will differ.`,
            object: ctx.file.path,
          },
        ];
      }
      // A move that keeps what the tool records (a Prisma folder name, a goose version): the same migration.
      if (ctx.status === 'renamed' && ctx.oldPath && ctx.lifecycle?.keptIdentity === undefined) {
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.oldPath} was renamed to ${ctx.file.path}: databases that applied the old name will apply it again or report a missing migration.`,
            object: ctx.oldPath,
          },
        ];
      }
      return [];
    },
  },
);
