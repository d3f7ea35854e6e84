/**
 * Mission-critical scenarios (SPEC 8, docs/scenarios.md): which of them a finding touches.
 *
 * `critical:` is the unnamed scenario of SPEC 5 and keeps its own matching exactly (a table glob
 * against the table's full or last name, `critical.endpoints` as before). Named `scenarios:` match
 * by what a finding carries:
 * - tables: identifiers normalised as the catalog does (quotes gone, `public.` dropped) and compared
 *   without regard to case; an unqualified name on either side matches the table in any schema;
 * - columns: `table.column` (`orders.*`: every column); a finding that names no column of a table it
 *   touches (a dropped or renamed table, a check constraint) touches every column of that table;
 * - endpoints: `METHOD /path` globs (`*` or no method: any), path parameters compared by position
 *   (`{id}` matches `{orderId}`);
 * - events: the names a finding carries, a webhook's name, or the file name of an event contract
 *   without its extensions (`events/order-placed.schema.json` → `order-placed`);
 * - files: a glob against the finding's file.
 * What the gate could not read touches what it may hold (fail closed): a dropped schema its tables, an
 * unparsed statement or a down migration the tables its text names, an unreadable or removed contract every scenario
 * with endpoints or events. Everything is compiled once per run; matching one finding costs its
 * lists × the scenarios' lists (and an unparsed statement's words, read once).
 */
import type { Config, Scenario } from '../config/types.js';
import type { Category, Finding, RawFinding } from '../findings.js';
import { normalizeIdent } from '../migrations/model.js';
import { compileGlob, globMatcher } from '../text/glob.js';

/** What a finding touches: the unnamed `critical:` scenario, and the named ones (config order). */
export interface ScenarioTouch {
  critical: boolean;
  scenarios: string[];
}

/** A configured scenario and whether an active (unsuppressed) finding touches it: the headline, and `plan`'s `scenarios`. */
export interface ScenarioStatus {
  name: string;
  affected: boolean;
}

/**
 * Every named scenario of the configuration, in config order, with whether an unsuppressed finding
 * of `findings` names it. Empty when the configuration names none (then reports say nothing).
 */
export function scenarioStatus(config: Pick<Config, 'scenarios'>, findings: readonly Pick<Finding, 'scenarios' | 'suppressed'>[]): ScenarioStatus[] {
  const affected = new Set<string>();
  for (const f of findings) if (!f.suppressed) for (const name of f.scenarios ?? []) affected.add(name);
  return config.scenarios.map((s) => ({ name: s.name, affected: affected.has(s.name) }));
}

/** A finding's touch test for every scenario of the config, compiled once. */
export function scenarioMatcher(config: Pick<Config, 'critical' | 'scenarios'>): (r: RawFinding, category: Category) => ScenarioTouch {
  const isCriticalTable = legacyTableMatcher(config.critical.tables);
  const isCriticalEndpoint = endpointMatcher(config.critical.endpoints);
  const named = config.scenarios.map((s) => ({ name: s.name, touches: compileScenario(s) }));
  return (r, category) => {
    const critical = (r.tables ?? []).some(isCriticalTable) || (r.endpoints ?? []).some(isCriticalEndpoint);
    const scenarios: string[] = [];
    if (named.length > 0) {
      const facts = findingFacts(r, category);
      for (const s of named) if (s.touches(facts)) scenarios.push(s.name);
    }
    return { critical, scenarios };
  };
}

/** Every endpoint glob of the config (`critical` and the scenarios'): the contract analyser keeps a finding's operations that match one. */
export function criticalEndpoints(config: Pick<Config, 'critical' | 'scenarios'>): (endpoint: string) => boolean {
  const legacy = endpointMatcher(config.critical.endpoints);
  const named = scenarioEndpointMatcher(config.scenarios.flatMap((s) => s.endpoints));
  return (endpoint) => legacy(endpoint) || named(endpoint);
}

// ---- what a finding touches, read once ----

interface TableName {
  /** Lower-cased schema (or database) qualifier, null when unqualified. */
  schema: string | null;
  name: string;
}

