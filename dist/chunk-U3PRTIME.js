import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  lineAt,
  lineStarts
} from "./chunk-3MRRVRCS.js";

// src/contracts/load.ts
var yamlLibs = null;
async function prepareYaml() {
  if (yamlLibs) return;
  const [jsYamlModule, yamlModule] = await Promise.all([import("./chunk-T2IIJA3O.js"), import("./chunk-DEF2TNWJ.js")]);
  const yaml = interop(yamlModule, "Parser");
  const jsYaml = interop(jsYamlModule, "load");
  yamlLibs = { load: jsYaml.load, Parser: yaml.Parser, resolveAsScalar: yaml.CST.resolveAsScalar };
}
function interop(namespace, key) {
  const ns = namespace;
  return ns[key] !== void 0 ? ns : ns.default;
}
var ReadersNotLoaded = class extends Error {
  constructor(reader) {
    super(`${reader === "yaml" ? "the YAML readers are" : "the JSON Schema meta-validator is"} not loaded: call prepareContracts() first`);
    this.reader = reader;
    this.name = "ReadersNotLoaded";
  }
  reader;
};
function yamlLoaded() {
  return yamlLibs !== null;
}
function yamlReaders() {
  if (!yamlLibs) throw new ReadersNotLoaded("yaml");
  return yamlLibs;
}
var LIMITS = {
  /** Nodes counted with aliases expanded (a billion-laughs document explodes here). */
  maxExpandedNodes: 5e6,
  maxDepth: 1e3
};
function isJsonPath(path, text) {
  if (/\.json$/i.test(path)) return true;
  if (/\.ya?ml$/i.test(path)) return false;
  return /^\s*[{[]/.test(text);
}
function loadDocument(path, text, options = {}) {
  const format = isJsonPath(path, text) ? "json" : "yaml";
  let value;
  let error = null;
  let cst;
  let duplicateOnly = false;
  const yaml = format === "json" ? null : yamlReaders();
  try {
    if (format === "json") {
      value = JSON.parse(text);
      const shape = jsonShape(value);
      if (shape.maxDepth > LIMITS.maxDepth) {
        error = { message: `the document is nested deeper than ${LIMITS.maxDepth} levels`, line: 1 };
      } else if (options.duplicateKeys !== false && shape.keys !== countKeyMarks(text) && shape.keys !== countKeys(text)) {
        error = firstDuplicateKey(text);
        duplicateOnly = error !== null;
      }
    } else {
      value = yaml.load(text, { filename: path });
      const shape = checkShape(value);
      if (shape) error = { message: shape, line: 1 };
    }
  } catch (e) {
    error = loadError(e, text);
  }
  const doc = {
    path,
    text,
    format,
    value: error ? void 0 : value,
    error,
    ...duplicateOnly ? { recovered: value } : {},
    locate: (pointers) => {
      if (format === "json") {
        const locator = jsonLocator(text);
        doc.locate = locator;
        return locator(pointers);
      }
      const { spans, approximate } = blockYamlSpans(text, pointers);
      const unsure = pointers.map((_, i) => i).filter((i) => approximate[i]);
      if (unsure.length && text.length <= CST_MAX_CHARS) {
        cst ??= yamlLocator(text);
        const exact = cst(unsure.map((i) => pointers[i]));
        unsure.forEach((i, k) => spans[i] = exact[k]);
      }
      return spans;
    }
  };
  return doc;
}
function loadError(e, text) {
  if (e instanceof RangeError) return { message: "the document is nested too deeply to read", line: 1 };
  const err = e;
  if (err.mark && typeof err.mark.line === "number") {
    return { message: err.reason ?? String(err.message).split("\n")[0], line: err.mark.line + 1 };
  }
  const message = String(err.message ?? e);
  const pos = /position (\d+)/.exec(message);
  const line = pos ? lineAt(lineStarts(text), Number(pos[1])) : 1;
  return { message: message.split("\n")[0], line };
}
function checkShape(value) {
  const sizes = /* @__PURE__ */ new Map();
  const stack = [];
  const push = (node, depth) => {
    if (node === null || typeof node !== "object") return 1;
    const known = sizes.get(node);
    if (known !== void 0) return known;
    if (depth > LIMITS.maxDepth) return -1;
    sizes.set(node, 0);
    stack.push({ node, depth, children: Array.isArray(node) ? node : Object.values(node), i: 0, size: 1 });
    return null;
  };
  push(value, 0);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const children = top.children;
    if (top.i < children.length) {
      const r = push(children[top.i++], top.depth + 1);
      if (r === -1) return `the document is nested deeper than ${LIMITS.maxDepth} levels`;
      if (r !== null) top.size += r;
      if (top.size > LIMITS.maxExpandedNodes) return aliasMessage();
      continue;
    }
    stack.pop();
    sizes.set(top.node, top.size);
    if (stack.length) {
      const parent = stack[stack.length - 1];
      parent.size += top.size;
      if (parent.size > LIMITS.maxExpandedNodes) return aliasMessage();
    }
  }
  return null;
}
function aliasMessage() {
  return `the document expands to more than ${LIMITS.maxExpandedNodes.toLocaleString("en-US")} nodes (YAML alias bomb?)`;
}
function pointerString(pointer) {
  return "#" + pointer.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
var WS = /* @__PURE__ */ new Set([32, 10, 13, 9]);
var JsonScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  ws() {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) this.pos++;
  }
  /** Index of the quote that closes the string opening at `open` (or the text's length). */
  closing(open) {
    const t = this.text;
    for (let i = t.indexOf('"', open + 1); i !== -1; i = t.indexOf('"', i + 1)) {
      let k = i - 1;
      while (t.charCodeAt(k) === 92) k--;
      if ((i - 1 - k) % 2 === 0) return i;
    }
    return t.length;
  }
  /** Reads a string starting at pos (on the quote); returns its value. */
  string() {
    const start = this.pos;
    const end = this.closing(start);
    this.pos = end + 1;
    const raw = this.text.slice(start + 1, end);
    if (!raw.includes("\\")) return raw;
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  }
  /** Skips one value starting at pos, iteratively (deep nesting is fine). */
  skip() {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first === 123 || first === 91) {
      let depth = 0;
      let i = this.pos;
      while (i < t.length) {
        const c = t.charCodeAt(i);
        if (c === 34) {
          i = this.closing(i) + 1;
          continue;
        }
        if (c === 123 || c === 91) depth++;
        else if ((c === 125 || c === 93) && --depth === 0) {
          this.pos = i + 1;
          return;
        }
        i++;
      }
      this.pos = i;
      return;
    }
    if (first === 34) {
      this.pos = this.closing(this.pos) + 1;
      return;
    }
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 44 || c === 125 || c === 93 || WS.has(c)) return;
      this.pos++;
    }
  }
};
function buildTrie(pointers) {
  const root = { children: /* @__PURE__ */ new Map(), ends: [] };
  pointers.forEach((p, i) => {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, next = { children: /* @__PURE__ */ new Map(), ends: [] });
      node = next;
    }
    node.ends.push(i);
  });
  return root;
}
function fillAll(trie, span, out) {
  for (const i of trie.ends) out[i] = span;
  for (const child of trie.children.values()) fillAll(child, span, out);
}
var LineCounter = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  line = 1;
  lineAt(offset) {
    const t = this.text;
    if (offset < this.at) {
      this.at = 0;
      this.line = 1;
    }
    const end = Math.min(offset, t.length);
    for (let i = t.indexOf("\n", this.at); i !== -1 && i < end; i = t.indexOf("\n", i + 1)) this.line++;
    this.at = end;
    return this.line;
  }
  /** How many lines the text has (the number `lineStarts` counts). */
  total() {
    return this.lineAt(this.text.length);
  }
};
function jsonLocator(text) {
  return (pointers) => {
    const lines = new LineCounter(text);
    const out = new Array(pointers.length);
    const trie = buildTrie(pointers);
    const s = new JsonScanner(text);
    s.ws();
    const rootSpan = { line: lines.lineAt(s.pos), endLine: 0 };
    fillAll(trie, rootSpan, out);
    try {
      visitJson(s, trie, lines, rootSpan.line, out);
    } catch {
    }
    if (out.includes(rootSpan)) rootSpan.endLine = new LineCounter(text).total();
    return out;
  };
}
function visitJson(s, trie, lines, keyLine, out) {
  const t = s.text;
  const c = t.charCodeAt(s.pos);
  if (trie.children.size === 0 || c !== 123 && c !== 91) {
    s.skip();
    const span2 = { line: keyLine, endLine: lines.lineAt(Math.max(s.pos - 1, 0)) };
    for (const i of trie.ends) out[i] = span2;
    return;
  }
  const isObject = c === 123;
  s.pos++;
  let index = 0;
  for (; ; ) {
    s.ws();
    const ch = t.charCodeAt(s.pos);
    if (ch === 125 || ch === 93 || s.pos >= t.length) {
      s.pos++;
      break;
    }
    if (ch === 44) {
      s.pos++;
      continue;
    }
    let key;
    const line = lines.lineAt(s.pos);
    if (isObject) {
      key = s.string();
      s.ws();
      s.pos++;
      s.ws();
    } else key = String(index++);
    const child = trie.children.get(key);
    if (child) {
      fillAll(child, { line, endLine: line }, out);
      visitJson(s, child, lines, line, out);
    } else s.skip();
  }
  const span = { line: keyLine, endLine: lines.lineAt(Math.max(s.pos - 1, 0)) };
  for (const i of trie.ends) out[i] = span;
}
function countKeyMarks(text) {
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
  return n;
}
function countKeys(text) {
  let keys = 0;
  const n = text.length;
  for (let i = text.indexOf('"'); i !== -1 && i < n; i = text.indexOf('"', i + 1)) {
    let j = text.indexOf('"', i + 1);
    while (j !== -1) {
      let backslashes = 0;
      for (let k2 = j - 1; text.charCodeAt(k2) === 92; k2--) backslashes++;
      if (backslashes % 2 === 0) break;
      j = text.indexOf('"', j + 1);
    }
    if (j === -1) break;
    let k = j + 1;
    while (k < n && WS.has(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 58) keys++;
    i = j;
  }
  return keys;
}
function jsonShape(value) {
  let keys = 0;
  let maxDepth = 0;
  const stack = [value];
  const depths = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop();
    if (v === null || typeof v !== "object") continue;
    if (depth > maxDepth) maxDepth = depth;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x !== null && typeof x === "object") {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in v) {
        keys++;
        const x = v[k];
        if (x !== null && typeof x === "object") {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { keys, maxDepth };
}
function firstDuplicateKey(text) {
  const s = new JsonScanner(text);
  const stack = [];
  const t = text;
  let expectKey = false;
  while (s.pos < t.length) {
    const c = t.charCodeAt(s.pos);
    if (c === 34) {
      const start = s.pos;
      const value = s.string();
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        if (top.has(value)) {
          return { message: `duplicate key "${value}"`, line: lineAt(lineStarts(text), start) };
        }
        top.add(value);
      }
      expectKey = false;
      continue;
    }
    if (c === 123) {
      stack.push(/* @__PURE__ */ new Set());
      expectKey = true;
    } else if (c === 91) {
      stack.push(null);
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      expectKey = stack[stack.length - 1] !== null && stack.length > 0;
    }
    s.pos++;
  }
  return null;
}
var CST_MAX_CHARS = 2 * 1024 * 1024;
function blockYamlSpans(text, pointers) {
  const root = { children: /* @__PURE__ */ new Map(), span: null, unsure: false };
  for (const p of pointers) {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, next = { children: /* @__PURE__ */ new Map(), span: null, unsure: false });
      node = next;
    }
  }
  const stack = [{ indent: -1, dash: false, node: root, seq: 0, line: 0, compact: false }];
  let lineNo = 0;
  let firstContent = 0;
  let lastContent = 0;
  let skipAbove = -1;
  let skipCompact = false;
  const close = (entry) => {
    entry.node.span ??= { line: entry.line, endLine: Math.max(lastContent, entry.line) };
  };
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    lineNo++;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    let stop = end;
    if (stop > i && text.charCodeAt(stop - 1) === 13) stop--;
    const lineStart = pos;
    pos = end + 1;
    const c = text.charCodeAt(i);
    if (i >= stop || c === 35) continue;
    const indent = i - lineStart;
    const isDash = c === 45 && (i + 1 >= stop || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
    if (skipAbove >= 0) {
      if (indent > skipAbove || indent === skipAbove && skipCompact && isDash) {
        lastContent = lineNo;
        continue;
      }
      skipAbove = -1;
    }
    if (indent === 0 && (text.startsWith("---", i) || text.startsWith("...", i) || c === 37) && (stop - i === 3 || text.charCodeAt(i + 3) === 32 || c === 37)) {
      continue;
    }
    firstContent ||= lineNo;
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (indent > top.indent || indent === top.indent && isDash && !top.dash && top.compact) break;
      close(stack.pop());
    }
    lastContent = lineNo;
    let parent = stack[stack.length - 1];
    let col = indent;
    let rest = text.slice(i, stop);
    for (; ; ) {
      if (rest === "-" || rest.startsWith("- ") || rest.startsWith("-	")) {
        const node2 = parent.node.children.get(String(parent.seq++));
        if (!node2) {
          skipAbove = col;
          skipCompact = false;
          break;
        }
        const entry = { indent: col, dash: true, node: node2, seq: 0, line: lineNo, compact: false };
        stack.push(entry);
        const after = rest.slice(1).replace(/^[ \t]+/, "");
        if (after === "" || after.startsWith("#")) break;
        col += rest.length - after.length;
        rest = after;
        parent = entry;
        continue;
      }
      const key = rest.startsWith("? ") ? null : yamlKey(rest);
      if (key === null || key.key === "<<") {
        const itemValue = key === null && parent.dash && parent.line === lineNo;
        if (!itemValue || unfollowed(stripProperties(rest))) parent.node.unsure = true;
        skipAbove = col;
        skipCompact = false;
        break;
      }
      const node = parent.node.children.get(key.key);
      const value = stripProperties(key.rest);
      const valueHere = value !== "" && !value.startsWith("#");
      if (!node) {
        skipAbove = col;
        skipCompact = !valueHere;
        break;
      }
      stack.push({ indent: col, dash: false, node, seq: 0, line: lineNo, compact: !valueHere });
      if (valueHere) {
        if (unfollowed(value)) node.unsure = true;
        skipAbove = col;
        skipCompact = false;
      }
      break;
    }
  }
  while (stack.length > 1) close(stack.pop());
  const rootSpan = { line: firstContent || 1, endLine: lastContent || 1 };
  const spans = [];
  const approximate = [];
  for (const p of pointers) {
    let node = root;
    let span = rootSpan;
    let found = true;
    for (const seg of p) {
      const next = node.children.get(seg);
      if (!next?.span) {
        found = false;
        break;
      }
      node = next;
      span = next.span;
    }
    spans.push(span);
    approximate.push(!found && node.unsure);
  }
  return { spans, approximate };
}
function unfollowed(value) {
  return value.startsWith("*") || /^[[{]/.test(value) && !/^(\{\s*\}|\[\s*\])\s*(#.*)?$/.test(value);
}
function stripProperties(raw) {
  let v = raw.replace(/^[ \t]+/, "");
  while (v.startsWith("&") || v.startsWith("!")) {
    const space = v.search(/[ \t]/);
    v = space === -1 ? "" : v.slice(space).replace(/^[ \t]+/, "");
  }
  return v;
}
function yamlKey(content) {
  let key;
  let after;
  if (content.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    key = m[1].replace(/''/g, "'");
    after = m[0].length;
  } else if (content.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    try {
      key = JSON.parse(`"${m[1]}"`);
    } catch {
      return null;
    }
    after = m[0].length;
  } else {
    const m = /^([^#:\s][^:#]*?)\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    key = m[1];
    after = m[0].length;
  }
  return { key, rest: content.slice(after) };
}
function yamlLocator(text) {
  const starts = lineStarts(text);
  const { Parser } = yamlReaders();
  let root;
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type === "document") {
        root = token.value ?? void 0;
        break;
      }
    }
  } catch {
    root = void 0;
  }
  const keyCache = /* @__PURE__ */ new WeakMap();
  const line = (offset) => lineAt(starts, offset);
  const entries = (token) => {
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") return null;
    let map = keyCache.get(token);
    if (map) return map;
    map = /* @__PURE__ */ new Map();
    const isSeq = token.type === "block-seq" || token.type === "flow-collection" && token.start.source === "[";
    token.items.forEach((item, i) => {
      if (isSeq) map.set(String(i), item);
      else if (item.key) {
        const k = scalarText(item.key);
        if (k !== null && !map.has(k)) map.set(k, item);
      }
    });
    keyCache.set(token, map);
    return map;
  };
  return (pointers) => pointers.map((pointer) => {
    if (!root) return { line: 1, endLine: starts.length };
    let token = root;
    let span = { line: line(token.offset), endLine: line(endOffset(token)) };
    for (const seg of pointer) {
      const map = entries(token);
      const item = map?.get(seg);
      if (!item) break;
      const first = item.key ?? item.start.find((t) => t.type === "seq-item-ind") ?? item.value;
      const startOff = first ? first.offset : token.offset;
      const value = item.value;
      span = { line: line(startOff), endLine: line(value ? endOffset(value) : startOff) };
      if (!value) break;
      token = value;
    }
    return span;
  });
}
function scalarText(token) {
  if (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar") {
    const { resolveAsScalar } = yamlReaders();
    try {
      return resolveAsScalar(token).value;
    } catch {
      return token.source;
    }
  }
  return null;
}
function endOffset(token) {
  for (let guard = 0; guard < 1e4; guard++) {
    switch (token.type) {
      case "block-map":
      case "block-seq": {
        const last = token.items[token.items.length - 1];
        if (!last) return token.offset;
        const next = last.value ?? last.key;
        if (!next) return token.offset;
        token = next;
        continue;
      }
      case "flow-collection": {
        const end = token.end[token.end.length - 1];
        return end ? end.offset : token.offset;
      }
      case "document":
        return token.offset;
      default: {
        const src = "source" in token && typeof token.source === "string" ? token.source : "";
        return token.offset + Math.max(src.replace(/\s+$/, "").length - 1, 0);
      }
    }
  }
  return token.offset;
}

export {
  prepareYaml,
  interop,
  ReadersNotLoaded,
  yamlLoaded,
  LIMITS,
  isJsonPath,
  loadDocument,
  pointerString,
  CST_MAX_CHARS,
  blockYamlSpans,
  yamlLocator
};
