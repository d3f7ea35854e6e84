import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-enum-value-removed',
    defaultSeverity: 'error',
    summary: 'An enum of a standalone schema loses a value.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'enum-value-removed' && c.flow === 'event',
    message: (c) => `${subject(c, 'The enum')} no longer allows ${c.detail} (${c.object}); old producers still write it.`,
  },
);
