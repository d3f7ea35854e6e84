import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-constraint-tightened',
    defaultSeverity: 'error',
    summary: 'A request constraint is tightened (max down, min up, pattern or format added or changed).',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'constraint-tightened' && c.flow === 'request',
    message: (c) => `Request ${subject(c)} constraint tightened: ${c.detail}${affected(c)}; values old clients send may now be rejected.`,
  },
);
