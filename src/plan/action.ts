/**
 * The Action's `mode: plan` (docs/plan.md): on a `push` of a tag or a `release` event, the
 * runbook for rolling that release back to the previous one, written before any incident: to the
 * job summary, and as a markdown file (output `plan-file`) that a later step can attach to the
 * release. The deployed version (`from`) is the `head` input, else the released or pushed tag,
 * else the run's commit; the target (`to`) is the `base` input, else the newest release tag
 * (the config's `release-tags`, else any tag) that the deployed version contains, other than its
 * own commit. A target that cannot be found in a shallow checkout fails the step (never "safe").
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { readEventPayload } from '../action.js';
import { commitSnapshot, repoRoot } from '../changes/git.js';
import type { ActionSettings } from '../context/types.js';
import { InputError } from '../context/inputs.js';
import { readConfigFromTree } from '../config/from-tree.js';
import { detectInSets } from '../migrations/detect.js';
import { releaseTagsBefore } from './oldest-safe.js';
import { isShallow, planRange, planRollback, resolveRevision } from './plan.js';
import { renderPlan } from './render.js';

interface ReleasePayload {
  release?: { tag_name?: string };
  ref?: string;
}

/** The deployed version of this run: the `head` input, the released or pushed tag, else the run's commit. */
export function deployedRef(settings: Pick<ActionSettings, 'head'>, eventName: string, payload: unknown, env: Record<string, string | undefined>): string {
  if (settings.head) return settings.head;
  const event = (payload ?? {}) as ReleasePayload;
  if (eventName === 'release' && event.release?.tag_name) return event.release.tag_name;
  const ref = event.ref ?? env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  const sha = env.GITHUB_SHA ?? '';
  return /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : 'HEAD';
}

export async function runPlanAction(settings: ActionSettings, env: Record<string, string | undefined>): Promise<void> {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), settings.workingDirectory);
  if (!isDirectory(cwd)) throw new InputError(`the 'working-directory' input '${settings.workingDirectory}' is not a directory of the workspace (${cwd}); check it out there first or fix the path.`);
  const root = repoRoot(cwd);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const from = resolveRevision(root, deployedRef(settings, eventName, readEventPayload(env.GITHUB_EVENT_PATH), env), "the deployed version ('head' input, or the event's tag)");
  const config = readConfigFromTree(commitSnapshot(from.sha, root), settings.config);
  let to = settings.base;
  if (!to) {
    const previous = releaseTagsBefore(root, from, config.releaseTags)[0];
    if (!previous) {
      if (isShallow(root)) {
        throw new InputError(`no release tag before ${from.ref} in this checkout, which is shallow: check out with fetch-depth: 0 (tags and history) so that the previous release can be found, or set the 'base' input.`);
      }
      const which = config.releaseTags.length > 0 ? ` matching release-tags (${config.releaseTags.join(', ')})` : '';
      core.warning(`rollback-guard: no release tag${which} comes before ${from.ref}: there is no earlier release to roll back to, so no plan was written.`);
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`## ${settings.name}: no rollback plan\n\nNo release tag${which} comes before \`${from.ref}\`: there is no earlier release to roll back to.\n`).write();
      core.setOutput('verdict', 'none');
      return;
    }
    to = previous.tag;
  }
  core.info(`rollback-guard: planning the rollback from ${from.ref} to ${to}.`);
  const plan = await planRollback(planRange(cwd, from.ref, to), { config, log: (m) => core.info(m) });
  const options = {
    name: settings.name,
    migrationFramework: (path: string) => {
      try {
        return detectInSets(path, plan.changes.headTree.read(path), config.migrations)?.framework ?? null;
      } catch {
        return null;
      }
    },
  };
  const markdown = renderPlan(plan, 'markdown', options);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  const outDir = join(env.RUNNER_TEMP ?? tmpdir(), 'rollback-guard');
  mkdirSync(outDir, { recursive: true });
  const planFile = join(outDir, `rollback-plan-${fileSafe(from.ref)}.md`);
  writeFileSync(planFile, markdown);
  const reportPath = join(outDir, 'plan.json');
  writeFileSync(reportPath, renderPlan(plan, 'json', options));

  core.setOutput('verdict', plan.safe ? 'pass' : 'fail');
  core.setOutput('plan-file', planFile);
  core.setOutput('report', reportPath);
  core.setOutput('errors', String(plan.blocking.length));
  const sentence = `rollback-guard: ${plan.safe ? 'safe' : 'not safe'} to roll back from ${from.ref} to ${to} (${plan.blocking.length} blocking).`;
  if (!plan.safe && settings.failOn !== 'never') core.setFailed(sentence);
  else core.info(sentence);
}

/** A ref as a file name: `v1.2.0`, `release-2026-01` (slashes and anything else odd become `-`). */
function fileSafe(ref: string): string {
  return ref.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100) || 'release';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
