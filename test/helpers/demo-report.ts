/** The demo PR of fixtures/demo (base and pr trees) run through the whole engine, as reports see it. */
import { changeSetFromTrees } from '../../src/changes/types.js';
import { readConfigFromTree } from '../../src/config/from-tree.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { readTree } from './fixture-tree.js';

const DEMO = new URL('../../fixtures/demo/', import.meta.url).pathname;

export async function demoReport(): Promise<{ report: Report; head: Record<string, string> }> {
  await prepareEngine();
  const base = readTree(`${DEMO}base`);
  const head = { ...base, ...readTree(`${DEMO}pr`) };
  const changes = changeSetFromTrees(base, head, { base: 'a'.repeat(40), head: 'b'.repeat(40) });
  return { report: runEngine({ changes, config: readConfigFromTree(changes.baseTree) }, { today: '2026-11-24' }), head };
}
