import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  require_ajv
} from "./chunk-CSEGRTLQ.js";
import "./chunk-GBACABRL.js";
import "./chunk-VWTFGUN7.js";
import "./chunk-7JEAAYWA.js";
import "./chunk-U623IIGW.js";
export default require_ajv();
