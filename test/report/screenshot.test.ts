/**
 * Issue 13: the job summary and PR comment as GitHub shows them. The markdown is rendered with a
 * GFM renderer (micromark) and GitHub's own markdown CSS (vendored, see vendor/README.md) in
 * headless Chromium at 820 px, the width of a PR comment, for 5, 80 and 400 findings:
 *
 * - nothing is wider than the comment (the old findings table was 1,129 px in 818);
 * - the first finding a reader sees is of the most severe level present.
 *
 * Chromium comes from the OS (`/usr/bin/chromium`, Debian's `chromium` package; `.ci/run`
 * installs it when missing; `CHROMIUM` names another binary). `UPDATE_SCREENSHOTS=1` also writes
 * the three PNGs the README shows to `docs/screenshots/`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Report, Severity } from '../../src/findings.js';
import { stickyBody } from '../../src/github/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderGfm } from '../helpers/gfm.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTH = 820;
const CSS = readFileSync(new URL('./vendor/github-markdown-light.css', import.meta.url), 'utf8');
const DOCS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'rg-screenshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  `--window-size=${WIDTH},1600`,
];

function chromium(args: string[]): string {
  // A fresh profile per launch: nothing carries over between runs.
  const profile = mkdtempSync(join(work, 'profile-'));
  const r = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`chromium failed (${r.status ?? r.signal}): ${r.stderr.slice(-500)}`);
  return r.stdout;
}

/**
 * The page measures itself when its URL ends in `#measure`: the widest element against the
 * comment's box, and the level of the first finding a reader can see (closed `<details>` hide
 * theirs).
 */
const MEASURE = `
if (location.hash === '#measure') {
  const article = document.querySelector('.markdown-body');
  const box = article.getBoundingClientRect();
  const beyond = [];
  for (const el of article.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > box.right + 0.5) beyond.push(el.tagName + ': ' + el.textContent.slice(0, 60));
    if (el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') beyond.push('scrolls ' + el.tagName + ': ' + el.textContent.slice(0, 60));
  }
  const findings = [...article.querySelectorAll('ol > li')].filter((li) => li.getClientRects().length > 0 && li.querySelector('a[href*="/docs/rules/"]'));
  let level = null;
  if (findings.length > 0) {
    let el = findings[0].closest('ol');
    while (el && el.tagName !== 'H3' && el.tagName !== 'SUMMARY') el = el.previousElementSibling;
    level = el ? el.textContent : null;
  }
  const out = document.createElement('pre');
  out.id = 'rg-result';
  out.textContent = JSON.stringify({ pageWidth: document.documentElement.scrollWidth, beyond, visibleFindings: findings.length, firstLevel: level });
  document.body.append(out);
}`;

function page(markdown: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px; }
</style></head><body><article class="markdown-body">${renderGfm(markdown)}</article><script>${MEASURE}</script></body></html>`;
}

interface Measure {
  pageWidth: number;
  beyond: string[];
  visibleFindings: number;
  firstLevel: string | null;
}

function measure(file: string): Measure {
  const dom = chromium(['--virtual-time-budget=5000', '--dump-dom', `file://${file}#measure`]);
  const m = /<pre id="rg-result">([\s\S]*?)<\/pre>/.exec(dom);
  if (!m) throw new Error('the page did not report its measurements');
  return JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Measure;
}

// ---- reports like real ones: notices sort first by file, long paths, long messages ----

const FILES = {
  api: 'services/accounts/api/openapi/accounts-public-v2.openapi.yaml',
  db: 'services/accounts/db/migrations/20261114093000_split_customer_addresses_into_their_own_table.up.sql',
  events: 'services/accounts/events/schemas/customer-address-changed.schema.json',
};

