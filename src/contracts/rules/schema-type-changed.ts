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
    message: (c) => `${subject(c, 'The schema')} changed type: ${c.detail} (${c.object}); stored and in-flight messages no longer validate.`,
  },
);
