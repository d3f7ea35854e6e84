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
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
} from "./chunk-FXO2CMWN.js";
import "./chunk-JODG5OJR.js";
import "./chunk-V7UVTLYN.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-FNJNUPYD.js";
import "./chunk-SUSJ5QPE.js";
import "./chunk-QLNP4TNU.js";
import "./chunk-COSUD523.js";
import "./chunk-KAWUW2KJ.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-IUUUE4C2.js";
import "./chunk-U623IIGW.js";
export {
  engineDialects,
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  runEngine,
  runEngineAsync,
  startCodeSearch
};
