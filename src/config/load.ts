/**
 * Reads and validates the configuration (SPEC 5). Every user error becomes one ConfigError
 * sentence naming the file, the key and what is allowed.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { splitEndpoint, splitEndpointPattern } from '../policy/scenarios.js';
import { ruleMeta } from '../rules.js';
import { globProblem } from '../text/glob.js';
import { normalizeIdent } from '../migrations/model.js';
import { defaultConfig, type Config, type MigrationSet, type Scenario } from './types.js';
import { ConfigError } from './errors.js';

export { CONFIG_PATHS } from './paths.js';

export { ConfigError };

let validate: ReturnType<Ajv['compile']> | null = null;

export function parseConfig(text: string, source: string): Config {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    // The parser's first line ends in ':' before a code excerpt; the sentence ends here instead.
    const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/[\s:]+$/, '');
    throw new ConfigError(`${source} is not valid YAML: ${reason}.`);
  }
  if (data === null || data === undefined) data = {};
  validate ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  // Every problem at once, so a user fixes the file in one go.
  const problems = validate(data) ? [] : describeAll(validate.errors ?? []);

  const raw = data as {
    migrations?: Partial<MigrationSet> | Partial<MigrationSet>[];
    contracts?: { path: string; role?: 'api' | 'event' }[];
    rules?: Config['rules'];
    critical?: Partial<Config['critical']>;
    scenarios?: (Partial<Scenario> & { name: string })[];
    allow?: Config['allow'];
    'ignore-paths'?: string[];
    'down-migrations'?: Config['downMigrations'];
    released?: Config['released'];
    'release-tags'?: string[];
    'code-references'?: Partial<Config['codeReferences']>;
    approvals?: { required?: boolean; label?: string };
  };
  if (isObject(raw.rules)) {
    for (const id of Object.keys(raw.rules)) {
      if (!ruleMeta(id)) problems.push(`unknown rule 'rules.${id}'; run \`rollback-guard rules\` for the list of rule ids.`);
    }
  }
  if (Array.isArray(raw.allow)) {
    raw.allow.forEach((entry, i) => {
      if (!isObject(entry)) return;
      if (typeof entry.rule === 'string' && !ruleMeta(entry.rule)) {
        problems.push(`unknown rule '${entry.rule}' at 'allow[${i}].rule'; run \`rollback-guard rules\` for the list of rule ids.`);
      }
      if (typeof entry.until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.until) && !isRealDate(entry.until)) {
        problems.push(`'allow[${i}].until' is '${entry.until}', not a real date (YYYY-MM-DD).`);
      }
    });
  }
  if (Array.isArray(raw.scenarios)) for (const p of scenarioProblems(raw.scenarios)) problems.push(p);
  for (const [key, glob] of globsOf(raw as Record<string, unknown>)) {
    const problem = globProblem(glob);
    if (problem) problems.push(`'${key}' is ${JSON.stringify(glob)}, a glob rollback-guard cannot match: ${problem}.`);
  }
  if (problems.length === 1) throw new ConfigError(`${source}: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigError(`${source} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const config = defaultConfig();
  config.source = source;
  if (raw.migrations) {
    // The single-object form is one set; each set's framework defaults to auto.
    const sets = Array.isArray(raw.migrations) ? raw.migrations : [raw.migrations];
    config.migrations = sets.map((set) => ({ ...set, framework: set.framework ?? 'auto' }));
  }
  if (raw.contracts) config.contracts = raw.contracts.map((c) => ({ path: c.path, role: c.role ?? 'api' }));
  config.rules = { ...(raw.rules ?? {}) };
  config.critical = { tables: raw.critical?.tables ?? [], endpoints: raw.critical?.endpoints ?? [] };
  config.scenarios = (raw.scenarios ?? []).map((s) => ({
    name: s.name.trim(),
    tables: s.tables ?? [],
    columns: s.columns ?? [],
    endpoints: s.endpoints ?? [],
    events: s.events ?? [],
    files: s.files ?? [],
  }));
  config.allow = raw.allow ?? [];
  config.ignorePaths = raw['ignore-paths'] ?? [];
  if (raw['down-migrations']) config.downMigrations = raw['down-migrations'];
  config.released = raw.released ?? 'tags';
  config.releaseTags = raw['release-tags'] ?? [];
  const code = raw['code-references'];
  if (code) config.codeReferences = { mode: code.mode ?? 'downgrade', paths: code.paths ?? [], ignore: code.ignore ?? [] };
  if (raw.approvals) config.approvals = { required: raw.approvals.required ?? true, label: raw.approvals.label ?? null };
  return config;
}

/**
 * Every glob of the config with its key, so that one rollback-guard cannot match stops at load time
 * with its name. Reads what is there whatever its shape (the schema's own problems are reported
 * apart): strings only, empty ones left to the schema.
 */
