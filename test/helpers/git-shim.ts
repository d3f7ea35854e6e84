/** A `git` first on PATH that logs each call (its first words) and what `cat-file` reads on stdin. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitShim {
  /** `"<arg1> <arg2> … <arg6>"` of each call, trailing spaces trimmed. */
  calls(): string[];
  /** Everything the `cat-file` calls read on stdin. */
  input(): string;
  clear(): void;
  /** Takes the shim off PATH and deletes it. */
  remove(): void;
}

export function gitShim(): GitShim {
  const shim = mkdtempSync(join(tmpdir(), 'rg-git-shim-'));
  const log = join(shim, 'calls.log');
  const input = join(shim, 'input.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(shim, 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$1 $2 $3 $4 $5 $6" | sed 's/ *$//' >> '${log}'\nif [ "$1" = cat-file ]; then tee -a '${input}' | '${realGit}' "$@"; else exec '${realGit}' "$@"; fi\n`,
    { mode: 0o755 },
  );
  const path = process.env.PATH;
  process.env.PATH = `${shim}:${path}`;
  return {
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.length > 0) : []),
    input: () => (existsSync(input) ? readFileSync(input, 'utf8') : ''),
    clear: () => {
      writeFileSync(log, '');
      writeFileSync(input, '');
    },
    remove: () => {
      process.env.PATH = path;
      rmSync(shim, { recursive: true, force: true });
    },
  };
}
