/**
 * The rollback runbook, in three formats: `markdown` (job summary, release asset), `text` (a
 * terminal at 2 a.m.), `json` (version 1, SPEC 8; docs/plan.md lists every field). The order is
 * the order of the decision: the verdict in one sentence, the mission-critical scenarios, then the
 * steps — deploy back, leave the migrations applied (and the command not to run), what breaks for
 * the target's code, data lost for good, what clients lose — then the reviewed suppressions.
 */
import type { Finding } from '../findings.js';
import { renderJson } from '../report/json.js';
import { codeSpan, gfmMessage, gfmText, plainMessage } from '../report/escape.js';
import { DATA_LOSS, DOWN_COMMANDS } from '../report/runbook.js';
import { plural, shortRef } from '../report/text.js';
import type { OldestSafe } from './oldest-safe.js';
import { UNNAMED_SCENARIO, type ScenarioStatus } from './plan-facts.js';
import type { Plan } from './plan.js';

export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export interface PlanRenderOptions {
  /** The migration framework of a path of the range (for the command not to run). */
  migrationFramework?: (path: string) => string | null;
  oldestSafe?: OldestSafe | null;
  /** Heading name (the Action's `name` input). */
  name?: string;
}

/** Longest list in a section; the rest is counted (the JSON has all of them). */
const LIST_CAP = 50;

export function renderPlan(plan: Plan, format: PlanFormat, options: PlanRenderOptions = {}): string {
  if (format === 'json') return renderPlanJson(plan, options.oldestSafe ?? null);
  return renderRunbook(plan, format === 'markdown' ? MARKDOWN : TEXT, options);
}

/** How each format writes the few things the runbook needs. */
interface Style {
  code(s: string): string;
  text(s: string): string;
  message(s: string): string;
  bold(s: string): string;
  italic(s: string): string;
  heading(s: string): string;
  title(safe: boolean, s: string): string;
}

const MARKDOWN: Style = {
  code: (s) => codeSpan(s),
  text: (s) => gfmText(s),
  message: (s) => gfmMessage(s),
  bold: (s) => `**${s}**`,
  italic: (s) => `*${s}*`,
  heading: (s) => `### ${s}`,
  title: (safe, s) => `## ${safe ? '✅' : '❌'} ${s}`,
};

const TEXT: Style = {
  code: (s) => s,
  text: (s) => s,
  message: (s) => plainMessage(s),
  bold: (s) => s,
  italic: (s) => s,
  heading: (s) => `${s}\n${'-'.repeat(s.length)}`,
  title: (safe, s) => `${safe ? 'SAFE' : 'NOT SAFE'}: ${s}`,
};

function label(rev: { ref: string; sha: string }): string {
  return shortRef(rev.ref);
}

/** The verdict in one sentence (the JSON's `reason` too). */
export function verdictSentence(plan: Plan, s: Style = TEXT): string {
  const to = s.code(label(plan.range.to));
  if (plan.safe) {
    const applied = plan.migrationsApplied.length;
    const stays = applied === 0 ? 'the range adds no migration' : `its code works against the database with the range's ${plural(applied, 'migration')} applied`;
    const lost = plan.dataLoss.length > 0 ? `, though ${plural(plan.dataLoss.length, 'reviewed change')} lost data for good (see below)` : '';
    return `Safe to roll back to ${to}: ${stays}, and no client or consumer of the range's contracts breaks${lost}.`;
  }
  const first = plan.blocking[0]!;
  const what = `${s.code(first.rule)}${first.object ? ` on ${s.code(first.object)}` : ''}`;
  const more = plan.blocking.length > 1 ? ` and ${plan.blocking.length - 1} more` : '';
  const why = plan.blocking.some((f) => f.category === 'contract') && plan.blocking.some((f) => f.category !== 'contract')
    ? `the code of ${to} fails against the migrated database and clients break`
    : plan.blocking.every((f) => f.category === 'contract')
      ? 'clients or consumers that adopted the deployed version break'
      : plan.blocking.every((f) => f.rule === 'unreadable-file')
        ? 'files of the range could not be read, so nothing in them is judged'
        : `the code of ${to} fails against the migrated database or data is lost`;
  return `Not safe to roll back to ${to}: ${why} (${what}${more}).`;
}

