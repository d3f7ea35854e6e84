import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  metaSchemaProblem
} from "./chunk-WE2TC5CZ.js";
import {
  ReadersNotLoaded,
  isJsonPath,
  loadDocument,
  pointerString
} from "./chunk-U3PRTIME.js";
import {
  ignoredPaths,
  parseSuppressionBody
} from "./chunk-P4TBAOQP.js";
import {
  unreadableFindings
} from "./chunk-M4CJE6NX.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import {
  criticalEndpoints
} from "./chunk-SCU4DVY4.js";
import {
  contractRule,
  contractRuleList
} from "./chunk-HOMZOPEG.js";
import "./chunk-FROQA73M.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import {
  MAX_FILE_BYTES
} from "./chunk-5SYVZ6D5.js";
import {
  DATA_FILE,
  changesDataFile
} from "./chunk-OKPMEVZ6.js";
import {
  compileGlob
} from "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";

// src/contracts/refs.ts
import { posix } from "node:path";
var MAX_REF_CHAIN = 64;
var MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
var ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;
var FILE_URL = /^file:(\/\/)?/i;
var ChildNode = class {
  constructor(parent, segs, value) {
    this.parent = parent;
    this.segs = segs;
    this.value = value;
  }
  parent;
  segs;
  value;
  built = null;
  get file() {
    return this.parent.file;
  }
  get pointer() {
    return this.built ??= [...this.parent.pointer, ...this.segs];
  }
};
function childNode(node, segs) {
  let value = node.value;
  for (const s of segs) value = getAt(value, [s]);
  return new ChildNode(node, segs, value);
}
function unresolvedAt(node, ref) {
  return { file: node.file, pointer: node.pointer, value: void 0, unresolved: ref };
}
var MAX_PREFETCHED = 1e4;
var REF_IN_TEXT = /\$ref["']?[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'#,{}[\]][^\s,{}[\]]*))/g;
function* refsInText(text) {
  if (!text.includes("$ref")) return;
  for (const m of text.matchAll(REF_IN_TEXT)) {
    const ref = m[1] ?? m[2] ?? m[3];
    if (ref !== void 0 && ref !== "" && !ref.startsWith("#")) yield ref;
  }
}
function refTarget(file, ref) {
  const hash = ref.indexOf("#");
  let location = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash + 1);
  if (location === "") return { kind: "local", file, fragment };
  const fileUrl = FILE_URL.exec(location);
  if (fileUrl) {
    location = location.slice(fileUrl[0].length);
    if (location === "" || location.startsWith("/") || /^localhost\//i.test(location) || /^[a-z]:/i.test(location)) {
      return { kind: "external", reason: "an absolute file URL, outside the repository" };
    }
  } else if (ABSOLUTE_URI.test(location) || location.startsWith("//")) {
    return { kind: "external", reason: "a URL" };
  }
  let decoded = location;
  try {
    decoded = decodeURIComponent(location);
  } catch {
  }
  if (decoded.startsWith("/") || decoded.includes("\\")) return { kind: "external", reason: "a path outside the repository" };
  const joined = posix.normalize(posix.join(posix.dirname(file), decoded));
  if (joined === ".." || joined.startsWith("../")) return { kind: "external", reason: "a path outside the repository" };
  return { kind: "local", file: joined, fragment };
}
function parseFragment(fragment) {
  if (fragment === "" || fragment === "/") return fragment === "" ? [] : [""];
  if (!fragment.startsWith("/")) return null;
  return fragment.slice(1).split("/").map((s) => {
    let d = s;
    try {
      d = decodeURIComponent(s);
    } catch {
    }
    return d.replace(/~1/g, "/").replace(/~0/g, "~");
  });
}
function getAt(value, pointer) {
  let v = value;
  for (const seg of pointer) {
    if (v === null || typeof v !== "object") return void 0;
    if (Array.isArray(v)) {
      if (!/^\d+$/.test(seg)) return void 0;
      v = v[Number(seg)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(v, seg)) return void 0;
      v = v[seg];
    }
  }
  return v;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
var Workspace = class {
  constructor(tree, options = {}) {
    this.tree = tree;
    this.options = options;
  }
  tree;
  options;
  docs = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  /** Files a `$ref` leads to that exist on this side but could not be read, with why. */
  unreadable = /* @__PURE__ */ new Map();
  listed = null;
  /**
   * Why `path`, which read as null, could not be read; undefined when it is absent. The snapshot
   * says so when it can; otherwise the listing of the side tells absent from unreadable.
   */
  whyUnreadable(path) {
    if (this.tree.unreadable) return this.tree.unreadable(path);
    this.listed ??= new Set(this.tree.list());
    return this.listed.has(path) ? `over ${MAX_FILE_MB} MB or binary` : void 0;
  }
  /** Absolute `$id`s found so far: the data files that declare each (a text search, then confirmed). */
  idFiles = /* @__PURE__ */ new Map();
  /** The whole side scanned for `$id`s (only when the snapshot cannot search its files). */
  idsScanned = false;
  /** Per file, per `$ref` text: where it leads, or why it does not. */
  targets = /* @__PURE__ */ new Map();
  doc(path) {
    if (this.docs.has(path)) return this.docs.get(path) ?? null;
    const text = this.text(path);
    if (text !== null) this.prefetchRefs(path, text);
    const doc = text === null ? null : loadDocument(path, text, this.options);
    this.docs.set(path, doc);
    return doc;
  }
  /** Files whose `$ref`s were read ahead (`prefetchRefs`), and the files those lead to. */
  scanned = /* @__PURE__ */ new Set();
  /**
   * The files `path`'s `$ref`s name, and the files theirs name in turn, read a level of the graph
   * at a time before the comparison asks for them one by one (`Snapshot.prefetch`: one batch read
   * per level; a spec split over 65 files cost 195 git processes and 3 s, issue 18). Found by a
   * text search (`refsInText`): a reference it misses is read when asked, as before; one that leads
   * nowhere or is never followed is one more line of a batch. Nothing is parsed here, and what is
   * read is what `text` would read: the results do not change, only when the reads happen.
   */
  prefetchRefs(path, text) {
    if (!this.tree.prefetch || this.scanned.has(path)) return;
    this.scanned.add(path);
    let level = [[path, text]];
    while (level.length > 0 && this.scanned.size < MAX_PREFETCHED) {
      const next = [];
      for (const [file, body] of level) {
        for (const ref of refsInText(body)) {
          const target = refTarget(file, ref);
          if (target.kind !== "local" || !DATA_FILE.test(target.file) || this.scanned.has(target.file) || this.texts.has(target.file)) continue;
          if (this.scanned.size >= MAX_PREFETCHED) break;
          this.scanned.add(target.file);
          next.push(target.file);
        }
      }
      if (next.length === 0) return;
      this.tree.prefetch(next);
      level = [];
      for (const file of next) {
        const body = this.text(file);
        if (body !== null) level.push([file, body]);
      }
    }
  }
  /** File text, read from the snapshot once. */
  text(path) {
    if (!this.texts.has(path)) this.texts.set(path, this.tree.read(path));
    return this.texts.get(path) ?? null;
  }
  /** Documents loaded so far (the contract and every file its `$ref`s reached). */
  loaded() {
    return [...this.docs.values()].filter((d) => d !== null);
  }
  root(path) {
    const doc = this.doc(path);
    if (!doc || doc.error) return null;
    return { file: path, pointer: [], value: doc.value };
  }
  child(node, ...segs) {
    return childNode(node, segs);
  }
  /** Follows `$ref` chains (cycle-safe); a node without `$ref` is returned as it is. */
  resolve(node) {
    let current = node;
    let first = null;
    let seen = null;
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value;
      if (!isObject(v) || typeof v.$ref !== "string") return current;
      const ref = v.$ref;
      if (first === null) first = v;
      else {
        if (v === first || seen?.has(v)) return unresolvedAt(current, ref);
        (seen ??= /* @__PURE__ */ new Set()).add(v);
      }
      const found = this.lookup(current.file, ref);
      if ("kind" in found) return unresolvedAt(current, ref);
      current = found;
    }
    return unresolvedAt(current, String(current.value.$ref));
  }
  /**
   * Where `ref`, written in `file`, leads (one step: the target may be a `$ref` itself), or why it
   * leads nowhere readable; the same text is looked up once per file.
   */
  lookup(file, ref) {
    let byRef = this.targets.get(file);
    if (!byRef) this.targets.set(file, byRef = /* @__PURE__ */ new Map());
    let out = byRef.get(ref);
    if (!out) {
      out = this.find(file, ref);
      if (!("kind" in out)) out = { file: out.file, pointer: out.pointer, value: out.value, via: ref };
      byRef.set(ref, out);
    }
    return out;
  }
  find(file, ref) {
    let target = refTarget(file, ref);
    if (target.kind === "external") {
      const embedded = this.embedded(file, ref);
      if (!embedded) return target;
      target = embedded;
    }
    const doc = this.doc(target.file);
    if (doc === null) {
      const reason = this.whyUnreadable(target.file);
      if (reason === void 0) {
        const byId = this.againstId(file, ref);
        return byId ? this.find(file, byId) : { kind: "missing-file", file: target.file };
      }
      this.unreadable.set(target.file, reason);
      if (/outside the repository/i.test(reason)) return { kind: "external", reason: `${target.file} is ${reason}` };
      return { kind: "unreadable", file: target.file, reason };
    }
    if (doc.error) return { kind: "invalid-file", file: target.file, line: doc.error.line, message: doc.error.message };
    const pointer = parseFragment(target.fragment) ?? this.anchor(target.file, target.fragment);
    const value = pointer === null ? void 0 : getAt(doc.value, pointer);
    if (pointer === null || value === void 0) return { kind: "missing-target", file: target.file, fragment: target.fragment };
    return { file: target.file, pointer, value };
  }
  /** `ref` (relative) made absolute against the `$id` of `file`'s root, when that leads to a declared schema. */
  againstId(file, ref) {
    const absolute = absoluteRef(this.doc(file)?.value, ref);
    return absolute && this.embedded(file, absolute) ? absolute : null;
  }
  /**
   * `https://example.com/address.json#/x` when this file embeds a schema with that `$id` (JSON
   * Schema bundles, OpenAPI 3.1), or when another data file of the repository declares it (schemas
   * split across files and tied by their `$id`s): the fragment then applies inside that schema.
   * Nothing is fetched; a URL no repository file declares stays external.
   */
  embedded(file, ref) {
    const hash = ref.indexOf("#");
    const location = hash === -1 ? ref : ref.slice(0, hash);
    const here = this.anchor(file, `\0id:${location}`);
    const at = here !== null ? { file, pointer: here } : this.declaredElsewhere(location);
    if (at === null) return null;
    const fragment = hash === -1 ? "" : ref.slice(hash + 1);
    const inner = parseFragment(fragment);
    if (inner === null) return null;
    return { kind: "local", file: at.file, fragment: pointerString([...at.pointer, ...inner]).slice(1) };
  }
  /** The data file (and place in it) that declares `$id: location`, an absolute URI; null if none. */
  declaredElsewhere(location) {
    if (!ABSOLUTE_URI.test(location)) return null;
    for (const path of this.filesDeclaring(location)) {
      const pointer = this.anchor(path, `\0id:${location}`);
      if (pointer !== null) return { file: path, pointer };
    }
    return null;
  }
  searches = /* @__PURE__ */ new Map();
  /** The data files of this side whose text contains `needle` (each needle searched once); null when the snapshot cannot search. */
  search(needle) {
    if (!this.tree.filesContaining) return null;
    let found = this.searches.get(needle);
    if (!found) this.searches.set(needle, found = this.tree.filesContaining(needle).filter((p) => DATA_FILE.test(p)));
    return found;
  }
  /**
   * The data files of this side whose text contains any of `needles`: those searched before from
   * the cache, the others in one search (its union is not cached: it does not say which needle
   * each file holds); null when the snapshot cannot search.
   */
  searchAny(needles) {
    if (!this.tree.filesContaining) return null;
    const fresh = needles.filter((n) => !this.searches.has(n));
    if (fresh.length <= 1) return [...new Set(needles.flatMap((n) => this.search(n) ?? []))];
    const hits = this.tree.filesContaining(fresh).filter((p) => DATA_FILE.test(p));
    if (fresh.length * hits.length <= 4096) {
      this.tree.prefetch?.(hits);
      for (const n of fresh) if (!/[\r\n\0]/.test(n)) this.searches.set(n, hits.filter((p) => this.text(p)?.includes(n)));
    }
    const found = new Set(hits);
    for (const n of needles) for (const p of this.searches.get(n) ?? []) found.add(p);
    return [...found];
  }
  /**
   * Data files whose text declares `$id: location` (by the text scan of `declaredIds`). With a
   * searchable snapshot only the files that contain the URI's last path segment are read;
   * otherwise every data file of the side is read once, the first time a URL is met.
   */
  filesDeclaring(location) {
    const known = this.idFiles.get(location);
    if (known) return known;
    let found = [];
    const search = this.search(idNeedle(location));
    if (search) {
      for (const path of search) {
        if (declaredIds(this.text(path)).includes(location)) found.push(path);
      }
    } else {
      if (!this.idsScanned) {
        this.idsScanned = true;
        const candidates = this.tree.list().filter((p) => DATA_FILE.test(p));
        this.tree.prefetch?.(candidates);
        for (const path of candidates) {
          for (const id of declaredIds(this.text(path))) {
            const list = this.idFiles.get(id);
            if (list) list.push(path);
            else this.idFiles.set(id, [path]);
          }
        }
      }
      found = this.idFiles.get(location) ?? [];
    }
    this.idFiles.set(location, found);
    return found;
  }
  /** OpenAPI 3.1 / JSON Schema `$anchor` (and plain-name `$id`) lookup, built once per file. */
  anchor(file, name) {
    let map = this.anchors.get(file);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      const doc = this.doc(file);
      walk(
        doc?.value,
        (value, at) => {
          if (!isObject(value)) return;
          if (typeof value.$anchor === "string" && !map.has(value.$anchor)) map.set(value.$anchor, at());
          if (typeof value.$id === "string" && value.$id.startsWith("#")) map.set(value.$id.slice(1), at());
          else if (typeof value.$id === "string") map.set(`\0id:${value.$id.split("#")[0]}`, at());
        },
        { shared: doc?.format !== "json" }
      );
      this.anchors.set(file, map);
    }
    return map.get(name) ?? null;
  }
};
function absoluteRef(root, ref) {
  const id = isObject(root) && typeof root.$id === "string" ? root.$id : null;
  if (!id || !ABSOLUTE_URI.test(id) || ABSOLUTE_URI.test(ref) || ref.startsWith("#")) return null;
  try {
    return new URL(ref, id).href;
  } catch {
    return null;
  }
}
function declaredIds(text) {
  if (text === null || !text.includes("$id")) return [];
  return [...text.matchAll(/["']?\$id["']?\s*:\s*["']?([a-z][a-z0-9+.-]*:[^"'#\s]+)/gi)].map((m) => m[1]);
}
function idNeedle(location) {
  const last = location.replace(/[?#].*$/, "").split("/").pop() ?? "";
  return last.length >= 3 ? last : location;
}
var LITERAL_KEYS = /* @__PURE__ */ new Set(["example", "default", "enum", "const"]);
var NAME_MAPS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "parameters",
  "responses",
  "headers",
  "examples",
  "requestBodies",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "content",
  "encoding",
  "webhooks",
  "variables"
]);
function literal(path, key2, value) {
  const parentKey = path[path.length - 1];
  if (parentKey !== void 0 && NAME_MAPS.has(parentKey)) return false;
  if (LITERAL_KEYS.has(key2)) return true;
  if (key2 === "examples" && Array.isArray(value)) return true;
  return key2 === "value" && path[path.length - 2] === "examples";
}
function walk(root, visit, options = {}) {
  const seen = options.shared === false ? null : /* @__PURE__ */ new Set();
  const path = [];
  const at = () => path.slice();
  const stack = [];
  const enter = (value) => {
    visit(value, at);
    if (value === null || typeof value !== "object") return;
    if (seen) {
      if (seen.has(value)) return;
      seen.add(value);
    }
    stack.push({ value, keys: Array.isArray(value) ? null : Object.keys(value), i: 0 });
  };
  enter(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const n = top.keys ? top.keys.length : top.value.length;
    if (top.i >= n) {
      stack.pop();
      path.pop();
      continue;
    }
    const i = top.i++;
    const child3 = top.keys ? top.value[top.keys[i]] : top.value[i];
    if (child3 === null || typeof child3 !== "object") continue;
    const key2 = top.keys ? top.keys[i] : String(i);
    if (options.skipLiterals && top.keys && literal(path, key2, child3)) continue;
    path.push(key2);
    const depth = stack.length;
    enter(child3);
    if (stack.length === depth) path.pop();
  }
}
function refUses(doc) {
  if (doc.error || !doc.text.includes("$ref")) return [];
  const uses = /* @__PURE__ */ new Map();
  walk(
    doc.value,
    (v, at) => {
      if (!isObject(v) || typeof v.$ref !== "string") return;
      const use = uses.get(v.$ref);
      if (use) use.count++;
      else uses.set(v.$ref, { ref: v.$ref, pointer: [...at(), "$ref"], count: 1 });
    },
    { skipLiterals: true, shared: doc.format !== "json" }
  );
  return [...uses.values()];
}

// src/contracts/released.ts
var REMOVALS = /* @__PURE__ */ new Set(["endpoint-removed", "request-property-removed", "response-property-removed"]);
var METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\/\S*)$/;
function removedElement(rule, object) {
  if (rule === "endpoint-removed") {
    const m2 = METHOD.exec(object);
    if (!m2) return null;
    const needle2 = m2[2].split("{")[0];
    return needle2.length > 1 ? { kind: "operation", method: m2[1].toLowerCase(), path: m2[2], needle: needle2 } : null;
  }
  const m = / #(\/\S*)$/.exec(object);
  const pointer = m ? parseFragment(m[1]) : null;
  if (!pointer || pointer.length === 0) return null;
  const needle = pointer[pointer.length - 1];
  return needle === "" ? null : { kind: "pointer", pointer, needle };
}
var shape = (path) => path.replace(/\{[^}]*\}/g, "{}");
var ROOTED = /* @__PURE__ */ new Set(["components", "definitions", "paths"]);
function holds(value, element) {
  if (element.kind === "pointer") {
    const { pointer } = element;
    if (!ROOTED.has(pointer[0])) return true;
    if (getAt(value, pointer) !== void 0) return true;
    const schema = pointer[pointer.length - 2] === "properties" ? pointer.slice(0, -2) : pointer.slice(0, -1);
    return schema.length === 0 || getAt(value, schema) === void 0;
  }
  const paths = isObject(value) ? value.paths : void 0;
  if (!isObject(paths)) return false;
  const wanted = shape(element.path);
  for (const [key2, item] of Object.entries(paths)) {
    if (shape(key2) === wanted && isObject(item) && (typeof item.$ref === "string" || Object.prototype.hasOwnProperty.call(item, element.method))) return true;
  }
  return false;
}
function noticeUnreleasedRemovals(findings, changes, config) {
  if (config.released !== "tags" || !changes.releasedTexts) return;
  const targets = [];
  for (const f of findings) {
    if (!REMOVALS.has(f.rule) || !f.object) continue;
    const element = removedElement(f.rule, f.object);
    if (element) targets.push({ finding: f, element });
  }
  if (targets.length === 0) return;
  const { texts, newestTag } = changes.releasedTexts([...new Set(targets.map((t) => t.finding.file))], config.releaseTags);
  const parsed = /* @__PURE__ */ new Map();
  for (const { finding: finding2, element } of targets) {
    const versions = texts.get(finding2.file);
    if (!versions || versions.length === 0) continue;
    let values = parsed.get(finding2.file);
    if (!values) parsed.set(finding2.file, values = versions.map(() => void 0));
    let released = false;
    for (let i = 0; i < versions.length && !released; i++) {
      if (!versions[i].includes(element.needle)) continue;
      if (values[i] === void 0) {
        const doc = loadDocument(finding2.file, versions[i]);
        values[i] = doc.error ? null : doc.value;
      }
      released = values[i] === null || holds(values[i], element);
    }
    if (released) continue;
    finding2.severity = "notice";
    finding2.message += ` No release has it (${versions.length === 1 ? "the version of this file in the releases" : `the ${versions.length} versions of this file in the releases`}${newestTag ? `, the newest ${newestTag},` : ""} lack it): it was added and removed between two releases, so no released client relies on it.`;
  }
}

// src/contracts/changes.ts
var NO_ENDPOINTS = /* @__PURE__ */ new Set();

// src/contracts/openapi-diff.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function diffOpenApi(base, head, baseRoot, headRoot, differ) {
  const b = readApi(base, baseRoot ?? { file: headRoot.file, pointer: [], value: { paths: {} } });
  const h = readApi(head, headRoot);
  const changes = [];
  const global = /* @__PURE__ */ new Map();
  const add = (kind, at, object, detail, endpoints, name) => {
    if (kind === "security-requirement-added" && object === GLOBAL_SECURITY) {
      const known = global.get(detail);
      if (known) {
        for (const e of endpoints) known.add(e);
        return;
      }
    }
    const set = new Set(endpoints);
    changes.push({
      kind,
      flow: null,
      parameter: false,
      at: { file: at.file, pointer: at.pointer },
      object,
      detail,
      name,
      endpoints: set
    });
    if (kind === "security-requirement-added" && object === GLOBAL_SECURITY) global.set(detail, set);
  };
  if (baseRoot && !sameSet(b.basePaths, h.basePaths) && ![...b.basePaths].some((p) => h.basePaths.has(p))) {
    add(
      "base-path-changed",
      h.basePathNode,
      h.swagger2 ? "basePath" : "servers",
      `${[...b.basePaths].join(", ")} -> ${[...h.basePaths].join(", ")}`,
      []
    );
  }
  const headByKey = /* @__PURE__ */ new Map();
  const headByTemplate = /* @__PURE__ */ new Map();
  for (const op of h.ops) {
    headByKey.set(`${op.method} ${op.path}`, op);
    const t = `${op.method} ${template(op.path)}`;
    if (!headByTemplate.has(t)) headByTemplate.set(t, op);
  }
  const matched = /* @__PURE__ */ new Set();
  const headDoc = isObject(h.root.value) ? h.root.value : {};
  const headPathByTemplate = /* @__PURE__ */ new Map();
  for (const p of Object.keys(isObject(headDoc.paths) ? headDoc.paths : {})) {
    if (!headPathByTemplate.has(template(p))) headPathByTemplate.set(template(p), p);
  }
  for (const bo of b.ops) {
    let ho = headByKey.get(`${bo.method} ${bo.path}`);
    if (!ho || matched.has(ho)) ho = headByTemplate.get(`${bo.method} ${template(bo.path)}`);
    if ((!ho || matched.has(ho)) && h.unresolvedPaths.has(template(bo.path))) continue;
    if (!ho || matched.has(ho)) {
      const pathKey = headPathByTemplate.get(template(bo.path));
      const hooks = bo.outgoing && bo.path.startsWith("webhook ") ? ["webhooks", "x-webhooks"].find((k) => isObject(headDoc[k])) : void 0;
      const at = hooks ? child(h.root, hooks) : pathKey ? child(h.root, "paths", pathKey) : child(h.root, "paths");
      const deprecated = isObject(bo.node.value) && bo.node.value.deprecated === true;
      add("endpoint-removed", at, bo.endpoint, deprecated ? `${bo.endpoint} (deprecated in base)` : bo.endpoint, [bo.endpoint]);
      if (deprecated) changes[changes.length - 1].severity = "warning";
      continue;
    }
    matched.add(ho);
    if (!bo.unresolved && !ho.unresolved) diffOperation(bo, ho, differ, add, h.root);
  }
  if (baseRoot) {
    for (const ho of h.ops) if (!matched.has(ho)) add("endpoint-added", ho.node, ho.endpoint, ho.endpoint, [ho.endpoint]);
  }
  return changes;
}
function scalarToArray(differ, base, head) {
  const b = differ.resolveBase(base).value;
  const h = differ.resolveHead(head).value;
  if (!isObject(b) || !isObject(h) || h.type !== "array" || h.items === void 0) return null;
  return typeof b.type === "string" && b.type !== "array" && b.type !== "object" ? child(differ.resolveHead(head), "items") : null;
}
function schemaPair(b, h, owner) {
  if (!b.schema && !h.schema) return null;
  const any = { file: owner.file, pointer: [...owner.pointer, "content", h.type, "schema"], value: true };
  return [b.schema ?? any, h.schema ?? any];
}
var GLOBAL_SECURITY = "security";
function diffOperation(bo, ho, differ, add, root) {
  const ep = ho.endpoint;
  for (const [key2, bp] of bo.params) {
    const hp = ho.params.get(key2);
    const label = `${bp.in} parameter ${bp.name}`;
    if (!hp) {
      if (bp.in !== "path") add("parameter-removed", child(ho.node, "parameters"), `${ep} ${label}`, label, [ep], bp.name);
      continue;
    }
    if (!bp.required && hp.required) add("parameter-became-required", hp.node, `${ep} ${label}`, label, [ep], hp.name);
    if (bp.schema && hp.schema) {
      const items = scalarToArray(differ, bp.schema, hp.schema);
      differ.diff(bp.schema, items ?? hp.schema, "request", { context: `${ep} ${hp.in} parameter ${hp.name}`, endpoint: ep, parameter: true, name: hp.name });
    }
  }
  for (const [key2, hp] of ho.params) {
    if (bo.params.has(key2) || !hp.required) continue;
    const label = `${hp.in} parameter ${hp.name}`;
    add("required-parameter-added", hp.node, `${ep} ${label}`, label, [ep], hp.name);
  }
  if (bo.outgoing) {
    for (const [type, bm] of bo.body?.media ?? []) {
      const hm = ho.body?.media.get(type);
      if (!hm) add("response-media-type-removed", ho.body?.node ?? ho.node, `${ep} ${type}`, type, [ep]);
      else {
        const pair = schemaPair(bm, hm, ho.body.node);
        if (pair) differ.diff(pair[0], pair[1], "response", { context: `${ep} ${type}`, endpoint: ep });
      }
    }
    return;
  }
  if (ho.body) {
    if (ho.body.required && (!bo.body || !bo.body.required)) {
      add("request-body-became-required", ho.body.node, `${ep} request body`, "request body", [ep]);
    }
  }
  if (bo.body) {
    for (const [type, bm] of bo.body.media) {
      const hm = ho.body?.media.get(type);
      if (!hm) {
        add("request-media-type-removed", ho.body?.node ?? ho.node, `${ep} request ${type}`, type, [ep]);
        continue;
      }
      const pair = schemaPair(bm, hm, ho.body.node);
      if (pair) differ.diff(pair[0], pair[1], "request", { context: `${ep} request ${type}`, endpoint: ep });
    }
  }
  for (const [status, br] of bo.responses) {
    let hr = ho.responses.get(status);
    if (!hr && /^2\d\d$/.test(status)) hr = ho.responses.get("2XX") ?? ho.responses.get("2xx");
    if (!hr) {
      if (/^2(\d\d|XX)$/i.test(status)) {
        add("response-status-removed", child(ho.node, "responses"), `${ep} ${status}`, `status ${status}`, [ep]);
      }
      continue;
    }
    if (br.headers) {
      const none = { file: hr.node.file, pointer: [...hr.node.pointer, "headers"], value: { type: "object", properties: {} } };
      differ.diff(br.headers, hr.headers ?? none, "response", { context: `${ep} ${status} headers`, endpoint: ep });
    }
    for (const [type, bm] of br.media) {
      const hm = hr.media.get(type) ?? wildcardMatch(hr.media, type);
      if (!hm) {
        add("response-media-type-removed", hr.node, `${ep} ${status} ${type}`, type, [ep]);
        continue;
      }
      const pair = schemaPair(bm, hm, hr.node);
      if (pair) differ.diff(pair[0], pair[1], "response", { context: `${ep} ${status} ${type}`, endpoint: ep });
    }
  }
  const missing = strongerSecurity(bo.security ?? [], ho.security ?? []);
  if (missing) {
    if (ho.globalSecurity && isObject(root.value) && root.value.security !== void 0) add("security-requirement-added", child(root, "security"), GLOBAL_SECURITY, missing, [ep]);
    else add("security-requirement-added", isObject(ho.node.value) && ho.node.value.security ? child(ho.node, "security") : ho.node, `${ep} security`, missing, [ep]);
  }
}
function strongerSecurity(base, head) {
  if (head.length === 0) return null;
  const baseAlts = base.length === 0 ? [/* @__PURE__ */ new Map()] : base;
  const covered = (b) => head.some((h) => [...h].every(([scheme, scopes]) => b.has(scheme) && scopes.every((s) => b.get(scheme).includes(s))));
  const failing = baseAlts.filter((b) => !covered(b));
  if (failing.length === 0) return null;
  const describe2 = (m) => m.size === 0 ? "no authentication" : [...m].map(([k, v]) => v.length ? `${k} [${v.join(", ")}]` : k).join(" + ");
  return `${failing.map(describe2).join(" or ")} no longer enough; now requires ${head.map(describe2).join(" or ")}`;
}
function wildcardMatch(media, type) {
  const [major] = type.split("/");
  return media.get(`${major}/*`) ?? media.get("*/*");
}
function sameSet(a, b) {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
function template(path) {
  return path.replace(/\{[^}/]*\}/g, "{}").replace(/\/+$/, "") || "/";
}
function child(node, ...segs) {
  return childNode(node, segs);
}
function normMedia(type) {
  return type.split(";")[0].trim().toLowerCase();
}
function readApi(ws, root) {
  const doc = isObject(root.value) ? root.value : {};
  const swagger2 = typeof doc.swagger === "string" || typeof doc.swagger === "number";
  const rootRec = { file: root.file, pointer: root.pointer, value: doc };
  const basePaths = /* @__PURE__ */ new Set();
  let basePathNode = rootRec;
  if (swagger2) {
    basePaths.add(trimSlash(typeof doc.basePath === "string" ? doc.basePath : "/"));
    if (doc.basePath !== void 0) basePathNode = child(rootRec, "basePath");
  } else {
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    for (const s of servers) if (isObject(s) && typeof s.url === "string") basePaths.add(serverPath(s.url));
    if (basePaths.size === 0) basePaths.add("/");
    if (doc.servers !== void 0) basePathNode = child(rootRec, "servers");
  }
  const globalSecurity = readSecurity(doc.security);
  const consumes = stringList(doc.consumes);
  const produces = stringList(doc.produces);
  const ops = [];
  const unresolvedPaths = /* @__PURE__ */ new Set();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    if (!path.startsWith("/")) continue;
    const pathItem = ws.resolve(child(rootRec, "paths", path));
    if (pathItem.unresolved !== void 0) unresolvedPaths.add(template(path));
    if (!isObject(pathItem.value)) continue;
    const sharedParams = readParams(ws, pathItem, path);
    for (const method of METHODS) {
      if (!isObject(pathItem.value[method])) continue;
      const opNode = ws.resolve(child(pathItem, method));
      const endpoint = `${method.toUpperCase()} ${path}`;
      if (!isObject(opNode.value)) {
        if (opNode.unresolved !== void 0) {
          ops.push({ method, path, endpoint, node: opNode, pathItem, params: /* @__PURE__ */ new Map(), body: null, responses: /* @__PURE__ */ new Map(), security: null, unresolved: true });
        }
        continue;
      }
      const op = opNode.value;
      const params = new Map(sharedParams);
      for (const [k, p] of readParams(ws, opNode, path)) params.set(k, p);
      let body = null;
      const opConsumes = stringList(op.consumes) ?? consumes ?? ["application/json"];
      const opProduces = stringList(op.produces) ?? produces ?? ["application/json"];
      if (swagger2) {
        body = swaggerBody(params, opNode, opConsumes);
      } else if (op.requestBody !== void 0) {
        const rb = ws.resolve(child(opNode, "requestBody"));
        if (isObject(rb.value)) body = { node: rb, required: rb.value.required === true, media: readContent(ws, rb) };
      }
      const responses = /* @__PURE__ */ new Map();
      const resNode = child(opNode, "responses");
      if (isObject(resNode.value)) {
        for (const status of Object.keys(resNode.value)) {
          const r = ws.resolve(child(resNode, status));
          if (!isObject(r.value)) continue;
          let media;
          if (swagger2) {
            media = /* @__PURE__ */ new Map();
            if (r.value.schema !== void 0) {
              for (const t of opProduces) media.set(normMedia(t), { type: t, schema: child(r, "schema") });
            }
          } else media = readContent(ws, r);
          responses.set(status.toUpperCase(), { node: r, media, headers: headersSchema(ws, r, swagger2) });
        }
      }
      ops.push({
        method,
        path,
        endpoint,
        node: opNode,
        pathItem,
        params,
        body,
        responses,
        security: op.security !== void 0 ? readSecurity(op.security) : globalSecurity,
        globalSecurity: op.security === void 0
      });
      if (isObject(op.callbacks)) {
        for (const name of Object.keys(op.callbacks)) {
          const callback = ws.resolve(child(opNode, "callbacks", name));
          if (!isObject(callback.value)) continue;
          for (const expression of Object.keys(callback.value)) outgoing(ws, child(callback, expression), `callback ${endpoint} ${name} ${expression}`, ops);
        }
      }
    }
  }
  for (const key2 of ["webhooks", "x-webhooks"]) {
    const hooks = doc[key2];
    if (isObject(hooks)) for (const name of Object.keys(hooks)) outgoing(ws, child(rootRec, key2, name), `webhook ${name}`, ops);
  }
  return { root: rootRec, swagger2, ops, unresolvedPaths, basePaths, basePathNode };
}
function outgoing(ws, item, label, ops) {
  const pathItem = ws.resolve(item);
  if (!isObject(pathItem.value)) return;
  for (const method of METHODS) {
    if (!isObject(pathItem.value[method])) continue;
    const opNode = ws.resolve(child(pathItem, method));
    if (!isObject(opNode.value)) continue;
    let body = null;
    if (opNode.value.requestBody !== void 0) {
      const rb = ws.resolve(child(opNode, "requestBody"));
      if (isObject(rb.value)) body = { node: rb, required: rb.value.required === true, media: readContent(ws, rb) };
    }
    ops.push({ method, path: label, endpoint: `${method.toUpperCase()} ${label}`, node: opNode, pathItem, params: /* @__PURE__ */ new Map(), body, responses: /* @__PURE__ */ new Map(), security: null, outgoing: true });
  }
}
function swaggerBody(params, opNode, consumes) {
  let body = null;
  const form = [];
  for (const [key2, p] of params) {
    if (p.in === "body") {
      const media = /* @__PURE__ */ new Map();
      for (const t of consumes.length ? consumes : ["application/json"]) media.set(normMedia(t), { type: t, schema: p.schema });
      body = { node: p.node, required: p.required, media };
      params.delete(key2);
    } else if (p.in === "formData") {
      form.push(p);
      params.delete(key2);
    }
  }
  if (form.length) {
    const schema = {
      file: opNode.file,
      pointer: [...opNode.pointer, "parameters"],
      value: {
        type: "object",
        properties: Object.fromEntries(form.map((p) => [p.name, p.node.value])),
        required: form.filter((p) => p.required).map((p) => p.name)
      }
    };
    const types = consumes.filter((t) => /form/.test(t));
    const media = /* @__PURE__ */ new Map();
    for (const t of types.length ? types : ["application/x-www-form-urlencoded"]) media.set(normMedia(t), { type: t, schema });
    body = { node: child(opNode, "parameters"), required: form.some((p) => p.required), media };
  }
  return body;
}
function readParams(ws, owner, path) {
  const out = /* @__PURE__ */ new Map();
  const list = isObject(owner.value) ? owner.value.parameters : void 0;
  if (!Array.isArray(list)) return out;
  const names = [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]);
  list.forEach((_, i) => {
    const node = ws.resolve(child(owner, "parameters", String(i)));
    const p = node.value;
    if (!isObject(p) || typeof p.name !== "string" || typeof p.in !== "string") return;
    const position = p.in === "path" ? names.indexOf(p.name) : -1;
    const key2 = p.in === "path" && position !== -1 ? `path:#${position}` : `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
    let schema = null;
    if (p.schema !== void 0) schema = child(node, "schema");
    else if (isObject(p.content)) {
      const first = Object.keys(p.content)[0];
      if (first !== void 0) schema = child(node, "content", first, "schema");
    } else if (p.in !== "body") schema = node;
    out.set(key2, { name: p.name, in: p.in, required: p.required === true || p.in === "path", schema, node });
  });
  return out;
}
function headersSchema(ws, response, swagger2) {
  const headers = child(response, "headers");
  if (!isObject(headers.value)) return null;
  const properties = {};
  const required = [];
  for (const name of Object.keys(headers.value)) {
    const header = ws.resolve(child(headers, name));
    if (!isObject(header.value)) continue;
    const key2 = name.toLowerCase();
    properties[key2] = swagger2 ? header.value : header.value.schema ?? {};
    if (header.value.required === true) required.push(key2);
  }
  return { file: headers.file, pointer: headers.pointer, value: { type: "object", properties, required } };
}
function readContent(ws, owner) {
  const media = /* @__PURE__ */ new Map();
  const content = isObject(owner.value) ? owner.value.content : void 0;
  if (!isObject(content)) return media;
  for (const type of Object.keys(content)) {
    const m = isObject(content[type]) && "$ref" in content[type] ? ws.resolve(child(owner, "content", type)) : child(owner, "content", type);
    media.set(normMedia(type), { type, schema: isObject(m.value) && m.value.schema !== void 0 ? child(m, "schema") : null });
  }
  return media;
}
function readSecurity(v) {
  if (!Array.isArray(v)) return null;
  return v.filter(isObject).map((req) => new Map(Object.entries(req).map(([k, scopes]) => [k, stringList(scopes) ?? []])));
}
function stringList(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : null;
}
function trimSlash(p) {
  return p.replace(/\/+$/, "") || "/";
}
function serverPath(url) {
  try {
    return trimSlash(new URL(url.replace(/\{[^}]*\}/g, "x"), "http://relative.invalid").pathname);
  } catch {
    return trimSlash(url);
  }
}

// src/contracts/asyncapi-diff.ts
var JSON_SCHEMA_FORMAT = /^application\/(vnd\.aai\.asyncapi(\+json|\+yaml)?|schema(\+json|\+yaml)?)(;|$)/i;
var MESSAGE_META = ["contentType", "correlationId", "bindings", "traits"];
function asyncApiProblem(value) {
  if (!isObject(value)) return { message: "the top level is not a mapping", pointer: [] };
  const version = String(value.asyncapi);
  if (!/^[23]\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/.test(version)) return { message: `unknown AsyncAPI version "${version}" (2.x and 3.x are read)`, pointer: ["asyncapi"] };
  const v3 = version.startsWith("3");
  if (value.channels !== void 0 && !isObject(value.channels)) return { message: "`channels` is not a mapping", pointer: ["channels"] };
  if (v3 && value.operations !== void 0 && !isObject(value.operations)) return { message: "`operations` is not a mapping", pointer: ["operations"] };
  for (const [name, item] of Object.entries(isObject(value.channels) ? value.channels : {})) {
    if (!isObject(item)) return { message: `channel "${name}" is not a mapping`, pointer: ["channels", name] };
    if (v3 && item.messages !== void 0 && !isObject(item.messages)) return { message: `the messages of channel "${name}" are not a mapping`, pointer: ["channels", name, "messages"] };
  }
  if (v3) {
    for (const [id, op] of Object.entries(isObject(value.operations) ? value.operations : {})) {
      if (!isObject(op)) return { message: `operation "${id}" is not a mapping`, pointer: ["operations", id] };
      if ("$ref" in op) continue;
      if (op.action !== "send" && op.action !== "receive") return { message: `operation "${id}" has action ${JSON.stringify(op.action)}, not send or receive`, pointer: ["operations", id, "action"] };
      if (!isObject(op.channel)) return { message: `operation "${id}" names no channel`, pointer: ["operations", id] };
    }
  }
  return null;
}
function diffAsyncApi(base, head, baseRoot, headRoot, differ) {
  const b = readAsyncApi(base, baseRoot ?? { file: headRoot.file, pointer: [], value: { asyncapi: "3.0.0" } });
  const h = readAsyncApi(head, headRoot);
  const changes = [];
  const add = (kind, at, object, detail, endpoints, name) => {
    changes.push({
      kind,
      flow: kind === "keyword-changed" ? "event" : null,
      parameter: false,
      at: { file: at.file, pointer: at.pointer },
      object,
      detail,
      ...name !== void 0 ? { name } : {},
      endpoints: endpoints.length ? new Set(endpoints) : NO_ENDPOINTS
    });
  };
  const channelsNode = childNode(h.root, ["channels"]);
  for (const [address, bc] of b.channels) {
    const hc = h.channels.get(address);
    if (!hc) {
      const endpoints = [...new Set([...bc.uses.values()].map((u) => endpointOf(u.action, address)))];
      add("channel-removed", channelsNode, `channel ${address}`, `channel ${address}`, endpoints);
      continue;
    }
    compareEqual(differ, bc.meta, hc.meta, `channel ${address}`, [], add, `channel ${address}`);
    const declared = /* @__PURE__ */ new Map();
    for (const use of hc.uses.values()) if (!declared.has(use.message.key)) declared.set(use.message.key, use);
    const sole = soleMessages(bc, hc);
    for (const [useKey, bu] of bc.uses) {
      const hu = hc.uses.get(useKey) ?? (bu.action === "declare" ? declared.get(bu.message.key) : void 0) ?? sole.get(bu);
      const endpoint = endpointOf(bu.action, address);
      const object = `${endpoint} message ${bu.message.key}`;
      if (!hu) {
        const how = bu.action === "send" ? "sent" : bu.action === "receive" ? "received" : "declared";
        const still = bu.action !== "declare" && declared.has(bu.message.key) ? ` (still declared on the channel, no longer ${how})` : "";
        const deprecated = isObject(bu.message.node.value) && bu.message.node.value.deprecated === true ? " (deprecated in base)" : "";
        add("message-removed", hc.node, object, `message ${bu.message.key} ${how} on channel ${address}${still}${deprecated}`, [endpoint]);
        if (deprecated) changes[changes.length - 1].severity = "warning";
        continue;
      }
      compareMessages(differ, bu.message, hu.message, endpointOf(hu.action, address), b.defaultContentType, h.defaultContentType, add);
    }
    const soleInHead = new Set(sole.values());
    for (const [useKey, hu] of hc.uses) {
      if (bc.uses.has(useKey) || soleInHead.has(hu)) continue;
      if (hu.action === "declare" && [...bc.uses.values()].some((u) => u.message.key === hu.message.key)) continue;
      const endpoint = endpointOf(hu.action, address);
      const how = hu.action === "send" ? "sent" : hu.action === "receive" ? "received" : "declared";
      add("message-added", hu.message.node, `${endpoint} message ${hu.message.key}`, `message ${hu.message.key} ${how} on channel ${address}`, [endpoint]);
    }
  }
  for (const [key2, bm] of b.operationMeta) {
    const hm = h.operationMeta.get(key2);
    if (hm) compareEqual(differ, bm.nodes, hm.nodes, hm.endpoint, [hm.endpoint], add, `operation ${hm.endpoint}`);
  }
  if (baseRoot) {
    for (const [address, hc] of h.channels) {
      if (b.channels.has(address)) continue;
      const endpoints = [...new Set([...hc.uses.values()].map((u) => endpointOf(u.action, address)))];
      add("channel-added", hc.node, `channel ${address}`, `channel ${address}`, endpoints);
    }
  }
  return changes;
}
function soleMessages(b, h) {
  const out = /* @__PURE__ */ new Map();
  for (const action of ["send", "receive", "declare"]) {
    const bs = [...b.uses.values()].filter((u) => u.action === action);
    const hs = [...h.uses.values()].filter((u) => u.action === action);
    if (bs.length === 1 && hs.length === 1 && bs[0].message.key !== hs[0].message.key && !h.uses.has(`${action} ${bs[0].message.key}`)) out.set(bs[0], hs[0]);
  }
  return out;
}
function endpointOf(action, address) {
  return `${action === "declare" ? "CHANNEL" : action.toUpperCase()} ${address}`;
}
function compareMessages(differ, bm, hm, endpoint, baseType, headType, add) {
  const object = `${endpoint} message ${hm.key}`;
  const any = (owner, key2) => childNode({ file: owner.file, pointer: owner.pointer, value: { [key2]: true } }, [key2]);
  if (bm.payload || hm.payload) {
    if (bm.format === null && hm.format === null) {
      differ.diff(bm.payload ?? any(bm.node, "payload"), hm.payload ?? any(hm.node, "payload"), "event", { context: `${object} payload`, endpoint });
    } else if (bm.format !== hm.format || !bm.payload || !hm.payload || !equalNodes(differ, bm.payload, hm.payload)) {
      const format = bm.format === hm.format ? `in ${hm.format}` : `${bm.format ?? "JSON Schema"} -> ${hm.format ?? "JSON Schema"}`;
      add("keyword-changed", hm.payload ?? hm.node, `${object} payload`, `the payload (${format}) changed; only JSON Schema payloads are judged by the values they accept`, [endpoint], `message ${hm.key}`);
    }
  }
  if (bm.headers || hm.headers) {
    const none = (m) => childNode({ file: m.node.file, pointer: m.node.pointer, value: { headers: { type: "object" } } }, ["headers"]);
    differ.diff(bm.headers ?? none(bm), hm.headers ?? none(hm), "event", { context: `${object} headers`, endpoint });
  }
  const meta = (m, defaultType) => {
    const v = isObject(m.node.value) ? m.node.value : {};
    return MESSAGE_META.map(
      (k) => k === "contentType" ? { file: m.node.file, pointer: [...m.node.pointer, k], value: v.contentType ?? defaultType ?? null } : childNode(m.node, [k])
    );
  };
  compareEqual(differ, meta(bm, baseType), meta(hm, headType), object, [endpoint], add, `message ${hm.key}`);
}
function compareEqual(differ, base, head, object, endpoints, add, owner) {
  for (let i = 0; i < Math.max(base.length, head.length); i++) {
    const b = base[i];
    const h = head[i] ?? b;
    const bv = b?.value ?? null;
    const hv = head[i]?.value ?? null;
    if (bv === null && hv === null) continue;
    if (bv !== null && hv !== null && equalNodes(differ, b, h)) continue;
    const name = h.pointer[h.pointer.length - 1];
    const shown = (v) => v === null ? "none" : typeof v === "string" ? v : "set";
    const detail = typeof bv === "object" && typeof hv === "object" && bv !== null && hv !== null ? `${name} changed` : `${name} changed (${shown(bv)} -> ${shown(hv)})`;
    add("keyword-changed", h, object, detail, endpoints, owner);
    return;
  }
}
function equalNodes(differ, b, h) {
  if (differ.same(b, h)) return true;
  const stack = [[b.value, h.value]];
  for (let budget = 1e6; stack.length; budget--) {
    if (budget === 0) return false;
    const [x, y] = stack.pop();
    if (x === y && (x === null || typeof x !== "object")) continue;
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object" || Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ya = y;
      if (x.length !== ya.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ya[i]]);
      continue;
    }
    const xo = x;
    const yo = y;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    if (typeof xo.$ref === "string" && refTarget(b.file, xo.$ref).kind !== "external") return false;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(yo, k)) return false;
      stack.push([xo[k], yo[k]]);
    }
  }
  return true;
}
function readAsyncApi(ws, root) {
  const doc = isObject(root.value) ? root.value : {};
  const rootRec = { file: root.file, pointer: root.pointer, value: doc };
  const v3 = String(doc.asyncapi).startsWith("3");
  const channels = /* @__PURE__ */ new Map();
  const operationMeta = /* @__PURE__ */ new Map();
  const opMeta = (op) => [childNode(op, ["bindings"]), childNode(op, ["traits"])];
  const defaultContentType = typeof doc.defaultContentType === "string" ? doc.defaultContentType : null;
  const channelsNode = childNode(rootRec, ["channels"]);
  const list = isObject(channelsNode.value) ? Object.keys(channelsNode.value) : [];
  const byObject = /* @__PURE__ */ new Map();
  for (const key2 of list) {
    const node = ws.resolve(childNode(channelsNode, [key2]));
    if (!isObject(node.value)) continue;
    let address = v3 ? typeof node.value.address === "string" ? node.value.address : key2 : key2;
    if (channels.has(address)) address = `${address} (${key2})`;
    const channel = { address, node, uses: /* @__PURE__ */ new Map(), meta: [childNode(node, ["bindings"])] };
    channels.set(address, channel);
    byObject.set(node.value, channel);
    if (!v3) {
      for (const [verb, action] of [["subscribe", "send"], ["publish", "receive"]]) {
        const op = ws.resolve(childNode(node, [verb]));
        if (!isObject(op.value)) continue;
        for (const m of messagesOf2(ws, op)) channel.uses.set(`${action} ${m.key}`, { action, message: m });
        operationMeta.set(`${action} ${address}`, { endpoint: endpointOf(action, address), nodes: opMeta(op) });
      }
    }
  }
  if (!v3) return { root: rootRec, channels, operationMeta, defaultContentType };
  const messages = /* @__PURE__ */ new Map();
  for (const channel of channels.values()) {
    const byKey = /* @__PURE__ */ new Map();
    const byObj = /* @__PURE__ */ new Map();
    const msgs = childNode(channel.node, ["messages"]);
    for (const key2 of isObject(msgs.value) ? Object.keys(msgs.value) : []) {
      const m = readMessage(ws, childNode(msgs, [key2]), key2);
      if (!m) continue;
      byKey.set(m.key, m);
      if (isObject(m.node.value)) byObj.set(m.node.value, m);
    }
    messages.set(channel, { byKey, byObject: byObj });
  }
  const used = /* @__PURE__ */ new Set();
  const opsNode = childNode(rootRec, ["operations"]);
  for (const id of isObject(opsNode.value) ? Object.keys(opsNode.value) : []) {
    const op = ws.resolve(childNode(opsNode, [id]));
    if (!isObject(op.value) || op.value.action !== "send" && op.value.action !== "receive") continue;
    const action = op.value.action;
    const target = ws.resolve(childNode(op, ["channel"]));
    const channel = isObject(target.value) ? byObject.get(target.value) : void 0;
    if (!channel) continue;
    const chosen = pick(childNode(op, ["messages"]), messages.get(channel));
    for (const m of chosen) {
      used.add(m);
      channel.uses.set(`${action} ${m.key}`, { action, message: m });
    }
    const reply = ws.resolve(childNode(op, ["reply"]));
    if (isObject(reply.value)) {
      const replyTarget = ws.resolve(childNode(reply, ["channel"]));
      const replyChannel = isObject(replyTarget.value) ? byObject.get(replyTarget.value) : void 0;
      if (replyChannel) {
        const back = action === "send" ? "receive" : "send";
        for (const m of pick(childNode(reply, ["messages"]), messages.get(replyChannel))) {
          used.add(m);
          replyChannel.uses.set(`${back} ${m.key}`, { action: back, message: m });
        }
      }
    }
    operationMeta.set(`${action} ${channel.address} ${id}`, { endpoint: endpointOf(action, channel.address), nodes: opMeta(op) });
  }
  function pick(listed, own) {
    const chosen = [];
    if (!Array.isArray(listed.value)) return [...own.byKey.values()];
    listed.value.forEach((_, i) => {
      const ref = ws.resolve(childNode(listed, [String(i)]));
      const m = isObject(ref.value) ? own.byObject.get(ref.value) : void 0;
      if (m) chosen.push(m);
    });
    return chosen;
  }
  for (const [channel, own] of messages) {
    for (const m of own.byKey.values()) if (!used.has(m)) channel.uses.set(`declare ${m.key}`, { action: "declare", message: m });
  }
  return { root: rootRec, channels, operationMeta, defaultContentType };
}
function messagesOf2(ws, op) {
  const slot = childNode(op, ["message"]);
  const direct = ws.resolve(slot);
  if (!isObject(direct.value)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (m) => {
    if (!m || seen.has(m.key)) return;
    seen.add(m.key);
    out.push(m);
  };
  if (Array.isArray(direct.value.oneOf)) {
    const list = childNode(direct, ["oneOf"]);
    direct.value.oneOf.forEach((_, i) => push(readMessage(ws, childNode(list, [String(i)]), `#${i}`)));
  } else push(readMessage(ws, slot, "message"));
  return out;
}
function readMessage(ws, slot, fallback) {
  const node = ws.resolve(slot);
  const v = node.value;
  if (!isObject(v)) return null;
  const refName = node.via ? decodeURIComponent(node.via.split("/").pop() ?? "").replace(/\.(ya?ml|json)$/i, "") : "";
  const key2 = typeof v.messageId === "string" ? v.messageId : typeof v.name === "string" ? v.name : refName && !refName.startsWith("#") ? refName : fallback;
  let payload = v.payload !== void 0 ? childNode(node, ["payload"]) : null;
  let format = typeof v.schemaFormat === "string" ? v.schemaFormat : null;
  const p = payload ? ws.resolve(payload) : null;
  if (p && isObject(p.value) && typeof p.value.schemaFormat === "string" && "schema" in p.value) {
    format = p.value.schemaFormat;
    payload = childNode(p, ["schema"]);
  }
  if (format !== null && JSON_SCHEMA_FORMAT.test(format)) format = null;
  const headers = v.headers !== void 0 ? childNode(node, ["headers"]) : null;
  return { key: key2, node, payload, format, headers };
}

