import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  loadBaseConfig,
  prefetchBaseConfig
} from "./chunk-U2K57VXA.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-JODG5OJR.js";
import "./chunk-U623IIGW.js";
export {
  loadBaseConfig,
  prefetchBaseConfig
};
