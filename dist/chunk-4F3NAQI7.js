import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ConfigError
} from "./chunk-JQBOSFPS.js";
import {
  defaultConfig
} from "./chunk-D7BJUY6R.js";
import {
  splitEndpoint,
  splitEndpointPattern
} from "./chunk-SCU4DVY4.js";
import {
  ruleMeta
} from "./chunk-HOMZOPEG.js";
import {
  normalizeIdent
} from "./chunk-FROQA73M.js";
import {
  globProblem
} from "./chunk-NXP7S4WX.js";
import {
  require_ajv
} from "./chunk-2KQUH5O4.js";
import {
  require_dist
} from "./chunk-WNKHHKI4.js";
import {
  __toESM
} from "./chunk-U623IIGW.js";

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/rollback-guard/rollback-guard/schema/config.schema.json",
  title: "rollback-guard configuration (.github/rollback-guard.yml)",
  type: "object",
  additionalProperties: false,
  definitions: {
    migrationSet: {
      type: "object",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: { type: "string", minLength: 1 } },
        dialect: { enum: ["postgres", "cockroach", "mysql", "mariadb", "sqlite", "mssql", "clickhouse", "h2"] },
        framework: {
          enum: ["auto", "flyway", "golang-migrate", "sqlx", "diesel", "goose", "dbmate", "sqitch", "prisma", "liquibase", "plain", "django", "alembic", "rails", "laravel", "ef-core", "knex", "sequelize", "typeorm", "doctrine"]
        },
        baseline: { type: "array", items: { type: "string", minLength: 1 } }
      }
    }
  },
  properties: {
    migrations: {
      description: "One migration set, or a list of sets (SPEC 8), each with its own schema history per dialect.",
      if: { type: "array" },
      then: { type: "array", minItems: 1, items: { allOf: [{ $ref: "#/definitions/migrationSet" }, { required: ["paths"] }] } },
      else: { $ref: "#/definitions/migrationSet" }
    },
    contracts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: { type: "string", minLength: 1 },
          role: { enum: ["api", "event"] }
        }
      }
    },
    rules: {
      type: "object",
      additionalProperties: { enum: ["error", "warning", "notice", "off"] }
    },
    critical: {
      type: "object",
      additionalProperties: false,
      properties: {
        tables: { type: "array", items: { type: "string", minLength: 1 } },
        endpoints: { type: "array", items: { type: "string", minLength: 1 } }
      }
    },
    scenarios: {
      description: "Mission-critical scenarios (docs/scenarios.md): what each relies on; a finding that touches one names it and is an error.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          tables: { type: "array", items: { type: "string", minLength: 1 } },
          columns: { type: "array", items: { type: "string", minLength: 1 } },
          endpoints: { type: "array", items: { type: "string", minLength: 1 } },
          events: { type: "array", items: { type: "string", minLength: 1 } },
          files: { type: "array", items: { type: "string", minLength: 1 } }
        }
      }
    },
    allow: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: { type: "string", minLength: 1 },
          object: { type: "string", minLength: 1 },
          file: { type: "string", minLength: 1 },
          reason: { type: "string", minLength: 1 },
          until: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
        }
      }
    },
    "ignore-paths": { type: "array", items: { type: "string", minLength: 1 } },
    "down-migrations": { enum: ["forbid", "warn", "allow"] },
    released: { enum: ["tags", "merged"] },
    "release-tags": { type: "array", items: { type: "string", minLength: 1 } },
    "code-references": {
      type: "object",
      description: "Look for the base commit's code that uses what a finding names (docs/code-references.md).",
      additionalProperties: false,
      properties: {
        mode: { enum: ["downgrade", "evidence-only", "off"] },
        paths: { type: "array", items: { type: "string", minLength: 1 } },
        ignore: { type: "array", items: { type: "string", minLength: 1 } }
      }
    },
    approvals: {
      type: "object",
      description: "A suppression or allow entry a PR adds takes effect only once someone other than its author approves it (docs/approvals.md).",
      additionalProperties: false,
      properties: {
        required: { type: "boolean" },
        label: { type: "string", minLength: 1 }
      }
    }
  }
};

