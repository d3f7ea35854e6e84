/**
 * Contract analysis: find the contracts a PR touches (directly or through a file they `$ref`),
 * load base and head, diff them, and turn each change into one finding at its definition in head.
 * Nothing a document contains can make this throw: a broken document is `invalid-contract`.
 */
import { compileGlob } from '../text/glob.js';
import type { AnalysisInput, AnalysisOutput } from '../engine.js';
import { unreadableFindings, type NeededFile } from '../engine-core.js';
import { MAX_FILE_BYTES, type Snapshot } from '../changes/types.js';
import type { RawFinding, Suppression } from '../findings.js';
import { parseSuppressionBody } from '../policy/suppression-body.js';
import { ignoredPaths } from '../config/ignored.js';
import type { ContractRole } from '../config/types.js';
import type { ContractChange } from './changes.js';
import { pointerString, type LoadedDocument, type Pointer } from './load.js';
import { diffOpenApi } from './openapi-diff.js';
import { collectRefs, DATA_FILE, declaredIds, isObject, refTarget, walk, Workspace, type Node } from './refs.js';
import { SchemaDiffer } from './schema-diff.js';
import { metaSchemaProblem } from './meta.js';
import { contractRule, contractRuleList } from './rules/index.js';

export type ContractKind = 'openapi' | 'schema';

interface Candidate {
  path: string;
  basePath: string;
  role: ContractRole;
}

const SCHEMA_NAME = /\.schema\.(json|ya?ml)$/i;
/** Names that say "contract" even when the text cannot be read. */
const CONTRACT_NAME = /(?:\.schema\.(?:json|ya?ml)|(?:^|\/)[^/]*(?:openapi|swagger|asyncapi)[^/]*\.(?:json|ya?ml))$/i;
const IGNORE_KEY = 'x-rollback-guard-ignore';

/** What kind of contract a loaded document is, by content (SPEC 5), or null. */
export function contractKind(path: string, value: unknown): ContractKind | null {
  if (isObject(value)) {
    if (value.openapi !== undefined || value.swagger !== undefined) return 'openapi';
    if (typeof value.$schema === 'string' && /json-schema\.org|draft/i.test(value.$schema)) return 'schema';
  }
  if (SCHEMA_NAME.test(path)) return 'schema';
  return null;
}

