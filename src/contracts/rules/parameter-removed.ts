import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'parameter-removed',
    defaultSeverity: 'warning',
    summary: 'A parameter is removed; old clients still send it.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'parameter-removed',
    message: (c) => `Parameter ${c.detail} was removed${affected(c)}; old clients still send it and it is now ignored.`,
  },
);
