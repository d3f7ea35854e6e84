import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ApiReadError,
  main,
  readEventPayload,
  runAction,
  writeProblem
} from "./chunk-OMK5W565.js";
import "./chunk-D6EAWWPI.js";
import "./chunk-T7YEVHRP.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-GMO7XCYR.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-4PVZIP5E.js";
import "./chunk-UTX2SMYJ.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-D2LQGCE6.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-FASY4CJZ.js";
import "./chunk-7UHJ767I.js";
import "./chunk-ZYVHGWBK.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-IXCILSWR.js";
import "./chunk-R5XSFKKQ.js";
import "./chunk-YI4LEFTY.js";
import "./chunk-JII3BBFS.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  ApiReadError,
  main,
  readEventPayload,
  runAction,
  writeProblem
};
