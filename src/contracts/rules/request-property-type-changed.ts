import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-property-type-changed',
    defaultSeverity: 'error',
    summary: 'A request property\'s type or format changes so that values old clients send are rejected.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'type-changed' && c.flow === 'request' && !c.parameter,
    message: (c) => `Request ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`,
  },
);
