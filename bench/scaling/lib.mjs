/**
 * Shared by bench/scaling and bench/limits: git repositories built with `git fast-import` and
 * repacked into one pack (what a CI clone holds), timed runs of the built CLI with their peak
 * memory, and log-log slopes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TIME = '/usr/bin/time';

/**
 * The options both benchmarks take (`--cli`, `--node`, `--quick`, `--only`, `--timeout` in seconds,
 * `--data`, `--json`), and `value`/`flag` for their own.
 */
export function options(dataDir, argv = process.argv.slice(2)) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  return {
    value,
    quick: argv.includes('--quick'),
    cli: resolve(ROOT, value('--cli', 'dist/cli.js')),
    node: resolve(value('--node', process.execPath)),
    timeoutMs: Number(value('--timeout', '300')) * 1000,
    data: resolve(ROOT, value('--data', dataDir)),
    only: value('--only', null)?.split(','),
    jsonOut: value('--json', null),
  };
}

export function machine(node) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    node: version,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    git: spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim(),
  };
}

function git(cwd, args, extra = {}) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26, ...extra });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${r.stderr}`);
  return r.stdout;
}

/**
 * A repository at `dir` with two commits on `main`: `base` (every file) and, on top, `change`
 * (path → new content, or null to delete). Built once per `key` (kept in `.bench-key`), then
 * reused. Contents are strings or functions returning one (large files are made while written).
 */
export function buildRepo(dir, key, make) {
  const keyFile = join(dir, '.git', 'bench-key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const { base, change } = make();
  const stream = join(dir, '.git', 'fast-import.stream');
  const fd = openSync(stream, 'w');
  const write = (s) => writeSync(fd, s);
  const data = (content) => {
    const buffer = Buffer.from(typeof content === 'function' ? content() : content, 'utf8');
    write(`data ${buffer.length}\n`);
    writeSync(fd, buffer);
    write('\n');
  };
  const commit = (mark, message, from, files) => {
    write(`commit refs/heads/main\nmark :${mark}\n`);
    write(`author Bench <bench@example.com> ${1700000000 + mark} +0000\ncommitter Bench <bench@example.com> ${1700000000 + mark} +0000\n`);
    data(message);
    if (from) write(`from :${from}\n`);
    for (const [path, content] of files) {
      if (content === null) write(`D ${path}\n`);
      else {
        write(`M 100644 inline ${path}\n`);
        data(content);
      }
    }
    write('\n');
  };
  commit(1, 'base', null, base);
  commit(2, 'the pull request', 1, change);
  closeSync(fd);
  const input = openSync(stream, 'r');
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, stdio: [input, 'ignore', 'pipe'], encoding: 'utf8' });
  closeSync(input);
  if (r.status !== 0) throw new Error(`git fast-import in ${dir}: ${r.stderr}`);
  rmSync(stream);
  // One pack with deltas, as a clone has; no working tree is needed (the CLI reads base and head from git).
  git(dir, ['repack', '-a', '-d', '-q']);
  git(dir, ['prune-packed']);
  writeFileSync(keyFile, key);
  return dir;
}

/**
 * Runs `node args…` in `cwd` under /usr/bin/time: wall and CPU seconds, peak RSS (MB), exit code.
 * A run past `timeoutMs` is killed and marked `timedOut` (its wall time is then a lower bound).
 */
export function timed(node, args, { cwd, timeoutMs = 120_000, env = process.env } = {}) {
  const out = join(cwd ?? ROOT, '.bench-time');
  return new Promise((done) => {
    const child = spawn(TIME, ['-o', out, '-f', '%e %U %S %M', node, ...args], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < 1 << 20) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1 << 16) stderr += d;
    });
    const started = Date.now();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      let wall = (Date.now() - started) / 1000;
      let cpu = null;
      let rssMB = null;
      if (!timedOut && existsSync(out)) {
        const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last);
        if (m) {
          wall = Number(m[1]);
          cpu = Number(m[2]) + Number(m[3]);
          rssMB = Number(m[4]) / 1024;
        }
        // /usr/bin/time reports the command's signal or status on a line before the figures.
        const status = /Command exited with non-zero status (\d+)/.exec(readFileSync(out, 'utf8'));
        if (status) code = Number(status[1]);
        if (/Command terminated by signal/.test(readFileSync(out, 'utf8'))) code = 128;
      }
      rmSync(out, { force: true });
      done({ wall, cpu, rssMB, code: timedOut ? null : code, timedOut, stdout, stderr });
    });
  });
}

/** Least-squares slope of log(y) on log(x). */
export function slope(points) {
  const pts = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (pts.length < 2) return null;
  const mx = pts.reduce((s, [x]) => s + x, 0) / pts.length;
  const my = pts.reduce((s, [, y]) => s + y, 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of pts) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** `n` formatted with thousands separators. */
export function count(n) {
  return n.toLocaleString('en-US');
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same repositories. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The environment of one Action step on a `pull_request` from HEAD~1 to HEAD of the repository at
 * `dir`, as the runner sets it: INPUT_* variables, the event payload, GITHUB_OUTPUT and the step
 * summary (files under `tmp`, emptied first). `summary` is the step summary's path.
 */
export function actionStep(dir, tmp, { apiUrl = 'http://127.0.0.1:9', token = '', annotations = 'auto' } = {}) {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const [head, base] = git(dir, ['rev-parse', 'HEAD', 'HEAD~1']).trim().split('\n');
  const repository = { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' }, default_branch: 'main', fork: false };
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, state: 'open', head: { sha: head, ref: 'feature', repo: repository }, base: { sha: base, ref: 'main', repo: repository } },
    repository,
  };
  const summary = join(tmp, 'summary');
  writeFileSync(join(tmp, 'event.json'), JSON.stringify(payload));
  writeFileSync(join(tmp, 'output'), '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH,
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(tmp, 'event.json'),
    GITHUB_OUTPUT: join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    // pull_request runs on the merge commit GitHub builds, not on the PR's head.
    GITHUB_SHA: 'e'.repeat(40),
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: tmp,
    'INPUT_GITHUB-TOKEN': token,
    'INPUT_FAIL-ON': 'error',
    INPUT_ANNOTATIONS: annotations,
    INPUT_COMMENT: 'true',
    'INPUT_WORKING-DIRECTORY': '.',
  };
  return { env, summary };
}
