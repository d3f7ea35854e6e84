import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'endpoint-removed',
    defaultSeverity: 'error',
    summary: 'An operation (path and method) that old clients call is removed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'endpoint-removed',
    message: (c) => `Operation ${c.detail} was removed; clients built against the previous version still call it.`,
  },
);
