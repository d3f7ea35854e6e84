/**
 * Loading contract documents: JSON and YAML into plain values, plus JSON pointer -> line lookup.
 *
 * Values come from the fast loaders (JSON.parse, js-yaml); positions are computed only when a
 * finding or suppression needs them, in one batch per file: a JSON scanner that descends only
 * along the requested pointers (skipping everything else), or the `yaml` package's CST for YAML.
 * Nothing here throws: a document that does not load carries an `error` with a line.
 */
import type { CST } from 'yaml';

/**
 * The YAML readers (js-yaml for values, the `yaml` package's CST for positions: about 0.45 MB of
 * code) are loaded by `prepareYaml`, not at start-up: a PR whose YAML/JSON changes need no YAML
 * parsed (a `package.json` that no contract `$ref`s) never pays for them. Entry points load them
 * first (prepareEngine, the test setup) or when the analysis asks (`runEngineAsync`): reading
 * YAML without them throws ReadersNotLoaded.
 */
let yamlLibs: { load: typeof import('js-yaml').load; Parser: typeof import('yaml').Parser; resolveAsScalar: typeof import('yaml').CST.resolveAsScalar } | null = null;

export async function prepareYaml(): Promise<void> {
  if (yamlLibs) return;
  const [jsYamlModule, yamlModule] = await Promise.all([import('js-yaml'), import('yaml')]);
  const yaml = interop<typeof import('yaml')>(yamlModule, 'Parser');
  const jsYaml = interop<typeof import('js-yaml')>(jsYamlModule, 'load');
  yamlLibs = { load: jsYaml.load, Parser: yaml.Parser, resolveAsScalar: yaml.CST.resolveAsScalar };
}

/**
 * A dynamically imported CommonJS package's exports: the namespace itself, or (bundled, through
 * esbuild's interop) its `default`, whichever has `key`.
 */
export function interop<T>(namespace: unknown, key: string): T {
  const ns = namespace as Record<string, unknown> & { default?: Record<string, unknown> };
  return (ns[key] !== undefined ? ns : ns.default) as T;
}

/**
 * The contract analysis needs a reader that is not loaded (the YAML readers, ajv): thrown past
 * every catch of the analysis (never turned into a finding), so that the entry point loads them
 * (prepareContracts) and runs the analysis again, or fails loudly when it cannot.
 */
export class ReadersNotLoaded extends Error {
  constructor(
    /** Which: the YAML readers (prepareYaml) or the JSON Schema meta-validator (prepareMeta). */
    readonly reader: 'yaml' | 'meta',
  ) {
    super(`${reader === 'yaml' ? 'the YAML readers are' : 'the JSON Schema meta-validator is'} not loaded: call prepareContracts() first`);
    this.name = 'ReadersNotLoaded';
  }
}

/** Whether the YAML readers are loaded (tests of the lazy loading). */
export function yamlLoaded(): boolean {
  return yamlLibs !== null;
}

function yamlReaders(): NonNullable<typeof yamlLibs> {
  if (!yamlLibs) throw new ReadersNotLoaded('yaml');
  return yamlLibs;
}
import { lineAt, lineStarts } from '../text/lines.js';

export type Pointer = readonly string[];

export interface LoadError {
  message: string;
  line: number;
}

export interface Span {
  line: number;
  endLine: number;
}

/** Limits that keep hostile documents (alias bombs, deep nesting) from hanging the gate. */
export const LIMITS = {
  /** Nodes counted with aliases expanded (a billion-laughs document explodes here). */
  maxExpandedNodes: 5_000_000,
  maxDepth: 1_000,
};

export interface LoadedDocument {
  path: string;
  text: string;
  format: 'json' | 'yaml';
  /** The parsed value; undefined when `error` is set. */
  value: unknown;
  error: LoadError | null;
  /**
   * When the only error is a duplicate key in JSON: the value JSON.parse made of it anyway (the last
   * of the duplicates wins). Used to tell what the file is (a configuration schema is no contract),
   * never to judge it as a contract.
   */
  recovered?: unknown;
  /** Spans of the given pointers in this text; a missing pointer gets its nearest existing ancestor. */
  locate(pointers: Pointer[]): Span[];
}

