/** Issue 13: the rollback runbook is steps a PM or QA can follow, not a repeat of the findings. */
import { beforeAll, describe, expect, it } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { displayOrder, renderMarkdown } from '../../src/report/markdown.js';
import { DOWN_COMMANDS } from '../../src/report/runbook.js';

const OPENAPI_BASE = `openapi: 3.0.3
info: { title: shop, version: '1' }
paths:
  /users/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: { type: string }
`;
const OPENAPI_HEAD = `${OPENAPI_BASE}                  nickname: { type: string }
  /users/{id}/avatar:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok }
`;

let report: Report;
let md: string;

beforeAll(async () => {
  await prepareEngine(['postgres']);
  const base = {
    'db/migrations/000001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, fax text, email text);\nCREATE TABLE audit (id bigint);\n',
    'api/openapi.yaml': OPENAPI_BASE,
  };
  const head = {
    ...base,
    'db/migrations/000002_cleanup.up.sql': [
      'ALTER TABLE users DROP COLUMN legacy_name;',
      '-- rollback-guard-ignore drop-column: fax numbers unused since 2019, signed off by support',
      'ALTER TABLE users DROP COLUMN fax;',
      'TRUNCATE audit;',
      '',
    ].join('\n'),
    'api/openapi.yaml': OPENAPI_HEAD,
  };
  report = runEngine({ changes: changeSetFromTrees(base, head, { base: 'a'.repeat(40), head: 'b'.repeat(40) }), config: defaultConfig() });
  md = renderMarkdown(report, { base: { ref: 'main', tags: ['v1.4.2'], url: `https://github.com/acme/shop/commit/${'a'.repeat(40)}` } });
});

function runbookOf(text: string): string {
  return text.slice(text.indexOf('### If this PR ships and has to be rolled back'), text.indexOf('<details>', text.indexOf('### If this PR ships')));
}

describe('runbook', () => {
  it('says which version to deploy back to, by branch and tag, without "base commit" jargon', () => {
    const steps = runbookOf(md);
    expect(steps).toContain(`1. **Deploy back** the version built from commit [\`aaaaaaa\`](https://github.com/acme/shop/commit/${'a'.repeat(40)}) (\`main\` before this PR; tag \`v1.4.2\`).`);
    expect(md).not.toMatch(/base commit/i);
  });

  it("names the migrations that stay applied and the framework's command not to run", () => {
    const steps = runbookOf(md);
    expect(steps).toContain("2. **Leave this PR's migration applied** — do **not** run `migrate down` (golang-migrate), nor any down script");
    expect(steps).toContain('   - `db/migrations/000002_cleanup.up.sql`');
  });

  it('refers to what breaks by finding number instead of repeating the findings', () => {
    const steps = runbookOf(md);
    const numbers = new Map(displayOrder(report).map((f, i) => [f, i + 1]));
    const dropLegacy = [...numbers].find(([f]) => f.object === 'users.legacy_name')!;
    expect(steps).toMatch(/3\. \*\*What breaks\*\* until the errors above are fixed: the previous version fails against the migrated database or loses data \(findings [\d–, ]+\)\./);
    expect(steps).not.toContain('breaks the previous release, which still reads it');
    expect(steps).toContain(`column \`users.legacy_name\` and its values — dropped (finding ${dropLegacy[1]})`);
  });

  it('lists data lost for good, the suppressed drop included and marked as reviewed', () => {
    const steps = runbookOf(md);
    expect(steps).toContain('4. **Data lost for good**');
    expect(steps).toContain('column `users.fax` and its values — dropped (suppressed as reviewed: fax numbers unused since 2019, signed off by support)');
    expect(steps).toContain('every row of `audit` — truncated');
  });

  it('names what disappears for clients', () => {
    const steps = runbookOf(md);
    expect(steps).toMatch(/5\. \*\*Disappears for clients\*\* — these 2 additions are gone again/);
    expect(steps).toMatch(/`GET \/users\/\{id\}\/avatar` \(endpoint added, finding \d+\)/);
    expect(steps).toMatch(/nickname.*\(response property added, finding \d+\)/);
  });

  it('a PR without migrations or losses says so in plain words', () => {
    const clean = renderMarkdown({ ...report, findings: [], migrations: [], summary: { ...report.summary, errors: 0, warnings: 0, notices: 0, suppressed: 0 }, verdict: 'pass' });
    const steps = runbookOf(clean);
    expect(steps).toContain('**The database stays as it is**: this PR adds no migration.');
    expect(steps).toContain('**Nothing breaks**');
    expect(steps).toContain('**No data is lost for good.**');
    expect(steps).not.toContain('Disappears');
  });

  it('variant: a framework given by the caller picks its command', () => {
    const text = renderMarkdown(report, { migrationFramework: () => 'diesel' });
    expect(text).toContain('`diesel migration revert` (diesel)');
    expect(Object.keys(DOWN_COMMANDS)).toEqual(expect.arrayContaining(['golang-migrate', 'sqlx', 'diesel', 'goose', 'dbmate', 'flyway', 'alembic']));
  });
});