interface FindingFacts {
  file: string;
  /** Tables the finding touches, each with the columns it names there (empty: the whole table). */
  tables: { table: TableName; columns: string[] }[];
  /** Schemas dropped whole (every table in them). */
  schemas: string[];
  endpoints: { method: string | null; path: string }[];
  events: string[];
  /** Lower-cased words of a statement that could not be read, made on first use. */
  words: (() => Set<string>) | null;
  /** What the finding reaches is unknown (the file could not be read): every scenario that lists tables, endpoints or events. */
  unknownReach: 'all' | 'contract' | null;
}

/**
 * Findings about a whole file whose content the gate could not compare: what they reach is
 * unknown, so they touch every scenario that relies on that kind of object (fail closed). A
 * removed contract takes every operation and event in it away.
 */
const UNKNOWN_REACH: Record<string, FindingFacts['unknownReach']> = {
  'unreadable-file': 'all',
  'invalid-contract': 'contract',
  'contract-removed': 'contract',
};

/** Words of SQL text: identifiers, quoted or not (`"Orders"`, `sales.orders` gives `sales` and `orders`). */
const WORD = /[\p{L}\p{N}_$]+/gu;

function findingFacts(r: RawFinding, category: Category): FindingFacts {
  const tables = new Map<string, { table: TableName; columns: string[] }>();
  const tableOf = (name: string): { table: TableName; columns: string[] } => {
    const key = name.toLowerCase();
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { table: splitTable(key.split('.')), columns: [] }));
    return t;
  };
  for (const t of r.tables ?? []) tableOf(t);
  const columns = [...(r.columns ?? [])];
  if (r.code?.kind === 'column') columns.push({ table: r.code.table, column: r.code.column });
  for (const c of columns) tableOf(c.table).columns.push(c.column.toLowerCase());
  const events = (r.events ?? []).map((e) => e.toLowerCase());
  const endpoints: FindingFacts['endpoints'] = [];
  for (const e of r.endpoints ?? []) {
    const hook = /^[A-Za-z]+ webhook (.+)$/.exec(e);
    if (hook) events.push(hook[1].toLowerCase());
    else endpoints.push(splitEndpointPattern(e));
  }
  if (category === 'contract') events.push(eventName(r.file).toLowerCase());
  const text = r.text;
  let words: Set<string> | null = null;
  return {
    file: r.file,
    tables: [...tables.values()],
    schemas: (r.schemas ?? []).map((s) => s.toLowerCase()),
    endpoints,
    events,
    words: text === undefined ? null : () => (words ??= new Set(text.toLowerCase().match(WORD) ?? [])),
    unknownReach: (r.endpoints?.length ?? 0) === 0 ? (UNKNOWN_REACH[r.rule] ?? null) : null,
  };
}

/** `events/order-placed.schema.json` → `order-placed`: an event contract's file names its event. */
export function eventName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.replace(/\.(json|ya?ml)$/i, '').replace(/\.schema$/i, '');
}

// ---- one scenario, compiled ----

function compileScenario(s: Scenario): (f: FindingFacts) => boolean {
  const tableNames = s.tables.map((t) => splitTable(normalizedParts(t)));
  const columnEntries = s.columns.map((c) => {
    const parts = normalizedParts(c);
    return { table: splitTable(parts.slice(0, -1)), column: compileGlob(parts.at(-1) ?? '') };
  });
  const tables = tableNames.map(tablePattern);
  const columns = columnEntries.map((c) => ({ table: tablePattern(c.table), column: c.column }));
  // Every table the scenario relies on, through `tables` or `columns`: for a dropped schema and unread text.
  const relied = [...tableNames, ...columnEntries.map((c) => c.table)];
  const reliedNames = relied.map((t) => compileGlob(t.name));
  const endpoint = scenarioEndpointMatcher(s.endpoints);
  const events = s.events.length > 0 ? globMatcher(s.events.map((e) => e.toLowerCase())) : null;
  const files = s.files.length > 0 ? globMatcher(s.files) : null;
  const hasContracts = s.endpoints.length > 0 || s.events.length > 0;
  return (f) => {
    if (files?.(f.file)) return true;
    if (f.unknownReach === 'contract' && hasContracts) return true;
    if (f.unknownReach === 'all' && (hasContracts || relied.length > 0)) return true;
    if (events && f.events.some(events)) return true;
    if (s.endpoints.length > 0 && f.endpoints.some((e) => endpoint(e))) return true;
    for (const { table, columns: named } of f.tables) {
      if (tables.some((p) => p(table))) return true;
      // No column named: the finding is about the whole table, every column of it included.
      for (const c of columns) if (c.table(table) && (named.length === 0 || named.some(c.column))) return true;
    }
    // A dropped schema takes its tables; `public` (the catalog drops it from names) the unqualified ones.
    for (const schema of f.schemas) if (relied.some((t) => (t.schema === null ? schema === 'public' : t.schema === schema))) return true;
    // A statement the gate could not read touches the tables it names.
    if (f.words && reliedNames.length > 0) {
      for (const word of f.words()) if (reliedNames.some((isName) => isName(word))) return true;
    }
    return false;
  };
}

