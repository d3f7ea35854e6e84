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
} from "./chunk-QXE6OC2Y.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-3FU3J4LE.js";
import "./chunk-ORCOGBOR.js";
import "./chunk-3HPC5J3K.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-WM7BI6BV.js";
import "./chunk-JRKNIGKF.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-B7HMLNKE.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-HARHKSVN.js";
import "./chunk-RUHPXHBA.js";
import "./chunk-ROAPWPMC.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-WSRVFSOZ.js";
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
