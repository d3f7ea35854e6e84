/** A git command failed or the directory is not a checkout (its own module: `sql` and `contract` never load git.ts). */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** The environment every git process runs with: never a prompt, messages and sorting in the C locale. */
export const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' });

/** What git prints when an object the command needs is not in the repository (a shallow, partial or damaged clone). */
const MISSING_OBJECT = /^(?:fatal|error): (?:unable to read(?: tree| blob| commit)?|bad (?:object|tree object)|missing (?:blob|tree|commit) object|could not read object|did not receive expected object) ([0-9a-f]{40,64})/m;

/**
 * A failed git process whose stderr says an object is missing: one sentence a user can act on, as a
 * GitError (exit 2, never "internal error"). Any other failure comes back unchanged.
 */
export function missingObjectError(error: unknown, cwd: string): unknown {
  const stderr = (error as { stderr?: unknown } | null)?.stderr;
  const text = typeof stderr === 'string' ? stderr : Buffer.isBuffer(stderr) ? stderr.toString('utf8') : '';
  const m = MISSING_OBJECT.exec(text);
  if (!m) return error;
  return new GitError(
    `git cannot read object ${m[1]} in ${cwd}: the clone is incomplete (shallow, partial or damaged), so the change cannot be checked. ` +
      'Fetch base and head with their history (actions/checkout with fetch-depth: 0, or `git fetch --unshallow`) and run again.',
  );
}
