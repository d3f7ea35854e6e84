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
} from "./chunk-XJRW6O2C.js";
import "./chunk-JODG5OJR.js";
import "./chunk-I2MHTE25.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-CXNDO6TN.js";
import "./chunk-MMJQATLJ.js";
import "./chunk-V4L3VVN2.js";
import "./chunk-I7HWZMZM.js";
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
