/**
 * Liquibase XML, YAML and JSON changelogs read into one tree shape, so one mapping (liquibase.ts)
 * serves the three formats. The tree follows the XML form: a change is an element with attributes
 * and child elements (`<dropColumn tableName="t"><column name="a"/></dropColumn>`); YAML and JSON
 * write the same as nested maps and lists (`dropColumn: {tableName: t, columns: [{column: {name: a}}]}`),
 * which are folded into it here (a list under `changes` or `columns` is the children of the node
 * that holds it, a scalar is an attribute).
 *
 * XML is read by `sax` in strict mode with only XML's five predefined entities: it never reads a
 * DTD's declarations, so an entity a DOCTYPE declares (external or nested: XXE, "billion laughs")
 * is never expanded or fetched; a reference to one is a well-formedness error, and the file is
 * reported unread at that line. YAML and JSON are read by `yaml`, whose alias expansion is capped.
 * Nesting is read to a fixed depth; every loop is bounded by the text's size.
 */
import sax from 'sax';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { LineIndex } from '../../text/lines.js';
import type { ChangelogFormat } from './liquibase-files.js';

export interface ChangelogNode {
  /** Element name (XML) or key (YAML, JSON): the change type, `column`, `constraints`, `where`… */
  name: string;
  attrs: Map<string, string>;
  children: ChangelogNode[];
  /** Text content (XML text and CDATA; a YAML `sql:`, `where:` or string `rollback:` value). */
  text: string;
  /** Offsets in the file of the text as written (its raw form), when the node has text. */
  textStart: number;
  textEnd: number;
  /** The text is a YAML block scalar: it starts on the line after `textStart`; `folded` (`>`) joins its lines. */
  textBlock?: 'literal' | 'folded';
  /** 1-based line of the element's `<` or of the YAML key. */
  line: number;
  /** Offsets of the whole node in the file. */
  start: number;
  end: number;
}

export interface ChangelogTree {
  format: ChangelogFormat;
  /** The `databaseChangeLog` root (null: the file has none, or could not be read). */
  root: ChangelogNode | null;
  /** Why the file could not be read (not well-formed, too deep), at its line. */
  problem?: { line: number; message: string };
}

/** How deep changelogs nest (changeSet > createTable > column > constraints is 4): deeper is not read. */
const MAX_DEPTH = 32;

const cache: { text: string; format: ChangelogFormat; tree: ChangelogTree }[] = [];

/** The tree of a changelog's text (the last few kept: a file is read for its changesets, then parsed). */
export function readChangelog(text: string, format: ChangelogFormat): ChangelogTree {
  for (const c of cache) if (c.text === text && c.format === format) return c.tree;
  const tree = format === 'xml' ? readXml(text) : readYaml(text, format);
  cache.unshift({ text, format, tree });
  if (cache.length > 4) cache.pop();
  return tree;
}

function node(name: string, line: number, start: number): ChangelogNode {
  return { name, attrs: new Map(), children: [], text: '', textStart: start, textEnd: start, line, start, end: start };
}

function readXml(text: string): ChangelogTree {
  const lines = new LineIndex(text);
  const parser = sax.parser(true, { strictEntities: true, position: true });
  const stack: ChangelogNode[] = [];
  let root: ChangelogNode | null = null;
  let problem: ChangelogTree['problem'];
  let tooDeep = 0;
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top && tooDeep === 0) top.text += t;
  };
  parser.onopentag = (tag) => {
    if (tooDeep > 0 || stack.length >= MAX_DEPTH) {
      if (tooDeep++ === 0) problem ??= { line: lines.line(parser.startTagPosition - 1), message: `elements nested deeper than ${MAX_DEPTH} levels are not read` };
      return;
    }
    const start = parser.startTagPosition - 1;
    const n = node(localName(tag.name), lines.line(start), start);
    for (const [k, v] of Object.entries(tag.attributes)) n.attrs.set(localName(k), typeof v === 'string' ? v : v.value);
    n.textStart = n.textEnd = parser.position;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(n);
    else root ??= n;
    stack.push(n);
  };
  parser.onclosetag = () => {
    if (tooDeep > 0) {
      tooDeep--;
      return;
    }
    const n = stack.pop();
    if (!n) return;
    n.end = parser.position;
    const close = text.lastIndexOf('<', parser.position - 1);
    n.textEnd = Math.max(n.textStart, close);
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onerror = (error) => {
    problem ??= { line: Math.max(1, parser.line + 1), message: `not well-formed XML (${error.message.split('\n')[0]})` };
    throw error;
  };
  try {
    parser.write(text).close();
  } catch {
    // `problem` says where; what was read before it is dropped (the file is reported unread).
    return { format: 'xml', root: null, problem };
  }
  if (root !== null && (root as ChangelogNode).name !== 'databaseChangeLog') return { format: 'xml', root: null, problem: { line: (root as ChangelogNode).line, message: `its root element is <${(root as ChangelogNode).name}>, not <databaseChangeLog>` } };
  return { format: 'xml', root, ...(problem ? { problem } : {}) };
}

/** `ext:createIndex` → `ext:createIndex` (kept: an extension's change is not Liquibase's); `xsi:schemaLocation` → `schemaLocation`. */
function localName(name: string): string {
  return name.startsWith('xsi:') || name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
}

