/**
 * The files the analysers read, by name: SQL migrations, and YAML or JSON for contracts and the
 * configuration. Shared by the analysers and by the git snapshot, which reads those of a PR in one
 * batch.
 */

/** `.sql`, synapse's per-engine `.sql.postgres` / `.sql.sqlite` / `.sql.mysql`, sqldelight's `.sqm`. */
export function isSqlFileName(path: string): boolean {
  return /\.(?:sql(?:\.(?:postgres|sqlite|mysql))?|sqm)$/i.test(path);
}

/** YAML and JSON files: contracts and the configuration. */
export const DATA_FILE = /\.(ya?ml|json)$/i;

/** Whether a changed file is YAML or JSON on either side (what the contract analysis reads; engine.ts gates on it too). */
export function changesDataFile(file: { path: string; oldPath?: string }): boolean {
  return DATA_FILE.test(file.path) || (file.oldPath !== undefined && DATA_FILE.test(file.oldPath));
}

/** Files an analyser reads: SQL, YAML and JSON, and XML (Liquibase changelogs). */
export function isAnalysedFileName(path: string): boolean {
  return isSqlFileName(path) || DATA_FILE.test(path) || /\.xml$/i.test(path);
}

/**
 * Whether a change list touches a SQL file (added, edited, deleted, or renamed from or to one): the
 * only files the migration analyser takes as candidates when no file is forced. Without one, the
 * SQL parsers (libpg-query's WASM and the others) need not be loaded.
 */
export function touchesSqlFile(files: readonly { path: string; oldPath?: string }[]): boolean {
  return touches(files, isSqlFileName);
}

function touches(files: readonly { path: string; oldPath?: string }[], kind: (path: string) => boolean): boolean {
  return files.some((f) => kind(f.path) || (f.oldPath !== undefined && kind(f.oldPath)));
}
