import { defineContractRule, affected, fieldKind, subject } from './types.js';

export default defineContractRule(
  {
    id: 'response-property-added',
    defaultSeverity: 'notice',
    summary: 'A new response property: clients must tolerate its absence after a rollback.',
  },
  {
    direction: 'rollback',
    matches: (c) => (c.kind === 'optional-property-added' || c.kind === 'required-property-added' || c.kind === 'property-added-to-closed') && c.flow === 'response',
    message: (c) => `New response ${fieldKind(c)} ${subject(c)}${affected(c)}: clients that start reading it must tolerate its absence after a rollback.`,
  },
);
