import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'endpoint-added',
    defaultSeverity: 'notice',
    summary: 'A new operation: clients that adopt it get 404 after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'endpoint-added',
    message: (c) => `New operation ${c.detail}: clients that adopt it get 404 if this release is rolled back.`,
  },
);
