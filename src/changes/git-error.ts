/** A git command failed or the directory is not a checkout (its own module: `sql` and `contract` never load git.ts). */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}
