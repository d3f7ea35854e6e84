import { affected, defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'channel-removed',
    defaultSeverity: 'error',
    summary: 'An AsyncAPI channel that the previous release sends or receives on is removed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'channel-removed',
    message: (c) =>
      `Channel ${c.detail.replace(/^channel /, '')} was removed${affected(c)}; consumers still subscribed to it stop getting messages, producers still publishing to it go unheard, and its queued messages are left behind.`,
  },
);
