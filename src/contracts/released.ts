/**
 * Removals of what no release ever had (issue 12, "shipped means released", for contracts): an
 * operation or a property added after the last release tag and removed again before the next one
 * (harbor's reverted `proxy_referrer_api`, kratos' reverted `external_id`) breaks no released
 * client: none was built against it. When the release trees hold the contract file and none of
 * their versions holds the removed element, the removal is a notice, not an error or warning.
 *
 * Fail closed: anything not known keeps the finding as it is — `released: merged`, a change set
 * without git (`releasedTexts` absent), no release holding the file at that path (new, or renamed
 * since: not followed), a version that does not parse, an element given by a pointer into another
 * file, or past the read bounds of `changes/releases.ts` gitReleaseTexts. One batch of git reads
 * for all the files; a version is parsed only when its text holds the element's name.
 */
import type { ChangeSet } from '../changes/types.js';
import type { Config } from '../config/types.js';
import type { RawFinding } from '../findings.js';
import { loadDocument } from './load.js';
import { getAt, isObject, parseFragment } from './refs.js';

/** The removal rules whose object names one element of the finding's file. */
const REMOVALS = new Set(['endpoint-removed', 'request-property-removed', 'response-property-removed']);

const METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\/\S*)$/;

type Element = { kind: 'operation'; method: string; path: string; needle: string } | { kind: 'pointer'; pointer: readonly string[]; needle: string };

/** What a removal finding's object names: `METHOD /path`, or `… #/pointer` in the same file. */
export function removedElement(rule: string, object: string): Element | null {
  if (rule === 'endpoint-removed') {
    const m = METHOD.exec(object);
    if (!m) return null;
    // The literal part before the first path parameter: a release's text without it cannot hold the path.
    const needle = m[2].split('{')[0];
    return needle.length > 1 ? { kind: 'operation', method: m[1].toLowerCase(), path: m[2], needle } : null;
  }
  const m = / #(\/\S*)$/.exec(object);
  const pointer = m ? parseFragment(m[1]) : null;
  if (!pointer || pointer.length === 0) return null;
  const needle = pointer[pointer.length - 1];
  return needle === '' ? null : { kind: 'pointer', pointer, needle };
}

/** `/a/{id}` and `/a/{name}` are one path. */
const shape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

/** Top-level keys under which a finding's pointer is rooted in the document (else it is relative to an operation's inline schema). */
const ROOTED = new Set(['components', 'definitions', 'paths']);

/**
 * Whether a release version (parsed) may hold the element. A pointer it does not resolve counts as
 * not held only when the document holds the schema the property was in (same place): a pointer
 * relative to an inline schema, or a schema renamed or moved since the release, cannot be told and
 * counts as held (the finding keeps its severity).
 */
function holds(value: unknown, element: Element): boolean {
  if (element.kind === 'pointer') {
    const { pointer } = element;
    if (!ROOTED.has(pointer[0])) return true;
    if (getAt(value, pointer) !== undefined) return true;
    const schema = pointer[pointer.length - 2] === 'properties' ? pointer.slice(0, -2) : pointer.slice(0, -1);
    return schema.length === 0 || getAt(value, schema) === undefined;
  }
  const paths = isObject(value) ? value.paths : undefined;
  if (!isObject(paths)) return false;
  const wanted = shape(element.path);
  for (const [key, item] of Object.entries(paths)) {
    // A path item given by `$ref` (a split spec: hatchet's paths/*.yaml) holds what it refers to: not told here, so held.
    if (shape(key) === wanted && isObject(item) && (typeof item.$ref === 'string' || Object.prototype.hasOwnProperty.call(item, element.method))) return true;
  }
  return false;
}

/** Turns the removal findings of elements no release had into notices (in place). */
export function noticeUnreleasedRemovals(findings: RawFinding[], changes: ChangeSet, config: Config): void {
  if (config.released !== 'tags' || !changes.releasedTexts) return;
  const targets: { finding: RawFinding; element: Element }[] = [];
  for (const f of findings) {
    if (!REMOVALS.has(f.rule) || !f.object) continue;
    const element = removedElement(f.rule, f.object);
    if (element) targets.push({ finding: f, element });
  }
  if (targets.length === 0) return;
  const { texts, newestTag } = changes.releasedTexts([...new Set(targets.map((t) => t.finding.file))], config.releaseTags);
  /** Parsed versions, by file and index; null: did not parse. */
  const parsed = new Map<string, (unknown | null)[]>();
  for (const { finding, element } of targets) {
    const versions = texts.get(finding.file);
    if (!versions || versions.length === 0) continue;
    let values = parsed.get(finding.file);
    if (!values) parsed.set(finding.file, (values = versions.map(() => undefined)));
    let released = false;
    for (let i = 0; i < versions.length && !released; i++) {
      // The element's name nowhere in that version's text: it holds the element nowhere (under no schema name).
      if (!versions[i].includes(element.needle)) continue;
      if (values[i] === undefined) {
        const doc = loadDocument(finding.file, versions[i]);
        values[i] = doc.error ? null : doc.value;
      }
      // A version that does not parse may hold it: counted as held.
      released = values[i] === null || holds(values[i], element);
    }
    if (released) continue;
    finding.severity = 'notice';
    finding.message += ` No release has it (${versions.length === 1 ? 'the version of this file in the releases' : `the ${versions.length} versions of this file in the releases`}${newestTag ? `, the newest ${newestTag},` : ''} lack it): it was added and removed between two releases, so no released client relies on it.`;
  }
}