// src/config/load.ts
var validate = null;
function parseConfig(text, source) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split("\n")[0] : String(error)).replace(/[\s:]+$/, "");
    throw new ConfigError(`${source} is not valid YAML: ${reason}.`);
  }
  if (data === null || data === void 0) data = {};
  validate ??= new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(config_schema_default);
  const problems = validate(data) ? [] : describeAll(validate.errors ?? []);
  const raw = data;
  if (isObject(raw.rules)) {
    for (const id of Object.keys(raw.rules)) {
      if (!ruleMeta(id)) problems.push(`unknown rule 'rules.${id}'; run \`rollback-guard rules\` for the list of rule ids.`);
    }
  }
  if (Array.isArray(raw.allow)) {
    raw.allow.forEach((entry, i) => {
      if (!isObject(entry)) return;
      if (typeof entry.rule === "string" && !ruleMeta(entry.rule)) {
        problems.push(`unknown rule '${entry.rule}' at 'allow[${i}].rule'; run \`rollback-guard rules\` for the list of rule ids.`);
      }
      if (typeof entry.until === "string" && /^\d{4}-\d{2}-\d{2}$/.test(entry.until) && !isRealDate(entry.until)) {
        problems.push(`'allow[${i}].until' is '${entry.until}', not a real date (YYYY-MM-DD).`);
      }
    });
  }
  if (Array.isArray(raw.scenarios)) for (const p of scenarioProblems(raw.scenarios)) problems.push(p);
  for (const [key, glob] of globsOf(raw)) {
    const problem = globProblem(glob);
    if (problem) problems.push(`'${key}' is ${JSON.stringify(glob)}, a glob rollback-guard cannot match: ${problem}.`);
  }
  if (problems.length === 1) throw new ConfigError(`${source}: ${problems[0]}`);
  if (problems.length > 1) throw new ConfigError(`${source} has ${problems.length} problems:
${problems.map((p) => `  - ${p}`).join("\n")}`);
  const config = defaultConfig();
  config.source = source;
  if (raw.migrations) {
    const sets = Array.isArray(raw.migrations) ? raw.migrations : [raw.migrations];
    config.migrations = sets.map((set) => ({ ...set, framework: set.framework ?? "auto" }));
  }
  if (raw.contracts) config.contracts = raw.contracts.map((c) => ({ path: c.path, role: c.role ?? "api" }));
  config.rules = { ...raw.rules ?? {} };
  config.critical = { tables: raw.critical?.tables ?? [], endpoints: raw.critical?.endpoints ?? [] };
  config.scenarios = (raw.scenarios ?? []).map((s) => ({
    name: s.name.trim(),
    tables: s.tables ?? [],
    columns: s.columns ?? [],
    endpoints: s.endpoints ?? [],
    events: s.events ?? [],
    files: s.files ?? []
  }));
  config.allow = raw.allow ?? [];
  config.ignorePaths = raw["ignore-paths"] ?? [];
  if (raw["down-migrations"]) config.downMigrations = raw["down-migrations"];
  config.released = raw.released ?? "tags";
  config.releaseTags = raw["release-tags"] ?? [];
  const code = raw["code-references"];
  if (code) config.codeReferences = { mode: code.mode ?? "downgrade", paths: code.paths ?? [], ignore: code.ignore ?? [] };
  if (raw.approvals) config.approvals = { required: raw.approvals.required ?? true, label: raw.approvals.label ?? null };
  return config;
}
function globsOf(raw) {
  const out = [];
  const add = (key, glob, toGlob = (g) => g) => {
    if (typeof glob === "string" && glob !== "") out.push([key, toGlob(glob)]);
  };
  const list = (key, value, toGlob) => {
    if (Array.isArray(value)) value.forEach((g, i) => add(`${key}[${i}]`, g, toGlob));
  };
  if (isObject(raw.migrations)) {
    list("migrations.paths", raw.migrations.paths);
    list("migrations.baseline", raw.migrations.baseline);
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
    list("critical.tables", raw.critical.tables);
    list("critical.endpoints", raw.critical.endpoints, (e) => splitEndpoint(e).path);
  }
  if (Array.isArray(raw.scenarios)) {
    raw.scenarios.forEach((s, i) => {
      if (!isObject(s)) return;
      list(`scenarios[${i}].tables`, s.tables, (t) => t.replace(/["`[\]]/g, ""));
      list(`scenarios[${i}].columns`, s.columns, (c) => c.replace(/["`[\]]/g, ""));
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
  list("ignore-paths", raw["ignore-paths"]);
  list("release-tags", raw["release-tags"], (g) => g.startsWith("!") ? g.slice(1) : g);
  if (isObject(raw["code-references"])) {
    list("code-references.paths", raw["code-references"].paths);
    list("code-references.ignore", raw["code-references"].ignore);
  }
  return out;
}
var HTTP_METHODS = /* @__PURE__ */ new Set(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"]);
function scenarioProblems(scenarios) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string" && v !== "") : [];
  scenarios.forEach((s, i) => {
    if (!isObject(s)) return;
    if (typeof s.name === "string") {
      const name = s.name.trim();
      const first = seen.get(name);
      if (s.name !== "" && name === "") problems.push(`'scenarios[${i}].name' must not be blank.`);
      else if (first !== void 0) problems.push(`'scenarios[${i}].name' is ${JSON.stringify(name)}, the name of scenarios[${first}] too; give each scenario its own name.`);
      else seen.set(name, i);
    }
    const lists = ["tables", "columns", "endpoints", "events", "files"];
    if (Object.keys(s).every((key) => key === "name" || lists.includes(key) && Array.isArray(s[key]) && s[key].length === 0)) {
      problems.push(`'scenarios[${i}]' lists nothing it relies on; give it tables, columns, endpoints, events or files.`);
    }
    strings(s.columns).forEach((c, j) => {
      if (normalizeIdent(c).split(".").length < 2) problems.push(`'scenarios[${i}].columns[${j}]' is ${JSON.stringify(c)}; write the column with its table, as table.column (or table.* for every column).`);
    });
    strings(s.endpoints).forEach((e, j) => {
      const m = /^(\S+)\s+(\S+)$/.exec(e.trim());
      const method = m ? m[1].toUpperCase() : null;
      const path = m ? m[2] : e.trim();
      if (/\s/.test(path) || method !== null && method !== "*" && !HTTP_METHODS.has(method) || !/^[/*]/.test(path)) {
        problems.push(`'scenarios[${i}].endpoints[${j}]' is ${JSON.stringify(e)}; write it as METHOD /path (e.g. "POST /orders", "* /orders/**") or /path for any method.`);
      }
    });
  });
  return problems;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeAll(errors) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword === "if") continue;
    const extra = e.keyword === "additionalProperties" ? `/${e.params.additionalProperty}` : "";
    const place = `${e.instancePath}${extra}`;
    byPlace.set(place, [...byPlace.get(place) ?? [], e]);
  }
  const places = [...byPlace.keys()];
  return places.filter((p) => !places.some((q) => q !== p && p.startsWith(`${q}/`))).map((p) => describe(byPlace.get(p)));
}
function describe(errors) {
  const error = errors.find((e) => e.keyword === "additionalProperties") ?? errors.find((e) => e.keyword === "enum") ?? errors[0];
  const key = keyOf(error.instancePath);
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const where = key ? `'${key}.${extra}'` : `'${extra}'`;
      const allowed = allowedKeys(error.schemaPath);
      return `unknown key ${where}${allowed ? `; allowed keys${key ? ` under '${key}'` : ""}: ${allowed}` : ""}.`;
    }
    case "enum": {
      const allowed = error.params.allowedValues.join(", ");
      return `invalid value ${JSON.stringify(valueAt(error))} for '${key}'; expected one of: ${allowed}.`;
    }
    case "required":
      return `'${key ? `${key}.` : ""}${error.params.missingProperty}' is required.`;
    case "type":
      return `'${key || "(top level)"}' must be ${withArticle(String(error.params.type))}.`;
    case "pattern":
      return `'${key}' must be a date as YYYY-MM-DD.`;
    case "minLength":
    case "minItems":
      return `'${key}' must not be empty.`;
    default:
      return `'${key || "(top level)"}' ${error.message ?? "is invalid"}.`;
  }
}
function isRealDate(day) {
  const date = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
function withArticle(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function valueAt(error) {
  return error.data;
}
function keyOf(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc, p) => /^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p, "");
}
function allowedKeys(schemaPath) {
  const parts = schemaPath.replace(/^#\//, "").split("/").slice(0, -1);
  let node = config_schema_default;
  for (const p of parts) node = node?.[p];
  const props = node?.properties;
  return props ? Object.keys(props).join(", ") : null;
}

export {
  parseConfig
};
