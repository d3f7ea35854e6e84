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
} from "./chunk-NWIYJ6J5.js";
import "./chunk-JODG5OJR.js";
import "./chunk-FH3GS7AI.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-UDNYRACQ.js";
import "./chunk-JID4LBVO.js";
import "./chunk-KNEVQGOJ.js";
import "./chunk-UPJWED4N.js";
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
