import { defineContractRule, affected, fieldKind, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-property-removed',
    defaultSeverity: 'error',
    summary: 'A property is removed from a response body schema (at any depth).',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-removed' && c.flow === 'response',
    message: (c) => `Response ${fieldKind(c)} ${subject(c)} was removed${affected(c)}; clients built against the previous version still read it.`,
  },
);
