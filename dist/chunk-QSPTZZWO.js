import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-5HLHWPVX.js";
import "./chunk-OFQYG6CZ.js";
import "./chunk-G2JDKUGI.js";
import "./chunk-6AR2CUFH.js";
import "./chunk-TJ5BV5OF.js";
import "./chunk-ZWMGRNCS.js";
import "./chunk-HPULLHRD.js";
import "./chunk-LFLKDR6A.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
