import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-R4A3DRWI.js";
import "./chunk-4JIJ4TNQ.js";
import "./chunk-K7LLMC76.js";
import "./chunk-6AR2CUFH.js";
import "./chunk-KZ5IADA6.js";
import "./chunk-ZWMGRNCS.js";
import "./chunk-57JDNX7M.js";
import "./chunk-CMMZ62C7.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
