import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  parseConfig
} from "./chunk-QQCVIT3A.js";
import {
  ConfigError
} from "./chunk-JQBOSFPS.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-QH4IWEB3.js";
import "./chunk-GCNBT64W.js";
import "./chunk-EW2GHLYJ.js";
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-CSEGRTLQ.js";
import "./chunk-GBACABRL.js";
import "./chunk-VWTFGUN7.js";
import "./chunk-7JEAAYWA.js";
import "./chunk-Z77UXDUJ.js";
import "./chunk-U623IIGW.js";
export {
  CONFIG_PATHS,
  ConfigError,
  parseConfig
};
