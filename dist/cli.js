#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  main
} from "./chunk-ITWIG5ME.js";
import "./chunk-BI3ECU6V.js";
import "./chunk-NVYTZ4RX.js";
import "./chunk-7R2E7FEX.js";
import "./chunk-JQBOSFPS.js";
import "./chunk-4K57P2NP.js";
import "./chunk-D7BJUY6R.js";
import "./chunk-3MIIFOP7.js";
import "./chunk-ATAERQRV.js";
import "./chunk-7QPI7FLX.js";
import "./chunk-3MRRVRCS.js";
import "./chunk-TAFVK2MW.js";
import "./chunk-YI4LEFTY.js";
import "./chunk-JII3BBFS.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";

// src/cli-entry.ts
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
var code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
process.exitCode = code;