export function isJsonPath(path: string, text: string): boolean {
  if (/\.json$/i.test(path)) return true;
  if (/\.ya?ml$/i.test(path)) return false;
  return /^\s*[{[]/.test(text);
}

export interface LoadOptions {
  /**
   * Look for duplicate keys in JSON (YAML always reports them). Only the head side's documents can
   * be `invalid-contract`, so the base side skips this scan of its text.
   */
  duplicateKeys?: boolean;
}

export function loadDocument(path: string, text: string, options: LoadOptions = {}): LoadedDocument {
  const format = isJsonPath(path, text) ? 'json' : 'yaml';
  let value: unknown;
  let error: LoadError | null = null;
  let cst: ((pointers: Pointer[]) => Span[]) | undefined;
  let duplicateOnly = false;
  const yaml = format === 'json' ? null : yamlReaders();
  try {
    if (format === 'json') {
      // JSON has no aliases: depth and key count come from one walk of the parsed value; a key
      // count below the text's `":` count means a duplicate (or `":` inside a string: then the
      // exact scanner decides).
      value = JSON.parse(text);
      const shape = jsonShape(value);
      if (shape.maxDepth > LIMITS.maxDepth) {
        error = { message: `the document is nested deeper than ${LIMITS.maxDepth} levels`, line: 1 };
      } else if (options.duplicateKeys !== false && shape.keys !== countKeyMarks(text) && shape.keys !== countKeys(text)) {
        error = firstDuplicateKey(text);
        duplicateOnly = error !== null;
      }
    } else {
      value = yaml!.load(text, { filename: path });
      const shape = checkShape(value);
      if (shape) error = { message: shape, line: 1 };
    }
  } catch (e) {
    error = loadError(e, text);
  }
  const doc: LoadedDocument = {
    path,
    text,
    format,
    value: error ? undefined : value,
    error,
    ...(duplicateOnly ? { recovered: value } : {}),
    locate: (pointers) => {
      if (format === 'json') {
        const locator = jsonLocator(text);
        doc.locate = locator; // build once, reuse
        return locator(pointers);
      }
      // YAML: by indentation, in one pass over the lines for every pointer; the few the reader
      // cannot follow (flow collections, aliases, merge keys on the way) go to the `yaml` CST,
      // which costs ~20x the text in memory: only for documents up to CST_MAX_CHARS. Above that,
      // such a pointer keeps the nearest place the reader found (an ancestor of the node).
      const { spans, approximate } = blockYamlSpans(text, pointers);
      const unsure = pointers.map((_, i) => i).filter((i) => approximate[i]);
      if (unsure.length && text.length <= CST_MAX_CHARS) {
        cst ??= yamlLocator(text);
        const exact = cst(unsure.map((i) => pointers[i]));
        unsure.forEach((i, k) => (spans[i] = exact[k]));
      }
      return spans;
    },
  };
  return doc;
}

function loadError(e: unknown, text: string): LoadError {
  if (e instanceof RangeError) return { message: 'the document is nested too deeply to read', line: 1 };
  const err = e as { message?: string; mark?: { line?: number }; reason?: string };
  if (err.mark && typeof err.mark.line === 'number') {
    return { message: err.reason ?? String(err.message).split('\n')[0], line: err.mark.line + 1 };
  }
  const message = String(err.message ?? e);
  const pos = /position (\d+)/.exec(message);
  const line = pos ? lineAt(lineStarts(text), Number(pos[1])) : 1;
  return { message: message.split('\n')[0], line };
}

/**
 * Expanded size and depth, counted iteratively with shared nodes (YAML aliases) counted each time
 * they are reached: a billion-laughs document is refused here instead of in every later walk.
 */
function checkShape(value: unknown): string | null {
  const sizes = new Map<object, number>();
  const stack: { node: object; depth: number; children: unknown[] | null; i: number; size: number }[] = [];
  const push = (node: unknown, depth: number): number | null => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (depth > LIMITS.maxDepth) return -1;
    sizes.set(node, 0); // in progress: a cycle counts as 0
    stack.push({ node, depth, children: Array.isArray(node) ? node : Object.values(node), i: 0, size: 1 });
    return null;
  };
  push(value, 0);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const children = top.children as unknown[];
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

function aliasMessage(): string {
  return `the document expands to more than ${LIMITS.maxExpandedNodes.toLocaleString('en-US')} nodes (YAML alias bomb?)`;
}

// ---------------------------------------------------------------- lines

export function pointerString(pointer: Pointer): string {
  return '#' + pointer.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

// ---------------------------------------------------------------- JSON

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

class JsonScanner {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) this.pos++;
  }

  /** Index of the quote that closes the string opening at `open` (or the text's length). */
  private closing(open: number): number {
    const t = this.text;
    for (let i = t.indexOf('"', open + 1); i !== -1; i = t.indexOf('"', i + 1)) {
      let k = i - 1;
      while (t.charCodeAt(k) === 0x5c) k--;
      if ((i - 1 - k) % 2 === 0) return i; // not escaped: an even run of backslashes before it
    }
    return t.length;
  }

  /** Reads a string starting at pos (on the quote); returns its value. */
  string(): string {
    const start = this.pos;
    const end = this.closing(start);
    this.pos = end + 1;
    const raw = this.text.slice(start + 1, end);
    if (!raw.includes('\\')) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  /** Skips one value starting at pos, iteratively (deep nesting is fine). */
  skip(): void {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first === 0x7b || first === 0x5b) {
      // An object or array (most of what a locator skips): only strings and brackets matter
      // until the bracket that closes it.
      let depth = 0;
      let i = this.pos;
      while (i < t.length) {
        const c = t.charCodeAt(i);
        if (c === 0x22) {
          i = this.closing(i) + 1;
          continue;
        }
        if (c === 0x7b || c === 0x5b) depth++;
        else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
          this.pos = i + 1;
          return;
        }
        i++;
      }
      this.pos = i;
      return;
    }
    // A string, or a number/literal: it ends at the first delimiter, the bracket that closes its
    // container included (`[1,2]`, `{"e":true}` minified: running past it put every later finding
    // on a wrong line).
    if (first === 0x22) {
      this.pos = this.closing(this.pos) + 1;
      return;
    }
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x2c || c === 0x7d || c === 0x5d || WS.has(c)) return;
      this.pos++;
    }
  }
}

