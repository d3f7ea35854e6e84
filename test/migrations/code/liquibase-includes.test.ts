/**
 * Liquibase master changelogs: `include` / `includeAll` (XML, YAML, JSON) order the history's replay
 * and the PR's changelogs; an include that resolves to nothing is a finding at its line.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../../src/changes/types.js';
import { defaultConfig } from '../../../src/config/types.js';
import { prepareEngine, runEngine } from '../../../src/engine.js';
import type { Finding } from '../../../src/findings.js';
import { includeOrder } from '../../../src/migrations/code/liquibase-includes.js';

beforeAll(async () => {
  await prepareEngine();
});

function run(base: Record<string, string>, head: Record<string, string>): Finding[] {
  return runEngine({ changes: changeSetFromTrees(base, head), config: defaultConfig() }, { today: '2026-11-24' }).findings;
}
const show = (fs: Finding[]): string => fs.map((f) => `  ${f.rule} ${f.file}:${f.line}: ${f.message}`).join('\n') || '(no findings)';
function has(fs: Finding[], rule: string, file: string, line: number): void {
  if (!fs.some((f) => f.rule === rule && f.file === file && f.line === line)) expect.fail(`expected ${rule} at ${file}:${line}, got:\n${show(fs)}`);
}
function none(fs: Finding[], rule: string): void {
  const hits = fs.filter((f) => f.rule === rule);
  if (hits.length > 0) expect.fail(`expected no ${rule}, got:\n${show(hits)}`);
}

/** A changelog of one changeset; its change sits on line 4. */
const changelog = (id: string, change: string): string =>
  ['<?xml version="1.0" encoding="UTF-8"?>', '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">', `  <changeSet id="${id}" author="dev">`, `    ${change}`, '  </changeSet>', '</databaseChangeLog>', ''].join('\n');
const xmlMaster = (lines: string[]): string =>
  ['<?xml version="1.0" encoding="UTF-8"?>', '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">', ...lines.map((l) => `  ${l}`), '</databaseChangeLog>', ''].join('\n');

const DIR = 'src/main/resources/db/changelog';
const MASTER = `${DIR}/db.changelog-master.xml`;
// File-name order would run the widening before the table exists; the master creates first.
const CREATE = changelog('1', '<createTable tableName="t"><column name="c" type="varchar(50)"/></createTable>');
const WIDEN = changelog('2', '<modifyDataType tableName="t" columnName="c" newDataType="varchar(200)"/>');
const history = (master: string | null) => ({
  [`${DIR}/changes/b-create.xml`]: CREATE,
  [`${DIR}/changes/a-widen.xml`]: WIDEN,
  ...(master === null ? {} : { [MASTER]: master }),
});
const PR_PATH = `${DIR}/changes/c-narrow.xml`;
const NARROW = changelog('3', '<modifyDataType tableName="t" columnName="c" newDataType="varchar(100)"/>');

describe('the base replays in include order', () => {
  test('XML include: create, then widen to 200 → the PR\'s varchar(100) narrows (fires); by file names it would widen', () => {
    const master = xmlMaster(['<include file="changes/b-create.xml" relativeToChangelogFile="true"/>', '<include file="changes/a-widen.xml" relativeToChangelogFile="true"/>', '<include file="changes/c-narrow.xml" relativeToChangelogFile="true"/>']);
    const fs = run(history(master), { ...history(master), [PR_PATH]: NARROW });
    has(fs, 'change-column-type', PR_PATH, 4);
    none(fs, 'widen-column-type');
    // Without a master: natural path order (a-widen before the table exists).
    const plain = run(history(null), { ...history(null), [PR_PATH]: NARROW });
    has(plain, 'widen-column-type', PR_PATH, 4);
  });
  test('YAML include (paths from the resources root) and JSON include order alike', () => {
    const yaml = ['databaseChangeLog:', '  - include:', '      file: db/changelog/changes/b-create.xml', '  - include:', '      file: db/changelog/changes/a-widen.xml', ''].join('\n');
    const y = { ...history(null), [`${DIR}/db.changelog-master.yaml`]: yaml };
    has(run(y, { ...y, [PR_PATH]: NARROW }), 'change-column-type', PR_PATH, 4);
    const json = JSON.stringify({ databaseChangeLog: [{ include: { file: 'changes/b-create.xml', relativeToChangelogFile: true } }, { include: { file: 'changes/a-widen.xml', relativeToChangelogFile: true } }] }, null, 2);
    const j = { ...history(null), [`${DIR}/db.changelog-master.json`]: json };
    has(run(j, { ...j, [PR_PATH]: NARROW }), 'change-column-type', PR_PATH, 4);
  });
  test('includeAll takes a folder in path order, and a master may include a master', () => {
    const tree = {
      [`${DIR}/v1/create.xml`]: CREATE,
      [`${DIR}/v2/widen.xml`]: WIDEN,
      [MASTER]: xmlMaster(['<include file="v1.xml" relativeToChangelogFile="true"/>', '<includeAll path="v2/" relativeToChangelogFile="true"/>']),
      [`${DIR}/v1.xml`]: xmlMaster(['<includeAll path="v1" relativeToChangelogFile="true"/>']),
    };
    const order = [...includeOrder(changeSetFromTrees(tree, tree).headTree).rank.keys()];
    expect(order).toEqual([MASTER, `${DIR}/v1.xml`, `${DIR}/v1/create.xml`, `${DIR}/v2/widen.xml`]);
  });
  test('another module\'s resources root is on the classpath (fineract\'s module masters), for include and includeAll', () => {
    const master = 'core/src/main/resources/db/changelog/db.changelog-master.xml';
    const tree = {
      [master]: xmlMaster(['<include file="db/changelog/module/loan/master.xml"/>', '<includeAll path="db/changelog/module/extra/"/>']),
      'loan/src/main/resources/db/changelog/module/loan/master.xml': xmlMaster(['<include file="parts/1.xml" relativeToChangelogFile="true"/>']),
      'loan/src/main/resources/db/changelog/module/loan/parts/1.xml': CREATE,
      'extra/src/main/resources/db/changelog/module/extra/2.xml': WIDEN,
    };
    const order = includeOrder(changeSetFromTrees(tree, tree).headTree);
    expect(order.problems).toEqual([]);
    expect([...order.rank.keys()]).toEqual([master, 'loan/src/main/resources/db/changelog/module/loan/master.xml', 'loan/src/main/resources/db/changelog/module/loan/parts/1.xml', 'extra/src/main/resources/db/changelog/module/extra/2.xml']);
  });
  test('cycles end: a master that includes itself through another is read once', () => {
    const tree = {
      [MASTER]: xmlMaster(['<include file="other.xml" relativeToChangelogFile="true"/>', '<include file="changes/b-create.xml" relativeToChangelogFile="true"/>']),
      [`${DIR}/other.xml`]: xmlMaster(['<include file="db.changelog-master.xml" relativeToChangelogFile="true"/>']),
      [`${DIR}/changes/b-create.xml`]: CREATE,
    };
    const order = includeOrder(changeSetFromTrees(tree, tree).headTree);
    expect([...order.rank.keys()]).toEqual([MASTER, `${DIR}/other.xml`, `${DIR}/changes/b-create.xml`]);
    expect(order.problems).toEqual([]);
  });
});

