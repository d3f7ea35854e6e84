/**
 * Every Action input read and validated in one place (the actions/checkout way): a bad value is
 * one sentence naming the input and the allowed values.
 */
import type { ActionSettings } from './types.js';

export class InputError extends Error {}

type GetInput = (name: string) => string;

function oneOf<T extends string>(get: GetInput, name: string, allowed: readonly T[], fallback: T): T {
  const value = get(name).trim();
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError(`Invalid '${name}' value '${value}'. Expected one of: ${allowed.join(', ')}.`);
  return value as T;
}

function bool(get: GetInput, name: string, fallback: boolean): boolean {
  const value = get(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`Invalid '${name}' value '${value}'. Expected one of: true, false.`);
}

function optional(get: GetInput, name: string): string | null {
  const value = get(name).trim();
  return value === '' ? null : value;
}

export const DEFAULT_NAME = 'rollback-guard';

/**
 * The `name` input goes into a check-run name, an HTML comment (the sticky marker) and a heading:
 * a short line of letters, digits, spaces and `. _ - / ( )`.
 */
function runName(get: GetInput): string {
  const value = get('name').trim();
  if (value === '') return DEFAULT_NAME;
  if (value.length > 60 || !/^[\p{L}\p{N}][\p{L}\p{N} ._\-/()]*$/u.test(value)) {
    throw new InputError(`Invalid 'name' value '${value.slice(0, 80)}'. Use up to 60 letters, digits, spaces and . _ - / ( ), starting with a letter or digit.`);
  }
  return value;
}

export function readSettings(get: GetInput): ActionSettings {
  return {
    token: get('github-token').trim(),
    config: optional(get, 'config'),
    base: optional(get, 'base'),
    head: optional(get, 'head'),
    failOn: oneOf(get, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    annotations: oneOf(get, 'annotations', ['auto', 'check-run', 'workflow-commands', 'off'] as const, 'auto'),
    comment: bool(get, 'comment', true),
    sarif: optional(get, 'sarif'),
    workingDirectory: optional(get, 'working-directory') ?? '.',
    name: runName(get),
  };
}

/** The `mode` input (SPEC 8): `check` a pull request or push (the default), or `plan` a release's rollback (docs/plan.md). */
export function readMode(get: GetInput): 'check' | 'plan' {
  return oneOf(get, 'mode', ['check', 'plan'] as const, 'check');
}

/** Inputs as the runner passes them: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export function envInput(env: Record<string, string | undefined>): GetInput {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
