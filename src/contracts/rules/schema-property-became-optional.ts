import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-property-became-optional',
    defaultSeverity: 'error',
    summary: 'A property of a standalone schema is no longer required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-became-optional' && c.flow === 'event',
    message: (c) => `Property ${subject(c)} is no longer required (${c.object}); old consumers rely on it and meet messages from new producers without it.`,
  },
);
