import { defineContractRule, subject } from './types.js';

export default defineContractRule(
  {
    id: 'schema-keyword-changed',
    defaultSeverity: 'warning',
    summary: 'A schema keyword the differ does not compare changed (not, if/then/else, patternProperties, contains, …): reported, never passed in silence.',
  },
  {
    direction: null,
    matches: (c) => c.kind === 'keyword-changed',
    message: (c) =>
      `${subject(c, 'The schema')}: ${c.detail} (${c.object}). rollback-guard does not judge what this keyword accepts, so it cannot tell whether the previous release's clients or consumers still work with it: check by hand.`,
  },
);
