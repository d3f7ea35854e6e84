/** Issue 13, "Polish": what a person reads in a terminal and in the log. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { stickyBody } from '../../src/github/comment.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { wrapWords } from '../../src/report/text.js';
import { finding, recordingLog, report, run, settings } from '../github/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-polish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], isTTY = false, columns = 80) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, isTTY, env: { COLUMNS: String(columns), NO_COLOR: '1' } });
  return { code, stdout, stderr };
}

describe('CLI', () => {
  it('`help check` shows the help of check, like `check --help`', async () => {
    const viaHelp = await cli(['help', 'check']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await cli(['check', '--help'])).stdout);
    expect(viaHelp.stdout.startsWith('rollback-guard check')).toBe(true);
  });

  it('`rules` in a terminal is a list that fits 80 columns, not a markdown table', async () => {
    const r = await cli(['rules'], true);
    expect(r.stdout).not.toContain('|---|');
    for (const line of r.stdout.trimEnd().split('\n').slice(0, -1)) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('drop-column');
    // Piped (not a terminal) it stays the markdown table, for docs.
    expect((await cli(['rules'])).stdout).toContain('|---|');
  });

  it('text in a terminal wraps messages at spaces, never inside a word', async () => {
    writeFileSync(join(dir, 'm.sql'), 'ALTER TABLE customers ALTER COLUMN legacy_shipping_address_line_one SET NOT NULL;\n');
    const r = await cli(['sql', 'm.sql'], true, 60);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('      ') && !l.includes('|') && !l.includes('see https:'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const words = r.stdout.split(/\s+/);
    expect(words).toContain('customers.legacy_shipping_address_line_one');
  });

  it('wrapWords keeps a word longer than the width whole', () => {
    expect(wrapWords('a bbbbbbbbbb c', 5)).toEqual(['a', 'bbbbbbbbbb', 'c']);
  });
});

describe('plurals', () => {
  it('"1 notice remains" in the all-clear comment', () => {
    expect(stickyBody(report([finding({ severity: 'notice', rule: 'endpoint-added' })]), 'x', null)).toContain('1 notice remains in the check run');
    expect(stickyBody(report([finding({ severity: 'notice' }), finding({ severity: 'notice', line: 9 })]), 'x', null)).toContain('2 notices remain');
  });

  it('"with 1 annotation (1 request)" in the log', async () => {
    const { FakeGitHub } = await import('../e2e/github-api-server.js');
    const github = await new FakeGitHub().start();
    try {
      const { log, lines } = recordingLog();
      await publishToGitHub(
        { report: report([finding()]), settings: settings({ comment: false }), run: run(github.url), markdown: 'md', log },
        { clientOptions: { secondMs: 5, writeSpacingMs: 0 } },
      );
      expect(lines.find((l) => l.level === 'info')!.message).toMatch(/with 1 annotation \(1 request\)\.$/);
    } finally {
      await github.stop();
    }
  });
});
