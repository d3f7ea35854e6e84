import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-enum-value-added',
    defaultSeverity: 'warning',
    summary: 'A response enum gains a value old clients don\'t know.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'enum-value-added' && c.flow === 'response',
    message: (c) => `Response ${subject(c, 'enum')} gained ${c.detail}${affected(c)}; old clients do not know it.`,
  },
);
