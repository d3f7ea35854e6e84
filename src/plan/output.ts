import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../cli.js';

/** `--output FILE`: written, or one sentence saying why not (exit 2). */
export function writeOutput(path: string, label: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT' ? `the folder ${dirname(path)} does not exist`
      : code === 'EISDIR' ? 'it is a folder'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it is not writable'
      : (error as Error).message;
    throw new UsageError(`cannot write --output '${label}': ${why}.`);
  }
}
