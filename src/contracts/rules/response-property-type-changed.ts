import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-property-type-changed',
    defaultSeverity: 'error',
    summary: 'A response property\'s type or format changes.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'type-changed' && c.flow === 'response',
    message: (c) =>
      c.severity === 'warning'
        ? `Response ${subject(c)} changed type: ${c.detail}${affected(c)}; like a new enum value, old clients that dispatch on the variants meet one they do not know.`
        : `Response ${subject(c)} changed type: ${c.detail}${affected(c)}; old clients cannot read the new values.`,
  },
);