// src/contracts/ref-check.ts
var MAX_CHAIN = 64;
function checkRefs(base, head, roots, basePathOf) {
  const out = [];
  const reportedCycles = /* @__PURE__ */ new Set();
  const queued = new Set(roots);
  const queue = [...roots];
  const baseRefs = /* @__PURE__ */ new Map();
  const inBase = (headFile, ref) => {
    const file = basePathOf(headFile);
    let refs = baseRefs.get(file);
    if (!refs) {
      const doc = base.doc(file);
      baseRefs.set(file, refs = new Set(doc && !doc.error ? refUses(doc).map((u) => u.ref) : []));
    }
    if (!refs.has(ref)) return "absent";
    const found = base.lookup(file, ref);
    return "kind" in found ? found : "fine";
  };
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const doc = head.doc(file);
    if (!doc || doc.error) continue;
    for (const use of refUses(doc)) {
      const more = use.count > 1 ? ` (and ${use.count - 1} more place${use.count === 2 ? "" : "s"} in this file)` : "";
      const found = head.lookup(file, use.ref);
      if ("kind" in found) {
        const before = inBase(file, use.ref);
        if (found.kind === "external") {
          if (typeof before === "object" && before.kind === "external") continue;
          out.push({ rule: "external-ref", file, pointer: use.pointer, object: pointerString(use.pointer), detail: `${use.ref} (${found.reason})` });
          continue;
        }
        const already2 = typeof before === "object" && before.kind !== "external";
        out.push({
          rule: "invalid-contract",
          file,
          pointer: use.pointer,
          object: pointerString(use.pointer),
          detail: `$ref ${use.ref} ${describe(found)}${more}${already2 ? "; it did not resolve in base either" : ""}`,
          ...already2 ? { severity: "warning" } : {}
        });
        continue;
      }
      const target = refTarget(file, use.ref);
      const targetFile = target.kind === "local" ? target.file : found.file;
      if (!queued.has(targetFile)) {
        queued.add(targetFile);
        queue.push(targetFile);
      }
      const cycle = loop(head, { file, pointer: use.pointer.slice(0, -1), ref: use.ref });
      if (!cycle) continue;
      const first = cycle.reduce((a, b) => key(b) < key(a) ? b : a);
      if (reportedCycles.has(key(first))) continue;
      reportedCycles.add(key(first));
      const already = loop(base, { ...first, file: basePathOf(first.file) }) !== null;
      const pointer = [...first.pointer, "$ref"];
      out.push({
        rule: "invalid-contract",
        file: first.file,
        pointer,
        object: pointerString(pointer),
        detail: `$ref ${first.ref} never reaches a schema: ${cycle.length >= MAX_CHAIN ? `a chain of more than ${MAX_CHAIN} references` : `the references loop (${describeLoop(cycle)})`}${already ? "; it looped in base too" : ""}`,
        ...already ? { severity: "warning" } : {}
      });
    }
  }
  return out;
}
function loop(ws, start) {
  const chain = [];
  const at = /* @__PURE__ */ new Map();
  let link = start;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const found = ws.lookup(link.file, link.ref);
    if ("kind" in found) return null;
    const v = found.value;
    if (!isObject(v) || typeof v.$ref !== "string") return null;
    const seen = at.get(v);
    if (seen !== void 0) return chain.slice(seen);
    at.set(v, chain.length);
    link = { file: found.file, pointer: found.pointer, ref: v.$ref };
    chain.push(link);
  }
  return chain;
}
function key(l) {
  return `${l.file}\0${pointerString(l.pointer)}`;
}
function describeLoop(cycle) {
  const names = cycle.map((l) => `${l.file}${pointerString(l.pointer)}`);
  return [...names, names[0]].join(" -> ");
}
function describe(p) {
  switch (p.kind) {
    case "missing-file":
      return `does not resolve: there is no file ${p.file}`;
    case "missing-target":
      return `does not resolve: ${p.file} has nothing at ${p.fragment === "" ? "its root" : `#${p.fragment}`}`;
    case "unreadable":
      return `leads to ${p.file}, which could not be read (${p.reason})`;
    case "invalid-file":
      return `leads to ${p.file}, which does not parse (line ${p.line}: ${p.message})`;
  }
}

