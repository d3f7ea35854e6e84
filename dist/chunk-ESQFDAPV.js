import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  CST_MAX_CHARS,
  LIMITS,
  ReadersNotLoaded,
  blockYamlSpans,
  interop,
  isJsonPath,
  loadDocument,
  pointerString,
  prepareYaml,
  yamlLoaded,
  yamlLocator
} from "./chunk-U3PRTIME.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-U623IIGW.js";
export {
  CST_MAX_CHARS,
  LIMITS,
  ReadersNotLoaded,
  blockYamlSpans,
  interop,
  isJsonPath,
  loadDocument,
  pointerString,
  prepareYaml,
  yamlLoaded,
  yamlLocator
};
