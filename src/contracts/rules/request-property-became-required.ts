import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-property-became-required',
    defaultSeverity: 'error',
    summary: 'A request property becomes required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-became-required' && c.flow === 'request',
    message: (c) => `Request property ${subject(c)} became required${affected(c)}; old clients may omit it.`,
  },
);
