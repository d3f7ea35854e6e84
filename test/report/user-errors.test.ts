/**
 * Issue 13, "Errors": every configuration problem at once; a YAML error is a finished sentence; an
 * expired `allow` entry says so next to the finding it no longer suppresses.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/types.js';
import { applyPolicy } from '../../src/policy/policy.js';

function configError(text: string): string {
  try {
    parseConfig(text, '.github/rollback-guard.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no ConfigError');
}

describe('configuration errors', () => {
  it('lists every problem of the file at once', () => {
    const message = configError(
      ['migrations:', '  dialekt: mysql', 'rules:', '  drop-default: eror', '  drop-colum: error', 'allow:', '  - rule: dorp-table', '    reason: x', ''].join('\n'),
    );
    expect(message.split('\n')).toEqual([
      '.github/rollback-guard.yml has 4 problems:',
      "  - unknown key 'migrations.dialekt'; allowed keys under 'migrations': paths, dialect, framework, baseline.",
      `  - invalid value "eror" for 'rules.drop-default'; expected one of: error, warning, notice, off.`,
      "  - unknown rule 'rules.drop-colum'; run `rollback-guard rules` for the list of rule ids.",
      "  - unknown rule 'dorp-table' at 'allow[0].rule'; run `rollback-guard rules` for the list of rule ids.",
    ]);
  });

  it('variant: one problem stays one sentence', () => {
    expect(configError('migrations:\n  dialect: oracle\n')).toMatch(/^\.github\/rollback-guard\.yml: invalid value "oracle" for 'migrations\.dialect'; expected one of: .*\.$/);
  });

  it('a YAML error ends as a sentence, not with ":"', () => {
    const message = configError('rules:\n  drop-column: error\n   bad: [\n');
    expect(message).toMatch(/^\.github\/rollback-guard\.yml is not valid YAML: .+\.$/);
    expect(message).not.toMatch(/:\s*$/);
    expect(message).toMatch(/line \d+/);
  });

  it('variant: another YAML error shape (a tab, an unclosed quote)', () => {
    for (const text of ['rules:\n\tdrop-column: error\n', 'rules:\n  drop-column: "error\n']) {
      const message = configError(text);
      expect(message.endsWith('.')).toBe(true);
      expect(message).not.toMatch(/:\.$/);
    }
  });
});

describe('an expired allow entry', () => {
  const raw = { rule: 'drop-column', file: 'db/m.sql', line: 3, message: 'Dropping column users.legacy_name…', object: 'users.legacy_name' };
  const config = { ...defaultConfig(), source: '.github/rollback-guard.yml', allow: [{ rule: 'drop-column', object: 'users.*', reason: 'step 2', until: '2026-01-31' }] };

  it('gives a notice naming it, next to the finding it no longer suppresses', () => {
    const r = applyPolicy([raw], [], config, { today: '2026-11-24', failOn: 'error' });
    expect(r.verdict).toBe('fail');
    const notice = r.findings.find((f) => f.rule === 'unused-suppression');
    expect(notice).toMatchObject({ severity: 'notice', file: 'db/m.sql', line: 3, object: 'allow[0]' });
    expect(notice!.message).toBe(
      "The config entry allow[0] (drop-column users.*) in .github/rollback-guard.yml expired on 2026-01-31 and no longer suppresses this drop-column finding; extend its 'until' after a new review, or fix the finding.",
    );
  });

  it('variant: a live entry, or an expired one that matches nothing, says nothing', () => {
    expect(applyPolicy([raw], [], config, { today: '2026-01-31', failOn: 'error' }).findings.map((f) => f.rule)).toEqual(['drop-column']);
    const other = { ...raw, object: 'orders.total' };
    expect(applyPolicy([other], [], config, { today: '2026-11-24', failOn: 'error' }).findings.map((f) => f.rule)).toEqual(['drop-column']);
  });
});
