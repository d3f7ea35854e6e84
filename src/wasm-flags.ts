/**
 * V8 flags for the SQL parsers' WebAssembly, set before any module is compiled (imported first by
 * the entry points). By default V8 recompiles hot WASM functions with TurboFan in the background,
 * and a process cannot exit until that work is done: with libpg-query (1.7 MB) and sqlparser-rs
 * (3.5 MB) that cost more than it saved on every run measured here. Baseline (Liftoff) code only:
 * `sql` on one file 0.38 -> 0.29 s; over the corpus, SQLite 1.17 -> 0.71 s, CockroachDB 0.62 -> 0.44 s,
 * Postgres 1.27 -> 1.18 s (bench/sql/README.md).
 *
 * Set at run time, `--liftoff-only` alone keeps TurboFan away on V8 11 and 12 (Node 20, 22) but not
 * on V8 13 (Node 24, the Action's runtime): there dynamic tiering stayed on, and TurboFan recompiled
 * libpg-query's parser in the background for ~2 s and 600 MB after every Postgres run, the process
 * waiting for it (CockroachDB corpus 0.39 s -> 2.3 s). Turning tier-up off by name fixes that.
 */
import { setFlagsFromString } from 'node:v8';

const WASM_FLAGS = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering';

// An unknown flag makes V8 print an error line, so only the engines checked here get them: V8 11
// (Node 20), 12 (Node 22), 13 (Node 24) and 14 (Node 25) have all three. Elsewhere nothing changes
// but speed.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 11 && v8Major <= 14) setFlagsFromString(WASM_FLAGS);
