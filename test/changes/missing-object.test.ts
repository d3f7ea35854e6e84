import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GitError, gitChangeSet } from '../../src/changes/git.js';
import { missingObjectError } from '../../src/changes/git-error.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

// Reproduction: the history replay of killbill d0ac79b95a and documenso 03eb6af69a (snapshots
// missing objects) ended in "internal error: Command failed: git diff …  fatal: unable to read <oid>".
describe('an object git cannot read', () => {
  test("head's tree missing from the clone: a GitError naming the object and the fix, not an internal error", () => {
    repo = makeRepo({ 'db/migrations/001.sql': 'CREATE TABLE t (a int);\n' }, { 'db/migrations/002.sql': 'DROP TABLE t;\n' });
    const tree = repo.git('rev-parse', `${repo.head}^{tree}`);
    rmSync(join(repo.dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    let thrown: unknown = null;
    try {
      gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GitError);
    expect((thrown as Error).message).toContain(`git cannot read object ${tree}`);
    expect((thrown as Error).message).toContain('fetch-depth: 0');
  });

  test('a blob missing (variant): same sentence; other git failures pass through unchanged', () => {
    const blob = 'a'.repeat(40);
    const mapped = missingObjectError(Object.assign(new Error('Command failed'), { stderr: Buffer.from(`error: unable to read ${blob}\nfatal: cannot diff\n`) }), '/repo');
    expect(mapped).toBeInstanceOf(GitError);
    expect((mapped as Error).message).toContain(blob);
    const other = Object.assign(new Error('Command failed'), { stderr: "fatal: ambiguous argument 'nope'" });
    expect(missingObjectError(other, '/repo')).toBe(other);
    expect(missingObjectError(null, '/repo')).toBeNull();
  });
});
