import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  createGitHubClient,
  describeApiError,
  endpointOf,
  httpStatus,
  rateLimitWait,
  retrySettings
} from "./chunk-OGEEESAQ.js";
import "./chunk-U623IIGW.js";
export {
  createGitHubClient,
  describeApiError,
  endpointOf,
  httpStatus,
  rateLimitWait,
  retrySettings
};
