/**
 * Schema files written as code that a history starts from, as a SQL schema dump does (plan.ts
 * `findBaselines`, analyse.ts `replayBase`): Rails' `db/schema.rb` (its `ActiveRecord::Schema.define`
 * block, read by rails.ts) and EF Core's `<Context>ModelSnapshot.cs` (its `BuildModel`, read by
 * ef-core-snapshot.ts). Both are what the framework regenerates after every migration, so a project
 * whose old migrations were squashed or deleted still gives the rules a history: which tables and
 * columns exist, their types and NOT NULL state, their indexes.
 */
import type { CodeFramework } from './registry.js';

const RAILS_SCHEMA = /(?:^|\/)db\/(?:(\w+)_)?schema\.rb$/;
const EF_SNAPSHOT = /(?:^|\/)\w*ModelSnapshot\.cs$/;

/** The framework whose schema file `path` is by its name, or null. */
export function codeBaselineFramework(path: string): CodeFramework | null {
  if (RAILS_SCHEMA.test(path)) return 'rails';
  if (EF_SNAPSHOT.test(path)) return 'ef-core';
  return null;
}

/**
 * Whether the text is the framework's generated schema file (`ActiveRecord::Schema….define`, a class
 * deriving from `ModelSnapshot`): any other file of that name is no baseline, since a history read
 * from it would claim to know every table while knowing none.
 */
export function looksLikeCodeBaseline(framework: CodeFramework, text: string): boolean {
  if (framework === 'rails') return /\bActiveRecord::Schema(?:\[[\d.]+\])?\.define\b/.test(text);
  return /:\s*(?:[\w.]+\.)?ModelSnapshot\b/.test(text) && /\bBuildModel\b/.test(text);
}

/**
 * Whether a code schema file belongs to a history whose migrations sit in `folders`: `db/schema.rb`
 * to `db/migrate`, `db/animals_schema.rb` to `db/animals_migrate` (Rails' multiple databases); a
 * model snapshot to the migrations folder it sits in (or one below it).
 */
export function isCodeBaselineOf(path: string, framework: CodeFramework, folders: ReadonlySet<string>): boolean {
  const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  if (framework === 'rails') {
    const db = RAILS_SCHEMA.exec(path)?.[1];
    return folders.has(`${dir}/${db === undefined ? 'migrate' : `${db}_migrate`}`);
  }
  for (const folder of folders) if (folder === dir || folder.startsWith(`${dir}/`)) return true;
  return false;
}
