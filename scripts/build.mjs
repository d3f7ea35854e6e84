// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild, each self-contained:
// they run with no node_modules; the parsers' .wasm files are copied next to them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Emscripten and CommonJS dependencies expect require/__dirname; an ESM bundle has neither.
const banner = [
  "import { createRequire as __rgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __rgFileURLToPath } from 'node:url';",
  "import { dirname as __rgDirname } from 'node:path';",
  'const require = __rgCreateRequire(import.meta.url);',
  'const __filename = __rgFileURLToPath(import.meta.url);',
  'const __dirname = __rgDirname(__filename);',
].join('\n');

/**
 * A dependency file loaded with `patch` applied; the build stops when `applied` says the patch did
 * not take (the dependency changed: update the patch here).
 */
function patchOnLoad(b, filter, name, patch, applied) {
  b.onLoad({ filter }, async (args) => {
    const patched = patch(readFileSync(args.path, 'utf8'));
    if (!applied(patched)) throw new Error(`${name} no longer reads as scripts/build.mjs expects; update the patch there`);
    return { contents: patched, loader: 'js', resolveDir: dirname(args.path) };
  });
}

const LIBPG_TO_WASM = `    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }`;

const patchParsers = {
  name: 'patch-parsers',
  setup(b) {
    // sqlparser-ts looks for its WASM at `../wasm/` from its own module; in the bundle it sits
    // beside dist/*.js. Its async init asks `typeof Response`, which makes Node load its fetch
    // implementation (undici, ~45 ms of start-up); the synchronous init compiles the same bytes.
    patchOnLoad(
      b,
      /sqlparser-ts[\\/]dist[\\/]index\.mjs$/,
      'sqlparser-ts',
      (source) =>
        source
          .replaceAll('"../wasm/sqlparser_rs_wasm_bg.wasm"', '"./sqlparser_rs_wasm_bg.wasm"')
          .replace('await wasm.default({ module_or_path: bytes });', 'wasm.initSync({ module: bytes });'),
      (patched) => patched.includes('"./sqlparser_rs_wasm_bg.wasm"') && patched.includes('wasm.initSync({ module: bytes })'),
    );
    // libpg-query's wrapper moves every query into WASM memory and every parse tree out of it with
    // Emscripten's JavaScript UTF-8 loops (a length pass, an encoding pass, a scan for the final
    // NUL); TextEncoder and indexOf do the same natively (~30 ms of a Postgres corpus run).
    patchOnLoad(
      b,
      /libpg-query[\\/]wasm[\\/]index\.cjs$/,
      'libpg-query',
      (source) =>
        source
          .replace(
            LIBPG_TO_WASM,
            `    const bytes = __rgUtf8Encoder.encode(str);
    const ptr = wasmModule._malloc(bytes.length + 1);
    try {
        wasmModule.HEAPU8.set(bytes, ptr);
        wasmModule.HEAPU8[ptr + bytes.length] = 0;
        return ptr;
    }`,
          )
          .replaceAll('wasmModule.UTF8ToString(', '__rgUtf8ToString(wasmModule, ')
          .concat(
            `
var __rgUtf8Encoder = new TextEncoder();
var __rgUtf8Decoder = new TextDecoder();
function __rgUtf8ToString(module, ptr) {
    if (!ptr) return '';
    const heap = module.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return __rgUtf8Decoder.decode(heap.subarray(ptr, end === -1 ? heap.length : end));
}
`,
          ),
      (patched) => !patched.includes(LIBPG_TO_WASM) && patched.includes('__rgUtf8ToString(wasmModule, parseTreePtr)'),
    );
  },
};

/**
 * @actions/core imports two modules for features rollback-guard never uses: `oidc-utils.js`
 * (core.getIDToken, through @actions/http-client and its bundled undici: ~190 modules and ~60 ms
 * of the Action's start-up on a PR with nothing to analyse) and `platform.js` (core.platform,
 * through @actions/exec). Both are replaced by modules that say so if they are ever called.
 */
const trimActionsCore = {
  name: 'trim-actions-core',
  setup(b) {
    b.onLoad({ filter: /@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/ }, () => ({
      contents: `export class OidcClient { static getIDToken() { throw new Error('rollback-guard does not request OIDC tokens (core.getIDToken is not bundled)'); } }`,
      loader: 'js',
    }));
    b.onLoad({ filter: /@actions[\\/]core[\\/]lib[\\/]platform\.js$/ }, () => ({
      contents: [
        "import os from 'node:os';",
        'export const platform = os.platform();',
        'export const arch = os.arch();',
        "export const isWindows = platform === 'win32';",
        "export const isMacOS = platform === 'darwin';",
        "export const isLinux = platform === 'linux';",
        "export function getDetails() { throw new Error('rollback-guard does not use core.platform.getDetails (@actions/exec is not bundled)'); }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [patchParsers, trimActionsCore],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __ROLLBACK_GUARD_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

// One build of both entries with code splitting: what only some commands need (the SQL parsers,
// Octokit, ajv's meta-schemas) sits in chunks beside them that are loaded by dynamic import, so
// `rollback-guard contract` never compiles node-sql-parser. Chunks stay in dist/ itself, where the
// parsers look for their .wasm files (__dirname).
await build({
  ...common,
  entryPoints: { index: 'src/action-entry.ts', cli: 'src/cli-entry.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  banner: { js: banner },
});

/** WASM files the bundled parsers load from the bundle's own directory. */
const wasm = [
  ['node_modules/libpg-query/wasm/libpg-query.wasm', 'libpg-query.wasm'],
  ['node_modules/@guanmingchiu/sqlparser-ts/wasm/sqlparser_rs_wasm_bg.wasm', 'sqlparser_rs_wasm_bg.wasm'],
];
// tree-sitter and the grammars of migrations written as code (src/migrations/code/tree-sitter.ts
// loads them only when a PR touches a migration in that language).
for (const name of ['tree-sitter', ...['python', 'ruby', 'php', 'c-sharp', 'java', 'javascript', 'typescript', 'tsx'].map((l) => `tree-sitter-${l}`)]) {
  wasm.push([`node_modules/@vscode/tree-sitter-wasm/wasm/${name}.wasm`, `${name}.wasm`]);
}
for (const [from, to] of wasm) {
  if (existsSync(join(root, from))) copyFileSync(join(root, from), join(dist, to));
}
