/**
 * Paths of the files named on the command line: where to read them and how to show them. A plain
 * relative path (the usual case, and thousands of them for a folder of migrations) takes a fast
 * path with the same result as `path.resolve`/`path.relative`, which cost ~14 µs a file.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Segments separated by `/`, none empty, `.` or `..`, no backslash: a plain relative path. */
const PLAIN_RELATIVE = /^(?:(?!\.\.?\/)[^/\\]+\/)*(?!\.\.?$)[^/\\]+$/;

function isPlainRelative(file: string): boolean {
  return sep === '/' && PLAIN_RELATIVE.test(file);
}

/** Absolute path of `file` given relative to `cwd` (as `path.resolve` gives it). */
export function absolutePath(cwd: string, file: string): string {
  if (isPlainRelative(file) && cwd !== '/' && resolvedDirectory(cwd) === cwd) return `${cwd}/${file}`;
  return resolve(cwd, file);
}

let lastDirectory: [string, string] | null = null;
function resolvedDirectory(cwd: string): string {
  if (lastDirectory?.[0] !== cwd) lastDirectory = [cwd, resolve(cwd)];
  return lastDirectory[1];
}

/** `file` as shown in the report: relative to `cwd` when inside it, else absolute; `/`-separated. */
export function displayPath(cwd: string, file: string): string {
  if (isPlainRelative(file)) return file;
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return (isOutside(rel) ? abs : rel).split('\\').join('/');
}

/** True when `file` is `dir` itself or below it (a folder named `..x` is inside, `../x` is not). */
export function isInside(dir: string, file: string): boolean {
  return !isOutside(relative(dir, file));
}

function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
