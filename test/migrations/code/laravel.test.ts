/** Laravel migrations read statically: `up()` forward, `down()` the down section, each `$table->…` call at its own line. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['php']);
});

/** An anonymous migration class whose `up()` body starts at line 10. */
function migration(up: string[], down: string[] = []): string {
  return [
    '<?php',
    '',
    'use Illuminate\\Database\\Migrations\\Migration;',
    'use Illuminate\\Database\\Schema\\Blueprint;',
    'use Illuminate\\Support\\Facades\\Schema;',
    '',
    'return new class extends Migration',
    '{',
    '    public function up(): void {',
    ...up.map((l) => `        ${l}`),
    '    }',
    '    public function down(): void {',
    ...down.map((l) => `        ${l}`),
    '    }',
    '};',
    '',
  ].join('\n');
}

/** `Schema::table('users', …)` around `lines`: the first one is at line 11. */
const alter = (lines: string[]): string[] => ["Schema::table('users', function (Blueprint $table) {", ...lines.map((l) => `    ${l}`), '});'];

const BASE = 'database/migrations/2014_10_12_000000_create_users_table.php';
const PR = 'database/migrations/2024_05_01_120000_change_users.php';
const base = {
  [BASE]: migration([
    "Schema::create('users', function (Blueprint $table) {",
    '    $table->id();',
    "    $table->string('email')->unique();",
    "    $table->string('nick', 50)->nullable();",
    "    $table->integer('age');",
    "    $table->string('role')->default('member');",
    "    $table->index(['nick', 'age']);",
    '    $table->timestamps();',
    '});',
  ]),
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration(up, down) } });

describe('Laravel: Schema::table calls, each at its line', () => {
  test('drop-column: dropColumn of one, several and an array', () => {
    expect(fires(pr(alter(["$table->dropColumn('nick');"])), 'drop-column', 11).object).toBe('users.nick');
    const findings = analyseCode(pr(alter(['$table->id();', "$table->dropColumn(['nick', 'age']);"])));
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => `${f.line} ${f.object}`).sort()).toEqual(['12 users.age', '12 users.nick']);
    fires(pr(alter(['$table->dropTimestamps();'])), 'drop-column', 11);
    quiet(pr(alter(["$table->string('tmp')->nullable();", "$table->dropColumn('tmp');"])), 'drop-column');
  });
  test('rename-column', () => {
    fires(pr(alter(["$table->renameColumn('nick', 'nickname');"])), 'rename-column', 11);
    quiet(pr(alter(["$table->string('tmp')->nullable();", "$table->renameColumn('tmp', 'tmp2');"])), 'rename-column');
  });
  test('change-column-type: ->change() to another type; quiet for a wider string', () => {
    fires(pr(alter(["$table->integer('nick')->nullable()->change();"])), 'change-column-type', 11);
    quiet(pr(alter(["$table->string('nick', 100)->nullable()->change();"])), 'change-column-type');
  });
  test('set-not-null: ->nullable(false)->change() and a ->change() that drops nullable(); quiet when it stays nullable', () => {
    fires(pr(alter(["$table->string('nick', 50)->nullable(false)->change();"])), 'set-not-null', 11);
    fires(pr(alter(["$table->string('nick', 80)->change();"])), 'set-not-null', 11);
    quiet(pr(alter(["$table->string('nick', 80)->nullable()->change();"])), 'set-not-null');
  });
  test('add-required-column: a column without nullable() or default(); quiet with either, and in a new table', () => {
    fires(pr(alter(["$table->string('team')->after('email');"])), 'add-required-column', 11);
    fires(pr(alter(["$table->foreignId('team_id')->constrained();"])), 'add-required-column', 11);
    quiet(pr(alter(["$table->string('team')->nullable();"])), 'add-required-column');
    quiet(pr(alter(["$table->boolean('active')->default(true);"])), 'add-required-column');
    quiet(pr(["Schema::create('teams', function (Blueprint $table) {", "    $table->string('name');", '});']), 'add-required-column');
  });
  test('add-unique-constraint: $table->unique() and ->unique()->change() on an existing column; quiet for a plain index', () => {
    fires(pr(alter(["$table->unique('nick');"])), 'add-unique-constraint', 11);
    fires(pr(alter(["$table->string('nick', 50)->nullable()->unique()->change();"])), 'add-unique-constraint', 11);
    quiet(pr(alter(["$table->index('nick');"])), 'add-unique-constraint');
  });
  test("drop-index: dropUnique / dropIndex by columns (Laravel's default names) and by name", () => {
    expect(fires(pr(alter(["$table->dropUnique(['email']);"])), 'drop-index', 11).message).toMatch(/users_email_unique/);
    fires(pr(alter(["$table->dropUnique('users_email_unique');"])), 'drop-index', 11);
    fires(pr(alter(["$table->dropIndex(['nick', 'age']);"])), 'drop-index', 11);
  });
});

