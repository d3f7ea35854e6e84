/**
 * `$ref` resolution inside one side (base or head) of the repository.
 *
 * Every node keeps its (file, pointer), so a finding can point at the definition it is about,
 * in whichever file that lives. Documents are read through the snapshot only: never the
 * filesystem, never the network. A reference to a URL, or to a path that leaves the repository,
 * is not followed: it is reported (`external-ref`) and compared by its text.
 */
import { posix } from 'node:path';
import { DATA_FILE } from '../changes/file-kinds.js';
import { MAX_FILE_BYTES, type Needles, type Snapshot } from '../changes/types.js';
import { loadDocument, pointerString, type LoadedDocument, type LoadOptions, type Pointer } from './load.js';

/**
 * A snapshot with the optional look-ups of the change set (used when present): why a path that
 * exists reads as null, and which data files contain a text (git grep in a commit).
 */
export interface SearchableSnapshot extends Snapshot {
  unreadable?(path: string): string | undefined;
  filesContaining?(needle: Needles): string[];
}

/** Why a `$ref` leads nowhere readable (null from `Workspace.lookup`: it leads somewhere). */
export type RefProblem =
  /** A URL, a path outside the repository, or a symbolic link that leaves it: never read. */
  | { kind: 'external'; reason: string }
  | { kind: 'missing-file'; file: string }
  /** The file is there but could not be read (binary, over the size limit, a dangling link). */
  | { kind: 'unreadable'; file: string; reason: string }
  | { kind: 'invalid-file'; file: string; line: number; message: string }
  | { kind: 'missing-target'; file: string; fragment: string };

interface Target {
  file: string;
  pointer: Pointer;
  value: unknown;
  /** The `$ref` text that led here (set by `lookup`). */
  via?: string;
}

export interface Node {
  file: string;
  pointer: Pointer;
  value: unknown;
  /** The `$ref` text this node was reached through, when it could not be followed. */
  unresolved?: string;
  /** The last `$ref` text followed to reach this node (pairs oneOf branches by name). */
  via?: string;
}

const MAX_REF_CHAIN = 64;
const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
/** JSON and YAML files: where contracts and the files they `$ref` live. */
export { DATA_FILE };
/** A URI with a scheme (`https:`, `urn:`): never a path inside the repository. */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;
/** `file:` and `file://` before a path. */
const FILE_URL = /^file:(\/\/)?/i;

/**
 * A node below another: its pointer is built only when asked for (a finding), not for each of
 * the million nodes a big spec's comparison walks through.
 */
class ChildNode implements Node {
  private built: Pointer | null = null;
  constructor(
    private readonly parent: Node,
    private readonly segs: readonly string[],
    readonly value: unknown,
  ) {}
  get file(): string {
    return this.parent.file;
  }
  get pointer(): Pointer {
    return (this.built ??= [...this.parent.pointer, ...this.segs]);
  }
}

/** The node at `segs` below `node` (its value looked up now, its pointer on demand). */
export function childNode(node: Node, segs: readonly string[]): Node {
  let value = node.value;
  for (const s of segs) value = getAt(value, [s]);
  return new ChildNode(node, segs, value);
}

function unresolvedAt(node: Node, ref: string): Node {
  return { file: node.file, pointer: node.pointer, value: undefined, unresolved: ref };
}

export type RefTarget =
  | { kind: 'local'; file: string; fragment: string }
  | { kind: 'external'; reason: string };

/** At most this many files a workspace reads ahead of the comparison (`prefetchRefs`); past it, files are read when asked. */
const MAX_PREFETCHED = 10_000;

/**
 * The `$ref` values written in a JSON or YAML text, by a text search (quoted or plain; a `$ref`
 * inside a comment or a longer string is found too, and is only read ahead). Those that point into
 * the same file (`#...`) are left out.
 */
