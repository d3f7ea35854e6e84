import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  contractsMayChange,
  engineDialects,
  engineNeeds,
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
} from "./chunk-5XTDXW2C.js";
import "./chunk-SYRHG77T.js";
import "./chunk-4K57P2NP.js";
import "./chunk-P4TBAOQP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-M4CJE6NX.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-SCU4DVY4.js";
import "./chunk-HOMZOPEG.js";
import "./chunk-FROQA73M.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-5SYVZ6D5.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  contractsMayChange,
  engineDialects,
  engineNeeds,
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
};
