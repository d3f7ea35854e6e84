import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  engineDialects,
  engineNeeds,
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
} from "./chunk-7VTB5INY.js";
import "./chunk-R3UAF3GR.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-4LF4CSYF.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-6ZRQCE4J.js";
import "./chunk-IPTRHWWN.js";
import "./chunk-TO66DEGD.js";
import "./chunk-JODG5OJR.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-YI4LEFTY.js";
import "./chunk-JII3BBFS.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  engineDialects,
  engineNeeds,
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
};
