import { describe, expect, test } from 'vitest';
import type { Finding, Report, Severity } from '../../src/findings.js';
import { escapeData, escapeProperty, renderWorkflowCommands } from '../../src/report/github.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { ruleDocsUrl } from '../../src/report/links.js';

function finding(i: number, severity: Severity, patch: Partial<Finding> = {}): Finding {
  return {
    rule: 'drop-column',
    severity,
    category: 'migration',
    file: `db/migrations/${String(i).padStart(3, '0')}.sql`,
    line: i + 1,
    endLine: i + 1,
    column: null,
    endColumn: null,
    message: `finding ${i}`,
    object: `t.c${i}`,
    direction: null,
    critical: false,
    suppressed: false,
    help: 'docs/rules/drop-column.md',
    fingerprint: String(i).padStart(16, '0'),
    ...patch,
  };
}

function report(findings: Finding[]): Report {
  const count = (s: Severity) => findings.filter((f) => !f.suppressed && f.severity === s).length;
  return {
    version: 1,
    verdict: count('error') > 0 ? 'fail' : 'pass',
    base: 'base',
    head: 'head',
    summary: { errors: count('error'), warnings: count('warning'), notices: count('notice'), suppressed: findings.filter((f) => f.suppressed).length, filesAnalyzed: findings.length },
    findings,
    skipped: [],
    migrations: [],
  };
}

describe('workflow commands (fallback annotations)', () => {
  const commands = (r: Report, options = {}) => renderWorkflowCommands(r, options).trimEnd().split('\n');

  test('cap at 10 per level, most severe first, one notice pointing to the summary', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding(i, 'error')),
      ...Array.from({ length: 12 }, (_, i) => finding(100 + i, 'warning')),
      ...Array.from({ length: 12 }, (_, i) => finding(200 + i, 'notice')),
    ];
    const lines = commands(report(findings));
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    // 9 notices + the pointer: 5 errors, 2 warnings and 3 notices are cut
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(lines.at(-1)).toBe(
      '::notice title=rollback-guard::10 more findings are not annotated here (GitHub shows 10 per level per step, one per line here): the job summary lists all 39.',
    );
    expect(lines[0]).toBe(
      `::error file=db/migrations/000.sql,line=1,endLine=1,title=drop-column::finding 0 See ${ruleDocsUrl('drop-column')}`,
    );
  });

  test('the reproduction: 10 errors on one line and 18 drop-column errors elsewhere — one per line, distinct rules first, the verdict inside the budget', () => {
    const sameLine = Array.from({ length: 10 }, (_, i) =>
      finding(0, 'error', { rule: ['add-required-column', 'set-not-null', 'change-column-type', 'drop-default', 'update-rows'][i % 5]!, file: 'db/m.sql', line: 4, message: `same line ${i}` }),
    );
    const drops = Array.from({ length: 18 }, (_, i) => finding(i + 10, 'error', { file: 'db/m.sql', message: `drop ${i}` }));
    const lines = commands(report([...sameLine, ...drops]), { reserved: { error: 1 } });
    const errors = lines.filter((l) => l.startsWith('::error '));
    // 10 per step, one of them the step's own "not rollback-safe" line.
    expect(errors).toHaveLength(9);
    const onLine4 = errors.filter((l) => l.includes(',line=4,'));
    expect(onLine4).toHaveLength(1);
    expect(onLine4[0]).toContain('(9 more findings on this line.)');
    expect(errors.some((l) => l.includes('title=drop-column::'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice title=rollback-guard::19 more findings are not annotated here/);
  });

  test('variant: distinct rules come before a second finding of a rule, and a warning on an error line is not annotated', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(i, 'error', { message: `drop ${i}` })),
      finding(50, 'error', { rule: 'down-migration', message: 'down' }),
      finding(0, 'warning', { rule: 'drop-index', message: 'same line as drop 0' }),
    ];
    const lines = commands(report(findings));
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors[1]).toContain('title=down-migration::');
    expect(lines.some((l) => l.startsWith('::warning '))).toBe(false);
    expect(errors[0]).toContain('(1 more finding on this line.)');
  });

  test('reserved lines of every level count: notices of skipped files leave room for the pointer', () => {
    const lines = commands(report(Array.from({ length: 12 }, (_, i) => finding(i, 'notice'))), { reserved: { notice: 3 } });
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(7);
    expect(lines.at(-1)).toMatch(/6 more findings are not annotated/);
  });

  test('critical findings go first within their level', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, 'error')), finding(50, 'error', { critical: true })];
    const lines = renderWorkflowCommands(report(findings)).split('\n');
    expect(lines[0]).toContain('title=drop-column (critical)');
  });

  test('suppressed findings are not annotated; nothing to say prints nothing', () => {
    expect(renderWorkflowCommands(report([finding(1, 'error', { suppressed: true })]))).toBe('');
  });

  test('file names and messages cannot inject a command; backticks become quotes', () => {
    const evil = finding(1, 'error', { file: 'a,line=1::x%0A.sql', message: 'bad `x`\n::error::injected %25' });
    const out = renderWorkflowCommands(report([evil]));
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('file=a%2Cline=1%3A%3Ax%250A.sql,');
    expect(out).toContain('::bad ‘x’%0A::error::injected %2525');
    expect(escapeData('a\r\nb%')).toBe('a%0D%0Ab%25');
    expect(escapeProperty('x:y,z')).toBe('x%3Ay%2Cz');
  });

  test('deleted files get no line properties', () => {
    const out = renderWorkflowCommands(report([finding(1, 'error', { line: null, endLine: null })]));
    expect(out).toBe(`::error file=db/migrations/001.sql,title=drop-column::finding 1 See ${ruleDocsUrl('drop-column')}\n`);
  });
});

