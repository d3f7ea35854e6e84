/**
 * Issue 17 §3, the pure half: which suppressions the PR adds (moved lines, edited reasons, `allow`
 * entries), CODEOWNERS, the latest review per reviewer, and who may approve.
 */
import { describe, expect, it } from 'vitest';
import { findSqlSuppressions } from '../../src/migrations/suppressions.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { parseConfig } from '../../src/config/load.js';
import {
  addedAllowEntries,
  approvingReviewers,
  decide,
  parseCodeOwners,
  type ApprovalEvidence,
  type ApprovalGate,
  type Approver,
} from '../../src/policy/approvals.js';

/** Suppressions of `head` (statements: every line that starts with ALTER/CREATE/DROP) with `added` against `base`. */
function added(base: string | null, head: string): [number, boolean | undefined][] {
  const targets = head
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => /^(ALTER|CREATE|DROP)\b/.test(l.text))
    .map((l) => ({ line: l.line, endLine: l.line }));
  return findSqlSuppressions('db/m.sql', head, targets, base).map((s) => [s.line, s.added]);
}

const DROP = '-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users DROP COLUMN legacy;\n';

describe('the suppressions a PR adds (SQL)', () => {
  it('a suppression base has at the same statement is not new; one in front of a new statement is', () => {
    expect(added(DROP, `${DROP}-- rollback-guard-ignore drop-column: also unused\nALTER TABLE users DROP COLUMN other;\n`)).toEqual([
      [1, false],
      [3, true],
    ]);
  });

  it('moved lines: the same suppression and statement further down the file is not new', () => {
    const head = `CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\n${DROP}`;
    expect(added(DROP, head)).toEqual([[4, false]]);
  });

  it('an edited reason counts as new', () => {
    expect(added(DROP, DROP.replace('unused since 2.3', 'unused since 2.4'))).toEqual([[1, true]]);
  });

  it('a rule added to the list counts as new', () => {
    expect(added(DROP, DROP.replace('drop-column:', 'drop-column, rename-column:'))).toEqual([[1, true]]);
  });

  it('the same comment now in front of another statement counts as new', () => {
    expect(added(DROP, DROP.replace('legacy', 'email'))).toEqual([[1, true]]);
  });

  it('whitespace inside the statement and comment lines between do not matter', () => {
    const head = '-- rollback-guard-ignore drop-column: unused since 2.3\n-- (reviewed in #12)\n\nALTER TABLE  users   DROP COLUMN legacy;\n';
    const targets = [{ line: 4, endLine: 4 }];
    expect(findSqlSuppressions('db/m.sql', head, targets, DROP).map((s) => s.added)).toEqual([false]);
  });

  it('a copy the PR adds of an existing suppression and statement is new (each base suppression vouches for one)', () => {
    expect(added(DROP, `${DROP}${DROP}`)).toEqual([
      [1, false],
      [3, true],
    ]);
  });

  it('a file-wide suppression: same rules and reason anywhere in the file is not new', () => {
    const base = '-- rollback-guard-ignore-file drop-column: cleanup release\nALTER TABLE t DROP COLUMN a;\n';
    const head = 'ALTER TABLE t DROP COLUMN b;\n-- rollback-guard-ignore-file drop-column: cleanup release\nALTER TABLE t DROP COLUMN a;\n';
    expect(added(base, head)).toEqual([[2, false]]);
    expect(added(base, head.replace('cleanup release', 'cleanup'))).toEqual([[2, true]]);
  });

  it('a new file (no base text) adds every suppression; unknown base leaves `added` unset', () => {
    expect(added(null, DROP)).toEqual([[1, true]]);
    expect(findSqlSuppressions('db/m.sql', DROP, [{ line: 2, endLine: 2 }]).map((s) => s.added)).toEqual([undefined]);
  });
});

describe('the allow entries a PR adds', () => {
  const CONFIG = '.github/rollback-guard.yml';
  const entry = (reason: string, object = 'users.legacy') => `  - rule: drop-column\n    object: ${object}\n    reason: ${reason}\n`;
  const run = (base: string | null, head: string) => {
    const changes = changeSetFromTrees(base === null ? {} : { [CONFIG]: base }, { [CONFIG]: head });
    const config = base === null ? defaultConfig() : parseConfig(base, CONFIG);
    return addedAllowEntries(changes, config, parseConfig).map((a) => [a.index, a.line, a.entry.reason]);
  };

  it('an entry base has (in another order) is not new; a new one is, with its line', () => {
    const base = `allow:\n${entry('old one')}${entry('second', 'users.x')}`;
    const head = `allow:\n${entry('second', 'users.x')}${entry('old one')}${entry('brand new', 'users.y')}`;
    expect(run(base, head)).toEqual([[2, 10, 'brand new']]);
  });

  it('an edited reason counts as new', () => {
    expect(run(`allow:\n${entry('old one')}`, `allow:\n${entry('old one, reviewed')}`)).toEqual([[0, 4, 'old one, reviewed']]);
  });

  it('a config file the PR creates adds all its entries; one that does not parse adds none', () => {
    expect(run(null, `allow:\n${entry('first')}`)).toEqual([[0, 4, 'first']]);
    expect(run(null, `allow:\n  - rule: no-such-rule\n    reason: x\n`)).toEqual([]);
  });

  it('a PR that does not touch the config adds nothing', () => {
    const changes = changeSetFromTrees({ 'a.sql': 'x' }, { 'a.sql': 'y' });
    expect(addedAllowEntries(changes, defaultConfig(), parseConfig)).toEqual([]);
  });
});