/** Cheap text test before parsing: could this file be a contract? */
function mayBeContract(path: string, text: string): boolean {
  if (SCHEMA_NAME.test(path)) return true;
  if (/\.json$/i.test(path)) return /"(openapi|swagger|\$schema)"\s*:/.test(text.slice(0, 4096)) || /"(openapi|swagger)"\s*:/.test(text);
  return /^["']?(openapi|swagger|\$schema)["']?\s*:/m.test(text);
}

export function analyseContracts(input: AnalysisInput): AnalysisOutput {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const configured = config.contracts?.map((c) => ({ isMatch: compileGlob(c.path), role: c.role }));
  const forced = new Map<string, ContractRole | undefined>((input.force?.contracts ?? []).map((c) => [c.path, c.role]));
  const base = new Workspace(changes.baseTree, { duplicateKeys: false });
  const head = new Workspace(changes.headTree);
  const findings: RawFinding[] = [];
  const suppressions: Suppression[] = [];
  const files = new Set<string>();
  const candidates: Candidate[] = [];
  const seen = new Set<string>();

  const roleOf = (path: string, text: string | null, side: Workspace): ContractRole | null => {
    if (forced.has(path)) return forced.get(path) ?? 'api';
    if (ignored(path) || !DATA_FILE.test(path)) return null;
    if (configured) return configured.find((c) => c.isMatch(path))?.role ?? null;
    if (text === null || !mayBeContract(path, text)) return null;
    const doc = side.doc(path);
    if (!doc) return null;
    if (doc.error) return 'api'; // it looked like a contract: an unreadable one is invalid-contract
    return contractKind(path, doc.value) ? 'api' : null;
  };
  const defaultRole = (path: string, side: Workspace): ContractRole => {
    const f = forced.get(path);
    if (f) return f;
    if (!forced.has(path) && configured) return roleOf(path, '', side) ?? 'api';
    const doc = side.doc(path);
    return doc && !doc.error && contractKind(path, doc.value) === 'schema' ? 'event' : 'api';
  };

  /**
   * The sides of a changed file that would be a contract but could not be read (`unreadable-file`):
   * named to `contract`, configured, named like one (`*.schema.json`, `openapi`/`swagger`/`asyncapi`
   * in the name), or a contract on its other side.
   */
  const unreadableSides = (file: (typeof changes.files)[number], basePath: string): NeededFile[] => {
    const named = (path: string): boolean =>
      forced.has(path) || (!ignored(path) && DATA_FILE.test(path) && (configured ? configured.some((c) => c.isMatch(path)) : CONTRACT_NAME.test(path)));
    const out: NeededFile[] = [];
    const headGone = file.status !== 'deleted' && head.text(file.path) === null;
    const baseGone = file.status !== 'added' && base.text(basePath) === null;
    if (headGone && (named(file.path) || (!baseGone && file.status !== 'added' && roleOf(basePath, base.text(basePath), base) !== null))) {
      out.push({ path: file.path, side: 'head', file: file.path });
    }
    if (baseGone && (named(basePath) || (!headGone && file.status !== 'deleted' && roleOf(file.path, head.text(file.path), head) !== null))) {
      out.push({ path: basePath, side: 'base', file: file.path });
    }
    return out;
  };

  // 1. contracts changed by the PR (only YAML/JSON, or a file named to `contract`, is ever read)
  const changedOther: string[] = [];
  const needed: NeededFile[] = [];
  for (const file of changes.files) {
    const basePath = file.oldPath ?? file.path;
    if (!forced.has(file.path) && !DATA_FILE.test(file.path) && !DATA_FILE.test(basePath)) continue;
    needed.push(...unreadableSides(file, basePath));
    if (file.status === 'deleted') {
      const text = base.text(basePath);
      if (roleOf(basePath, text, base)) {
        files.add(file.path);
        findings.push(finding('contract-removed', file.path, null, file.path, file.path));
      }
      changedOther.push(file.path);
      continue;
    }
    const text = head.text(file.path);
    if (roleOf(file.path, text, head)) {
      candidates.push({ path: file.path, basePath, role: defaultRole(file.path, head) });
      seen.add(file.path);
    } else if (!ignored(file.path) && DATA_FILE.test(file.path)) changedOther.push(file.path);
  }
  for (const [path] of forced) {
    if (!seen.has(path) && head.text(path) !== null) {
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }
  const unread = unreadableFindings(changes, needed);
  findings.push(...unread.findings);
  for (const f of unread.findings) files.add(f.file);

  // 2. contracts that reach a changed file through $ref (transitively, by name first, then for real)
  if (changedOther.length) {
    for (const path of referencingContracts(changes.headTree, changedOther, (p) => head.text(p), ignored)) {
      if (seen.has(path)) continue;
      const text = head.text(path);
      if (!roleOf(path, text, head)) continue;
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }

  // 3. diff
  const differ = new SchemaDiffer(base, head);
  const changeList: ContractChange[] = [];
  for (const c of candidates) {
    files.add(c.path);
    try {
      analyseOne(c, base, head, differ, changeList, findings);
    } catch (e) {
      findings.push(finding('invalid-contract', c.path, 1, `could not be analysed (${(e as Error).message})`, c.path));
    }
  }
  for (const change of differ.all()) changeList.push(change);

  const reported = new Map<string, RawFinding>();
  for (const change of changeList) {
    const rule = contractRuleList.find((r) => r.matches(change));
    if (!rule) continue;
    // The same change reached through two different pairings (oneOf branches) is one finding.
    const key = `${rule.meta.id}\u0000${change.at.file}\u0000${change.at.pointer.join('/')}\u0000${change.object}\u0000${change.detail}`;
    const earlier = reported.get(key);
    if (earlier) {
      earlier.endpoints = [...new Set([...(earlier.endpoints ?? []), ...change.endpoints])].sort();
      earlier.message = rule.message({ ...change, endpoints: new Set(earlier.endpoints) });
      continue;
    }
    findings.push({
      rule: rule.meta.id,
      file: change.at.file,
      line: 0, // located below
      message: rule.message(change),
      object: change.object,
      direction: rule.direction,
      endpoints: [...change.endpoints].sort(),
      ...(change.severity ? { severity: change.severity } : {}),
      pointer: change.at.pointer,
    } as RawFinding & { pointer: Pointer });
    reported.set(key, findings[findings.length - 1]);
  }

  // 4. external refs, suppressions, lines: per head document that was loaded
  const headDocs = head.loaded().filter((d) => !d.error && (seen.has(d.path) || changes.files.some((f) => f.path === d.path)));
  for (const doc of headDocs) {
    const baseRefs = new Set<string>();
    const baseDoc = base.doc(changes.files.find((f) => f.path === doc.path)?.oldPath ?? doc.path);
    if (baseDoc && !baseDoc.error && mayHaveExternalRef(baseDoc.text)) {
      for (const r of collectRefs(baseDoc.value)) baseRefs.add(r.ref);
    }
    if (mayHaveExternalRef(doc.text)) {
      for (const r of collectRefs(doc.value)) {
        const target = refTarget(doc.path, r.ref);
        if (target.kind !== 'external' || baseRefs.has(r.ref) || head.embedded(doc.path, r.ref)) continue;
        findings.push({
          ...finding('external-ref', doc.path, 0, `${r.ref} (${target.reason})`, pointerString(r.pointer)),
          pointer: r.pointer,
        } as RawFinding & { pointer: Pointer });
      }
    }
    if (doc.text.includes(IGNORE_KEY)) suppressions.push(...readSuppressions(doc));
  }
  locateFindings(findings, head);
  const skipped = [...new Set([...head.unreadable, ...base.unreadable])]
    .sort()
    .map((file) => ({ file, reason: `a contract refers to it ($ref), but it is over ${MAX_FILE_BYTES / 1024 / 1024} MB or binary: not read, the reference compared by its text` }));
  skipped.push(...unread.skipped);
  return { findings, suppressions, files: [...files].sort(), ...(skipped.length ? { skipped } : {}) };
}

function analyseOne(
  c: Candidate,
  base: Workspace,
  head: Workspace,
  differ: SchemaDiffer,
  out: ContractChange[],
  findings: RawFinding[],
): void {
  const headDoc = head.doc(c.path);
  // Unreadable (over the size limit, binary): the change set lists it as skipped, with why.
  if (!headDoc) return;
  if (headDoc.error) {
    findings.push(finding('invalid-contract', c.path, headDoc.error.line, headDoc.error.message, c.path));
    return;
  }
  const kind = contractKind(c.path, headDoc.value);
  const problem = structuralProblem(kind, headDoc.value) ?? (kind === 'schema' ? metaSchemaProblem(headDoc.value, headDoc.text.length) : null);
  if (problem) {
    findings.push({ ...finding('invalid-contract', c.path, 0, problem.message, c.path), pointer: problem.pointer } as RawFinding & { pointer: Pointer });
    return;
  }
  const baseRoot = base.root(c.basePath);
  const baseKind = baseRoot ? contractKind(c.basePath, baseRoot.value) : null;
  const headRoot = head.root(c.path) as Node;
  if (kind === 'openapi') {
    out.push(...diffOpenApi(base, head, baseKind === 'openapi' ? baseRoot : null, headRoot, differ));
  } else if (baseRoot && baseKind !== 'openapi') {
    const flow = c.role === 'event' ? 'event' : 'response';
    differ.diff(baseRoot, headRoot, flow, { context: '', endpoint: null });
  }
}

/** Cheap checks that make a document unusable as what it claims to be. */
function structuralProblem(kind: ContractKind | null, value: unknown): { message: string; pointer: Pointer } | null {
  if (kind === 'openapi') {
    if (!isObject(value)) return { message: 'the top level is not a mapping', pointer: [] };
    const version = String(value.openapi ?? value.swagger);
    if (!/^(2\.0|3\.[01])(\.\d+)?/.test(version)) return { message: `unknown OpenAPI version "${version}"`, pointer: [value.openapi !== undefined ? 'openapi' : 'swagger'] };
    if (value.paths !== undefined && !isObject(value.paths)) return { message: '`paths` is not a mapping', pointer: ['paths'] };
    if (value.paths === undefined && version.startsWith('2')) return { message: 'a Swagger 2.0 document needs `paths`', pointer: [] };
    if (isObject(value.paths)) {
      for (const [p, item] of Object.entries(value.paths)) {
        if (!p.startsWith('/') && !p.startsWith('x-')) return { message: `path "${p}" does not start with /`, pointer: ['paths', p] };
        if (!isObject(item) && p.startsWith('/')) return { message: `path item "${p}" is not a mapping`, pointer: ['paths', p] };
      }
    }
    return null;
  }
  if (value !== true && value !== false && !isObject(value)) return { message: 'a JSON Schema must be an object or a boolean', pointer: [] };
  return null;
}

function finding(rule: string, file: string, line: number | null, detail: string, object: string): RawFinding {
  const r = contractRule(rule);
  const change = { detail, endpoints: new Set<string>() } as unknown as ContractChange;
  return { rule, file, line, message: r.message(change), object, direction: r.direction };
}

function mayHaveExternalRef(text: string): boolean {
  return /\$ref["']?\s*:\s*["']?(?:[a-z][a-z0-9+.-]*:|\/|\.\.|[^"'#\s]*\\)/i.test(text);
}

/** Repository files that reach a changed file through `$ref`, following chains (A -> B -> changed C). */
function referencingContracts(
  tree: Snapshot,
  changed: string[],
  read: (path: string) => string | null,
  ignored: (path: string) => boolean,
): string[] {
  const data = tree.list().filter((p) => DATA_FILE.test(p) && !ignored(p));
  // Every data file may be read: one git process for all of them, not one each.
  tree.prefetch?.(data);
  const reached = new Set(changed);
  const out: string[] = [];
  let frontier = [...changed];
  for (let round = 0; round < 16 && frontier.length; round++) {
    // A file is reached by its path, or by an absolute `$id` it declares (`$ref: https://…`).
    const ids = new Set(frontier.flatMap((p) => declaredIds(read(p))));
    const names = [...frontier.map((p) => p.split('/').pop()!), ...ids];
    const next: string[] = [];
    for (const path of data) {
      if (reached.has(path)) continue;
      const text = read(path);
      if (text === null || !names.some((n) => text.includes(n))) continue;
      const locations = [...text.matchAll(/\$ref["']?\s*:\s*["']?([^"'#\s]+)/g)].map((m) => m[1]);
      const refs = locations.map((l) => refTarget(path, l));
      if (!refs.some((t) => t.kind === 'local' && frontier.includes(t.file)) && !locations.some((l) => ids.has(l))) continue;
      reached.add(path);
      next.push(path);
      out.push(path);
    }
    frontier = next;
  }
  return out.sort();
}

/** `x-rollback-guard-ignore: ["rule-id: reason"]`, scoped to the object that carries it. */
function readSuppressions(doc: LoadedDocument): Suppression[] {
  const found: { pointer: Pointer; entries: unknown[] }[] = [];
  walk(doc.value, (v, pointer) => {
    if (isObject(v) && IGNORE_KEY in v) {
      const raw = v[IGNORE_KEY];
      found.push({ pointer, entries: Array.isArray(raw) ? raw : [raw] });
    }
  });
  if (!found.length) return [];
  const spans = doc.locate(found.flatMap((f) => [f.pointer, [...f.pointer, IGNORE_KEY]]));
  const out: Suppression[] = [];
  found.forEach((f, i) => {
    const scope = spans[2 * i];
    const keyLine = spans[2 * i + 1].line;
    for (const entry of f.entries) {
      if (typeof entry !== 'string') continue;
      const { rules, reason } = parseSuppressionBody(entry);
      out.push({ file: doc.path, line: keyLine, rules, reason, scope: { startLine: scope.line, endLine: scope.endLine } });
    }
  });
  return out;
}

/** Fills `line`/`endLine` of every finding that carries a pointer, one batch per file. */
function locateFindings(findings: RawFinding[], head: Workspace): void {
  const byFile = new Map<string, (RawFinding & { pointer: Pointer })[]>();
  for (const f of findings) {
    const p = (f as RawFinding & { pointer?: Pointer }).pointer;
    if (!p) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f as RawFinding & { pointer: Pointer });
    byFile.set(f.file, list);
  }
  for (const [file, list] of byFile) {
    const doc = head.doc(file);
    const spans = doc ? doc.locate(list.map((f) => f.pointer)) : [];
    list.forEach((f, i) => {
      f.line = spans[i]?.line ?? 1;
      delete (f as { pointer?: Pointer }).pointer;
    });
  }
}
