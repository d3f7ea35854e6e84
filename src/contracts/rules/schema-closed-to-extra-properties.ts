import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'schema-closed-to-extra-properties',
    defaultSeverity: 'error',
    summary: '`additionalProperties: false` (or `unevaluatedProperties: false`) is added to a standalone schema.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'closed-to-extra-properties' && c.flow === 'event',
    message: (c) => `The schema now rejects unknown properties (${c.detail}, ${c.object}); messages with extra fields no longer validate.`,
  },
);
