import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-type-changed',
    defaultSeverity: 'error',
    summary: 'A type in a standalone schema is narrowed or changed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'type-changed' && c.flow === 'event',
    message: (c) =>
      `${subject(c, 'The schema')} changed type: ${c.detail} (${c.object}); old and new producers and consumers meet in the same queue or table, so messages one side writes no longer validate for the other.`,
  },
);
