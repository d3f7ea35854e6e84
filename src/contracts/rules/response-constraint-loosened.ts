import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-constraint-loosened',
    defaultSeverity: 'warning',
    summary: 'A response constraint is loosened (max up or removed, min down or removed, pattern removed or changed).',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'constraint-loosened' && c.flow === 'response',
    message: (c) =>
      `Response ${subject(c)} constraint loosened: ${c.detail}${affected(c)}; clients built against the previous version that validate responses (or size buffers and columns by them) may refuse the new values.`,
  },
);
