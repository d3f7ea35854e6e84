import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'response-media-type-removed',
    defaultSeverity: 'error',
    summary: 'A response content type is removed.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'response-media-type-removed',
    message: (c) => `Response content type ${c.detail} was removed${affected(c)}; clients that ask for it get another format or 406.`,
  },
);
