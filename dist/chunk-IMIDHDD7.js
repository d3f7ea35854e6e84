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
} from "./chunk-NDDKZPLK.js";
import "./chunk-CCQO4TDR.js";
import "./chunk-45NV23OK.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-2RG2X7V7.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-BPNREXJR.js";
import "./chunk-VL62Y3EX.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-KSFVUJLD.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-TGW7BUUO.js";
import "./chunk-QBMHBFTV.js";
import "./chunk-52AVQRSZ.js";
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
