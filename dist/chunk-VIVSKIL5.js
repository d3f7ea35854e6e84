import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  engineDialects,
  prepareContracts,
  prepareEngine,
  runEngine
} from "./chunk-F3FGQBH4.js";
import "./chunk-JODG5OJR.js";
import "./chunk-S6CLNBAO.js";
import "./chunk-5K6OU6JX.js";
import "./chunk-K5QTCQVL.js";
import "./chunk-CRHIYVLZ.js";
import "./chunk-3NTEQ6ZU.js";
import "./chunk-YR7PW64W.js";
import "./chunk-7K4VNERT.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-656USSJU.js";
import "./chunk-U623IIGW.js";
export {
  engineDialects,
  prepareContracts,
  prepareEngine,
  runEngine
};