describe('the PR\'s changelogs apply in include order', () => {
  test('a table the PR creates, then a column it drops from it, is quiet though the names sort the other way', () => {
    const base = { [MASTER]: xmlMaster([]) };
    const master = xmlMaster(['<include file="changes/x-create.xml" relativeToChangelogFile="true"/>', '<include file="changes/w-drop.xml" relativeToChangelogFile="true"/>']);
    const head = {
      [MASTER]: master,
      [`${DIR}/changes/x-create.xml`]: changelog('1', '<createTable tableName="u"><column name="a" type="int"/><column name="b" type="int"/></createTable>'),
      [`${DIR}/changes/w-drop.xml`]: changelog('2', '<dropColumn tableName="u" columnName="b"/>'),
    };
    none(run(base, head), 'drop-column');
    // The control: no master, path order (w-drop before x-create) drops a column of an unknown table.
    const { [MASTER]: _m, ...noMaster } = head;
    has(run({}, noMaster), 'drop-column', `${DIR}/changes/w-drop.xml`, 4);
  });
});

describe('an include that resolves to nothing is a finding', () => {
  test('an include of a missing file the PR adds to the master: unparsed-statement at its line', () => {
    const base = { [MASTER]: xmlMaster(['<include file="changes/b-create.xml" relativeToChangelogFile="true"/>']), [`${DIR}/changes/b-create.xml`]: CREATE };
    const head = { ...base, [MASTER]: xmlMaster(['<include file="changes/b-create.xml" relativeToChangelogFile="true"/>', '<include file="changes/typo.xml" relativeToChangelogFile="true"/>']) };
    const fs = run(base, head);
    has(fs, 'unparsed-statement', MASTER, 4);
    expect(fs.find((f) => f.file === MASTER)?.message).toContain('changes/typo.xml');
  });
  test('deleting a changelog the master still includes is a finding on the master; deleting the include too is not', () => {
    const base = { [MASTER]: xmlMaster(['<include file="changes/b-create.xml" relativeToChangelogFile="true"/>', '<include file="changes/a-widen.xml" relativeToChangelogFile="true"/>']), ...history(null) };
    const { [`${DIR}/changes/a-widen.xml`]: _w, ...head } = base;
    has(run(base, head), 'unparsed-statement', MASTER, 4);
    const fixed = { ...head, [MASTER]: xmlMaster(['<include file="changes/b-create.xml" relativeToChangelogFile="true"/>']) };
    expect(run(base, fixed).filter((f) => f.file === MASTER)).toEqual([]);
  });
  test('a master under a test folder is not the repository\'s: its includes are not judged', () => {
    const test = 'src/test/resources/db/changelog/test-master.xml';
    const head = { [test]: xmlMaster(['<include file="only-at-test-time.xml" relativeToChangelogFile="true"/>']) };
    expect(run({}, head).filter((f) => f.file === test)).toEqual([]);
    // The same master in the main resources is judged.
    has(run({}, { [MASTER]: head[test] }), 'unparsed-statement', MASTER, 3);
  });
  test('includeAll of a missing folder, a parameter and a path outside the repository; errorIfMissingOrEmpty="false" is quiet', () => {
    const base = { [MASTER]: xmlMaster([]) };
    const head = {
      [MASTER]: xmlMaster([
        '<includeAll path="nowhere/" relativeToChangelogFile="true"/>',
        '<include file="${changelogDir}/x.xml"/>',
        '<include file="../../../../../../outside.xml" relativeToChangelogFile="true"/>',
        '<includeAll path="optional/" relativeToChangelogFile="true" errorIfMissingOrEmpty="false"/>',
      ]),
    };
    const fs = run(base, head).filter((f) => f.file === MASTER);
    expect(fs.map((f) => [f.rule, f.line])).toEqual([
      ['unparsed-statement', 3],
      ['unparsed-statement', 4],
      ['unparsed-statement', 5],
    ]);
  });
});
