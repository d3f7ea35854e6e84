import { affected, defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'channel-added',
    defaultSeverity: 'notice',
    summary: 'A new AsyncAPI channel: what adopts it goes quiet after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'channel-added',
    message: (c) =>
      `New channel ${c.detail.replace(/^channel /, '')}${affected(c)}: if this release is rolled back, nothing sends on it or reads from it any more; consumers and producers that adopt it must live without it.`,
  },
);
