/** In-memory runs of the contract analyser for table tests. */
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { runEngine } from '../../src/engine.js';
import type { RawFinding } from '../../src/findings.js';

export type Files = Record<string, string>;

export function contractFindings(base: Files, head: Files, configure?: (c: Config) => void): RawFinding[] {
  const config = defaultConfig();
  configure?.(config);
  return analyseContracts({ changes: changeSetFromTrees(base, head), config }).findings;
}

/** Findings of one file pair `path` (YAML or JSON), as `rule` ids. */
export function rulesFor(path: string, base: string, head: string, role?: 'api' | 'event'): string[] {
  const findings = contractFindings({ [path]: base }, { [path]: head }, (c) => {
    if (role) c.contracts = [{ path, role }];
  });
  return findings.map((f) => f.rule).sort();
}

export function engineReport(base: Files, head: Files, configure?: (c: Config) => void) {
  const config = defaultConfig();
  configure?.(config);
  return runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' });
}

/** A minimal OpenAPI 3.0 document around one operation's pieces (YAML text). */
export function oas(paths: string, extra = ''): string {
  return `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${indent(paths, 2)}\n${extra}`;
}

export function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l.trim() ? pad + l : l))
    .join('\n');
}
