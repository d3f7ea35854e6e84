import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-required-property-added',
    defaultSeverity: 'error',
    summary: 'A new required property: old producers\' messages lack it.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'required-property-added' && c.flow === 'event',
    message: (c) => `New required property ${subject(c)} (${c.object}); messages from old producers lack it.`,
  },
);
