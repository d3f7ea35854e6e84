import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  main
} from "./chunk-F4VKPWXG.js";
import "./chunk-X3FKQ4TS.js";
import "./chunk-AEBA5WSW.js";
import "./chunk-VBRBKGEB.js";
import "./chunk-2CRS3QVA.js";
import "./chunk-PCO3WAOG.js";
import "./chunk-LMEH77JA.js";
import "./chunk-JODG5OJR.js";
import "./chunk-BI3ECU6V.js";
import "./chunk-2U5OMPUM.js";
import "./chunk-45TO64EX.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-YKM2ROQD.js";
import "./chunk-C4UXLVPY.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-5LYBVDGP.js";
import "./chunk-TAFVK2MW.js";
import "./chunk-YI4LEFTY.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-JII3BBFS.js";
import "./chunk-U623IIGW.js";

// src/action-entry.ts
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
await main();
