import { resolve } from 'node:path';
import './wasm-flags.js';
import { compileCacheDir, startCompileCache } from './compile-cache.js';

// Node's compile cache (the Action's Node 24) before the rest of the bundle is imported (docs/cache.md),
// in the git directory of the repository the `working-directory` input names.
const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), process.env['INPUT_WORKING-DIRECTORY']?.trim() || '.');
startCompileCache(compileCacheDir(process.env, workspace, true));
const { main } = await import('./action.js');

// Stopped (Ctrl-C, a cancelled job): exit through 'exit' so temporary folders are removed.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

await main();
