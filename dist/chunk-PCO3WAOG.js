import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";
import {
  compileGlob
} from "./chunk-NXP7S4WX.js";

// src/policy/approvals.ts
function decide(gate, file) {
  if (gate.state.kind === "unverifiable") {
    return {
      pending: `cannot be approved in this run: approvals cannot be verified (${gate.state.why}); it takes effect once a reviewer other than the author approves the pull request and the check runs there, or with \`approvals.required: false\` in the base configuration.`
    };
  }
  const { author, reviewers, label, codeowners } = gate.state.evidence;
  const owners = codeowners?.ownersOf(file) ?? [];
  const qualifies = (a) => !sameLogin(a.login, author) && (a.writer || ownsFile(owners, a));
  const reviewer = [...reviewers].sort((a, b) => a.login < b.login ? -1 : a.login > b.login ? 1 : 0).find(qualifies);
  if (reviewer) return { approval: { by: reviewer.login, via: "review" } };
  if (label && qualifies(label.by)) return { approval: { by: label.by.login, via: "label" } };
  const who = [`an approving review by someone other than @${author} with write access`];
  if (owners.length > 0) who.push(`by a code owner of ${file} (${owners.join(", ")})`);
  if (gate.label) who.push(`the label \`${gate.label}\` applied by such a person`);
  const notes = [];
  if (label && sameLogin(label.by.login, author)) notes.push(`the label \`${label.name}\` was applied by the author, which does not count`);
  else if (label) notes.push(`the label \`${label.name}\` was applied by @${label.by.login}, who has no write access`);
  return { pending: `needs ${joinOr(who)}${notes.length ? ` (${notes.join("; ")})` : ""}.` };
}
function settleSuppression(finding, suppression, gate) {
  const decision = suppression.added && gate ? decide(gate, finding.file) : null;
  if (decision && "pending" in decision) {
    finding.pendingApproval = { source: suppression.source, reason: suppression.reason, approvers: decision.pending };
    finding.message += ` Suppression pending approval: this PR adds the ${suppression.source === "inline" ? "suppression" : "`allow` entry"}, which ${decision.pending}`;
    return;
  }
  finding.suppressed = true;
  finding.suppression = { source: suppression.source, reason: suppression.reason };
  if (decision) finding.approval = decision.approval;
}
function addedAllowEntries(changes, config, parse) {
  const path = config.source ?? CONFIG_PATHS[0];
  const changed = changes.files.find((f) => f.status !== "deleted" && (f.path === path || config.source === null && CONFIG_PATHS.includes(f.path)));
  if (!changed) return [];
  const text = changes.headTree.read(changed.path);
  if (text === null) return [];
  let head;
  try {
    head = parse(text, changed.path);
  } catch {
    return [];
  }
  const remaining = config.allow.map(allowKey);
  const lines = text.split("\n");
  const out = [];
  head.allow.forEach((entry, index) => {
    const at = remaining.indexOf(allowKey(entry));
    if (at >= 0) {
      remaining.splice(at, 1);
      return;
    }
    const line = lines.findIndex((l) => l.includes(entry.reason)) + 1 || 1;
    out.push({ entry, file: changed.path, line, index });
  });
  return out;
}
function allowKey(e) {
  return JSON.stringify([e.rule, e.object ?? null, e.file ?? null, e.reason.trim(), e.until ?? null]);
}
function pendingAllowFindings(added, gate) {
  if (!gate) return [];
  const out = [];
  for (const a of added) {
    const decision = decide(gate, a.file);
    if ("approval" in decision) continue;
    const named = `allow[${a.index}] (${a.entry.rule}${a.entry.object ? ` ${a.entry.object}` : ""})`;
    out.push({
      rule: "config-changed",
      severity: "error",
      file: a.file,
      line: a.line,
      message: `This PR adds the \`allow\` entry ${named}, which would suppress findings of later PRs; suppression pending approval: it ${decision.pending}`,
      object: `allow[${a.index}]`
    });
  }
  return out;
}
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeOwners(text) {
  const rules = [];
  const teams = /* @__PURE__ */ new Set();
  for (const raw of text.split("\n")) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") continue;
    const [pattern, ...owners] = line.split(/\s+/);
    for (const o of owners) if (/^@[^/\s]+\/[^/\s]+$/.test(o)) teams.add(o.slice(1).toLowerCase());
    const matches = codeOwnersMatcher(pattern);
    rules.push({ matches: matches ?? (() => false), owners });
  }
  return {
    ownersOf(file) {
      for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(file)) return rules[i].owners;
      return [];
    },
    teams: [...teams].sort()
  };
}
function codeOwnersMatcher(pattern) {
  if (pattern.startsWith("!") || /[[\]]/.test(pattern)) return null;
  const folder = pattern.endsWith("/");
  const core = pattern.replace(/^\/+/, "").replace(/\/+$/, "");
  if (core === "") return pattern.startsWith("/") ? () => true : null;
  const anchored = pattern.startsWith("/") || core.includes("/");
  const escaped = core.replace(/[{}()!\\]/g, "\\$&");
  const roots = anchored ? [escaped] : [escaped, `**/${escaped}`];
  const last = core.split("/").pop();
  const globs = [];
  for (const r of roots) {
    if (!folder) globs.push(r);
    if (!(last === "*" && !folder)) globs.push(`${r}/**`);
  }
  try {
    const compiled = globs.map((g) => compileGlob(g));
    return (file) => compiled.some((m) => m(file));
  } catch {
    return null;
  }
}
function ownsFile(owners, person) {
  return owners.some((o) => {
    if (!o.startsWith("@")) return false;
    const name = o.slice(1).toLowerCase();
    return name.includes("/") ? person.teams.includes(name) : name === person.login.toLowerCase();
  });
}
function sameLogin(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function joinOr(parts) {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}`;
}
function approvingReviewers(reviews) {
  const latest = /* @__PURE__ */ new Map();
  reviews.map((r, i) => ({ r, i })).sort((a, b) => cmpTime(a.r.submittedAt, b.r.submittedAt) || a.i - b.i).forEach(({ r }) => {
    const state = r.state.toUpperCase();
    if (state === "COMMENTED" || state === "PENDING") return;
    latest.set(r.login.toLowerCase(), state === "APPROVED" ? r.login : "");
  });
  return [...latest.values()].filter((login) => login !== "").sort();
}
function cmpTime(a, b) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export {
  settleSuppression,
  addedAllowEntries,
  pendingAllowFindings,
  CODEOWNERS_PATHS,
  parseCodeOwners,
  approvingReviewers
};
