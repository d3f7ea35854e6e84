/**
 * What a schema history's analysis asks of all its base migrations at once (issue 18's warm run:
 * 20,000 of them): whether any is a Liquibase file, any is written as code or a changelog, any is an
 * up migration, the newest version per sequence, the frameworks, the sequence folders. `planHistories`
 * gathers them while it decides which base files run in which history (one pass over the base, in
 * the order the history's list has them), so that `analyseHistory` and `findBaselines` ask a few values
 * and the history's list of 20,000 files is made only when a question needs the files themselves.
 * `BaseFacts.of(list)` is the reference: the same facts from a list, as the loops computed them.
 */
import { compareVersionsOf, MIGRATION_DIRS, type MigrationFile } from './detect.js';
import { isChangelogMigration } from './code/liquibase.js';
import { isCodeFramework } from './code/registry.js';

/** A sequence's newest base migration, and the newest of the others (for a file with the first one's path). */
export type NewestTwo = [MigrationFile, MigrationFile | null];

/** The folder whose migrations share one version sequence (diesel and Prisma use one folder per migration). */
export function sequenceKey(file: MigrationFile): string {
  const parts = file.path.split('/');
  parts.pop();
  if (file.framework === 'diesel' || file.framework === 'prisma') parts.pop();
  // Flyway reads a location recursively (`db/migration/2024/V…`): one sequence from the nearest
  // folder named like a migrations folder.
  if (file.framework === 'flyway') {
    const root = parts.findLastIndex((d) => MIGRATION_DIRS.has(d.toLowerCase()));
    if (root !== -1) parts.length = root + 1;
  }
  return `${file.framework}:${parts.join('/')}`;
}

/** The folder above a migration's own version or dialect folders. */
export type SequenceFolderOf = (path: string) => string;

export class BaseFacts {
  /** How many base migrations the history has. */
  count = 0;
  /** Any of them a Liquibase file (the history then runs in the master changelogs' include order). */
  liquibase = false;
  /** Any of them written as code or a Liquibase changelog (such a history is replayed every time, and names objects its SQL does not show). */
  notSql = false;
  /** Any of them an up migration (the history is then replayed). */
  anyUp = false;
  /** The frameworks of the base migrations. */
  readonly frameworks = new Set<string>();
  /** Per sequence (framework and folder): the first of the newest up migrations, then the next. */
  readonly newest = new Map<string, NewestTwo>();
  /** The sequence folders of the base migrations' folders, in the order their files come. */
  readonly folders = new Set<string>();
  // A sequence is a function of the framework and the folder: computed once per folder, and the
  // folder's key taken again without building a string while files of one folder follow each other.
  private readonly keys = new Map<string, string>();
  private last: { framework: string; dir: string; key: string } | undefined;
  private lastDir: string | undefined;

  constructor(private readonly sequenceFolder: SequenceFolderOf) {}

  /** The facts of `list`, in its order: what the loops over a history's list compute. */
  static of(list: readonly { file: MigrationFile }[], sequenceFolder: SequenceFolderOf): BaseFacts {
    const facts = new BaseFacts(sequenceFolder);
    for (const { file } of list) facts.add(file);
    return facts;
  }

  /** The next base migration of the history (in its list's order). */
  add(file: MigrationFile): void {
    this.count++;
    const framework = file.framework;
    if (framework === 'liquibase') this.liquibase = true;
    if (!this.notSql && (isCodeFramework(framework) || isChangelogMigration(file))) this.notSql = true;
    this.frameworks.add(framework);
    const path = file.path;
    const slash = path.lastIndexOf('/');
    // Sequence folders: asked once per run of files in one folder.
    if (!(this.lastDir !== undefined && slash === this.lastDir.length && path.startsWith(this.lastDir))) {
      this.lastDir = path.slice(0, Math.max(0, slash));
      this.folders.add(this.sequenceFolder(path));
    }
    // Up migrations only: a down file carries its up's version (or an orphan's).
    if (file.part !== 'up') return;
    this.anyUp = true;
    if (file.version === null) return;
    let key: string;
    const last = this.last;
    if (last !== undefined && last.framework === framework && slash === last.dir.length && path.startsWith(last.dir)) key = last.key;
    else {
      const dir = path.slice(0, Math.max(0, slash));
      const at = `${framework}\0${dir}`;
      let known = this.keys.get(at);
      if (known === undefined) this.keys.set(at, (known = sequenceKey(file)));
      key = known;
      this.last = { framework, dir, key };
    }
    const top = this.newest.get(key);
    if (!top) this.newest.set(key, [file, null]);
    else if (compareVersionsOf(framework, file.version, top[0].version as string) > 0) this.newest.set(key, [file, top[0]]);
    else if (top[1] === null || compareVersionsOf(framework, file.version, top[1].version as string) > 0) top[1] = file;
  }
}

