/**
 * Bench runner: diff two contract files the way `rollback-guard contract BASE HEAD` does, and
 * print the findings with wall time and peak RSS of this process.
 * Usage (after build.mjs): node .tmp/bench-contracts.mjs BASE HEAD [api|event]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Snapshot } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';

const started = performance.now();
const [baseFile, headFile, role] = process.argv.slice(2).map((a, i) => (i < 2 ? resolve(a) : a));

/** Files under `root`, read lazily; `override` maps one repository path to another file. */
function dirSnapshot(root: string, override: Map<string, string>): Snapshot {
  let listing: string[] | null = null;
  return {
    list() {
      if (!listing) {
        listing = [];
        const walk = (dir: string): void => {
          for (const name of readdirSync(dir)) {
            const full = join(dir, name);
            if (statSync(full).isDirectory()) walk(full);
            else listing!.push(relative(root, full).split('\\').join('/'));
          }
        };
        walk(root);
      }
      return listing;
    },
    read(path) {
      const full = override.get(path) ?? join(root, path);
      return existsSync(full) ? readFileSync(full, 'utf8') : null;
    },
  };
}

const rel = `${basename(headFile, extname(headFile))}${extname(headFile)}`;
const baseTree = dirSnapshot(dirname(baseFile), new Map([[rel, baseFile]]));
const headTree = dirSnapshot(dirname(headFile), new Map([[rel, headFile]]));
const out = analyseContracts({
  changes: { base: baseFile, head: headFile, files: [{ path: rel, status: 'modified' }], baseTree, headTree, skipped: [] },
  config: defaultConfig(),
  force: { contracts: [{ path: rel, role: role === 'event' ? 'event' : 'api' }] },
});
const wallMs = performance.now() - started;
const byRule: Record<string, number> = {};
for (const f of out.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
process.stdout.write(
  JSON.stringify({
    wallMs: Math.round(wallMs),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    findings: out.findings.length,
    byRule,
    list: out.findings.map((f) => ({ rule: f.rule, line: f.line, object: f.object, message: f.message, endpoints: f.endpoints })),
  }) + '\n',
);