const REF_IN_TEXT = /\$ref["']?[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'#,{}[\]][^\s,{}[\]]*))/g;

export function* refsInText(text: string): Generator<string> {
  if (!text.includes('$ref')) return;
  for (const m of text.matchAll(REF_IN_TEXT)) {
    const ref = m[1] ?? m[2] ?? m[3];
    if (ref !== undefined && ref !== '' && !ref.startsWith('#')) yield ref;
  }
}

/** Where a `$ref` written in `file` points; `external` for URLs and paths outside the repository. */
export function refTarget(file: string, ref: string): RefTarget {
  const hash = ref.indexOf('#');
  let location = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  if (location === '') return { kind: 'local', file, fragment };
  const fileUrl = FILE_URL.exec(location);
  if (fileUrl) {
    // `file://common.schema.json` (what Python's and Go's resolvers accept as a file beside the
    // referring one) is a relative path; `file:///abs`, `file://localhost/abs`, `file://C:/x` are not
    location = location.slice(fileUrl[0].length);
    if (location === '' || location.startsWith('/') || /^localhost\//i.test(location) || /^[a-z]:/i.test(location)) {
      return { kind: 'external', reason: 'an absolute file URL, outside the repository' };
    }
  } else if (ABSOLUTE_URI.test(location) || location.startsWith('//')) {
    return { kind: 'external', reason: 'a URL' };
  }
  let decoded = location;
  try {
    decoded = decodeURIComponent(location);
  } catch {
    // keep the raw text
  }
  if (decoded.startsWith('/') || decoded.includes('\\')) return { kind: 'external', reason: 'a path outside the repository' };
  const joined = posix.normalize(posix.join(posix.dirname(file), decoded));
  if (joined === '..' || joined.startsWith('../')) return { kind: 'external', reason: 'a path outside the repository' };
  return { kind: 'local', file: joined, fragment };
}

export function parseFragment(fragment: string): Pointer | null {
  if (fragment === '' || fragment === '/') return fragment === '' ? [] : [''];
  if (!fragment.startsWith('/')) return null;
  return fragment
    .slice(1)
    .split('/')
    .map((s) => {
      let d = s;
      try {
        d = decodeURIComponent(s);
      } catch {
        // keep raw
      }
      return d.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

export function getAt(value: unknown, pointer: Pointer): unknown {
  let v = value;
  for (const seg of pointer) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      if (!/^\d+$/.test(seg)) return undefined;
      v = v[Number(seg)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
      v = (v as Record<string, unknown>)[seg];
    }
  }
  return v;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** One side of the repository: documents loaded once, `$ref`s followed on demand. */
export class Workspace {
  private docs = new Map<string, LoadedDocument | null>();
  private texts = new Map<string, string | null>();
  private anchors = new Map<string, Map<string, Pointer>>();
  /** Files a `$ref` leads to that exist on this side but could not be read, with why. */
  readonly unreadable = new Map<string, string>();
  private listed: Set<string> | null = null;

  /**
   * Why `path`, which read as null, could not be read; undefined when it is absent. The snapshot
   * says so when it can; otherwise the listing of the side tells absent from unreadable.
   */
  whyUnreadable(path: string): string | undefined {
    if (this.tree.unreadable) return this.tree.unreadable(path);
    this.listed ??= new Set(this.tree.list());
    return this.listed.has(path) ? `over ${MAX_FILE_MB} MB or binary` : undefined;
  }

  /** Absolute `$id`s found so far: the data files that declare each (a text search, then confirmed). */
  private idFiles = new Map<string, string[]>();
  /** The whole side scanned for `$id`s (only when the snapshot cannot search its files). */
  private idsScanned = false;
  /** Per file, per `$ref` text: where it leads, or why it does not. */
  private targets = new Map<string, Map<string, Target | RefProblem>>();

  constructor(
    readonly tree: SearchableSnapshot,
    private readonly options: LoadOptions = {},
  ) {}

  doc(path: string): LoadedDocument | null {
    if (this.docs.has(path)) return this.docs.get(path) ?? null;
    const text = this.text(path);
    if (text !== null) this.prefetchRefs(path, text);
    const doc = text === null ? null : loadDocument(path, text, this.options);
    this.docs.set(path, doc);
    return doc;
  }

  /** Files whose `$ref`s were read ahead (`prefetchRefs`), and the files those lead to. */
  private scanned = new Set<string>();

  /**
   * The files `path`'s `$ref`s name, and the files theirs name in turn, read a level of the graph
   * at a time before the comparison asks for them one by one (`Snapshot.prefetch`: one batch read
   * per level; a spec split over 65 files cost 195 git processes and 3 s, issue 18). Found by a
   * text search (`refsInText`): a reference it misses is read when asked, as before; one that leads
   * nowhere or is never followed is one more line of a batch. Nothing is parsed here, and what is
   * read is what `text` would read: the results do not change, only when the reads happen.
   */
  private prefetchRefs(path: string, text: string): void {
    if (!this.tree.prefetch || this.scanned.has(path)) return;
    this.scanned.add(path);
    let level: [string, string][] = [[path, text]];
    while (level.length > 0 && this.scanned.size < MAX_PREFETCHED) {
      const next: string[] = [];
      for (const [file, body] of level) {
        for (const ref of refsInText(body)) {
          const target = refTarget(file, ref);
          // YAML and JSON only: the PR's own such files are read (and any skip noted) with its first read
          // anyway, so reading ahead adds no note to the report; a `$ref` to another kind of file is read when asked.
          if (target.kind !== 'local' || !DATA_FILE.test(target.file) || this.scanned.has(target.file) || this.texts.has(target.file)) continue;
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
  text(path: string): string | null {
    if (!this.texts.has(path)) this.texts.set(path, this.tree.read(path));
    return this.texts.get(path) ?? null;
  }

  /** Documents loaded so far (the contract and every file its `$ref`s reached). */
  loaded(): LoadedDocument[] {
    return [...this.docs.values()].filter((d): d is LoadedDocument => d !== null);
  }

  root(path: string): Node | null {
    const doc = this.doc(path);
    if (!doc || doc.error) return null;
    return { file: path, pointer: [], value: doc.value };
  }

  child(node: Node, ...segs: string[]): Node {
    return childNode(node, segs);
  }

  /** Follows `$ref` chains (cycle-safe); a node without `$ref` is returned as it is. */
  resolve(node: Node): Node {
    let current = node;
    // The same object reached again is a cycle (one object per place, and a YAML alias that
    // repeats it loops the same way); comparing objects builds no pointer string per `$ref`.
    // The first `$ref` is remembered without a set: most chains are one reference long.
    let first: object | null = null;
    let seen: Set<object> | null = null; // from the second `$ref` of a chain on
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value;
      if (!isObject(v) || typeof v.$ref !== 'string') return current;
      const ref = v.$ref;
      if (first === null) first = v;
      else {
        if (v === first || seen?.has(v)) return unresolvedAt(current, ref);
        (seen ??= new Set()).add(v);
      }
      const found = this.lookup(current.file, ref);
      if ('kind' in found) return unresolvedAt(current, ref);
      current = found; // a node of its own, naming the reference (`via`), one per file and text
    }
    return unresolvedAt(current, String((current.value as { $ref?: unknown }).$ref));
  }

  /**
   * Where `ref`, written in `file`, leads (one step: the target may be a `$ref` itself), or why it
   * leads nowhere readable; the same text is looked up once per file.
   */
  lookup(file: string, ref: string): Target | RefProblem {
    let byRef = this.targets.get(file);
    if (!byRef) this.targets.set(file, (byRef = new Map()));
    let out = byRef.get(ref);
    if (!out) {
      out = this.find(file, ref);
      if (!('kind' in out)) out = { file: out.file, pointer: out.pointer, value: out.value, via: ref };
      byRef.set(ref, out);
    }
    return out;
  }

  private find(file: string, ref: string): Target | RefProblem {
    let target = refTarget(file, ref);
    if (target.kind === 'external') {
      // a schema bundled in this file, or declared by another file of this side, under that `$id`
      const embedded = this.embedded(file, ref);
      if (!embedded) return target;
      target = embedded;
    }
    const doc = this.doc(target.file);
    if (doc === null) {
      const reason = this.whyUnreadable(target.file);
      if (reason === undefined) {
        // JSON Schema resolves a relative reference against the schema's `$id`, not its file:
        // `$ref: address.json` in `$id: https://x/s/order.json` is `https://x/s/address.json`,
        // which another file may declare
        const byId = this.againstId(file, ref);
        return byId ? this.find(file, byId) : { kind: 'missing-file', file: target.file };
      }
      // The file is there but could not be read: say so, never compare it as if empty.
      this.unreadable.set(target.file, reason);
      if (/outside the repository/i.test(reason)) return { kind: 'external', reason: `${target.file} is ${reason}` };
      return { kind: 'unreadable', file: target.file, reason };
    }
    if (doc.error) return { kind: 'invalid-file', file: target.file, line: doc.error.line, message: doc.error.message };
    const pointer = parseFragment(target.fragment) ?? this.anchor(target.file, target.fragment);
    const value = pointer === null ? undefined : getAt(doc.value, pointer);
    if (pointer === null || value === undefined) return { kind: 'missing-target', file: target.file, fragment: target.fragment };
    return { file: target.file, pointer, value };
  }

  /** `ref` (relative) made absolute against the `$id` of `file`'s root, when that leads to a declared schema. */
  private againstId(file: string, ref: string): string | null {
    const absolute = absoluteRef(this.doc(file)?.value, ref);
    return absolute && this.embedded(file, absolute) ? absolute : null;
  }

  /**
   * `https://example.com/address.json#/x` when this file embeds a schema with that `$id` (JSON
   * Schema bundles, OpenAPI 3.1), or when another data file of the repository declares it (schemas
   * split across files and tied by their `$id`s): the fragment then applies inside that schema.
   * Nothing is fetched; a URL no repository file declares stays external.
   */
  embedded(file: string, ref: string): { kind: 'local'; file: string; fragment: string } | null {
    const hash = ref.indexOf('#');
    const location = hash === -1 ? ref : ref.slice(0, hash);
    const here = this.anchor(file, `\u0000id:${location}`);
    const at = here !== null ? { file, pointer: here } : this.declaredElsewhere(location);
    if (at === null) return null;
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    const inner = parseFragment(fragment);
    if (inner === null) return null;
    return { kind: 'local', file: at.file, fragment: pointerString([...at.pointer, ...inner]).slice(1) };
  }

  /** The data file (and place in it) that declares `$id: location`, an absolute URI; null if none. */
  private declaredElsewhere(location: string): { file: string; pointer: Pointer } | null {
    if (!ABSOLUTE_URI.test(location)) return null;
    for (const path of this.filesDeclaring(location)) {
      const pointer = this.anchor(path, `\u0000id:${location}`); // the text search's answer, checked on the parsed document
      if (pointer !== null) return { file: path, pointer };
    }
    return null;
  }

  private searches = new Map<string, string[]>();

  /** The data files of this side whose text contains `needle` (each needle searched once); null when the snapshot cannot search. */
  search(needle: string): string[] | null {
    if (!this.tree.filesContaining) return null;
    let found = this.searches.get(needle);
    if (!found) this.searches.set(needle, (found = this.tree.filesContaining(needle).filter((p) => DATA_FILE.test(p))));
    return found;
  }

  /**
   * The data files of this side whose text contains any of `needles`: those searched before from
   * the cache, the others in one search (its union is not cached: it does not say which needle
   * each file holds); null when the snapshot cannot search.
   */
  searchAny(needles: readonly string[]): string[] | null {
    if (!this.tree.filesContaining) return null;
    const fresh = needles.filter((n) => !this.searches.has(n));
    if (fresh.length <= 1) return [...new Set(needles.flatMap((n) => this.search(n) ?? []))];
    const hits = this.tree.filesContaining(fresh).filter((p) => DATA_FILE.test(p));
    // Each needle's own answer, from the texts of the files found (read in one batch; the caller
    // reads them next anyway), so that a later search of one of them spawns nothing; only for a
    // few needles over a few files, so that this stays linear in what was found.
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
  filesDeclaring(location: string): string[] {
    const known = this.idFiles.get(location);
    if (known) return known;
    let found: string[] = [];
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
  private anchor(file: string, name: string): Pointer | null {
    let map = this.anchors.get(file);
    if (!map) {
      map = new Map();
      const doc = this.doc(file);
      walk(
        doc?.value,
        (value, at) => {
          if (!isObject(value)) return;
          if (typeof value.$anchor === 'string' && !map!.has(value.$anchor)) map!.set(value.$anchor, at());
          if (typeof value.$id === 'string' && value.$id.startsWith('#')) map!.set(value.$id.slice(1), at());
          else if (typeof value.$id === 'string') map!.set(`\u0000id:${value.$id.split('#')[0]}`, at());
        },
        { shared: doc?.format !== 'json' },
      );
      this.anchors.set(file, map);
    }
    return map.get(name) ?? null;
  }
}

/**
 * A relative `$ref` made absolute against the absolute `$id` of the document's root (how JSON
 * Schema resolves it); null when the root declares none or the reference is absolute or local.
 */
export function absoluteRef(root: unknown, ref: string): string | null {
  const id = isObject(root) && typeof root.$id === 'string' ? root.$id : null;
  if (!id || !ABSOLUTE_URI.test(id) || ABSOLUTE_URI.test(ref) || ref.startsWith('#')) return null;
  try {
    return new URL(ref, id).href;
  } catch {
    return null;
  }
}

/** Absolute URIs a JSON or YAML text declares as `$id` (without fragments), by a text scan. */
export function declaredIds(text: string | null): string[] {
  if (text === null || !text.includes('$id')) return [];
  return [...text.matchAll(/["']?\$id["']?\s*:\s*["']?([a-z][a-z0-9+.-]*:[^"'#\s]+)/gi)].map((m) => m[1]);
}

/**
 * What to search the files' texts for to find those that declare or refer to the URI `location`:
 * its last path segment (`address.json` of `https://example.com/schemas/address.json`), which a
 * JSON `\/` escape of the slashes before it does not hide; the whole URI when it has none.
 */
export function idNeedle(location: string): string {
  const last = location.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return last.length >= 3 ? last : location;
}

/** Keys whose values are data, never schemas or references: a `$ref` inside them is literal text. */
const LITERAL_KEYS = new Set(['example', 'default', 'enum', 'const']);
/** Keywords whose value maps names to things: a key below them is a name, never a keyword. */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'parameters', 'responses',
  'headers', 'examples', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'content',
  'encoding', 'webhooks', 'variables',
]);

/** True when the value under `key` (of the object at `path`) is data: `example`, `default`, ... */
function literal(path: string[], key: string, value: unknown): boolean {
  const parentKey = path[path.length - 1];
  if (parentKey !== undefined && NAME_MAPS.has(parentKey)) return false; // `properties: {default: ...}`
  if (LITERAL_KEYS.has(key)) return true;
  // JSON Schema `examples` is a list of values; OpenAPI's Example Object keeps its value in `value`
  if (key === 'examples' && Array.isArray(value)) return true;
  return key === 'value' && path[path.length - 2] === 'examples';
}

interface Frame {
  value: object;
  keys: string[] | null;
  i: number;
}

/**
 * Visits every object and array of a value once (shared nodes once; scalars are not visited: no
 * caller looks at them, and they are most of a document's nodes), iteratively, depth first in
 * document order. `at()` gives the pointer of the node being visited (built only when called). With
 * `skipLiterals`, the values of `example`, `default`, `enum`, `const` (data, not schemas) are
 * not entered. `shared: false` (a JSON document: no aliases, no cycles) keeps no set of the nodes seen.
 */
export function walk(
  root: unknown,
  visit: (value: unknown, at: () => Pointer) => void,
  options: { skipLiterals?: boolean; shared?: boolean } = {},
): void {
  const seen = options.shared === false ? null : new Set<object>();
  const path: string[] = [];
  const at = (): Pointer => path.slice();
  const stack: Frame[] = [];
  const enter = (value: unknown): void => {
    visit(value, at);
    if (value === null || typeof value !== 'object') return;
    if (seen) {
      if (seen.has(value)) return;
      seen.add(value);
    }
    stack.push({ value, keys: Array.isArray(value) ? null : Object.keys(value), i: 0 });
  };
  enter(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const n = top.keys ? top.keys.length : (top.value as unknown[]).length;
    if (top.i >= n) {
      stack.pop();
      path.pop();
      continue;
    }
    const i = top.i++;
    const child = top.keys ? (top.value as Record<string, unknown>)[top.keys[i]] : (top.value as unknown[])[i];
    if (child === null || typeof child !== 'object') continue; // scalars are not visited
    const key = top.keys ? top.keys[i] : String(i);
    if (options.skipLiterals && top.keys && literal(path, key, child)) continue;
    path.push(key);
    const depth = stack.length;
    enter(child);
    if (stack.length === depth) path.pop(); // a leaf (or a node seen before): nothing to pop later
  }
}

/** One `$ref` text of a document: where it first appears and how many times. */
export interface RefUse {
  ref: string;
  /** Pointer of the first `$ref` key with this text. */
  pointer: Pointer;
  count: number;
}

/** The distinct `$ref` texts of a loaded document (literal values skipped), in document order. */
export function refUses(doc: LoadedDocument): RefUse[] {
  if (doc.error || !doc.text.includes('$ref')) return [];
  const uses = new Map<string, RefUse>();
  walk(
    doc.value,
    (v, at) => {
      if (!isObject(v) || typeof v.$ref !== 'string') return;
      const use = uses.get(v.$ref);
      if (use) use.count++;
      else uses.set(v.$ref, { ref: v.$ref, pointer: [...at(), '$ref'], count: 1 });
    },
    { skipLiterals: true, shared: doc.format !== 'json' },
  );
  return [...uses.values()];
}
