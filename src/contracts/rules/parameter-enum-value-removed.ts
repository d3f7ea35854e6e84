import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'parameter-enum-value-removed',
    defaultSeverity: 'error',
    summary: 'A parameter enum loses a value old clients send.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'enum-value-removed' && c.flow === 'request' && c.parameter,
    message: (c) => `Parameter ${subject(c)} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`,
  },
);
