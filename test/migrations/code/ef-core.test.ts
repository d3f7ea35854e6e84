/** EF Core migrations read statically: `Up` forward, `Down` the down section, named and positional arguments. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['c-sharp']);
});

/** A migration whose `Up` body starts at line 9. */
function migration(name: string, up: string[], down: string[] = []): string {
  return [
    'using Microsoft.EntityFrameworkCore.Migrations;',
    '',
    'namespace Shop.Migrations',
    '{',
    `    public partial class ${name} : Migration`,
    '    {',
    '        protected override void Up(MigrationBuilder migrationBuilder)',
    '        {',
    ...up.map((l) => `            ${l}`),
    '        }',
    '',
    '        protected override void Down(MigrationBuilder migrationBuilder)',
    '        {',
    ...down.map((l) => `            ${l}`),
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
}

const BASE = 'src/Shop/Migrations/20240101000000_Initial.cs';
const PR = 'src/Shop/Migrations/20240201000000_Change.cs';
const base = {
  [BASE]: migration('Initial', [
    'migrationBuilder.CreateTable(',
    '    name: "Users",',
    '    columns: table => new',
    '    {',
    '        Id = table.Column<int>(type: "integer", nullable: false),',
    '        Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),',
    '        Nick = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),',
    '        Age = table.Column<int>(type: "integer", nullable: true)',
    '    },',
    '    constraints: table =>',
    '    {',
    '        table.PrimaryKey("PK_Users", x => x.Id);',
    '    });',
    'migrationBuilder.CreateIndex(name: "IX_Users_Email", table: "Users", column: "Email", unique: true);',
  ]),
  // The generated designer file and the model snapshot are no migrations.
  'src/Shop/Migrations/20240101000000_Initial.Designer.cs': '[Migration("20240101000000_Initial")]\npartial class Initial { }\n',
  'src/Shop/Migrations/ShopContextModelSnapshot.cs': 'partial class ShopContextModelSnapshot : ModelSnapshot { }\n',
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration('Change', up, down) } });

describe('EF Core: builder calls, at their lines', () => {
  test('drop-column: DropColumn with named and positional arguments; quiet for a column added in the PR', () => {
    expect(fires(pr(['migrationBuilder.DropColumn(', '    name: "Nick",', '    table: "Users");']), 'drop-column', 9).object).toBe('Users.Nick');
    fires(pr(['migrationBuilder.DropColumn("Nick", "Users");']), 'drop-column', 9);
    quiet(pr(['migrationBuilder.AddColumn<string>(name: "Tmp", table: "Users", nullable: true);', 'migrationBuilder.DropColumn(name: "Tmp", table: "Users");']), 'drop-column');
  });
  test('rename-column and rename-table', () => {
    fires(pr(['migrationBuilder.RenameColumn(name: "Nick", table: "Users", newName: "Nickname");']), 'rename-column', 9);
    fires(pr(['migrationBuilder.RenameTable(name: "Users", newName: "Accounts");']), 'rename-table', 9);
    quiet(pr(['migrationBuilder.CreateTable(name: "Tmp", columns: table => new { Id = table.Column<int>(nullable: false) });', 'migrationBuilder.RenameTable(name: "Tmp", newName: "Tmp2");']), 'rename-table');
  });
  test('change-column-type: AlterColumn type vs oldType; quiet for a wider varchar', () => {
    fires(pr(['migrationBuilder.AlterColumn<int>(', '    name: "Nick",', '    table: "Users",', '    type: "integer",', '    nullable: true,', '    oldClrType: typeof(string),', '    oldType: "character varying(50)",', '    oldNullable: true);']), 'change-column-type', 9);
    quiet(pr(['migrationBuilder.AlterColumn<string>(name: "Nick", table: "Users", type: "character varying(80)", maxLength: 80, nullable: true, oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50, oldNullable: true);']), 'change-column-type');
    fires(pr(['migrationBuilder.AlterColumn<string>(name: "Nick", table: "Users", maxLength: 20, nullable: true, oldClrType: typeof(string), oldMaxLength: 50, oldNullable: true);']), 'change-column-type', 9);
  });
  test('set-not-null: AlterColumn nullable: false, oldNullable: true; quiet the other way', () => {
    fires(pr(['migrationBuilder.AlterColumn<int>(name: "Age", table: "Users", type: "integer", nullable: false, defaultValue: 0, oldClrType: typeof(int), oldType: "integer", oldNullable: true);']), 'set-not-null', 9);
    quiet(pr(['migrationBuilder.AlterColumn<string>(name: "Email", table: "Users", nullable: true, oldClrType: typeof(string), oldNullable: false);']), 'set-not-null');
  });
  test('add-required-column: AddColumn nullable: false (the default) without defaultValue; quiet with one', () => {
    fires(pr(['migrationBuilder.AddColumn<string>(', '    name: "Role",', '    table: "Users",', '    nullable: false);']), 'add-required-column', 9);
    fires(pr(['migrationBuilder.AddColumn<int>(name: "Level", table: "Users");']), 'add-required-column', 9);
    quiet(pr(['migrationBuilder.AddColumn<bool>(name: "Active", table: "Users", nullable: false, defaultValue: false);']), 'add-required-column');
    quiet(pr(['migrationBuilder.AddColumn<string>(name: "Role", table: "Users", nullable: true);']), 'add-required-column');
  });
  test('drop-table: DropTable; quiet for a table created in the PR', () => {
    fires(pr(['migrationBuilder.DropTable(name: "Users");']), 'drop-table', 9);
    quiet(pr(['migrationBuilder.CreateTable(name: "Tmp", columns: table => new { Id = table.Column<int>(nullable: false) });', 'migrationBuilder.DropTable(name: "Tmp");']), 'drop-table');
  });
  test('add-unique-constraint: CreateIndex unique: true; quiet without', () => {
    fires(pr(['migrationBuilder.CreateIndex(name: "IX_Users_Nick", table: "Users", column: "Nick", unique: true);']), 'add-unique-constraint', 9);
    fires(pr(['migrationBuilder.CreateIndex(', '    name: "IX_Users_Nick_Age",', '    table: "Users",', '    columns: new[] { "Nick", "Age" },', '    unique: true);']), 'add-unique-constraint', 9);
    quiet(pr(['migrationBuilder.CreateIndex(name: "IX_Users_Nick", table: "Users", column: "Nick");']), 'add-unique-constraint');
  });
  test('drop-index: DropIndex of base\'s unique index', () => {
    fires(pr(['migrationBuilder.DropIndex(name: "IX_Users_Email", table: "Users");']), 'drop-index', 9);
  });
  test('Sql strings go through the SQL path, verbatim strings included', () => {
    fires(pr(['migrationBuilder.Sql("ALTER TABLE \\"Users\\" DROP COLUMN \\"Age\\"");']), 'drop-column', 9);
    fires(pr(['migrationBuilder.Sql(@"', '    UPDATE ""Users"" SET ""Age"" = 0;', '    DROP TABLE ""Users"";");']), 'drop-table', 9);
  });
  test('Down is a down section, not forward; annotations on a call are read through', () => {
    const findings = analyseCode(pr(['migrationBuilder.AddColumn<int>(name: "X", table: "Users", nullable: true);'], ['migrationBuilder.DropColumn(name: "X", table: "Users");']));
    expect(findings.some((f) => f.rule === 'drop-column')).toBe(false);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
    fires(pr(['migrationBuilder.AlterColumn<int>(name: "Age", table: "Users", nullable: false, oldClrType: typeof(int), oldNullable: true)', '    .Annotation("Npgsql:ValueGenerationStrategy", 1);']), 'set-not-null', 9);
  });
});

