import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  baseConfig,
  readConfigFromTree
} from "./chunk-RLL6XCCS.js";
import "./chunk-SIJTIELZ.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-5K6OU6JX.js";
import "./chunk-CS4DVR3X.js";
import "./chunk-OKAFENIV.js";
import "./chunk-7K4VNERT.js";
import "./chunk-RUCUYVEX.js";
import "./chunk-U623IIGW.js";
export {
  baseConfig,
  readConfigFromTree
};
