/**
 * `check --base B --head H` asks the top of the work tree once: through a symbolic link to the
 * repository (bench/.data is one) or from a subfolder, gitChangeSet's own repoRoot(top) is answered
 * from the first `rev-parse` (src/changes/git.ts, repoRootWith).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { gitChangeSet, repoRootWith } from '../../src/changes/git.js';
import { makeRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

test('through a symbolic link: one rev-parse for the top, the git directory and both commits', () => {
  const repo = makeRepo({ 'db/1.sql': 'create table t (id int);\n' }, { 'db/2.sql': 'alter table t drop column id;\n' });
  const links = mkdtempSync(join(tmpdir(), 'rg-link-'));
  const log = gitShim();
  try {
    const link = join(links, 'repo');
    symlinkSync(repo.dir, link);
    const root = repoRootWith(link, repo.base, repo.head);
    expect(root).not.toBe(link);
    const cs = gitChangeSet(repo.base, repo.head, { cwd: root });
    expect(cs.files.map((f) => f.path)).toEqual(['db/2.sql']);
    // …and their merge base (`B...H`): no merge-base process either (test/changes/fewer-git.test.ts).
    expect(log.calls().filter((c) => c.startsWith('rev-parse'))).toEqual([
      `rev-parse --show-toplevel --git-common-dir ${repo.base}^{commit} ${repo.head}^{commit} ${repo.base}^{tree}`,
    ]);
    expect(log.calls().filter((c) => c.startsWith('merge-base'))).toEqual([]);
  } finally {
    log.remove();
    rmSync(links, { recursive: true, force: true });
    repo.remove();
  }
});
