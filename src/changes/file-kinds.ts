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
