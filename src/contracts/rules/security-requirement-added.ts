import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'security-requirement-added',
    defaultSeverity: 'error',
    summary: 'An operation needs new or stronger security.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'security-requirement-added',
    message: (c) => `Security tightened${affected(c)}: ${c.detail}; old clients are refused.`,
  },
);
