import { defineContractRule, never } from './types.js';

export default defineContractRule(
  {
    id: 'invalid-contract',
    defaultSeverity: 'error',
    summary: 'The head version of a contract does not parse or is not a valid OpenAPI or JSON Schema document.',
  },
  {
    direction: null,
    matches: never,
    message: (c) => `This contract is not valid: ${c.detail}.`,
  },
);
