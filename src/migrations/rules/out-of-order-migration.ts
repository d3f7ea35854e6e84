import { compareVersionsOf, type DetectedFramework } from '../detect.js';
import { defineMigrationRule } from './types.js';

/**
 * Tools that key their history by version alone: a second migration with a version base already
 * has (two branches that picked the same number) stops golang-migrate, sqlx, goose and Flyway, and
 * dbmate skips it as applied; Rails raises DuplicateMigrationVersionError. Others (plain folders, synapse-style deltas) may share numbers.
 */
const ONE_FILE_PER_VERSION = new Set<DetectedFramework>(['golang-migrate', 'sqlx', 'goose', 'flyway', 'dbmate', 'rails']);

export default defineMigrationRule(
  {
    id: 'out-of-order-migration',
    defaultSeverity: 'warning',
    summary: 'A new migration sorts before the newest migration already in base.',
  },
  {
    file(ctx) {
      const { version, framework } = ctx.file;
      // Only an up migration is applied in version order: a down (`.down.sql`, diesel `down.sql`,
      // Flyway `U…__`) added for an old up carries that up's version and is never applied forward.
      if (ctx.status !== 'added' || ctx.file.part !== 'up' || version === null || ctx.newestBaseVersion === null) return [];
      const order = compareVersionsOf(framework, version, ctx.newestBaseVersion);
      if (order > 0 || (order === 0 && !ONE_FILE_PER_VERSION.has(framework))) return [];
      const message =
        order === 0
          ? `${ctx.file.path} has version ${version}, the same as a migration already in base: ${framework} keeps one migration per version, so databases that applied it skip this one or refuse to migrate.`
          : `${ctx.file.path} has version ${version}, older than ${ctx.newestBaseVersion} already in base: databases that applied ${ctx.newestBaseVersion} skip it or refuse to migrate (${framework} orders by version).`;
      return [{ line: 1, endLine: 1, message, object: ctx.file.path, tables: [] }];
    },
  },
);
