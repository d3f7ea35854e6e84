import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-enum-value-removed',
    defaultSeverity: 'error',
    summary: 'A request enum loses a value old clients send.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'enum-value-removed' && c.flow === 'request' && !c.parameter,
    message: (c) => `Request ${subject(c, 'enum')} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`,
  },
);
