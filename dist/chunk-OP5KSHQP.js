import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-ODGKNBQU.js";
import "./chunk-VXAZOEMG.js";
import "./chunk-4RPVAXVY.js";
import "./chunk-6AR2CUFH.js";
import "./chunk-QAUWGTA6.js";
import "./chunk-ZWMGRNCS.js";
import "./chunk-SUGDXQNB.js";
import "./chunk-7L7Q2KBG.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
