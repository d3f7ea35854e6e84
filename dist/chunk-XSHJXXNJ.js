import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  CONFIG_PATHS,
  parseConfig
} from "./chunk-BYSR4XKA.js";
import {
  ConfigError
} from "./chunk-ZWMGRNCS.js";
import "./chunk-3AN5RAER.js";
import "./chunk-WI53AEF4.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  CONFIG_PATHS,
  ConfigError,
  parseConfig
};