describe('Laravel: Schema:: and DB::', () => {
  test('drop-table: Schema::drop / dropIfExists; quiet for a table created in the PR', () => {
    fires(pr(["Schema::dropIfExists('users');"]), 'drop-table', 10);
    fires(pr(["Schema::connection('mysql')->drop('users');"]), 'drop-table', 10);
    quiet(pr(["Schema::create('tmp', function (Blueprint $table) {", '    $table->id();', '});', "Schema::drop('tmp');"]), 'drop-table');
  });
  test('rename-table: Schema::rename', () => {
    fires(pr(["Schema::rename('users', 'accounts');"]), 'rename-table', 10);
    quiet(pr(["Schema::create('tmp', fn (Blueprint $t) => $t->id());", "Schema::rename('tmp', 'tmp2');"]), 'rename-table');
  });
  test('DB::statement and DB::unprepared go through the SQL path at their lines', () => {
    fires(pr(["DB::statement('ALTER TABLE users DROP COLUMN age');"]), 'drop-column', 10);
    fires(pr(['DB::unprepared(<<<SQL', 'UPDATE users SET age = 0;', 'ALTER TABLE users DROP COLUMN nick;', 'SQL);']), 'drop-column', 12);
  });
  test('DB::table(…)->update([…]) is an update of its keys', () => {
    fires(pr(["DB::table('users')->whereNull('nick')->update(['nick' => 'x']);"]), 'update-rows', 10);
  });
  test('the down() method is a down section, not forward', () => {
    const findings = analyseCode(pr(alter(["$table->string('x')->nullable();"]), alter(["$table->dropColumn('x');"])));
    expect(findings.some((f) => f.rule === 'drop-column')).toBe(false);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
  });
  test('if blocks are read; their condition is not a statement', () => {
    const c = pr(["if (Schema::hasColumn('users', 'nick')) {", "    Schema::dropColumns('users', ['nick']);", '}']);
    fires(c, 'drop-column', 11);
    quiet(c, 'unparsed-statement');
    quiet(pr(["if (Schema::hasTable('teams')) {", '    return;', '}', "if (count($ids) > 0) {", "    DB::table('users')->delete();", '} else {', "    Schema::drop('users');", '}']), 'unparsed-statement');
  });
  test('a closure held in a variable is read where Schema::table uses it', () => {
    const c = pr(["$drop = fn (Blueprint $t) => $t->dropColumn('nick');", "Schema::table('users', $drop);"]);
    // The call is where the closure is written.
    fires(c, 'drop-column', 10);
    quiet(c, 'unparsed-statement');
    fires(pr(["Schema::table('users', $elsewhere);"]), 'unparsed-statement', 10);
  });
});

describe('Laravel: unread code is never silent', () => {
  test('unknown Blueprint calls, modifiers, Schema:: and DB:: calls, and model code are unparsed at their line, named', () => {
    expect(fires(pr(alter(["$table->someMacro('nick');"])), 'unparsed-statement', 11).message).toMatch(/someMacro/);
    expect(fires(pr(alter(["$table->string('nick')->someModifier()->change();"])), 'unparsed-statement', 11).message).toMatch(/someModifier/);
    expect(fires(pr(["Schema::dropAllTables();"]), 'unparsed-statement', 10).message).toMatch(/Schema::dropAllTables/);
    expect(fires(pr(["User::query()->update(['nick' => null]);"]), 'unparsed-statement', 10).message).toMatch(/User::query/);
    expect(fires(pr(['foreach ($rows as $row) {', '    $row->save();', '}']), 'unparsed-statement', 10).message).toMatch(/foreach/);
  });
  test('computed names and interpolated SQL', () => {
    fires(pr(['Schema::table($name, function (Blueprint $table) {', "    $table->dropColumn('nick');", '});']), 'unparsed-statement', 10);
    fires(pr(alter(['$table->dropColumn($column);'])), 'unparsed-statement', 11);
    expect(fires(pr(['DB::statement("ALTER TABLE users DROP COLUMN $column");']), 'unparsed-statement', 10).message).toMatch(/interpolated/);
    fires(pr(['DB::unprepared(<<<SQL', 'ALTER TABLE {$t} DROP COLUMN nick;', 'SQL);']), 'unparsed-statement', 10);
  });
  test('a syntax error is unparsed at its line', () => {
    fires(pr(alter(["$table->dropColumn('nick'"])), 'unparsed-statement', 11);
  });
  test('Schema::hasTable, config reads and a schema query assigned to a variable are quiet', () => {
    expect(analyseCode(pr(["$exists = Schema::hasTable('users');", "Schema::disableForeignKeyConstraints();"]))).toEqual([]);
  });
});

describe('Laravel: file rules by timestamp', () => {
  test('out-of-order-migration: a timestamp older than base\'s newest; two files of one second are two migrations', () => {
    fires({ base, head: { 'database/migrations/2013_01_01_000000_old.php': migration(alter(["$table->string('x')->nullable();"])) } }, 'out-of-order-migration', 1);
    quiet(pr(alter(["$table->string('x')->nullable();"])), 'out-of-order-migration');
    quiet({ base, head: { 'database/migrations/2014_10_12_000000_other.php': migration([]) } }, 'out-of-order-migration');
  });
  test('edited and deleted migrations', () => {
    fires({ base, head: { [BASE]: base[BASE].replace("'nick', 50", "'nick', 60") } }, 'edited-migration', 13);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
  test('a named class extending Migration is read too; a PHP file elsewhere is not a migration', () => {
    const named = migration(["Schema::drop('users');"]).replace('return new class extends Migration', 'class DropUsers extends Migration').replace('};', '}');
    fires({ base, head: { [PR]: named } }, 'drop-table', 10);
    expect(analyseCode({ base, head: { 'app/Models/User.php': "<?php\nSchema::drop('users');\n" } })).toEqual([]);
  });
});
