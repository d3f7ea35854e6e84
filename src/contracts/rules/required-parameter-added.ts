import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'required-parameter-added',
    defaultSeverity: 'error',
    summary: 'A new required parameter is added.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'required-parameter-added',
    message: (c) => `New required ${c.detail}${affected(c)}; old clients do not send it.`,
  },
);
