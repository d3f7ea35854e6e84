import { defineContractRule, never } from './types.js';

export default defineContractRule(
  {
    id: 'external-ref',
    defaultSeverity: 'error',
    summary: 'A `$ref` points to a URL or outside the repository, which the gate never reads.',
  },
  {
    direction: null,
    matches: never,
    message: (c) => `$ref ${c.detail} cannot be checked: the gate never fetches URLs or reads outside the repository.`,
  },
);
