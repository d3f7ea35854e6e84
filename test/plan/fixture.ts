/**
 * A small shop with five release tags, built as a real git repository:
 *
 * - v1.0.0  users table (with legacy_name), orders table, an OpenAPI document, app code reading legacy_name
 * - v1.1.0  adds users.email (safe)
 * - v1.2.0  docs only (a range with no migration)
 * - v1.3.0  drops users.legacy_name (unsafe: v1.2.0's code reads it; data lost), the API adds a response
 *           property (clients lose it on rollback) and removes one (deploy direction: undone by the rollback)
 * - v1.4.0  drops table old_audit with a reviewed suppression (data lost, not blocking)
 */
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli.js';
import { GIT_TEST_ENV, makeRepo, type TempRepo } from '../helpers/git-repo.js';

const API = (props: string): string => `openapi: 3.0.3
info: { title: shop, version: '1' }
paths:
  /users/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: a user
          content:
            application/json:
              schema:
                type: object
                properties:
${props}`;

const PROPS_V1 = '                  id: { type: string }\n                  name: { type: string }\n                  legacy: { type: string }\n';
const PROPS_V13 = '                  id: { type: string }\n                  name: { type: string }\n                  nickname: { type: string }\n';

export interface ShopRepo extends TempRepo {
  tags: Record<string, string>;
}

export function shopRepo(): ShopRepo {
  const repo = makeRepo({
    'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, legacy_name text);\nCREATE TABLE old_audit (id bigint PRIMARY KEY, note text);\n',
    'api/openapi.yaml': API(PROPS_V1),
    'app/users.py': 'def show(user):\n    return user.legacy_name\n',
  });
  const tags: Record<string, string> = {};
  let day = 1;
  const release = (tag: string, files: Record<string, string | null>): void => {
    repo.write(files);
    repo.git('add', '-A');
    const date = `2026-01-${String(day++).padStart(2, '0')}T12:00:00Z`;
    execCommit(repo, tag, date);
    repo.git('tag', '-a', tag, '-m', tag);
    tags[tag] = repo.git('rev-parse', 'HEAD');
  };
  execFileSync('git', ['commit', '-q', '--amend', '--allow-empty', '--no-edit'], { cwd: repo.dir, env: { ...process.env, ...GIT_TEST_ENV, GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z' } });
  repo.git('tag', 'v1.0.0');
  tags['v1.0.0'] = repo.git('rev-parse', 'HEAD');
  day = 2;
  release('v1.1.0', { 'db/migrations/002_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n' });
  release('v1.2.0', { 'docs/README.md': '# shop\n' });
  release('v1.3.0', {
    'db/migrations/003_drop_legacy.sql': '-- legacy_name moved to name\nALTER TABLE users DROP COLUMN legacy_name;\n',
    'api/openapi.yaml': API(PROPS_V13),
    'app/users.py': 'def show(user):\n    return user.name\n',
  });
  release('v1.4.0', {
    'db/migrations/004_drop_audit.sql': '-- rollback-guard-ignore drop-table: old_audit has been unused since 1.0 (ticket OPS-7)\nDROP TABLE old_audit;\n',
  });
  return Object.assign(repo, { tags });
}

/** A commit with both dates set: the committer date orders the release tags. */
function execCommit(repo: TempRepo, message: string, date: string): void {
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd: repo.dir,
    env: { ...process.env, ...GIT_TEST_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** `rollback-guard plan ARGS` in `dir`, in process: exit code, stdout, stderr. */
export async function runPlan(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['plan', ...args], { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, isTTY: false, env: {} });
  return { code, out, err };
}
