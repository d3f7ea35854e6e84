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
  MAX_FILE_BYTES,
  memorySnapshot
} from "./chunk-5SYVZ6D5.js";
import {
  isAnalysedFileName
} from "./chunk-OKPMEVZ6.js";
import "./chunk-U623IIGW.js";

// src/changes/api.ts
var STATUS = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  changed: "modified",
  renamed: "renamed",
  copied: "added",
  unchanged: "modified"
};
async function apiChangeSet(input) {
  const { client, owner, repo, base, head } = input;
  const listed = input.prNumber !== null ? await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: input.prNumber, per_page: 100 }) : (await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` })).data.files ?? [];
  const files = listed.map((f) => {
    const status = STATUS[f.status] ?? "modified";
    return status === "renamed" && f.previous_filename ? { path: f.filename, oldPath: f.previous_filename, status } : { path: f.filename, status };
  }).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const baseFiles = {};
  const headFiles = {};
  const fetchInto = async (target, path, ref) => {
    const content = await rawContent(client, owner, repo, path, ref);
    if (content !== null) target[path] = content;
  };
  const wanted = isAnalysedFileName;
  const jobs = [];
  for (const f of files) {
    if (f.status !== "deleted" && wanted(f.path)) jobs.push(() => fetchInto(headFiles, f.path, head));
    if (f.status !== "added" && wanted(f.oldPath ?? f.path)) jobs.push(() => fetchInto(baseFiles, f.oldPath ?? f.path, base));
  }
  await inParallel(jobs, 8);
  for (const path of input.configPath ? [input.configPath] : CONFIG_PATHS) {
    if (!(path in baseFiles)) await fetchInto(baseFiles, path, base);
  }
  const baseTree = memorySnapshot(baseFiles);
  const headTree = memorySnapshot(headFiles);
  const skipped = [];
  for (const f of files) {
    const reason = (f.status === "deleted" ? void 0 : headTree.unreadable?.(f.path)) ?? (f.status === "added" ? void 0 : baseTree.unreadable?.(f.oldPath ?? f.path));
    if (reason) skipped.push({ file: f.path, reason });
  }
  const released = (paths) => new Map(paths.map((p) => [p, { released: true, reason: "the change set came from the GitHub API (no git checkout), which rollback-guard does not ask about release tags, so it counts as released" }]));
  return { base, head, files, baseTree, headTree, skipped, released };
}
async function mergeBaseFromApi(client, owner, repo, base, head) {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
  const sha = data.merge_base_commit?.sha;
  return typeof sha === "string" && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}
async function rawContent(client, owner, repo, path, ref) {
  try {
    const response = await client.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: "raw" }, request: { parseSuccessResponseBody: false } });
    const body = response.data;
    if (body instanceof ArrayBuffer) return new Uint8Array(body);
    if (typeof body === "string") return Buffer.from(body, "utf8");
    if (!body || typeof body.getReader !== "function") return null;
    const reader = body.getReader();
    const chunks = [];
    let size = 0;
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_FILE_BYTES) {
        await reader.cancel();
        return new Uint8Array(MAX_FILE_BYTES + 1);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}
async function inParallel(jobs, width) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}
export {
  apiChangeSet,
  mergeBaseFromApi
};
