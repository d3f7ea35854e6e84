import { sectionsOf } from '../detect.js';
import { defineMigrationRule, type FileContext } from './types.js';

/** The trimmed text of each down section of `text`. */
function downTexts(ctx: FileContext, text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of sectionsOf(ctx.file, text)) if (s.part === 'down') out.set(s.line, text.slice(s.start, s.end).trim());
  return out;
}

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
        // Renamed as is: not added or changed (deleted-migration judges the rename of an up).
        if (ctx.status === 'renamed' && ctx.baseText === ctx.text) return [];
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.file.path} is a down migration: rolling the schema back drops what the release wrote since; roll the code back and fix forward instead.`,
            object: ctx.file.path,
          },
        ];
      }
      // In a file that base has, only the down sections the PR added or changed (an edit to the Up
      // section of a goose file is edited-migration's, not a new down migration).
      let unchanged: (line: number) => boolean = () => false;
      if (ctx.baseText !== null && ctx.text !== null) {
        const before = new Set(downTexts(ctx, ctx.baseText).values());
        const after = downTexts(ctx, ctx.text);
        unchanged = (line) => before.has(after.get(line) ?? '\0');
      }
      return ctx.downSections
        .filter((section) => !unchanged(section.line))
        .map((section) => ({
          line: section.line,
          endLine: section.endLine,
          message: `This ${ctx.file.framework} down section would undo the schema and destroy data written since; roll the code back and fix forward instead.`,
          object: `${ctx.file.path}:${section.line}`,
        }));
    },
  },
);