interface Trie {
  children: Map<string, Trie>;
  /** Indices of the requested pointers that end here. */
  ends: number[];
}

function buildTrie(pointers: Pointer[]): Trie {
  const root: Trie = { children: new Map(), ends: [] };
  pointers.forEach((p, i) => {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { children: new Map(), ends: [] }));
      node = next;
    }
    node.ends.push(i);
  });
  return root;
}

/** Every pointer inside `trie` gets `span` (the nearest surviving ancestor) until a deeper match. */
function fillAll(trie: Trie, span: Span, out: Span[]): void {
  for (const i of trie.ends) out[i] = span;
  for (const child of trie.children.values()) fillAll(child, span, out);
}

/**
 * Lines of offsets asked for in (nearly always) increasing order, counted forward from the last
 * one asked: the locator's scan only moves forward, so the newlines of the text are counted once,
 * without an array of every line's start (GitHub's 13 MB document has 400,000 lines).
 */
class LineCounter {
  private at = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    const t = this.text;
    if (offset < this.at) {
      this.at = 0; // backwards: count again from the start (the scan never asks)
      this.line = 1;
    }
    const end = Math.min(offset, t.length);
    for (let i = t.indexOf('\n', this.at); i !== -1 && i < end; i = t.indexOf('\n', i + 1)) this.line++;
    this.at = end;
    return this.line;
  }

  /** How many lines the text has (the number `lineStarts` counts). */
  total(): number {
    return this.lineAt(this.text.length);
  }
}

function jsonLocator(text: string): (pointers: Pointer[]) => Span[] {
  return (pointers) => {
    const lines = new LineCounter(text);
    const out: Span[] = new Array(pointers.length);
    const trie = buildTrie(pointers);
    const s = new JsonScanner(text);
    s.ws();
    // The whole document's span: its end line only counted when some pointer keeps it.
    const rootSpan = { line: lines.lineAt(s.pos), endLine: 0 };
    fillAll(trie, rootSpan, out);
    try {
      visitJson(s, trie, lines, rootSpan.line, out);
    } catch {
      // a malformed tail: keep what was found
    }
    if (out.includes(rootSpan)) rootSpan.endLine = new LineCounter(text).total();
    return out;
  };
}

