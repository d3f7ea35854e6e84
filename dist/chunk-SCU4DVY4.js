import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  normalizeIdent
} from "./chunk-FROQA73M.js";
import {
  compileGlob,
  globMatcher
} from "./chunk-NXP7S4WX.js";

// src/policy/scenarios.ts
function scenarioStatus(config, findings) {
  const affected = /* @__PURE__ */ new Set();
  for (const f of findings) if (!f.suppressed) for (const name of f.scenarios ?? []) affected.add(name);
  return config.scenarios.map((s) => ({ name: s.name, affected: affected.has(s.name) }));
}
function scenarioMatcher(config) {
  const isCriticalTable = legacyTableMatcher(config.critical.tables);
  const isCriticalEndpoint = endpointMatcher(config.critical.endpoints);
  const named = config.scenarios.map((s) => ({ name: s.name, touches: compileScenario(s) }));
  return (r, category) => {
    const critical = (r.tables ?? []).some(isCriticalTable) || (r.endpoints ?? []).some(isCriticalEndpoint);
    const scenarios = [];
    if (named.length > 0) {
      const facts = findingFacts(r, category);
      for (const s of named) if (s.touches(facts)) scenarios.push(s.name);
    }
    return { critical, scenarios };
  };
}
function criticalEndpoints(config) {
  const legacy = endpointMatcher(config.critical.endpoints);
  const named = scenarioEndpointMatcher(config.scenarios.flatMap((s) => s.endpoints));
  return (endpoint) => legacy(endpoint) || named(endpoint);
}
var UNKNOWN_REACH = {
  "unreadable-file": "all",
  "invalid-contract": "contract",
  "contract-removed": "contract"
};
var WORD = /[\p{L}\p{N}_$]+/gu;
function findingFacts(r, category) {
  const tables = /* @__PURE__ */ new Map();
  const tableOf = (name) => {
    const key = name.toLowerCase();
    let t = tables.get(key);
    if (!t) tables.set(key, t = { table: splitTable(key.split(".")), columns: [] });
    return t;
  };
  for (const t of r.tables ?? []) tableOf(t);
  const columns = [...r.columns ?? []];
  if (r.code?.kind === "column") columns.push({ table: r.code.table, column: r.code.column });
  for (const c of columns) tableOf(c.table).columns.push(c.column.toLowerCase());
  const events = (r.events ?? []).map((e) => e.toLowerCase());
  const endpoints = [];
  for (const e of r.endpoints ?? []) {
    const hook = /^[A-Za-z]+ webhook (.+)$/.exec(e);
    if (hook) events.push(hook[1].toLowerCase());
    else endpoints.push(splitEndpointPattern(e));
  }
  if (category === "contract") events.push(eventName(r.file).toLowerCase());
  const text = r.text;
  let words = null;
  return {
    file: r.file,
    tables: [...tables.values()],
    schemas: (r.schemas ?? []).map((s) => s.toLowerCase()),
    endpoints,
    events,
    words: text === void 0 ? null : () => words ??= new Set(text.toLowerCase().match(WORD) ?? []),
    unknownReach: (r.endpoints?.length ?? 0) === 0 ? UNKNOWN_REACH[r.rule] ?? null : null
  };
}
function eventName(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.replace(/\.(json|ya?ml)$/i, "").replace(/\.schema$/i, "");
}
function compileScenario(s) {
  const tableNames = s.tables.map((t) => splitTable(normalizedParts(t)));
  const columnEntries = s.columns.map((c) => {
    const parts = normalizedParts(c);
    return { table: splitTable(parts.slice(0, -1)), column: compileGlob(parts.at(-1) ?? "") };
  });
  const tables = tableNames.map(tablePattern);
  const columns = columnEntries.map((c) => ({ table: tablePattern(c.table), column: c.column }));
  const relied = [...tableNames, ...columnEntries.map((c) => c.table)];
  const reliedNames = relied.map((t) => compileGlob(t.name));
  const endpoint = scenarioEndpointMatcher(s.endpoints);
  const events = s.events.length > 0 ? globMatcher(s.events.map((e) => e.toLowerCase())) : null;
  const files = s.files.length > 0 ? globMatcher(s.files) : null;
  const hasContracts = s.endpoints.length > 0 || s.events.length > 0;
  return (f) => {
    if (files?.(f.file)) return true;
    if (f.unknownReach === "contract" && hasContracts) return true;
    if (f.unknownReach === "all" && (hasContracts || relied.length > 0)) return true;
    if (events && f.events.some(events)) return true;
    if (s.endpoints.length > 0 && f.endpoints.some((e) => endpoint(e))) return true;
    for (const { table, columns: named } of f.tables) {
      if (tables.some((p) => p(table))) return true;
      for (const c of columns) if (c.table(table) && (named.length === 0 || named.some(c.column))) return true;
    }
    for (const schema of f.schemas) if (relied.some((t) => t.schema === null ? schema === "public" : t.schema === schema)) return true;
    if (f.words && reliedNames.length > 0) {
      for (const word of f.words()) if (reliedNames.some((isName) => isName(word))) return true;
    }
    return false;
  };
}
function normalizedParts(entry) {
  return normalizeIdent(entry).toLowerCase().split(".");
}
function splitTable(parts) {
  return { schema: parts.length > 1 ? parts.slice(0, -1).join(".") : null, name: parts.at(-1) ?? "" };
}
function tablePattern({ schema, name }) {
  const isName = compileGlob(name);
  const isSchema = schema === null ? null : compileGlob(schema);
  return (t) => isName(t.name) && (isSchema === null || t.schema === null || isSchema(t.schema));
}
var ENDPOINT = /^([A-Za-z]+|\*)\s+(\S+)$/;
function splitEndpointPattern(text) {
  const m = ENDPOINT.exec(text.trim());
  const method = m && m[1] !== "*" ? m[1].toUpperCase() : null;
  const path = (m ? m[2] : text.trim()).replace(/\{[^{},/]*\}/g, "{}");
  return { method, path: path.length > 1 ? path.replace(/\/+$/, "") || "/" : path };
}
function scenarioEndpointMatcher(patterns) {
  const compiled = patterns.map((p) => {
    const { method, path } = splitEndpointPattern(p);
    return { method, isMatch: compileGlob(path) };
  });
  if (compiled.length === 0) return () => false;
  return (endpoint) => {
    const e = typeof endpoint === "string" ? splitEndpointPattern(endpoint) : endpoint;
    return compiled.some((c) => (c.method === null || c.method === e.method) && c.isMatch(e.path));
  };
}
function legacyTableMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const isMatch = globMatcher(patterns.map((p) => p.toLowerCase()));
  return (value) => {
    const t = value.toLowerCase();
    return isMatch(t) || isMatch(t.split(".").pop() ?? t);
  };
}
function splitEndpoint(pattern) {
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(pattern.trim());
  return { method: m ? m[1].toUpperCase() : null, path: m ? m[2] : pattern.trim() };
}
function endpointMatcher(patterns) {
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

export {
  scenarioStatus,
  scenarioMatcher,
  criticalEndpoints,
  splitEndpointPattern,
  splitEndpoint
};
