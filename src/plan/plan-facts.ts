/**
 * The runbook's questions, answered from a report of the range (`to` as base, `from` as head):
 * is the rollback safe, which findings block it, which migrations stay applied, what data is gone
 * for good, what clients lose, which mission-critical scenarios are affected, which reviewed
 * suppressions the range holds.
 *
 * A contract finding of the deploy direction (old clients against the new version) already
 * happened when `from` was deployed, and the rollback undoes it: it does not block the rollback
 * and is counted apart. Every other unsuppressed error does.
 */
import type { Config } from '../config/types.js';
import type { Finding, Report } from '../findings.js';
import { DATA_LOSS } from '../report/runbook.js';

/** A mission-critical scenario and whether the rollback touches it. */
export interface ScenarioStatus {
  name: string;
  affected: boolean;
  /** The findings that touch it (report order). */
  findings: Finding[];
}

export interface PlanFacts {
  safe: boolean;
  blocking: Finding[];
  /** Migrations of the range, in apply order: they stay applied after the rollback. */
  migrationsApplied: string[];
  /** Findings whose statement destroys data (suppressed ones included: reviewed, still lost). */
  dataLoss: Finding[];
  /** Contract findings of the rollback direction: what clients and consumers that adopted `from` lose. */
  clientsLose: Finding[];
  /** Unsuppressed warnings of the rollback (not blocking, worth reading). */
  warnings: Finding[];
  /** Reviewed exceptions in the range. */
  suppressed: Finding[];
  /** Deploy-direction contract errors: they happened when `from` shipped; the rollback undoes them. */
  undoneByRollback: Finding[];
  scenarios: ScenarioStatus[];
}

/** Whether a finding is about the rollback at all (deploy-direction contract findings are not). */
export function concernsRollback(f: Finding): boolean {
  return !(f.category === 'contract' && f.direction === 'deploy');
}

export function isBlocking(f: Finding): boolean {
  return !f.suppressed && f.severity === 'error' && concernsRollback(f);
}

export function planFacts(report: Report, config: Config): PlanFacts {
  const blocking = report.findings.filter(isBlocking);
  return {
    safe: blocking.length === 0,
    blocking,
    migrationsApplied: [...report.migrations],
    dataLoss: report.findings.filter((f) => f.rule in DATA_LOSS),
    clientsLose: report.findings.filter((f) => f.category === 'contract' && f.direction === 'rollback'),
    warnings: report.findings.filter((f) => !f.suppressed && f.severity === 'warning' && concernsRollback(f)),
    suppressed: report.findings.filter((f) => f.suppressed),
    undoneByRollback: report.findings.filter((f) => !f.suppressed && f.severity === 'error' && !concernsRollback(f)),
    scenarios: scenarioStatus(report.findings, config),
  };
}

/** The name the JSON and the runbook give the unnamed scenario of the `critical:` key. */
export const UNNAMED_SCENARIO = 'critical';

/**
 * Every configured scenario, affected or not: the named ones of `scenarios:`, and `critical:` as
 * one unnamed scenario. A
 * finding touches a named one when its `scenarios` names it, the unnamed one when it is
 * `critical` and names none. Findings the rollback undoes (deploy-direction contract ones) touch
 * nothing here; suppressed ones do (reviewed, but what they describe still happens).
 */
export function scenarioStatus(findings: Finding[], config: Config): ScenarioStatus[] {
  const relevant = findings.filter(concernsRollback);
  const named = config.scenarios.map((s) => s.name);
  const out: ScenarioStatus[] = named.map((name) => {
    const touching = relevant.filter((f) => f.scenarios?.includes(name));
    return { name, affected: touching.length > 0, findings: touching };
  });
  const unnamed = relevant.filter((f) => f.critical && !(f.scenarios?.length));
  if (config.critical.tables.length > 0 || config.critical.endpoints.length > 0 || unnamed.length > 0) {
    out.push({ name: UNNAMED_SCENARIO, affected: unnamed.length > 0, findings: unnamed });
  }
  return out;
}