/** Keys whose list holds the children of the node that has the key (YAML and JSON write them as lists). */
const FLATTENED = new Set(['changes', 'columns']);
/** Keys whose scalar value is a child node of text (`where:` of an update, a `rollback:` of SQL). */
const CHILD_TEXT_KEYS = new Set(['where', 'rollback']);

function readYaml(text: string, format: ChangelogFormat): ChangelogTree {
  const lines = new LineIndex(text);
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    return { format, root: null, problem: { line: 1, message: `not readable ${format === 'json' ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})` } };
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return { format, root: null, problem: { line: lines.line(e.pos[0]), message: `not readable ${format === 'json' ? 'JSON' : 'YAML'} (${e.message.split('\n')[0]})` } };
  }
  const top = doc.contents;
  if (!isMap(top)) return { format, root: null, problem: { line: 1, message: 'its top level is not a map with databaseChangeLog' } };
  const pair = top.items.find((p) => isScalar(p.key) && p.key.value === 'databaseChangeLog');
  if (!pair) return { format, root: null, problem: { line: 1, message: 'it has no databaseChangeLog key at its top level' } };
  let problem: ChangelogTree['problem'];
  const resolve = (v: unknown): unknown => (isAlias(v) ? v.resolve(doc) : v);
  // Aliases are followed where they stand, so nested ones could multiply the nodes read ("billion
  // laughs"): the nodes visited are bounded by the text's size.
  let budget = 4 * text.length + 10_000;

  /** The node for `key: value`, or its content folded into `into` (a flattened list). */
  const build = (name: string, keyNode: YamlNode | null, value: unknown, depth: number, into?: ChangelogNode): ChangelogNode => {
    const start = keyNode?.range?.[0] ?? (value as YamlNode | null)?.range?.[0] ?? 0;
    const n = into ?? node(name, lines.line(start), start);
    const v = resolve(value) as YamlNode | null;
    n.end = Math.max(n.end, v?.range?.[2] ?? keyNode?.range?.[2] ?? start);
    if (depth > MAX_DEPTH || --budget < 0) {
      problem ??= { line: n.line, message: depth > MAX_DEPTH ? `maps nested deeper than ${MAX_DEPTH} levels are not read` : 'its aliases expand past its own size' };
      return n;
    }
    if (isScalar(v)) {
      setText(n, v);
    } else if (isMap(v)) {
      for (const p of v.items) addPair(n, p as Pair, depth);
    } else if (isSeq(v)) {
      for (const item of v.items) {
        const it = resolve(item);
        if (isMap(it)) for (const p of it.items) addPair(n, p as Pair, depth);
        else if (isScalar(it)) setText(n, it);
      }
    }
    return n;
  };
  const setText = (n: ChangelogNode, v: YamlNode & { value?: unknown; type?: string }): void => {
    n.text = v.value === null || v.value === undefined ? '' : String(v.value);
    n.textStart = v.range?.[0] ?? n.start;
    n.textEnd = v.range?.[1] ?? n.textStart;
    if (v.type === 'BLOCK_LITERAL') n.textBlock = 'literal';
    else if (v.type === 'BLOCK_FOLDED') n.textBlock = 'folded';
  };
  /** A child node holding only text (`where: "id > 5"`, `rollback: "DROP TABLE t"`, `- sql: "…"` in a list of changes). */
  const textChild = (n: ChangelogNode, name: string, p: Pair, value: YamlNode): void => {
    const at = (p.key as YamlNode).range?.[0] ?? n.start;
    const child = node(name, lines.line(at), at);
    setText(child, value);
    child.end = value.range?.[2] ?? child.start;
    n.children.push(child);
  };
  const addPair = (n: ChangelogNode, p: Pair, depth: number): void => {
    if (--budget < 0) {
      problem ??= { line: n.line, message: 'its aliases expand past its own size' };
      return;
    }
    const key = resolve(p.key);
    const name = isScalar(key) ? String(key.value) : '';
    const value = resolve(p.value);
    if (isScalar(value) || value === null || value === undefined) {
      if (name === 'comment') return;
      if (name === 'sql' && isScalar(value)) setText(n, value);
      else if (CHILD_TEXT_KEYS.has(name) && isScalar(value)) textChild(n, name, p, value);
      else n.attrs.set(name, isScalar(value) && value.value !== null && value.value !== undefined ? String(value.value) : '');
      return;
    }
    if (FLATTENED.has(name) && isSeq(value)) {
      for (const item of value.items) {
        const it = resolve(item);
        if (isMap(it)) for (const q of it.items) addChild(n, q as Pair, depth + 1);
      }
      return;
    }
    addChild(n, p, depth);
  };
  const addChild = (n: ChangelogNode, p: Pair, depth: number): void => {
    const key = resolve(p.key);
    const name = isScalar(key) ? String(key.value) : '';
    const value = resolve(p.value);
    if (isScalar(value)) textChild(n, name, p, value);
    else if (value !== null && value !== undefined) n.children.push(build(name, p.key as YamlNode, value, depth + 1));
    else n.children.push(node(name, lines.line((p.key as YamlNode).range?.[0] ?? n.start), (p.key as YamlNode).range?.[0] ?? n.start));
  };

  const root = build('databaseChangeLog', pair.key as YamlNode, pair.value, 0);
  return { format, root, ...(problem ? { problem } : {}) };
}
