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
} from "./chunk-PSSEDNSE.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3GU7IM7C.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-CXNDO6TN.js";
import "./chunk-AR7MTSCC.js";
import "./chunk-HGDTRDOS.js";
import "./chunk-DTVJR73E.js";
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
