import { defineMigrationRule } from './types.js';

export default defineMigrationRule(
  {
    id: 'down-migration',
    defaultSeverity: 'error',
    summary: 'A down migration is added or changed: running it destroys data written since the up migration.',
  },
  {
    file(ctx) {
      if (ctx.status === 'deleted') return [];
      if (ctx.file.part === 'down') {
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.file.path} is a down migration: rolling the schema back drops what the release wrote since; roll the code back and fix forward instead.`,
            object: ctx.file.path,
          },
        ];
      }
      return ctx.downSections.map((section) => ({
        line: section.line,
        endLine: section.endLine,
        message: `This ${ctx.file.framework} down section would undo the schema and destroy data written since; roll the code back and fix forward instead.`,
        object: `${ctx.file.path}:${section.line}`,
      }));
    },
  },
);
