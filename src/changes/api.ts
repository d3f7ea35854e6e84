/**
 * The change set from GitHub's REST API, used only when git cannot answer (no checkout, or a
 * commit that cannot be fetched). `pulls.listFiles` (paginated, at most 3,000 files) or
 * `repos.compareCommits` give the files; `repos.getContent` (raw) their text at base and head.
 * The snapshots know only the files fetched (changed files and the config), so a schema history
 * replay sees less than with git; the log says so.
 */
import type { GitHubClient } from '../github/octokit.js';
import { CONFIG_PATHS } from '../config/paths.js';
import { isAnalysedFileName } from './file-kinds.js';
import { MAX_FILE_BYTES, memorySnapshot, type ChangeSet, type ChangedFile, type FileStatus, type ReleaseStatus } from './types.js';

export interface ApiChangeSetInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  base: string;
  head: string;
  prNumber: number | null;
  configPath?: string | null;
}

interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

const STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  changed: 'modified',
  renamed: 'renamed',
  copied: 'added',
  unchanged: 'modified',
};

export async function apiChangeSet(input: ApiChangeSetInput): Promise<ChangeSet> {
  const { client, owner, repo, base, head } = input;
  const listed: ApiFile[] =
    input.prNumber !== null
      ? await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: input.prNumber, per_page: 100 })
      : ((await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` })).data.files ?? []);

  const files: ChangedFile[] = listed
    .map((f) => {
      const status = STATUS[f.status] ?? 'modified';
      return status === 'renamed' && f.previous_filename
        ? { path: f.filename, oldPath: f.previous_filename, status }
        : { path: f.filename, status };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const baseFiles: Record<string, Uint8Array> = {};
  const headFiles: Record<string, Uint8Array> = {};
  const fetchInto = async (target: Record<string, Uint8Array>, path: string, ref: string): Promise<void> => {
    const content = await rawContent(client, owner, repo, path, ref);
    if (content !== null) target[path] = content;
  };
  // Only what an analyser reads: the PR's SQL, YAML and JSON files.
  const wanted = isAnalysedFileName;
  const jobs: (() => Promise<void>)[] = [];
  for (const f of files) {
    if (f.status !== 'deleted' && wanted(f.path)) jobs.push(() => fetchInto(headFiles, f.path, head));
    if (f.status !== 'added' && wanted(f.oldPath ?? f.path)) jobs.push(() => fetchInto(baseFiles, f.oldPath ?? f.path, base));
  }
  await inParallel(jobs, 8);
  for (const path of input.configPath ? [input.configPath] : CONFIG_PATHS) {
    if (!(path in baseFiles)) await fetchInto(baseFiles, path, base);
  }
  // Bytes are decoded as from git (BOMs, UTF-16, the size limit); what cannot be is unreadable, with why.
  const baseTree = memorySnapshot(baseFiles);
  const headTree = memorySnapshot(headFiles);
  const skipped: ChangeSet['skipped'] = [];
  for (const f of files) {
    const reason = (f.status === 'deleted' ? undefined : headTree.unreadable?.(f.path)) ?? (f.status === 'added' ? undefined : baseTree.unreadable?.(f.oldPath ?? f.path));
    if (reason) skipped.push({ file: f.path, reason });
  }
  // No tags are read through the API: every base migration counts as released (edits stay reported).
  const released = (paths: string[]): Map<string, ReleaseStatus> =>
    new Map(paths.map((p) => [p, { released: true, reason: 'the change set came from the GitHub API (no git checkout), which rollback-guard does not ask about release tags, so it counts as released' }]));
  return { base, head, files, baseTree, headTree, skipped, released };
}

/**
 * Where `head` left `base`, from the compare endpoint (`merge_base_commit`): the fallback when a
 * shallow checkout cannot be deepened to it. Null when the API does not say.
 */
export async function mergeBaseFromApi(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<string | null> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
  const sha = (data as { merge_base_commit?: { sha?: unknown } }).merge_base_commit?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/**
 * A file's bytes at `ref` (raw media type), read from the response stream and never more than
 * the hard limit: past it, a marker one byte longer stands for the file (decoded as too large).
 */
async function rawContent(client: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<Uint8Array | null> {
  try {
    const response = await client.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } });
    const body = response.data as unknown;
    if (body instanceof ArrayBuffer) return new Uint8Array(body);
    if (typeof body === 'string') return Buffer.from(body, 'utf8');
    if (!body || typeof (body as ReadableStream).getReader !== 'function') return null;
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
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
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

async function inParallel(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}
