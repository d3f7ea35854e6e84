/** A git command failed or the directory is not a checkout (its own module: `sql` and `contract` never load git.ts). */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** The environment every git process runs with: never a prompt, messages and sorting in the C locale. */
export const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' });
