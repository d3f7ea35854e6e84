import type { RuleMeta } from '../findings.js';

/** Rules about the gate itself (SPEC 7.4). */
export const processRules: RuleMeta[] = [
  {
    id: 'config-changed',
    category: 'config',
    defaultSeverity: 'notice',
    summary: "The PR changes the gate's configuration; the change applies after merge.",
  },
  {
    id: 'invalid-config',
    category: 'config',
    defaultSeverity: 'error',
    summary: 'The configuration file does not validate; the CLI exits 2.',
  },
  {
    id: 'unreadable-file',
    category: 'config',
    defaultSeverity: 'error',
    summary: 'A changed file that an analyser needs could not be read (too large, undecodable, a link out of the repository).',
  },
  {
    id: 'suppression-without-reason',
    category: 'config',
    defaultSeverity: 'warning',
    summary: 'An inline suppression gives no reason.',
  },
  {
    id: 'unused-suppression',
    category: 'config',
    defaultSeverity: 'notice',
    summary: 'An inline suppression matches no finding.',
  },
];
