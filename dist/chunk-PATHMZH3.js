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
} from "./chunk-CDWIBETH.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-OOW4N3LD.js";
import "./chunk-CCCVKR4E.js";
import "./chunk-DMXWK5ND.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-X3FRSURO.js";
import "./chunk-WQG6GUPK.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-WZRKOK23.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-L2KX2ETB.js";
import "./chunk-B47CL2BK.js";
import "./chunk-ORAKIDE6.js";
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
