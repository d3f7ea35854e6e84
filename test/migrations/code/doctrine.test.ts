/** Doctrine migrations read statically: `$this->addSql('SQL')` through the SQL path, the Schema API where it names its tables. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['php']);
});

/** A migration whose `up` body starts at line 10. */
function migration(version: string, up: string[], down: string[] = []): string {
  return [
    '<?php',
    'declare(strict_types=1);',
    'namespace DoctrineMigrations;',
    'use Doctrine\\DBAL\\Schema\\Schema;',
    'use Doctrine\\Migrations\\AbstractMigration;',
    '',
    `final class Version${version} extends AbstractMigration`,
    '{',
    '    public function up(Schema $schema): void {',
    ...up.map((l) => `        ${l}`),
    '    }',
    '    public function down(Schema $schema): void {',
    ...down.map((l) => `        ${l}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

const BASE = 'migrations/Version20240101000000.php';
const PR = 'migrations/Version20240201000000.php';
const base = {
  [BASE]: migration('20240101000000', [
    "$this->addSql('CREATE TABLE users (id INT NOT NULL, email VARCHAR(100) NOT NULL, nick VARCHAR(50) DEFAULT NULL, age INT DEFAULT NULL, PRIMARY KEY(id))');",
    "$this->addSql('CREATE UNIQUE INDEX UNIQ_EMAIL ON users (email)');",
  ]),
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration('20240201000000', up, down) } });
const sql = (s: string): string => `$this->addSql('${s}');`;

describe('Doctrine: addSql strings', () => {
  test('every rule through the SQL path, at its line', () => {
    fires(pr([sql('ALTER TABLE users DROP nick')]), 'drop-column', 10);
    fires(pr([sql('ALTER TABLE users RENAME COLUMN nick TO nickname')]), 'rename-column', 10);
    fires(pr([sql('ALTER TABLE users ALTER age TYPE VARCHAR(10)')]), 'change-column-type', 10);
    fires(pr([sql('ALTER TABLE users ALTER nick SET NOT NULL')]), 'set-not-null', 10);
    fires(pr([sql('ALTER TABLE users ADD role VARCHAR(20) NOT NULL')]), 'add-required-column', 10);
    quiet(pr([sql("ALTER TABLE users ADD role VARCHAR(20) DEFAULT ''member'' NOT NULL")]), 'add-required-column');
    fires(pr([sql('DROP TABLE users')]), 'drop-table', 10);
    fires(pr([sql('ALTER TABLE users RENAME TO accounts')]), 'rename-table', 10);
    fires(pr([sql('CREATE UNIQUE INDEX UNIQ_NICK ON users (nick)')]), 'add-unique-constraint', 10);
    fires(pr([sql('DROP INDEX UNIQ_EMAIL')]), 'drop-index', 10);
    quiet(pr([sql('CREATE TABLE tmp (id INT)'), sql('DROP TABLE tmp')]), 'drop-table');
  });
  test('down() is a down section; $this->connection->executeStatement is SQL too', () => {
    const findings = analyseCode(pr([sql('ALTER TABLE users ADD x INT DEFAULT NULL')], [sql('ALTER TABLE users DROP x')]));
    expect(findings.some((f) => f.rule === 'drop-column')).toBe(false);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
    fires(pr(["$this->connection->executeStatement('UPDATE users SET age = 0');"]), 'update-rows', 10);
  });
});

describe('Doctrine: the Schema API', () => {
  test('dropTable, renameTable, getTable()->dropColumn, and a $table variable', () => {
    fires(pr(["$schema->dropTable('users');"]), 'drop-table', 10);
    fires(pr(["$schema->renameTable('users', 'accounts');"]), 'rename-table', 10);
    fires(pr(["$schema->getTable('users')->dropColumn('nick');"]), 'drop-column', 10);
    fires(pr(["$table = $schema->getTable('users');", "$table->addColumn('role', 'string', ['length' => 20]);"]), 'add-required-column', 11);
    quiet(pr(["$table = $schema->getTable('users');", "$table->addColumn('role', 'string', ['notnull' => false]);"]), 'add-required-column');
    fires(pr(["$table = $schema->getTable('users');", "$table->addUniqueIndex(['nick']);"]), 'add-unique-constraint', 11);
    quiet(pr(["$table = $schema->createTable('tmp');", "$table->addColumn('id', 'integer');", "$schema->dropTable('tmp');"]), 'drop-table');
  });
});

describe('Doctrine: unread code is never silent', () => {
  test('interpolated SQL, unknown calls and other code are unparsed at their line', () => {
    expect(fires(pr(['$this->addSql("ALTER TABLE $table DROP nick");']), 'unparsed-statement', 10).message).toMatch(/interpolated/);
    expect(fires(pr(['$this->addSql($sql);']), 'unparsed-statement', 10).message).toMatch(/not a string literal/);
    expect(fires(pr(["$schema->getTable('users')->getColumn('nick')->setNotnull(true);"]), 'unparsed-statement', 10).message).toMatch(/getColumn/);
    expect(fires(pr(['$this->container->get(Service::class)->run();']), 'unparsed-statement', 10).message).toMatch(/container/);
    quiet(pr(["$this->abortIf(!$this->connection->getDatabasePlatform() instanceof PostgreSQLPlatform, 'Postgres only');", sql('SELECT 1')]), 'unparsed-statement');
  });
});

describe('Doctrine: detection', () => {
  test("a Version class extending the project's own base class, with Doctrine's imports, is a migration", () => {
    const own = migration('20240201000000', ["$schema->dropTable('users');"]).replace('extends AbstractMigration', 'extends AppMigration');
    fires({ base, head: { [PR]: own } }, 'drop-table', 10);
    expect(analyseCode({ base, head: { [PR]: own.replace(/use Doctrine[^\n]*\n/g, '') } })).toEqual([]);
  });
});

describe('Doctrine: file rules by version', () => {
  test('out-of-order, edited and deleted migrations', () => {
    fires({ base, head: { 'migrations/Version20230101000000.php': migration('20230101000000', []) } }, 'out-of-order-migration', 1);
    quiet(pr([]), 'out-of-order-migration');
    fires({ base, head: { [BASE]: base[BASE].replace('VARCHAR(50)', 'VARCHAR(60)') } }, 'edited-migration', 10);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});
