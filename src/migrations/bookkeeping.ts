/**
 * Tables a migration tool keeps its own state in (which migrations ran, a lock): a migration that
 * updates or deletes their rows (Alembic's `UPDATE alembic_version SET version_num = …` in offline
 * SQL scripts, a squash resetting `schema_migrations`) changes no data the application reads.
 */
const BOOKKEEPING = new Set([
  'alembic_version', // Alembic
  'schema_migrations', // Rails, golang-migrate, dbmate, Ecto
  'ar_internal_metadata', // Rails
  'flyway_schema_history', // Flyway
  'schema_version', // Flyway before 5
  'goose_db_version', // goose
  '__diesel_schema_migrations', // diesel
  '_prisma_migrations', // Prisma
  '_sqlx_migrations', // sqlx
  'seaql_migrations', // SeaORM
  'gorp_migrations', // sql-migrate
  'knex_migrations', // Knex
  'knex_migrations_lock',
  'django_migrations', // Django
  '__efmigrationshistory', // EF Core
  'databasechangelog', // Liquibase
  'databasechangeloglock',
  'doctrine_migration_versions', // Doctrine
  'migration_versions',
  'sequelizemeta', // Sequelize
]);

/** Whether `table` (schema-qualified or not, any case) is a migration tool's bookkeeping table. */
export function isBookkeepingTable(table: string): boolean {
  const name = table.split('.').pop() ?? table;
  return BOOKKEEPING.has(name.toLowerCase());
}
