import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-property-removed',
    defaultSeverity: 'warning',
    summary: 'A property is removed from a request body schema; old clients still send it.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-removed' && c.flow === 'request',
    message: (c) => `Request property ${subject(c)} was removed${affected(c)}; old clients still send it and the server now ignores or rejects it.`,
  },
);
