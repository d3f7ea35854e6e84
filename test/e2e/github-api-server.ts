/**
 * A local stand-in for api.github.com on 127.0.0.1 (random port), enough of it for rollback-guard:
 * check runs, issue comments (paged with `Link` headers), and scripted failures (403, 429 with
 * `retry-after`, 502). Every request is recorded (the `authorization` header is taken out and kept
 * apart), its path must be one of GitHub's REST operations, and its JSON body is validated against
 * the request-body schema of its endpoint in GitHub's own REST description, so a test fails when
 * we send something GitHub would reject. The description is the subset in github-rest-subset.json
 * (every operation, and the bodies of the endpoints we write to), cut from @octokit/openapi by
 * scripts/github-rest-subset.mjs: the whole package is 385 MB.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/check-runs`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names; `authorization` removed. */
  headers: Record<string, string>;
  body: unknown;
  /** `METHOD /template` from GitHub's REST description, or null when the path is not a GitHub endpoint. */
  operation: string | null;
  /** Ajv errors of the body against the endpoint's request schema (empty = valid). */
  schemaErrors: string[];
  /** Status this server answered. */
  status: number;
}

export interface ScriptedFailure {
  method?: string;
  /** Matches the request path (a string must be contained in it). */
  path?: string | RegExp;
  /** 0: no answer, the connection is dropped. */
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail this way (default 1). */
  times?: number;
  /**
   * Handle the request first, then answer with the failure: the write happened but its answer was
   * lost (a proxy's 502 after GitHub created the comment or check run).
   */
  afterHandling?: boolean;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id: string | null;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
}

// ---- GitHub's REST description (the vendored subset), loaded once per process ----

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  pointer: string | null;
  /** GitHub's description has a body for it that the subset left out. */
  bodyLeftOut: boolean;
  params: number;
}

let described: { ajv: Ajv; operations: Operation[]; validators: Map<string, ValidateFunction> } | null = null;

function restDescription() {
  if (described) return described;
  const doc = JSON.parse(readFileSync(new URL('./github-rest-subset.json', import.meta.url), 'utf8')) as {
    operations: string[];
    bodiesLeftOut: string[];
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
  };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'gh');
  const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const operations: Operation[] = [];
  for (const entry of doc.operations) {
    const [upper, template] = entry.split(' ') as [string, string];
    const method = upper.toLowerCase();
    const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
    const json = doc.paths[template]?.[method]?.requestBody?.content?.['application/json'];
    const pointer = json ? `gh#/paths/${escape(template)}/${method}/requestBody/content/application~1json/schema` : null;
    const bodyLeftOut = doc.bodiesLeftOut.includes(entry);
    operations.push({ method: upper, template, regex, pointer, bodyLeftOut, params: (template.match(/\{/g) ?? []).length });
  }
  // Literal paths win over templated ones (`/issues/comments` before `/issues/{issue_number}`).
  operations.sort((a, b) => a.params - b.params);
  described = { ajv, operations, validators: new Map() };
  return described;
}

/** Match a request to its operation in GitHub's REST description and validate its JSON body. */
export function validateAgainstRestDescription(method: string, path: string, body: unknown): { operation: string | null; errors: string[] } {
  const { ajv, operations, validators } = restDescription();
  const op = operations.find((o) => o.method === method && o.regex.test(path));
  if (!op) return { operation: null, errors: [`${method} ${path} is not an endpoint of GitHub's REST API`] };
  const operation = `${op.method} ${op.template}`;
  if (!op.pointer) {
    if (body === undefined) return { operation, errors: [] };
    return { operation, errors: [op.bodyLeftOut ? 'the stand-in does not keep the request schema of this endpoint: add it to scripts/github-rest-subset.mjs' : 'this endpoint takes no JSON body'] };
  }
  let validate = validators.get(op.pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: op.pointer });
    validators.set(op.pointer, validate);
  }
  if (validate(body ?? {})) return { operation, errors: [] };
  return { operation, errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}

