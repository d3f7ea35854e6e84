import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-property-became-nullable',
    defaultSeverity: 'warning',
    summary: 'A response property may now be null.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'became-nullable' && c.flow === 'response',
    message: (c) => `Response ${subject(c)} may now be null${affected(c)}; old clients do not expect null.`,
  },
);
