/**
 * The headline every report opens with when the configuration names mission-critical scenarios
 * (docs/scenarios.md): "Mission-critical: *Place an order* is affected", or "No mission-critical
 * scenario is affected". Nothing when none is configured (`critical:` alone is unnamed: no headline).
 */
import type { Report } from '../findings.js';

/** Names listed in one headline; past that, "and N more" (the check-run title and a terminal line stay short). */
export const MAX_NAMED_IN_HEADLINE = 5;

export interface ScenarioHeadline {
  affected: string[];
  /** The sentence, with each name passed through `name` (markdown escaping, colour). */
  text: string;
}

/** The headline, or null when no named scenario is configured. `name` formats one scenario's name (default `*name*`). */
export function scenarioHeadline(report: Pick<Report, 'scenarios'>, name: (n: string) => string = (n) => `*${n}*`): ScenarioHeadline | null {
  const all = report.scenarios ?? [];
  if (all.length === 0) return null;
  const affected = all.filter((s) => s.affected).map((s) => s.name);
  if (affected.length === 0) return { affected, text: 'No mission-critical scenario is affected' };
  const shown = affected.slice(0, MAX_NAMED_IN_HEADLINE).map(name);
  const more = affected.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return { affected, text: `Mission-critical: ${list} ${affected.length === 1 ? 'is' : 'are'} affected` };
}
