/**
 * The WebAssembly flags the CLI and the Action set before any WASM is compiled (src/wasm-flags.ts:
 * Liftoff code only, no tier-up), read from that file so a floor script parses with the same engine
 * settings as the product. Imported first by the floor scripts (floor.mjs, corpus-floor.mjs,
 * pr-floor.mjs). Without them V8 recompiles libpg-query with TurboFan in the background and the
 * process waits for it at exit: session 11 measured the corpus floor at 0.55–0.66 s without and
 * 0.42–0.48 s with them, which had made every floor look slower than what the product pays.
 * Throws when the flags cannot be found, rather than measure a floor the product does not run.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

const source = readFileSync(new URL('../../src/wasm-flags.ts', import.meta.url), 'utf8');
const found = /const WASM_FLAGS = '([^']+)'/.exec(source);
if (!found) throw new Error('bench/speed/product-wasm-flags.mjs: WASM_FLAGS not found in src/wasm-flags.ts');
const v8Major = Number(process.versions.v8.split('.')[0]);
// The same engines as src/wasm-flags.ts (V8 11–14): elsewhere V8 would print an unknown-flag error.
if (v8Major >= 11 && v8Major <= 14) setFlagsFromString(found[1]);
export const WASM_FLAGS = found[1];
