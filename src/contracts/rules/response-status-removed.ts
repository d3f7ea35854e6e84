import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'response-status-removed',
    defaultSeverity: 'error',
    summary: 'A documented 2xx response status is removed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'response-status-removed',
    message: (c) => `Response ${c.detail} was removed from ${[...c.endpoints].join(', ')}; clients built for it no longer get it.`,
  },
);
