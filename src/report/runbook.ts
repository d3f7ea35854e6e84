/**
 * "If this PR ships and has to be rolled back": steps a PM or QA can follow, not a repeat of the
 * findings. Which version to deploy back to; which migrations stay applied (and the framework's
 * command that must not be run); what breaks then, by finding number; which data is lost for good
 * (suppressed findings included, marked as reviewed); what disappears for clients.
 */
import type { Finding, Report } from '../findings.js';
import { detectMigration } from '../migrations/detect.js';
import { codeSpan, gfmText } from './escape.js';
import type { LocationLink } from './markdown.js';
import { shortRef } from './text.js';

export interface RunbookOptions {
  /** What the base commit is to a person: its branch (`main`), tags on it, a link to it. */
  base?: { ref?: string | null; tags?: string[]; url?: string | null };
  /** The migration framework of a path of `report.migrations` (default: guessed from the path). */
  migrationFramework?: (path: string) => string | null;
}

/** The command that reverts a migration, per framework: never to be run after a rollback. */
export const DOWN_COMMANDS: Record<string, string> = {
  'golang-migrate': 'migrate down',
  sqlx: 'sqlx migrate revert',
  diesel: 'diesel migration revert',
  goose: 'goose down',
  dbmate: 'dbmate rollback',
  flyway: 'flyway undo',
  sqitch: 'sqitch revert',
  prisma: 'prisma migrate reset',
  liquibase: 'liquibase rollback',
  alembic: 'alembic downgrade',
  django: 'manage.py migrate <app> <previous>',
  rails: 'rails db:rollback',
  laravel: 'php artisan migrate:rollback',
  knex: 'knex migrate:rollback',
  sequelize: 'sequelize db:migrate:undo',
  typeorm: 'typeorm migration:revert',
  'ef-core': 'dotnet ef database update <previous>',
  doctrine: 'doctrine:migrations:migrate prev',
};

/** What a finding of these rules destroys, as a person would name it. */
export const DATA_LOSS: Record<string, (object: string) => string> = {
  'drop-table': (o) => `table ${o} and all its rows — dropped`,
  'drop-column': (o) => `column ${o} and its values — dropped`,
  'drop-schema': (o) => `schema ${o} and everything in it — dropped`,
  'truncate-table': (o) => `every row of ${o} — truncated`,
  'delete-rows': (o) => `rows of ${o} — deleted`,
  'update-rows': (o) => `the previous values of ${o} — overwritten`,
  'change-column-type': (o) => `values of ${o} — converted to the new type`,
};

/** Longest list in a step; the rest is counted. */
const LIST_CAP = 30;

export function runbook(report: Report, numbers: Map<Finding, number>, options: RunbookOptions & { location: LocationLink }): string[] {
  const steps: string[][] = [deployBack(report, options), migrationsStay(report, options), whatBreaks(report, numbers)];
  const lost = dataLost(report, numbers, options.location);
  steps.push(lost);
  const gone = disappears(report, numbers, options.location);
  if (gone.length > 0) steps.push(gone);
  const out = ['### If this PR ships and has to be rolled back', ''];
  steps.forEach((lines, i) => {
    out.push(`${i + 1}. ${lines[0]}`, ...lines.slice(1));
  });
  out.push('');
  return out;
}

function deployBack(report: Report, options: RunbookOptions): string[] {
  const sha = codeSpan(shortRef(report.base));
  const commit = options.base?.url ? `[${sha}](${options.base.url})` : sha;
  const known: string[] = [];
  if (options.base?.ref) known.push(`${codeSpan(options.base.ref)} before this PR`);
  const tags = options.base?.tags ?? [];
  if (tags.length > 0) known.push(`${tags.length === 1 ? 'tag' : 'tags'} ${tags.slice(0, 5).map((t) => codeSpan(t)).join(', ')}`);
  return [`**Deploy back** the version built from commit ${commit}${known.length ? ` (${known.join('; ')})` : ''}.`];
}

function migrationsStay(report: Report, options: RunbookOptions): string[] {
  const migrations = report.migrations;
  if (migrations.length === 0) return ['**The database stays as it is**: this PR adds no migration.'];
  const frameworkOf = options.migrationFramework ?? guessFramework;
  const commands = [...new Set(migrations.map((m) => frameworkOf(m)).filter((f): f is string => f !== null && f in DOWN_COMMANDS))].map(
    (f) => `${codeSpan(DOWN_COMMANDS[f]!)} (${f})`,
  );
  const dont = commands.length > 0 ? `do **not** run ${commands.join(' or ')}, nor any down script` : 'do **not** run any down or revert script';
  const out = [
    `**Leave ${migrations.length === 1 ? "this PR's migration" : `this PR's ${migrations.length} migrations`} applied** — ${dont}: it would destroy what was written since.`,
  ];
  for (const m of migrations.slice(0, LIST_CAP)) out.push(`   - ${codeSpan(m)}`);
  if (migrations.length > LIST_CAP) out.push(`   - … and ${migrations.length - LIST_CAP} more`);
  return out;
}