/** At pos: a value whose span starts at `keyLine`; descends into the requested children. */
function visitJson(s: JsonScanner, trie: Trie, lines: LineCounter, keyLine: number, out: Span[]): void {
  const t = s.text;
  const c = t.charCodeAt(s.pos);
  if (trie.children.size === 0 || (c !== 0x7b && c !== 0x5b)) {
    s.skip();
    const span = { line: keyLine, endLine: lines.lineAt(Math.max(s.pos - 1, 0)) };
    for (const i of trie.ends) out[i] = span;
    return;
  }
  const isObject = c === 0x7b;
  s.pos++;
  let index = 0;
  for (;;) {
    s.ws();
    const ch = t.charCodeAt(s.pos);
    if (ch === 0x7d || ch === 0x5d || s.pos >= t.length) {
      s.pos++;
      break;
    }
    if (ch === 0x2c) {
      s.pos++;
      continue;
    }
    let key: string;
    const line = lines.lineAt(s.pos);
    if (isObject) {
      key = s.string();
      s.ws();
      s.pos++; // ':'
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

/** Occurrences of `":` (the end of a key in usual formatting), counted natively. */
function countKeyMarks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
  return n;
}

/** Exactly the keys of a JSON text (strings followed by `:`), skipping string bodies natively. */
function countKeys(text: string): number {
  let keys = 0;
  const n = text.length;
  for (let i = text.indexOf('"'); i !== -1 && i < n; i = text.indexOf('"', i + 1)) {
    let j = text.indexOf('"', i + 1);
    while (j !== -1) {
      let backslashes = 0;
      for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
      if (backslashes % 2 === 0) break;
      j = text.indexOf('"', j + 1);
    }
    if (j === -1) break;
    let k = j + 1;
    while (k < n && WS.has(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 0x3a) keys++;
    i = j;
  }
  return keys;
}

/** Keys of every object and the deepest nesting of a parsed JSON value (no shared nodes in JSON). */
function jsonShape(value: unknown): { keys: number; maxDepth: number } {
  let keys = 0;
  let maxDepth = 0;
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth) maxDepth = depth;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x !== null && typeof x === 'object') {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in v) {
        keys++;
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { keys, maxDepth };
}

/** JSON.parse keeps the last of duplicate keys silently; find the first duplicate, if any. */
function firstDuplicateKey(text: string): LoadError | null {
  // Cheap pre-check: a document whose keys are all distinct per object is the norm; scan once.
  const s = new JsonScanner(text);
  const stack: (Set<string> | null)[] = [];
  const t = text;
  let expectKey = false;
  while (s.pos < t.length) {
    const c = t.charCodeAt(s.pos);
    if (c === 0x22) {
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
    if (c === 0x7b) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push(null);
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      expectKey = stack[stack.length - 1] !== null && stack.length > 0;
    }
    s.pos++;
  }
  return null;
}

// ---------------------------------------------------------------- YAML

/** Up to this size, YAML pointers the indentation reader cannot follow are located on the CST. */
export const CST_MAX_CHARS = 2 * 1024 * 1024;

interface YamlTrie {
  children: Map<string, YamlTrie>;
  /** Where this path was found (its first place), null while not found. */
  span: Span | null;
  /** Its value holds something the reader does not follow (a flow collection, an alias, a merge key). */
  unsure: boolean;
}

interface YamlEntry {
  /** Column of the key, or of the dash of a sequence item. */
  indent: number;
  dash: boolean;
  node: YamlTrie;
  /** Items seen so far of the sequence that is this entry's value. */
  seq: number;
  line: number;
  /** A key whose value starts on the next line: a `- ` at the key's own column is its item. */
  compact: boolean;
}

/**
 * Spans of pointers in YAML, found from indentation in one pass over the lines: a stack of the
 * open entries on the way to a requested pointer, every other subtree skipped by its indentation
 * alone. A pointer whose path goes through something this reader does not follow (a flow
 * collection, an alias, a merge key, a complex key) gets the nearest place found, flagged
 * `approximate`; a missing pointer gets its nearest existing ancestor, as the CST does.
 */
export function blockYamlSpans(text: string, pointers: Pointer[]): { spans: Span[]; approximate: boolean[] } {
  const root: YamlTrie = { children: new Map(), span: null, unsure: false };
  for (const p of pointers) {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { children: new Map(), span: null, unsure: false }));
      node = next;
    }
  }
  const stack: YamlEntry[] = [{ indent: -1, dash: false, node: root, seq: 0, line: 0, compact: false }];
  let lineNo = 0;
  let firstContent = 0;
  let lastContent = 0;
  /** While >= 0: lines indented deeper than this belong to a node not worth reading (skipped). */
  let skipAbove = -1;
  let skipCompact = false;
  const close = (entry: YamlEntry): void => {
    entry.node.span ??= { line: entry.line, endLine: Math.max(lastContent, entry.line) };
  };
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lineNo++;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    let stop = end;
    if (stop > i && text.charCodeAt(stop - 1) === 0x0d) stop--;
    const lineStart = pos;
    pos = end + 1;
    const c = text.charCodeAt(i);
    if (i >= stop || c === 0x23 /* # */) continue; // blank or comment
    const indent = i - lineStart;
    const isDash = c === 0x2d && (i + 1 >= stop || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09);
    if (skipAbove >= 0) {
      if (indent > skipAbove || (indent === skipAbove && skipCompact && isDash)) {
        lastContent = lineNo;
        continue;
      }
      skipAbove = -1;
    }
    if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i) || c === 0x25 /* % */) && (stop - i === 3 || text.charCodeAt(i + 3) === 0x20 || c === 0x25)) {
      continue; // document markers and directives
    }
    firstContent ||= lineNo;
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (indent > top.indent || (indent === top.indent && isDash && !top.dash && top.compact)) break;
      close(stack.pop()!);
    }
    lastContent = lineNo;
    // The line's node (and for `- key: value`, the key's node inside the item).
    let parent = stack[stack.length - 1];
    let col = indent;
    let rest = text.slice(i, stop);
    for (;;) {
      if (rest === '-' || rest.startsWith('- ') || rest.startsWith('-\t')) {
        const node = parent.node.children.get(String(parent.seq++));
        if (!node) {
          skipAbove = col;
          skipCompact = false;
          break;
        }
        const entry: YamlEntry = { indent: col, dash: true, node, seq: 0, line: lineNo, compact: false };
        stack.push(entry);
        const after = rest.slice(1).replace(/^[ \t]+/, '');
        if (after === '' || after.startsWith('#')) break;
        col += rest.length - after.length;
        rest = after;
        parent = entry;
        continue;
      }
      const key = rest.startsWith('? ') ? null : yamlKey(rest);
      if (key === null || key.key === '<<') {
        const itemValue = key === null && parent.dash && parent.line === lineNo;
        // `- value`: a scalar is fine, a flow collection or an alias is not followed; anything
        // else at a child's place (a merge key, a complex key, a value on its own line) neither
        if (!itemValue || unfollowed(stripProperties(rest))) parent.node.unsure = true;
        skipAbove = col;
        skipCompact = false;
        break;
      }
      const node = parent.node.children.get(key.key);
      const value = stripProperties(key.rest);
      const valueHere = value !== '' && !value.startsWith('#');
      if (!node) {
        skipAbove = col;
        skipCompact = !valueHere;
        break;
      }
      stack.push({ indent: col, dash: false, node, seq: 0, line: lineNo, compact: !valueHere });
      if (valueHere) {
        // a scalar (perhaps over several lines), a block scalar, a flow collection or an alias:
        // what follows more indented is part of it, never a child
        if (unfollowed(value)) node.unsure = true;
        skipAbove = col;
        skipCompact = false;
      }
      break;
    }
  }
  while (stack.length > 1) close(stack.pop()!);
  const rootSpan: Span = { line: firstContent || 1, endLine: lastContent || 1 };
  const spans: Span[] = [];
  const approximate: boolean[] = [];
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

