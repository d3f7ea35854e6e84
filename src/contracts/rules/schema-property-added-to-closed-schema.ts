import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-property-added-to-closed-schema',
    defaultSeverity: 'error',
    summary: 'A property is added to a schema whose base version forbade extra properties: old consumers reject the new messages.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'property-added-to-closed' && c.flow === 'event',
    message: (c) => `Property ${subject(c)} is new in a schema that forbade extra properties (${c.object}); old consumers reject messages that carry it.`,
  },
);
