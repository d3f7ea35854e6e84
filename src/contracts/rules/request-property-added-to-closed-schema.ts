import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-property-added-to-closed-schema',
    defaultSeverity: 'warning',
    summary: 'A property is added to a request schema that the old server closed to extra properties.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'property-added-to-closed' && c.flow === 'request',
    message: (c) => `Request property ${subject(c)} is new in a schema that forbade extra properties${affected(c)}; clients that send it are rejected by the old server after a rollback.`,
  },
);