/** An alias, or a flow collection that is not empty: a value whose children this reader does not read. */
function unfollowed(value: string): boolean {
  return value.startsWith('*') || (/^[[{]/.test(value) && !/^(\{\s*\}|\[\s*\])\s*(#.*)?$/.test(value));
}

/** A value without its leading anchor (`&a`) and tag (`!t`) properties. */
function stripProperties(raw: string): string {
  let v = raw.replace(/^[ \t]+/, '');
  while (v.startsWith('&') || v.startsWith('!')) {
    const space = v.search(/[ \t]/);
    v = space === -1 ? '' : v.slice(space).replace(/^[ \t]+/, '');
  }
  return v;
}

/** `key: rest` of a block mapping line (plain, single- or double-quoted key), or null. */
function yamlKey(content: string): { key: string; rest: string } | null {
  let key: string;
  let after: number;
  if (content.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    key = m[1].replace(/''/g, "'");
    after = m[0].length;
  } else if (content.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    try {
      key = JSON.parse(`"${m[1]}"`) as string;
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

type Token = CST.Token;
interface Item {
  key?: Token | null;
  value?: Token | null;
  sep?: CST.SourceToken[];
  start: CST.SourceToken[];
}

export function yamlLocator(text: string): (pointers: Pointer[]) => Span[] {
  const starts = lineStarts(text);
  const { Parser } = yamlReaders();
  let root: Token | undefined;
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document') {
        root = token.value ?? undefined;
        break;
      }
    }
  } catch {
    root = undefined;
  }
  const keyCache = new WeakMap<object, Map<string, Item>>();
  const line = (offset: number): number => lineAt(starts, offset);

  const entries = (token: Token): Map<string, Item> | null => {
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') return null;
    let map = keyCache.get(token);
    if (map) return map;
    map = new Map();
    const isSeq = token.type === 'block-seq' || (token.type === 'flow-collection' && token.start.source === '[');
    token.items.forEach((item: Item, i: number) => {
      if (isSeq) map!.set(String(i), item);
      else if (item.key) {
        const k = scalarText(item.key);
        if (k !== null && !map!.has(k)) map!.set(k, item);
      }
    });
    keyCache.set(token, map);
    return map;
  };

  return (pointers) =>
    pointers.map((pointer) => {
      if (!root) return { line: 1, endLine: starts.length };
      let token: Token = root;
      let span: Span = { line: line(token.offset), endLine: line(endOffset(token)) };
      for (const seg of pointer) {
        const map = entries(token);
        const item = map?.get(seg);
        if (!item) break;
        // item.start may begin with blank lines and comments: the item starts at its `-`
        const first = item.key ?? item.start.find((t) => t.type === 'seq-item-ind') ?? item.value;
        const startOff = first ? first.offset : token.offset;
        const value = item.value;
        span = { line: line(startOff), endLine: line(value ? endOffset(value) : startOff) };
        if (!value) break;
        token = value;
      }
      return span;
    });
}

function scalarText(token: Token): string | null {
  if (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') {
    const { resolveAsScalar } = yamlReaders(); // outside the catch: ReadersNotLoaded is never swallowed
    try {
      return resolveAsScalar(token).value;
    } catch {
      return token.source;
    }
  }
  return null;
}

/** Offset of the last character of a token (collections: of their last item). */
function endOffset(token: Token): number {
  for (let guard = 0; guard < 10_000; guard++) {
    switch (token.type) {
      case 'block-map':
      case 'block-seq': {
        const last = token.items[token.items.length - 1] as Item | undefined;
        if (!last) return token.offset;
        const next = last.value ?? last.key;
        if (!next) return token.offset;
        token = next;
        continue;
      }
      case 'flow-collection': {
        const end = token.end[token.end.length - 1];
        return end ? end.offset : token.offset;
      }
      case 'document':
        return token.offset;
      default: {
        const src = 'source' in token && typeof token.source === 'string' ? token.source : '';
        return token.offset + Math.max(src.replace(/\s+$/, '').length - 1, 0);
      }
    }
  }
  return token.offset;
}
