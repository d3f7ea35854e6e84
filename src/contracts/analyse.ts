/**
 * Contract analysis: find the contracts a PR touches (directly or through a file they `$ref`),
 * load base and head, diff them, and turn each change into one finding at its definition in head.
 * Nothing a document contains can make this throw: a broken document is `invalid-contract`.
 */
import { changesDataFile } from '../changes/file-kinds.js';
import { noticeUnreleasedRemovals } from './released.js';
import { compileGlob } from '../text/glob.js';
import type { AnalysisInput, AnalysisOutput } from '../engine.js';
import type { ChangedFile } from '../changes/types.js';
import { unreadableFindings, type NeededFile } from '../engine-core.js';
import type { RawFinding, Suppression } from '../findings.js';
import { parseSuppressionBody } from '../policy/suppression-body.js';
import { ignoredPaths } from '../config/ignored.js';
import type { ContractRole } from '../config/types.js';
import { NO_ENDPOINTS, type ContractChange } from './changes.js';
import { isJsonPath, ReadersNotLoaded, type LoadedDocument, type Pointer } from './load.js';
import { diffOpenApi } from './openapi-diff.js';
import { asyncApiProblem, diffAsyncApi } from './asyncapi-diff.js';
import { checkRefs } from './ref-check.js';
import { absoluteRef, DATA_FILE, declaredIds, getAt, idNeedle, isObject, refTarget, refUses, walk, Workspace, type Node, type SearchableSnapshot } from './refs.js';
import { SchemaDiffer } from './schema-diff.js';
import { metaSchemaProblem } from './meta.js';
import { configSchemaEvidence } from './roles.js';
import { findTwins, mergeTwins, twinObject } from './twins.js';
import { contractRule, contractRuleList } from './rules/index.js';
import type { ContractRule } from './rules/types.js';
import { criticalEndpoints } from '../policy/scenarios.js';

export type ContractKind = 'openapi' | 'asyncapi' | 'schema';

interface Candidate {
  path: string;
  basePath: string;
  role: ContractRole;
}

/** The analyser's view of the change set: which files changed, which the change set could not read. */
interface Sides {
  base: Workspace;
  head: Workspace;
  /** Changed files that exist in head but could not be read: the change set reports them itself. */
  unreadableInHead: (path: string) => boolean;
}

const SCHEMA_NAME = /\.schema\.(json|ya?ml)$/i;
/** Names that say "contract" even when the text cannot be read. */
const CONTRACT_NAME = /(?:\.schema\.(?:json|ya?ml)|(?:^|\/)[^/]*(?:openapi|swagger|asyncapi)[^/]*\.(?:json|ya?ml))$/i;
const IGNORE_KEY = 'x-rollback-guard-ignore';

/** What kind of contract a loaded document is, by content (SPEC 5), or null. */
export function contractKind(path: string, value: unknown): ContractKind | null {
  if (isObject(value)) {
    if (value.openapi !== undefined || value.swagger !== undefined) return 'openapi';
    if (value.asyncapi !== undefined) return 'asyncapi';
    if (typeof value.$schema === 'string' && /json-schema\.org|draft/i.test(value.$schema)) return 'schema';
  }
  if (SCHEMA_NAME.test(path)) return 'schema';
  return null;
}

