import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-4A6YOZUW.js";
import "./chunk-4QX55ER6.js";
import "./chunk-FPQWA4OS.js";
import "./chunk-6AR2CUFH.js";
import "./chunk-IQUAVMJT.js";
import "./chunk-ZWMGRNCS.js";
import "./chunk-GDNDEYR4.js";
import "./chunk-SBSNNU2B.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
