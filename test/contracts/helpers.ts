/** In-memory runs of the contract analyser for table tests. */
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { runEngine } from '../../src/engine.js';
import type { RawFinding } from '../../src/findings.js';
import { DATA_FILE, type SearchableSnapshot } from '../../src/contracts/refs.js';

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

/**
 * An in-memory snapshot with the optional look-ups of a git snapshot: `unreadable(path)` for the
 * paths given in `unreadable` (they read as null), and, with `search`, `filesContaining(needle)`.
 * Every read and search is logged, so a test can say which files the analyser looked at.
 */
export function searchableSnapshot(files: Files, options: { unreadable?: Record<string, string>; search?: boolean } = {}) {
  const log = { reads: [] as string[], searches: [] as string[], lists: 0 };
  const unreadable = options.unreadable ?? {};
  const snapshot: SearchableSnapshot = {
    list: () => {
      log.lists++;
      return [...new Set([...Object.keys(files), ...Object.keys(unreadable)])].sort();
    },
    read: (path) => {
      log.reads.push(path);
      return path in unreadable ? null : (files[path] ?? null);
    },
    unreadable: (path) => unreadable[path],
    ...(options.search
      ? {
          filesContaining: (needle: string | readonly string[]) => {
            const needles = typeof needle === 'string' ? [needle] : needle;
            log.searches.push(...needles);
            return Object.keys(files)
              .filter((p) => DATA_FILE.test(p) && !(p in unreadable) && needles.some((n) => files[p].includes(n)))
              .sort();
          },
        }
      : {}),
  };
  return { snapshot, log };
}

/** A change set between two searchable snapshots: every path whose text differs is a change. */
export function searchableChanges(
  base: Files,
  head: Files,
  options: { unreadable?: Record<string, string>; search?: boolean; skipped?: { file: string; reason: string }[] } = {},
) {
  const b = searchableSnapshot(base, { search: options.search });
  const h = searchableSnapshot(head, options);
  const changes = changeSetFromTrees(base, head);
  for (const path of Object.keys(options.unreadable ?? {})) {
    if (!changes.files.some((f) => f.path === path)) changes.files.push({ path, status: path in base ? 'modified' : 'added' });
  }
  return { changes: { ...changes, baseTree: b.snapshot, headTree: h.snapshot, skipped: options.skipped ?? [] }, baseLog: b.log, headLog: h.log };
}
