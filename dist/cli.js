#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  cliCacheDir,
  startCompileCache
} from "./chunk-VBKQPGUY.js";
import "./chunk-U623IIGW.js";

// src/cli-entry.ts
startCompileCache(cliCacheDir(process.argv.slice(2), process.env, process.cwd()));
var { main } = await import("./chunk-25QSMHK6.js");
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
var code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
process.exitCode = code;