function make(n: number): Report {
  const findings: Finding[] = [];
  const levels: [Severity, number][] = [
    ['notice', Math.round(n * 0.35)],
    ['warning', Math.round(n * 0.25)],
  ];
  levels.push(['error', n - levels[0]![1] - levels[1]![1]]);
  const add = (severity: Severity, i: number): Finding => {
    const base = {
      severity,
      line: i + 3,
      endLine: i + 3,
      column: null,
      endColumn: null,
      critical: severity === 'error' && i % 7 === 0,
      suppressed: false,
      fingerprint: `${severity}-${i}`,
    };
    if (severity === 'notice') {
      return { ...base, rule: 'response-property-added', category: 'contract', file: FILES.api, direction: 'rollback', object: `GET /customers/{customerId}/addresses/{addressId} response property deliveryInstructions${i}`, message: `Response property \`deliveryInstructions${i}\` was added (GET /customers/{customerId}/addresses/{addressId}); clients that start reading it get nothing after a rollback.`, help: 'docs/rules/response-property-added.md' };
    }
    if (severity === 'warning') {
      return { ...base, rule: 'schema-enum-value-added', category: 'contract', file: FILES.events, direction: 'rollback', object: `#/properties/addressKind/enum/${i}`, message: `Enum value \`PICKUP_POINT_${i}\` was added to addressKind; consumers of the previous version reject messages that carry it after a rollback.`, help: 'docs/rules/schema-enum-value-added.md' };
    }
    return { ...base, rule: 'drop-column', category: 'migration', file: FILES.db, direction: null, object: `customers.legacy_shipping_address_line_${i}`, message: `Dropping column customers.legacy_shipping_address_line_${i} breaks the previous release, which still reads it.`, help: 'docs/rules/drop-column.md' };
  };
  for (const [severity, count] of levels) for (let i = 0; i < count; i++) findings.push(add(severity, i));
  // Sorted by file, as the engine sorts: the API's notices come first.
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  findings.push({ ...add('error', 999), suppressed: true, suppression: { source: 'config', reason: 'unused since 2.3 — expand/contract step 2, reviewed by the data team' }, fingerprint: 'suppressed' });
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  return {
    version: 1,
    verdict: count('error') > 0 ? 'fail' : 'pass',
    base: 'a1b2c3d'.padEnd(40, '0'),
    head: 'e4f5a6b'.padEnd(40, '0'),
    summary: { errors: count('error'), warnings: count('warning'), notices: count('notice'), suppressed: 1, filesAnalyzed: 3 },
    findings,
    skipped: [],
    migrations: [FILES.db],
  };
}

const links = { repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop' }, headSha: 'e4f5a6b'.padEnd(40, '0'), baseSha: 'a1b2c3d'.padEnd(40, '0') };

describe('the PR comment at 820 px in Chromium with GitHub’s CSS', { timeout: 180_000 }, () => {
  it('Chromium is installed', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM)`).toBe(true);
  });

  it.each([5, 80, 400])('%i findings: no horizontal overflow, the first visible finding is an error', (n) => {
    const report = make(n);
    const markdown = stickyBody(report, (max) => renderMarkdown(report, { links, maxLength: max, base: { ref: 'main', tags: ['v2.3.0'], url: null }, moreHint: 'the full list is in the [job summary](https://github.com/acme/shop/actions/runs/42)' }), null);
    const file = join(work, `summary-${n}.html`);
    writeFileSync(file, page(markdown));
    const m = measure(file);
    expect(m.beyond).toEqual([]);
    expect(m.pageWidth).toBeLessThanOrEqual(WIDTH);
    expect(m.visibleFindings).toBeGreaterThan(0);
    expect(m.firstLevel).toMatch(/^🔴 \d+ errors?$/);

    const png = join(work, `summary-${n}.png`);
    chromium([`--screenshot=${png}`, `file://${file}`]);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(png, join(DOCS, `summary-${n}-findings.png`));
    }
  });

  it('the measurement can fail: a wide table of findings (the old design) overflows', () => {
    const rows = make(5).findings.map((f) => `| ${f.severity} | \`${f.rule}\` | \`${f.file}:${f.line}\` | ${f.message} |`);
    const file = join(work, 'table.html');
    writeFileSync(file, page(['| | Rule | Where | Finding |', '|---|---|---|---|', ...rows].join('\n')));
    expect(measure(file).beyond.length).toBeGreaterThan(0);
  });
});