function globsOf(raw: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const add = (key: string, glob: unknown, toGlob = (g: string): string => g): void => {
    if (typeof glob === 'string' && glob !== '') out.push([key, toGlob(glob)]);
  };
  const list = (key: string, value: unknown, toGlob?: (g: string) => string): void => {
    if (Array.isArray(value)) value.forEach((g, i) => add(`${key}[${i}]`, g, toGlob));
  };
  if (isObject(raw.migrations)) {
    list('migrations.paths', raw.migrations.paths);
    list('migrations.baseline', raw.migrations.baseline);
  }
  if (Array.isArray(raw.migrations)) {
    raw.migrations.forEach((set, i) => {
      if (!isObject(set)) return;
      list(`migrations[${i}].paths`, set.paths);
      list(`migrations[${i}].baseline`, set.baseline);
    });
  }
  if (Array.isArray(raw.contracts)) raw.contracts.forEach((c, i) => isObject(c) && add(`contracts[${i}].path`, c.path));
  if (isObject(raw.critical)) {
    list('critical.tables', raw.critical.tables);
    list('critical.endpoints', raw.critical.endpoints, (e) => splitEndpoint(e).path);
  }
  if (Array.isArray(raw.scenarios)) {
    raw.scenarios.forEach((s, i) => {
      if (!isObject(s)) return;
      list(`scenarios[${i}].tables`, s.tables, (t) => t.replace(/["`[\]]/g, ''));
      list(`scenarios[${i}].columns`, s.columns, (c) => c.replace(/["`[\]]/g, ''));
      list(`scenarios[${i}].endpoints`, s.endpoints, (e) => splitEndpointPattern(e).path);
      list(`scenarios[${i}].events`, s.events);
      list(`scenarios[${i}].files`, s.files);
    });
  }
  if (Array.isArray(raw.allow)) {
    raw.allow.forEach((a, i) => {
      if (!isObject(a)) return;
      add(`allow[${i}].object`, a.object);
      add(`allow[${i}].file`, a.file);
    });
  }
  list('ignore-paths', raw['ignore-paths']);
  list('release-tags', raw['release-tags'], (g) => (g.startsWith('!') ? g.slice(1) : g));
  if (isObject(raw['code-references'])) {
    list('code-references.paths', raw['code-references'].paths);
    list('code-references.ignore', raw['code-references'].ignore);
  }
  return out;
}

const HTTP_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'QUERY']);

/**
 * What the schema cannot say about `scenarios`: a blank or repeated name (findings and reports name
 * scenarios by it), a scenario that lists nothing, a column without its table, an endpoint that is
 * not `METHOD /path` or `/path`. Entries of the wrong type are the schema's to report.
 */
function scenarioProblems(scenarios: unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []);
  scenarios.forEach((s, i) => {
    if (!isObject(s)) return;
    if (typeof s.name === 'string') {
      const name = s.name.trim();
      const first = seen.get(name);
      if (s.name !== '' && name === '') problems.push(`'scenarios[${i}].name' must not be blank.`);
      else if (first !== undefined) problems.push(`'scenarios[${i}].name' is ${JSON.stringify(name)}, the name of scenarios[${first}] too; give each scenario its own name.`);
      else seen.set(name, i);
    }
    const lists = ['tables', 'columns', 'endpoints', 'events', 'files'] as const;
    // Only when nothing else is wrong with it (an unknown key, a list of the wrong type): that is the one sentence to read.
    if (Object.keys(s).every((key) => key === 'name' || ((lists as readonly string[]).includes(key) && Array.isArray(s[key]) && s[key].length === 0))) {
      problems.push(`'scenarios[${i}]' lists nothing it relies on; give it tables, columns, endpoints, events or files.`);
    }
    strings(s.columns).forEach((c, j) => {
      if (normalizeIdent(c).split('.').length < 2) problems.push(`'scenarios[${i}].columns[${j}]' is ${JSON.stringify(c)}; write the column with its table, as table.column (or table.* for every column).`);
    });
    strings(s.endpoints).forEach((e, j) => {
      const m = /^(\S+)\s+(\S+)$/.exec(e.trim());
      const method = m ? m[1].toUpperCase() : null;
      const path = m ? m[2] : e.trim();
      if (/\s/.test(path) || (method !== null && method !== '*' && !HTTP_METHODS.has(method)) || !/^[/*]/.test(path)) {
        problems.push(`'scenarios[${i}].endpoints[${j}]' is ${JSON.stringify(e)}; write it as METHOD /path (e.g. "POST /orders", "* /orders/**") or /path for any method.`);
      }
    });
  });
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One sentence per place that is wrong (the most useful of ajv's errors there), in file order. */
function describeAll(errors: ErrorObject[]): string[] {
  const byPlace = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    // `if`/`then`/`else` (the two forms of `migrations`): the branch's own errors say what is wrong.
    if (e.keyword === 'if') continue;
    const extra = e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '';
    const place = `${e.instancePath}${extra}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), e]);
  }
  // A place inside one that is already wrong (a bad value under an unknown key) adds nothing.
  const places = [...byPlace.keys()];
  return places
    .filter((p) => !places.some((q) => q !== p && p.startsWith(`${q}/`)))
    .map((p) => describe(byPlace.get(p)!));
}

/** One sentence for the most useful ajv error of one place: the key, what is wrong, what is allowed. */
function describe(errors: ErrorObject[]): string {
  const error =
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors.find((e) => e.keyword === 'enum') ??
    errors[0]!;
  const key = keyOf(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const where = key ? `'${key}.${extra}'` : `'${extra}'`;
      const allowed = allowedKeys(error.schemaPath);
      return `unknown key ${where}${allowed ? `; allowed keys${key ? ` under '${key}'` : ''}: ${allowed}` : ''}.`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.join(', ');
      return `invalid value ${JSON.stringify(valueAt(error))} for '${key}'; expected one of: ${allowed}.`;
    }
    case 'required':
      return `'${key ? `${key}.` : ''}${(error.params as { missingProperty: string }).missingProperty}' is required.`;
    case 'type':
      return `'${key || '(top level)'}' must be ${withArticle(String((error.params as { type: string }).type))}.`;
    case 'pattern':
      return `'${key}' must be a date as YYYY-MM-DD.`;
    case 'minLength':
    case 'minItems':
      return `'${key}' must not be empty.`;
    default:
      return `'${key || '(top level)'}' ${error.message ?? 'is invalid'}.`;
  }
}

function isRealDate(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(error: ErrorObject): unknown {
  return error.data;
}

/** `/rules/drop-default` → `rules.drop-default`, `/allow/0/until` → `allow[0].until`. */
function keyOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function allowedKeys(schemaPath: string): string | null {
  // schemaPath like `#/properties/migrations/additionalProperties`
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const p of parts) node = (node as Record<string, unknown>)?.[p];
  const props = (node as { properties?: Record<string, unknown> })?.properties;
  return props ? Object.keys(props).join(', ') : null;
}
