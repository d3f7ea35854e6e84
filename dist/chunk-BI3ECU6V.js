import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/wasm-flags.ts
import { setFlagsFromString } from "node:v8";
var WASM_FLAGS = "--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering";
var v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 11 && v8Major <= 14) setFlagsFromString(WASM_FLAGS);
