/**
 * The floor of a history replay: read every migration blob of a commit with one
 * `git cat-file --batch` and parse each file with libpg-query, nothing else (no splitting,
 * no mapping, no catalog). What `check` cannot go below when it parses the whole history cold.
 *
 *   node bench/speed/floor.mjs GIT_DIR COMMIT [FOLDER]
 */
import './product-wasm-flags.mjs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [gitDir, commit, folder = '.'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const pg = require('libpg-query');
await pg.loadModule();
const git = (args, input) => execFileSync('git', [`--git-dir=${gitDir}`, ...args], { input, maxBuffer: 1 << 30 });
const ids = git(['ls-tree', '-r', '-z', commit, '--', folder]).toString('utf8').split('\0')
  .filter((l) => l.endsWith('.sql')).map((l) => l.split(/\s/)[2]);
const out = git(['cat-file', '--batch'], ids.join('\n') + '\n');
let at = 0;
let statements = 0;
let failed = 0;
for (let i = 0; i < ids.length; i++) {
  const nl = out.indexOf(10, at);
  const size = Number(out.subarray(at, nl).toString('latin1').split(' ')[2]);
  const text = out.subarray(nl + 1, nl + 1 + size).toString('utf8');
  at = nl + 1 + size + 1;
  try {
    statements += pg.parseSync(text).stmts?.length ?? 0;
  } catch {
    failed++;
  }
}
console.log(JSON.stringify({ files: ids.length, statements, failed }));
