/** Replaced at bundle time by scripts/build.mjs from package.json. */
declare const __ROLLBACK_GUARD_VERSION__: string | undefined;
export const VERSION: string = typeof __ROLLBACK_GUARD_VERSION__ === 'string' ? __ROLLBACK_GUARD_VERSION__ : '0.0.0-dev';
