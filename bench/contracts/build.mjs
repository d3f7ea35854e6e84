// Bundles bench/contracts/entry.ts into .tmp/bench-contracts.mjs (esbuild), so the bench measures
// plain node on a bundle, as the CLI runs.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  entryPoints: [join(root, 'bench/contracts/entry.ts')],
  outfile: join(root, '.tmp/bench-contracts.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
