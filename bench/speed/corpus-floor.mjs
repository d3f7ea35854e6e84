/**
 * The floor of the Postgres corpus row: read each file named on the command line and parse it
 * whole with libpg-query's `parseSync` (which returns the tree as a JavaScript object, its JSON
 * parsed), nothing else (no splitting, no mapping, no rules, no report). What
 * `sql --dialect postgres` cannot go below with this parser, to set beside squawk's whole run.
 * A file libpg-query rejects costs its failed parse (ours then splits it and parses the pieces).
 *
 *   node bench/speed/corpus-floor.mjs FILE...
 */
import './product-wasm-flags.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('libpg-query');
await pg.loadModule();
let statements = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    statements += pg.parseSync(readFileSync(file, 'utf8')).stmts?.length ?? 0;
  } catch {
    failed++;
  }
}
console.log(JSON.stringify({ files: process.argv.length - 2, statements, failed }));