/** Cheap text test before parsing: could this file be a contract? */
function mayBeContract(path: string, text: string): boolean {
  if (SCHEMA_NAME.test(path)) return true;
  if (/\.json$/i.test(path)) return /"(openapi|swagger|asyncapi|\$schema)"\s*:/.test(text.slice(0, 4096)) || /"(openapi|swagger|asyncapi)"\s*:/.test(text);
  return /^["']?(openapi|swagger|asyncapi|\$schema)["']?\s*:/m.test(text);
}

/**
 * Whether the contract analysis of `input` surely parses a contract, so that its readers (YAML,
 * ajv) are best loaded before it starts: a file forced to `contract`, or a changed YAML/JSON file
 * that `contracts:` in the configuration lists or that looks like a contract by its name or text
 * (the cheap test the analysis starts with), on either side. Otherwise the readers are loaded when
 * the analysis asks for them (ReadersNotLoaded, `runEngineAsync`): a changed package.json that no
 * contract `$ref`s never asks.
 */
export function contractReadersWanted(input: AnalysisInput): boolean {
  const { changes, config } = input;
  if (input.force?.contracts?.length) {
    // `rollback-guard contract a.json b.json` of a JSON OpenAPI document whose `$ref`s all stay
    // inside it parses no YAML and meta-validates no JSON Schema: neither reader is loaded (~50 ms
    // of start-up). Any other file named to `contract` loads both first.
    const trees = [changes.headTree, changes.baseTree];
    return !input.force.contracts.every((c) => trees.every((tree) => selfContainedJsonOpenApi(c.path, tree.read(c.path))));
  }
  const configured = config.contracts?.map((c) => compileGlob(c.path));
  const looksLike = (path: string, tree: typeof changes.headTree): boolean => {
    if (!DATA_FILE.test(path)) return false;
    if (configured?.some((isMatch) => isMatch(path))) return true;
    const text = tree.read(path);
    return text !== null && mayBeContract(path, text);
  };
  return changes.files.some(
    (f) => (f.status !== 'deleted' && looksLike(f.path, changes.headTree)) || (f.status !== 'added' && looksLike(f.oldPath ?? f.path, changes.baseTree)),
  );
}

/**
 * True when `text` (at `path`; null: absent) is read as JSON, names OpenAPI or Swagger near its
 * top and has no `$ref` that leaves the document (a text test: a `$ref` it misses only makes the
 * analysis ask for the readers, `runEngineAsync`).
 */
function selfContainedJsonOpenApi(path: string, text: string | null): boolean {
  if (text === null) return true;
  return isJsonPath(path, text) && /"(openapi|swagger)"\s*:/.test(text.slice(0, 4096)) && !/"\$ref"\s*:\s*"(?!#)/.test(text);
}

/** A text that does not parse, but names OpenAPI or a JSON Schema dialect at its top (or is *.schema.*). */
function namesContract(path: string, text: string): boolean {
  if (SCHEMA_NAME.test(path)) return true;
  if (/^\s*\{/.test(text)) return /"(openapi|swagger|asyncapi)"\s*:/.test(text) || JSON_SCHEMA_DIALECT.test(text.slice(0, 4096));
  return /^["']?(openapi|swagger|asyncapi)["']?\s*:/m.test(text) || /^["']?\$schema["']?\s*:\s*["']?[^\s"']*(json-schema\.org|draft)/im.test(text);
}
const JSON_SCHEMA_DIALECT = /"\$schema"\s*:\s*"[^"]*(json-schema\.org|draft)/i;

export function analyseContracts(input: AnalysisInput): AnalysisOutput {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const configured = config.contracts?.map((c) => ({ isMatch: compileGlob(c.path), role: c.role }));
  const forced = new Map<string, ContractRole | undefined>((input.force?.contracts ?? []).map((c) => [c.path, c.role]));
  const base = new Workspace(changes.baseTree, { duplicateKeys: false });
  const head = new Workspace(changes.headTree);
  const skippedByChangeSet = new Set(changes.skipped.map((s) => s.file));
  const headTree = changes.headTree as SearchableSnapshot;
  const sides: Sides = {
    base,
    head,
    unreadableInHead: (path) => skippedByChangeSet.has(path) || headTree.unreadable?.(path) !== undefined,
  };
  const findings: RawFinding[] = [];
  const suppressions: Suppression[] = [];
  const files = new Set<string>();
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  /** Detected JSON Schemas of the application's own configuration (not contracts), with why. */
  const configSchemas = new Map<string, string>();
  /** …and the defect of those that do not read as they are (a duplicate key). */
  const configDefects = new Map<string, string>();

  const roleOf = (path: string, text: string | null, side: Workspace): ContractRole | null => {
    if (forced.has(path)) return forced.get(path) ?? 'api';
    if (ignored(path) || !DATA_FILE.test(path)) return null;
    if (configured) return configured.find((c) => c.isMatch(path))?.role ?? null;
    if (text === null || !mayBeContract(path, text)) return null;
    const doc = side.doc(path);
    if (!doc) return null;
    // it says it is a contract: an unreadable one is invalid-contract (a `$schema` of another
    // tool, turbo.json's JSONC, is not) — unless what JSON.parse made of a duplicate key shows a
    // JSON Schema of the application's configuration (kratos' embedx/config.schema.json): no
    // contract either way, listed as skipped with its evidence.
    if (doc.error) {
      const why = doc.recovered !== undefined && contractKind(path, doc.recovered) === 'schema' ? configSchemaEvidence(path, doc.recovered, side) : null;
      if (why === null) return namesContract(path, text) ? 'api' : null;
      configSchemas.set(path, why);
      configDefects.set(path, `${doc.error.message} (line ${doc.error.line})`);
      return null;
    }
    const kind = contractKind(path, doc.value);
    if (kind === 'schema') {
      const why = configSchemaEvidence(path, doc.value, side);
      if (why !== null) {
        configSchemas.set(path, why);
        return null;
      }
    }
    return kind ? 'api' : null;
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
  /** Changed files head does not take for contracts: were they contracts in base? */
  const maybeFormer: ChangedFile[] = [];
  const needed: NeededFile[] = [];
  for (const file of changes.files) {
    const basePath = file.oldPath ?? file.path;
    if (!forced.has(file.path) && !changesDataFile(file)) continue;
    for (const side of unreadableSides(file, basePath)) needed.push(side);
    if (file.status === 'deleted') {
      const text = base.text(basePath);
      if (roleOf(basePath, text, base)) {
        files.add(file.path);
        findings.push(finding('contract-removed', file.path, null, `${file.path} was deleted`, file.path));
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
    // a $ref to the old path of a renamed file dangles now
    if (basePath !== file.path && !ignored(basePath) && DATA_FILE.test(basePath)) changedOther.push(basePath);
    if (DATA_FILE.test(basePath) && !ignored(basePath)) maybeFormer.push(file);
  }
  // A contract in base stays one: emptied, replaced by something else or unreadable, it is judged
  // against what it was (contract-removed / invalid-contract), never dropped from the analysis.
  if (maybeFormer.length) base.tree.prefetch?.(maybeFormer.map((f) => f.oldPath ?? f.path));
  for (const file of maybeFormer) {
    const basePath = file.oldPath ?? file.path;
    if (!roleOf(basePath, base.text(basePath), base)) continue;
    files.add(file.path);
    if (ignored(file.path)) {
      // Moved under ignore-paths by this PR: the configuration (from base) excludes the new path,
      // not the contract, and base checked it. Not looking at it would let any PR take its
      // contract out of the gate and break it in the same step (session 13 audit): the checked
      // contract is gone, as if deleted. A contract that was under ignore-paths already is not a
      // contract here (roleOf) and stays unreported.
      findings.push(finding('contract-removed', basePath, null, `${basePath} was moved to ${file.path}, which ignore-paths excludes from the check`, basePath));
      continue;
    }
    if (!DATA_FILE.test(file.path)) {
      findings.push(finding('contract-removed', basePath, null, `${basePath} was renamed to ${file.path}, which is not a contract file`, basePath));
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

  // 2. contracts that reach a changed file through $ref (transitively, by name first, then for real)
  if (changedOther.length) {
    for (const path of referencingContracts(base, head, changedOther, ignored)) {
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
      analyseOne(c, sides, differ, changeList, findings);
    } catch (e) {
      if (e instanceof ReadersNotLoaded) throw e; // the entry point loads them and runs again
      findings.push(finding('invalid-contract', c.path, 1, `could not be analysed (${(e as Error).message})`, c.path));
    }
  }
  for (const change of differ.all()) changeList.push(change);
  // copies of one API (twins) report a change they share once, on the primary copy
  const twins = findTwins(
    head,
    candidates.map((c) => {
      const order = configured ? configured.findIndex((e) => e.isMatch(c.path)) : -1;
      return { path: c.path, configOrder: order === -1 ? Infinity : order };
    }),
  );
  for (const f of mergeTwins(toFindings(changeList, differ, criticalEndpoints(config)), twins)) {
    delete f.twinKey;
    findings.push(f);
  }

  // 4. every $ref of the analysed contracts and of the files they reach: external, dangling,
  // unreadable or looping references are findings at the reference
  const basePathOf = new Map(changes.files.filter((f) => f.oldPath).map((f) => [f.path, f.oldPath!]));
  const changedPaths = new Set(changes.files.map((f) => f.path));
  for (const f of checkRefs(base, head, candidates.map((c) => c.path), (path) => basePathOf.get(path) ?? path)) {
    findings.push({ ...finding(f.rule, f.file, 0, f.detail, f.object), ...(f.severity ? { severity: f.severity } : {}), pointer: f.pointer } as RawFinding & { pointer: Pointer });
  }
  // suppressions: in the contracts and the changed files they reach
  for (const doc of head.loaded()) {
    if (!doc.error && (seen.has(doc.path) || changedPaths.has(doc.path)) && doc.text.includes(IGNORE_KEY)) {
      // Base's version of a changed file tells the suppressions this PR adds (docs/approvals.md); an unchanged file adds none.
      const before = changedPaths.has(doc.path) ? base.doc(basePathOf.get(doc.path) ?? doc.path) : undefined;
      for (const sup of readSuppressions(doc, before === undefined ? undefined : before && !before.error ? before.value : null)) suppressions.push(sup);
    }
  }
  // Removals of what no release ever had are notices (released.ts).
  noticeUnreleasedRemovals(findings, changes, config);
  locateFindings(findings, head);
  const skipped = [...new Map([...head.unreadable, ...base.unreadable])]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, reason]) => ({ file, reason: `a contract refers to it ($ref), but it could not be read (${reason})` }));
  for (const [file, why] of [...configSchemas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (seen.has(file) || files.has(file)) continue;
    const defect = configDefects.get(file);
    const by = defect === undefined ? why : `${why}; it does not read as it is: ${defect}`;
    skipped.push({ file, reason: `a JSON Schema of the application's configuration file (by ${by}), not a contract unless \`contracts:\` in the configuration lists it` });
  }
  for (const s of unread.skipped) skipped.push(s);
  return { findings, suppressions, files: [...files].sort(), ...(skipped.length ? { skipped } : {}) };
}

function analyseOne(c: Candidate, sides: Sides, differ: SchemaDiffer, out: ContractChange[], findings: RawFinding[]): void {
  const { base, head } = sides;
  const headDoc = head.doc(c.path);
  if (!headDoc) {
    // Over the size limit, binary, a link leaving the repository: the change set lists it with why
    // (and reports it); anything else that does not read is this analyser's to say.
    if (!sides.unreadableInHead(c.path)) findings.push(finding('invalid-contract', c.path, 1, 'it could not be read', c.path));
    return;
  }
  const baseRoot = base.root(c.basePath);
  const baseKind = baseRoot ? contractKind(c.basePath, baseRoot.value) : null;
  let kind = headDoc.error ? null : contractKind(c.path, headDoc.value);
  if (baseKind && kind !== baseKind && (kind === null || baseKind !== 'schema')) {
    // A contract in base that is not the same kind of contract in head.
    if (headDoc.text.trim() === '' || (!headDoc.error && emptied(headDoc.value, baseKind))) {
      findings.push(finding('contract-removed', c.path, 1, `${c.path} was emptied (${describeValue(headDoc)})`, c.path));
      return;
    }
    if (!headDoc.error && baseKind !== 'schema') {
      const key = baseKind === 'openapi' ? '`openapi` or `swagger` key' : '`asyncapi` key';
      const what = kind ? KIND_NAMES[kind] : isObject(headDoc.value) ? `a mapping without an ${key}` : describeValue(headDoc);
      findings.push({
        ...finding('invalid-contract', c.path, 0, `it was ${KIND_NAMES[baseKind]} in base and is now ${what}`, c.path),
        pointer: [],
      } as RawFinding & { pointer: Pointer });
      return;
    }
    if (!headDoc.error) kind = 'schema'; // a JSON Schema in base stays one, whatever head declares
  }
  if (headDoc.error) {
    findings.push(finding('invalid-contract', c.path, headDoc.error.line, headDoc.error.message, c.path));
    return;
  }
  const problem =
    kind === 'asyncapi'
      ? asyncApiProblem(headDoc.value)
      : (structuralProblem(kind, headDoc.value) ?? (kind === 'schema' ? metaSchemaProblem(headDoc.value, headDoc.text.length) : null));
  if (problem) {
    findings.push({ ...finding('invalid-contract', c.path, 0, problem.message, c.path), pointer: problem.pointer } as RawFinding & { pointer: Pointer });
    return;
  }
  const baseDoc = base.doc(c.basePath);
  if (baseDoc?.error && baseDoc.text.trim() !== '') {
    // Base does not parse (a YAML duplicate key, a tab, broken JSON) and head does: the comparison
    // below sees no base and reports nothing removed, so a PR that fixes the syntax and drops a
    // property in the same edit passed silently (session 13 audit). What clients were built
    // against cannot be told: fail closed on the contract (the rest is compared as new, as before).
    const where = c.basePath === c.path ? 'its base version' : `its base version ${c.basePath}`;
    findings.push(finding('invalid-contract', c.path, 1, `${where} does not parse (${baseDoc.error.message}, line ${baseDoc.error.line}), so what this change removes cannot be told`, c.path));
  }
  const headRoot = head.root(c.path) as Node;
  if (kind === 'openapi') {
    for (const change of diffOpenApi(base, head, baseKind === 'openapi' ? baseRoot : null, headRoot, differ)) out.push(change);
  } else if (kind === 'asyncapi') {
    // a base that no longer reads as AsyncAPI is compared as absent: every channel is new
    const readable = baseKind === 'asyncapi' && asyncApiProblem(baseRoot!.value) === null;
    for (const change of diffAsyncApi(base, head, readable ? baseRoot : null, headRoot, differ)) out.push(change);
  } else if (baseRoot && baseKind !== 'openapi') {
    const flow = c.role === 'event' ? 'event' : 'response';
    differ.diff(baseRoot, headRoot, flow, { context: '', endpoint: null });
  }
}

const KIND_NAMES: Record<ContractKind, string> = { openapi: 'an OpenAPI document', asyncapi: 'an AsyncAPI document', schema: 'a JSON Schema' };

/** A document with nothing in it: no value, or (for what was an OpenAPI document) `{}` / `[]`. */
function emptied(value: unknown, baseKind: ContractKind): boolean {
  if (value === undefined || value === null) return true;
  if (baseKind === 'schema') return false; // `{}` is a JSON Schema (it accepts anything)
  return Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0;
}

/** `an empty file`, `{}`, `a string`: what a document that is no contract holds, for messages. */
function describeValue(doc: LoadedDocument): string {
  const v = doc.value;
  if (doc.text.trim() === '' || v === undefined) return 'an empty file';
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length ? 'a list' : '[]';
  if (isObject(v)) return Object.keys(v).length ? 'a mapping' : '{}';
  return `a ${typeof v}`;
}

/**
 * A finding lists every operation it reaches while the lists of all findings stay within
 * ENDPOINT_BUDGET entries; past that, each lists its first MAX_LISTED_ENDPOINTS (sorted). Its
 * message counts them all either way.
 */
export const MAX_LISTED_ENDPOINTS = 50;
export const ENDPOINT_BUDGET = 1_000_000;

interface Group {
  rule: ContractRule;
  change: ContractChange;
  count: number;
  first: string[];
  /** An operation past the first ones that `critical.endpoints` or a scenario names (policy escalates on it). */
  critical: string | null;
  /** The last operation counted (each is counted once per finding). */
  last: number;
}

/**
 * One finding per change, where the same change reached through two pairings (oneOf branches) is
 * one finding. Which operations reach each finding is computed once for all: every operation in
 * sorted order walks the comparisons it started, and each finding keeps a count and the
 * operations it lists (see ENDPOINT_BUDGET) and, past those, one that `critical.endpoints` names,
 * so the policy escalates exactly as with the whole list. Memory stays proportional to the input,
 * not to findings x operations (10,000 changed schemas shared by 10,000 operations, a 3 MB spec,
 * would otherwise list 100 million).
 */
function toFindings(changeList: ContractChange[], differ: SchemaDiffer, isCritical: (endpoint: string) => boolean): (RawFinding & { twinKey?: string })[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf = new Map<ContractChange, Group>();
  const direct = new Map<string, Group[]>();
  // which rule reports a change depends on its kind, flow and whether it is a parameter's
  const ruleCache = new Map<string, ContractRule | null>();
  for (const change of changeList) {
    const ruleKey = `${change.kind} ${change.flow} ${change.parameter}`;
    let rule = ruleCache.get(ruleKey);
    if (rule === undefined) ruleCache.set(ruleKey, (rule = contractRuleList.find((r) => r.matches(change)) ?? null));
    if (!rule) continue;
    const key = `${rule.meta.id}\u0000${change.at.file}\u0000${change.at.pointer.join('/')}\u0000${change.object}\u0000${change.detail}`;
    let group = byKey.get(key);
    if (!group) {
      group = { rule, change, count: 0, first: [], critical: null, last: 0 };
      byKey.set(key, group);
      groups.push(group);
    }
    groupOf.set(change, group);
    // operation-level changes name their operation themselves
    for (const endpoint of change.endpoints) {
      const list = direct.get(endpoint);
      if (list) list.push(group);
      else direct.set(endpoint, [group]);
    }
  }
  const endpoints = [...new Set([...direct.keys(), ...differ.endpoints()])].sort();
  let budget = ENDPOINT_BUDGET;
  endpoints.forEach((endpoint, i) => {
    const count = (group: Group | undefined): void => {
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
    line: 0, // located below
    message: rule.message(count ? { ...change, endpoints: new Set(first), endpointCount: count } : change),
    object: change.object,
    direction: rule.direction,
    endpoints: critical ? [...first, critical] : first,
    ...(change.severity ? { severity: change.severity } : {}),
    ...(eventProperty(change) ? { code: { kind: 'property' as const, name: change.name!, removes: false } } : {}),
    pointer: change.at.pointer,
    twinKey: `${rule.meta.id}\u0000${twinObject(change.object)}\u0000${change.detail}`,
  })) as (RawFinding & { pointer: Pointer; twinKey?: string })[];
}

/**
 * An event's property that old consumers read or old producers write is gone or now required:
 * the code of base that names it is evidence (code-references), never a reason to downgrade.
 */
function eventProperty(change: ContractChange): boolean {
  return change.flow === 'event' && change.name !== undefined && ['property-removed', 'property-became-required', 'required-property-added'].includes(change.kind);
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
  const change = { detail, endpoints: NO_ENDPOINTS } as unknown as ContractChange;
  return { rule, file, line, message: r.message(change), object, direction: r.direction };
}

/**
 * What to search the texts for to find a `$ref` to a file named `name`: its longest run of the
 * characters a URI reference writes as they are (RFC 3986 unreserved: letters, digits, `-._~`).
 * A `$ref` may percent-encode the rest (`my%20user.yaml` for `my user.yaml`, `%C3%BC` for `ü`), and
 * the parsed `$ref` decodes it (refTarget): searched by the whole name, the file that refers to it
 * that way was never read and its contract passed unchecked. A data file's name ends in `.json`,
 * `.yaml` or `.yml`, so the run is never shorter than 4 characters; a shorter run only finds more
 * candidates, each confirmed on its parsed `$ref`s.
 */
function refNameNeedle(name: string): string {
  const runs = name.match(/[A-Za-z0-9._~-]+/g) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '') || name;
}

/**
 * Repository files that reach a changed file through `$ref`, following chains (A -> B -> changed C).
 * Each round looks for the files whose text names a file of the frontier (its base name, or the
 * last segment of an absolute `$id` it declares): with a searchable snapshot (git grep) only those
 * are read, otherwise every data file is; each one found is then confirmed on its parsed `$ref`s.
 */
function referencingContracts(base: Workspace, head: Workspace, changed: string[], ignored: (path: string) => boolean): string[] {
  const tree = head.tree;
  const reached = new Set(changed);
  const out: string[] = [];
  let everyDataFile: string[] | null = null;
  let frontier = changed;
  // Each round reaches files not reached before, so the rounds end (at most one per file).
  for (let round = 0; frontier.length; round++) {
    const inFrontier = new Set(frontier);
    // Read together, each side in one batch: one at a time, a PR renaming 84 data files (chef-server
    // a58c7704) asked git 84 times for paths base does not have (when its listing is not at hand).
    tree.prefetch?.(frontier);
    if (round === 0) base.tree.prefetch?.(frontier);
    // A file is reached by its path, or by an absolute `$id` it declares (`$ref: https://…`); a
    // changed file also by the `$id`s it declared in base (deleted, or no longer declared).
    const ids = new Set(frontier.flatMap((p) => [...declaredIds(head.text(p)), ...(round === 0 ? declaredIds(base.text(p)) : [])]));
    const names = [...new Set([...frontier.map((p) => refNameNeedle(p.split('/').pop()!)), ...[...ids].map(idNeedle)])];
    let candidates: string[];
    if (tree.filesContaining) {
      const found = new Set<string>();
      for (const path of head.searchAny(names) ?? []) found.add(path);
      candidates = [...found].filter((p) => !reached.has(p) && !ignored(p));
    } else {
      everyDataFile ??= tree.list().filter((p) => DATA_FILE.test(p) && !ignored(p));
      candidates = everyDataFile.filter((p) => !reached.has(p));
    }
    // Every candidate may be read: one git process for all of them, not one each.
    tree.prefetch?.(candidates);
    const next: string[] = [];
    const reach = (path: string): void => {
      reached.add(path);
      next.push(path);
      out.push(path);
    };
    // A link inside the repository reads as its target (the snapshot follows it), so a `$ref` to
    // `api/shared/user.yaml` with `api/shared -> ../shared` (or a file link) reaches a changed
    // `shared/user.yaml` under another path: told apart by the path alone, the contract passed
    // unchecked (session 13 audit). A target that has a frontier file's name but not its path is
    // such a link when it reads as that file's head text (a copy with the same text is analysed
    // too: a contract more, never one less). Those targets are read together, after the others.
    const frontierNamed = new Map<string, string[]>();
    for (const p of frontier) {
      const name = p.split('/').pop()!;
      frontierNamed.set(name, [...(frontierNamed.get(name) ?? []), p]);
    }
    const linkSuspects = new Map<string, string[]>();
    for (const path of candidates) {
      const text = head.text(path);
      if (text === null || !names.some((n) => text.includes(n))) continue;
      const doc = head.doc(path);
      if (!doc || doc.error) continue;
      const suspects: string[] = [];
      const refers = refUses(doc).some(({ ref }) => {
        const location = ref.split('#')[0];
        if (location !== '' && (ids.has(location) || ids.has(absoluteRef(doc.value, location) ?? ''))) return true;
        const target = refTarget(path, ref);
        if (target.kind !== 'local') return false;
        if (inFrontier.has(target.file)) return true;
        if (frontierNamed.has(target.file.split('/').pop()!)) suspects.push(target.file);
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
          return text !== null && frontierNamed.get(file.split('/').pop()!)!.some((f) => head.text(f) === text);
        });
        if (linked) reach(path);
      }
    }
    frontier = next;
  }
  return out.sort();
}

/**
 * `x-rollback-guard-ignore: ["rule-id: reason"]`, scoped to the object that carries it. `before`:
 * base's document (null: none), to mark the entries the PR adds — one base does not have, word for
 * word, on the object at the same JSON pointer (approvals.ts); undefined leaves `added` unset.
 */
function readSuppressions(doc: LoadedDocument, before?: unknown): Suppression[] {
  const found: { pointer: Pointer; entries: unknown[] }[] = [];
  walk(
    doc.value,
    (v, at) => {
      if (isObject(v) && IGNORE_KEY in v) {
        const raw = v[IGNORE_KEY];
        found.push({ pointer: at(), entries: Array.isArray(raw) ? raw : [raw] });
      }
    },
    { shared: doc.format !== 'json' },
  );
  if (!found.length) return [];
  const spans = doc.locate(found.flatMap((f) => [f.pointer, [...f.pointer, IGNORE_KEY]]));
  const out: Suppression[] = [];
  found.forEach((f, i) => {
    const scope = spans[2 * i];
    const keyLine = spans[2 * i + 1].line;
    const inBase = before === undefined ? null : baseIgnoreEntries(before, f.pointer);
    for (const entry of f.entries) {
      if (typeof entry !== 'string') continue;
      const { rules, reason } = parseSuppressionBody(entry);
      const at = inBase ? inBase.indexOf(entry.trim()) : -1;
      if (inBase && at >= 0) inBase.splice(at, 1); // one base entry vouches for one head entry
      out.push({ file: doc.path, line: keyLine, rules, reason, scope: { startLine: scope.line, endLine: scope.endLine }, ...(inBase ? { added: at < 0 } : {}) });
    }
  });
  return out;
}

/** The `x-rollback-guard-ignore` entries (trimmed) of base's object at `pointer`; empty when there is none. */
function baseIgnoreEntries(before: unknown, pointer: Pointer): string[] {
  const node = getAt(before, pointer);
  if (!isObject(node) || !(IGNORE_KEY in node)) return [];
  const raw = node[IGNORE_KEY];
  return (Array.isArray(raw) ? raw : [raw]).filter((e): e is string => typeof e === 'string').map((e) => e.trim());
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
