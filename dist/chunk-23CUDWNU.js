import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  require_ajv
} from "./chunk-2KQUH5O4.js";
import "./chunk-QMSEVVAI.js";
import "./chunk-WOI7AMQP.js";
import "./chunk-WDR7LVXR.js";
import "./chunk-U623IIGW.js";
export default require_ajv();
