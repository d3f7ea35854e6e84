import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  META_VALIDATION_MAX_CHARS,
  metaLoaded,
  metaSchemaProblem,
  prepareMeta
} from "./chunk-WE2TC5CZ.js";
import "./chunk-U3PRTIME.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-U623IIGW.js";
export {
  META_VALIDATION_MAX_CHARS,
  metaLoaded,
  metaSchemaProblem,
  prepareMeta
};
