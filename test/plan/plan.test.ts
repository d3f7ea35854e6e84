/**
 * `rollback-guard plan` on a real git repository with five release tags (fixture.ts): safe and
 * unsafe ranges, a data-loss migration, a contract property added (clients lose it) and one
 * removed (deploy direction: undone by the rollback), a range with no migration, bad refs, and
 * `--oldest-safe`. The JSON is asserted whole.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleDocsUrl } from '../../src/report/links.js';
import { runPlan, shopRepo, type ShopRepo } from './fixture.js';

let repo: ShopRepo;
beforeAll(() => {
  repo = shopRepo();
});
afterAll(() => repo.remove());

const plan = (...args: string[]): ReturnType<typeof runPlan> => runPlan(repo.dir, ...args);

const DROP_COLUMN = {
  rule: 'drop-column',
  severity: 'error',
  category: 'migration',
  file: 'db/migrations/003_drop_legacy.sql',
  line: 2,
  endLine: 2,
  column: 1,
  endColumn: null,
  message: "Dropping column users.legacy_name breaks the previous release, which still reads it. Still used in the previous release's code at `app/users.py:2`.",
  object: 'users.legacy_name',
  direction: null,
  critical: false,
  suppressed: false,
  references: [{ file: 'app/users.py', line: 2, text: 'return user.legacy_name' }],
  help: 'docs/rules/drop-column.md',
  helpUri: ruleDocsUrl('drop-column'),
  fingerprint: 'e5e252a79ab890d9',
};

const DROP_TABLE_REVIEWED = {
  rule: 'drop-table',
  severity: 'warning',
  category: 'migration',
  file: 'db/migrations/004_drop_audit.sql',
  line: 2,
  endLine: 2,
  column: 1,
  endColumn: null,
  message:
    "Dropping table old_audit: nothing in the previous release's code uses it (old_audit, oldAudit, OldAudit, OLD_AUDIT…; 1 file searched). This looks like step 2 of expand/contract (the previous release already stopped using it), so it is a warning, not an error; it still breaks a rollback if code outside this repository, or SQL built at run time, uses it.",
  object: 'old_audit',
  direction: null,
  critical: false,
  suppressed: true,
  suppression: { source: 'inline', reason: 'old_audit has been unused since 1.0 (ticket OPS-7)' },
  help: 'docs/rules/drop-table.md',
  helpUri: ruleDocsUrl('drop-table'),
  fingerprint: '0e106ac1f51d92a4',
};

const NICKNAME_ADDED = {
  rule: 'response-property-added',
  severity: 'notice',
  category: 'contract',
  file: 'api/openapi.yaml',
  line: 18,
  endLine: 18,
  column: null,
  endColumn: null,
  message: 'New response property `nickname` (GET /users/{id}): clients that start reading it must tolerate its absence after a rollback.',
  object: 'GET /users/{id} 200 application/json #/properties/nickname',
  direction: 'rollback',
  critical: false,
  suppressed: false,
  help: 'docs/rules/response-property-added.md',
  helpUri: ruleDocsUrl('response-property-added'),
  fingerprint: '9e0e87b33d189b1c',
};

describe('plan --from --to', () => {
  test('unsafe: a dropped column the target still reads blocks; the reviewed drop is data lost, not blocking; the added property is what clients lose', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.2.0', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      version: 1,
      from: 'v1.4.0',
      to: 'v1.2.0',
      fromCommit: repo.tags['v1.4.0'],
      toCommit: repo.tags['v1.2.0'],
      safe: false,
      reason: 'Not safe to roll back to v1.2.0: the code of v1.2.0 fails against the migrated database or data is lost (drop-column on users.legacy_name).',
      blocking: [DROP_COLUMN],
      migrationsApplied: ['db/migrations/003_drop_legacy.sql', 'db/migrations/004_drop_audit.sql'],
      dataLoss: [DROP_COLUMN, DROP_TABLE_REVIEWED],
      clientsLose: [NICKNAME_ADDED],
      suppressed: [DROP_TABLE_REVIEWED],
      scenarios: [],
      skipped: [],
    });
  });

  test('safe with data lost for good: the reviewed drop does not block, and the verdict says data is gone', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.3.0', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      version: 1,
      from: 'v1.4.0',
      to: 'v1.3.0',
      fromCommit: repo.tags['v1.4.0'],
      toCommit: repo.tags['v1.3.0'],
      safe: true,
      reason:
        "Safe to roll back to v1.3.0: its code works against the database with the range's 1 migration applied, and no client or consumer of the range's contracts breaks, though 1 reviewed change lost data for good (see below).",
      blocking: [],
      migrationsApplied: ['db/migrations/004_drop_audit.sql'],
      dataLoss: [DROP_TABLE_REVIEWED],
      clientsLose: [],
      suppressed: [DROP_TABLE_REVIEWED],
      scenarios: [],
      skipped: [],
    });
  });

  test('a range with no migration and no contract change is safe', async () => {
    const r = await plan('--from', 'v1.2.0', '--to', 'v1.1.0', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      version: 1,
      from: 'v1.2.0',
      to: 'v1.1.0',
      fromCommit: repo.tags['v1.2.0'],
      toCommit: repo.tags['v1.1.0'],
      safe: true,
      reason: "Safe to roll back to v1.1.0: the range adds no migration, and no client or consumer of the range's contracts breaks.",
      blocking: [],
      migrationsApplied: [],
      dataLoss: [],
      clientsLose: [],
      suppressed: [],
      scenarios: [],
      skipped: [],
    });
  });

  test('a removed response property (deploy direction) is undone by the rollback: not blocking, said apart', async () => {
    const r = await plan('--from', 'v1.3.0', '--to', 'v1.2.0');
    expect(r.code).toBe(1); // the dropped column blocks, not the removed property
    expect(r.out).toContain('1 contract error of the deploy direction (response-property-removed) hit old clients when the range was deployed; the rollback undoes it, so it does not block it.');
    const json = JSON.parse((await plan('--from', 'v1.3.0', '--to', 'v1.2.0', '--format', 'json')).out);
    expect(json.blocking.map((f: { rule: string }) => f.rule)).toEqual(['drop-column']);
  });

  test('the same ranges are planned from a branch name and a commit sha', async () => {
    const r = await plan('--from', 'main', '--to', repo.tags['v1.3.0']!, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ from: 'main', to: repo.tags['v1.3.0'], fromCommit: repo.tags['v1.4.0'], safe: true });
  });

  test('text: the verdict first, then scenarios, the steps and the reviewed suppressions', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.2.0');
    const lines = r.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'NOT SAFE: rollback-guard: rollback from v1.4.0 to v1.2.0',
      '',
      'Verdict: Not safe to roll back to v1.2.0: the code of v1.2.0 fails against the migrated database or data is lost (drop-column on users.legacy_name).',
    ]);
    const order = ['Mission-critical: no mission-critical scenario is affected', '1. Deploy back the version built from v1.2.0', "2. Leave the range's 2 migrations applied", "3. What breaks for v1.2.0's code", '4. Data lost for good', '5. What clients and consumers lose', 'Reviewed suppressions in the range (1)'];
    const at = order.map((s) => r.out.indexOf(s));
    expect(at.every((n) => n > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.out).toContain('   - table old_audit and all its rows — dropped, in db/migrations/004_drop_audit.sql:2 (reviewed: old_audit has been unused since 1.0 (ticket OPS-7) — inline comment)');
  });

  test('markdown: heading, verdict, steps; repository text escaped', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.3.0', '--format', 'markdown');
    expect(r.out.split('\n')[0]).toBe('## ✅ rollback-guard: rollback from `v1.4.0` to `v1.3.0`');
    expect(r.out).toContain('**Verdict:** Safe to roll back to `v1.3.0`');
    expect(r.out).toContain('**Mission-critical:** no mission-critical scenario is affected (none is configured: `scenarios:` or `critical:` in the config).');
    expect(r.out).toContain("2. **Leave the range's 1 migration applied** — do **not** run any down or revert script");
    expect(r.out).toContain('- `db/migrations/004_drop_audit.sql:2` `drop-table` on `old_audit`: old_audit has been unused since 1.0 (ticket OPS-7) — inline comment');
  });
});

test('docs/plan.md: its example is this repository\'s real output (commit ids aside)', async () => {
  const page = readFileSync(new URL('../../docs/plan.md', import.meta.url), 'utf8');
  const example = /````markdown\n([\s\S]*?)````/.exec(page)![1];
  const ids = (s: string): string => s.replace(/`[0-9a-f]{10}`/g, '`<commit>`');
  const r = await plan('--from', 'v1.4.0', '--to', 'v1.2.0', '--format', 'markdown');
  expect(ids(r.out)).toBe(ids(example));
});

describe('plan errors (exit 2, one sentence, no plan)', () => {
  test('a ref that does not exist', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v0.9.0');
    expect(r).toEqual({ code: 2, out: '', err: `rollback-guard: cannot find --to 'v0.9.0' in ${repo.dir}: no tag, branch or commit has that name.\n` });
    const f = await plan('--from', 'nope', '--to', 'v1.0.0', '--format', 'json');
    expect(f.code).toBe(2);
    expect(f.out).toBe('');
    expect(f.err).toContain("cannot find --from 'nope'");
  });

  test('--to newer than --from: swap them', async () => {
    const r = await plan('--from', 'v1.1.0', '--to', 'v1.3.0');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "rollback-guard: --to 'v1.3.0' is newer than --from 'v1.1.0' (it contains it): a rollback goes back from the deployed version (--from) to an older one (--to); swap them.\n",
    );
  });

  test('usage: --from missing, neither --to nor --oldest-safe, an unknown format, an option that looks like a ref', async () => {
    expect((await plan('--to', 'v1.0.0')).err).toContain('plan needs --from REF');
    expect((await plan('--from', 'v1.4.0')).err).toContain('plan needs --to REF (the version to roll back to) or --oldest-safe.');
    expect((await plan('--from', 'v1.4.0', '--to', 'v1.3.0', '--format', 'sarif')).err).toContain("invalid '--format' value 'sarif'; expected one of: text, markdown, json.");
    const dash = await plan('--from', 'v1.4.0', '--to=--output=x');
    expect(dash.code).toBe(2);
    expect(dash.err).toContain("invalid --to '--output=x'");
  });
});

describe('plan --oldest-safe', () => {
  test('walks back from v1.4.0: v1.3.0 is safe, v1.2.0 is the first unsafe one; the runbook is for v1.3.0', async () => {
    const r = await plan('--from', 'v1.4.0', '--oldest-safe', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.to).toBe('v1.3.0');
    expect(json.safe).toBe(true);
    expect(json.oldestSafe).toEqual({
      tags: [],
      target: 'v1.3.0',
      firstUnsafe: { tag: 'v1.2.0', commit: repo.tags['v1.2.0'], blocking: [DROP_COLUMN] },
      walked: [
        { tag: 'v1.3.0', commit: repo.tags['v1.3.0'], safe: true },
        { tag: 'v1.2.0', commit: repo.tags['v1.2.0'], safe: false },
      ],
      stopped: 'unsafe',
    });
  });

  test('from v1.2.0 every earlier release is safe: the oldest is v1.0.0 and the walk ends', async () => {
    const r = await plan('--from', 'v1.2.0', '--oldest-safe', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).oldestSafe).toEqual({
      tags: [],
      target: 'v1.0.0',
      firstUnsafe: null,
      walked: [
        { tag: 'v1.1.0', commit: repo.tags['v1.1.0'], safe: true },
        { tag: 'v1.0.0', commit: repo.tags['v1.0.0'], safe: true },
      ],
      stopped: 'end',
    });
    const text = await plan('--from', 'v1.2.0', '--oldest-safe');
    expect(text.out).toContain('Oldest safe target: v1.0.0.');
    expect(text.out).toContain('Every earlier release tag is a safe target.');
  });

  test('with --to: the runbook of --to (not safe, exit 1) and the walk beside it', async () => {
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.1.0', '--oldest-safe', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ to: 'v1.1.0', safe: false, oldestSafe: { target: 'v1.3.0', stopped: 'unsafe' } });
  });

  test('--tags limits the walk; a glob that matches no earlier tag is exit 2', async () => {
    const r = await plan('--from', 'v1.4.0', '--oldest-safe', '--tags', 'v1.[0-2].*', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ to: 'v1.2.0', safe: false, oldestSafe: { tags: ['v1.[0-2].*'], target: null, walked: [{ tag: 'v1.2.0', safe: false }] } });
    const none = await plan('--from', 'v1.4.0', '--oldest-safe', '--tags', 'v2*');
    expect(none.code).toBe(2);
    expect(none.err).toContain("no release tag matching v2* comes before --from 'v1.4.0': there is no earlier release to roll back to; pass --to REF.");
  });
});

describe('a target that --from does not contain', () => {
  test('a hotfix tag on a release branch: the trees are compared directly, and the runbook says so', async () => {
    repo.git('checkout', '-q', '-b', 'release-1.2', 'v1.2.0');
    repo.write({ 'db/migrations/002b_hotfix_index.sql': 'CREATE INDEX users_email ON users (email);\n' });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'hotfix');
    repo.git('tag', 'v1.2.1');
    repo.git('checkout', '-q', 'main');
    const r = await plan('--from', 'v1.4.0', '--to', 'v1.2.1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('v1.2.1 is not an ancestor of v1.4.0: their trees are compared directly');
    // The hotfix's migration is not in v1.4.0: it shows as deleted by the range, which blocks (fail closed; docs/plan.md).
    const json = JSON.parse((await plan('--from', 'v1.4.0', '--to', 'v1.2.1', '--format', 'json')).out);
    expect(json.blocking.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual([
      'deleted-migration db/migrations/002b_hotfix_index.sql',
      'drop-column db/migrations/003_drop_legacy.sql',
    ]);
    // Not a release before v1.4.0 for the walk: v1.4.0 does not contain it.
    const walk = JSON.parse((await plan('--from', 'v1.4.0', '--oldest-safe', '--format', 'json')).out);
    expect(walk.oldestSafe.walked.map((w: { tag: string }) => w.tag)).toEqual(['v1.3.0', 'v1.2.0']);
  });
});
