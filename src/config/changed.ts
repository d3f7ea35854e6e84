import type { AnalysisInput, AnalysisOutput } from '../engine.js';
import { CONFIG_PATHS } from './paths.js';

/** `config-changed`: the PR edits the gate's configuration, which applies only after merge. */
export function configChanged(input: AnalysisInput): AnalysisOutput {
  const findings = input.changes.files
    .filter((f) => CONFIG_PATHS.includes(f.path) || (f.oldPath !== undefined && CONFIG_PATHS.includes(f.oldPath)))
    .map((f) => ({
      rule: 'config-changed',
      file: f.path,
      line: f.status === 'deleted' ? null : 1,
      message: `This PR changes ${f.path}; the gate reads its configuration from the base commit, so the change takes effect after merge.`,
      object: f.path,
    }));
  return { findings, suppressions: [], files: [] };
}
