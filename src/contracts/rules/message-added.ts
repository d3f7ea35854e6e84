import { affected, defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'message-added',
    defaultSeverity: 'notice',
    summary: 'A new AsyncAPI message on an existing channel: it disappears again after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => c.kind === 'message-added',
    message: (c) =>
      `New ${c.detail}${affected(c)}: if this release is rolled back the previous one neither sends nor reads it; consumers that adopt it must live without it, and producers' messages of this kind go unread.`,
  },
);
