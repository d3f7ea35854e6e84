import { affected, defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'message-removed',
    defaultSeverity: 'error',
    summary: 'An AsyncAPI message that the application sends or receives on a channel is removed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'message-removed',
    message: (c) =>
      `The ${c.detail.replace(/^message /, 'message ')} was removed${affected(c)}; consumers built against the previous version still wait for it, producers still send it, and the previous release (after a rollback) expects it again.`,
  },
);
