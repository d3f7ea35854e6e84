/** Temporary git repositories with a real base and head commit, for change-set and e2e tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  dir: string;
  base: string;
  head: string;
  git(...args: string[]): string;
  write(files: Record<string, string | Buffer | null>): void;
  remove(): void;
}

export const GIT_TEST_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

/** Writes `files` under `dir` (folders made as needed); `null` deletes one. */
export function writeFiles(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
}

/** `head` entries overwrite base files; `null` deletes one; `renames` are applied with git mv. */
export function makeRepo(
  base: Record<string, string | Buffer>,
  head: Record<string, string | Buffer | null> = {},
  options: { renames?: [string, string][]; commitHead?: boolean } = {},
): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rg-test-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_TEST_ENV } }).trim();
  const write = (files: Record<string, string | Buffer | null>): void => writeFiles(dir, files);
  git('init', '-q', '-b', 'main');
  write(base);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  for (const [from, to] of options.renames ?? []) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    git('mv', from, to);
  }
  write(head);
  let headSha = baseSha;
  if (options.commitHead !== false) {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'head');
    headSha = git('rev-parse', 'HEAD');
  }
  return { dir, base: baseSha, head: headSha, git, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
