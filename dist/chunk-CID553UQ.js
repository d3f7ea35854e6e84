import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-XJPB7UD3.js";
import "./chunk-RJ5NQ3C3.js";
import "./chunk-K5QTCQVL.js";
import "./chunk-XLXX7UOV.js";
import "./chunk-SGXRPBIW.js";
import "./chunk-WDHHFRSN.js";
import "./chunk-7B7USSPI.js";
import "./chunk-XTJZNYMK.js";
import "./chunk-7K4VNERT.js";
import "./chunk-656USSJU.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
