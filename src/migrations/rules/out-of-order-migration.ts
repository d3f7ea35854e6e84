import { compareVersions } from '../detect.js';
import { defineMigrationRule } from './types.js';

export default defineMigrationRule(
  {
    id: 'out-of-order-migration',
    defaultSeverity: 'warning',
    summary: 'A new migration sorts before the newest migration already in base.',
  },
  {
    file(ctx) {
      const { version } = ctx.file;
      // Only an up migration is applied in version order: a down (`.down.sql`, diesel `down.sql`,
      // Flyway `U…__`) added for an old up carries that up's version and is never applied forward.
      if (ctx.status !== 'added' || ctx.file.part !== 'up' || version === null || ctx.newestBaseVersion === null) return [];
      if (compareVersions(version, ctx.newestBaseVersion) >= 0) return [];
      return [
        {
          line: 1,
          endLine: 1,
          message: `${ctx.file.path} has version ${version}, older than ${ctx.newestBaseVersion} already in base: databases that applied ${ctx.newestBaseVersion} skip it or refuse to migrate (${ctx.file.framework} orders by version).`,
          object: ctx.file.path,
          tables: [],
        },
      ];
    },
  },
);
