import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ReadersNotLoaded,
  interop
} from "./chunk-U3PRTIME.js";

// src/contracts/meta.ts
var ajv = null;
function metaLoaded() {
  return ajv !== null;
}
async function prepareMeta() {
  if (ajv) return;
  const [core, v2019, v2020, draft04] = await Promise.all([import("./chunk-23CUDWNU.js"), import("./chunk-3ARZGN3A.js"), import("./chunk-JCDDA3WT.js"), import("./chunk-FSRBPE7U.js")]);
  const { Ajv } = interop(core, "Ajv");
  const { Ajv2019 } = interop(v2019, "Ajv2019");
  const { Ajv2020 } = interop(v2020, "Ajv2020");
  const d04 = draft04;
  ajv = { Ajv, Ajv2019, Ajv2020, AjvDraft04: d04.default.default ?? d04.default };
}
var META_VALIDATION_MAX_CHARS = 256 * 1024;
var validators = /* @__PURE__ */ new Map();
function validatorFor(dialect) {
  let v = validators.get(dialect);
  if (!v) {
    if (!ajv) throw new ReadersNotLoaded("meta");
    const options = { strict: false, validateFormats: false, logger: false };
    if (dialect === "2020-12") v = new ajv.Ajv2020(options);
    else if (dialect === "2019-09") v = new ajv.Ajv2019(options);
    else if (dialect === "draft-04") v = new ajv.AjvDraft04(options);
    else v = new ajv.Ajv(options);
    validators.set(dialect, v);
  }
  return v;
}
function dialectOf(schemaUri) {
  if (typeof schemaUri !== "string") return null;
  if (/2020-12/.test(schemaUri)) return "2020-12";
  if (/2019-09/.test(schemaUri)) return "2019-09";
  if (/draft-04/.test(schemaUri)) return "draft-04";
  if (/draft-0[67]/.test(schemaUri)) return "draft-07";
  return null;
}
function metaSchemaProblem(value, textLength) {
  if (textLength > META_VALIDATION_MAX_CHARS || value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const dialect = dialectOf(value.$schema);
  if (!dialect) return null;
  const validator = validatorFor(dialect);
  try {
    if (validator.validateSchema(value) === true) return null;
  } catch {
    return null;
  }
  const err = validator.errors?.[0];
  if (!err) return null;
  const pointer = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  return { message: `${err.instancePath || "/"} ${err.message ?? "is invalid"} (${dialect} meta-schema)`, pointer };
}

export {
  metaLoaded,
  prepareMeta,
  META_VALIDATION_MAX_CHARS,
  metaSchemaProblem
};
