import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-property-removed',
    defaultSeverity: 'error',
    summary: 'A property is removed from a standalone schema.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-removed' && c.flow === 'event',
    message: (c) => `Property ${subject(c)} was removed (${c.object}); old consumers still read it and old producers still write it.`,
  },
);
