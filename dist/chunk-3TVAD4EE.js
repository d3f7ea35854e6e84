import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  prepareEngine,
  runEngine
} from "./chunk-56E372VI.js";
import "./chunk-RPWWWYRP.js";
import "./chunk-DL2X5WWM.js";
import "./chunk-TUVMJLS5.js";
import "./chunk-SGXRPBIW.js";
import "./chunk-WTAQF2RF.js";
import "./chunk-T3FZNM5W.js";
import "./chunk-TD3TODEE.js";
import "./chunk-7K4VNERT.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  prepareEngine,
  runEngine
};
