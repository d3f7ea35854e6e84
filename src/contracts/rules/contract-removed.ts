import { defineContractRule, never } from './types.js';

export default defineContractRule(
  {
    id: 'contract-removed',
    defaultSeverity: 'error',
    summary: 'A contract file is deleted, emptied, or renamed to a file that is not a contract.',
  },
  {
    direction: 'deploy',
    matches: never,
    message: (c) => `The contract ${c.detail}; clients and consumers built against it lose their description.`,
  },
);
