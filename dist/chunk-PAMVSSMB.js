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
} from "./chunk-S75PC42A.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-UI7ONXCV.js";
import "./chunk-VH76A4CG.js";
import "./chunk-4NJLLJHI.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-IH3ICB52.js";
import "./chunk-YTIY5TH6.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-EQHBDXH7.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-ZAL6GO5M.js";
import "./chunk-7YI7FBIR.js";
import "./chunk-EMFEQEKN.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-U55A7S6O.js";
import "./chunk-R5XSFKKQ.js";
import "./chunk-RMHWJF6U.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  ApiReadError,
  main,
  readEventPayload,
  runAction,
  writeProblem
};
