import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/changes/git-error.ts
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
var gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" });
var MISSING_OBJECT = /^(?:fatal|error): (?:unable to read(?: tree| blob| commit)?|bad (?:object|tree object)|missing (?:blob|tree|commit) object|could not read object|did not receive expected object) ([0-9a-f]{40,64})/m;
function missingObjectError(error, cwd) {
  const stderr = error?.stderr;
  const text = typeof stderr === "string" ? stderr : Buffer.isBuffer(stderr) ? stderr.toString("utf8") : "";
  const m = MISSING_OBJECT.exec(text);
  if (!m) return error;
  return new GitError(
    `git cannot read object ${m[1]} in ${cwd}: the clone is incomplete (shallow, partial or damaged), so the change cannot be checked. Fetch base and head with their history (actions/checkout with fetch-depth: 0, or \`git fetch --unshallow\`) and run again.`
  );
}

export {
  GitError,
  gitEnv,
  missingObjectError
};