describe('EF Core: unread code is never silent', () => {
  test('unknown builder calls, SQL from a resource, interpolated SQL, other code: unparsed at their line, named', () => {
    expect(fires(pr(['migrationBuilder.SqlResource("script.sql");']), 'unparsed-statement', 9).message).toMatch(/migrationBuilder\.SqlResource/);
    expect(fires(pr(['migrationBuilder.Sql(Helpers.ReadScript("x.sql"));']), 'unparsed-statement', 9).message).toMatch(/not a string literal/);
    expect(fires(pr(['migrationBuilder.Sql($"DROP TABLE {table}");']), 'unparsed-statement', 9).message).toMatch(/interpolated/);
    expect(fires(pr(['foreach (var t in tables) { migrationBuilder.DropTable(t); }']), 'unparsed-statement', 9).message).toMatch(/foreach/);
    fires(pr(['migrationBuilder.DropColumn(name: columnName, table: "Users");']), 'unparsed-statement', 9);
  });
  test('a syntax error is unparsed at its line', () => {
    fires(pr(['migrationBuilder.DropColumn(name: "Nick", table: "Users";']), 'unparsed-statement', 9);
  });
});

describe('EF Core: file rules by migration id', () => {
  test('out-of-order-migration; the designer file and the snapshot are never migrations', () => {
    fires({ base, head: { 'src/Shop/Migrations/20231201000000_Old.cs': migration('Old', ['migrationBuilder.AddColumn<int>(name: "X", table: "Users", nullable: true);']) } }, 'out-of-order-migration', 1);
    quiet(pr([]), 'out-of-order-migration');
    expect(analyseCode({ base, head: { 'src/Shop/Migrations/20240201000000_Change.Designer.cs': 'partial class Change { void X() { migrationBuilder.DropTable(name: "Users"); } }', 'src/Shop/Migrations/ShopContextModelSnapshot.cs': 'x' } })).toEqual([]);
  });
  test('edited and deleted migrations', () => {
    fires({ base, head: { [BASE]: base[BASE].replace('maxLength: 50', 'maxLength: 60') } }, 'edited-migration', 15);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});