describe('CODEOWNERS', () => {
  const owners = parseCodeOwners(
    [
      '# comment',
      '*                       @acme/everyone',
      '/db/                    @dba',
      'migrations/             @acme/db-team',
      '/db/migrations/legacy/  # ownerless: no owners on this line',
      'docs/*                  @writer',
      '*.yaml                  @api-owner octo@example.com',
      '!negated                @nobody',
    ].join('\n'),
  );

  it('the last matching pattern wins; a folder owns everything under it', () => {
    expect(owners.ownersOf('db/schema.sql')).toEqual(['@dba']);
    expect(owners.ownersOf('db/migrations/001.sql')).toEqual(['@acme/db-team']);
    expect(owners.ownersOf('services/x/migrations/001.sql')).toEqual(['@acme/db-team']);
    expect(owners.ownersOf('db/migrations/legacy/001.sql')).toEqual([]);
    expect(owners.ownersOf('README.md')).toEqual(['@acme/everyone']);
  });

  it('`docs/*` owns the files in docs, not deeper ones; an unanchored `*.yaml` matches at any depth', () => {
    expect(owners.ownersOf('docs/a.md')).toEqual(['@writer']);
    expect(owners.ownersOf('docs/deep/a.md')).toEqual(['@acme/everyone']);
    expect(owners.ownersOf('api/v1/openapi.yaml')).toEqual(['@api-owner', 'octo@example.com']);
  });

  it('lists the teams it names; a `!` pattern (unsupported by GitHub) matches nothing', () => {
    expect(owners.teams).toEqual(['acme/db-team', 'acme/everyone']);
    expect(owners.ownersOf('negated')).toEqual(['@acme/everyone']);
  });
});

describe('the latest review per reviewer', () => {
  const at = (n: number) => `2026-12-01T10:0${n}:00Z`;
  it('approved counts; dismissed or a later CHANGES_REQUESTED ends it; a later comment does not', () => {
    expect(
      approvingReviewers([
        { login: 'ana', state: 'APPROVED', submittedAt: at(1) },
        { login: 'ana', state: 'COMMENTED', submittedAt: at(2) },
        { login: 'bob', state: 'APPROVED', submittedAt: at(1) },
        { login: 'bob', state: 'CHANGES_REQUESTED', submittedAt: at(3) },
        { login: 'cy', state: 'DISMISSED', submittedAt: at(1) },
        { login: 'dee', state: 'CHANGES_REQUESTED', submittedAt: at(1) },
        { login: 'dee', state: 'APPROVED', submittedAt: at(4) },
      ]),
    ).toEqual(['ana', 'dee']);
  });

  it('variant: order by submission time even when the list is not', () => {
    expect(
      approvingReviewers([
        { login: 'ana', state: 'CHANGES_REQUESTED', submittedAt: at(5) },
        { login: 'ana', state: 'APPROVED', submittedAt: at(1) },
      ]),
    ).toEqual([]);
  });
});

describe('who may approve', () => {
  const person = (login: string, writer: boolean, teams: string[] = []): Approver => ({ login, writer, teams });
  const gate = (reviewers: Approver[], label: ApprovalEvidence['label'] = null, codeowners: string | null = null): ApprovalGate => ({
    label: 'rollback-ok',
    state: { kind: 'verified', evidence: { author: 'alice', reviewers, label, codeowners: codeowners === null ? null : parseCodeOwners(codeowners) } },
  });

  it('a writer other than the author approves; the author or a reader does not', () => {
    expect(decide(gate([person('bob', true)]), 'db/m.sql')).toEqual({ approval: { by: 'bob', via: 'review' } });
    expect(decide(gate([person('Alice', true)]), 'db/m.sql')).toHaveProperty('pending');
    const pending = decide(gate([person('reader', false)]), 'db/m.sql');
    expect(pending).toEqual({ pending: 'needs an approving review by someone other than @alice with write access or the label `rollback-ok` applied by such a person.' });
  });

  it('a code owner of the file approves without write access, also through a team the token confirmed', () => {
    const codeowners = '/db/ @dba @acme/db\n';
    expect(decide(gate([person('dba', false)], null, codeowners), 'db/m.sql')).toEqual({ approval: { by: 'dba', via: 'review' } });
    expect(decide(gate([person('dba', false)], null, codeowners), 'api/x.yaml')).toHaveProperty('pending');
    expect(decide(gate([person('tm', false, ['acme/db'])], null, codeowners), 'db/m.sql')).toEqual({ approval: { by: 'tm', via: 'review' } });
    const pending = decide(gate([], null, codeowners), 'db/m.sql');
    expect('pending' in pending && pending.pending).toContain('by a code owner of db/m.sql (@dba, @acme/db)');
  });

  it('the label counts when a writer applied it, not when the author did', () => {
    expect(decide(gate([], { name: 'rollback-ok', by: person('carol', true) }), 'x.sql')).toEqual({ approval: { by: 'carol', via: 'label' } });
    const pending = decide(gate([], { name: 'rollback-ok', by: person('alice', true) }), 'x.sql');
    expect('pending' in pending && pending.pending).toContain('the label `rollback-ok` was applied by the author, which does not count');
  });

  it('unverifiable: pending, saying why and how to switch it off', () => {
    const pending = decide({ label: null, state: { kind: 'unverifiable', why: 'no token' } }, 'x.sql');
    expect('pending' in pending && pending.pending).toMatch(/^cannot be approved in this run: approvals cannot be verified \(no token\).*approvals\.required: false/);
  });
});
