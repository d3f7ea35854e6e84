import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-enum-value-added',
    defaultSeverity: 'warning',
    summary: 'An enum of a standalone schema gains a value: old consumers meet an unknown value after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'enum-value-added' && c.flow === 'event',
    message: (c) => `${subject(c, 'The enum')} gained ${c.detail} (${c.object}); old consumers meet it during the rollout and after a rollback.`,
  },
);
