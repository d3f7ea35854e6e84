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
  runEngine
} from "./chunk-5ALXM7M4.js";
import "./chunk-JODG5OJR.js";
import "./chunk-4VMGZQON.js";
import "./chunk-5K6OU6JX.js";
import "./chunk-RRJYUIU6.js";
import "./chunk-YXPK4ECV.js";
import "./chunk-5WFTGWIU.js";
import "./chunk-7VXYIMZE.js";
import "./chunk-7K4VNERT.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-DQTDHHJL.js";
import "./chunk-U623IIGW.js";
export {
  engineDialects,
  prepareContracts,
  prepareEngine,
  runEngine
};
