import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'parameter-type-changed',
    defaultSeverity: 'error',
    summary: 'A parameter\'s type or format changes so that values old clients send are rejected.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'type-changed' && c.flow === 'request' && c.parameter,
    message: (c) => `Parameter ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`,
  },
);
