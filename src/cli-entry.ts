#!/usr/bin/env node
import './wasm-flags.js';
import { cliCacheDir, startCompileCache } from './compile-cache.js';

// Node's compile cache (Node >= 22.1) before the rest of the bundle is imported (docs/cache.md).
startCompileCache(cliCacheDir(process.argv.slice(2), process.env, process.cwd()));
const { main } = await import('./cli.js');

// Stopped (Ctrl-C, a cancelled job): exit through 'exit' so temporary folders are removed.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
