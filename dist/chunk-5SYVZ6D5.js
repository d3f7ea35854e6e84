import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  DATA_FILE
} from "./chunk-OKPMEVZ6.js";

// src/changes/files.ts
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, constants as fs } from "node:fs";
import { join } from "node:path";
import { isUtf8 } from "node:buffer";
var MAX_FILE_BYTES = 128 * 1024 * 1024;
var TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most rollback-guard reads`;
function decodeBytes(bytes) {
  if (bytes.length > MAX_FILE_BYTES) return { unreadable: TOO_LARGE };
  if (isLfsPointer(bytes)) return { unreadable: LFS_POINTER };
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 255 && b1 === 254 && b2 === 0 && b3 === 0 || b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255) {
    return { unreadable: "UTF-32 text, which rollback-guard does not read (save it as UTF-8)" };
  }
  if (b0 === 239 && b1 === 187 && b2 === 191) return { text: utf8OrLegacy(bytes.subarray(3)) };
  if (b0 === 255 && b1 === 254) return utf16(bytes.subarray(2), "utf-16le");
  if (b0 === 254 && b1 === 255) return utf16(bytes.subarray(2), "utf-16be");
  const bomless = bomlessUtf16(bytes);
  if (bomless) return utf16(bytes, bomless);
  return { text: utf8OrLegacy(bytes) };
}
var LFS_POINTER = "a Git LFS pointer: the file itself is in LFS storage, which rollback-guard does not fetch";
function isLfsPointer(bytes) {
  if (bytes.length >= 1024 || bytes[0] !== 118) return false;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\n/.test(text) && /\noid sha256:[0-9a-f]{64}\n/.test(text) && /\nsize \d+(?:\n|$)/.test(text);
}
function utf8OrLegacy(bytes) {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}
function utf16(bytes, encoding) {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { unreadable: `not valid ${encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} text (a BOM says UTF-16, the bytes do not follow it)` };
  }
}
function bomlessUtf16(bytes) {
  const n = Math.min(bytes.length, 64);
  if (n < 8 || n % 2 !== 0) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (!(b === 0 && a !== 0 && a < 128)) le = false;
    if (!(a === 0 && b !== 0 && b < 128)) be = false;
  }
  return le ? "utf-16le" : be ? "utf-16be" : null;
}
function isSafeRelative(path) {
  return path.length > 0 && !path.startsWith("/") && !path.split("/").includes("..") && !path.includes("\0");
}
var MAX_LINK_HOPS = 40;
var LINK_OUTSIDE = "a symbolic link to a path outside the repository (not read)";
var LINK_DANGLING = "a symbolic link to a path that does not exist (a dangling link)";
var LINK_FOLDER = "a symbolic link to a folder, not a file";
var LINK_LOOP = `a symbolic link loop (more than ${MAX_LINK_HOPS} links in a row)`;
function resolveLinks(path, kindOf) {
  const pending = path.split("/").reverse();
  const done = [];
  let hops = 0;
  let viaLink = false;
  while (pending.length > 0) {
    const part = pending.pop();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (done.length === 0) return { unreadable: LINK_OUTSIDE };
      done.pop();
      continue;
    }
    const here = done.length ? `${done.join("/")}/${part}` : part;
    const kind = kindOf(here);
    if (kind === null) return viaLink ? { unreadable: LINK_DANGLING } : null;
    if (kind === "dir") {
      done.push(part);
      if (pending.length === 0) return viaLink ? { unreadable: LINK_FOLDER } : null;
      continue;
    }
    if (kind === "file") {
      if (pending.length > 0) return null;
      return { path: here };
    }
    if ("other" in kind) return { unreadable: kind.other };
    if (++hops > MAX_LINK_HOPS) return { unreadable: LINK_LOOP };
    viaLink = true;
    if (kind.link.startsWith("/") || kind.link.length === 0) return { unreadable: LINK_OUTSIDE };
    for (const p of kind.link.split("/").reverse()) pending.push(p);
  }
  return viaLink ? { unreadable: LINK_FOLDER } : null;
}
function kindOfStats(stats, readLink) {
  if (!stats) return null;
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "dir";
  if (stats.isSymbolicLink()) return { link: readLink() };
  return { other: notRegular(stats) };
}
function notRegular(stats) {
  if (stats.isDirectory()) return "a directory, not a file";
  const what = stats.isFIFO() ? "a named pipe" : stats.isCharacterDevice() ? "a character device" : stats.isBlockDevice() ? "a block device" : stats.isSocket() ? "a socket" : "a special file";
  return `not a regular file (${what})`;
}
function readRegularFile(fullPath, followLinks = false) {
  let fd;
  try {
    fd = openSync(fullPath, fs.O_RDONLY | (fs.O_NONBLOCK ?? 0) | (followLinks ? 0 : fs.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") return { unreadable: "a symbolic link (not followed here)" };
    if (code === "EISDIR") return { unreadable: "a directory, not a file" };
    if (code === "ENOENT" || code === "ENOTDIR") throw error;
    return { unreadable: `cannot be opened (${code ?? error.message})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { unreadable: "a directory, not a file" };
    if (!stats.isFile()) return { unreadable: notRegular(stats) };
    if (stats.size > MAX_FILE_BYTES) return { unreadable: TOO_LARGE };
    const bytes = Buffer.allocUnsafe(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}