// src/contracts/schema-diff.ts
import { posix as posix2 } from "node:path";
var MAX_COMPARE_DEPTH = 256;
var MAX_ALLOF_DEPTH = 32;
var UNEQUAL = -1;
var EMPTY = { changes: [], children: null, done: true, walk: 0 };
var TIGHTER_IF_LOWER = ["maxLength", "maxItems", "maximum", "maxProperties", "exclusiveMaximum"];
var TIGHTER_IF_HIGHER = ["minLength", "minItems", "minimum", "minProperties", "exclusiveMinimum"];
var SchemaDiffer = class _SchemaDiffer {
  constructor(base, head) {
    this.base = base;
    this.head = head;
  }
  base;
  head;
  memo = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new WeakMap();
  nextId = 1;
  /** Every change found so far, each once. */
  all() {
    const out = [];
    for (const e of this.memo.values()) for (const c of e.changes) out.push(c);
    return out;
  }
  /** Per operation, the comparisons it started that found something (below them). */
  roots = /* @__PURE__ */ new Map();
  walks = 0;
  diff(b, h, flow, origin) {
    const entry = this.compare(b, h, flow, origin, "#");
    if (!entry || entry === EMPTY || !origin.endpoint) return;
    const list = this.roots.get(origin.endpoint);
    if (list) list.push(entry);
    else this.roots.set(origin.endpoint, [entry]);
  }
  /** The operations whose comparisons found a change. */
  endpoints() {
    return [...this.roots.keys()];
  }
  /**
   * Calls `visit` once for each change that `endpoint`'s comparisons reach (the memoised
   * comparisons form a graph, with cycles): one walk per operation, not one per comparison it
   * started, and nothing stored per change. The time is what the old per-comparison marking
   * took at most; the memory is the caller's.
   */
  reached(endpoint, visit) {
    const id = ++this.walks;
    const stack = (this.roots.get(endpoint) ?? []).slice();
    while (stack.length) {
      const e = stack.pop();
      if (e.walk === id) continue;
      e.walk = id;
      for (const c of e.changes) visit(c);
      if (e.children) {
        for (const child3 of e.children) if (child3.walk !== id) stack.push(child3);
      }
    }
  }
  norms = /* @__PURE__ */ new WeakMap();
  /** A node of base's (head's) documents with its `$ref`s followed. */
  resolveBase(node) {
    return this.base.resolve(node);
  }
  resolveHead(node) {
    return this.head.resolve(node);
  }
  /** One normal form per schema object (the same object is the same definition). */
  normalised(ws, node) {
    const v = node.value;
    if (v === null || typeof v !== "object") return normalise(ws, node);
    let n = this.norms.get(v);
    if (!n) this.norms.set(v, n = normalise(ws, node));
    return n;
  }
  id(v) {
    if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "u";
    let id = this.ids.get(v);
    if (id === void 0) this.ids.set(v, id = this.nextId++);
    return String(id);
  }
  /**
   * Pairs (base object, head object) known to be equal or not: per base object, the one head
   * object it was compared with (nearly always one), or a map when there were several.
   */
  equal = /* @__PURE__ */ new WeakMap();
  /**
   * Pairs being compared right now, with their depth on the stack (a $ref cycle meets them again):
   * per base object, the innermost such pair, linked to the outer ones with the same base object
   * (nearly always none). One small record per pair in progress, no map per base object.
   */
  comparing = /* @__PURE__ */ new Map();
  knownEqual(bv, hv) {
    const m = this.equal.get(bv);
    if (!m) return void 0;
    if (m instanceof Map) return m.get(hv);
    return m.h === hv ? m.equal : void 0;
  }
  rememberEqual(bv, hv, equal) {
    const m = this.equal.get(bv);
    if (!m) this.equal.set(bv, { h: hv, equal });
    else if (m instanceof Map) m.set(hv, equal);
    else if (m.h !== hv) this.equal.set(bv, /* @__PURE__ */ new Map([[m.h, m.equal], [hv, equal]]));
  }
  /**
   * Deep equality of two schemas, key order aside, where a `$ref` on both sides is equal when its
   * targets are (whatever the reference text). Conservative: a `$ref` on one side only, or one
   * that does not resolve, makes the pair unequal, and the full comparison decides.
   */
  same(b, h) {
    return this.sameValue(b.file, b.value, h.file, h.value, 1) !== UNEQUAL;
  }
  /**
   * UNEQUAL, or the shallowest in-progress pair the answer assumed equal (a cycle; Infinity when
   * none): only answers that assumed nothing above themselves are remembered. A number, not an
   * object: this runs for every node of every compared pair.
   *
   * A pair's own scalars are compared first (`shallowSame`): a pair that differs there, or whose
   * children are all scalars (most nodes of a spec: `{type: string}`, enums, examples), is
   * answered without storing anything, since no cycle can pass through it and answering it again
   * costs what a look-up would. Only pairs with object children (or `$ref`s) are remembered and
   * tracked for cycles, and only their object children are compared recursively.
   */
  sameValue(bFile, bv, hFile, hv, depth) {
    if (bv === hv && (bv === null || typeof bv !== "object")) return Infinity;
    if (bv === null || hv === null || typeof bv !== "object" || typeof hv !== "object") return UNEQUAL;
    const shallow = shallowSame(bv, hv);
    if (shallow === DIFFERENT) return UNEQUAL;
    if (shallow === SCALARS_ONLY) return Infinity;
    const known = this.knownEqual(bv, hv);
    if (known !== void 0) return known ? Infinity : UNEQUAL;
    const outer = this.comparing.get(bv);
    for (let p = outer; p; p = p.outer) if (p.h === hv) return p.depth;
    if (depth > 501) return UNEQUAL;
    this.comparing.set(bv, { h: hv, depth, outer });
    let low = Infinity;
    let equal = true;
    let r = Infinity;
    if (Array.isArray(bv)) {
      const ha = hv;
      for (let i = 0; i < bv.length; i++) {
        const x = bv[i];
        if (x === null || typeof x !== "object") continue;
        r = this.sameValue(bFile, x, hFile, ha[i], depth + 1);
        if (r === UNEQUAL) {
          equal = false;
          break;
        }
        if (r < low) low = r;
      }
    } else {
      const bo = bv;
      const ho = hv;
      const keys = Object.keys(bo);
      for (let i = 0; i < keys.length; i++) {
        const x = bo[keys[i]];
        if (x === null || typeof x !== "object") continue;
        r = this.sameValue(bFile, x, hFile, ho[keys[i]], depth + 1);
        if (r === UNEQUAL) {
          equal = false;
          break;
        }
        if (r < low) low = r;
      }
      if (equal && typeof bo.$ref === "string") {
        const bt = this.base.resolve({ file: bFile, pointer: [], value: bo });
        const ht = this.head.resolve({ file: hFile, pointer: [], value: ho });
        r = bt.value !== void 0 && ht.value !== void 0 ? this.sameValue(bt.file, bt.value, ht.file, ht.value, depth + 1) : UNEQUAL;
        if (r === UNEQUAL) equal = false;
        else if (r < low) low = r;
      }
    }
    if (outer) this.comparing.set(bv, outer);
    else this.comparing.delete(bv);
    if (low >= depth) low = Infinity;
    if (!equal || low === Infinity) this.rememberEqual(bv, hv, equal);
    return equal ? low : UNEQUAL;
  }
  /** Comparisons in progress (the depth of the recursion). */
  active = 0;
  compare(b0, h0, flow, origin, path) {
    const b = this.base.resolve(b0);
    const h = this.head.resolve(h0);
    if (b.value === void 0 || h.value === void 0) return null;
    const key2 = `${this.id(b.value)}|${this.id(h.value)}|${flow}|${origin.parameter ? "p" : ""}`;
    const known = this.memo.get(key2);
    if (known) return known;
    if (this.same(b, h)) {
      this.memo.set(key2, EMPTY);
      return EMPTY;
    }
    const entry = { changes: [], children: null, done: false, walk: 0 };
    this.memo.set(key2, entry);
    if (this.active >= MAX_COMPARE_DEPTH) {
      entry.changes.push({
        kind: "too-deep",
        flow,
        parameter: origin.parameter ?? false,
        at: { file: h.file, pointer: h.pointer },
        object: origin.context ? `${origin.context} ${path}` : path,
        detail: `its schemas nest more than ${MAX_COMPARE_DEPTH} levels deep here, deeper than the gate compares: what changed below is unchecked`,
        endpoints: NO_ENDPOINTS
      });
    } else {
      this.active++;
      try {
        this.fill(entry, b, h, h0, flow, origin, path);
      } finally {
        this.active--;
      }
    }
    entry.done = true;
    if (entry.changes.length === 0 && entry.children === null) {
      this.memo.set(key2, EMPTY);
      return EMPTY;
    }
    return entry;
  }
  fill(entry, b, h, h0, flow, origin, path) {
    if (h !== h0 && h.pointer.length) path = (h.file !== h0.file ? h.file : "") + pointerString(h.pointer);
    const nb = this.normalised(this.base, b);
    const nh = this.normalised(this.head, h);
    const emit = (kind, at, detail, name, subPath = path, severity) => {
      entry.changes.push({
        kind,
        flow,
        parameter: origin.parameter ?? false,
        at: { file: at.file, pointer: at.pointer },
        object: origin.context ? subPath === "#" ? origin.context : `${origin.context} ${subPath}` : subPath,
        detail,
        name: name ?? (subPath === "#" ? origin.name : propertyName(subPath)),
        endpoints: NO_ENDPOINTS,
        ...severity ? { severity } : {}
      });
    };
    const recurse = (cb, ch, sub) => {
      const child3 = this.compare(cb, ch, flow, origin, sub);
      if (child3 && child3 !== entry && (child3.changes.length || child3.children || !child3.done)) {
        (entry.children ??= []).push(child3);
      }
    };
    const cut = (nb.truncated ?? []).length === (nh.truncated ?? []).length ? (nb.truncated ?? []).findIndex((x, i) => !this.same(x, nh.truncated[i])) : 0;
    if (cut !== -1) {
      emit("too-deep", nh.truncated ? h : b, `its allOf members nest more than ${MAX_ALLOF_DEPTH} levels deep here, deeper than the gate merges them: what changed below is unchecked`);
    }
    if (nb.any && nh.any) return;
    if (nb.branches || nh.branches) {
      this.compareBranches(nb, nh, flow, path, emit, recurse);
      if (!(nb.branches && nh.branches)) return;
    }
    this.compareTypes(nb, nh, flow, emit);
    this.compareEnum(nb, nh, flow, emit);
    this.compareConstraints(nb, nh, flow, emit);
    this.compareProperties(nb, nh, flow, path, emit, recurse);
    this.compareOthers(nb, nh, emit);
    if (nb.items && nh.items) recurse(nb.items, nh.items, `${path}/items`);
    else if ((nb.items || nh.items) && acceptsArrays(nb) && acceptsArrays(nh)) recurse(nb.items ?? anyBelow(nb.node, "items"), nh.items ?? anyBelow(nh.node, "items"), `${path}/items`);
    const positions = Math.max(nb.prefixItems.length, nh.prefixItems.length);
    if (positions > 0 && acceptsArrays(nb) && acceptsArrays(nh)) {
      for (let i = 0; i < positions; i++) {
        const bi = nb.prefixItems[i] ?? nb.items ?? anyBelow(nb.node, "items");
        const hi = nh.prefixItems[i] ?? nh.items ?? anyBelow(nh.node, "items");
        recurse(bi, hi, `${path}/prefixItems/${i}`);
      }
    }
  }
  /** True when every value of `b` is still fine against `h` (a trial comparison, not reported). */
  covers(b, h, flow) {
    if (this.depth >= 2) return false;
    if (!this.trial) {
      this.trial = new _SchemaDiffer(this.base, this.head);
      this.trial.depth = this.depth + 1;
    }
    const entry = this.trial.compare(b, h, flow, { context: "", endpoint: null }, "#");
    if (!entry) return false;
    for (const e of reachable(entry)) {
      if (e.changes.some((c) => BREAKING[flow].has(c.kind))) return false;
    }
    return true;
  }
  depth = 0;
  trial = null;
  compareTypes(nb, nh, flow, emit) {
    if (isProtoEnum(nb) && isProtoEnum(nh) && nb.nullable === nh.nullable) return;
    if (nb.never !== nh.never) {
      if (nh.never && flow !== "response") emit("type-changed", nh.node, "any value -> none (false)");
      if (nb.never && flow !== "request") emit("type-changed", nh.node, "none (false) -> values");
      return;
    }
    const bt = nb.types ?? enumTypes(nb);
    const ht = nh.types ?? enumTypes(nh);
    const describe2 = (n) => (n.types ? [...n.types].join("|") : enumTypes(n) ? [...enumTypes(n)].join("|") : "any") + (n.format ? ` (${n.format})` : "") + (n.nullable ? " or null" : "");
    const narrowed = bt === null ? ht !== null : ht !== null && [...bt].some((t) => !acceptsType(ht, t));
    const widened = ht === null ? bt !== null : bt !== null && [...ht].some((t) => !acceptsType(bt, t));
    const detail = `${describe2(nb)} -> ${describe2(nh)}`;
    const formatChanged = nb.format !== nh.format && nb.format !== void 0 && nh.format !== void 0;
    const formatAdded = nb.format === void 0 && nh.format !== void 0;
    const sameTypes = !narrowed && !widened;
    const formatRemoved = nb.format !== void 0 && nh.format === void 0 && sameTypes;
    if (flow === "response") {
      const formatNarrowed = formatChanged && WIDER_FORMATS.get(nh.format) === nb.format;
      const annotationLost = formatRemoved && annotatesOnly(nb.format, nb.types);
      if (widened || formatChanged && !formatNarrowed || formatRemoved && !annotationLost) emit("type-changed", nh.node, detail);
      else if (nh.nullable && !nb.nullable) emit("became-nullable", nh.node, detail);
      return;
    }
    const formatWidened = formatChanged && WIDER_FORMATS.get(nb.format) === nh.format;
    const rejectsOld = narrowed || formatChanged && !formatWidened || nb.nullable && !nh.nullable && !nh.any;
    if (rejectsOld) emit("type-changed", nh.node, detail);
    else if (formatAdded && !narrowed && !annotatesOnly(nh.format, nh.types)) emit("constraint-tightened", nh.node, `format ${nh.format} added`);
    const annotationRemoved = formatRemoved && annotatesOnly(nb.format, nb.types);
    if (flow === "event" && !rejectsOld && (widened || formatRemoved && !annotationRemoved || formatWidened || nh.nullable && !nb.nullable)) {
      emit("type-changed", nh.node, detail);
    }
  }
  compareEnum(nb, nh, flow, emit) {
    this.compareExtensibleEnum(nb, nh, flow, emit);
    this.compareDefault(nb, nh, emit);
    if (!nb.enum && !nh.enum) return;
    const sameProtoEnum = isProtoEnum(nb) && isProtoEnum(nh);
    if (!nb.enum && nh.enum) {
      if (flow !== "response" && !sameProtoEnum) emit("constraint-tightened", nh.node, `enum ${short(nh.enum)} added`);
      return;
    }
    if (nb.enum && !nh.enum) {
      if (flow !== "request" && !sameProtoEnum) emit("enum-value-added", nh.node, "any value of its type (the enum restriction was removed)");
      return;
    }
    const bset = new Map(nb.enum.map((v) => [JSON.stringify(v), v]));
    const hset = new Map(nh.enum.map((v) => [JSON.stringify(v), v]));
    const removed = [...bset.keys()].filter((k) => !hset.has(k) && k !== "null");
    const added = [...hset.keys()].filter((k) => !bset.has(k) && k !== "null");
    if (removed.length && flow !== "response") emit("enum-value-removed", nh.node, `value ${removed.join(", ")}`);
    if (added.length) emit("enum-value-added", nh.node, `value ${added.join(", ")}`);
  }
  /**
   * `x-extensible-enum` (Zalando's guidelines): the values a request documents as understood; new
   * ones are no break (readers of responses and events must tolerate unknown values by contract),
   * but a value dropped from a request is one the server stops understanding while old clients
   * still send it. Dropping the whole list accepts any value of the type: no removal.
   */
  compareExtensibleEnum(nb, nh, flow, emit) {
    if (flow !== "request") return;
    const bv = isObject(nb.node.value) ? nb.node.value["x-extensible-enum"] : void 0;
    const hv = isObject(nh.node.value) ? nh.node.value["x-extensible-enum"] : void 0;
    if (!Array.isArray(bv) || !Array.isArray(hv)) return;
    const kept = new Set(hv.map((v) => JSON.stringify(v)));
    const removed = bv.map((v) => JSON.stringify(v)).filter((k) => !kept.has(k));
    if (removed.length) emit("enum-value-removed", nh.node, `x-extensible-enum value ${removed.join(", ")}`);
  }
  /**
   * A `default` that changes: in a request, what the server assumes for clients that omit the
   * value (old clients keep omitting it and get another behaviour); in a response or event, what
   * a reader fills in for an absent value, now different for writers of each release. Added or
   * removed defaults are not reported (a new default documents what the server did already).
   */
  compareDefault(nb, nh, emit) {
    const b = isObject(nb.node.value) ? nb.node.value : null;
    const h = isObject(nh.node.value) ? nh.node.value : null;
    if (!b || !h || b.default === void 0 || h.default === void 0) return;
    if (this.same({ file: nb.node.file, pointer: nb.node.pointer, value: b.default }, { file: nh.node.file, pointer: nh.node.pointer, value: h.default })) return;
    const show = (v) => {
      const text = JSON.stringify(v) ?? String(v);
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    emit("default-changed", nh.node, `default ${show(b.default)} -> ${show(h.default)}`);
  }
  compareConstraints(nb, nh, flow, emit) {
    if (flow !== "request") this.compareLoosened(nb, nh, flow, emit);
    if (flow === "response") return;
    const tightened = [];
    const applies = (k) => {
      const on = APPLIES_TO[k];
      return !on || nh.types === null || on.some((t) => acceptsType(nh.types, t));
    };
    for (const k of TIGHTER_IF_LOWER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(hv) && (!finite(bv) || hv < bv)) tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of TIGHTER_IF_HIGHER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(hv) && (!finite(bv) || hv > bv)) {
        if (!(typeof bv !== "number" && hv === 0 && k !== "minimum" && k !== "exclusiveMinimum")) {
          tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
        }
      }
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of ["pattern", "multipleOf"]) {
      if (!applies(k)) continue;
      const bv = k === "pattern" && matchesAll(nb.constraints[k]) ? void 0 : nb.constraints[k];
      const hv = k === "pattern" && matchesAll(nh.constraints[k]) ? void 0 : nh.constraints[k];
      if (hv !== void 0 && hv !== bv && !(k === "multipleOf" && typeof bv === "number" && typeof hv === "number" && bv % hv === 0)) {
        tightened.push(bv === void 0 ? `${k} added` : `${k} changed`);
      }
    }
    if (applies("uniqueItems") && nh.constraints.uniqueItems === true && nb.constraints.uniqueItems !== true) tightened.push("uniqueItems added");
    if (tightened.length) emit("constraint-tightened", nh.node, tightened.join(", "));
  }
  /**
   * The reverse of tightening, for what old readers validate (responses, events): a maximum
   * raised or dropped, a minimum lowered or dropped, a pattern or `multipleOf` dropped (or a
   * `multipleOf` divided), `uniqueItems` dropped. A changed pattern is compared as tightened in
   * events already; in a response it may admit values the old pattern refused, so it counts here.
   */
  compareLoosened(nb, nh, flow, emit) {
    const loosened = [];
    const applies = (k) => {
      const on = APPLIES_TO[k];
      return !on || nb.types === null || on.some((t) => acceptsType(nb.types, t));
    };
    for (const k of TIGHTER_IF_LOWER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(bv) && (!finite(hv) || hv > bv)) loosened.push(`${k} ${bv} -> ${fmt(hv)}`);
      if (bv === true && hv !== true) loosened.push(`${k} removed`);
    }
    for (const k of TIGHTER_IF_HIGHER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(bv) && (!finite(hv) || hv < bv) && !(bv === 0 && k !== "minimum" && k !== "exclusiveMinimum")) loosened.push(`${k} ${bv} -> ${fmt(hv)}`);
      if (bv === true && hv !== true) loosened.push(`${k} removed`);
    }
    if (applies("pattern")) {
      const bv = matchesAll(nb.constraints.pattern) ? void 0 : nb.constraints.pattern;
      const hv = matchesAll(nh.constraints.pattern) ? void 0 : nh.constraints.pattern;
      if (bv !== void 0 && hv === void 0) loosened.push("pattern removed");
      else if (bv !== void 0 && hv !== bv && flow === "response") loosened.push("pattern changed");
    }
    if (applies("multipleOf")) {
      const bv = nb.constraints.multipleOf;
      const hv = nh.constraints.multipleOf;
      if (typeof bv === "number" && (hv === void 0 || typeof hv === "number" && hv !== bv && bv % hv === 0)) loosened.push(`multipleOf ${bv} -> ${fmt(hv)}`);
    }
    if (applies("uniqueItems") && nb.constraints.uniqueItems === true && nh.constraints.uniqueItems !== true) loosened.push("uniqueItems removed");
    if (loosened.length) emit("constraint-loosened", nh.node, loosened.join(", "));
  }
  /**
   * Keywords the differ does not judge (`not`, `if`/`then`/`else`, `patternProperties`,
   * `contains`, `dependentRequired`, …, any unknown one): a change to one is reported, naming it,
   * never passed over. Equal values (their `$ref`s leading to equal schemas) are no change.
   */
  compareOthers(nb, nh, emit) {
    if (!nb.others && !nh.others) return;
    const keywords = /* @__PURE__ */ new Set([...nb.others?.keys() ?? [], ...nh.others?.keys() ?? []]);
    const changed = [];
    let at = null;
    for (const k of [...keywords].sort()) {
      const bs = nb.others?.get(k) ?? NO_NODES;
      const hs = nh.others?.get(k) ?? NO_NODES;
      if (bs.length === hs.length && bs.every((b, i) => this.same(b, hs[i]))) continue;
      changed.push(bs.length === 0 ? `${k} added` : hs.length === 0 ? `${k} removed` : `${k} changed`);
      at ??= hs[0] ?? null;
    }
    if (changed.length) emit("keyword-changed", at ?? nh.node, changed.join(", "));
  }
  compareProperties(nb, nh, flow, path, emit, recurse) {
    const skip = (n, side) => {
      const v = side.resolve(n).value;
      if (!isObject(v)) return false;
      return flow === "request" && v.readOnly === true || flow === "response" && v.writeOnly === true;
    };
    const baseClosed = nb.additional === "closed" || nb.unevaluatedClosed;
    const headClosed = nh.additional === "closed" || nh.unevaluatedClosed;
    nb.properties.forEach((bp, name) => {
      if (skip(bp, this.base)) return;
      const hp = nh.properties.get(name);
      const sub = `${path}/properties/${escape(name)}`;
      if (!hp) {
        emit("property-removed", removedAt(bp, nh), `property ${name}`, name, sub);
        return;
      }
      if (skip(hp, this.head)) return;
      const wasRequired = nb.required.has(name);
      const isRequired = nh.required.has(name);
      if (!wasRequired && isRequired) emit("property-became-required", hp, `property ${name}`, name, sub);
      if (wasRequired && !isRequired) emit("property-became-optional", hp, `property ${name}`, name, sub);
      recurse(bp, hp, sub);
    });
    nh.properties.forEach((hp, name) => {
      if (nb.properties.has(name) || skip(hp, this.head)) return;
      const sub = `${path}/properties/${escape(name)}`;
      const wasRequired = nb.required.has(name);
      const filled = flow === "request" && isObject(this.head.resolve(hp).value) && "default" in this.head.resolve(hp).value;
      if (nh.required.has(name) && !wasRequired) emit("required-property-added", hp, filled ? `property ${name} (the server fills its default)` : `property ${name}`, name, sub, filled ? "warning" : void 0);
      else if (wasRequired && !nh.required.has(name)) emit("property-became-optional", hp, `property ${name}`, name, sub);
      else if (baseClosed) emit("property-added-to-closed", hp, `property ${name}`, name, sub);
      else emit("optional-property-added", hp, `property ${name}`, name, sub);
      if (flow !== "response" && !baseClosed) {
        if (typeof nb.additional === "object") recurse(nb.additional, hp, sub);
        else if (this.head.resolve(hp).value === false) emit("type-changed", hp, "any value -> none (false): the property may no longer appear", name, sub);
      }
    });
    for (const name of nh.required) {
      if (nb.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit("required-property-added", childNode(nh.node, ["required"]), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    for (const name of nb.required) {
      if (nh.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit("property-became-optional", childNode(nh.node, ["required"]), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    for (const names of requiredGroupsLoosened(nb, nh)) {
      emit("property-became-optional", childNode(nh.node, ["required"]), `one of the properties ${names.join(", ")} (a oneOf/anyOf of required lists base had)`, names.join(" or "), `${path}/required`);
    }
    if (!baseClosed && headClosed) {
      const key2 = nh.unevaluatedClosed && nh.additional !== "closed" ? "unevaluatedProperties" : "additionalProperties";
      emit("closed-to-extra-properties", childNode(nh.node, [key2]), `${key2}: false added`);
    }
    if (typeof nb.additional === "object" && typeof nh.additional === "object") {
      recurse(nb.additional, nh.additional, `${path}/additionalProperties`);
    }
  }
  compareBranches(nb, nh, flow, path, emit, recurse) {
    const bb = nb.branches ?? [nb.node];
    const hb = nh.branches ?? [nh.node];
    const bInfo = bb.map((n) => branchInfo(this.base, n, discriminatorOf(nb.node.value)));
    const hInfo = hb.map((n) => branchInfo(this.head, n, discriminatorOf(nh.node.value)));
    const used = /* @__PURE__ */ new Set();
    const pairs = [];
    const paired = /* @__PURE__ */ new Set();
    for (const by of ["text", "tag", "ref", "title", "const", "type"]) {
      for (let i = 0; i < bb.length; i++) {
        const want = bInfo[i][by];
        if (paired.has(i) || want === void 0) continue;
        const match = hInfo.findIndex((h, j) => !used.has(j) && h[by] === want);
        if (match === -1) continue;
        used.add(match);
        paired.add(i);
        pairs.push([i, match]);
      }
    }
    let unpairedBase = bb.map((_, i) => i).filter((i) => !paired.has(i));
    const leftHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    if (unpairedBase.length === 1 && leftHead.length === 1) {
      pairs.push([unpairedBase[0], leftHead[0]]);
      used.add(leftHead[0]);
      unpairedBase = [];
    }
    const label = nh.branches ? isObject(nh.node.value) && nh.node.value.oneOf ? "oneOf" : "anyOf" : "";
    for (const [i, j] of pairs) {
      recurse(bb[i], hb[j], nh.branches ? `${path}/${label}/${j}` : path);
    }
    let unpairedHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    let budget = 64;
    const compatible = (x, y) => !x.type || !y.type || x.type === y.type;
    const tryCover = (bi, hj) => compatible(bInfo[bi], hInfo[hj]) && budget-- > 0 && this.covers(bb[bi], hb[hj], flow);
    if (flow !== "response") unpairedBase = unpairedBase.filter((i) => !hb.some((_, j) => tryCover(i, j)));
    else unpairedHead = unpairedHead.filter((j) => !bb.some((_, i) => tryCover(i, j)));
    if (unpairedBase.length && flow !== "response") {
      emit("type-changed", nh.node, `variant ${unpairedBase.map((i) => bInfo[i].name).join(", ")} no longer accepted`);
    }
    const headOneOf = label === "oneOf" && discriminatorOf(nh.node.value) === void 0;
    const baseOneOf = isObject(nb.node.value) && nb.node.value.oneOf !== void 0;
    if (headOneOf && !baseOneOf && flow !== "response") {
      let trials = 64;
      const overlapping = bb.map((_, i) => i).filter((i) => {
        let covering = 0;
        for (let j = 0; j < hb.length && covering < 2 && trials > 0; j++) {
          if (!compatible(bInfo[i], hInfo[j])) continue;
          trials--;
          if (this.covers(bb[i], hb[j], "request")) covering++;
        }
        return covering >= 2;
      });
      if (overlapping.length) emit("type-changed", nh.node, `values of ${overlapping.map((i) => bInfo[i].name).join(", ")} now match two oneOf branches at once, which oneOf rejects`);
    }
    if (unpairedHead.length && flow !== "request") {
      emit("type-changed", nh.node, `new variant ${unpairedHead.map((j) => hInfo[j].name).join(", ")} may be ${flow === "response" ? "returned" : "written"}`, void 0, path, flow === "response" ? "warning" : void 0);
    }
  }
};
var DIFFERENT = 0;
var SCALARS_ONLY = 1;
var OBJECTS_BELOW = 2;
function shallowSame(bv, hv) {
  let objects = false;
  if (Array.isArray(bv)) {
    if (!Array.isArray(hv) || bv.length !== hv.length) return DIFFERENT;
    for (let i = 0; i < bv.length; i++) {
      const x = bv[i];
      const y = hv[i];
      const xo = x !== null && typeof x === "object";
      if (xo !== (y !== null && typeof y === "object") || !xo && x !== y) return DIFFERENT;
      if (xo) objects = true;
    }
    return objects ? OBJECTS_BELOW : SCALARS_ONLY;
  }
  if (Array.isArray(hv)) return DIFFERENT;
  const bo = bv;
  const ho = hv;
  const ref = typeof bo.$ref === "string";
  if (ref !== (typeof ho.$ref === "string")) return DIFFERENT;
  const keys = Object.keys(bo);
  let headKeys = 0;
  for (const k in ho) if (Object.prototype.hasOwnProperty.call(ho, k)) headKeys++;
  if (keys.length !== headKeys) return DIFFERENT;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (ref && k === "$ref") continue;
    if (!Object.prototype.hasOwnProperty.call(ho, k)) return DIFFERENT;
    const x = bo[k];
    const y = ho[k];
    const xo = x !== null && typeof x === "object";
    if (xo !== (y !== null && typeof y === "object") || !xo && x !== y) return DIFFERENT;
    if (xo) objects = true;
  }
  return objects || ref ? OBJECTS_BELOW : SCALARS_ONLY;
}
var APPLIES_TO = {
  maxLength: ["string"],
  minLength: ["string"],
  pattern: ["string"],
  maxItems: ["array"],
  minItems: ["array"],
  uniqueItems: ["array"],
  maxProperties: ["object"],
  minProperties: ["object"],
  maximum: ["number", "integer"],
  minimum: ["number", "integer"],
  exclusiveMaximum: ["number", "integer"],
  exclusiveMinimum: ["number", "integer"],
  multipleOf: ["number", "integer"]
};
function matchesAll(pattern) {
  return typeof pattern === "string" && /^\^?(?:\.\*|\[\\s\\S\]\*|\[\\S\\s\]\*)?\$?$/.test(pattern) && !/^\^?\$$/.test(pattern);
}
function acceptsArrays(n) {
  return !n.never && (n.types === null || n.types.has("array"));
}
function anyBelow(node, key2) {
  return { file: node.file, pointer: [...node.pointer, key2], value: true };
}
var BREAKING = {
  request: /* @__PURE__ */ new Set(["type-changed", "enum-value-removed", "constraint-tightened", "closed-to-extra-properties", "required-property-added", "property-became-required", "too-deep", "keyword-changed"]),
  event: /* @__PURE__ */ new Set(["type-changed", "enum-value-removed", "constraint-tightened", "closed-to-extra-properties", "required-property-added", "property-became-required", "property-became-optional", "too-deep", "keyword-changed"]),
  response: /* @__PURE__ */ new Set(["type-changed", "property-removed", "property-became-optional", "became-nullable", "enum-value-added", "too-deep", "keyword-changed"])
};
function* reachable(entry) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [entry];
  while (stack.length) {
    const e = stack.pop();
    if (seen.has(e)) continue;
    seen.add(e);
    yield e;
    for (const child3 of e.children ?? []) stack.push(child3);
  }
}
var ANNOTATION_FORMATS = /* @__PURE__ */ new Map([
  ["int64", /* @__PURE__ */ new Set(["integer"])],
  ["float", /* @__PURE__ */ new Set(["number", "integer"])],
  ["double", /* @__PURE__ */ new Set(["number", "integer"])],
  ["password", /* @__PURE__ */ new Set(["string"])],
  ["binary", /* @__PURE__ */ new Set(["string"])]
]);
var WIDER_FORMATS = /* @__PURE__ */ new Map([
  ["int32", "int64"],
  ["float", "double"]
]);
function annotatesOnly(format, types) {
  const applies = ANNOTATION_FORMATS.get(format);
  return applies !== void 0 && types !== null && types.size > 0 && [...types].every((t) => applies.has(t));
}
function isProtoEnum(n) {
  return n.format === "enum" && n.types !== null && n.types.size > 0 && [...n.types].every((t) => t === "integer" || t === "string");
}
function enumTypes(n) {
  if (!n.enum || n.enum.length === 0) return null;
  const out = /* @__PURE__ */ new Set();
  for (const v of n.enum) {
    if (v === null) out.add("null");
    else if (Array.isArray(v)) out.add("array");
    else if (typeof v === "number") out.add(Number.isInteger(v) ? "integer" : "number");
    else out.add(typeof v === "object" ? "object" : typeof v);
  }
  return out;
}
function acceptsType(types, t) {
  return types.has(t) || t === "integer" && types.has("number");
}
function propertyName(path) {
  const m = /\/properties\/([^/#]+)$/.exec(path);
  return m ? m[1].replace(/~1/g, "/").replace(/~0/g, "~") : void 0;
}
function escape(name) {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
function finite(v) {
  return typeof v === "number" && Number.isFinite(v);
}
function fmt(v) {
  return v === void 0 ? "none" : String(v);
}
function short(values) {
  const s = values.map((v) => JSON.stringify(v)).join(", ");
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function discriminatorOf(value) {
  const d = isObject(value) ? value.discriminator : void 0;
  if (!isObject(d) || typeof d.propertyName !== "string") return void 0;
  const mapping = {};
  if (isObject(d.mapping)) {
    for (const [k, v] of Object.entries(d.mapping)) if (typeof v === "string") mapping[k] = v;
  }
  return { propertyName: d.propertyName, mapping };
}
function discriminatorTag(d, raw, resolved) {
  if (!d) return void 0;
  if (isObject(raw) && typeof raw.$ref === "string") {
    const ref = raw.$ref;
    const mapped = Object.entries(d.mapping).find(([, target]) => target === ref || target === ref.split("/").pop());
    if (mapped) return mapped[0];
  }
  const prop = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[d.propertyName] : void 0;
  if (isObject(prop) && "const" in prop) return JSON.stringify(prop.const);
  if (isObject(prop) && Array.isArray(prop.enum) && prop.enum.length === 1) return JSON.stringify(prop.enum[0]);
  return isObject(raw) && typeof raw.$ref === "string" ? raw.$ref.split("/").pop() : void 0;
}
function branchInfo(ws, n, discriminator) {
  const raw = n.value;
  const text = JSON.stringify(raw);
  const ref = isObject(raw) && typeof raw.$ref === "string" ? raw.$ref.split("/").pop() : void 0;
  const v = ws.resolve(n).value;
  const tag = discriminatorTag(discriminator, raw, v);
  const title = isObject(v) && typeof v.title === "string" ? v.title : void 0;
  const c = isObject(v) && "const" in v ? JSON.stringify(v.const) : void 0;
  let type;
  if (isObject(v)) {
    if (typeof v.type === "string") type = v.type;
    else if (Array.isArray(v.type)) type = v.type.filter((t) => t !== "null").join("|");
    else if (v.properties || v.additionalProperties) type = "object";
    else if (v.items) type = "array";
  }
  const required = isObject(v) && Array.isArray(v.required) ? `required ${v.required.join(", ")}` : void 0;
  return { text, tag, ref, title, const: c, type, name: ref ?? title ?? c ?? type ?? required ?? "schema" };
}
function refTo(from, node) {
  const pointer = node.pointer.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
  const file = node.file === from ? "" : posix2.relative(posix2.dirname(from), node.file);
  return `${file}#/${pointer}`;
}
function removedAt(bp, nh) {
  const at = bp.pointer;
  if (nh.members && at.length >= 2 && at[at.length - 2] === "properties") {
    const owner = at.slice(0, -2);
    const member = nh.members.find((m) => m.file === bp.file && m.pointer.length === owner.length && m.pointer.every((seg, i) => seg === owner[i]));
    if (member) return childNode(member, ["properties"]);
  }
  return childNode(nh.node, ["properties"]);
}
function normalise(ws, node) {
  const n = {
    node,
    any: false,
    never: false,
    types: null,
    nullable: false,
    properties: NO_PROPERTIES,
    required: NO_NAMES,
    additional: "open",
    unevaluatedClosed: false,
    prefixItems: NO_NODES,
    constraints: NO_CONSTRAINTS,
    branches: null
  };
  let properties = null;
  let again = null;
  let required = null;
  let seen = null;
  let typed = false;
  let anything = true;
  let outerNullable = false;
  let memberNullable = false;
  let typedWithoutNull = false;
  const nullable = (depth) => {
    if (depth === 0) outerNullable = true;
    else memberNullable = true;
  };
  const visit = (current, depth, orNull = false) => {
    const v = current.value;
    if (v === true || v === void 0) return;
    if (v === false) {
      n.never = true;
      anything = false;
      return;
    }
    if (!isObject(v) || seen?.has(v)) return;
    if (depth > MAX_ALLOF_DEPTH) {
      (n.truncated ??= []).push(current);
      return;
    }
    if (depth > 0 || v.allOf !== void 0 || v.oneOf !== void 0 || v.anyOf !== void 0) (seen ??= /* @__PURE__ */ new Set()).add(v);
    if (depth > 0) (n.members ??= []).push(current);
    for (const key2 of Object.keys(v)) {
      if (key2.startsWith("x-") || ANNOTATIONS.has(key2)) continue;
      anything = false;
      if (UNCOMPARED_KEYWORDS.has(key2) || key2 === "unevaluatedProperties" && v[key2] !== false) {
        let list2 = (n.others ??= /* @__PURE__ */ new Map()).get(key2);
        if (!list2) n.others.set(key2, list2 = []);
        list2.push(child2(current, key2));
      }
    }
    const list = v.type === void 0 ? null : (Array.isArray(v.type) ? v.type : [v.type]).filter((t) => typeof t === "string");
    const saysNull = v.nullable === true || v["x-nullable"] === true || (list?.includes("null") ?? false);
    if (saysNull) nullable(depth);
    else if (list && !orNull) typedWithoutNull = true;
    if (list) {
      const set = typeSet(list.filter((t) => t !== "null"));
      n.types = typed && n.types ? typeSet([...n.types].filter((t) => acceptsType(set, t))) : set;
      typed = true;
    }
    if (typeof v.format === "string" && n.format === void 0) n.format = v.format;
    if (typeof v.title === "string" && n.title === void 0) n.title = v.title;
    if (Array.isArray(v.enum) && !n.enum) n.enum = v.enum;
    if ("const" in v && !n.enum) n.enum = [v.const];
    if (isObject(v.properties)) {
      for (const name of Object.keys(v.properties)) {
        const here = child2(current, "properties", name);
        if (!properties?.has(name)) (properties ??= /* @__PURE__ */ new Map()).set(name, here);
        else (again ??= /* @__PURE__ */ new Map()).set(name, [...again.get(name) ?? [properties.get(name)], here]);
      }
    }
    if (Array.isArray(v.required)) {
      for (const r of v.required) if (typeof r === "string") (required ??= /* @__PURE__ */ new Set()).add(r);
    }
    if (v.additionalProperties === false) n.additional = "closed";
    else if (isObject(v.additionalProperties) && n.additional === "open") {
      n.additional = child2(current, "additionalProperties");
    }
    if (v.unevaluatedProperties === false) n.unevaluatedClosed = true;
    if (v.items !== void 0 && !Array.isArray(v.items) && !n.items) n.items = child2(current, "items");
    const tuple = Array.isArray(v.prefixItems) ? "prefixItems" : Array.isArray(v.items) ? "items" : null;
    if (tuple && n.prefixItems.length === 0) {
      n.prefixItems = v[tuple].map((_, i) => child2(current, tuple, String(i)));
    }
    if (tuple === "items" && v.additionalItems !== void 0 && !n.items) n.items = child2(current, "additionalItems");
    for (const k of CONSTRAINTS) {
      if (v[k] === void 0 || n.constraints[k] !== void 0) continue;
      if (n.constraints === NO_CONSTRAINTS) n.constraints = {};
      n.constraints[k] = v[k];
    }
    for (const k of ["oneOf", "anyOf"]) {
      const list2 = v[k];
      if (Array.isArray(list2) && !n.branches) {
        const branches = list2.map((_, i) => child2(current, k, String(i)));
        const nonNull = branches.filter((b) => !isNullSchema(ws.resolve(b).value));
        if (nonNull.length < branches.length) nullable(depth);
        if (nonNull.every((b) => isConstraintOnly(ws.resolve(b).value))) {
          const lists = nonNull.map((b) => requiredList(ws.resolve(b).value));
          if (lists.length > 0 && lists.every((l) => l !== null)) (n.requiredOneOf ??= []).push(lists);
          continue;
        }
        if (nonNull.length === 1) visit(ws.resolve(nonNull[0]), depth + 1, orNull || nonNull.length < branches.length);
        else if (nonNull.length > 1) n.branches = nonNull;
      }
    }
    if (Array.isArray(v.allOf)) {
      v.allOf.forEach((_, i) => visit(ws.resolve(child2(current, "allOf", String(i))), depth + 1, orNull));
    }
  };
  visit(node, 0);
  const repeated = again;
  const declared = properties;
  if (declared && repeated) {
    for (const [name, decls] of repeated) declared.set(name, { file: node.file, pointer: decls[0].pointer, value: { allOf: decls.map((d) => ({ $ref: refTo(node.file, d) })) } });
  }
  if (properties) n.properties = properties;
  if (required) n.required = required;
  n.nullable = outerNullable || memberNullable && !typedWithoutNull;
  n.any = anything && !n.never;
  return n;
}
var typeSets = /* @__PURE__ */ new Map();
function typeSet(types) {
  const key2 = types.join("\0");
  let set = typeSets.get(key2);
  if (!set) {
    set = new Set(types);
    if (typeSets.size < 1e4) typeSets.set(key2, set);
  }
  return set;
}
var NO_PROPERTIES = /* @__PURE__ */ new Map();
var NO_NAMES = /* @__PURE__ */ new Set();
var NO_NODES = [];
var NO_CONSTRAINTS = Object.freeze({});
var CONSTRAINTS = [...TIGHTER_IF_LOWER, ...TIGHTER_IF_HIGHER, "pattern", "multipleOf", "uniqueItems"];
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "$comment",
  "$id",
  "$schema",
  "$anchor",
  "externalDocs",
  "xml",
  "discriminator",
  "readOnly",
  "writeOnly",
  "$defs",
  "definitions"
]);
var UNCOMPARED_KEYWORDS = /* @__PURE__ */ new Set([
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "propertyNames",
  "patternProperties",
  "unevaluatedItems",
  "contains",
  "minContains",
  "maxContains",
  "additionalItems",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  "$vocabulary",
  "disallow",
  "extends",
  "divisibleBy"
]);
var CONSTRAINT_ONLY = /* @__PURE__ */ new Set(["required", "not", "description", "title", "minProperties", "maxProperties"]);
function requiredList(v) {
  if (!isObject(v) || !Array.isArray(v.required) || v.required.length === 0 || "not" in v) return null;
  return v.required.every((r) => typeof r === "string") ? v.required : null;
}
function requiredGroupsLoosened(nb, nh) {
  const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
  const out = [];
  for (const group of nb.requiredOneOf ?? []) {
    if ((nh.requiredOneOf ?? []).some((g) => g.every((list) => group.some((l) => same(l, list))))) continue;
    if (group.some((list) => list.every((x) => nh.required.has(x)))) continue;
    out.push([...new Set(group.flat())].filter((x) => !nh.required.has(x)));
  }
  return out;
}
function isConstraintOnly(v) {
  return isObject(v) && Object.keys(v).every((k) => CONSTRAINT_ONLY.has(k) || k.startsWith("x-"));
}
function isNullSchema(v) {
  return isObject(v) && (v.type === "null" || Array.isArray(v.enum) && v.enum.length === 1 && v.enum[0] === null);
}
function child2(node, ...segs) {
  return childNode(node, segs);
}

// src/contracts/roles.ts
import { posix as posix3 } from "node:path";
var CONFIG_WORD = /(^|[^a-z0-9])(config|configs|configuration|conf)([^a-z0-9]|$)/i;
var CONFIG_FOLDER = /^(config|configs|configuration|conf)$/i;
var CONFIG_TITLE = /\bconfig(uration)?\b/i;
var EVENT_WORDS = /\b(event|message|changed|updated|created|deleted)\b/i;
var CONFIG_FILE_PROSE = /\bconfig(uration)? file\b/i;
var SCHEMA_DECLARATION = /\$schema["']?\s*[:=]\s*["']?([^\s"',}]+)/g;
var YAML_FILE = /\.ya?ml$/i;
function configSchemaEvidence(path, value, side) {
  const parts = path.split("/");
  const name = parts[parts.length - 1].replace(/(\.schema)?\.(json|ya?ml)$/i, "");
  if (CONFIG_WORD.test(name)) return "its file name";
  if (parts.length > 1 && CONFIG_FOLDER.test(parts[parts.length - 2])) {
    return `its folder ${parts.slice(0, -1).join("/")}/`;
  }
  if (isObject(value)) {
    if (typeof value.title === "string" && CONFIG_TITLE.test(value.title) && !EVENT_WORDS.test(value.title)) return `its title "${value.title}"`;
    if (typeof value.description === "string" && CONFIG_FILE_PROSE.test(value.description.slice(0, 1e3))) return "its description";
  }
  const referrer = yamlDeclaring(path, side);
  return referrer ? `${referrer} declares it as its $schema` : null;
}
function yamlDeclaring(path, side) {
  const name = path.split("/").pop();
  const found = side.search(name);
  if (!found) return null;
  for (const file of found) {
    if (file === path || !YAML_FILE.test(file)) continue;
    const text = side.text(file);
    if (text === null) continue;
    for (const m of text.matchAll(SCHEMA_DECLARATION)) if (leadsTo(file, m[1], path)) return file;
  }
  return null;
}
function leadsTo(file, target, path) {
  const location = target.split("#")[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
    try {
      return `/${new URL(location).pathname.replace(/^\/+/, "")}`.endsWith(`/${path}`);
    } catch {
      return false;
    }
  }
  return posix3.normalize(posix3.join(posix3.dirname(file), location)) === path;
}

// src/contracts/twins.ts
var METHODS2 = /* @__PURE__ */ new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
var GENERATED = /(^|\/)(gen|generated|dist|build|out)\//i;
function findTwins(head, candidates) {
  const groups = /* @__PURE__ */ new Map();
  if (candidates.length < 2) return /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const doc = head.doc(c.path);
    if (!doc || doc.error || !isObject(doc.value)) continue;
    const v = doc.value;
    if (v.openapi === void 0 && v.swagger === void 0) continue;
    const signature = operations(head, { file: c.path, pointer: [], value: v });
    if (signature === null) continue;
    const version = Number.parseFloat(String(v.openapi ?? v.swagger)) || 0;
    const list = groups.get(signature);
    if (list) list.push({ ...c, version });
    else groups.set(signature, [{ ...c, version }]);
  }
  const twins = /* @__PURE__ */ new Map();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort(
      (a, b) => a.configOrder - b.configOrder || b.version - a.version || Number(GENERATED.test(a.path)) - Number(GENERATED.test(b.path)) || Number(/\.json$/i.test(a.path)) - Number(/\.json$/i.test(b.path)) || a.path.split("/").length - b.path.split("/").length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    );
    for (const other of list.slice(1)) twins.set(other.path, list[0].path);
  }
  return twins;
}
function operations(head, root) {
  const paths = isObject(root.value) ? root.value.paths : void 0;
  if (!isObject(paths)) return null;
  const ops = [];
  for (const p of Object.keys(paths)) {
    if (!p.startsWith("/")) continue;
    const item = head.resolve(childNode(root, ["paths", p])).value;
    if (!isObject(item)) continue;
    for (const m of Object.keys(item)) if (METHODS2.has(m)) ops.push(`${m} ${template(p)}`);
  }
  return ops.length ? ops.sort().join("\n") : null;
}
function twinObject(object) {
  return object.replace(/#\/components\/(schemas|parameters|responses|requestBodies|headers)\//g, "#/$1/").replace(/#\/definitions\//g, "#/schemas/");
}
function mergeTwins(findings, twins) {
  if (twins.size === 0) return findings;
  const primaries = new Set(twins.values());
  const onPrimary = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.twinKey !== void 0 && primaries.has(f.file)) onPrimary.set(`${f.file}\0${f.twinKey}`, f);
  const copies = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const primary = twins.get(f.file);
    const same = primary !== void 0 && f.twinKey !== void 0 ? onPrimary.get(`${primary}\0${f.twinKey}`) : void 0;
    if (!same) {
      out.push(f);
      continue;
    }
    const list = copies.get(same);
    if (list) {
      if (!list.includes(f.file)) list.push(f.file);
    } else copies.set(same, [f.file]);
  }
  for (const [f, files] of copies) {
    const names = files.sort().join(", ");
    f.message = `${f.message} The same change is in ${names}, ${files.length === 1 ? "a copy" : "copies"} of this API (reported once, here).`;
  }
  return out;
}

