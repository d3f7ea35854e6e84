/**
 * GitHub-flavoured markdown to HTML for tests, with micromark (CommonMark + the GFM extensions:
 * tables, autolink literals, strikethrough, task lists). Raw HTML (`<details>`) passes through as
 * GitHub lets it. GitHub's own mention and issue-reference links are added after rendering, on the
 * text: `mentions` finds what they would link.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Text nodes of rendered HTML (outside tags), entities decoded, code spans removed. */
function textOutsideCode(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x?([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(/^x/i.test(_m.slice(2)) ? parseInt(n, 16) : Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** What GitHub would turn into a mention (`@user`, `@org/team`) or an issue link (`#12`). */
export function mentions(html: string): string[] {
  return [...textOutsideCode(html).matchAll(/(?<![\w`])[@#][A-Za-z0-9][\w-]*/g)].map((m) => m[0]);
}

/** Every `href` of a link in rendered HTML. */
export function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
}
