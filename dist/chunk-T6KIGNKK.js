import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  baseConfig,
  readConfigFromTree
} from "./chunk-ROE2GKE7.js";
import "./chunk-4F3NAQI7.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-SCU4DVY4.js";
import "./chunk-HOMZOPEG.js";
import "./chunk-FROQA73M.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-2KQUH5O4.js";
import "./chunk-QMSEVVAI.js";
import "./chunk-WOI7AMQP.js";
import "./chunk-WDR7LVXR.js";
import "./chunk-WNKHHKI4.js";
import "./chunk-U623IIGW.js";
export {
  baseConfig,
  readConfigFromTree
};