function renderRunbook(plan: Plan, s: Style, options: PlanRenderOptions): string {
  const { from, to } = plan.range;
  const numbers = new Map(plan.blocking.map((f, i) => [f, i + 1]));
  const where = (f: Finding): string => s.code(f.line === null ? `${f.file} (deleted in ${label(from)})` : `${f.file}:${f.line}`);
  const out: string[] = [];
  const name = options.name ?? 'rollback-guard';
  out.push(s.title(plan.safe, `${s.text(name)}: rollback from ${s.code(label(from))} to ${s.code(label(to))}`), '');
  out.push(`${s.bold('Verdict:')} ${verdictSentence(plan, s)}`, '');
  const facts = [
    `${s.code(label(from))} (${s.code(from.sha.slice(0, 10))}) → ${s.code(label(to))} (${s.code(to.sha.slice(0, 10))})`,
    plural(plan.report.summary.filesAnalyzed, 'file') + ' analysed',
  ];
  if (!plan.range.linear) facts.push(`${s.code(label(to))} is not an ancestor of ${s.code(label(from))}: their trees are compared directly`);
  out.push(facts.join(' · '), '');
  out.push(...scenarioLines(plan.scenarios, s, numbers), '');

  out.push(s.heading('Runbook'), '');
  const steps: string[][] = [
    [`${s.bold('Deploy back')} the version built from ${s.code(label(to))} (commit ${s.code(to.sha.slice(0, 10))}).`],
    migrationsStep(plan, s, options.migrationFramework),
    breaksStep(plan, s, where),
    dataLossStep(plan, s, where, numbers),
  ];
  const clients = clientsStep(plan, s, where, numbers);
  if (clients.length > 0) steps.push(clients);
  steps.forEach((lines, i) => out.push(`${i + 1}. ${lines[0]}`, ...lines.slice(1)));
  out.push('');

  if (plan.suppressed.length > 0) {
    out.push(s.heading(`Reviewed suppressions in the range (${plan.suppressed.length})`), '');
    pushCapped(out, plan.suppressed, s, (f) => `- ${where(f)} ${s.code(f.rule)}${f.object ? ` on ${s.code(f.object)}` : ''}: ${suppressionText(f, s)}`);
    out.push('');
  }
  if (plan.warnings.length > 0) {
    out.push(s.heading(`Warnings (${plan.warnings.length}, not blocking)`), '');
    pushCapped(out, plan.warnings, s, (f) => `- ${where(f)} ${s.code(f.rule)}: ${s.message(f.message)}`);
    out.push('');
  }
  if (plan.undoneByRollback.length > 0) {
    out.push(
      `${plural(plan.undoneByRollback.length, 'contract error')} of the deploy direction (${[...new Set(plan.undoneByRollback.map((f) => f.rule))].slice(0, 5).map((r) => s.code(r)).join(', ')}) hit old clients when the range was deployed; the rollback undoes ${plan.undoneByRollback.length === 1 ? 'it' : 'them'}, so ${plan.undoneByRollback.length === 1 ? 'it does' : 'they do'} not block it.`,
      '',
    );
  }
  if (plan.report.skipped.length > 0) {
    out.push(s.heading(`Not analysed (${plan.report.skipped.length})`), '');
    pushCapped(out, plan.report.skipped, s, (f) => `- ${s.code(f.file)}: ${s.text(f.reason)}`);
    out.push('');
  }
  if (options.oldestSafe) out.push(...oldestSafeLines(options.oldestSafe, s), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Up to LIST_CAP items of `list`, rendered into `out`, then how many were left out. */
function pushCapped<T>(out: string[], list: T[], s: Style, item: (x: T) => string): void {
  for (const x of list.slice(0, LIST_CAP)) out.push(item(x));
  if (list.length > LIST_CAP) out.push(`- … and ${list.length - LIST_CAP} more (${s.code('--format json')} lists them all)`);
}

function scenarioLines(scenarios: ScenarioStatus[], s: Style, numbers: Map<Finding, number>): string[] {
  const affected = scenarios.filter((x) => x.affected);
  if (affected.length === 0) {
    const none = scenarios.length === 0 ? ` (none is configured: ${s.code('scenarios:')} or ${s.code('critical:')} in the config)` : '';
    return [`${s.bold('Mission-critical:')} no mission-critical scenario is affected${none}.`];
  }
  const names = affected.map((x) => (x.name === UNNAMED_SCENARIO ? `the unnamed ${s.code('critical:')} scenario` : s.italic(s.text(x.name))));
  const lines = [`${s.bold('Mission-critical:')} ${names.join(', ')} ${affected.length === 1 ? 'is' : 'are'} affected.`];
  for (const x of affected) {
    const blocking = x.findings.map((f) => numbers.get(f)).filter((n): n is number => n !== undefined);
    const rules = [...new Set(x.findings.map((f) => f.rule))].slice(0, 5).map((r) => s.code(r)).join(', ');
    lines.push(`- ${s.text(x.name)}: ${plural(x.findings.length, 'finding')} (${rules})${blocking.length ? `, blocking: ${blocking.map((n) => `#${n}`).join(', ')}` : ''}`);
  }
  return lines;
}

function migrationsStep(plan: Plan, s: Style, frameworkOf?: (path: string) => string | null): string[] {
  const migrations = plan.migrationsApplied;
  if (migrations.length === 0) return [`${s.bold('The database stays as it is')}: the range adds no migration.`];
  const frameworks = [...new Set(migrations.map((m) => frameworkOf?.(m) ?? null).filter((f): f is string => f !== null && f in DOWN_COMMANDS))];
  const commands = frameworks.map((f) => `${s.code(DOWN_COMMANDS[f]!)} (${f})`);
  const dont = commands.length > 0 ? `do ${s.bold('not')} run ${commands.join(' or ')}, nor any down script` : `do ${s.bold('not')} run any down or revert script`;
  const out = [`${s.bold(`Leave the range's ${plural(migrations.length, 'migration')} applied`)} — ${dont}: it would destroy what was written since.`];
  for (const m of migrations.slice(0, LIST_CAP)) out.push(`   - ${s.code(m)}`);
  if (migrations.length > LIST_CAP) out.push(`   - … and ${migrations.length - LIST_CAP} more`);
  return out;
}

function breaksStep(plan: Plan, s: Style, where: (f: Finding) => string): string[] {
  const to = s.code(label(plan.range.to));
  if (plan.blocking.length === 0) {
    if (plan.report.skipped.length > 0) {
      return [`${s.bold('Not known')}: ${plural(plan.report.skipped.length, 'file')} of the range could not be read (see "Not analysed"), and their findings are allowed in the config.`];
    }
    return [`${s.bold('Nothing breaks')}: ${to}'s code works against the database as the range leaves it, and its clients and consumers keep working.`];
  }
  const out = [`${s.bold(`What breaks for ${to}'s code`)} (${plural(plan.blocking.length, 'blocking finding')}; fix forward, or accept each in review):`];
  plan.blocking.slice(0, LIST_CAP).forEach((f, i) => {
    const critical = f.critical ? ` ${s.bold('critical')}` : '';
    out.push(`   ${i + 1}. ${where(f)} ${s.code(f.rule)}${critical}: ${s.message(f.message)}`);
  });
  if (plan.blocking.length > LIST_CAP) out.push(`   - … and ${plan.blocking.length - LIST_CAP} more (${s.code('--format json')} lists them all)`);
  return out;
}

function dataLossStep(plan: Plan, s: Style, where: (f: Finding) => string, numbers: Map<Finding, number>): string[] {
  if (plan.dataLoss.length === 0) return [`${s.bold('No data is lost for good.')}`];
  const out = [`${s.bold('Data lost for good')} (rolling the code back does not bring it back; restoring it takes a backup):`];
  for (const f of plan.dataLoss.slice(0, LIST_CAP)) {
    const what = DATA_LOSS[f.rule]!(f.object ? s.code(f.object) : where(f));
    const ref = f.suppressed ? `reviewed: ${suppressionText(f, s)}` : numbers.has(f) ? `blocking #${numbers.get(f)}` : f.severity;
    out.push(`   - ${what}, in ${where(f)} (${ref})`);
  }
  if (plan.dataLoss.length > LIST_CAP) out.push(`   - … and ${plan.dataLoss.length - LIST_CAP} more`);
  return out;
}

function clientsStep(plan: Plan, s: Style, where: (f: Finding) => string, numbers: Map<Finding, number>): string[] {
  const lost = plan.clientsLose;
  if (lost.length === 0) return [];
  const out = [`${s.bold('What clients and consumers lose')} — ${lost.length === 1 ? 'this addition of the range is' : `these ${lost.length} additions of the range are`} gone again; clients that adopted ${lost.length === 1 ? 'it' : 'them'} must cope:`];
  for (const f of lost.slice(0, LIST_CAP)) {
    const ref = f.suppressed ? 'reviewed' : numbers.has(f) ? `blocking #${numbers.get(f)}` : f.severity;
    out.push(`   - ${f.object ? s.code(f.object) : where(f)} (${f.rule.replace(/-/g, ' ')}, ${ref}) in ${where(f)}`);
  }
  if (lost.length > LIST_CAP) out.push(`   - … and ${lost.length - LIST_CAP} more`);
  return out;
}

function suppressionText(f: Finding, s: Style): string {
  const source = f.suppression?.source === 'config' ? 'config `allow` entry' : 'inline comment';
  const reason = f.suppression?.reason ? s.text(f.suppression.reason) : s.italic('no reason given');
  const approval = f.approval;
  const approved = approval ? `, approved by ${s.text(approval.by)} (${approval.via})` : '';
  return `${reason} — ${s.text(source)}${approved}`;
}

function oldestSafeLines(o: OldestSafe, s: Style): string[] {
  const out = [s.heading('Oldest safe rollback target'), ''];
  const glob = o.tags.length > 0 ? ` matching ${o.tags.map((t) => s.code(t)).join(', ')}` : '';
  if (o.walked.length === 0) {
    out.push(`No release tag${glob} before ${s.code(label(o.from))}: there is no earlier release to roll back to.`);
    return out;
  }
  const walked = o.walked.map((w) => `${s.code(w.tag)} ${w.safe ? (s === MARKDOWN ? '✅' : 'safe') : s === MARKDOWN ? '❌' : 'not safe'}`).join(', ');
  out.push(`Release tags${glob} walked back from ${s.code(label(o.from))}, newest first: ${walked}.`, '');
  out.push(o.target ? `${s.bold(`Oldest safe target: ${s.code(o.target)}.`)}` : `${s.bold('No earlier release is a safe target.')}`);
  if (o.firstUnsafe) {
    out.push('', `The first unsafe one is ${s.code(o.firstUnsafe.tag)}, blocked by:`);
    pushCapped(out, o.firstUnsafe.blocking, s, (f) => `- ${s.code(f.line === null ? f.file : `${f.file}:${f.line}`)} ${s.code(f.rule)}: ${s.message(f.message)}`);
  } else if (o.stopped === 'limit') {
    out.push('', `The walk stopped after ${plural(o.walked.length, 'tag')} (its bound); older releases were not checked.`);
  } else out.push('', 'Every earlier release tag is a safe target.');
  return out;
}

/** SPEC 8's JSON, keys in a fixed order; findings as the JSON report writes them (every field it has). */
export function renderPlanJson(plan: Plan, oldestSafe: OldestSafe | null): string {
  const serialized = findingSerializer(plan.report.findings);
  const json = (list: Finding[]): unknown[] => list.map(serialized);
  const out = {
    version: 1,
    from: plan.range.from.ref,
    to: plan.range.to.ref,
    fromCommit: plan.range.from.sha,
    toCommit: plan.range.to.sha,
    safe: plan.safe,
    reason: verdictSentence(plan),
    blocking: json(plan.blocking),
    migrationsApplied: [...plan.migrationsApplied],
    dataLoss: json(plan.dataLoss),
    clientsLose: json(plan.clientsLose),
    suppressed: json(plan.suppressed),
    scenarios: plan.scenarios.map((x) => ({ name: x.name, affected: x.affected })),
    skipped: plan.report.skipped.map((f) => ({ file: f.file, reason: f.reason })),
    ...(oldestSafe ? { oldestSafe: oldestSafeJson(oldestSafe, serialized) } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function oldestSafeJson(o: OldestSafe, serialized: (f: Finding) => unknown): unknown {
  return {
    tags: [...o.tags],
    target: o.target,
    firstUnsafe: o.firstUnsafe ? { tag: o.firstUnsafe.tag, commit: o.firstUnsafe.sha, blocking: o.firstUnsafe.blocking.map(o.firstUnsafe.serialize ?? serialized) } : null,
    walked: o.walked.map((w) => ({ tag: w.tag, commit: w.sha, safe: w.safe })),
    stopped: o.stopped,
  };
}

/**
 * Each finding as the JSON report (report/json.ts) writes it, whatever fields other parts add to
 * it (scenarios, approval): one serialisation of the whole report, looked up by position.
 */
export function findingSerializer(findings: Finding[]): (f: Finding) => unknown {
  const serialized = (JSON.parse(renderJson({ version: 1, verdict: 'pass', base: '', head: '', summary: { errors: 0, warnings: 0, notices: 0, suppressed: 0, filesAnalyzed: 0 }, findings, skipped: [], migrations: [] })) as { findings: unknown[] }).findings;
  const at = new Map(findings.map((f, i) => [f, i]));
  return (f) => serialized[at.get(f)!];
}
