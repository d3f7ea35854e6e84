import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-closed-to-extra-properties',
    defaultSeverity: 'error',
    summary: '`additionalProperties: false` is added to a request schema.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'closed-to-extra-properties' && c.flow === 'request',
    message: (c) => `Request schema${c.name ? ' ' + subject(c) : ''} now rejects unknown properties (${c.detail})${affected(c)}; old clients may send extra fields.`,
  },
);
