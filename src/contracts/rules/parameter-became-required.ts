import { defineContractRule, affected } from './types.js';

export default defineContractRule(
  {
    id: 'parameter-became-required',
    defaultSeverity: 'error',
    summary: 'A parameter becomes required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'parameter-became-required',
    message: (c) => `${c.detail.charAt(0).toUpperCase() + c.detail.slice(1)} became required${affected(c)}; old clients may omit it.`,
  },
);
