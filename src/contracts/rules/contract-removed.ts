import { defineContractRule, never } from './types.js';

export default defineContractRule(
  {
    id: 'contract-removed',
    defaultSeverity: 'error',
    summary: 'A contract file is deleted.',
  },
  {
    direction: 'deploy',
    matches: never,
    message: (c) => `The contract ${c.detail} was deleted; clients and consumers built against it lose their description.`,
  },
);
