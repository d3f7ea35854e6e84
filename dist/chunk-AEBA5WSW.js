import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/context/inputs.ts
var InputError = class extends Error {
};
function oneOf(get, name, allowed, fallback) {
  const value = get(name).trim();
  if (value === "") return fallback;
  if (!allowed.includes(value))
    throw new InputError(`Invalid '${name}' value '${value}'. Expected one of: ${allowed.join(", ")}.`);
  return value;
}
function bool(get, name, fallback) {
  const value = get(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new InputError(`Invalid '${name}' value '${value}'. Expected one of: true, false.`);
}
function optional(get, name) {
  const value = get(name).trim();
  return value === "" ? null : value;
}
var DEFAULT_NAME = "rollback-guard";
function runName(get) {
  const value = get("name").trim();
  if (value === "") return DEFAULT_NAME;
  if (value.length > 60 || !/^[\p{L}\p{N}][\p{L}\p{N} ._\-/()]*$/u.test(value)) {
    throw new InputError(`Invalid 'name' value '${value.slice(0, 80)}'. Use up to 60 letters, digits, spaces and . _ - / ( ), starting with a letter or digit.`);
  }
  return value;
}
function readSettings(get) {
  return {
    token: get("github-token").trim(),
    config: optional(get, "config"),
    base: optional(get, "base"),
    head: optional(get, "head"),
    failOn: oneOf(get, "fail-on", ["error", "warning", "never"], "error"),
    annotations: oneOf(get, "annotations", ["auto", "check-run", "workflow-commands", "off"], "auto"),
    comment: bool(get, "comment", true),
    sarif: optional(get, "sarif"),
    workingDirectory: optional(get, "working-directory") ?? ".",
    name: runName(get)
  };
}
function readMode(get) {
  return oneOf(get, "mode", ["check", "plan"], "check");
}

// src/github/gate.ts
var FALLBACK = "findings stay in the log annotations and the job summary";
function publishBlocker(settings, run, hasClient = false) {
  const wantCheckRun = settings.annotations === "auto" || settings.annotations === "check-run";
  const wantComment = settings.comment && run.prNumber !== null;
  if (!wantCheckRun && !wantComment) return { quiet: true };
  const what = [wantCheckRun ? "check run" : null, wantComment ? "PR comment" : null].filter(Boolean).join(" and ");
  if (!settings.token && !hasClient) return { warning: `rollback-guard: no github-token, so no ${what}; ${FALLBACK}.` };
  if (run.isFork && (run.eventName === "pull_request" || run.eventName === "pull_request_review")) return { warning: `rollback-guard: fork pull request with a read-only token, so no ${what}; ${FALLBACK}.` };
  return null;
}

export {
  InputError,
  DEFAULT_NAME,
  readSettings,
  readMode,
  FALLBACK,
  publishBlocker
};
