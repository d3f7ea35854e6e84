/** Every rule's metadata in one table: the `rules` command, the policy and SARIF read it. */
import type { RuleMeta } from './findings.js';
import { migrationRules } from './migrations/rules/index.js';
import { contractRules } from './contracts/rules/index.js';
import { processRules } from './policy/process-rules.js';

export const allRules: RuleMeta[] = [
  ...migrationRules.map((r) => r.meta),
  ...contractRules,
  ...processRules,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
