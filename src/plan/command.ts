/**
 * `rollback-guard plan --from REF (--to REF | --oldest-safe [--tags GLOB]) [--format text|markdown|json]`:
 * exit 0 when the rollback is safe, 1 when it is not, 2 on a usage or git error (a ref that does
 * not exist is one sentence, never a plan).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, readText, type CliIO } from '../cli.js';
import type { Config } from '../config/types.js';
import { detectInSets } from '../migrations/detect.js';
import { writeOutput } from './output.js';
import { walkOldestSafe } from './oldest-safe.js';
import { planRange, planRollback, resolveRevision, type Plan } from './plan.js';
import { PLAN_FORMATS, renderPlan, type PlanFormat } from './render.js';

export async function planCommand(args: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const { values } = parsed;
  const format = values.format ?? 'text';
  if (!(PLAN_FORMATS as readonly string[]).includes(format)) throw new UsageError(`invalid '--format' value '${format}'; expected one of: ${PLAN_FORMATS.join(', ')}.`);
  if (!values.from) throw new UsageError('plan needs --from REF: the version deployed now.');
  if (!values.to && !values['oldest-safe']) throw new UsageError('plan needs --to REF (the version to roll back to) or --oldest-safe.');
  if (values.tags && !values['oldest-safe']) throw new UsageError('--tags goes with --oldest-safe.');
  const cwd = resolve(io.cwd, values.cwd ?? '.');
  const log = (m: string): void => io.stderr(`${m}\n`);

  let config: Config | undefined;
  if (values.config) {
    const { parseConfig } = await import('../config/load.js');
    config = parseConfig(readText(resolve(cwd, values.config), '--config'), values.config);
  }

  let plan: Plan;
  let oldestSafe = null;
  if (values['oldest-safe']) {
    const { repoRoot } = await import('../changes/git.js');
    const root = repoRoot(cwd);
    const from = resolveRevision(root, values.from, '--from');
    const fixed = values.to ? planRange(cwd, values.from, values.to) : null;
    config ??= fixed ? undefined : await deployedConfig(root, from.sha);
    // The range to --to first: its config (from --from) serves the walk too.
    const toPlan = fixed ? await planRollback(fixed, { config, log }) : null;
    config ??= toPlan?.config;
    const globs = values.tags ?? config?.releaseTags ?? [];
    const walk = await walkOldestSafe({ root, from }, globs, { config: config!, log, known: toPlan });
    oldestSafe = walk.oldestSafe;
    if (toPlan) plan = toPlan;
    else {
      const shown = oldestSafe.target ?? oldestSafe.firstUnsafe?.tag;
      if (!shown) {
        throw new UsageError(`no release tag${globs.length ? ` matching ${globs.join(', ')}` : ''} comes before --from '${values.from}': there is no earlier release to roll back to; pass --to REF.`);
      }
      plan = walk.plans.get(shown)!;
    }
  } else {
    plan = await planRollback(planRange(cwd, values.from, values.to!), { config, log });
  }

  const rendered = renderPlan(plan, format as PlanFormat, {
    oldestSafe,
    migrationFramework: (path) => {
      try {
        return detectInSets(path, plan.changes.headTree.read(path), plan.config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    },
  });
  if (values.output) writeOutput(resolve(io.cwd, values.output), values.output, rendered);
  else io.stdout(rendered);
  return plan.safe ? 0 : 1;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'oldest-safe': { type: 'boolean' },
      tags: { type: 'string', multiple: true },
      format: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
    },
  });
}

/** The configuration of the deployed release, for a walk without --to. */
async function deployedConfig(root: string, sha: string): Promise<Config> {
  const [{ commitSnapshot }, { readConfigFromTree }] = await Promise.all([import('../changes/git.js'), import('../config/from-tree.js')]);
  return readConfigFromTree(commitSnapshot(sha, root));
}
