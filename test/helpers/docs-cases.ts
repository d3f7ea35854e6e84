/** Reads the fenced examples of a rule page (docs/rule-page-format.md) into engine cases. */
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Dialect } from '../../src/config/types.js';
import { runEngine, runEngineAsync } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';

export interface DocBlock {
  lang: string;
  role: 'base' | 'fires' | 'safe';
  path: string;
  deleted: boolean;
  dialect?: Dialect;
  contractRole?: 'api' | 'event';
  /** `link=<target>`: the path is a symbolic link to `target` (as written in the link); the body is ignored. */
  link?: string;
  /** `line=N`: the page's rule fires on line N of this block's file (required on a `fires` block in code). */
  findingLine?: number;
  body: string;
  line: number;
}

/**
 * Fence languages of migrations written as code (docs/frameworks.md): the block goes through the
 * real detection and adapter path (grammars loaded as a PR would load them). Their `base` blocks
 * are the history of the same language's examples only, and SQL's of SQL's.
 */
export const CODE_FENCES: ReadonlySet<string> = new Set(['python', 'ruby', 'php', 'csharp', 'javascript', 'typescript', 'java', 'xml']);

export function isCodeBlock(block: DocBlock): boolean {
  return CODE_FENCES.has(block.lang);
}

const FENCE = /^```([a-z0-9]+)[ \t]+(base|fires|safe)\b([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

export function docBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (let m = FENCE.exec(markdown); m; m = FENCE.exec(markdown)) {
    const [, lang, role, attrs, body] = m;
    const attr = (name: string): string | undefined => new RegExp(`\\b${name}=(\\S+)`).exec(attrs)?.[1];
    const defaultPath = role === 'base' ? 'db/migrations/0001_base.sql' : 'db/migrations/0002_pr.sql';
    const path = attr('path') ?? (lang === 'sql' ? defaultPath : '');
    if (!path) throw new Error(`a ${lang} ${role} block needs path= (line ${lineOf(markdown, m.index)})`);
    const line = attr('line');
    if (line !== undefined && !/^[1-9]\d*$/.test(line)) throw new Error(`line= takes a line number (line ${lineOf(markdown, m.index)})`);
    if (role === 'fires' && CODE_FENCES.has(lang) && line === undefined && !/\bdeleted\b/.test(attrs)) throw new Error(`a ${lang} fires block needs line= (line ${lineOf(markdown, m.index)})`);
    blocks.push({
      lang,
      role: role as DocBlock['role'],
      path,
      deleted: /\bdeleted\b/.test(attrs),
      dialect: attr('dialect') as Dialect | undefined,
      contractRole: attr('role') as 'api' | 'event' | undefined,
      link: attr('link'),
      findingLine: line === undefined ? undefined : Number(line),
      body,
      line: lineOf(markdown, m.index),
    });
  }
  return blocks;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** One case of a page: the base files, and `pr` added (or deleted) over them, through the engine. */
export function runDocCase(base: DocBlock[], pr: DocBlock): Report {
  return runEngine(...docCaseInput(base, pr));
}

/**
 * The same through `runEngineAsync`, as the CLI and the Action run a PR: the grammars of the
 * languages the PR's code migrations are written in load first (for code blocks).
 */
export function runDocCaseAsync(base: DocBlock[], pr: DocBlock): Promise<Report> {
  return runEngineAsync(...docCaseInput(base, pr));
}

function docCaseInput(allBase: DocBlock[], pr: DocBlock): Parameters<typeof runEngine> {
  // A code example's history is the base blocks of its own language; a SQL (or contract) example's, the other base blocks.
  const base = allBase.filter((b) => (isCodeBlock(pr) ? b.lang === pr.lang : !isCodeBlock(b)));
  const baseFiles = Object.fromEntries(base.filter((b) => !b.link).map((b) => [b.path, b.body]));
  const baseLinks = Object.fromEntries(base.filter((b) => b.link).map((b) => [b.path, b.link as string]));
  const headFiles: Record<string, string> = { ...baseFiles };
  const headLinks: Record<string, string> = { ...baseLinks };
  delete headFiles[pr.path];
  delete headLinks[pr.path];
  if (pr.link) headLinks[pr.path] = pr.link;
  else if (!pr.deleted) headFiles[pr.path] = pr.body;
  const config = defaultConfig();
  const dialect = pr.dialect ?? base.find((b) => b.dialect)?.dialect;
  if (dialect) config.migrations[0].dialect = dialect;
  const role = pr.contractRole ?? base.find((b) => b.contractRole)?.contractRole;
  if (role) config.contracts = [{ path: pr.path, role }];
  const changes = changeSetFromTrees(baseFiles, headFiles, {}, { base: baseLinks, head: headLinks });
  return [{ changes, config }, { today: '2026-11-24' }];
}
