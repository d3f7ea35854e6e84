import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  UsageError,
  detectionLines,
  main,
  readText,
  render
} from "./chunk-EHRLGWHR.js";
import "./chunk-FZIG6PAL.js";
import "./chunk-KPM5VIF5.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-HOMZOPEG.js";
import "./chunk-FROQA73M.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-R5XSFKKQ.js";
import "./chunk-5SYVZ6D5.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  UsageError,
  detectionLines,
  main,
  readText,
  render
};
