import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-enum-value-added',
    defaultSeverity: 'warning',
    summary: 'A request enum gains a value that the old server rejects after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'enum-value-added' && c.flow === 'request',
    message: (c) => `Request ${subject(c, 'enum')} now accepts ${c.detail}${affected(c)}; clients that send it are rejected by the old server after a rollback.`,
  },
);
