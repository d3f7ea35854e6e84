import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  GitError,
  gitEnv,
  missingObjectError
} from "./chunk-R5XSFKKQ.js";
import {
  LINK_DANGLING,
  LINK_FOLDER,
  LINK_LOOP,
  LINK_OUTSIDE,
  MAX_FILE_BYTES,
  NEVER_SEARCHED_DIRS,
  TOO_LARGE,
  WORD_SEARCH_BYTES,
  decodeBytes,
  escapeRegExp,
  fileSystemReader,
  isSafeRelative,
  readRegularFile,
  wholeWords
} from "./chunk-5SYVZ6D5.js";
import {
  DATA_FILE,
  isAnalysedFileName
} from "./chunk-OKPMEVZ6.js";
import {
  compileGlob
} from "./chunk-NXP7S4WX.js";

// src/changes/git.ts
import { execFileSync as execFileSync2, spawn as spawn2 } from "node:child_process";
import { realpathSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/changes/word-search.ts
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function wordSearcher(root, commit, store, listing) {
  let early = null;
  const running = /* @__PURE__ */ new Set();
  const waiting = /* @__PURE__ */ new Set();
  const cache = searchCache(store, commit);
  const plan = () => gitPlan(listing?.facts() ?? null);
  const grep = (list) => {
    const hit = cache.read(list);
    if (hit) return hit;
    const result = grepWords(root, commit, list, plan());
    cache.write(list, result);
    return result;
  };
  const background = (list) => {
    if (!listing || listing.facts() !== null) return grepInBackground(root, commit, list, running, plan());
    return new Promise((resolve3) => {
      let settled = false;
      const cancel = () => {
        if (settled) return;
        settled = true;
        resolve3(null);
      };
      const start = () => {
        if (settled) return;
        settled = true;
        waiting.delete(cancel);
        resolve3(grepInBackground(root, commit, list, running, plan()));
      };
      waiting.add(cancel);
      listing.onListed(start);
      setImmediate(start);
    });
  };
  return {
    prefetchWords(words) {
      const list = cleanWords(words).filter((w) => IDENTIFIER.test(w));
      if (list.length === 0) return Promise.resolve();
      const hit = cache.read(list);
      if (hit) {
        early = { words: new Set(list), result: hit };
        return Promise.resolve();
      }
      return background(list).then((result) => {
        early = { words: new Set(list), result };
        if (result) cache.write(list, result);
      });
    },
    stopPrefetch() {
      for (const cancel of waiting) cancel();
      waiting.clear();
      for (const child of running) child.kill();
      running.clear();
    },
    searchWords(words) {
      const list = cleanWords(words);
      if (!early?.result) return grep(list);
      const covered = early.result;
      const missing = list.filter((w) => !early.words.has(w));
      const wanted = wholeWords(list);
      const lines = covered.lines.filter((l) => wanted.test(l.text));
      if (missing.length === 0) return { lines, truncated: covered.truncated };
      const rest = grep(missing);
      return { lines: unionInGitOrder(lines, rest.lines), truncated: covered.truncated || rest.truncated };
    }
  };
}
var CACHE_FORMAT = "word-search-1";
var MAX_CACHED_SEARCH_BYTES = 8 * 1024 * 1024;
function searchCache(store, commit) {
  if (!store || !/^[0-9a-f]{40,64}$/.test(commit)) return { read: () => null, write: () => {
  } };
  const keyOf = (words) => {
    try {
      const h = createHash("sha256");
      for (const part of [CACHE_FORMAT, store.toolId(), commit, String(words.length), ...words]) h.update(`${part.length}:${part}`);
      return h.digest("hex");
    } catch {
      return null;
    }
  };
  return {
    read(words) {
      const key = keyOf(words);
      if (key === null) return null;
      try {
        const text = store.read(key);
        if (text === null) return null;
        const eol = text.indexOf("\n");
        if (eol === -1) return null;
        const header = JSON.parse(text.slice(0, eol));
        const payload = text.slice(eol + 1);
        if (header.format !== CACHE_FORMAT || header.key !== key || header.sha256 !== sha256(payload)) return null;
        const rows = JSON.parse(payload);
        if (!Array.isArray(rows)) return null;
        const lines = [];
        let previous = "";
        for (const row of rows) {
          if (!Array.isArray(row) || row.length !== 3) return null;
          const [path, line, lineText] = row;
          if (typeof path !== "string" || typeof lineText !== "string" || !Number.isSafeInteger(line) || line < 1) return null;
          lines.push({ path: previous = sameAs(previous, path), line, text: lineText });
        }
        return { lines, truncated: false };
      } catch {
        return null;
      }
    },
    write(words, result) {
      if (result.truncated) return;
      const key = keyOf(words);
      if (key === null) return;
      let bytes = 0;
      for (const l of result.lines) if ((bytes += l.path.length + l.text.length + 16) > MAX_CACHED_SEARCH_BYTES) return;
      try {
        const payload = JSON.stringify(result.lines.map((l) => [l.path, l.line, l.text]));
        store.write(key, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(payload) })}
${payload}`);
      } catch {
      }
    }
  };
}
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
function cleanWords(words) {
  return [...new Set(words.filter((w) => w.length > 0 && !/[\r\n\0]/.test(w)))];
}
var IDENTIFIER = /^\w+$/;
function identifierPass(words, pcre) {
  if (pcre && pcreUsable !== false) return { mode: "-P", input: `(?<![A-Za-z0-9_])(?:${factoredAlternation(words) || "(?!)"})(?![A-Za-z0-9_])
` };
  return { mode: "-E", input: `${words.join("|")}
` };
}
var MAX_FACTOR_DEPTH = 64;
function factoredAlternation(words, depth = 0) {
  const unique = [...new Set(words)];
  if (depth >= MAX_FACTOR_DEPTH) return optionalGroup(unique.filter((w) => w !== ""), unique.includes(""));
  const byFirst = /* @__PURE__ */ new Map();
  let end = false;
  for (const w of unique) {
    if (w === "") {
      end = true;
      continue;
    }
    const rest = byFirst.get(w[0]);
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0], [w.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rest]) => `${first}${factoredAlternation(rest, depth + 1)}`);
  return optionalGroup(branches, end);
}
function optionalGroup(branches, empty) {
  if (branches.length === 0) return "";
  if (!empty) return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  return branches.length === 1 && branches[0].length === 1 ? `${branches[0]}?` : `(?:${branches.join("|")})?`;
}
var pcreUsable;
function pcreRefused(status, stderr) {
  if (status !== 128) return false;
  if (/USE_LIBPCRE|not compiled with|perl-compatible|support for perl/i.test(stderr)) pcreUsable = false;
  return true;
}
var ONE_THREAD_BELOW_BYTES = 512;
function gitPlan(facts) {
  if (facts === null) return { oneThread: false, excludes: true };
  return { oneThread: facts.meanBlobBytes < ONE_THREAD_BELOW_BYTES, excludes: facts.neverSearchedDirs };
}
function listingFacts(out) {
  const neverSearchedDirs = NEVER_SEARCHED_DIR_RE.test(out);
  let bytes = 0;
  let blobs = 0;
  const step = Math.max(1, Math.floor(out.length / SAMPLED_RECORDS));
  let next = 0;
  for (let at = 0; at < out.length; at += step) {
    const start = at === 0 ? 0 : out.indexOf("\0", at - 1) + 1;
    if (start === 0 && at !== 0) break;
    if (start < next) continue;
    const end = out.indexOf("\0", start);
    const stop = end === -1 ? out.length : end;
    next = stop + 1;
    const tab = out.indexOf("	", start);
    if (tab === -1 || tab > stop) continue;
    const head = out.slice(start, tab);
    if (!head.includes(" blob ")) continue;
    const size = Number(head.slice(head.lastIndexOf(" ") + 1));
    if (!Number.isFinite(size)) continue;
    bytes += size;
    blobs++;
  }
  return { meanBlobBytes: blobs === 0 ? 0 : bytes / blobs, neverSearchedDirs };
}
var NEVER_SEARCHED_DIR_RE = new RegExp(`[	/](?:${NEVER_SEARCHED_DIRS.map(escapeRegExp).join("|")})/`);
var SAMPLED_RECORDS = 4096;
function grepArgs(commit, mode, plan) {
  const args = ["grep", ...plan.oneThread ? ["--threads=1"] : [], "--no-color", "-n", "-z", "-I", ...mode === "-P" ? [] : ["-w"], mode, "-f", "-", commit, "--", "."];
  if (plan.excludes) for (const dir of NEVER_SEARCHED_DIRS) args.push(`:(exclude,glob)**/${dir}/**`);
  return args;
}
function grepWords(root, commit, words, plan) {
  const plain = words.filter((w) => IDENTIFIER.test(w));
  const other = words.filter((w) => !IDENTIFIER.test(w));
  const first = plain.length > 0 ? identifierGrep(root, commit, plain, plan) : { lines: [], truncated: false, bytes: 0 };
  if (other.length === 0 || first.truncated) return { lines: first.lines, truncated: first.truncated };
  const second = grepPass(root, commit, "-F", `${other.join("\n")}
`, Math.max(1, WORD_SEARCH_BYTES - first.bytes), plan);
  return { lines: unionInGitOrder(first.lines, second.lines), truncated: second.truncated };
}
function unionInGitOrder(a, b) {
  const seen = new Set(a.map((l) => `${l.path}\0${l.line}`));
  const lines = a.slice();
  for (const l of b) if (!seen.has(`${l.path}\0${l.line}`)) lines.push(l);
  return lines.sort((x, y) => comparePaths(x.path, y.path) || x.line - y.line);
}
function comparePaths(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return utf8Rank(x) - utf8Rank(y);
  }
  return a.length - b.length;
}
function utf8Rank(unit) {
  if (unit < 55296) return unit;
  return unit >= 57344 ? unit - 2048 : unit + 8192;
}
function identifierGrep(root, commit, words, plan) {
  const pass = identifierPass(words, true);
  const found = grepPass(root, commit, pass.mode, pass.input, WORD_SEARCH_BYTES, plan);
  if (found !== "refused") return found;
  const plain = identifierPass(words, false);
  return grepPass(root, commit, plain.mode, plain.input, WORD_SEARCH_BYTES, plan);
}
function grepPass(root, commit, mode, input, maxBuffer, plan) {
  const run2 = spawnSync("git", grepArgs(commit, mode, plan), { cwd: root, input, maxBuffer, env: gitEnv() });
  const cut = run2.error?.code === "ENOBUFS";
  if (run2.error && !cut) throw new GitError(`git grep failed: ${run2.error.message}`);
  if (mode === "-P" && !cut && pcreRefused(run2.status, run2.stderr?.toString("utf8") ?? "")) return "refused";
  if (mode === "-P" && !cut && run2.status !== 128) pcreUsable = true;
  const incomplete = cut || run2.status !== 0 && run2.status !== 1 || unreadBlobs(run2.stderr?.toString("utf8") ?? "");
  return { lines: parseRecords(run2.stdout?.toString("utf8") ?? "", commit), truncated: incomplete, bytes: run2.stdout?.length ?? 0 };
}
function grepInBackground(root, commit, words, running, plan) {
  return new Promise((resolve3) => {
    let dir;
    let out;
    let err;
    try {
      dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "rollback-guard-grep-"));
      leftBehind.set(dir, null);
      removeOnExit();
      out = openSync(join(dir, "out"), "w");
      err = openSync(join(dir, "err"), "w");
    } catch {
      resolve3(null);
      return;
    }
    let child = null;
    const finish = (result) => {
      if (child) running.delete(child);
      rmSync(dir, { recursive: true, force: true });
      leftBehind.delete(dir);
      resolve3(result);
    };
    const pass = identifierPass(words, true);
    child = spawn("git", grepArgs(commit, pass.mode, plan), { cwd: root, stdio: ["pipe", out, err], env: gitEnv() });
    leftBehind.set(dir, child);
    running.add(child);
    closeSync(out);
    closeSync(err);
    child.on("error", () => finish(null));
    child.on("close", (status) => {
      if (pass.mode === "-P" && status === 128) pcreRefused(status, readText(join(dir, "err")));
      else if (pass.mode === "-P" && (status === 0 || status === 1)) pcreUsable = true;
      if (status !== 0 && status !== 1) return finish(null);
      try {
        const result = readRecords(join(dir, "out"), commit);
        finish(unreadBlobs(readText(join(dir, "err"))) ? { ...result, truncated: true } : result);
      } catch {
        finish(null);
      }
    });
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(pass.input);
  });
}
var leftBehind = /* @__PURE__ */ new Map();
var exitHook = false;
function removeOnExit() {
  if (exitHook) return;
  exitHook = true;
  const sweep = () => {
    for (const [dir, child] of leftBehind) {
      child?.kill();
      rmSync(dir, { recursive: true, force: true });
    }
    leftBehind.clear();
  };
  process.once("exit", sweep);
}
function unreadBlobs(stderr) {
  return /unable to read|could not read|fatal:/i.test(stderr);
}
function readText(file) {
  try {
    return readBytes(file, 64 * 1024).toString("utf8");
  } catch {
    return "";
  }
}
function readBytes(file, max) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, max));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function readRecords(file, commit) {
  const bytes = readBytes(file, WORD_SEARCH_BYTES + 1);
  return { lines: parseRecords(bytes.toString("utf8", 0, Math.min(bytes.length, WORD_SEARCH_BYTES)), commit), truncated: bytes.length > WORD_SEARCH_BYTES };
}
function sameAs(previous, path) {
  return path === previous ? previous : path;
}
function parseRecords(out, commit) {
  const prefix = `${commit}:`;
  const lines = [];
  let at = 0;
  let previous = "";
  for (; ; ) {
    const end = out.indexOf("\n", at);
    if (end === -1) break;
    const record = out.slice(at, end);
    at = end + 1;
    const a = record.indexOf("\0");
    const b = a === -1 ? -1 : record.indexOf("\0", a + 1);
    if (b === -1) continue;
    const named = record.slice(0, a);
    const path = previous = sameAs(previous, named.startsWith(prefix) ? named.slice(prefix.length) : named);
    lines.push({ path, line: Number(record.slice(a + 1, b)), text: record.slice(b + 1) });
  }
  return lines;
}

// src/changes/releases.ts
import { execFileSync } from "node:child_process";
function run(root, args, input) {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", input, maxBuffer: 512 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
}
var SQL_PATHSPECS = [":(icase)*.sql", ":(icase)*.sql.postgres", ":(icase)*.sql.sqlite", ":(icase)*.sql.mysql", ":(icase)*.sqm"];
var SKEW_SECONDS = 86400;
var MAX_LISTED_TAGS = 500;
function releaseMemo() {
  return { releases: /* @__PURE__ */ new Map(), logs: /* @__PURE__ */ new Map() };
}
function gitReleases(query, paths, memo) {
  const out = /* @__PURE__ */ new Map();
  const all = (reason) => {
    for (const p of paths) out.set(p, { released: true, reason });
    return out;
  };
  if (paths.length === 0) return out;
  try {
    const releases = releasesBefore(query, memo);
    if (typeof releases === "string") return all(releases);
    const newest = releases.reduce((a, b) => b.date > a.date ? b : a);
    const { creators, names } = unreleasedCreators(query.root, query.base, releases, paths, query.keepsIdentity, memo);
    const inTree = inSomeReleaseTree(query.root, releases, names);
    const since = `the newest release tag, ${newest.name} (${day(newest.date)})`;
    const released = { released: true, reason: `a release tag has it (the newest release is ${newest.name})`, newestTag: newest.name };
    for (const p of paths) {
      const created = creators.get(p);
      const versions = inTree?.get(p);
      if (versions) out.set(p, versions.size > 0 ? { ...released, versions: [...versions] } : released);
      else if (created) out.set(p, { released: false, reason: `it is in no release tag: commit ${created.slice(0, 10)} created it after ${since}`, newestTag: newest.name });
      else if (inTree) out.set(p, { released: false, reason: `it is in no release tag: the releases that have the commit creating it left the file out (newest release ${newest.name})`, newestTag: newest.name });
      else out.set(p, released);
    }
    return out;
  } catch (error) {
    const message = (error.stderr || error.message || "").trim().split("\n")[0].slice(0, 200);
    return all(`git could not say which release tags have it (${message}), so it counts as released`);
  }
}
function releasesBefore(query, memo) {
  const key = JSON.stringify(query.tags ?? null);
  const known = memo?.releases.get(key);
  if (known !== void 0) return known;
  const found = askReleasesBefore(query);
  memo?.releases.set(key, found);
  return found;
}
function askReleasesBefore(query) {
  if (run(query.root, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
    return "this checkout is shallow, so rollback-guard cannot tell whether a release tag has it and takes it as released (check out with `fetch-depth: 0`)";
  }
  const listed = listTags(query.root);
  if (listed.length === 0) return "this repository has no tags, so every merged migration counts as released (`released: tags`)";
  const isRelease = releaseTagFilter(query.tags);
  const named = listed.filter((t) => isRelease(t.name));
  if (named.length === 0) {
    return (query.tags ?? []).some((g) => !g.startsWith("!")) ? `no tag matches \`release-tags\` (${(query.tags ?? []).join(", ")}), so every merged migration counts as released` : "no tag names a version (a digit, not a test tag), so every merged migration counts as released (name the release tags with `release-tags`)";
  }
  const releases = query.head === null ? named : withoutTagsContaining(query.root, query.head, named);
  return releases.length === 0 ? "no release tag was cut before this change, so every merged migration counts as released" : releases;
}
function day(seconds) {
  return new Date(seconds * 1e3).toISOString().slice(0, 10);
}
var NOT_RELEASE_WORDS = /* @__PURE__ */ new Set(["test", "tests", "testing", "tmp", "temp", "wip", "draft", "experiment", "experimental", "scratch"]);
function looksLikeRelease(name) {
  if (!/\d/.test(name)) return false;
  for (const word of name.toLowerCase().split(/[^a-z]+/)) if (NOT_RELEASE_WORDS.has(word)) return false;
  return true;
}
function releaseTagFilter(globs) {
  const positive = (globs ?? []).filter((g) => !g.startsWith("!")).map(compileGlob);
  const negative = (globs ?? []).filter((g) => g.startsWith("!")).map((g) => compileGlob(g.slice(1)));
  return (name) => (positive.length === 0 ? looksLikeRelease(name) : positive.some((m) => m(name))) && !negative.some((m) => m(name));
}
function listTags(root) {
  const out = run(root, ["for-each-ref", "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:unix)", "refs/tags"]);
  const tags = [];
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const [name, type, id, peeledType, peeled, date] = line.split("\0");
    const commit = type === "commit" ? id : type === "tag" && peeledType === "commit" ? peeled : null;
    if (commit) tags.push({ name, commit, date: Number(date) || 0 });
  }
  return tags;
}
function withoutTagsContaining(root, head, tags) {
  const headDate = Number(run(root, ["show", "-s", "--format=%ct", head]).trim()) || 0;
  const recent = tags.filter((t) => t.date >= headDate - SKEW_SECONDS);
  if (recent.length === 0) return tags;
  const patterns = recent.length > MAX_LISTED_TAGS ? ["refs/tags"] : recent.map((t) => `refs/tags/${t.name}`);
  const containing = new Set(run(root, ["for-each-ref", `--contains=${head}`, "--format=%(refname:strip=2)", ...patterns]).split("\n").filter((n) => n !== ""));
  return tags.filter((t) => !containing.has(t.name));
}
function unreleasedCreators(root, base, releases, paths, keepsIdentity, memo) {
  const negatives = [...new Set(releases.map((t) => `^${t.commit}`))].join("\n");
  let created = memo?.logs.get(negatives);
  if (!created) {
    created = unreleasedCreations(root, base, negatives);
    memo?.logs.set(negatives, created);
  }
  return creatorsOf(created, paths, keepsIdentity);
}
function unreleasedCreations(root, base, negatives) {
  const log = run(root, ["log", "-M", "--name-status", "-z", "--format=%x00%H", base, "--stdin", "--", ...SQL_PATHSPECS], `${negatives}
`);
  const created = [];
  const parts = log.split("\0");
  let commit = "";
  for (let i = 0; i < parts.length; ) {
    const token = parts[i];
    if (token === "") {
      if (i + 1 < parts.length && /^[0-9a-f]{40,64}$/.test(parts[i + 1])) {
        commit = parts[i + 1];
        i += 2;
      } else i++;
      continue;
    }
    const status = token.replace(/^\n/, "");
    const code = status[0];
    if (code === "R" || code === "C") {
      const from = parts[i + 1];
      const to = parts[i + 2];
      created.push(code === "R" ? { path: to, commit, from } : { path: to, commit });
      i += 3;
    } else {
      if (code === "A") created.push({ path: parts[i + 1], commit });
      i += 2;
    }
  }
  return created;
}
function creatorsOf(created, paths, keepsIdentity) {
  const byPath = /* @__PURE__ */ new Map();
  created.forEach((c, index) => {
    const list = byPath.get(c.path);
    if (list) list.push(index);
    else byPath.set(c.path, [index]);
  });
  const out = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const start of paths) {
    let path = start;
    let after = -1;
    const seen = [start];
    for (let steps = 0; steps <= created.length; steps++) {
      const next = firstAfter(byPath.get(path) ?? [], after);
      if (next === void 0) break;
      const c = created[next];
      if (c.from === void 0 || keepsIdentity && !keepsIdentity(c.from, c.path)) {
        out.set(start, c.commit);
        break;
      }
      path = c.from;
      seen.push(path);
      after = next;
    }
    names.set(start, seen);
  }
  return { creators: out, names };
}
var MAX_TREE_CHECKS = 5e4;
function inSomeReleaseTree(root, releases, names, sizes, byCommit) {
  const commits = [...new Set(releases.map((t) => t.commit))];
  const asked = [];
  const present = /* @__PURE__ */ new Map();
  for (const [path, list] of names) {
    if (list.some((n) => n.includes("\n"))) {
      present.set(path, /* @__PURE__ */ new Set());
      continue;
    }
    for (const commit of commits) for (const name of list) asked.push({ path, line: `${commit}:${name}`, commit });
    if (asked.length > MAX_TREE_CHECKS) return null;
  }
  if (asked.length === 0) return present;
  const answers = run(root, ["cat-file", "--batch-check"], `${asked.map((a) => a.line).join("\n")}
`).split("\n");
  asked.forEach((a, i) => {
    const answer = answers[i] ?? "";
    if (answer !== "" && answer.endsWith(" missing")) return;
    let versions = present.get(a.path);
    if (!versions) present.set(a.path, versions = /* @__PURE__ */ new Set());
    const blob = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(answer);
    if (blob) {
      versions.add(blob[1]);
      sizes?.set(blob[1], Number(blob[2]));
      if (byCommit) {
        let held = byCommit.get(a.path);
        if (!held) byCommit.set(a.path, held = /* @__PURE__ */ new Map());
        held.set(a.commit, blob[1]);
      }
    } else versions.add("?");
  });
  return present;
}
function firstAfter(sorted, after) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] > after) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}
var MAX_RELEASE_TEXT_BYTES = 64 * 1024 * 1024;
function gitReleaseTexts(query, paths, memo) {
  const unknown = () => ({ texts: new Map(paths.map((p) => [p, null])) });
  if (paths.length === 0 || paths.some((p) => p.includes("\n"))) return unknown();
  try {
    const releases = releasesBefore(query, memo);
    if (typeof releases === "string") return unknown();
    const newestRelease = releases.reduce((a, b) => b.date > a.date ? b : a);
    const newestTag = newestRelease.name;
    const sizes = /* @__PURE__ */ new Map();
    const byCommit = /* @__PURE__ */ new Map();
    const idsOf = inSomeReleaseTree(query.root, releases, new Map(paths.map((p) => [p, [p]])), sizes, byCommit);
    if (idsOf === null || [...idsOf.values()].some((ids2) => ids2.has("?"))) return unknown();
    let total = 0;
    for (const size of sizes.values()) total += size;
    if (total > MAX_RELEASE_TEXT_BYTES) return unknown();
    const ids = [...sizes.keys()];
    const bodies = /* @__PURE__ */ new Map();
    if (ids.length > 0) {
      const out = execFileSync("git", ["cat-file", "--batch"], { cwd: query.root, input: `${ids.join("\n")}
`, maxBuffer: MAX_RELEASE_TEXT_BYTES + ids.length * 128 + 1024, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
      let at = 0;
      for (const id of ids) {
        const eol = out.indexOf(10, at);
        const header = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(out.subarray(at, eol).toString("utf8"));
        if (eol < 0 || !header || header[1] !== id) return unknown();
        const size = Number(header[2]);
        bodies.set(id, out.subarray(eol + 1, eol + 1 + size).toString("utf8"));
        at = eol + 1 + size + 1;
      }
    }
    const texts = /* @__PURE__ */ new Map();
    const newest = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const set = idsOf.get(path);
      texts.set(path, !set || set.size === 0 ? null : [...set].map((id2) => bodies.get(id2)));
      const id = byCommit.get(path)?.get(newestRelease.commit);
      newest.set(path, id === void 0 ? null : bodies.get(id) ?? null);
    }
    return { texts, newestTag, newest };
  } catch {
    return unknown();
  }
}

// src/changes/replay-store.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { isAbsolute, join as join2, resolve } from "node:path";
var MAX_ENTRIES = 32;
var KEY = /^[0-9a-f]{64}$/;
function replayStoreFor(gitDir, env = process.env) {
  const setting = env.ROLLBACK_GUARD_CACHE?.trim();
  if (setting === "off" || setting === "0" || setting === "false") return void 0;
  let dir;
  const folder = () => {
    if (dir !== void 0) return dir;
    if (setting) return dir = resolve(setting);
    const git2 = gitDir();
    return dir = git2 === null ? null : join2(git2, "rollback-guard", "replay");
  };
  return directoryStore(folder);
}
function directoryStore(folder) {
  let tool;
  return {
    read(key) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return null;
      return readBounded(join2(dir, `${key}.json`));
    },
    readBytes(key) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return null;
      return readBoundedBytes(join2(dir, `${key}.json`));
    },
    write(key, text) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join2(dir, `.${key}.${process.pid}.tmp`);
        writeFileSync(tmp, text);
        renameSync(tmp, join2(dir, `${key}.json`));
        prune(dir);
      } catch {
      }
    },
    toolId() {
      tool ??= entryScriptId();
      return tool;
    }
  };
}
function readBounded(path) {
  return readBoundedBytes(path)?.toString("utf8") ?? null;
}
function readBoundedBytes(path) {
  try {
    const read = readRegularFile(path, true);
    return "bytes" in read ? read.bytes : null;
  } catch {
    return null;
  }
}
function prune(dir) {
  const entries = readdirSync(dir).filter((name) => name.endsWith(".json") || name.endsWith(".tmp")).map((name) => {
    try {
      return { name, mtime: statSync(join2(dir, name)).mtimeMs };
    } catch {
      return null;
    }
  }).filter((e) => e !== null).sort((a, b) => b.mtime - a.mtime);
  let kept = 0;
  for (const e of entries) {
    if (e.name.endsWith(".tmp") ? Date.now() - e.mtime < 6e4 : ++kept <= MAX_ENTRIES) continue;
    try {
      unlinkSync(join2(dir, e.name));
    } catch {
    }
  }
}
function entryScriptId() {
  const script = process.argv[1];
  if (!script || !isAbsolute(resolve(script))) return "";
  const text = readBounded(resolve(script));
  return text === null ? "" : createHash2("sha256").update(text).digest("hex");
}