/**
 * A history's facts as the base tree entry keeps them (`replay-cache.ts`): `[set, dialect, count,
 * flags (1 Liquibase, 2 code or changelog, 4 an up file), frameworks, folders, newest]`, each newest
 * entry `[sequence key, index of the first, index of the next or -1]` into the base plan's migrations.
 */
export type FactsRecord = [number, string, number, number, string[], string[], [string, number, number][]];

/**
 * Every history's facts of a base plan (keyed `set\0dialect`), as `planHistories` gathers them when
 * the base files' dialects are base's own: each migration (plan order) told to the history of its
 * set and each dialect it runs on (`runsOn`, else its reading's).
 */
export function planFacts(migrations: readonly { file: MigrationFile; set: number }[], dialectsOf: (i: number) => readonly string[], sequenceFolder: SequenceFolderOf): FactsRecord[] {
  const byKey = new Map<string, { set: number; dialect: string; facts: BaseFacts }>();
  const at = new Map<MigrationFile, number>();
  for (let i = 0; i < migrations.length; i++) {
    const { file, set } = migrations[i];
    at.set(file, i);
    for (const dialect of dialectsOf(i)) {
      const key = `${set}\0${dialect}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { set, dialect, facts: new BaseFacts(sequenceFolder) }));
      entry.facts.add(file);
    }
  }
  return [...byKey.values()].map(({ set, dialect, facts }): FactsRecord => [
    set,
    dialect,
    facts.count,
    (facts.liquibase ? 1 : 0) | (facts.notSql ? 2 : 0) | (facts.anyUp ? 4 : 0),
    [...facts.frameworks],
    [...facts.folders],
    [...facts.newest].map(([key, [a, b]]) => [key, at.get(a) as number, b === null ? -1 : (at.get(b) as number)]),
  ]);
}

/**
 * The facts a record holds, for the base plan's `migrationCount` migrations (`migration(i)`, decoded when asked); null when the record is not one of
 * the right shape or does not fit the plan (an index out of range, a newest file that is no
 * versioned up migration of its sequence, more files than the plan has): the entry is then a miss.
 */
export function factsFromRecord(record: unknown, migrationCount: number, migration: (i: number) => { file: MigrationFile; set: number }, sequenceFolder: SequenceFolderOf): { key: string; facts: BaseFacts } | null {
  if (!Array.isArray(record) || record.length !== 7) return null;
  const [set, dialect, count, flags, frameworks, folders, newest] = record as unknown[];
  if (!Number.isInteger(set) || (set as number) < 0 || typeof dialect !== 'string') return null;
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > migrationCount) return null;
  if (!Number.isInteger(flags) || (flags as number) < 0 || (flags as number) > 7) return null;
  if (!Array.isArray(frameworks) || !frameworks.every((f) => typeof f === 'string') || !Array.isArray(folders) || !folders.every((f) => typeof f === 'string') || !Array.isArray(newest)) return null;
  const facts = new BaseFacts(sequenceFolder);
  facts.count = count as number;
  facts.liquibase = ((flags as number) & 1) !== 0;
  facts.notSql = ((flags as number) & 2) !== 0;
  facts.anyUp = ((flags as number) & 4) !== 0;
  for (const f of frameworks as string[]) facts.frameworks.add(f);
  for (const f of folders as string[]) facts.folders.add(f);
  const fileAt = (i: unknown, key: string): MigrationFile | null => {
    if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= migrationCount) return null;
    const m = migration(i as number);
    return m.set === set && m.file.part === 'up' && m.file.version !== null && sequenceKey(m.file) === key ? m.file : null;
  };
  for (const entry of newest as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string') return null;
    const key = entry[0];
    const first = fileAt(entry[1], key);
    const next = entry[2] === -1 ? null : fileAt(entry[2], key);
    if (first === null || (entry[2] !== -1 && next === null) || facts.newest.has(key)) return null;
    facts.newest.set(key, [first, next]);
  }
  return { key: `${set as number}\0${dialect}`, facts };
}

/** The newest version of the base migrations in `file`'s sequence, other than `file` itself. */
export function newestVersionBeside(file: MigrationFile, newest: ReadonlyMap<string, NewestTwo>): string | null {
  if (file.version === null || newest.size === 0) return null;
  const top = newest.get(sequenceKey(file));
  if (!top) return null;
  const other = top[0].path === file.path ? top[1] : top[0];
  return other?.version ?? null;
}