function guessFramework(path: string): string | null {
  return detectMigration(path, null, undefined)?.framework ?? null;
}

function whatBreaks(report: Report, numbers: Map<Finding, number>): string[] {
  const blocking = report.findings.filter((f) => !f.suppressed && f.severity === 'error');
  if (blocking.length === 0) {
    // What was not read cannot be judged: never "nothing breaks" then (unreadable-file, even allowed).
    if (report.skipped.length > 0) {
      return [`**Not known**: ${report.skipped.length === 1 ? '1 changed file' : `${report.skipped.length} changed files`} could not be read (see "Not analysed"), so what a rollback breaks cannot be told.`];
    }
    return ['**Nothing breaks**: the previous version works against the migrated database, and its clients and consumers keep working.'];
  }
  const unread = blocking.filter((f) => f.rule === 'unreadable-file');
  const database = blocking.filter((f) => f.category !== 'contract' && f.rule !== 'unreadable-file');
  const clients = blocking.filter((f) => f.category === 'contract');
  const parts: string[] = [];
  if (database.length > 0) parts.push(`the previous version fails against the migrated database or loses data (${refs(database, numbers)})`);
  if (clients.length > 0) parts.push(`clients and consumers break (${refs(clients, numbers)})`);
  if (unread.length > 0) parts.push(`files that could not be read are not judged at all (${refs(unread, numbers)})`);
  return [`**What breaks** until the errors above are fixed: ${parts.join('; ')}.`];
}

function dataLost(report: Report, numbers: Map<Finding, number>, location: LocationLink): string[] {
  const losses = report.findings.filter((f) => f.rule in DATA_LOSS);
  if (losses.length === 0) return ['**No data is lost for good.**'];
  const out = [`**Data lost for good** (a rollback of the code does not bring it back):`];
  for (const f of losses.slice(0, LIST_CAP)) {
    const what = DATA_LOSS[f.rule]!(f.object ? codeSpan(f.object) : location(f));
    const ref = f.suppressed ? `suppressed as reviewed: ${f.suppression?.reason ? gfmText(f.suppression.reason) : 'no reason given'}` : `finding ${numbers.get(f)}`;
    out.push(`   - ${what} (${ref})`);
  }
  if (losses.length > LIST_CAP) out.push(`   - … and ${losses.length - LIST_CAP} more (${refs(losses.slice(LIST_CAP), numbers)})`);
  return out;
}

function disappears(report: Report, numbers: Map<Finding, number>, location: LocationLink): string[] {
  // Contract additions only: a migration finding in the rollback direction (drop-not-null) is no addition clients adopt.
  const additions = report.findings.filter((f) => f.direction === 'rollback' && f.category === 'contract');
  if (additions.length === 0) return [];
  const out = [`**Disappears for clients** — ${additions.length === 1 ? 'this addition is' : `these ${additions.length} additions are`} gone again, and clients that adopted ${additions.length === 1 ? 'it' : 'them'} must cope:`];
  for (const f of additions.slice(0, LIST_CAP)) {
    const what = f.object ? codeSpan(f.object) : location(f);
    const ref = f.suppressed ? 'suppressed as reviewed' : `finding ${numbers.get(f)}`;
    out.push(`   - ${what} (${f.rule.replace(/-/g, ' ')}, ${ref})`);
  }
  if (additions.length > LIST_CAP) out.push(`   - … and ${additions.length - LIST_CAP} more (${refs(additions.slice(LIST_CAP), numbers)})`);
  return out;
}

/** `findings 1–3, 7` (ranges for runs), suppressed ones left out. */
export function refs(findings: Finding[], numbers: Map<Finding, number>): string {
  const ns = findings
    .map((f) => numbers.get(f))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  if (ns.length === 0) return 'suppressed';
  const ranges: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    ranges.push(j > i ? `${ns[i]}–${ns[j]}` : String(ns[i]));
    i = j + 1;
  }
  return `${ns.length === 1 ? 'finding' : 'findings'} ${ranges.join(', ')}`;
}

