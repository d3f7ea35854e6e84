/**
 * Issue 11 item 15: what comes from the repository reaches markdown escaped. The reproduction runs
 * the engine on a PR that drops columns named `@octocat` and `[Approve](https://evil.example)` in
 * a migration whose file name has a `|`; its outputs are rendered with a GFM renderer and read as
 * GitHub would show them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { checkRunAnnotations } from '../../src/github/check-run.js';
import { stickyBody } from '../../src/github/comment.js';
import { codeSpan, gfmMessage, gfmText, plainMessage } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderWorkflowCommands } from '../../src/report/github.js';
import { allRules } from '../../src/rules.js';
import { links, mentions, renderGfm } from '../helpers/gfm.js';

const EVIL_FILE = 'db/migrations/002_a|b [x](https://evil.example).sql';
let report: Report;

beforeAll(async () => {
  await prepareEngine(['postgres']);
  const base = { 'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, "@octocat" text, "[Approve](https://evil.example)" text, "x" text);\n' };
  const head = {
    ...base,
    [EVIL_FILE]: [
      'ALTER TABLE users DROP COLUMN "@octocat";',
      'ALTER TABLE users DROP COLUMN "[Approve](https://evil.example)";',
      '-- rollback-guard-ignore drop-column: reviewed by @octocat, see [here](https://evil.example) and www.evil.example',
      'ALTER TABLE users DROP COLUMN "x";',
      '',
    ].join('\n'),
  };
  // The name's `//` makes it no versioned file of db/migrations/ for the detector: the paths say it is one.
  const config = defaultConfig();
  config.migrations[0].paths = ['db/migrations/**'];
  report = runEngine({ changes: changeSetFromTrees(base, head, { base: 'a'.repeat(40), head: 'b'.repeat(40) }), config });
});

/** Links other than the report's own (rule pages, the repository's blobs). */
function foreignLinks(html: string): string[] {
  return links(html).filter((href) => !/^(docs\/rules\/|https:\/\/github\.com\/)/.test(href));
}

describe('the reproduction: hostile identifiers and file names', () => {
  it('the engine reports them (else this test proves nothing)', () => {
    expect(report.findings.filter((f) => f.rule === 'drop-column').map((f) => f.object)).toEqual(
      expect.arrayContaining(['users.@octocat', 'users.[Approve](https://evil.example)']),
    );
    expect(report.findings.some((f) => f.suppressed && f.suppression?.reason?.includes('@octocat'))).toBe(true);
  });

  it('job summary: no mention, no foreign link, every table row intact', () => {
    const html = renderGfm(renderMarkdown(report));
    expect(mentions(html)).toEqual([]);
    expect(foreignLinks(html)).toEqual([]);
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      expect((row.match(/<t[dh][ >]/g) ?? []).length).toBe(4);
    }
    expect(html).toContain('@');
    expect(html).toContain('evil.example');
  });

  it('the sticky comment and the check-run summary (the same markdown) too', () => {
    const html = renderGfm(stickyBody(report, renderMarkdown(report), null));
    expect(mentions(html)).toEqual([]);
    expect(foreignLinks(html)).toEqual([]);
  });

  it('annotations: plain text, no backticks, the file name intact', () => {
    const annotations = checkRunAnnotations(report);
    expect(annotations.some((a) => a.path === EVIL_FILE)).toBe(true);
    for (const a of annotations) expect(a.message).not.toContain('`');
    const commands = renderWorkflowCommands(report);
    expect(commands.trimEnd().split('\n').every((l) => l.startsWith('::'))).toBe(true);
  });

  it('SARIF: brackets in messages are escaped, so no embedded link forms', () => {
    const log = JSON.parse(renderSarif(report, allRules)) as { runs: { results: { message: { text: string } }[] }[] };
    const texts = log.runs[0]!.results.map((r) => r.message.text);
    expect(texts.some((t) => t.includes('\\[Approve\\](https://evil.example)'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
  });
});

describe('escaping functions (variants)', () => {
  const render = (md: string) => renderGfm(md);

  it.each([
    ['a mention', '@octocat and @org/team'],
    ['an issue reference', 'see #12'],
    ['a markdown link', '[Approve](https://evil.example)'],
    ['an image', '![x](https://evil.example/a.png)'],
    ['an autolink literal', 'https://evil.example and www.evil.example and a@evil.example'],
    ['an angle autolink', '<https://evil.example>'],
    ['raw HTML', '<a href="https://evil.example">x</a><img src=x onerror=alert(1)>'],
    ['a reference definition', '[x]: https://evil.example'],
    ['emphasis and strikethrough', '**bold** _em_ ~~gone~~'],
    ['a heading start', '# Approved'],
    ['a list start', '- item'],
    ['an ordered list start', '1. item'],
    ['a quote start', '> quoted'],
    ['an entity', '&lt;script&gt; &#64;octocat'],
  ])('gfmText keeps %s literal', (_name, text) => {
    const html = render(`x ${gfmText(text)}`);
    expect(links(html)).toEqual([]);
    expect(mentions(html)).toEqual([]);
    expect(html).not.toMatch(/<(img|strong|em|del|h1|ul|ol|blockquote|script)\b/);
    expect(render(gfmText(text))).not.toMatch(/<(h1|ul|ol|blockquote)\b/);
  });

  it('codeSpan holds backticks and pipes (in a table cell)', () => {
    const cell = codeSpan('a`|`b``c', { inTable: true });
    const html = render(`| h |\n|---|\n| ${cell} |`);
    expect(html).toContain('<code>a`|`b``c</code>');
    expect((html.match(/<td>/g) ?? []).length).toBe(1);
    expect(render(codeSpan('`x`'))).toContain('<code>`x`</code>');
  });

  it('gfmMessage keeps the code spans of a message and escapes the rest', () => {
    const html = render(gfmMessage('Column `@octocat` of [x](https://evil.example) was dropped by @mallory'));
    expect(html).toContain('<code>@octocat</code>');
    expect(links(html)).toEqual([]);
    expect(mentions(html)).toEqual([]);
  });

  it('plainMessage replaces code quotes for annotations', () => {
    expect(plainMessage('Response property `legacyName` was removed')).toBe('Response property ‘legacyName’ was removed');
  });

  it('an unbalanced backtick cannot open a code span that swallows the rest', () => {
    const html = render(`${gfmMessage('a ` b')} **${gfmText('@octocat')}**`);
    expect(mentions(html)).toEqual([]);
    expect(html).toContain('<strong>');
  });
});

