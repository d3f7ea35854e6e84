/** Django migrations read statically: each rule with an equivalent operation fires on its line and stays quiet on the safe form. */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyseCode, djangoMigration, fires, prepareCode, quiet } from './helpers.js';

beforeAll(prepareCode);

const INITIAL = 'shop/migrations/0001_initial.py';
const PR = 'shop/migrations/0002_change.py';
/** Base: Book(title CharField(100), author FK, price Decimal null) with db_table unset; Author with db_table "authors". */
const base = {
  [INITIAL]: djangoMigration([
    'migrations.CreateModel(',
    '    name="Author",',
    '    fields=[("id", models.BigAutoField(primary_key=True)), ("name", models.CharField(max_length=50))],',
    '    options={"db_table": "authors"},',
    '),',
    'migrations.CreateModel(',
    '    name="Book",',
    '    fields=[',
    '        ("id", models.BigAutoField(primary_key=True)),',
    '        ("title", models.CharField(max_length=100)),',
    '        ("author", models.ForeignKey(on_delete=models.CASCADE, to="shop.author")),',
    '        ("note", models.TextField(null=True)),',
    '        ("code", models.CharField(max_length=10, db_column="isbn_code")),',
    '    ],',
    '    options={"unique_together": {("title", "author")}},',
    '),',
    'migrations.AddIndex(model_name="book", index=models.Index(fields=["title"], name="book_title_idx")),',
  ]),
};
const pr = (ops: string[]) => ({ base, head: { [PR]: djangoMigration(ops, '[("shop", "0001_initial")]') } });

describe('Django: drop-column', () => {
  test('RemoveField fires at its line, on the default table', () => {
    expect(fires(pr(['migrations.RemoveField(model_name="book", name="title"),']), 'drop-column', 6).object).toBe('shop_book.title');
  });
  test('a ForeignKey column is <name>_id; db_column is kept', () => {
    expect(fires(pr(['migrations.RemoveField(model_name="book", name="author"),']), 'drop-column', 6).object).toBe('shop_book.author_id');
    expect(fires(pr(['migrations.RemoveField(model_name="book", name="code"),']), 'drop-column', 6).object).toBe('shop_book.isbn_code');
  });
  test('a db_table from the history names the table', () => {
    expect(fires(pr(['migrations.RemoveField(model_name="author", name="name"),']), 'drop-column', 6).object).toBe('authors.name');
  });
  test('quiet: a field added earlier in the same PR and removed', () => {
    quiet(pr(['migrations.AddField(model_name="book", name="tmp", field=models.TextField(null=True)),', 'migrations.RemoveField(model_name="book", name="tmp"),']), 'drop-column');
  });
  test('inside SeparateDatabaseAndState only database_operations run', () => {
    const ops = ['migrations.SeparateDatabaseAndState(', '    state_operations=[migrations.RemoveField(model_name="book", name="title")],', '    database_operations=[],', '),'];
    quiet(pr(ops), 'drop-column');
    const db = ['migrations.SeparateDatabaseAndState(', '    database_operations=[', '        migrations.RemoveField(model_name="book", name="note"),', '    ],', '),'];
    fires(pr(db), 'drop-column', 8);
  });
});

describe('Django: rename-column, rename-table, drop-table', () => {
  test('RenameField fires; quiet for a field the PR added', () => {
    fires(pr(['migrations.RenameField(model_name="book", old_name="title", new_name="name"),']), 'rename-column', 6);
    quiet(pr(['migrations.AddField(model_name="book", name="a", field=models.TextField(null=True)),', 'migrations.RenameField(model_name="book", old_name="a", new_name="b"),']), 'rename-column');
  });
  test('RenameModel renames the default table; a model with db_table keeps its table', () => {
    expect(fires(pr(['migrations.RenameModel(old_name="Book", new_name="Volume"),']), 'rename-table', 6).object).toBe('shop_book');
    quiet(pr(['migrations.RenameModel(old_name="Author", new_name="Writer"),']), 'rename-table');
  });
  test('AlterModelTable renames the table', () => {
    fires(pr(['migrations.AlterModelTable(name="book", table="books"),']), 'rename-table', 6);
  });
  test('DeleteModel fires; quiet for a model created in the PR', () => {
    expect(fires(pr(['migrations.DeleteModel(name="Book"),']), 'drop-table', 6).object).toBe('shop_book');
    quiet(pr(['migrations.CreateModel(name="Tmp", fields=[("id", models.AutoField(primary_key=True))]),', 'migrations.DeleteModel(name="Tmp"),']), 'drop-table');
  });
});

