/** The explicit registry of contract rules (SPEC 7.2 and 7.3). */
import type { RuleMeta } from '../../findings.js';

export const contractRules: RuleMeta[] = [];