// src/changes/git.ts
var ForkPointError = class extends GitError {
  constructor(message) {
    super(message);
    this.name = "ForkPointError";
  }
};
function git(args, cwd, maxBuffer = 256 * 1024 * 1024, timeout = 0) {
  try {
    return execFileSync2("git", args, { cwd, encoding: "utf8", maxBuffer, timeout, stdio: ["ignore", "pipe", "pipe"], env: gitEnv() });
  } catch (error) {
    throw missingObjectError(error, cwd);
  }
}
function tryGit(args, cwd, timeout = 0) {
  try {
    return git(args, cwd, void 0, timeout);
  } catch {
    return null;
  }
}
function runGit(args, cwd, options = {}) {
  const maxBuffer = options.maxBuffer ?? 256 * 1024 * 1024;
  return new Promise((resolvePromise, reject) => {
    const child = spawn2("git", args, { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let overflow = false;
    child.stdout.on("data", (chunk) => {
      outBytes += chunk.length;
      if (outBytes > maxBuffer) {
        overflow = true;
        child.kill();
      } else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (errBytes + chunk.length <= maxBuffer) err.push(chunk);
      errBytes += chunk.length;
    });
    child.on("error", (error) => reject(Object.assign(error, { stderr: Buffer.concat(err) })));
    child.on("close", (status, signal) => {
      const stderr = Buffer.concat(err);
      if (overflow) {
        reject(Object.assign(new Error(`spawn git ENOBUFS`), { code: "ENOBUFS", stderr, status }));
      } else if (status !== 0) {
        const message = `Command failed: ${["git", ...args].join(" ")}${stderr.length > 0 ? `
${stderr.toString()}` : ""}`;
        reject(Object.assign(new Error(message), { status, signal, stderr, stdout: Buffer.concat(out) }));
      } else resolvePromise(Buffer.concat(out));
    });
  });
}
async function gitAsync(args, cwd, maxBuffer = 256 * 1024 * 1024) {
  try {
    return (await runGit(args, cwd, { maxBuffer })).toString("utf8");
  } catch (error) {
    const stderr = error.stderr;
    throw missingObjectError(Object.assign(error, { stderr: stderr?.toString("utf8") }), cwd);
  }
}
var roots = /* @__PURE__ */ new Map();
function repoRoot(cwd) {
  const known = roots.get(cwd);
  if (known !== void 0) return known;
  const root = tryGit(["rev-parse", "--show-toplevel"], cwd);
  if (root === null) throw new GitError(`${cwd} is not inside a git repository; run rollback-guard check in one, or use \`rollback-guard sql\` / \`contract\` on loose files.`);
  roots.set(cwd, root.trim());
  roots.set(root.trim(), root.trim());
  return root.trim();
}
var commonDirs = /* @__PURE__ */ new Map();
var resolvedPairs = /* @__PURE__ */ new Map();
var mergeBases = /* @__PURE__ */ new Map();
var SHA = /^[0-9a-f]{40,64}$/;
var rootTrees = /* @__PURE__ */ new Map();
function symmetric(base, head) {
  return `${base}^{commit}...${head}^{commit}`;
}
function resolvedWithMergeBase(lines) {
  if (lines.length < 5 || lines[lines.length - 1] !== "") return null;
  const [base, head, ...rest] = lines.slice(0, -1);
  if (!SHA.test(base) || !SHA.test(head)) return null;
  const tips = rest.slice(0, 2);
  if (tips.length !== 2 || !tips.includes(base) || !tips.includes(head)) return null;
  const bases = rest.slice(2);
  if (!bases.every((l) => l.startsWith("^") && SHA.test(l.slice(1)))) return null;
  return { base, head, mergeBase: bases.length === 1 ? bases[0].slice(1) : null };
}
function rememberMergeBase(root, resolved) {
  if (resolved.mergeBase !== null) mergeBases.set(`${root}\0${resolved.base}\0${resolved.head}`, resolved.mergeBase);
}
function repoRootWith(cwd, base, head) {
  return rootFrom(cwd, base, head, tryGit(rootWithArgs(base, head), cwd)) ?? repoRoot(cwd);
}
async function repoRootWithAsync(cwd, base, head) {
  const out = await gitAsync(rootWithArgs(base, head), cwd).catch(() => null);
  return rootFrom(cwd, base, head, out) ?? repoRoot(cwd);
}
function rootWithArgs(base, head) {
  return ["rev-parse", "--show-toplevel", "--git-common-dir", `${base}^{commit}`, `${head}^{commit}`, `${base}^{tree}`, symmetric(base, head)];
}
function rootFrom(cwd, base, head, text) {
  const out = text?.split("\n");
  const resolved = out && out.length > 5 ? resolvedWithMergeBase([...out.slice(2, 4), ...out.slice(5)]) : null;
  if (out && resolved && out[0].length > 0 && out[1].length > 0 && SHA.test(out[4])) {
    const root = out[0].trim();
    roots.set(cwd, root);
    roots.set(root, root);
    resolvedPairs.set(`${root}\0${base}\0${head}`, [resolved.base, resolved.head]);
    rememberMergeBase(root, resolved);
    rootTrees.set(`${root}\0${resolved.base}`, out[4]);
    commonDirs.set(root, resolve2(cwd, out[1].trim()));
    return root;
  }
  return null;
}
function hasCommit(rev, cwd) {
  return tryGit(["cat-file", "-e", `${rev}^{commit}`], cwd) !== null;
}
var FETCH_TIMEOUT_MS = 12e4;
function resolveCommit(rev, options) {
  const verify = () => tryGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], options.cwd);
  let sha = verify();
  if (sha === null && /^[0-9a-f]{7,40}$/.test(rev)) {
    options.log?.(`rollback-guard: commit ${rev} is not in this (shallow?) checkout; fetching just that commit from origin.`);
    tryGit(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", rev], options.cwd, FETCH_TIMEOUT_MS);
    sha = verify();
  }
  if (sha === null) throw new GitError(`cannot find commit '${rev}' in ${options.cwd}; fetch it (actions/checkout with fetch-depth: 0) or pass another --base/--head.`);
  return sha.trim();
}
var DEFAULT_BRANCHES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
function defaultBase(cwd) {
  for (const branch of DEFAULT_BRANCHES) {
    if (!hasCommit(branch, cwd)) continue;
    const base = tryGit(["merge-base", "HEAD", branch], cwd);
    if (base) return base.trim();
  }
  return null;
}
var DEEPEN_STEPS = [50, 200, 1e3, 5e3];
function forkPointOf(baseSha, headSha, root, log) {
  const mergeBase = () => tryGit(["merge-base", baseSha, headSha], root)?.trim() || null;
  const found = mergeBases.get(`${root}\0${baseSha}\0${headSha}`) ?? mergeBase();
  if (found) return found;
  const isShallow = () => tryGit(["rev-parse", "--is-shallow-repository"], root)?.trim() === "true";
  if (!isShallow()) return baseSha;
  const between = `head ${headSha.slice(0, 7)} and base ${baseSha.slice(0, 7)}`;
  let deepened = 0;
  for (const step of DEEPEN_STEPS) {
    log?.(`rollback-guard: this checkout is shallow and does not reach the merge base of ${between}; fetching ${step} more commits of their history (git fetch --deepen=${step}).`);
    const fetched = tryGit(["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", `--deepen=${step}`, "origin", baseSha, headSha], root, FETCH_TIMEOUT_MS);
    if (fetched === null) {
      throw new ForkPointError(
        `cannot find the merge base of ${between}: this checkout is shallow and fetching more of its history from origin failed; check out with \`fetch-depth: 0\` (actions/checkout) so the merge base is there.`
      );
    }
    deepened += step;
    const now = mergeBase();
    if (now) return now;
    if (!isShallow()) return baseSha;
  }
  throw new ForkPointError(
    `cannot find the merge base of ${between}: this checkout is shallow and ${deepened} more commits of history did not reach it; check out with \`fetch-depth: 0\` (actions/checkout) so the merge base is there.`
  );
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p.length > 0);
  const files = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    const code = status[0];
    if (code === "R") {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ path, oldPath, status: "renamed" });
    } else if (code === "C") {
      i++;
      files.push({ path: parts[i++], status: "added" });
    } else {
      const path = parts[i++];
      files.push({ path, status: code === "A" ? "added" : code === "D" ? "deleted" : "modified" });
    }
  }
  return files;
}
var ZERO_OID = /^0+$/;
function parseRawDiff(out) {
  const parts = out.split("\0");
  const files = [];
  const before = /* @__PURE__ */ new Map();
  const after = /* @__PURE__ */ new Map();
  const entry = (mode, oid) => /^0+$/.test(mode) ? null : { mode, oid };
  for (let i = 0; i < parts.length; ) {
    const meta = parts[i++];
    if (!meta.startsWith(":")) continue;
    const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(" ");
    const code = status[0];
    const first = parts[i++];
    const second = code === "R" || code === "C" ? parts[i++] : void 0;
    const path = second ?? first;
    const oldPath = code === "C" ? void 0 : first;
    if (code === "R") files.push({ path, oldPath: first, status: "renamed" });
    else if (code === "C" || code === "A") files.push({ path, status: "added" });
    else if (code === "D") files.push({ path, status: "deleted" });
    else files.push({ path, status: "modified" });
    if (oldPath !== void 0) before.set(oldPath, entry(oldMode, oldOid));
    if (!ZERO_OID.test(newOid) || /^0+$/.test(newMode)) after.set(path, entry(newMode, newOid));
  }
  return { files, before, after };
}
function gitChangeSet(base, head, options) {
  const plan = diffPlan(base, head, options);
  return changeSetOf(plan, git(plan.args, plan.root));
}
async function gitChangeSetAsync(base, head, options) {
  const plan = diffPlan(base, head, options);
  return changeSetOf(plan, await gitAsync(plan.args, plan.root));
}
function diffPlan(base, head, options) {
  const root = repoRoot(options.cwd);
  const known = head === null ? void 0 : resolvedPairs.get(`${root}\0${base}\0${head}`);
  let together = known ?? null;
  if (head !== null && !known) {
    const out = tryGit(["rev-parse", `${base}^{commit}`, `${head}^{commit}`, symmetric(base, head)], root)?.split("\n");
    const resolved = out ? resolvedWithMergeBase(out) : null;
    if (resolved) rememberMergeBase(root, resolved);
    together = resolved ? [resolved.base, resolved.head] : null;
  }
  const pair = together?.length === 2 && together.every((s) => SHA.test(s)) ? together : null;
  const baseSha = pair ? pair[0] : resolveCommit(base, { ...options, cwd: root });
  const headSha = head === null ? null : pair ? pair[1] : resolveCommit(head, { ...options, cwd: root });
  const forkPoint = options.forkPoint ? resolveCommit(options.forkPoint, { ...options, cwd: root }) : forkPointOf(baseSha, headSha ?? resolveCommit("HEAD", { cwd: root }), root, options.log);
  const diffArgs = ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-ext-diff", "--no-textconv", forkPoint];
  if (headSha) diffArgs.push(headSha);
  return { root, baseSha, headSha, forkPoint, args: [...diffArgs, "--"] };
}
function changeSetOf(plan, diffOut) {
  const { root, baseSha, headSha, forkPoint } = plan;
  const skipped = [];
  const diff = parseRawDiff(diffOut);
  const files = diff.files;
  if (headSha === null) {
    const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0").filter((p) => p.length > 0);
    for (const path of untracked) files.push({ path, status: "added" });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const changed = new Set(files.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const noteSkip = (path, reason) => {
    if (changed.has(path) && !skipped.some((s) => s.file === path)) skipped.push({ file: path, reason });
  };
  const read = isAnalysedFileName;
  const inBase = files.filter((f) => f.status !== "added" && read(f.oldPath ?? f.path)).map((f) => f.oldPath ?? f.path);
  const inHead = files.filter((f) => f.status !== "deleted" && read(f.path)).map((f) => f.path);
  const baseKnown = forkPoint === baseSha ? diff.before : /* @__PURE__ */ new Map();
  const reads = new ReadPair();
  const replayCache = replayStoreFor(() => {
    const known = commonDirs.get(root);
    if (known !== void 0) return known;
    const dir = tryGit(["rev-parse", "--git-common-dir"], root)?.trim();
    return dir ? resolve2(root, dir) : null;
  });
  const baseTree = commitSnapshot(baseSha, root, noteSkip, inBase, baseKnown, reads, replayCache);
  const releases = releaseMemo();
  return {
    base: baseSha,
    head: headSha ?? "worktree",
    files,
    baseTree,
    headTree: headSha ? (
      // Head's files outside the diff are base's when base is the fork point: which of them head lists is then told by base's listing.
      commitSnapshot(headSha, root, noteSkip, inHead, diff.after, reads, void 0, forkPoint === baseSha ? { tree: baseTree, changed } : void 0)
    ) : worktreeSnapshot(root, noteSkip),
    skipped,
    released: (paths, tags, keepsIdentity) => gitReleases({ root, base: baseSha, head: headSha, tags, keepsIdentity }, paths, releases),
    releasedTexts: (paths, tags) => gitReleaseTexts({ root, base: baseSha, head: headSha, tags }, paths, releases),
    replayCache
  };
}
var SUBMODULE = "a submodule (a commit of another repository, not read)";
function commitSnapshot(sha, root, noteSkip = () => {
}, together = [], known = /* @__PURE__ */ new Map(), pair, store, unchangedFrom) {
  const entries = new Map(known);
  let listed = null;
  const entryOf = (path) => {
    const stored = entries.get(path);
    const start = stored === void 0 ? listed?.at.get(path) : void 0;
    if (start === void 0 || !listed) return stored;
    const parsed = recordEntry(listed.out.slice(start, listed.out.indexOf("	", start))).entry;
    entries.set(path, parsed);
    return parsed;
  };
  let listing = null;
  let told = null;
  const listedEntries = (paths) => {
    if (listed === null) return told !== null && paths.every(told.covers) ? toldEntries(told.records, paths) : null;
    const out = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const start = listed.at.get(path);
      if (start !== void 0 && listed.out.slice(start, listed.out.indexOf("	", start)).includes(" blob ")) out.set(path, entryOf(path));
    }
    return out;
  };
  const inheritedListing = (paths) => {
    if (!unchangedFrom) return null;
    const fromBase = listedBlobs.get(unchangedFrom.tree)?.(paths.filter((p) => !unchangedFrom.changed.has(p))) ?? null;
    if (fromBase === null) return null;
    const out = /* @__PURE__ */ new Set();
    for (const path of paths) {
      if (unchangedFrom.changed.has(path)) {
        const entry2 = known.get(path);
        if (entry2 === void 0) return null;
        if (entry2 !== null && entry2.mode !== "160000") out.add(path);
        continue;
      }
      const entry = fromBase.get(path);
      if (entry === void 0) continue;
      out.add(path);
      if (!entries.has(path)) entries.set(path, entry);
    }
    return out;
  };
  let facts;
  const whenListed = [];
  let rootTree;
  const texts = /* @__PURE__ */ new Map();
  const reasons = /* @__PURE__ */ new Map();
  const members = new Set(together);
  const unread = new Set(together);
  let asked = false;
  const readEarly = /* @__PURE__ */ new Set();
  const held = /* @__PURE__ */ new Map();
  const unreadable = (path, reason, hold = false) => {
    texts.set(path, null);
    reasons.set(path, reason);
    if (hold) held.set(path, reason);
    else noteSkip(path, reason);
  };
  const give = (paths) => {
    for (const path of paths) {
      const reason = held.get(path);
      if (reason === void 0) continue;
      held.delete(path);
      noteSkip(path, reason);
    }
  };
  const underLink = (path) => {
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
      if (entryOf(path.slice(0, i))?.mode === "120000") return true;
    }
    return false;
  };
  const stage = (paths, hold = false) => {
    const wanted = [...new Set(paths)].filter((p) => !texts.has(p));
    const byOid = [];
    const lookups = [];
    const fail = (path, reason) => unreadable(path, reason, hold);
    for (const path of wanted) {
      unread.delete(path);
      if (!isSafeRelative(path)) {
        texts.set(path, null);
        continue;
      }
      const entry = entryOf(path);
      if (/[\n\r]/.test(path) && (entry === void 0 && listed === null || entry?.mode === "120000")) {
        fail(path, "a file name with a line break, which git cannot look up in a batch");
        continue;
      }
      if (entry === null || entry === void 0 && listed !== null && !underLink(path)) {
        texts.set(path, null);
      } else if (entry?.mode === "160000") {
        fail(path, SUBMODULE);
      } else if (entry?.mode === "040000") {
        texts.set(path, null);
      } else if (entry && entry.mode !== "120000") {
        byOid.push({ path, oid: entry.oid, size: entry.size });
      } else {
        lookups.push({ path, query: `${sha}:${path}`, link: entry?.mode === "120000" });
      }
    }
    const unsized = byOid.filter((b) => b.size === void 0);
    let toRead = [];
    return {
      queries: [...lookups.map((l) => l.query), ...unsized.map((b) => b.oid)],
      answered(answers) {
        if (!Array.isArray(answers)) {
          for (const p of [...lookups.map((l) => l.path), ...unsized.map((b) => b.path)]) fail(p, answers.failed);
        } else {
          lookups.forEach((l, i) => {
            const a = answers[i];
            if (!a) return;
            if (a.kind === "blob") byOid.push({ path: l.path, oid: a.oid, size: a.size });
            else if (a.kind === "folder" && l.link) fail(l.path, LINK_FOLDER);
            else if (a.kind === "absent" || a.kind === "folder") texts.set(l.path, null);
            else fail(l.path, a.reason);
          });
          unsized.forEach((b, i) => {
            const a = answers[lookups.length + i];
            if (a?.kind === "blob") b.size = a.size;
            else if (a) fail(b.path, a.kind === "unreadable" ? a.reason : "its object is missing from the repository");
          });
        }
        const readable = byOid.filter((b) => !texts.has(b.path));
        for (const b of readable) if ((b.size ?? 0) > MAX_FILE_BYTES) fail(b.path, TOO_LARGE);
        toRead = readable.filter((b) => !texts.has(b.path));
        return toRead;
      },
      read(blobs) {
        for (const b of toRead) {
          const bytes = blobs instanceof Map ? blobs.get(b.oid) : void 0;
          if (!bytes) {
            fail(b.path, blobs instanceof Map ? "its object is missing from the repository" : blobs.failed);
            continue;
          }
          const decoded = decodeBytes(bytes);
          if ("text" in decoded) texts.set(b.path, decoded.text);
          else fail(b.path, decoded.unreadable);
        }
      }
    };
  };
  const stageEarly = () => {
    if (asked || unread.size === 0) return null;
    for (const path of unread) readEarly.add(path);
    return stage(unread, true);
  };
  const side = { stageEarly };
  pair?.join(side);
  const load = (paths) => readStaged(root, staged(paths));
  const staged = (paths) => {
    give(paths);
    for (const path of paths) readEarly.delete(path);
    const parts = [stage(paths), stageEarly(), pair?.other(side)?.stageEarly() ?? null];
    return parts.filter((p) => p !== null);
  };
  const ensure = (path) => {
    if (!asked && members.has(path) && (!texts.has(path) || readEarly.has(path))) {
      asked = true;
      give([...readEarly]);
      readEarly.clear();
      const other = pair?.other(side)?.stageEarly();
      readStaged(root, other ? [stage(unread), other] : [stage(unread)]);
    }
    if (!texts.has(path)) load([path]);
  };
  const snapshot = {
    list() {
      if (listing === null) {
        const out = git(["ls-tree", "-r", "-l", "-z", "--full-tree", sha], root);
        const at = /* @__PURE__ */ new Map();
        listing = [];
        for (let start = 0; start < out.length; ) {
          let end = out.indexOf("\0", start);
          if (end === -1) end = out.length;
          const tab = out.indexOf("	", start);
          if (tab !== -1 && tab < end) {
            const path = out.slice(tab + 1, end);
            at.set(path, start);
            if (out.slice(start, tab).includes(" blob ")) listing.push(path);
          }
          start = end + 1;
        }
        listed = { out, at };
        for (const then of whenListed.splice(0)) then();
      }
      return listing;
    },
    read(path) {
      ensure(path);
      return texts.get(path) ?? null;
    },
    prefetch(paths) {
      load(paths);
    },
    prefetchAsync(paths) {
      return readStagedAsync(root, staged(paths));
    },
    listedOf(paths) {
      const out = /* @__PURE__ */ new Set();
      const known2 = listedEntries(paths);
      if (known2 !== null) {
        for (const [path, entry] of known2) {
          out.add(path);
          if (!entries.has(path)) entries.set(path, entry);
        }
        return out;
      }
      if (paths.length === 0) return out;
      const inherited = inheritedListing(paths);
      if (inherited !== null) return inherited;
      if (paths.length > 1e3 || paths.some((p) => !isSafeRelative(p))) return null;
      let text;
      try {
        text = git(["--literal-pathspecs", "ls-tree", "-l", "-z", "--full-tree", sha, "--", ...paths], root);
      } catch {
        return null;
      }
      const wanted = new Set(paths);
      for (const record of text.split("\0")) {
        const tab = record.indexOf("	");
        if (tab === -1) continue;
        const path = record.slice(tab + 1);
        const { type, entry } = recordEntry(record.slice(0, tab));
        if (type !== "blob" || !wanted.has(path)) continue;
        out.add(path);
        if (!entries.has(path)) entries.set(path, entry);
      }
      return out;
    },
    knowListed(covers, records) {
      told = { covers, records: new Map(records) };
    },
    objectId(path) {
      const start = listed?.at.get(path);
      return start === void 0 || !listed ? void 0 : listed.out.slice(start, listed.out.indexOf("	", start));
    },
    unreadable(path) {
      ensure(path);
      return reasons.get(path);
    },
    treeId() {
      if (rootTree === void 0) rootTree = rootTrees.get(`${root}\0${sha}`);
      if (rootTree === void 0) {
        const out = tryGit(["rev-parse", "--verify", "--quiet", `${sha}^{tree}`], root)?.trim();
        rootTree = out !== void 0 && /^[0-9a-f]{40,64}$/.test(out) ? out : null;
      }
      return rootTree ?? void 0;
    },
    filesContaining: remembered((needle) => grepDataFiles(root, needle, sha)),
    ...wordSearcher(root, sha, store, {
      facts: () => listed === null ? null : facts ??= listingFacts(listed.out),
      onListed: (then) => void whenListed.push(then)
    })
  };
  listedBlobs.set(snapshot, listedEntries);
  return snapshot;
}
function recordEntry(head) {
  const [mode, type, oid, size] = head.split(/ +/);
  return { type, entry: type === "blob" ? { mode, oid, size: Number(size) } : { mode, oid } };
}
function toldEntries(records, paths) {
  const out = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const head = records.get(path);
    if (head === void 0) continue;
    const { type, entry } = recordEntry(head);
    if (type === "blob" && entry.oid !== void 0) out.set(path, entry);
  }
  return out;
}
var listedBlobs = /* @__PURE__ */ new WeakMap();
function remembered(search) {
  const answers = /* @__PURE__ */ new Map();
  return (needle) => {
    const key = JSON.stringify(needle);
    let found = answers.get(key);
    if (!found) answers.set(key, found = search(needle));
    return [...found];
  };
}
function gitFailure(error) {
  const message = (error.stderr?.toString() || error.message || "").trim().split("\n")[0];
  return `git could not read it (${message.slice(0, 200)})`;
}
function lookupObjects(root, queries) {
  const out = execFileSync2("git", LOOKUP_ARGS, { cwd: root, input: lookupInput(queries), maxBuffer: lookupBuffer(queries), stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
  return lookupAnswers(out, queries);
}
var LOOKUP_FORMAT = "%(objectname) %(objecttype) %(objectsize)";
var LOOKUP_ARGS = ["cat-file", `--batch-check=${LOOKUP_FORMAT}`, "--follow-symlinks"];
var lookupInput = (queries) => queries.map((q) => `${q}
`).join("");
var lookupBuffer = (queries) => 64 * 1024 * 1024 + queries.length * 256;
function lookupAnswers(out, queries) {
  return lookupRecords(out, queries.length).answers;
}
function lookupRecords(out, count) {
  const answers = [];
  let at = 0;
  while (at < out.length && answers.length < count) {
    const eol = out.indexOf(10, at);
    if (eol === -1) break;
    const line = out.subarray(at, eol).toString("utf8");
    const special = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(line);
    if (special) {
      const size = Number(special[2]);
      if (eol + 1 + size + 1 > out.length) break;
      at = eol + 1 + size + 1;
      answers.push(
        special[1] === "symlink" ? { kind: "unreadable", reason: LINK_OUTSIDE } : special[1] === "loop" ? { kind: "unreadable", reason: LINK_LOOP } : special[1] === "dangling" ? { kind: "unreadable", reason: LINK_DANGLING } : { kind: "absent" }
      );
      continue;
    }
    at = eol + 1;
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
    if (!m) answers.push({ kind: "absent" });
    else if (m[2] === "blob") answers.push({ kind: "blob", oid: m[1], size: Number(m[3]) });
    else if (m[2] === "commit") answers.push({ kind: "unreadable", reason: SUBMODULE });
    else answers.push({ kind: "folder" });
  }
  return { answers, end: at };
}
function readStaged(root, parts) {
  const queries = parts.flatMap((p) => p.queries);
  let answers = [];
  if (queries.length > 0) {
    try {
      answers = lookupObjects(root, queries);
    } catch (error) {
      answers = { failed: gitFailure(error) };
    }
  }
  const wanted = answerParts(parts, answers);
  if (wanted.every((w) => w.length === 0)) return;
  let blobs;
  try {
    blobs = readBlobsById(root, wanted.flat());
  } catch (error) {
    blobs = { failed: gitFailure(error) };
  }
  readParts(parts, wanted, blobs);
}
async function readStagedAsync(root, parts) {
  const queries = parts.flatMap((p) => p.queries);
  if (queries.length > 0 && batchCommand !== false && await readStagedInOne(root, parts, queries)) return;
  readStaged(root, parts);
}
var batchCommand;
function readStagedInOne(root, parts, queries) {
  return new Promise((settle) => {
    const child = spawn2("git", ["cat-file", `--batch-command=${LOOKUP_FORMAT}`, "--follow-symlinks"], { cwd: root, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const answers = [];
    let pending = Buffer.alloc(0);
    let lookupBytes = 0;
    const out = [];
    let outBytes = 0;
    let stderr = "";
    let reading = null;
    let gaveUp = false;
    const askContents = (wanted) => {
      const unique = [...new Map(wanted.flat().map((b) => [b.oid, b.size])).entries()];
      reading = { wanted, unique, limit: unique.reduce((sum, [, size]) => sum + size + 100, 1024) };
      child.stdin.end(unique.map(([oid]) => `contents ${oid}
`).join(""));
    };
    child.stdin.on("error", () => {
    });
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    child.stdout.on("data", (chunk) => {
      if (reading !== null) {
        outBytes += chunk.length;
        if (outBytes > reading.limit) child.kill();
        else out.push(chunk);
        return;
      }
      if (gaveUp) return;
      lookupBytes += chunk.length;
      if (lookupBytes > lookupBuffer(queries)) return void child.kill();
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const got = lookupRecords(pending, queries.length - answers.length);
      for (const answer of got.answers) answers.push(answer);
      pending = pending.subarray(got.end);
      if (answers.length === queries.length) askContents(answerParts(parts, answers));
    });
    child.on("error", () => {
      if (reading !== null) return;
      gaveUp = true;
      settle(false);
    });
    child.on("close", (status) => {
      if (reading === null) return settle(false);
      let blobs = /* @__PURE__ */ new Map();
      if (status !== 0 || outBytes > reading.limit) {
        blobs = { failed: gitFailure({ stderr, message: `git cat-file --batch-command ended with ${status === null ? "a signal" : `status ${status}`}` }) };
      } else chunkBlobs(Buffer.concat(out), reading.unique, blobs);
      readParts(parts, reading.wanted, blobs);
      settle(true);
    });
    child.stdin.write(queries.map((q) => `info ${q}
`).join(""));
  }).then((read) => {
    batchCommand ??= read;
    return read;
  });
}
function answerParts(parts, answers) {
  let at = 0;
  return parts.map((p) => {
    const mine = Array.isArray(answers) ? answers.slice(at, at + p.queries.length) : answers;
    at += p.queries.length;
    return p.answered(mine);
  });
}
function readParts(parts, wanted, blobs) {
  parts.forEach((p, i) => {
    if (wanted[i].length > 0) p.read(blobs);
  });
}
var ReadPair = class {
  sides = [];
  join(side) {
    this.sides.push(side);
  }
  other(side) {
    return this.sides.find((s) => s !== side);
  }
};
var BATCH_BYTES = 64 * 1024 * 1024;
function readBlobsById(root, blobs, budget = BATCH_BYTES) {
  const out = /* @__PURE__ */ new Map();
  for (const { chunk, bytes } of blobChunks(blobs, budget)) {
    const data = execFileSync2("git", ["cat-file", "--batch"], { cwd: root, input: chunk.map(([oid]) => `${oid}
`).join(""), maxBuffer: bytes + chunk.length * 100 + 1024, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
    chunkBlobs(data, chunk, out);
  }
  return out;
}
function blobChunks(blobs, budget) {
  const unique = [...new Map(blobs.map((b) => [b.oid, b.size])).entries()];
  const chunks = [];
  let chunk = [];
  let bytes = 0;
  for (const [oid, size] of unique) {
    if (bytes + size > budget && chunk.length > 0) {
      chunks.push({ chunk, bytes });
      chunk = [];
      bytes = 0;
    }
    chunk.push([oid, size]);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push({ chunk, bytes });
  return chunks;
}
function chunkBlobs(data, chunk, out) {
  let at = 0;
  for (const [oid] of chunk) {
    const eol = data.indexOf(10, at);
    if (eol === -1) break;
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(data.subarray(at, eol).toString("utf8"));
    if (!m) {
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(oid, data.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
}
var DATA_PATHSPECS = [":(icase)*.json", ":(icase)*.yaml", ":(icase)*.yml"];
var GREP_PATTERN_CHARS = 64 * 1024;
function grepDataFiles(root, needles, commit) {
  const lines = /* @__PURE__ */ new Set();
  for (const needle of typeof needles === "string" ? [needles] : needles) {
    const line = needle.split(/[\r\n\0]/).reduce((a, b) => b.length > a.length ? b : a, "");
    if (line.length > 0) lines.add(line);
  }
  const found = /* @__PURE__ */ new Set();
  const prefix = commit ? `${commit}:` : "";
  let batch = [];
  let chars = 0;
  const run2 = () => {
    if (batch.length === 0) return;
    const args = ["grep", ...commit ? ["--threads=1"] : [], "--no-color", "-l", "-z", "-a", "-F"];
    for (const line of batch) args.push("-e", line);
    if (commit) args.push(commit);
    else args.push("--untracked");
    args.push("--", ...DATA_PATHSPECS);
    batch = [];
    chars = 0;
    let out;
    try {
      out = git(args, root);
    } catch (error) {
      if (error.status === 1) return;
      throw error;
    }
    for (const p of out.split("\0")) {
      if (p.length === 0) continue;
      const path = prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p;
      if (DATA_FILE.test(path)) found.add(path);
    }
  };
  for (const line of lines) {
    if (chars + line.length > GREP_PATTERN_CHARS) run2();
    batch.push(line);
    chars += line.length;
  }
  run2();
  return [...found].sort();
}
function worktreeSnapshot(root, noteSkip = () => {
}) {
  let listing = null;
  const realRoot = realpathSync(root);
  const read = fileSystemReader(realRoot, noteSkip);
  return {
    list() {
      listing ??= git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root).split("\0").filter((p) => p.length > 0);
      return listing;
    },
    read: (path) => read(path).text,
    unreadable: (path) => read(path).reason,
    filesContaining: remembered((needle) => grepDataFiles(root, needle, null))
  };
}

export {
  releaseTagFilter,
  ForkPointError,
  git,
  runGit,
  gitAsync,
  repoRoot,
  repoRootWith,
  repoRootWithAsync,
  hasCommit,
  resolveCommit,
  defaultBase,
  forkPointOf,
  parseNameStatus,
  parseRawDiff,
  gitChangeSet,
  gitChangeSetAsync,
  commitSnapshot,
  ReadPair,
  readBlobsById,
  worktreeSnapshot
};
