#!/usr/bin/env node
/**
 * Real-history replay (issue 12, section 1): for each repository of repos.json, the last N
 * first-parent commits (squash merges, or merge commits taken against their first parent) that touch
 * the repository's migrations or contracts (or N touching migrations and M touching contracts) are
 * checked as a pull request would be:
 *
 *   node <cli> check --base C^1 --head C --format json
 *
 * and every error and warning finding is matched against the labels kept in labels/<repo>.jsonl
 * (hazard | policy | false | debatable, with a reason). A miss hunt lists the changed migration
 * statements that contain DROP / RENAME / TYPE / NOT NULL / UPDATE / DELETE / UNIQUE / TRUNCATE /
 * MODIFY / CHANGE and got no finding, and the changed contract files that lost lines and got no
 * deploy-direction finding; their labels (missed | ok) live in the same labels file.
 *
 *   node bench/history/run.mjs [--cli dist/cli.js] [--repos lemmy,kratos] [--out DIR] [--jobs 1]
 *                              [--timeout 180] [--report-only] [--list] [--markdown FILE] [--all-tags]
 *
 * Each check sees the repository's tags as they were when its commit was made: tags created later
 * are moved to refs/rg-hidden/ for the duration of that check (one at a time; `--all-tags` keeps
 * today's tags and allows --jobs > 1). An interrupted run's hidden tags are put back at the start.
 *
 * Repositories are read from git clones in bench/.repos/<name> (git-ignored). A missing clone is
 * made with `git clone --no-checkout` from the snapshot that the search tool's `fetch` verb brought
 * to <mirror-root>/<owner>+<name>/repo (default /work/.mirror; --mirror-root DIR); the CLI needs a
 * repository with a work tree, which a bare snapshot is not. Results go to bench/history/.results/
 * <tag>/ (git-ignored; <tag> is --tag or the CLI's directory name): one JSON file per repository,
 * todo-<repo>.jsonl (findings and miss candidates with no label yet, ready to be labelled and
 * appended to labels/<repo>.jsonl) and summary.md (the tables this script prints).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { splitStatements } from './split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const flag = (name) => args.includes(name);

const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const tag = opt('--tag', basename(dirname(cli)));
const outDir = resolve(root, opt('--out', join('bench/history/.results', tag)));
const mirrorRoot = resolve(opt('--mirror-root', '/work/.mirror'));
const reposDir = join(root, 'bench/.repos');
const jobs = Math.max(1, Number(opt('--jobs', '1')));
const timeoutMs = Number(opt('--timeout', '180')) * 1000;
const onlyRepos = opt('--repos', null)?.split(',');
const reportOnly = flag('--report-only');
const listOnly = flag('--list');
const markdownOut = opt('--markdown', null);
// The repository as it was when the commit was made: tags created after it are hidden while its
// check runs (a release cut months later is not one the PR could know). `--all-tags`: today's tags.
const allTags = flag('--all-tags');
if (!allTags && jobs > 1) die('--jobs N > 1 needs --all-tags (tags are hidden per commit, one check at a time)');

const manifest = JSON.parse(readFileSync(join(here, 'repos.json'), 'utf8'));
const repos = manifest.repos.filter((r) => !onlyRepos || onlyRepos.includes(r.name));
if (onlyRepos) {
  const unknown = onlyRepos.filter((n) => !manifest.repos.some((r) => r.name === n));
  if (unknown.length > 0) die(`unknown repository name(s) in --repos: ${unknown.join(', ')}`);
}
if (!reportOnly && !listOnly && !existsSync(cli)) die(`${cli} does not exist: run 'npm run build' first or pass --cli FILE.`);

function die(message) {
  console.error(`bench/history: ${message}`);
  process.exit(2);
}

function git(cwd, gitArgs, { allowFail = false, maxBuffer = 512 * 1024 * 1024 } = {}) {
  const r = spawnSync('git', gitArgs, { cwd, encoding: 'utf8', maxBuffer });
  if (r.status !== 0) {
    if (allowFail) return null;
    throw new Error(`git ${gitArgs.join(' ')} failed in ${cwd}: ${r.stderr.trim()}`);
  }
  return r.stdout;
}

// ---------------------------------------------------------------- repositories and commits

/** The clone the CLI runs in; made from the fetched snapshot when missing. */
function ensureClone(repo) {
  const dir = join(reposDir, repo.name);
  const mirror = join(mirrorRoot, repo.repo.replace('/', '+'), 'repo');
  if (!existsSync(join(dir, '.git'))) {
    if (!existsSync(mirror)) return { error: `no clone in ${dir} and no snapshot in ${mirror}: fetch github:${repo.repo} with the search tool first` };
    mkdirSync(reposDir, { recursive: true });
    git(root, ['clone', '--quiet', '--no-checkout', mirror, dir]);
  }
  if (git(dir, ['cat-file', '-e', `${repo.head}^{commit}`], { allowFail: true }) === null) {
    if (existsSync(mirror)) git(dir, ['fetch', '--quiet', mirror, '+refs/heads/*:refs/remotes/snapshot/*'], { allowFail: true });
    if (git(dir, ['cat-file', '-e', `${repo.head}^{commit}`], { allowFail: true }) === null) {
      return { error: `pinned head ${repo.head} is not in ${dir} (nor in the snapshot)` };
    }
  }
  return { dir };
}

