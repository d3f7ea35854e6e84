/**
 * Copies of one API in several files (issue 12, issue 15 section 2): kratos keeps `spec/api.json`
 * (OpenAPI 3) and `spec/swagger.json` (its Swagger 2.0 rendering), openstatus a hand-kept
 * `apps/server/static/openapi.yaml` and a generated `packages/proto/gen/openapi.yaml`. A change
 * made in both is one finding, on the primary copy, naming the others.
 *
 * Twins are OpenAPI documents analysed in the same run whose head versions have the same set of
 * operations (method and path template, parameter names aside), at least one. Titles, versions and
 * base paths are not compared: kratos' two copies have different titles. Only findings that are the
 * same change (rule, place with `components/schemas` and `definitions` read alike, detail) merge;
 * a change that only one copy has is reported where it is, so copies that drift apart are still
 * both judged.
 */
import type { RawFinding } from '../findings.js';
import { template } from './openapi-diff.js';
import { childNode, isObject, type Node, type Workspace } from './refs.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** Folders whose files are build output: a copy found there is never the primary one. */
const GENERATED = /(^|\/)(gen|generated|dist|build|out)\//i;

export interface TwinCandidate {
  path: string;
  /** Index of the first `contracts:` entry that names it (config order decides first); Infinity when none. */
  configOrder: number;
}

/**
 * The twins among `candidates`: each copy that is not primary, mapped to its primary. The primary
 * is the copy the configuration lists first; then the newer OpenAPI version; then one outside a
 * build-output folder; then YAML over JSON (the generated rendering is usually the JSON one); then
 * the shorter path; then the path in sorting order.
 */
export function findTwins(head: Workspace, candidates: TwinCandidate[]): Map<string, string> {
  const groups = new Map<string, (TwinCandidate & { version: number })[]>();
  if (candidates.length < 2) return new Map();
  for (const c of candidates) {
    const doc = head.doc(c.path);
    if (!doc || doc.error || !isObject(doc.value)) continue;
    const v = doc.value;
    if (v.openapi === undefined && v.swagger === undefined) continue;
    const signature = operations(head, { file: c.path, pointer: [], value: v });
    if (signature === null) continue;
    const version = Number.parseFloat(String(v.openapi ?? v.swagger)) || 0;
    const list = groups.get(signature);
    if (list) list.push({ ...c, version });
    else groups.set(signature, [{ ...c, version }]);
  }
  const twins = new Map<string, string>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort(
      (a, b) =>
        a.configOrder - b.configOrder ||
        b.version - a.version ||
        Number(GENERATED.test(a.path)) - Number(GENERATED.test(b.path)) ||
        Number(/\.json$/i.test(a.path)) - Number(/\.json$/i.test(b.path)) ||
        a.path.split('/').length - b.path.split('/').length ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
    for (const other of list.slice(1)) twins.set(other.path, list[0].path);
  }
  return twins;
}

/** `get /a/{}\n post /b` for every operation of the document, sorted; null when it has none. */
function operations(head: Workspace, root: Node): string | null {
  const paths = isObject(root.value) ? root.value.paths : undefined;
  if (!isObject(paths)) return null;
  const ops: string[] = [];
  for (const p of Object.keys(paths)) {
    if (!p.startsWith('/')) continue;
    const item = head.resolve(childNode(root, ['paths', p])).value;
    if (!isObject(item)) continue;
    for (const m of Object.keys(item)) if (METHODS.has(m)) ops.push(`${m} ${template(p)}`);
  }
  return ops.length ? ops.sort().join('\n') : null;
}

/** A change's place with OpenAPI 3's `components/<kind>` and Swagger 2.0's top-level maps read alike. */
export function twinObject(object: string): string {
  return object.replace(/#\/components\/(schemas|parameters|responses|requestBodies|headers)\//g, '#/$1/').replace(/#\/definitions\//g, '#/schemas/');
}

/**
 * Drops each finding of a twin that its primary has too (same `twinKey`), and names the twins in
 * the primary's message. Findings without a key (invalid-contract, external-ref) stay.
 */
export function mergeTwins<F extends RawFinding & { twinKey?: string }>(findings: F[], twins: Map<string, string>): F[] {
  if (twins.size === 0) return findings;
  const primaries = new Set(twins.values());
  const onPrimary = new Map<string, F>();
  for (const f of findings) if (f.twinKey !== undefined && primaries.has(f.file)) onPrimary.set(`${f.file}\u0000${f.twinKey}`, f);
  const copies = new Map<F, string[]>();
  const out: F[] = [];
  for (const f of findings) {
    const primary = twins.get(f.file);
    const same = primary !== undefined && f.twinKey !== undefined ? onPrimary.get(`${primary}\u0000${f.twinKey}`) : undefined;
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
    const names = files.sort().join(', ');
    f.message = `${f.message} The same change is in ${names}, ${files.length === 1 ? 'a copy' : 'copies'} of this API (reported once, here).`;
  }
  return out;
}
