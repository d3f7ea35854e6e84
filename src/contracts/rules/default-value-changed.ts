import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'default-value-changed',
    defaultSeverity: 'warning',
    summary: 'A default value changes: what an absent value means differs between the two releases.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'default-changed',
    message: (c) =>
      c.flow === 'request'
        ? `${c.parameter ? 'Parameter' : 'Request'} ${subject(c)}: ${c.detail}${affected(c)}; clients that omit it get another behaviour from the new server, and the previous one again after a rollback.`
        : `${subject(c, 'The schema')}: ${c.detail} (${c.object})${affected(c)}; readers that fill in the default for an absent value now disagree with writers of the other release.`,
  },
);
