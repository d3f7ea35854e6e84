import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'base-path-changed',
    defaultSeverity: 'error',
    summary: 'The base path (Swagger 2.0 `basePath` or every OAS 3 server path) changes: every endpoint moves.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'base-path-changed',
    message: (c) => `The base path changed (${c.detail}); every endpoint moves and old clients call the old URLs.`,
  },
);
