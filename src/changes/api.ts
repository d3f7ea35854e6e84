/**
 * The change set from GitHub's REST API, used only when git cannot answer (no checkout, or a
 * commit that cannot be fetched). `pulls.listFiles` (paginated, at most 3,000 files) or
 * `repos.compareCommits` give the files; `repos.getContent` (raw) their text at base and head.
 * The snapshots know only the files fetched (changed files and the config), so a schema history
 * replay sees less than with git; the log says so.
 */
import type { GitHubClient } from '../github/octokit.js';
import { CONFIG_PATHS } from '../config/load.js';
import { MAX_FILE_BYTES, memorySnapshot, type ChangeSet, type ChangedFile, type FileStatus } from './types.js';

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

  const skipped: ChangeSet['skipped'] = [];
  const baseFiles: Record<string, string> = {};
  const headFiles: Record<string, string> = {};
  const fetchInto = async (target: Record<string, string>, path: string, ref: string): Promise<void> => {
    const text = await rawContent(client, owner, repo, path, ref);
    if (text === null) return;
    if (text.length > MAX_FILE_BYTES) skipped.push({ file: path, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    else if (text.slice(0, 8000).includes('\u0000')) skipped.push({ file: path, reason: 'binary file' });
    else target[path] = text;
  };
  const jobs: (() => Promise<void>)[] = [];
  for (const f of files) {
    if (f.status !== 'deleted') jobs.push(() => fetchInto(headFiles, f.path, head));
    if (f.status !== 'added') jobs.push(() => fetchInto(baseFiles, f.oldPath ?? f.path, base));
  }
  await inParallel(jobs, 8);
  for (const path of input.configPath ? [input.configPath] : CONFIG_PATHS) {
    if (!(path in baseFiles)) await fetchInto(baseFiles, path, base);
  }
  return { base, head, files, baseTree: memorySnapshot(baseFiles), headTree: memorySnapshot(headFiles), skipped };
}

async function rawContent(client: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<string | null> {
  try {
    const response = await client.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } });
    const data = response.data as unknown;
    if (typeof data === 'string') return data;
    // Octokit hands non-JSON, non-text bodies over as an ArrayBuffer.
    if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
    if (data instanceof Uint8Array) return new TextDecoder().decode(data);
    return null;
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