/**
 * The newest `repo.commits` first-parent commits up to the pinned head whose change against their
 * first parent touches a migration or contract glob. Root commits have no base and are skipped.
 */
function selectCommits(repo, dir) {
  const isMigration = picomatch(repo.migrations ?? [], { dot: true });
  const isContract = picomatch(repo.contracts ?? [], { dot: true });
  // --no-renames: rename detection reads blobs, and a snapshot lacks files of 4 MiB and more.
  const log = git(dir, ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--name-status', '--format=@@%H %P%x09%s', `-n${repo.scan ?? 4000}`, repo.head]);
  // `commits`: a number (the newest N touching either), or {migrations, contracts}: the newest N
  // touching migrations and the newest M touching contracts (a commit touching both counts for both).
  const quota = typeof repo.commits === 'number' ? null : { migrations: repo.commits.migrations ?? 0, contracts: repo.commits.contracts ?? 0 };
  const taken = { migrations: 0, contracts: 0 };
  const picked = [];
  for (const block of log.split('@@').slice(1)) {
    const [headerLine, ...rest] = block.split('\n');
    const [ids, subject = ''] = headerLine.split('\t');
    const [sha, parent] = ids.split(' ');
    if (!parent) continue;
    const migrationFiles = [];
    const contractFiles = [];
    for (const line of rest) {
      if (line.trim() === '') continue;
      const cols = line.split('\t');
      const status = cols[0];
      // A rename lists old and new path; both count for "touches".
      for (const path of cols.slice(1)) {
        if (isMigration(path)) migrationFiles.push({ status, path });
        else if (isContract(path)) contractFiles.push({ status, path });
      }
    }
    if (migrationFiles.length + contractFiles.length === 0) continue;
    if (quota) {
      const wantsMigration = migrationFiles.length > 0 && taken.migrations < quota.migrations;
      const wantsContract = contractFiles.length > 0 && taken.contracts < quota.contracts;
      if (!wantsMigration && !wantsContract) continue;
    }
    if (migrationFiles.length > 0) taken.migrations++;
    if (contractFiles.length > 0) taken.contracts++;
    picked.push({ sha, parent, subject, migrationFiles, contractFiles });
    if (quota ? taken.migrations >= quota.migrations && taken.contracts >= quota.contracts : picked.length >= repo.commits) break;
  }
  return picked;
}

// ---------------------------------------------------------------- tags as of a commit

const HIDDEN = 'refs/rg-hidden/';

/** Move refs in one transaction: [{ from, to, oid }]. */
function moveRefs(dir, moves) {
  if (moves.length === 0) return;
  const input = ['start', ...moves.flatMap((m) => [`create ${m.to} ${m.oid}`, `delete ${m.from} ${m.oid}`]), 'commit', ''].join('\n');
  const r = spawnSync('git', ['update-ref', '--stdin'], { cwd: dir, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git update-ref failed in ${dir}: ${r.stderr.trim()}`);
}

/** Ref lock files a killed `git update-ref` left under the refs this harness moves (called under the clone lock). */
function removeStaleRefLocks(dir) {
  const gitDir = git(dir, ['rev-parse', '--absolute-git-dir']).trim();
  for (const top of ['refs/rg-hidden', 'refs/tags']) {
    const stack = [join(gitDir, top)];
    while (stack.length > 0) {
      const folder = stack.pop();
      let entries = [];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory()) stack.push(join(folder, e.name));
        else if (e.name.endsWith('.lock')) rmSync(join(folder, e.name), { force: true });
      }
    }
  }
}

/** Tags hidden by an interrupted run go back first. */
function restoreHiddenTags(dir) {
  removeStaleRefLocks(dir);
  const out = git(dir, ['for-each-ref', '--format=%(refname)%00%(objectname)', HIDDEN]);
  moveRefs(
    dir,
    out.split('\n').filter(Boolean).map((l) => {
      const [ref, oid] = l.split('\0');
      return { from: ref, to: `refs/${ref.slice(HIDDEN.length)}`, oid };
    }),
  );
}

function tagsOf(dir) {
  return git(dir, ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(creatordate:unix)', 'refs/tags'])
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [ref, oid, date] = l.split('\0');
      return { ref, oid, date: Number(date) || 0 };
    });
}

/**
 * Several replays (one per session helper) may share a clone: hiding tags is done under a lock
 * held for one check (a directory in the clone's git dir naming its owner's pid; a dead owner's
 * lock is taken over), so replays of the same repository interleave commit by commit.
 */
/** What an interrupted run must undo: the checks it started and the clone locks it holds. */
const running = new Set();
const held = new Map();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    for (const [lock, dir] of held) {
      try {
        restoreHiddenTags(dir);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    console.error(`bench/history: ${signal}: stopped; checks killed, hidden tags restored, locks released`);
    process.exit(130);
  });
}

async function withCloneLock(dir, fn) {
  const gitDir = git(dir, ['rev-parse', '--absolute-git-dir']).trim();
  const lock = join(gitDir, 'rg-replay.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        owner = 0;
      }
      let alive = owner > 0;
      if (alive) {
        try {
          process.kill(owner, 0);
        } catch {
          alive = false;
        }
      }
      if (!alive && owner > 0) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  held.set(lock, dir);
  try {
    return await fn();
  } finally {
    held.delete(lock);
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Run `fn` with the tags created after `commit` hidden (unless --all-tags). */
async function asOf(dir, tags, commit, fn) {
  if (allTags) return fn();
  return withCloneLock(dir, () => asOfLocked(dir, tags, commit, fn));
}

async function asOfLocked(dir, tags, commit, fn) {
  // A commit git cannot read (a partial clone lacking it): its check runs with today's tags (and fails on its own).
  const read = git(dir, ['show', '-s', '--format=%ct', commit.sha], { allowFail: true });
  if (read === null) return fn();
  const when = Number(read.trim());
  const later = tags.filter((t) => t.date > when).map((t) => ({ from: t.ref, to: `${HIDDEN}${t.ref.slice('refs/'.length)}`, oid: t.oid }));
  moveRefs(dir, later);
  try {
    return await fn();
  } finally {
    moveRefs(dir, later.map((m) => ({ from: m.to, to: m.from, oid: m.oid })));
  }
}

// ---------------------------------------------------------------- replay

function runCheck(dir, commit) {
  return new Promise((resolveRun) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'check', '--base', commit.parent, '--head', commit.sha, '--format', 'json'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      running.delete(child);
      clearTimeout(timer);
      const ms = Math.round(performance.now() - started);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8').trim();
      let report = null;
      try {
        report = stdout.trim() === '' ? null : JSON.parse(stdout);
      } catch {
        report = null;
      }
      resolveRun({
        exit: timedOut ? 'timeout' : code,
        ms,
        stderr: stderr.split('\n').slice(0, 3).join('\n'),
        findings: (report?.findings ?? []).map((f) => ({
          rule: f.rule,
          severity: f.severity,
          file: f.file,
          line: f.line,
          endLine: f.endLine,
          object: f.object ?? null,
          direction: f.direction ?? null,
          suppressed: f.suppressed ?? false,
          message: f.message,
          ...(f.references ? { references: f.references } : {}),
        })),
      });
    });
  });
}

async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

// ---------------------------------------------------------------- miss hunt

/** Where a file's down part starts (goose/dbmate sections, Liquibase rollback lines), or -1. */
function downStart(text) {
  const m = /^\s*--\s*(\+goose\s+down|migrate:down)\b/im.exec(text);
  return m ? text.slice(0, m.index).split('\n').length : -1;
}

const DOWN_FILE = /(^|\/)(down\.sql|[^/]*\.down\.sql|U\d[^/]*__[^/]*\.sql)$|(^|\/)revert\//i;
const HAZARD_WORDS = /\b(DROP|RENAME|TYPE|NOT\s+NULL|UPDATE|DELETE|UNIQUE|TRUNCATE|MODIFY|CHANGE)\b/i;
/** Statements that cannot lose or reshape existing data whatever words they hold. */
const NEVER_CANDIDATE = /^(CREATE\s+(TEMP(ORARY)?\s+|UNLOGGED\s+)?TABLE|CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE|TRIGGER|EVENT|TYPE|SEQUENCE)|CREATE\s+INDEX|INSERT|SELECT|COMMENT|GRANT|SET|BEGIN|COMMIT|START\s+TRANSACTION)\b/i;

/**
 * The part of a statement whose hazard words count: foreign-key actions (`ON DELETE CASCADE`),
 * `IS [NOT] NULL` predicates and `ADD COLUMN … DEFAULT …` actions (a new column with a default
 * breaks no old insert) are taken out.
 */
function candidateText(masked) {
  let t = masked
    .replace(/\bON\s+(DELETE|UPDATE)\s+(CASCADE|SET\s+NULL|SET\s+DEFAULT|RESTRICT|NO\s+ACTION)\b/gi, ' ')
    .replace(/\bIS\s+(NOT\s+)?NULL\b/gi, ' ');
  if (/^ALTER\s+TABLE\b/i.test(t)) {
    const actions = splitTopLevel(t);
    t = actions.filter((a) => !(/^\s*(ALTER\s+TABLE\s+\S+\s+)?ADD\s+(COLUMN\s+)?(?!CONSTRAINT|UNIQUE|PRIMARY|INDEX|KEY|CHECK|FOREIGN)/i.test(a) && /\bDEFAULT\b/i.test(a))).join(',');
  }
  return t;
}

/** Top-level comma-separated parts of a statement (commas inside parentheses stay). */
function splitTopLevel(t) {
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth = Math.max(0, depth - 1);
    else if (t[i] === ',' && depth === 0) {
      parts.push(t.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(t.slice(from));
  return parts;
}

/** Lines of `path` in head that the commit added or changed (all lines for an added file). */
function changedLines(dir, commit, path, status, from = null) {
  if (status.startsWith('A')) return null; // every line
  const diff = from
    ? (git(dir, ['diff', '-U0', '--no-color', `${commit.parent}:${from}`, `${commit.sha}:${path}`], { allowFail: true }) ?? '')
    : (git(dir, ['diff', '-U0', '--no-color', '--no-renames', commit.parent, commit.sha, '--', path], { allowFail: true }) ?? '');
  const lines = new Set();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const from = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let l = from; l < from + count; l++) lines.add(l);
  }
  return lines;
}

function stmtKey(text) {
  const norm = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha1').update(norm).digest('hex').slice(0, 10);
}

function missCandidates(repo, dir, commit, findings) {
  const candidates = [];
  const reported = findings.filter((f) => f.severity !== 'notice' || f.rule === 'widen-column-type');
  // Moved files: their statements are compared with the file they came from, not taken as new.
  const renamedFrom = new Map();
  const added = commit.migrationFiles.filter((f) => f.status.startsWith('A')).map((f) => f.path);
  if (added.length > 0) {
    // Sources may lie outside the globs (a folder moved into place): deleted files of the same name.
    const names = new Set(added.map((p) => basename(p)));
    const deleted = (git(dir, ['diff', '--name-only', '--no-renames', '--diff-filter=D', commit.parent, commit.sha], { allowFail: true }) ?? '')
      .split('\n')
      .filter((p) => p !== '' && (names.has(basename(p)) || commit.migrationFiles.some((f) => f.path === p)));
    const paths = deleted.length > 0 ? [...added, ...deleted] : [];
    const out = paths.length === 0 ? '' : (git(dir, ['diff', '-M', '--name-status', '--diff-filter=R', commit.parent, commit.sha, '--', ...paths], { allowFail: true }) ?? '');
    for (const l of out.split('\n')) {
      const [st, from, to] = l.split('\t');
      if (st?.startsWith('R') && to) renamedFrom.set(to, from);
    }
  }
  const heads = new Map();
  for (const { status, path } of commit.migrationFiles) {
    if (!status.startsWith('D')) heads.set(path, git(dir, ['show', `${commit.sha}:${path}`], { allowFail: true }));
  }
  // What the PR adds, by name: an UPDATE that only sets columns the PR adds is a backfill, a DROP
  // INDEX of an index the PR creates again is a rebuild (names only; the labels judge the rest).
  const prText = [...heads.values()].filter((t) => t !== null).join('\n;\n');
  const addedColumns = new Set([...prText.matchAll(/\bADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi)].map((m) => m[1].toLowerCase()));
  const createdIndexes = new Set([...prText.matchAll(/\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi)].map((m) => m[1].toLowerCase()));
  const isBackfillOrRebuild = (masked) => {
    const upd = /^UPDATE\s+(?:ONLY\s+)?[\w."`]+(?:\s+(?:AS\s+)?\w+)?\s+SET\s+([\s\S]*?)(?:\bFROM\b|\bWHERE\b|$)/i.exec(masked);
    if (upd) {
      if (/^UPDATE\s+(pg_\w+|pg_catalog\.)/i.test(masked)) return true;
      const cols = splitTopLevel(upd[1]).map((a) => /^\s*(?:\w+\.)?["`]?(\w+)/.exec(a)?.[1]?.toLowerCase()).filter(Boolean);
      return cols.length > 0 && cols.every((c) => addedColumns.has(c));
    }
    const drop = /^DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?(?:\w+\.)?["`]?(\w+)["`]?\s*$/i.exec(masked);
    return drop !== null && createdIndexes.has(drop[1].toLowerCase());
  };
  for (const { status, path } of commit.migrationFiles) {
    if (status.startsWith('D')) continue; // deletions: deleted-migration's matter
    if (DOWN_FILE.test(path)) continue; // down files: down-migration's matter, not a deploy hazard
    const text = heads.get(path) ?? null;
    if (text === null) continue;
    const changed = renamedFrom.has(path) ? changedLines(dir, commit, path, 'M', renamedFrom.get(path)) : changedLines(dir, commit, path, status);
    const down = downStart(text);
    const fileFindings = reported.filter((f) => f.file === path);
    for (const s of splitStatements(text)) {
      if (down !== -1 && s.line >= down) continue;
      if (changed !== null && !rangeTouches(changed, s.line, s.endLine)) continue;
      if (NEVER_CANDIDATE.test(s.masked.trimStart()) || !HAZARD_WORDS.test(candidateText(s.masked)) || isBackfillOrRebuild(s.key)) continue;
      const hit = fileFindings.some((f) => f.line === null || (f.line <= s.endLine && (f.endLine ?? f.line) >= s.line));
      if (hit) continue;
      candidates.push({ commit: commit.sha, miss: true, file: path, line: s.line, stmt: stmtKey(s.key), text: s.text.replace(/^(\s*--[^\n]*\n)+/, '').replace(/\s+/g, ' ').slice(0, 200) });
    }
  }
  for (const { status, path } of commit.contractFiles) {
    if (status.startsWith('A')) continue;
    const deployFindings = findings.filter((f) => f.file === path && f.severity !== 'notice' && f.direction !== 'rollback');
    if (deployFindings.length > 0) continue;
    const diff = git(dir, ['diff', '-U0', '--no-color', '--no-renames', commit.parent, commit.sha, '--', path], { allowFail: true }) ?? '';
    // Documentation-only lines (description, summary, title, example) change no contract.
    const removed = diff
      .split('\n')
      .filter((l) => l.startsWith('-') && !l.startsWith('---') && l.slice(1).trim() !== '' && !/^\s*"?(description|summary|title|example|x-go-enum-desc)"?\s*:/.test(l.slice(1))).length;
    if (removed === 0) continue;
    candidates.push({ commit: commit.sha, miss: true, file: path, line: null, stmt: 'contract', text: `${removed} non-documentation line(s) removed, no deploy-direction finding` });
  }
  return candidates;
}

function rangeTouches(set, from, to) {
  for (let l = from; l <= to; l++) if (set.has(l)) return true;
  return false;
}

// ---------------------------------------------------------------- labels

function readLabels(repo) {
  const file = join(here, 'labels', `${repo.name}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('//'))
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        die(`labels/${repo.name}.jsonl line ${i + 1} is not JSON`);
      }
    });
}

/**
 * Match findings to labels. A label is keyed by commit + rule + file + object (a fix that moves a
 * finding to another line keeps its label); when several labels share a key, the one on the same
 * line wins, then the nearest. Labels without an object match on commit + rule + file + line.
 */
function matchLabels(findings, labels) {
  const byKey = new Map();
  for (const l of labels.filter((x) => !x.miss)) {
    const k = `${l.commit}|${l.rule}|${l.file}|${l.object ?? ''}`;
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push({ ...l, used: false });
  }
  // Two passes: every finding first takes a label of its own line, then what is left goes to the
  // nearest free label. In one pass a new finding took the label of a neighbour that comes later in
  // the list (umami f7593718dc: a new finding at line 211 took the label written for line 236).
  const poolOf = (f) => byKey.get(`${f.commit}|${f.rule}|${f.file}|${f.object ?? ''}`) ?? [];
  const chosen = findings.map((f) => {
    const same = poolOf(f).find((l) => !l.used && (l.line ?? 0) === (f.line ?? 0));
    if (same) same.used = true;
    return same ?? null;
  });
  return findings.map((f, i) => {
    let label = chosen[i];
    if (!label) {
      const free = poolOf(f).filter((l) => !l.used);
      if (free.length === 0) return { ...f, label: null };
      free.sort((a, b) => Math.abs((a.line ?? 0) - (f.line ?? 0)) - Math.abs((b.line ?? 0) - (f.line ?? 0)));
      label = free[0];
      label.used = true;
    }
    return { ...f, label: label.label, class: label.class ?? null, reason: label.reason };
  });
}

function matchMisses(candidates, labels) {
  const byKey = new Map();
  for (const l of labels.filter((x) => x.miss)) byKey.set(`${l.commit}|${l.file}|${l.stmt}`, l);
  return candidates.map((c) => {
    const l = byKey.get(`${c.commit}|${c.file}|${c.stmt}`);
    return l ? { ...c, label: l.label, class: l.class ?? null, reason: l.reason } : { ...c, label: null };
  });
}

// ---------------------------------------------------------------- report

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const median = (xs) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const quantile = (xs, q) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function summarise(repoResult) {
  const judged = repoResult.commits.flatMap((c) => c.findings.filter((f) => f.severity !== 'notice' && !f.suppressed));
  const count = (label, sev) => judged.filter((f) => f.label === label && (!sev || f.severity === sev)).length;
  const hazards = count('hazard');
  const policy = count('policy');
  const falses = count('false');
  const debatable = count('debatable');
  const unlabelled = judged.filter((f) => f.label === null).length;
  // Recall counts statements: one hazard statement can raise several findings.
  const foundStatements = new Set(judged.filter((f) => f.label === 'hazard').map((f) => `${f.commit}|${f.file}|${f.line}`)).size;
  const misses = repoResult.commits.flatMap((c) => c.misses);
  const missed = misses.filter((m) => m.label === 'missed').length;
  const missUnlabelled = misses.filter((m) => m.label === null).length;
  const outcomes = { hazard: 0, policy: 0, noise: 0, unlabelled: 0 };
  let failing = 0;
  let crashed = 0;
  for (const c of repoResult.commits) {
    if (c.exit === 2 || c.exit === 'timeout' || (c.exit !== 0 && c.exit !== 1)) {
      crashed++;
      continue;
    }
    if (c.exit !== 1) continue;
    failing++;
    const errs = c.findings.filter((f) => f.severity === 'error' && !f.suppressed);
    if (errs.some((f) => f.label === 'hazard')) outcomes.hazard++;
    else if (errs.some((f) => f.label === 'policy')) outcomes.policy++;
    else if (errs.some((f) => f.label === null)) outcomes.unlabelled++;
    else outcomes.noise++;
  }
  const times = repoResult.commits.map((c) => c.ms);
  return {
    name: repoResult.name,
    commits: repoResult.commits.length,
    errors: judged.filter((f) => f.severity === 'error').length,
    warnings: judged.filter((f) => f.severity === 'warning').length,
    hazards,
    policy,
    falses,
    debatable,
    unlabelled,
    foundStatements,
    missed,
    missUnlabelled,
    missCandidates: misses.length,
    failing,
    crashed,
    outcomes,
    times,
    errorFalses: count('false', 'error'),
    errorCorrect: count('hazard', 'error') + count('policy', 'error'),
  };
}

function table(rows) {
  const head = ['repository', 'commits', 'err', 'warn', 'hazard', 'policy', 'false', 'debat.', 'unlab.', 'precision', 'missed', 'recall', 'failing', 'for hazard', 'only policy', 'only noise', 'crash/timeout', 'median s', 'p90 s', 'max s'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  const fmt = (s) => {
    const noiseCell = s.outcomes.noise + (s.outcomes.unlabelled ? ` (+${s.outcomes.unlabelled} unlab.)` : '');
    return [
      s.name,
      s.commits,
      s.errors,
      s.warnings,
      s.hazards,
      s.policy,
      s.falses,
      s.debatable,
      s.unlabelled,
      pct(s.hazards + s.policy, s.hazards + s.policy + s.falses),
      s.missed + (s.missUnlabelled ? ` (+${s.missUnlabelled} unlab.)` : ''),
      pct(s.foundStatements, s.foundStatements + s.missed),
      s.failing,
      `${s.outcomes.hazard} (${pct(s.outcomes.hazard, s.failing)})`,
      `${s.outcomes.policy} (${pct(s.outcomes.policy, s.failing)})`,
      `${noiseCell} (${pct(s.outcomes.noise + s.outcomes.unlabelled, s.failing)})`,
      s.crashed,
      (median(s.times) / 1000).toFixed(2),
      (quantile(s.times, 0.9) / 1000).toFixed(2),
      (Math.max(0, ...s.times) / 1000).toFixed(2),
    ];
  };
  for (const r of rows) lines.push(`| ${fmt(r).join(' | ')} |`);
  const total = rows.reduce(
    (t, s) => {
      for (const k of ['commits', 'errors', 'warnings', 'hazards', 'policy', 'falses', 'debatable', 'unlabelled', 'foundStatements', 'missed', 'missUnlabelled', 'missCandidates', 'failing', 'crashed', 'errorFalses', 'errorCorrect']) t[k] += s[k];
      for (const k of Object.keys(t.outcomes)) t.outcomes[k] += s.outcomes[k];
      t.times.push(...s.times);
      return t;
    },
    { name: '**all**', commits: 0, errors: 0, warnings: 0, hazards: 0, policy: 0, falses: 0, debatable: 0, unlabelled: 0, foundStatements: 0, missed: 0, missUnlabelled: 0, missCandidates: 0, failing: 0, crashed: 0, errorFalses: 0, errorCorrect: 0, outcomes: { hazard: 0, policy: 0, noise: 0, unlabelled: 0 }, times: [] },
  );
  lines.push(`| ${fmt(total).join(' | ')} |`);
  return { text: lines.join('\n'), total };
}

function ruleTable(results) {
  const rows = new Map();
  for (const r of results)
    for (const c of r.commits)
      for (const f of c.findings) {
        if (f.severity === 'notice' || f.suppressed) continue;
        const k = `${f.rule} (${f.severity})`;
        if (!rows.has(k)) rows.set(k, { hazard: 0, policy: 0, false: 0, debatable: 0, null: 0 });
        rows.get(k)[f.label ?? 'null']++;
      }
  const sorted = [...rows.entries()].sort((a, b) => Object.values(b[1]).reduce((x, y) => x + y) - Object.values(a[1]).reduce((x, y) => x + y));
  const lines = ['| rule (severity) | findings | hazard | policy | false | debatable | unlabelled |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [k, v] of sorted) lines.push(`| ${k} | ${v.hazard + v.policy + v.false + v.debatable + v.null} | ${v.hazard} | ${v.policy} | ${v.false} | ${v.debatable} | ${v.null} |`);
  return lines.join('\n');
}

function classTable(results) {
  const rows = new Map();
  const add = (cls, kind, repo) => {
    const k = cls ?? '(no class)';
    if (!rows.has(k)) rows.set(k, { policy: 0, false: 0, debatable: 0, missed: 0, repos: new Set() });
    rows.get(k)[kind]++;
    rows.get(k).repos.add(repo);
  };
  for (const r of results)
    for (const c of r.commits) {
      for (const f of c.findings) {
        if (f.severity === 'notice' || f.suppressed) continue;
        if (f.label === 'false' || f.label === 'debatable' || (f.label === 'policy' && f.class)) add(f.class, f.label, r.name);
      }
      for (const m of c.misses) if (m.label === 'missed') add(m.class, 'missed', r.name);
    }
  const sorted = [...rows.entries()].sort((a, b) => b[1].false + b[1].missed + b[1].policy - (a[1].false + a[1].missed + a[1].policy) || a[0].localeCompare(b[0]));
  const lines = ['| class | false alarms | silent misses | policy (class-tagged) | debatable | repositories |', '|---|---:|---:|---:|---:|---|'];
  for (const [k, v] of sorted) lines.push(`| ${k} | ${v.false} | ${v.missed} | ${v.policy} | ${v.debatable} | ${[...v.repos].sort().join(', ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

mkdirSync(outDir, { recursive: true });
const results = [];
for (const repo of repos) {
  const resultFile = join(outDir, `${repo.name}.json`);
  let result;
  const clone = ensureClone(repo);
  if (clone.error) {
    console.error(`${repo.name}: skipped: ${clone.error}`);
    continue;
  }
  const commits = selectCommits(repo, clone.dir);
  if (listOnly) {
    console.log(`${repo.name}: ${commits.length} commit(s), oldest ${commits.at(-1)?.sha.slice(0, 10)} (${commits.filter((c) => c.migrationFiles.length).length} touch migrations, ${commits.filter((c) => c.contractFiles.length).length} contracts)`);
    continue;
  }
  if (reportOnly) {
    if (!existsSync(resultFile)) {
      console.error(`${repo.name}: no results in ${resultFile} (run without --report-only first)`);
      continue;
    }
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } else {
    const started = performance.now();
    // Under the clone's lock: another replay may be hiding tags right now.
    const tags = allTags
      ? []
      : await withCloneLock(clone.dir, async () => {
          restoreHiddenTags(clone.dir);
          return tagsOf(clone.dir);
        });
    const runs = await pool(commits, jobs, async (c) => {
      const run = await asOf(clone.dir, tags, c, () => runCheck(clone.dir, c));
      return {
        sha: c.sha,
        subject: c.subject,
        migrationFiles: c.migrationFiles.length,
        contractFiles: c.contractFiles.length,
        exit: run.exit,
        ms: run.ms,
        stderr: run.stderr,
        findings: run.findings.map((f) => ({ ...f, commit: c.sha })),
      };
    });
    result = { name: repo.name, repo: repo.repo, head: repo.head, cli, date: new Date().toISOString(), wallMs: Math.round(performance.now() - started), commits: runs };
    writeFileSync(resultFile, `${JSON.stringify(result, null, 1)}\n`);
    console.error(`${repo.name}: ${runs.length} commits in ${(result.wallMs / 1000).toFixed(1)} s`);
  }
  // The miss hunt and the labels are applied at report time: a labels edit or a better hunt needs
  // no re-run of the CLI (--report-only).
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const labels = readLabels(repo);
  for (const c of result.commits) {
    const selected = bySha.get(c.sha);
    c.findings = matchLabels(c.findings, labels);
    // A commit the CLI did not finish (exit 2, timeout) failed loudly: nothing in it is a silent miss.
    const finished = c.exit === 0 || c.exit === 1;
    c.misses = matchMisses(selected && finished ? missCandidates(repo, clone.dir, selected, c.findings) : [], labels);
  }
  const todo = [
    ...result.commits.flatMap((c) => c.findings.filter((f) => f.severity !== 'notice' && !f.suppressed && f.label === null).map((f) => ({ commit: f.commit, rule: f.rule, file: f.file, line: f.line, object: f.object, label: null, reason: '', message: f.message }))),
    ...result.commits.flatMap((c) => c.misses.filter((m) => m.label === null).map((m) => ({ ...m, label: null, reason: '' }))),
  ];
  writeFileSync(join(outDir, `todo-${repo.name}.jsonl`), todo.map((t) => JSON.stringify(t)).join('\n') + (todo.length ? '\n' : ''));
  results.push(result);
}
if (listOnly) process.exit(0);

const summaries = results.map(summarise);
const { text: mainTable, total } = table(summaries);
const crashes = results.flatMap((r) => r.commits.filter((c) => c.exit !== 0 && c.exit !== 1).map((c) => `- ${r.name} ${c.sha.slice(0, 10)}: exit ${c.exit}: ${c.stderr.split('\n')[0]}`));
// The commits behind the "only noise" column, each with its error findings' rules and labels: the
// list the 90 % target is decided on (a commit fails for noise when none of its errors is a hazard or
// a policy finding).
const noiseOnly = results.flatMap((r) =>
  r.commits
    .filter((c) => c.exit === 1)
    .map((c) => ({ c, errs: c.findings.filter((f) => f.severity === 'error' && !f.suppressed) }))
    .filter(({ errs }) => !errs.some((f) => f.label === 'hazard' || f.label === 'policy'))
    .map(({ c, errs }) => {
      const counts = new Map();
      for (const f of errs) {
        const key = `${f.rule} (${f.label ?? 'unlabelled'})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return `- ${r.name} ${c.sha.slice(0, 10)}: ${[...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')}`;
    }),
);
const md = [
  `# bench/history: ${total.commits} commits of ${summaries.length} repositories with ${cli.replace(root + '/', '')}`,
  '',
  mainTable,
  '',
  `Error and warning findings: ${total.errors + total.warnings}; labelled ${total.errors + total.warnings - total.unlabelled}, **not yet labelled: ${total.unlabelled}**. ` +
    `Miss candidates: ${total.missCandidates}; **not yet labelled: ${total.missUnlabelled}**. ` +
    `Precision = (hazard + policy) / (hazard + policy + false), debatable left out; on error findings only: ${pct(total.errorCorrect, total.errorCorrect + total.errorFalses)}. ` +
    `Recall = hazard statements found / (found + missed). Time: wall time of one \`check\` process per commit (median, 90th percentile, max); all commits: ${(total.times.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} s.`,
  '',
  '## Findings by rule',
  '',
  ruleTable(results),
  '',
  '## False alarms, debatable findings and silent misses by class',
  '',
  classTable(results),
  '',
  ...(noiseOnly.length ? ['## Commits failing only on noise (their error findings)', '', ...noiseOnly, ''] : []),
  ...(crashes.length ? ['## Commits the CLI did not finish (exit 2 or timeout)', '', ...crashes, ''] : []),
].join('\n');
writeFileSync(join(outDir, 'summary.md'), md);
if (markdownOut) writeFileSync(resolve(root, markdownOut), md);
console.log(md);
if (total.unlabelled + total.missUnlabelled > 0) {
  console.error(`\n${total.unlabelled} finding(s) and ${total.missUnlabelled} miss candidate(s) have no label: see ${outDir.replace(root + '/', '')}/todo-<repo>.jsonl`);
}
