import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-constraint-tightened',
    defaultSeverity: 'error',
    summary: 'A constraint of a standalone schema is tightened.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'constraint-tightened' && c.flow === 'event',
    message: (c) => `${subject(c, 'The schema')} constraint tightened: ${c.detail} (${c.object}); existing messages may no longer validate.`,
  },
);