function fileSystemReader(realRoot, noteSkip) {
  const results = /* @__PURE__ */ new Map();
  const kinds = /* @__PURE__ */ new Map();
  const kindOf = (path) => {
    if (!kinds.has(path)) {
      const full = join(realRoot, path);
      let stats;
      try {
        stats = lstatSync(full);
      } catch {
        stats = void 0;
      }
      kinds.set(path, kindOfStats(stats, () => readlinkSync(full, "utf8")));
    }
    return kinds.get(path);
  };
  const readOnce = (path) => {
    if (!isSafeRelative(path)) return { text: null };
    let at;
    try {
      at = resolveLinks(path, kindOf);
    } catch {
      return { text: null };
    }
    if (at === null) return { text: null };
    if ("unreadable" in at) return unreadableAs(path, at.unreadable);
    let file;
    try {
      file = readRegularFile(join(realRoot, at.path));
    } catch {
      return { text: null };
    }
    if ("unreadable" in file) return unreadableAs(path, file.unreadable);
    const decoded = decodeBytes(file.bytes);
    return "text" in decoded ? { text: decoded.text } : unreadableAs(path, decoded.unreadable);
  };
  const unreadableAs = (path, reason) => {
    noteSkip(path, reason);
    return { text: null, reason };
  };
  return (path) => {
    let result = results.get(path);
    if (!result) results.set(path, result = readOnce(path));
    return result;
  };
}

// src/changes/types.ts
var WORD_SEARCH_BYTES = 64 * 1024 * 1024;
var NEVER_SEARCHED_DIRS = ["node_modules", "vendor", "third_party", "third-party", "bower_components", ".yarn", ".git"];
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function wholeWords(words) {
  const alternatives = words.map(escapeRegExp).join("|");
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives || "(?!)"})(?![A-Za-z0-9_])`);
}
function containsAny(text, needle) {
  return typeof needle === "string" ? text.includes(needle) : needle.some((n) => text.includes(n));
}
function memorySnapshot(files, links = {}) {
  const texts = /* @__PURE__ */ new Map();
  const reasons = /* @__PURE__ */ new Map();
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string") texts.set(path, content);
    else {
      const decoded = decodeBytes(content);
      if ("text" in decoded) texts.set(path, decoded.text);
      else reasons.set(path, decoded.unreadable);
    }
  }
  const linkMap = new Map(Object.entries(links));
  let dirs = null;
  const kindOf = (path) => {
    if (texts.has(path) || reasons.has(path)) return "file";
    const link = linkMap.get(path);
    if (link !== void 0) return { link };
    if (!dirs) {
      dirs = /* @__PURE__ */ new Set();
      for (const p of [...texts.keys(), ...reasons.keys(), ...linkMap.keys()]) {
        for (let i = p.indexOf("/"); i !== -1; i = p.indexOf("/", i + 1)) dirs.add(p.slice(0, i));
      }
    }
    return dirs.has(path) ? "dir" : null;
  };
  const resolve = (path) => linkMap.size === 0 ? texts.has(path) || reasons.has(path) ? { path } : null : resolveLinks(path, kindOf);
  const snapshot = {
    list: () => [...texts.keys(), ...reasons.keys(), ...linkMap.keys()].sort(),
    read(path) {
      const at = resolve(path);
      return at && "path" in at ? texts.get(at.path) ?? null : null;
    },
    unreadable(path) {
      const at = resolve(path);
      if (!at) return void 0;
      return "unreadable" in at ? at.unreadable : reasons.get(at.path);
    },
    filesContaining(needle) {
      return snapshot.list().filter((p) => DATA_FILE.test(p) && containsAny(snapshot.read(p) ?? "", needle));
    }
  };
  return snapshot;
}
function changeSetFromTrees(baseFiles, headFiles, refs = {}, links = {}) {
  const files = [];
  const baseLinks = links.base ?? {};
  const headLinks = links.head ?? {};
  const entry = (tree, linkMap, path) => Object.hasOwn(tree, path) ? tree[path] : Object.hasOwn(linkMap, path) ? `\0link:${linkMap[path]}` : void 0;
  const paths = /* @__PURE__ */ new Set([...Object.keys(baseFiles), ...Object.keys(headFiles), ...Object.keys(baseLinks), ...Object.keys(headLinks)]);
  for (const path of [...paths].sort()) {
    const before = entry(baseFiles, baseLinks, path);
    const after = entry(headFiles, headLinks, path);
    if (before === void 0) files.push({ path, status: "added" });
    else if (after === void 0) files.push({ path, status: "deleted" });
    else if (!sameContent(before, after)) files.push({ path, status: "modified" });
  }
  const skipped = [];
  const baseTree = memorySnapshot(baseFiles, baseLinks);
  const headTree = memorySnapshot(headFiles, headLinks);
  for (const f of files) {
    const reason = (f.status === "deleted" ? void 0 : headTree.unreadable?.(f.path)) ?? (f.status === "added" ? void 0 : baseTree.unreadable?.(f.path));
    if (reason) skipped.push({ file: f.path, reason });
  }
  return { base: refs.base ?? "base", head: refs.head ?? "head", files, baseTree, headTree, skipped };
}
function sameContent(a, b) {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return Buffer.compare(a, b) === 0;
}

export {
  MAX_FILE_BYTES,
  TOO_LARGE,
  decodeBytes,
  isSafeRelative,
  LINK_OUTSIDE,
  LINK_DANGLING,
  LINK_FOLDER,
  LINK_LOOP,
  notRegular,
  readRegularFile,
  fileSystemReader,
  WORD_SEARCH_BYTES,
  NEVER_SEARCHED_DIRS,
  escapeRegExp,
  wholeWords,
  containsAny,
  memorySnapshot,
  changeSetFromTrees
};
