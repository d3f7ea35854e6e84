import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  compileCacheDir,
  startCompileCache
} from "./chunk-VBKQPGUY.js";
import "./chunk-U623IIGW.js";

// src/action-entry.ts
import { resolve } from "node:path";
var workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), process.env["INPUT_WORKING-DIRECTORY"]?.trim() || ".");
startCompileCache(compileCacheDir(process.env, workspace, true));
var { main } = await import("./chunk-45AXSWRD.js");
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));
await main();
