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
import type { Snapshot } from '../changes/types.js';
import { loadDocument, pointerString, type LoadedDocument, type LoadOptions, type Pointer } from './load.js';

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
/** JSON and YAML files: where contracts and the files they `$ref` live. */
export { DATA_FILE };
/** A URI with a scheme (`https:`, `urn:`): never a path inside the repository. */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;

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

/** Where a `$ref` written in `file` points; `external` for URLs and paths outside the repository. */
export function refTarget(file: string, ref: string): RefTarget {
  const hash = ref.indexOf('#');
  const location = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  if (location === '') return { kind: 'local', file, fragment };
  if (ABSOLUTE_URI.test(location) || location.startsWith('//')) {
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
  /** Files a `$ref` leads to that exist on this side but could not be read. */
  readonly unreadable = new Set<string>();
  private listed: Set<string> | null = null;

  private exists(path: string): boolean {
    this.listed ??= new Set(this.tree.list());
    return this.listed.has(path);
  }

  /** Absolute `$id`s the data files of this side declare (by a text scan), and in which files. */
  private idFiles: Map<string, string[]> | null = null;
  /** Per file, per `$ref` text: where it leads. */
  private targets = new Map<string, Map<string, { file: string; pointer: Pointer; value: unknown } | null>>();

  constructor(
    readonly tree: Snapshot,
    private readonly options: LoadOptions = {},
  ) {}

  doc(path: string): LoadedDocument | null {
    if (this.docs.has(path)) return this.docs.get(path) ?? null;
    const text = this.text(path);
    const doc = text === null ? null : loadDocument(path, text, this.options);
    this.docs.set(path, doc);
    return doc;
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
    const seen = new Set<object>();
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value;
      if (!isObject(v) || typeof v.$ref !== 'string') return current;
      const ref = v.$ref;
      if (seen.has(v)) return unresolvedAt(current, ref);
      seen.add(v);
      const found = this.target(current.file, ref);
      if (!found) return unresolvedAt(current, ref);
      current = { ...found, via: ref };
    }
    return unresolvedAt(current, String((current.value as { $ref?: unknown }).$ref));
  }

  /** Where `ref`, written in `file`, leads (null: nowhere readable); the same text is looked up once. */
  private target(file: string, ref: string): { file: string; pointer: Pointer; value: unknown } | null {
    let byRef = this.targets.get(file);
    if (!byRef) this.targets.set(file, (byRef = new Map()));
    if (byRef.has(ref)) return byRef.get(ref) ?? null;
    let found: { file: string; pointer: Pointer; value: unknown } | null = null;
    let target: RefTarget | null = refTarget(file, ref);
    // a schema bundled in this file under that `$id` is not external
    if (target.kind === 'external') target = this.embedded(file, ref);
    const doc = target ? this.doc(target.file) : null;
    // The file is there but could not be read (over the size limit, binary): say so, not only
    // compare the reference by its text.
    if (target && doc === null && this.exists(target.file)) this.unreadable.add(target.file);
    if (target && doc && !doc.error) {
      const pointer = parseFragment(target.fragment) ?? this.anchor(target.file, target.fragment);
      const value = pointer === null ? undefined : getAt(doc.value, pointer);
      if (pointer !== null && value !== undefined) found = { file: target.file, pointer, value };
    }
    byRef.set(ref, found);
    return found;
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
    if (!this.idFiles) {
      // One pass over the data files' texts, the first time a URL is met: which declare which `$id`s.
      this.idFiles = new Map();
      const candidates = this.tree.list().filter((p) => DATA_FILE.test(p));
      this.tree.prefetch?.(candidates);
      for (const path of candidates) {
        for (const id of declaredIds(this.text(path))) this.idFiles.set(id, [...(this.idFiles.get(id) ?? []), path]);
      }
    }
    for (const path of this.idFiles.get(location) ?? []) {
      const pointer = this.anchor(path, `\u0000id:${location}`); // the text scan's answer, checked on the parsed document
      if (pointer !== null) return { file: path, pointer };
    }
    return null;
  }

  /** OpenAPI 3.1 / JSON Schema `$anchor` (and plain-name `$id`) lookup, built once per file. */
  private anchor(file: string, name: string): Pointer | null {
    let map = this.anchors.get(file);
    if (!map) {
      map = new Map();
      const doc = this.doc(file);
      walk(doc?.value, (value, pointer) => {
        if (!isObject(value)) return;
        if (typeof value.$anchor === 'string' && !map!.has(value.$anchor)) map!.set(value.$anchor, pointer);
        if (typeof value.$id === 'string' && value.$id.startsWith('#')) map!.set(value.$id.slice(1), pointer);
        else if (typeof value.$id === 'string') map!.set(`\u0000id:${value.$id.split('#')[0]}`, pointer);
      });
      this.anchors.set(file, map);
    }
    return map.get(name) ?? null;
  }
}

/** Absolute URIs a JSON or YAML text declares as `$id` (without fragments), by a text scan. */
export function declaredIds(text: string | null): string[] {
  if (text === null || !text.includes('$id')) return [];
  return [...text.matchAll(/["']?\$id["']?\s*:\s*["']?([a-z][a-z0-9+.-]*:[^"'#\s]+)/gi)].map((m) => m[1]);
}

/**
 * Visits every node of a value once (shared nodes once), iteratively, with a pointer to the
 * first place it was reached.
 */
export function walk(root: unknown, visit: (value: unknown, pointer: Pointer) => void): void {
  const seen = new Set<object>();
  const stack: { value: unknown; pointer: Pointer }[] = [{ value: root, pointer: [] }];
  while (stack.length) {
    const { value, pointer } = stack.pop()!;
    visit(value, pointer);
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      stack.push({ value: entries[i][1], pointer: [...pointer, entries[i][0]] });
    }
  }
}

/** Every `$ref` string in a document, with where it is. */
export function collectRefs(value: unknown): { ref: string; pointer: Pointer }[] {
  const refs: { ref: string; pointer: Pointer }[] = [];
  walk(value, (v, pointer) => {
    if (isObject(v) && typeof v.$ref === 'string') refs.push({ ref: v.$ref, pointer: [...pointer, '$ref'] });
  });
  return refs;
}
