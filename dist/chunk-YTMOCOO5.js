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
} from "./chunk-UEH77V2A.js";
import "./chunk-JODG5OJR.js";
import "./chunk-XWGPZZH6.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-CXNDO6TN.js";
import "./chunk-UX26N2QD.js";
import "./chunk-BHQCQSJ5.js";
import "./chunk-LHIWHZOU.js";
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