describe('markdown', () => {
  test('verdict first, counts, then findings by severity: errors and warnings open, notices collapsed, no table', () => {
    const md = renderMarkdown(
      report([finding(1, 'notice', { rule: 'endpoint-added' }), finding(2, 'warning', { rule: 'drop-index' }), finding(3, 'error', { message: 'a | b\nc <script>' })]),
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ rollback-guard: this PR is not rollback-safe');
    expect(lines[2]).toBe('**1 error** · 1 warning · 1 notice — 3 files analysed, `base` → `head`');
    expect(md).not.toMatch(/^\|/m);
    expect(md.indexOf('### 🔴 1 error')).toBeLessThan(md.indexOf('### 🟡 1 warning'));
    expect(md.indexOf('### 🟡 1 warning')).toBeLessThan(md.indexOf('<summary>🔵 1 notice</summary>'));
    expect(md).toContain(`1. \`db/migrations/003.sql:4\` · [\`drop-column\`](${ruleDocsUrl('drop-column')})\\\n   a \\| b c \\<script\\>`);
    expect(md).toContain('2. `db/migrations/002.sql:3` · [`drop-index`]');
    expect(md).toContain('3. `db/migrations/001.sql:2` · [`endpoint-added`]');
  });

  test('file:line links to the head commit, a deleted file to its base version', () => {
    const links = { repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop' }, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40) };
    const md = renderMarkdown(report([finding(1, 'error', { file: 'db/a b(1)#.sql' }), finding(2, 'error', { file: 'db/gone.sql', line: null })]), { links });
    expect(md).toContain(`[\`db/a b(1)#.sql:2\`](https://github.com/acme/shop/blob/${'h'.repeat(40)}/db/a%20b%281%29%23.sql#L2)`);
    expect(md).toContain(`[\`db/gone.sql\`](https://github.com/acme/shop/blob/${'b'.repeat(40)}/db/gone.sql) (deleted)`);
  });

  test('a clean PR says nothing breaks', () => {
    const md = renderMarkdown(report([]));
    expect(md).toContain('## ✅ rollback-guard: this PR is rollback-safe');
    expect(md).toContain('**Nothing breaks**');
  });

  test('a pass with an unread file (its unreadable-file finding allowed) does not claim the PR is rollback-safe', () => {
    const allowed = finding(1, 'error', { rule: 'unreadable-file', category: 'config', suppressed: true, suppression: { source: 'config', reason: 'binary dump, reviewed' } });
    expect(renderMarkdown(report([allowed])).split('\n')[0]).toBe('## ✅ rollback-guard: passes, but 1 file could not be read (allowed)');
    // Another allowed finding changes nothing.
    expect(renderMarkdown(report([finding(2, 'error', { suppressed: true })])).split('\n')[0]).toBe('## ✅ rollback-guard: this PR is rollback-safe');
  });

  test('the name input names the heading', () => {
    expect(renderMarkdown(report([]), { name: 'billing-db' }).split('\n')[0]).toBe('## ✅ billing-db: this PR is rollback-safe');
  });

  test('respects the length cap by shortening the finding lists, keeping the runbook and the suppressed findings', () => {
    const many = [
      ...Array.from({ length: 2000 }, (_, i) => finding(i, 'warning', { message: 'x'.repeat(100) })),
      finding(5000, 'error', { suppressed: true, suppression: { source: 'config', reason: 'reviewed in #12' } }),
    ];
    const md = renderMarkdown(report(many), { maxLength: 65_536, moreHint: 'see the job summary' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/\*… \d+ more warnings not listed here to stay within GitHub's size limit: see the job summary\*/);
    expect(md).toContain('### If this PR ships and has to be rolled back');
    expect(md).toContain('Suppressed: 1 reviewed finding');
  });

  test('suppressed findings are listed with their reasons, collapsed', () => {
    const md = renderMarkdown(report([finding(1, 'error', { suppressed: true, suppression: { source: 'config', reason: 'step 2 of expand/contract' } })]));
    expect(md).toContain('<details>\n<summary>Suppressed: 1 reviewed finding</summary>');
    expect(md).toContain('(config `allow` entry)\\\n  step 2 of expand/contract');
  });
});

test('json keeps the SPEC 4 field order', () => {
  const json = JSON.parse(renderJson(report([finding(1, 'error')])));
  expect(Object.keys(json)).toEqual(['version', 'verdict', 'base', 'head', 'summary', 'findings', 'skipped', 'migrations']);
  expect(Object.keys(json.findings[0])).toEqual([
    'rule', 'severity', 'category', 'file', 'line', 'endLine', 'column', 'endColumn', 'message', 'object', 'direction', 'critical', 'suppressed', 'help', 'helpUri', 'fingerprint',
  ]);
});

describe('text', () => {
  test('reads each file once however many findings, and cuts a minified line', async () => {
    const { renderText } = await import('../../src/report/text.js');
    const minified = `{${'"k":1,'.repeat(100_000)}"x":2}`;
    let reads = 0;
    const source = () => {
      reads++;
      return minified;
    };
    const findings = Array.from({ length: 300 }, (_, i) => finding(i, 'error', { file: 'api.json', line: 1, column: 1 }));
    const out = renderText(report(findings), { source });
    expect(reads).toBe(1);
    const quoted = out.split('\n').filter((l) => l.startsWith('    1 | '));
    expect(quoted).toHaveLength(300);
    expect(quoted[0].length).toBeLessThanOrEqual('    1 | '.length + 161);
    expect(quoted[0].endsWith('…')).toBe(true);
  });
});

describe('report writers stay linear on huge reports', () => {
  // 200k findings: a spread of a list that long into push() overflows the call stack, and
  // copying a file's list per finding is quadratic (both were so in the markdown and text writers).
  const many = Array.from({ length: 200_000 }, (_, i) =>
    finding(i, i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice', { file: 'db/migrations/one.sql', suppressed: i % 2 === 0 }),
  );
  const big = report(many);

  test('markdown renders 200k findings (100k suppressed) without overflowing the stack', () => {
    const md = renderMarkdown(big);
    expect(md.length).toBeGreaterThan(0);
    expect(md).toContain('finding 1');
  });

  test('text renders 100k findings of one file in linear time', async () => {
    const { renderText } = await import('../../src/report/text.js');
    const started = performance.now();
    const text = renderText(big, { source: () => null });
    expect(text.split('\n').filter((l) => l.includes('  drop-column  finding ')).length).toBe(100_000);
    // Generous: the quadratic copy took 15 s for 40k findings; the linear writer takes well under 1 s.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