/** A config identifier as the catalog spells it (`"Sales".Orders` → `Sales.orders`, `public.x` → `x`), lower-cased for comparison. */
function normalizedParts(entry: string): string[] {
  return normalizeIdent(entry).toLowerCase().split('.');
}

function splitTable(parts: string[]): TableName {
  return { schema: parts.length > 1 ? parts.slice(0, -1).join('.') : null, name: parts.at(-1) ?? '' };
}

/** `orders` matches `orders` in any schema; `sales.orders` matches `sales.orders` and an unqualified `orders` (the search path is unknown). */
function tablePattern({ schema, name }: TableName): (t: TableName) => boolean {
  const isName = compileGlob(name);
  const isSchema = schema === null ? null : compileGlob(schema);
  return (t) => isName(t.name) && (isSchema === null || t.schema === null || isSchema(t.schema));
}

// ---- endpoints ----

const ENDPOINT = /^([A-Za-z]+|\*)\s+(\S+)$/;

/** `POST /orders/{id}/` → `POST`, `/orders/{}`: method upper-cased (`*` or none: null), path parameters unnamed, no trailing `/`. */
export function splitEndpointPattern(text: string): { method: string | null; path: string } {
  const m = ENDPOINT.exec(text.trim());
  const method = m && m[1] !== '*' ? m[1].toUpperCase() : null;
  const path = (m ? m[2] : text.trim()).replace(/\{[^{},/]*\}/g, '{}');
  return { method, path: path.length > 1 ? path.replace(/\/+$/, '') || '/' : path };
}

function scenarioEndpointMatcher(patterns: string[]): (endpoint: { method: string | null; path: string } | string) => boolean {
  const compiled = patterns.map((p) => {
    const { method, path } = splitEndpointPattern(p);
    return { method, isMatch: compileGlob(path) };
  });
  if (compiled.length === 0) return () => false;
  return (endpoint) => {
    const e = typeof endpoint === 'string' ? splitEndpointPattern(endpoint) : endpoint;
    return compiled.some((c) => (c.method === null || c.method === e.method) && c.isMatch(e.path));
  };
}

// ---- `critical:`, unchanged ----

function legacyTableMatcher(patterns: string[]): (table: string) => boolean {
  if (patterns.length === 0) return () => false;
  const isMatch = globMatcher(patterns.map((p) => p.toLowerCase()));
  return (value) => {
    const t = value.toLowerCase();
    return isMatch(t) || isMatch(t.split('.').pop() ?? t);
  };
}

/** `POST /orders` → method `POST` and path glob `/orders`; `/payments/**` → any method. */
export function splitEndpoint(pattern: string): { method: string | null; path: string } {
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(pattern.trim());
  return { method: m ? m[1].toUpperCase() : null, path: m ? m[2] : pattern.trim() };
}

/** `POST /orders` matches that method and path; `/payments/**` any method under that path (`critical.endpoints`). */
export function endpointMatcher(patterns: string[]): (endpoint: string) => boolean {
  const compiled = patterns.map((p) => {
    const { method, path } = splitEndpoint(p);
    return { method, isMatch: compileGlob(path) };
  });
  return (endpoint) => {
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(endpoint);
    const method = m ? m[1].toUpperCase() : null;
    const path = m ? m[2] : endpoint;
    return compiled.some((c) => (c.method === null || c.method === method) && c.isMatch(path));
  };
}
