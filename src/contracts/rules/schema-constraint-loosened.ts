import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-constraint-loosened',
    defaultSeverity: 'warning',
    summary: 'A constraint of a standalone schema or message payload is loosened (max up, min down, pattern removed).',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'constraint-loosened' && c.flow === 'event',
    message: (c) =>
      `${subject(c, 'The schema')} constraint loosened: ${c.detail} (${c.object}); old consumers that validate messages may refuse what new producers write.`,
  },
);
