import { globMatcher } from '../text/glob.js';
import type { Config } from './types.js';

/** The config's `ignore-paths` as one matcher, shared by every analyser: true for a path to leave out. */
export function ignoredPaths(config: Config): (path: string) => boolean {
  return globMatcher(config.ignorePaths);
}
