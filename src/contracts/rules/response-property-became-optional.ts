import { defineContractRule, affected, fieldKind, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-property-became-optional',
    defaultSeverity: 'error',
    summary: 'A response property is no longer required.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'property-became-optional' && c.flow === 'response',
    message: (c) => `Response ${fieldKind(c)} ${subject(c)} is no longer required${affected(c)}; old clients expect it in every response.`,
  },
);
