/**
 * ClickHouse files (issue 12: dialect per file, table rebuilds): umami's db/clickhouse/migrations,
 * reduced. Each reproduction has a variant written here.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { clickhouseColumn, clickhouseMutation } from '../../src/migrations/clickhouse.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
const hits = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}:${f.line} ${f.object ?? ''}`.trim());
const dialect = 'clickhouse' as const;

const base = lines(
  'CREATE TABLE ev (id UUID, name String, job_id UUID) ENGINE = MergeTree ORDER BY id;',
  'CREATE TABLE stats (id UUID, name LowCardinality(String), n UInt64) ENGINE = SummingMergeTree ORDER BY id;',
  'CREATE MATERIALIZED VIEW stats_mv TO stats AS SELECT id, name, count() AS n FROM ev GROUP BY id, name;',
);

describe('a missing `;` between two statements (umami 05_add_utm_clid.sql, 02_add_visit_id.sql)', () => {
  test('the reproduction: INSERT … SELECT glued to the RENAMEs of a swap is read as its statements: a rebuild, quiet', () => {
    const sql = lines(
      'CREATE TABLE ev_new (id UUID, name String, job_id UUID) ENGINE = MergeTree ORDER BY id;',
      '',
      'INSERT INTO ev_new',
      'SELECT id, name, job_id',
      'FROM ev',
      '',
      '-- rename tables',
      'RENAME TABLE ev TO ev_old;',
      'RENAME TABLE ev_new TO ev;',
    );
    expect(hits(analyse(sql, { base, dialect }))).toEqual([]);
  });

  test('variant: the glued statement is a mutation, then a rename: both are read and reported', () => {
    const sql = lines('ALTER TABLE ev UPDATE name = lower(name) WHERE id = id', '', 'ALTER TABLE ev RENAME COLUMN name TO title;');
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['update-rows:1 ev.name', 'rename-column:3 ev.name']);
  });

  test('what stays unparsed: a piece no parser reads keeps the whole statement unparsed (fail closed)', () => {
    const sql = lines('INSERT INTO ev SELECT id, name, job_id FROM ev', '', 'RENAME TABLE ev TO;');
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['unparsed-statement:1']);
  });
});

describe('ClickHouse column types and mutations', () => {
  test('Nullable / LowCardinality are the inner type to a reader; Nullable is what makes a column nullable', () => {
    expect(clickhouseColumn({ name: 'a', type: 'lowcardinality(nullable(string))', notNull: false, hasDefault: false })).toMatchObject({ type: 'string', notNull: false, hasDefault: true });
    expect(clickhouseColumn({ name: 'a', type: 'uuid', notNull: false, hasDefault: false })).toMatchObject({ type: 'uuid', notNull: true, hasDefault: true });
  });

  test('reproduction (umami 03_session_data.sql): UUID → Nullable(UUID) in a rebuild is drop-not-null, not a type change', () => {
    const sql = lines(
      'CREATE TABLE ev_new (id UUID, name String, job_id Nullable(UUID)) ENGINE = MergeTree ORDER BY id;',
      'INSERT INTO ev_new SELECT id, name, NULL FROM ev;',
      'RENAME TABLE ev TO ev_old;',
      'RENAME TABLE ev_new TO ev;',
    );
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['drop-not-null:1 ev.job_id']);
  });

  test('variant: LowCardinality(String) → String is no change; a real type change still is', () => {
    expect(hits(analyse('ALTER TABLE stats MODIFY COLUMN name String;', { base, dialect }))).toEqual([]);
    expect(hits(analyse('ALTER TABLE stats MODIFY COLUMN name Array(String);', { base, dialect }))).toEqual(['change-column-type:1 stats.name']);
  });

  test('mutations: the rows and columns they rewrite', () => {
    expect(clickhouseMutation('alter table umami.event_data\nupdate string_value = number_value, "x" = f(a, b)\nwhere data_type = 2')).toEqual([{ kind: 'update', table: 'umami.event_data', columns: ['string_value', 'x'] }]);
    expect(clickhouseMutation('ALTER TABLE ev ON CLUSTER c DELETE WHERE id = 1')).toEqual([{ kind: 'delete', table: 'ev' }]);
    expect(clickhouseMutation('ALTER TABLE ev DROP COLUMN name')).toBeNull();
  });
});

describe('table-rebuild (ClickHouse): a table rebuilt beside the old one and swapped in', () => {
  const mvNew = "CREATE MATERIALIZED VIEW stats_mv_new TO stats_new AS SELECT id, name, count() AS n, '' AS extra FROM ev GROUP BY id, name;";
  const swap = (columns: string, ...after: string[]): string =>
    lines(`CREATE TABLE stats_new (${columns}) ENGINE = SummingMergeTree ORDER BY id;`, mvNew, 'RENAME TABLE stats TO stats_old;', 'RENAME TABLE stats_new TO stats;', 'DROP TABLE stats_mv;', 'DROP TABLE stats_mv_new;', ...after);

  test('reproduction (umami 08_update_hostname_view.sql): the aggregate table a new materialized view fills is a rebuild, not a rename', () => {
    expect(hits(analyse(swap('id UUID, name LowCardinality(String), n UInt64, extra String', "CREATE MATERIALIZED VIEW stats_mv TO stats AS SELECT id, name, count() AS n, '' AS extra FROM ev GROUP BY id, name;"), { base, dialect }))).toEqual([]);
  });

  test('variant: the rebuild is judged column by column (a type changed, a column renamed later in the PR: the umami 06 miss)', () => {
    const sql = swap('id UUID, name Array(String), n UInt64', 'ALTER TABLE stats RENAME COLUMN n TO views;');
    // The old view is dropped and not created again here: that is reported too.
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['change-column-type:4 stats.name', 'drop-object:5 stats_mv', 'rename-column:7 stats.n']);
  });

  test('without a copy step or a view that fills it, the swap is still a rename of the old table', () => {
    const sql = lines('CREATE TABLE stats_new (id UUID, name String, n UInt64) ENGINE = SummingMergeTree ORDER BY id;', 'RENAME TABLE stats TO stats_old;', 'RENAME TABLE stats_new TO stats;');
    expect(hits(analyse(sql, { base, dialect }))).toContain('rename-table:2 stats');
  });

  test('a copy step without a column list maps by position, also through a JOIN (umami 03 and 02): a renamed column is reported', () => {
    const sql = lines(
      'CREATE TABLE ev_new (id UUID, title String, job_id UUID, visit UUID) ENGINE = MergeTree ORDER BY id;',
      'INSERT INTO ev_new SELECT e.id, e.name, e.job_id, j.visit FROM ev e JOIN ev_join j ON e.id = j.id;',
      'RENAME TABLE ev TO ev_old;',
      'RENAME TABLE ev_new TO ev;',
    );
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['rename-column:1 ev.name']);
  });
});
