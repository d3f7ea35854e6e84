import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'request-media-type-removed',
    defaultSeverity: 'error',
    summary: 'A request content type is no longer accepted.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'request-media-type-removed',
    message: (c) => `Request content type ${c.detail} is no longer accepted${affected(c)}; old clients still send it.`,
  },
);
