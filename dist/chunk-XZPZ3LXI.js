import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  engineDialects,
  prepareContracts,
  prepareEngine,
  runEngine,
  runEngineAsync,
  startCodeSearch
} from "./chunk-RMRN4YTV.js";
import "./chunk-JODG5OJR.js";
import "./chunk-LK3XBU4V.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-CXNDO6TN.js";
import "./chunk-A2IWYA5A.js";
import "./chunk-AAG3PI62.js";
import "./chunk-MLIYEDTL.js";
import "./chunk-GNG657DJ.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-DQTDHHJL.js";
import "./chunk-U623IIGW.js";
export {
  engineDialects,
  prepareContracts,
  prepareEngine,
  runEngine,
  runEngineAsync,
  startCodeSearch
};
