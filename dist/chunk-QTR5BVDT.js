import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import "./chunk-U623IIGW.js";

// node_modules/@guanmingchiu/sqlparser-ts/dist/index.mjs
var GenericDialect = class {
  constructor() {
    this.name = "generic";
  }
};
var AnsiDialect = class {
  constructor() {
    this.name = "ansi";
  }
};
var MySqlDialect = class {
  constructor() {
    this.name = "mysql";
  }
};
var PostgreSqlDialect = class {
  constructor() {
    this.name = "postgresql";
  }
};
var SQLiteDialect = class {
  constructor() {
    this.name = "sqlite";
  }
};
var SnowflakeDialect = class {
  constructor() {
    this.name = "snowflake";
  }
};
var RedshiftDialect = class {
  constructor() {
    this.name = "redshift";
  }
};
var MsSqlDialect = class {
  constructor() {
    this.name = "mssql";
  }
};
var ClickHouseDialect = class {
  constructor() {
    this.name = "clickhouse";
  }
};
var BigQueryDialect = class {
  constructor() {
    this.name = "bigquery";
  }
};
var DuckDbDialect = class {
  constructor() {
    this.name = "duckdb";
  }
};
var DatabricksDialect = class {
  constructor() {
    this.name = "databricks";
  }
};
var HiveDialect = class {
  constructor() {
    this.name = "hive";
  }
};
var OracleDialect = class {
  constructor() {
    this.name = "oracle";
  }
};
var SparkDialect = class {
  constructor() {
    this.name = "spark";
  }
};
var TeradataDialect = class {
  constructor() {
    this.name = "teradata";
  }
};
var SUPPORTED_DIALECTS = [
  "generic",
  "ansi",
  "mysql",
  "postgresql",
  "sqlite",
  "snowflake",
  "redshift",
  "mssql",
  "clickhouse",
  "bigquery",
  "duckdb",
  "databricks",
  "hive",
  "oracle",
  "spark",
  "teradata"
];
var DIALECT_MAP = {
  generic: GenericDialect,
  ansi: AnsiDialect,
  mysql: MySqlDialect,
  postgresql: PostgreSqlDialect,
  sqlite: SQLiteDialect,
  snowflake: SnowflakeDialect,
  redshift: RedshiftDialect,
  mssql: MsSqlDialect,
  clickhouse: ClickHouseDialect,
  bigquery: BigQueryDialect,
  duckdb: DuckDbDialect,
  databricks: DatabricksDialect,
  hive: HiveDialect,
  oracle: OracleDialect,
  spark: SparkDialect,
  teradata: TeradataDialect
};
function dialectFromString(name) {
  const normalized = name.toLowerCase();
  const DialectClass = DIALECT_MAP[{
    postgres: "postgresql",
    pg: "postgresql",
    sqlserver: "mssql",
    duck: "duckdb",
    sparksql: "spark"
  }[normalized] ?? normalized];
  return DialectClass ? new DialectClass() : void 0;
}
var ParserError = class ParserError2 extends Error {
  constructor(message, location) {
    super(message);
    this.name = "ParserError";
    this.location = location;
    if (Error.captureStackTrace) Error.captureStackTrace(this, ParserError2);
  }
  /**
  * Create a ParserError from a WASM error object
  */
  static fromWasmError(error) {
    if (typeof error === "string") return new ParserError2(error);
    if (error && typeof error === "object") {
      const err = error;
      return new ParserError2(typeof err.message === "string" ? err.message : String(error), typeof err.line === "number" && typeof err.column === "number" ? {
        line: err.line,
        column: err.column
      } : void 0);
    }
    return new ParserError2(String(error));
  }
};
var WasmInitError = class WasmInitError2 extends Error {
  constructor(message) {
    super(message);
    this.name = "WasmInitError";
    if (Error.captureStackTrace) Error.captureStackTrace(this, WasmInitError2);
  }
};
var wasmModule = null;
var initPromise = null;
var isBrowser = typeof window !== "undefined" && typeof process === "undefined";
function getWasmModule() {
  if (wasmModule) return wasmModule;
  throw new WasmInitError("WASM module not yet initialized. Call `await init()` before using the parser.");
}
async function init() {
  if (wasmModule) return;
  if (!initPromise) initPromise = (async () => {
    try {
      const wasm = await import(
        /* @vite-ignore */
        "./chunk-JSPQYLLL.js"
      );
      if (isBrowser) {
        const wasmUrl = new URL("./sqlparser_rs_wasm_bg.wasm", import.meta.url);
        await wasm.default({ module_or_path: wasmUrl });
      } else {
        const { readFile } = await import(
          /* @vite-ignore */
          "node:fs/promises"
        );
        const bytes = await readFile(new URL("./sqlparser_rs_wasm_bg.wasm", import.meta.url));
        wasm.initSync({ module: bytes });
      }
      wasmModule = wasm;
    } catch (error) {
      throw new WasmInitError(`Failed to load WASM module: ${error instanceof Error ? error.message : String(error)}`);
    }
  })();
  await initPromise;
}
function resolveDialect(dialect = "generic") {
  if (typeof dialect === "string") {
    const resolved = dialectFromString(dialect);
    if (!resolved) throw new Error(`Unknown dialect: ${dialect}`);
    return resolved;
  }
  return dialect;
}
var Parser = class Parser2 {
  constructor(dialect = new GenericDialect()) {
    this.dialect = dialect;
    this.options = {};
  }
  /** Set recursion limit for parsing nested expressions */
  withRecursionLimit(limit) {
    this.options.recursionLimit = limit;
    return this;
  }
  /** Set parser options */
  withOptions(options) {
    this.options = {
      ...this.options,
      ...options
    };
    return this;
  }
  /** Parse SQL statements */
  parse(sql) {
    const wasm = getWasmModule();
    try {
      if (Object.keys(this.options).length > 0) return wasm.parse_sql_with_options(this.dialect.name, sql, this.options);
      return wasm.parse_sql(this.dialect.name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /** Parse SQL into AST */
  static parse(sql, dialect = "generic") {
    return new Parser2(resolveDialect(dialect)).parse(sql);
  }
  /** Parse SQL and return both AST and source comments */
  static parseWithComments(sql, dialect = "generic") {
    const wasm = getWasmModule();
    try {
      return wasm.parse_sql_with_comments(resolveDialect(dialect).name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /** Parse SQL and return AST as JSON string */
  static parseToJson(sql, dialect = "generic") {
    const wasm = getWasmModule();
    try {
      return wasm.parse_sql_to_json_string(resolveDialect(dialect).name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /** Parse SQL and return formatted string representation */
  static parseToString(sql, dialect = "generic") {
    const wasm = getWasmModule();
    try {
      return wasm.parse_sql_to_string(resolveDialect(dialect).name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /** Format SQL by parsing and regenerating it */
  static format(sql, dialect = "generic") {
    const wasm = getWasmModule();
    try {
      return wasm.format_sql(resolveDialect(dialect).name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /**
  * Validate SQL syntax
  * @throws ParserError if SQL is invalid
  */
  static validate(sql, dialect = "generic") {
    const wasm = getWasmModule();
    try {
      return wasm.validate_sql(resolveDialect(dialect).name, sql);
    } catch (error) {
      throw ParserError.fromWasmError(error);
    }
  }
  /** Get list of supported dialect names */
  static getSupportedDialects() {
    return getWasmModule().get_supported_dialects();
  }
};
function parse(sql, dialect = "generic") {
  return Parser.parse(sql, dialect);
}
function parseWithComments(sql, dialect = "generic") {
  return Parser.parseWithComments(sql, dialect);
}
function validate(sql, dialect = "generic") {
  return Parser.validate(sql, dialect);
}
function format(sql, dialect = "generic") {
  return Parser.format(sql, dialect);
}
export {
  AnsiDialect,
  BigQueryDialect,
  ClickHouseDialect,
  DatabricksDialect,
  DuckDbDialect,
  GenericDialect,
  HiveDialect,
  MsSqlDialect,
  MySqlDialect,
  OracleDialect,
  Parser,
  ParserError,
  PostgreSqlDialect,
  RedshiftDialect,
  SQLiteDialect,
  SUPPORTED_DIALECTS,
  SnowflakeDialect,
  SparkDialect,
  TeradataDialect,
  WasmInitError,
  dialectFromString,
  format,
  init,
  parse,
  parseWithComments,
  validate
};
