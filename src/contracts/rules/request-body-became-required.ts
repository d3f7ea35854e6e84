import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'request-body-became-required',
    defaultSeverity: 'error',
    summary: 'A request body becomes required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'request-body-became-required',
    message: (c) => `The request body became required${affected(c)}; old clients that send none are rejected.`,
  },
);
