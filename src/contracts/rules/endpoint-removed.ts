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
    message: (c) =>
      / (webhook|callback) /.test(c.detail)
        ? `${c.detail.includes(' webhook ') ? 'Webhook' : 'Callback'} ${c.detail} was removed; receivers built against the previous version still wait for it.`
        : `Operation ${c.detail} was removed; clients built against the previous version still call it.`,
  },
);
