import { isCodeFramework } from '../code/registry.js';
import { sectionsOf } from '../detect.js';
import { statementKeys } from '../tokens.js';
import type { RuleHit } from './types.js';
import { defineMigrationRule, type FileContext } from './types.js';

/** The statement keys of each down section of `text`, by the section's line (trimmed text without a dialect). */
function downKeys(ctx: FileContext, text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const s of sectionsOf(ctx.file, text)) {
    if (s.part !== 'down') continue;
    out.set(s.line, ctx.lifecycle ? statementKeys(text, ctx.lifecycle.dialect, s.start, s.end) : [text.slice(s.start, s.end).trim()]);
  }
  return out;
}

/** Words that make a down statement destroy what the release wrote (a drop, a truncate, a delete). */
const DESTRUCTIVE = new Set(['drop', 'truncate', 'delete']);
/** What separates the tokens of a statement key (`tokens.ts`). */
const TOKEN_SEPARATOR = '\u0001';

export default defineMigrationRule(
  {
    id: 'down-migration',
    defaultSeverity: 'error',
    summary: 'A down migration is added or changed: running it destroys data written since the up migration.',
  },
  {
    file(ctx) {
      if (ctx.status === 'deleted') return [];
      const policy = ctx.lifecycle?.downPolicy ?? 'error';
      if (policy === 'off') return [];
      // In a file that base has, only the down sections the PR added or changed (an edit to the Up
      // section of a goose file is edited-migration's, not a new down migration); a change of
      // formatting only (blanks, comments, keyword case) is none.
      const before = new Set<string>();
      let unchanged: (line: number) => boolean = () => false;
      let after = new Map<number, string[]>();
      if (ctx.baseText !== null && ctx.text !== null) {
        for (const keys of downKeys(ctx, ctx.baseText).values()) for (const k of keys) before.add(k);
        const old = new Set([...downKeys(ctx, ctx.baseText).values()].map((keys) => keys.join('\u0003')));
        after = downKeys(ctx, ctx.text);
        unchanged = (line) => old.has(after.get(line)?.join('\u0003') ?? '\0');
      }
      /**
       * The severity of a down part: under the convention, an error only when the PR changes a
       * shipped down part and its new statements drop, truncate or delete.
       */
      const severity = (line: number): 'error' | 'warning' => {
        if (policy !== 'convention') return policy;
        if (ctx.baseText === null || ctx.lifecycle === undefined) return 'warning';
        const added = (after.get(line) ?? []).filter((k) => !before.has(k));
        return added.some((k) => k.split(TOKEN_SEPARATOR).some((t) => DESTRUCTIVE.has(t))) ? 'error' : 'warning';
      };
      const message = (what: string, line: number): RuleHit['message'] =>
        policy === 'convention' && severity(line) === 'warning'
          ? `${what}, as ${isCodeFramework(ctx.file.framework) ? `${ctx.file.framework} writes into every migration` : 'the migrations beside it in base have'}: the rollback runbook never runs it (roll the code back and fix forward); run by hand, it would destroy data written since.`
          : policy === 'convention'
            ? `${what}: this change to a shipped down migration drops or deletes what it did not before; run by hand it destroys data written since; roll the code back and fix forward instead.`
            : `${what}: rolling the schema back drops what the release wrote since; roll the code back and fix forward instead.`;
      if (ctx.file.part === 'down') {
        // Renamed as is: not added or changed (deleted-migration judges the rename of an up).
        if (ctx.status === 'renamed' && ctx.baseText === ctx.text) return [];
        if (ctx.status !== 'added' && ctx.lifecycle?.formatOnly) return [];
        return [
          {
            line: 1,
            endLine: 1,
            message: message(`${ctx.file.path} is a down migration`, 1),
            object: ctx.file.path,
            severity: severity(1),
            // What it undoes, for the mission-critical scenarios whose tables it names (docs/scenarios.md).
            ...(ctx.text === null ? {} : { text: ctx.text }),
          },
        ];
      }
      const sectionText = new Map<number, string>();
      if (ctx.text !== null && ctx.downSections.length > 0) for (const s of sectionsOf(ctx.file, ctx.text)) if (s.part === 'down') sectionText.set(s.line, ctx.text.slice(s.start, s.end));
      return ctx.downSections
        .filter((section) => !unchanged(section.line))
        .map((section) => ({
          line: section.line,
          endLine: section.endLine,
          message: message(`This ${ctx.file.framework} down section would undo the schema`, section.line),
          object: `${ctx.file.path}:${section.line}`,
          severity: severity(section.line),
          ...(sectionText.has(section.line) ? { text: sectionText.get(section.line) } : {}),
        }));
    },
  },
);
