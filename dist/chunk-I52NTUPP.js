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
} from "./chunk-CM224I4A.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-BHUC3PSY.js";
import "./chunk-VOK2U3HU.js";
import "./chunk-JHN6Q5XA.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-D7NHU5IN.js";
import "./chunk-CTWDL7QJ.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-YYUD6JG3.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-KBA4WWEG.js";
import "./chunk-PWYL26JT.js";
import "./chunk-CYJOBCBA.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-QSLKJQ5O.js";
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
