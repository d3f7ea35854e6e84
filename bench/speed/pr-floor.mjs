/**
 * The floor of the 1,000-file PR row (`pr-1000`): what `check` cannot go below with git and this
 * parser, run in the repository the row checks. Nothing but: `git diff --raw -z` of the two
 * commits, one `git cat-file --batch` reading each added or changed `.sql` file's blob, and
 * libpg-query's `parseSync` of each file whole (the tree as a JavaScript object, its JSON parsed).
 * No config, no planning, no base replay, no splitting or mapping, no rules, no report.
 *
 *   node bench/speed/pr-floor.mjs REPO BASE HEAD
 */
import './product-wasm-flags.mjs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [cwd, base, head] = process.argv.slice(2);
const git = (args, input) => {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
};
// `--raw` names each file's blob at head: cat-file reads by object id (a `HEAD:path` per file would
// make git walk the tree for each, 0.17 s for 1,000 files in one folder).
const ids = [];
const raw = git(['diff', '--raw', '-z', '--no-abbrev', '--diff-filter=AM', base, head, '--']).toString('utf8').split('\0');
for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i + 1].endsWith('.sql')) ids.push(raw[i].split(' ')[3]);
const blobs = git(['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''));
const pg = createRequire(import.meta.url)('libpg-query');
await pg.loadModule();
let at = 0;
let statements = 0;
let failed = 0;
for (let i = 0; i < ids.length; i++) {
  const eol = blobs.indexOf(10, at);
  const size = Number(blobs.subarray(at, eol).toString('latin1').split(' ')[2]);
  const text = blobs.subarray(eol + 1, eol + 1 + size).toString('utf8');
  at = eol + 1 + size + 1;
  try {
    statements += pg.parseSync(text).stmts?.length ?? 0;
  } catch {
    failed++;
  }
}
console.log(JSON.stringify({ files: ids.length, statements, failed }));
