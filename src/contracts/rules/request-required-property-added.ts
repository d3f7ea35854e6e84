import { defineContractRule, affected, subject } from './types.js';

export default defineContractRule(
  {
    id: 'request-required-property-added',
    defaultSeverity: 'error',
    summary: 'A new required property is added to a request body schema.',
  },
  {
    direction: 'deploy',
    matches: (c) => c.kind === 'required-property-added' && c.flow === 'request',
    message: (c) =>
      c.severity === 'warning'
        ? `New required request property ${subject(c)}${affected(c)}; old clients do not send it, and it has a default: a warning, as long as the server fills the default when it is missing.`
        : `New required request property ${subject(c)}${affected(c)}; old clients do not send it.`,
  },
);