// src/contracts/analyse.ts
var SCHEMA_NAME = /\.schema\.(json|ya?ml)$/i;
var CONTRACT_NAME = /(?:\.schema\.(?:json|ya?ml)|(?:^|\/)[^/]*(?:openapi|swagger|asyncapi)[^/]*\.(?:json|ya?ml))$/i;
var IGNORE_KEY = "x-rollback-guard-ignore";
function contractKind(path, value) {
  if (isObject(value)) {
    if (value.openapi !== void 0 || value.swagger !== void 0) return "openapi";
    if (value.asyncapi !== void 0) return "asyncapi";
    if (typeof value.$schema === "string" && /json-schema\.org|draft/i.test(value.$schema)) return "schema";
  }
  if (SCHEMA_NAME.test(path)) return "schema";
  return null;
}
function mayBeContract(path, text) {
  if (SCHEMA_NAME.test(path)) return true;
  if (/\.json$/i.test(path)) return /"(openapi|swagger|asyncapi|\$schema)"\s*:/.test(text.slice(0, 4096)) || /"(openapi|swagger|asyncapi)"\s*:/.test(text);
  return /^["']?(openapi|swagger|asyncapi|\$schema)["']?\s*:/m.test(text);
}
function contractReadersWanted(input) {
  const { changes, config } = input;
  if (input.force?.contracts?.length) {
    const trees = [changes.headTree, changes.baseTree];
    return !input.force.contracts.every((c) => trees.every((tree) => selfContainedJsonOpenApi(c.path, tree.read(c.path))));
  }
  const configured = config.contracts?.map((c) => compileGlob(c.path));
  const looksLike = (path, tree) => {
    if (!DATA_FILE.test(path)) return false;
    if (configured?.some((isMatch) => isMatch(path))) return true;
    const text = tree.read(path);
    return text !== null && mayBeContract(path, text);
  };
  return changes.files.some(
    (f) => f.status !== "deleted" && looksLike(f.path, changes.headTree) || f.status !== "added" && looksLike(f.oldPath ?? f.path, changes.baseTree)
  );
}
function selfContainedJsonOpenApi(path, text) {
  if (text === null) return true;
  return isJsonPath(path, text) && /"(openapi|swagger)"\s*:/.test(text.slice(0, 4096)) && !/"\$ref"\s*:\s*"(?!#)/.test(text);
}
function namesContract(path, text) {
  if (SCHEMA_NAME.test(path)) return true;
  if (/^\s*\{/.test(text)) return /"(openapi|swagger|asyncapi)"\s*:/.test(text) || JSON_SCHEMA_DIALECT.test(text.slice(0, 4096));
  return /^["']?(openapi|swagger|asyncapi)["']?\s*:/m.test(text) || /^["']?\$schema["']?\s*:\s*["']?[^\s"']*(json-schema\.org|draft)/im.test(text);
}
var JSON_SCHEMA_DIALECT = /"\$schema"\s*:\s*"[^"]*(json-schema\.org|draft)/i;
function analyseContracts(input) {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const configured = config.contracts?.map((c) => ({ isMatch: compileGlob(c.path), role: c.role }));
  const forced = new Map((input.force?.contracts ?? []).map((c) => [c.path, c.role]));
  const base = new Workspace(changes.baseTree, { duplicateKeys: false });
  const head = new Workspace(changes.headTree);
  const skippedByChangeSet = new Set(changes.skipped.map((s) => s.file));
  const headTree = changes.headTree;
  const sides = {
    base,
    head,
    unreadableInHead: (path) => skippedByChangeSet.has(path) || headTree.unreadable?.(path) !== void 0
  };
  const findings = [];
  const suppressions = [];
  const files = /* @__PURE__ */ new Set();
  const candidates = [];
  const seen = /* @__PURE__ */ new Set();
  const configSchemas = /* @__PURE__ */ new Map();
  const configDefects = /* @__PURE__ */ new Map();
  const roleOf = (path, text, side) => {
    if (forced.has(path)) return forced.get(path) ?? "api";
    if (ignored(path) || !DATA_FILE.test(path)) return null;
    if (configured) return configured.find((c) => c.isMatch(path))?.role ?? null;
    if (text === null || !mayBeContract(path, text)) return null;
    const doc = side.doc(path);
    if (!doc) return null;
    if (doc.error) {
      const why = doc.recovered !== void 0 && contractKind(path, doc.recovered) === "schema" ? configSchemaEvidence(path, doc.recovered, side) : null;
      if (why === null) return namesContract(path, text) ? "api" : null;
      configSchemas.set(path, why);
      configDefects.set(path, `${doc.error.message} (line ${doc.error.line})`);
      return null;
    }
    const kind = contractKind(path, doc.value);
    if (kind === "schema") {
      const why = configSchemaEvidence(path, doc.value, side);
      if (why !== null) {
        configSchemas.set(path, why);
        return null;
      }
    }
    return kind ? "api" : null;
  };
  const defaultRole = (path, side) => {
    const f = forced.get(path);
    if (f) return f;
    if (!forced.has(path) && configured) return roleOf(path, "", side) ?? "api";
    const doc = side.doc(path);
    return doc && !doc.error && contractKind(path, doc.value) === "schema" ? "event" : "api";
  };
  const unreadableSides = (file, basePath) => {
    const named = (path) => forced.has(path) || !ignored(path) && DATA_FILE.test(path) && (configured ? configured.some((c) => c.isMatch(path)) : CONTRACT_NAME.test(path));
    const out = [];
    const headGone = file.status !== "deleted" && head.text(file.path) === null;
    const baseGone = file.status !== "added" && base.text(basePath) === null;
    if (headGone && (named(file.path) || !baseGone && file.status !== "added" && roleOf(basePath, base.text(basePath), base) !== null)) {
      out.push({ path: file.path, side: "head", file: file.path });
    }
    if (baseGone && (named(basePath) || !headGone && file.status !== "deleted" && roleOf(file.path, head.text(file.path), head) !== null)) {
      out.push({ path: basePath, side: "base", file: file.path });
    }
    return out;
  };
  const changedOther = [];
  const maybeFormer = [];
  const needed = [];
  for (const file of changes.files) {
    const basePath = file.oldPath ?? file.path;
    if (!forced.has(file.path) && !changesDataFile(file)) continue;
    for (const side of unreadableSides(file, basePath)) needed.push(side);
    if (file.status === "deleted") {
      const text2 = base.text(basePath);
      if (roleOf(basePath, text2, base)) {
        files.add(file.path);
        findings.push(finding("contract-removed", file.path, null, `${file.path} was deleted`, file.path));
      }
      changedOther.push(file.path);
      continue;
    }
    const text = head.text(file.path);
    if (roleOf(file.path, text, head)) {
      candidates.push({ path: file.path, basePath, role: defaultRole(file.path, head) });
      seen.add(file.path);
      continue;
    }
    if (!ignored(file.path) && DATA_FILE.test(file.path)) changedOther.push(file.path);
    if (basePath !== file.path && !ignored(basePath) && DATA_FILE.test(basePath)) changedOther.push(basePath);
    if (DATA_FILE.test(basePath) && !ignored(basePath)) maybeFormer.push(file);
  }
  if (maybeFormer.length) base.tree.prefetch?.(maybeFormer.map((f) => f.oldPath ?? f.path));
  for (const file of maybeFormer) {
    const basePath = file.oldPath ?? file.path;
    if (!roleOf(basePath, base.text(basePath), base)) continue;
    files.add(file.path);
    if (ignored(file.path)) {
      findings.push(finding("contract-removed", basePath, null, `${basePath} was moved to ${file.path}, which ignore-paths excludes from the check`, basePath));
      continue;
    }
    if (!DATA_FILE.test(file.path)) {
      findings.push(finding("contract-removed", basePath, null, `${basePath} was renamed to ${file.path}, which is not a contract file`, basePath));
      continue;
    }
    candidates.push({ path: file.path, basePath, role: defaultRole(basePath, base) });
    seen.add(file.path);
  }
  for (const [path] of forced) {
    if (!seen.has(path) && head.text(path) !== null) {
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }
  const unread = unreadableFindings(changes, needed);
  for (const f of unread.findings) {
    findings.push(f);
    files.add(f.file);
  }
  if (changedOther.length) {
    for (const path of referencingContracts(base, head, changedOther, ignored)) {
      if (seen.has(path)) continue;
      const text = head.text(path);
      if (!roleOf(path, text, head)) continue;
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }
  const differ = new SchemaDiffer(base, head);
  const changeList = [];
  for (const c of candidates) {
    files.add(c.path);
    try {
      analyseOne(c, sides, differ, changeList, findings);
    } catch (e) {
      if (e instanceof ReadersNotLoaded) throw e;
      findings.push(finding("invalid-contract", c.path, 1, `could not be analysed (${e.message})`, c.path));
    }
  }
  for (const change of differ.all()) changeList.push(change);
  const twins = findTwins(
    head,
    candidates.map((c) => {
      const order = configured ? configured.findIndex((e) => e.isMatch(c.path)) : -1;
      return { path: c.path, configOrder: order === -1 ? Infinity : order };
    })
  );
  for (const f of mergeTwins(toFindings(changeList, differ, criticalEndpoints(config)), twins)) {
    delete f.twinKey;
    findings.push(f);
  }
  const basePathOf = new Map(changes.files.filter((f) => f.oldPath).map((f) => [f.path, f.oldPath]));
  const changedPaths = new Set(changes.files.map((f) => f.path));
  for (const f of checkRefs(base, head, candidates.map((c) => c.path), (path) => basePathOf.get(path) ?? path)) {
    findings.push({ ...finding(f.rule, f.file, 0, f.detail, f.object), ...f.severity ? { severity: f.severity } : {}, pointer: f.pointer });
  }
  for (const doc of head.loaded()) {
    if (!doc.error && (seen.has(doc.path) || changedPaths.has(doc.path)) && doc.text.includes(IGNORE_KEY)) {
      const before = changedPaths.has(doc.path) ? base.doc(basePathOf.get(doc.path) ?? doc.path) : void 0;
      for (const sup of readSuppressions(doc, before === void 0 ? void 0 : before && !before.error ? before.value : null)) suppressions.push(sup);
    }
  }
  noticeUnreleasedRemovals(findings, changes, config);
  locateFindings(findings, head);
  const skipped = [...new Map([...head.unreadable, ...base.unreadable])].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([file, reason]) => ({ file, reason: `a contract refers to it ($ref), but it could not be read (${reason})` }));
  for (const [file, why] of [...configSchemas].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (seen.has(file) || files.has(file)) continue;
    const defect = configDefects.get(file);
    const by = defect === void 0 ? why : `${why}; it does not read as it is: ${defect}`;
    skipped.push({ file, reason: `a JSON Schema of the application's configuration file (by ${by}), not a contract unless \`contracts:\` in the configuration lists it` });
  }
  for (const s of unread.skipped) skipped.push(s);
  return { findings, suppressions, files: [...files].sort(), ...skipped.length ? { skipped } : {} };
}
function analyseOne(c, sides, differ, out, findings) {
  const { base, head } = sides;
  const headDoc = head.doc(c.path);
  if (!headDoc) {
    if (!sides.unreadableInHead(c.path)) findings.push(finding("invalid-contract", c.path, 1, "it could not be read", c.path));
    return;
  }
  const baseRoot = base.root(c.basePath);
  const baseKind = baseRoot ? contractKind(c.basePath, baseRoot.value) : null;
  let kind = headDoc.error ? null : contractKind(c.path, headDoc.value);
  if (baseKind && kind !== baseKind && (kind === null || baseKind !== "schema")) {
    if (headDoc.text.trim() === "" || !headDoc.error && emptied(headDoc.value, baseKind)) {
      findings.push(finding("contract-removed", c.path, 1, `${c.path} was emptied (${describeValue(headDoc)})`, c.path));
      return;
    }
    if (!headDoc.error && baseKind !== "schema") {
      const key2 = baseKind === "openapi" ? "`openapi` or `swagger` key" : "`asyncapi` key";
      const what = kind ? KIND_NAMES[kind] : isObject(headDoc.value) ? `a mapping without an ${key2}` : describeValue(headDoc);
      findings.push({
        ...finding("invalid-contract", c.path, 0, `it was ${KIND_NAMES[baseKind]} in base and is now ${what}`, c.path),
        pointer: []
      });
      return;
    }
    if (!headDoc.error) kind = "schema";
  }
  if (headDoc.error) {
    findings.push(finding("invalid-contract", c.path, headDoc.error.line, headDoc.error.message, c.path));
    return;
  }
  const problem = kind === "asyncapi" ? asyncApiProblem(headDoc.value) : structuralProblem(kind, headDoc.value) ?? (kind === "schema" ? metaSchemaProblem(headDoc.value, headDoc.text.length) : null);
  if (problem) {
    findings.push({ ...finding("invalid-contract", c.path, 0, problem.message, c.path), pointer: problem.pointer });
    return;
  }
  const baseDoc = base.doc(c.basePath);
  if (baseDoc?.error && baseDoc.text.trim() !== "") {
    const where = c.basePath === c.path ? "its base version" : `its base version ${c.basePath}`;
    findings.push(finding("invalid-contract", c.path, 1, `${where} does not parse (${baseDoc.error.message}, line ${baseDoc.error.line}), so what this change removes cannot be told`, c.path));
  }
  const headRoot = head.root(c.path);
  if (kind === "openapi") {
    for (const change of diffOpenApi(base, head, baseKind === "openapi" ? baseRoot : null, headRoot, differ)) out.push(change);
  } else if (kind === "asyncapi") {
    const readable = baseKind === "asyncapi" && asyncApiProblem(baseRoot.value) === null;
    for (const change of diffAsyncApi(base, head, readable ? baseRoot : null, headRoot, differ)) out.push(change);
  } else if (baseRoot && baseKind !== "openapi") {
    const flow = c.role === "event" ? "event" : "response";
    differ.diff(baseRoot, headRoot, flow, { context: "", endpoint: null });
  }
}
var KIND_NAMES = { openapi: "an OpenAPI document", asyncapi: "an AsyncAPI document", schema: "a JSON Schema" };
function emptied(value, baseKind) {
  if (value === void 0 || value === null) return true;
  if (baseKind === "schema") return false;
  return Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0;
}
function describeValue(doc) {
  const v = doc.value;
  if (doc.text.trim() === "" || v === void 0) return "an empty file";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length ? "a list" : "[]";
  if (isObject(v)) return Object.keys(v).length ? "a mapping" : "{}";
  return `a ${typeof v}`;
}
var MAX_LISTED_ENDPOINTS = 50;
var ENDPOINT_BUDGET = 1e6;
function toFindings(changeList, differ, isCritical) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  const groupOf = /* @__PURE__ */ new Map();
  const direct = /* @__PURE__ */ new Map();
  const ruleCache = /* @__PURE__ */ new Map();
  for (const change of changeList) {
    const ruleKey = `${change.kind} ${change.flow} ${change.parameter}`;
    let rule = ruleCache.get(ruleKey);
    if (rule === void 0) ruleCache.set(ruleKey, rule = contractRuleList.find((r) => r.matches(change)) ?? null);
    if (!rule) continue;
    const key2 = `${rule.meta.id}\0${change.at.file}\0${change.at.pointer.join("/")}\0${change.object}\0${change.detail}`;
    let group = byKey.get(key2);
    if (!group) {
      group = { rule, change, count: 0, first: [], critical: null, last: 0 };
      byKey.set(key2, group);
      groups.push(group);
    }
    groupOf.set(change, group);
    for (const endpoint of change.endpoints) {
      const list = direct.get(endpoint);
      if (list) list.push(group);
      else direct.set(endpoint, [group]);
    }
  }
  const endpoints = [.../* @__PURE__ */ new Set([...direct.keys(), ...differ.endpoints()])].sort();
  let budget = ENDPOINT_BUDGET;
  endpoints.forEach((endpoint, i) => {
    const count = (group) => {
      if (!group || group.last === i + 1) return;
      group.last = i + 1;
      group.count++;
      if (group.first.length < MAX_LISTED_ENDPOINTS) group.first.push(endpoint);
      else if (budget > 0) {
        budget--;
        group.first.push(endpoint);
      } else if (group.critical === null && isCritical(endpoint)) group.critical = endpoint;
    };
    for (const group of direct.get(endpoint) ?? []) count(group);
    differ.reached(endpoint, (change) => count(groupOf.get(change)));
  });
  return groups.map(({ rule, change, count, first, critical }) => ({
    rule: rule.meta.id,
    file: change.at.file,
    line: 0,
    // located below
    message: rule.message(count ? { ...change, endpoints: new Set(first), endpointCount: count } : change),
    object: change.object,
    direction: rule.direction,
    endpoints: critical ? [...first, critical] : first,
    ...change.severity ? { severity: change.severity } : {},
    ...eventProperty(change) ? { code: { kind: "property", name: change.name, removes: false } } : {},
    pointer: change.at.pointer,
    twinKey: `${rule.meta.id}\0${twinObject(change.object)}\0${change.detail}`
  }));
}
function eventProperty(change) {
  return change.flow === "event" && change.name !== void 0 && ["property-removed", "property-became-required", "required-property-added"].includes(change.kind);
}
function structuralProblem(kind, value) {
  if (kind === "openapi") {
    if (!isObject(value)) return { message: "the top level is not a mapping", pointer: [] };
    const version = String(value.openapi ?? value.swagger);
    if (!/^(2\.0|3\.[01])(\.\d+)?/.test(version)) return { message: `unknown OpenAPI version "${version}"`, pointer: [value.openapi !== void 0 ? "openapi" : "swagger"] };
    if (value.paths !== void 0 && !isObject(value.paths)) return { message: "`paths` is not a mapping", pointer: ["paths"] };
    if (value.paths === void 0 && version.startsWith("2")) return { message: "a Swagger 2.0 document needs `paths`", pointer: [] };
    if (isObject(value.paths)) {
      for (const [p, item] of Object.entries(value.paths)) {
        if (!p.startsWith("/") && !p.startsWith("x-")) return { message: `path "${p}" does not start with /`, pointer: ["paths", p] };
        if (!isObject(item) && p.startsWith("/")) return { message: `path item "${p}" is not a mapping`, pointer: ["paths", p] };
      }
    }
    return null;
  }
  if (value !== true && value !== false && !isObject(value)) return { message: "a JSON Schema must be an object or a boolean", pointer: [] };
  return null;
}
function finding(rule, file, line, detail, object) {
  const r = contractRule(rule);
  const change = { detail, endpoints: NO_ENDPOINTS };
  return { rule, file, line, message: r.message(change), object, direction: r.direction };
}
function refNameNeedle(name) {
  const runs = name.match(/[A-Za-z0-9._~-]+/g) ?? [];
  return runs.reduce((a, b) => b.length > a.length ? b : a, "") || name;
}
function referencingContracts(base, head, changed, ignored) {
  const tree = head.tree;
  const reached = new Set(changed);
  const out = [];
  let everyDataFile = null;
  let frontier = changed;
  for (let round = 0; frontier.length; round++) {
    const inFrontier = new Set(frontier);
    tree.prefetch?.(frontier);
    if (round === 0) base.tree.prefetch?.(frontier);
    const ids = new Set(frontier.flatMap((p) => [...declaredIds(head.text(p)), ...round === 0 ? declaredIds(base.text(p)) : []]));
    const names = [.../* @__PURE__ */ new Set([...frontier.map((p) => refNameNeedle(p.split("/").pop())), ...[...ids].map(idNeedle)])];
    let candidates;
    if (tree.filesContaining) {
      const found = /* @__PURE__ */ new Set();
      for (const path of head.searchAny(names) ?? []) found.add(path);
      candidates = [...found].filter((p) => !reached.has(p) && !ignored(p));
    } else {
      everyDataFile ??= tree.list().filter((p) => DATA_FILE.test(p) && !ignored(p));
      candidates = everyDataFile.filter((p) => !reached.has(p));
    }
    tree.prefetch?.(candidates);
    const next = [];
    const reach = (path) => {
      reached.add(path);
      next.push(path);
      out.push(path);
    };
    const frontierNamed = /* @__PURE__ */ new Map();
    for (const p of frontier) {
      const name = p.split("/").pop();
      frontierNamed.set(name, [...frontierNamed.get(name) ?? [], p]);
    }
    const linkSuspects = /* @__PURE__ */ new Map();
    for (const path of candidates) {
      const text = head.text(path);
      if (text === null || !names.some((n) => text.includes(n))) continue;
      const doc = head.doc(path);
      if (!doc || doc.error) continue;
      const suspects = [];
      const refers = refUses(doc).some(({ ref }) => {
        const location = ref.split("#")[0];
        if (location !== "" && (ids.has(location) || ids.has(absoluteRef(doc.value, location) ?? ""))) return true;
        const target = refTarget(path, ref);
        if (target.kind !== "local") return false;
        if (inFrontier.has(target.file)) return true;
        if (frontierNamed.has(target.file.split("/").pop())) suspects.push(target.file);
        return false;
      });
      if (refers) reach(path);
      else if (suspects.length) linkSuspects.set(path, suspects);
    }
    if (linkSuspects.size) {
      tree.prefetch?.([...new Set([...linkSuspects.values()].flat())]);
      for (const [path, suspects] of linkSuspects) {
        const linked = suspects.some((file) => {
          const text = head.text(file);
          return text !== null && frontierNamed.get(file.split("/").pop()).some((f) => head.text(f) === text);
        });
        if (linked) reach(path);
      }
    }
    frontier = next;
  }
  return out.sort();
}
function readSuppressions(doc, before) {
  const found = [];
  walk(
    doc.value,
    (v, at) => {
      if (isObject(v) && IGNORE_KEY in v) {
        const raw = v[IGNORE_KEY];
        found.push({ pointer: at(), entries: Array.isArray(raw) ? raw : [raw] });
      }
    },
    { shared: doc.format !== "json" }
  );
  if (!found.length) return [];
  const spans = doc.locate(found.flatMap((f) => [f.pointer, [...f.pointer, IGNORE_KEY]]));
  const out = [];
  found.forEach((f, i) => {
    const scope = spans[2 * i];
    const keyLine = spans[2 * i + 1].line;
    const inBase = before === void 0 ? null : baseIgnoreEntries(before, f.pointer);
    for (const entry of f.entries) {
      if (typeof entry !== "string") continue;
      const { rules, reason } = parseSuppressionBody(entry);
      const at = inBase ? inBase.indexOf(entry.trim()) : -1;
      if (inBase && at >= 0) inBase.splice(at, 1);
      out.push({ file: doc.path, line: keyLine, rules, reason, scope: { startLine: scope.line, endLine: scope.endLine }, ...inBase ? { added: at < 0 } : {} });
    }
  });
  return out;
}
function baseIgnoreEntries(before, pointer) {
  const node = getAt(before, pointer);
  if (!isObject(node) || !(IGNORE_KEY in node)) return [];
  const raw = node[IGNORE_KEY];
  return (Array.isArray(raw) ? raw : [raw]).filter((e) => typeof e === "string").map((e) => e.trim());
}
function locateFindings(findings, head) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const p = f.pointer;
    if (!p) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, list] of byFile) {
    const doc = head.doc(file);
    const spans = doc ? doc.locate(list.map((f) => f.pointer)) : [];
    list.forEach((f, i) => {
      f.line = spans[i]?.line ?? 1;
      delete f.pointer;
    });
  }
}
export {
  ENDPOINT_BUDGET,
  MAX_LISTED_ENDPOINTS,
  analyseContracts,
  contractKind,
  contractReadersWanted
};
