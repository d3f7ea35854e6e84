import { defineContractRule } from './types.js';

export default defineContractRule(
  {
    id: 'invalid-contract',
    defaultSeverity: 'error',
    summary: 'The head version of a contract does not parse or is not a valid OpenAPI or JSON Schema document.',
  },
  {
    direction: null,
    // file-level problems are emitted by the analyser itself; from the differ, only this one
    matches: (c) => c.kind === 'too-deep',
    message: (c) => `This contract is not valid: ${c.detail}.`,
  },
);
