import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-property-became-required',
    defaultSeverity: 'error',
    summary: 'A property of a standalone schema becomes required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-became-required' && c.flow === 'event',
    message: (c) => `Property ${subject(c)} became required (${c.object}); messages from old producers may lack it.`,
  },
);
