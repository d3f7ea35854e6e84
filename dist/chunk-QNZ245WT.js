import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-ZEGJSUL4.js";
import "./chunk-LFFDG4UR.js";
import "./chunk-57VB7ZFP.js";
import "./chunk-BYSR4XKA.js";
import "./chunk-ZWMGRNCS.js";
import "./chunk-HNY2MPFV.js";
import "./chunk-3AN5RAER.js";
import "./chunk-WI53AEF4.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
