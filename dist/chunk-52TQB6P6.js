import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  analyseMigrations,
  migrationDialects,
  prepareMigrations,
  resolveOperation
} from "./chunk-BRXHQVX5.js";
import "./chunk-LJEN6VQ2.js";
import "./chunk-RUECXAB6.js";
import "./chunk-LEI7KBD4.js";
import "./chunk-6ZIUMWKH.js";
import "./chunk-GNG657DJ.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-DQTDHHJL.js";
import "./chunk-U623IIGW.js";
export {
  analyseMigrations,
  migrationDialects,
  prepareMigrations,
  resolveOperation
};