// ---- the server ----

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Every `authorization` header value received (kept apart so recordings can be printed safely). */
  readonly authorizations: string[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly checkRuns = new Map<number, FakeCheckRun>();
  /** Files of the repository at each commit, for contents, compare and PR files (the API change set). */
  readonly trees = new Map<string, Record<string, string>>();
  /** Base and head commit of each PR, for `pulls/{n}/files`. */
  readonly pulls = new Map<number, { base: string; head: string }>();
  /** Page size for lists when the client asks for more (forces pagination in tests). */
  maxPerPage = 100;
  /** Login of the token's user: the author of comments it creates. */
  botLogin = 'github-actions[bot]';
  /**
   * What `GET /user` answers: null = 403 "Resource not accessible by integration", as GitHub
   * answers an installation token (GITHUB_TOKEN); a login = a personal token of that user, who
   * then also writes the comments.
   */
  userLogin: string | null = null;
  /** Reviews of each PR, in submission order (approvals: docs/approvals.md). */
  readonly reviews = new Map<number, { login: string; state: string; submittedAt: string }[]>();
  /** Each PR's author and labels, for `GET /pulls/{n}`. */
  readonly pullInfo = new Map<number, { author: string; labels: string[] }>();
  /** Issue events of each PR (`labeled` / `unlabeled`), in order. */
  readonly issueEvents = new Map<number, { event: string; actor: string; label: string }[]>();
  /** Repository permission of each login (`admin`, `maintain`, `write`, `triage`, `read`); absent: not a collaborator (404). */
  readonly permissions = new Map<string, string>();
  /** Members of each team (`org/slug`); a team absent here answers 404. `teamsForbidden`: every membership read is 403. */
  readonly teams = new Map<string, string[]>();
  teamsForbidden = false;
  private failures: ScriptedFailure[] = [];
  private nextId = 1000;
  private lastAccept = '';
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    restDescription();
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: String(error) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Serve `files` as the repository at `sha`. */
  addCommit(sha: string, files: Record<string, string>): this {
    this.trees.set(sha, { ...files });
    return this;
  }

  addPull(number: number, base: string, head: string): this {
    this.pulls.set(number, { base, head });
    return this;
  }

  /** Forget requests, scripted failures, comments, check runs, commits and PRs (between tests). */
  reset(): this {
    this.trees.clear();
    this.pulls.clear();
    this.requests.length = 0;
    this.authorizations.length = 0;
    this.failures = [];
    this.comments.clear();
    this.checkRuns.clear();
    this.maxPerPage = 100;
    this.userLogin = null;
    this.reviews.clear();
    this.pullInfo.clear();
    this.issueEvents.clear();
    this.permissions.clear();
    this.teams.clear();
    this.teamsForbidden = false;
    return this;
  }

  /** Answer the next matching request(s) with a failure instead of handling them. */
  fail(failure: ScriptedFailure): this {
    this.failures.push({ times: 1, ...failure });
    return this;
  }

  /** Seed a PR's comments, e.g. other people's and an old sticky one. */
  addComment(issue: number, body: string, login = this.botLogin): FakeComment {
    const comment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    this.commentsOf(issue).push(comment);
    return comment;
  }

  commentsOf(issue: number): FakeComment[] {
    let list = this.comments.get(issue);
    if (!list) this.comments.set(issue, (list = []));
    return list;
  }

  /** Requests whose body GitHub's REST description rejects, as readable lines. */
  invalidRequests(): string[] {
    return this.requests.filter((r) => r.schemaErrors.length > 0).map((r) => `${r.method} ${r.path}: ${r.schemaErrors.join('; ')}`);
  }

  /** `METHOD path` of every request, in order. */
  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name === 'authorization') {
        this.authorizations.push(String(value));
        continue;
      }
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    }
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const { operation, errors } = validateAgainstRestDescription(method, url.pathname, body);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      operation,
      schemaErrors: errors,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, data?: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    const sendRaw = (status: number, text: string) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    this.lastAccept = headers.accept ?? '';

    const failure = this.failures.find(
      (f) =>
        (f.times ?? 1) > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || (typeof f.path === 'string' ? url.pathname.includes(f.path) : f.path.test(url.pathname))),
    );
    const sendFailure = (f: ScriptedFailure) => {
      if (f.status === 0) {
        // No answer at all: the connection drops.
        record.status = 0;
        res.socket?.destroy();
        return;
      }
      send(f.status, f.body ?? { message: defaultMessage(f.status) }, f.headers);
    };
    if (failure) failure.times = (failure.times ?? 1) - 1;
    if (failure && !failure.afterHandling) return sendFailure(failure);
    if (!req.headers.authorization) {
      send(401, { message: 'Requires authentication' });
      return;
    }
    if (failure) {
      // The write happens; only its answer is replaced.
      this.route(method, url, body as Record<string, unknown> | undefined, () => {}, () => {});
      return sendFailure(failure);
    }
    this.route(method, url, body as Record<string, unknown> | undefined, send, sendRaw);
  }

  private route(
    method: string,
    url: URL,
    body: Record<string, unknown> | undefined,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void,
    sendRaw: (status: number, text: string) => void,
  ): void {
    const path = url.pathname;
    let m: RegExpMatchArray | null;
    if (method === 'POST' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs$/))) {
      const output = (body?.output ?? {}) as FakeCheckRun['output'] & { annotations?: Record<string, unknown>[] };
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: String(body?.name),
        head_sha: String(body?.head_sha),
        external_id: typeof body?.external_id === 'string' ? body.external_id : null,
        status: body?.conclusion ? 'completed' : String(body?.status ?? 'queued'),
        conclusion: (body?.conclusion as string | undefined) ?? null,
        output: { title: output.title, summary: output.summary, text: output.text },
        annotations: [...(output.annotations ?? [])],
      };
      this.checkRuns.set(run.id, run);
      send(201, this.checkRunJson(run, m[1]!, m[2]!));
      return;
    }
    if (method === 'PATCH' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.get(Number(m[3]));
      if (!run) return send(404, { message: 'Not Found' });
      const output = (body?.output ?? {}) as FakeCheckRun['output'] & { annotations?: Record<string, unknown>[] };
      if (body?.conclusion) {
        run.conclusion = String(body.conclusion);
        run.status = 'completed';
      } else if (body?.status) run.status = String(body.status);
      run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, text: output.text ?? run.output.text };
      run.annotations.push(...(output.annotations ?? []));
      send(200, this.checkRunJson(run, m[1]!, m[2]!));
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.get(Number(m[3]));
      if (!run) return send(404, { message: 'Not Found' });
      send(200, this.checkRunJson(run, m[1]!, m[2]!));
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/))) {
      const ref = decodeURIComponent(m[3]!);
      const name = url.searchParams.get('check_name');
      const runs = [...this.checkRuns.values()].filter((r) => r.head_sha === ref && (name === null || r.name === name));
      const [items, links] = this.page(url, runs);
      send(200, { total_count: runs.length, check_runs: items.map((r) => this.checkRunJson(r, m![1]!, m![2]!)) }, links);
      return;
    }
    if (method === 'GET' && path === '/user') {
      if (this.userLogin === null) {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
      }
      send(200, { login: this.userLogin, id: 1, type: 'User' });
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/))) {
      const info = this.pullInfo.get(Number(m[3]));
      if (!info) return send(404, { message: 'Not Found' });
      send(200, { number: Number(m[3]), state: 'open', user: { login: info.author, type: 'User' }, labels: info.labels.map((name, id) => ({ id, name })) });
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/))) {
      const list = (this.reviews.get(Number(m[3])) ?? []).map((r, i) => ({
        id: i + 1,
        user: { login: r.login, type: 'User' },
        state: r.state,
        submitted_at: r.submittedAt,
        commit_id: 'f'.repeat(40),
        body: '',
      }));
      const [items, links] = this.page(url, list);
      send(200, items, links);
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/events$/))) {
      const list = (this.issueEvents.get(Number(m[3])) ?? []).map((e, i) => ({ id: i + 1, event: e.event, actor: { login: e.actor, type: 'User' }, label: { name: e.label, color: 'ededed' }, created_at: '2026-12-01T10:00:00Z' }));
      const [items, links] = this.page(url, list);
      send(200, items, links);
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/))) {
      const login = decodeURIComponent(m[3]!);
      const role = this.permissions.get(login);
      if (role === undefined) return send(404, { message: `${login} is not a user` });
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      send(200, { permission, role_name: role, user: { login, type: 'User' } });
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      if (this.teamsForbidden) return send(403, { message: 'Resource not accessible by integration' });
      const members = this.teams.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (!members || !members.includes(decodeURIComponent(m[3]!))) return send(404, { message: 'Not Found' });
      send(200, { state: 'active', role: 'member', url: '' });
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/))) {
      const pull = this.pulls.get(Number(m[3]));
      if (!pull) return send(404, { message: 'Not Found' });
      const [items, links] = this.page(url, this.diff(pull.base, pull.head));
      send(200, items, links);
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/))) {
      const [base, head] = decodeURIComponent(m[3]!).split('...');
      if (!base || !head || !this.trees.has(base) || !this.trees.has(head)) return send(404, { message: 'Not Found' });
      send(200, { status: 'ahead', files: this.diff(base, head) });
      return;
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/))) {
      const file = decodeURIComponent(m[3]!);
      const text = this.trees.get(url.searchParams.get('ref') ?? '')?.[file];
      if (text === undefined) return send(404, { message: 'Not Found' });
      if (!/application\/vnd\.github(\.v3)?\.raw/.test(this.lastAccept)) return send(415, { message: 'this stand-in serves contents raw only' });
      sendRaw(200, text);
      return;
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[3]);
      if (method === 'GET') {
        const [items, links] = this.page(url, this.commentsOf(issue));
        send(200, items.map((c) => this.commentJson(c, m![1]!, m![2]!, issue)), links);
        return;
      }
      if (method === 'POST') {
        const comment = this.addComment(issue, String(body?.body ?? ''), this.userLogin ?? this.botLogin);
        send(201, this.commentJson(comment, m[1]!, m[2]!, issue));
        return;
      }
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/))) {
      const id = Number(m[3]);
      for (const [issue, list] of this.comments) {
        const index = list.findIndex((c) => c.id === id);
        if (index < 0) continue;
        if (method === 'PATCH') {
          list[index]!.body = String(body?.body ?? '');
          send(200, this.commentJson(list[index]!, m[1]!, m[2]!, issue));
          return;
        }
        if (method === 'DELETE') {
          list.splice(index, 1);
          send(204);
          return;
        }
      }
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** One page of `all` as GitHub pages lists: `per_page` (default 30), `page`, and a `Link` header. */
  private page<T>(url: URL, all: T[]): [T[], Record<string, string>] {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.maxPerPage);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const pageUrl = (n: number) => {
      const u = new URL(url.href);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.href}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
    return [all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {}];
  }

  /** Changed files between two commits, as `pulls/{n}/files` and `compare` list them. */
  private diff(base: string, head: string): { filename: string; status: string; sha: string; additions: number; deletions: number; changes: number }[] {
    const a = this.trees.get(base) ?? {};
    const b = this.trees.get(head) ?? {};
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return names
      .filter((n) => a[n] !== b[n])
      .map((n) => ({
        filename: n,
        status: !(n in a) ? 'added' : !(n in b) ? 'removed' : 'modified',
        sha: '0'.repeat(40),
        additions: 0,
        deletions: 0,
        changes: 0,
      }));
  }

  private checkRunJson(run: FakeCheckRun, owner: string, repo: string) {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      external_id: run.external_id,
      status: run.status,
      conclusion: run.conclusion,
      html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
      output: { ...run.output, annotations_count: run.annotations.length },
    };
  }

  private commentJson(c: FakeComment, owner: string, repo: string, issue: number) {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user.login, type: c.user.type },
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    };
  }
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 429) return 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  if (status >= 500) return 'Server Error';
  return 'Error';
}
