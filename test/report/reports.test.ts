import { describe, expect, test } from 'vitest';
import type { Finding, Report, Severity } from '../../src/findings.js';
import { escapeData, escapeProperty, renderWorkflowCommands } from '../../src/report/github.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';

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

describe('workflow commands', () => {
  test('cap at 10 per level, most severe first, one notice pointing to the summary', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding(i, 'error')),
      ...Array.from({ length: 12 }, (_, i) => finding(100 + i, 'warning')),
      ...Array.from({ length: 12 }, (_, i) => finding(200 + i, 'notice')),
    ];
    const lines = renderWorkflowCommands(report(findings)).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    // 9 notices + the pointer: 5 errors, 2 warnings and 3 notices are cut
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(lines.at(-1)).toBe('::notice title=rollback-guard::10 more findings not annotated here (GitHub shows 10 per level per step); see the job summary for all of them.');
    expect(lines[0]).toBe('::error file=db/migrations/000.sql,line=1,endLine=1,title=drop-column::finding 0 See docs/rules/drop-column.md');
  });

  test('critical findings go first within their level', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, 'error')), finding(50, 'error', { critical: true })];
    const lines = renderWorkflowCommands(report(findings)).split('\n');
    expect(lines[0]).toContain('title=drop-column (critical)');
  });

  test('suppressed findings are not annotated; nothing to say prints nothing', () => {
    expect(renderWorkflowCommands(report([finding(1, 'error', { suppressed: true })]))).toBe('');
  });

  test('file names and messages cannot inject a command', () => {
    const evil = finding(1, 'error', { file: 'a,line=1::x%0A.sql', message: 'bad\n::error::injected %25' });
    const out = renderWorkflowCommands(report([evil]));
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('file=a%2Cline=1%3A%3Ax%250A.sql,');
    expect(out).toContain('::bad%0A::error::injected %2525');
    expect(escapeData('a\r\nb%')).toBe('a%0D%0Ab%25');
    expect(escapeProperty('x:y,z')).toBe('x%3Ay%2Cz');
  });

  test('deleted files get no line properties', () => {
    const out = renderWorkflowCommands(report([finding(1, 'error', { line: null, endLine: null })]));
    expect(out).toBe('::error file=db/migrations/001.sql,title=drop-column::finding 1 See docs/rules/drop-column.md\n');
  });
});

describe('markdown', () => {
  test('verdict first, then the table; cells cannot break the table', () => {
    const md = renderMarkdown(report([finding(1, 'error', { message: 'a | b\nc <script>' })]));
    expect(md.split('\n')[0]).toBe('## ❌ rollback-guard: this PR is not rollback-safe');
    expect(md).toContain('| 🔴 error | [`drop-column`](docs/rules/drop-column.md) | `db/migrations/001.sql:2` | a \\| b c \\<script\\> |');
  });

  test('a clean PR says rollback is safe', () => {
    const md = renderMarkdown(report([]));
    expect(md).toContain('## ✅ rollback-guard: this PR is rollback-safe');
    expect(md).toContain('**Rolling back is safe**');
  });

  test('respects the length cap by cutting table rows, keeping the rollback section', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding(i, 'warning', { message: 'x'.repeat(100) }));
    const md = renderMarkdown(report(many), { maxLength: 65_536, moreHint: 'See the job summary.' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/… \d+ more findings not shown\. See the job summary\./);
    expect(md).toContain('### If this PR has to be rolled back');
  });

  test('suppressed findings are listed with their reasons', () => {
    const md = renderMarkdown(report([finding(1, 'error', { suppressed: true, suppression: { source: 'config', reason: 'step 2 of expand/contract' } })]));
    expect(md).toContain('### Suppressed (1)');
    expect(md).toContain('(config `allow`): step 2 of expand/contract');
  });
});

test('json keeps the SPEC 4 field order', () => {
  const json = JSON.parse(renderJson(report([finding(1, 'error')])));
  expect(Object.keys(json)).toEqual(['version', 'verdict', 'base', 'head', 'summary', 'findings', 'skipped', 'migrations']);
  expect(Object.keys(json.findings[0])).toEqual([
    'rule', 'severity', 'category', 'file', 'line', 'endLine', 'column', 'endColumn', 'message', 'object', 'direction', 'critical', 'suppressed', 'help', 'fingerprint',
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