describe('Django: AlterField and AddField', () => {
  test('change-column-type: CharField → IntegerField fires; a longer max_length is a widening, not a change', () => {
    fires(pr(['migrations.AlterField(model_name="book", name="title", field=models.IntegerField()),']), 'change-column-type', 6);
    quiet(pr(['migrations.AlterField(model_name="book", name="title", field=models.CharField(max_length=200)),']), 'change-column-type');
  });
  test('set-not-null: a nullable field made NOT NULL; quiet when it stays nullable', () => {
    fires(pr(['migrations.AlterField(model_name="book", name="note", field=models.TextField()),']), 'set-not-null', 6);
    quiet(pr(['migrations.AlterField(model_name="book", name="note", field=models.TextField(null=True, blank=True)),']), 'set-not-null');
  });
  test('add-required-column: NOT NULL without db_default (Django drops `default=` after the backfill)', () => {
    fires(pr(['migrations.AddField(model_name="book", name="isbn", field=models.CharField(max_length=13)),']), 'add-required-column', 6);
    fires(pr(['migrations.AddField(model_name="book", name="flag", field=models.BooleanField(default=False)),']), 'add-required-column', 6);
    quiet(pr(['migrations.AddField(model_name="book", name="isbn", field=models.CharField(max_length=13, null=True)),']), 'add-required-column');
    quiet(pr(['migrations.AddField(model_name="book", name="flag", field=models.BooleanField(db_default=False)),']), 'add-required-column');
  });
});

describe('Django: constraints and indexes', () => {
  test('add-unique-constraint: AddConstraint(UniqueConstraint) and a new unique_together group fire', () => {
    fires(pr(['migrations.AddConstraint(model_name="book", constraint=models.UniqueConstraint(fields=["title"], name="uniq_title")),']), 'add-unique-constraint', 6);
    fires(pr(['migrations.AlterUniqueTogether(name="book", unique_together={("title", "note")}),']), 'add-unique-constraint', 6);
  });
  test('quiet: unique_together kept as it was, on a table created in the PR', () => {
    quiet(pr(['migrations.AlterUniqueTogether(name="book", unique_together={("title", "author")}),']), 'add-unique-constraint');
    quiet(pr(['migrations.CreateModel(name="Tmp", fields=[("id", models.AutoField(primary_key=True)), ("a", models.TextField())]),', 'migrations.AddConstraint(model_name="tmp", constraint=models.UniqueConstraint(fields=["a"], name="u")),']), 'add-unique-constraint');
  });
  test('drop-index: RemoveIndex of an index base has; quiet for one the PR created', () => {
    const findings = analyseCode(pr(['migrations.RemoveIndex(model_name="book", name="book_title_idx"),']));
    expect(findings.some((f) => f.rule === 'drop-index' && f.line === 6)).toBe(true);
    quiet(pr(['migrations.AddIndex(model_name="book", index=models.Index(fields=["note"], name="n_idx")),', 'migrations.RemoveIndex(model_name="book", name="n_idx"),']), 'drop-index');
  });
});

describe('Django: unread code is never silent', () => {
  test('RunPython is unparsed-statement at its line', () => {
    expect(fires(pr(['migrations.RunPython(forwards, migrations.RunPython.noop),']), 'unparsed-statement', 6).message).toMatch(/RunPython runs Python code/);
  });
  test('an operation no adapter maps is unparsed, naming it', () => {
    expect(fires(pr(['migrations.AlterOrderWithRespectTo(name="book", order_with_respect_to="author"),']), 'unparsed-statement', 6).message).toMatch(/AlterOrderWithRespectTo/);
    expect(fires(pr(["CustomOperation(),"]), "unparsed-statement", 6).message).toMatch(/CustomOperation/);
    quiet(pr(["HStoreExtension(),", "CryptoExtension(),"]), "unparsed-statement");
  });
  test('operations that are not a list literal are unread', () => {
    const text = ['from django.db import migrations', 'class Migration(migrations.Migration):', '    operations = make_ops()', ''].join('\n');
    fires({ base, head: { [PR]: text } }, 'unparsed-statement', 3);
  });
  test('RunSQL reads its SQL: quiet for safe SQL, the rule for dangerous SQL', () => {
    quiet(pr(['migrations.RunSQL("CREATE INDEX CONCURRENTLY i ON shop_book (note)", reverse_sql="DROP INDEX i"),']), 'unparsed-statement');
    fires(pr(['migrations.RunSQL(["ALTER TABLE shop_book DROP COLUMN note"], reverse_sql=migrations.RunSQL.noop),']), 'drop-column', 6);
  });
  test('state-only operations are quiet', () => {
    const findings = analyseCode(pr(['migrations.AlterModelOptions(name="book", options={"ordering": ["title"]}),']));
    expect(findings).toEqual([]);
  });
});

describe('Django: file rules by app and migration name', () => {
  test('edited-migration: a migration base has, changed', () => {
    const edited = base[INITIAL].replace('max_length=100', 'max_length=120');
    fires({ base, head: { [INITIAL]: edited } }, 'edited-migration', 15);
  });
  test('deleted-migration', () => {
    const hits = analyseCode({ base, head: { [INITIAL]: null } }).filter((f) => f.rule === 'deleted-migration');
    expect(hits.map((f) => f.file)).toEqual([INITIAL]);
  });
  test('out-of-order-migration: a new migration that makes a second leaf of its app\'s graph, at its dependencies', () => {
    const two = { ...base, 'shop/migrations/0002_b.py': djangoMigration([], '[("shop", "0001_initial")]') };
    const hit = fires({ base: two, head: { 'shop/migrations/0003_c.py': djangoMigration([], '[("shop", "0001_initial")]') } }, 'out-of-order-migration', 4);
    expect(hit.message).toMatch(/0002_b/);
    quiet({ base: two, head: { 'shop/migrations/0003_c.py': djangoMigration([], '[("shop", "0002_b")]') } }, 'out-of-order-migration');
    // Numbers are not identity: a second 0002 with a merge migration is what Django expects.
    quiet({ base: two, head: { 'shop/migrations/0002_c.py': djangoMigration([], '[("shop", "0001_initial")]'), 'shop/migrations/0003_merge.py': djangoMigration([], '[("shop", "0002_b"), ("shop", "0002_c")]') } }, 'out-of-order-migration');
    // Django loads unnumbered modules too: a child named without a number keeps its parent from being a leaf.
    const unnumbered = { ...base, 'shop/migrations/fix_data.py': djangoMigration([], '[("shop", "0001_initial")]'), 'shop/migrations/0002_b.py': djangoMigration([], '[("shop", "fix_data")]') };
    quiet({ base: unnumbered, head: { 'shop/migrations/0003_c.py': djangoMigration([], '[("shop", "0002_b")]') } }, 'out-of-order-migration');
    // Another app's graph does not count.
    quiet({ base: two, head: { 'blog/migrations/0001_initial.py': djangoMigration([], '[("shop", "0001_initial")]') } }, 'out-of-order-migration');
  });
});

describe('Django detection', () => {
  test('a .py under migrations/ without the Django import is not a migration; tests/ folders are left', () => {
    expect(analyseCode({ head: { 'shop/migrations/0002_x.py': 'def f():\n    pass\n' } })).toEqual([]);
    expect(analyseCode({ head: { 'tests/shop/migrations/0002_x.py': djangoMigration(['migrations.DeleteModel(name="Book"),']) } })).toEqual([]);
  });
  test('framework: django with paths reads a file outside the convention', () => {
    fires({ head: { 'db/changes/0002_x.py': djangoMigration(['migrations.RunPython(f),']) }, framework: 'django', paths: ['db/changes/*.py'] }, 'unparsed-statement', 6);
  });
});

describe('Django: module-level names bound once are read where they were written', () => {
  test('RunSQL of a constant: the SQL at the constant\'s lines; RunSQL.noop is quiet', () => {
    const text = ['from django.db import migrations', 'DROP = """', 'ALTER TABLE shop_book DROP COLUMN note;', '"""', 'class Migration(migrations.Migration):', '    operations = [migrations.RunSQL(DROP, reverse_sql=migrations.RunSQL.noop), migrations.RunSQL(migrations.RunSQL.noop, DROP)]', ''].join('\n');
    const findings = analyseCode({ base, head: { [PR]: text } });
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.line)).toEqual([3]);
    expect(findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
  });
  test('operations built from lists joined with +, and unique_together=set()', () => {
    const text = ['from django.db import migrations', 'A = [migrations.RemoveField(model_name="book", name="note")]', 'B = [migrations.AlterUniqueTogether(name="book", unique_together=set())]', 'class Migration(migrations.Migration):', '    dependencies = [("shop", "0001_initial")]', '    operations = A + B', ''].join('\n');
    const findings = analyseCode({ base, head: { [PR]: text } });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-column:2']);
  });
  test('a name bound twice stays unknown', () => {
    const text = ['from django.db import migrations', 'SQL = "SELECT 1"', 'SQL = "DROP TABLE shop_book"', 'class Migration(migrations.Migration):', '    operations = [migrations.RunSQL(SQL)]', ''].join('\n');
    fires({ base, head: { [PR]: text } }, 'unparsed-statement', 5);
  });
});

describe('Django: one history per set, whatever SQL dialect a file\'s strings look like', () => {
  test('a base migration whose RunSQL looks like MySQL stays in the graph (no false second leaf)', () => {
    // Backticks outside any SQL string are MySQL's mark to the content reading of SQL files.
    const mysqlish = `# renames \`shop_book\`\n${djangoMigration(['migrations.RunSQL("SELECT 1"),'], '[("shop", "0001_initial")]')}`;
    const two = { ...base, 'shop/migrations/0002_b.py': mysqlish };
    const castish = `# reads x::int\n${djangoMigration([], '[("shop", "0002_b")]')}`;
    quiet({ base: two, head: { 'shop/migrations/0003_c.py': castish } }, 'out-of-order-migration');
  });
});
