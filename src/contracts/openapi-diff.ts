/**
 * The OpenAPI walk: operations, parameters, request bodies, responses, media types, security and
 * base paths. Swagger 2.0 and OpenAPI 3.x are read into the same operation model first, so one
 * walk covers both (and a 2.0 -> 3.0 migration of the same API).
 */
import type { ContractChange, OperationChangeKind } from './changes.js';
import { childNode, isObject, type Node, type Workspace } from './refs.js';
import type { SchemaDiffer } from './schema-diff.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Param {
  name: string;
  in: string;
  required: boolean;
  /** The node the schema differ reads: `schema` (3.x) or the parameter itself (2.0). */
  schema: Node | null;
  node: Node;
}

interface Media {
  type: string;
  schema: Node | null;
}

interface Body {
  node: Node;
  required: boolean;
  media: Map<string, Media>;
}

interface Response {
  node: Node;
  media: Map<string, Media>;
  /** The response's headers as one object schema (name in lower case -> the header's schema; `required` ones required). */
  headers: Node | null;
}

interface Operation {
  method: string;
  path: string;
  endpoint: string;
  node: Node;
  pathItem: Node;
  params: Map<string, Param>;
  body: Body | null;
  responses: Map<string, Response>;
  /** Alternatives (OR) of requirements (AND): scheme -> scopes. null: none declared. */
  security: Map<string, string[]>[] | null;
  /** `security` is the document's (the operation declares none). */
  globalSecurity?: boolean;
  /** A webhook or callback: a request this API sends, whose payload the receivers read. */
  outgoing?: boolean;
  /** The operation is a `$ref` that leads nowhere readable (reported as such): nothing to compare. */
  unresolved?: boolean;
}

interface Api {
  root: Node;
  swagger2: boolean;
  ops: Operation[];
  /** Path templates whose path item is a `$ref` that leads nowhere readable (reported as such). */
  unresolvedPaths: Set<string>;
  basePaths: Set<string>;
  basePathNode: Node;
}

export function diffOpenApi(
  base: Workspace,
  head: Workspace,
  baseRoot: Node | null,
  headRoot: Node,
  differ: SchemaDiffer,
): ContractChange[] {
  const b = readApi(base, baseRoot ?? { file: headRoot.file, pointer: [], value: { paths: {} } });
  const h = readApi(head, headRoot);
  const changes: ContractChange[] = [];
  /** Security tightened by the document's `security` (operations that declare none): one change, listing them all. */
  const global = new Map<string, Set<string>>();
  const add = (kind: OperationChangeKind, at: Node, object: string, detail: string, endpoints: string[], name?: string): void => {
    if (kind === 'security-requirement-added' && object === GLOBAL_SECURITY) {
      const known = global.get(detail);
      if (known) {
        for (const e of endpoints) known.add(e);
        return;
      }
    }
    const set = new Set(endpoints);
    changes.push({
      kind,
      flow: null,
      parameter: false,
      at: { file: at.file, pointer: at.pointer },
      object,
      detail,
      name,
      endpoints: set,
    });
    if (kind === 'security-requirement-added' && object === GLOBAL_SECURITY) global.set(detail, set);
  };

  if (baseRoot && !sameSet(b.basePaths, h.basePaths) && ![...b.basePaths].some((p) => h.basePaths.has(p))) {
    add('base-path-changed', h.basePathNode, h.swagger2 ? 'basePath' : 'servers',
      `${[...b.basePaths].join(', ')} -> ${[...h.basePaths].join(', ')}`, []);
  }

  const headByKey = new Map<string, Operation>();
  const headByTemplate = new Map<string, Operation>();
  for (const op of h.ops) {
    headByKey.set(`${op.method} ${op.path}`, op);
    const t = `${op.method} ${template(op.path)}`;
    if (!headByTemplate.has(t)) headByTemplate.set(t, op);
  }
  const matched = new Set<Operation>();
  const headDoc = isObject(h.root.value) ? h.root.value : {};
  const headPathByTemplate = new Map<string, string>();
  for (const p of Object.keys(isObject(headDoc.paths) ? headDoc.paths : {})) {
    if (!headPathByTemplate.has(template(p))) headPathByTemplate.set(template(p), p);
  }
  for (const bo of b.ops) {
    let ho = headByKey.get(`${bo.method} ${bo.path}`);
    if (!ho || matched.has(ho)) ho = headByTemplate.get(`${bo.method} ${template(bo.path)}`);
    if ((!ho || matched.has(ho)) && h.unresolvedPaths.has(template(bo.path))) continue; // unreadable in head: invalid-contract says so
    if (!ho || matched.has(ho)) {
      const pathKey = headPathByTemplate.get(template(bo.path));
      const hooks = bo.outgoing && bo.path.startsWith('webhook ') ? ['webhooks', 'x-webhooks'].find((k) => isObject(headDoc[k])) : undefined;
      const at = hooks ? child(h.root, hooks) : pathKey ? child(h.root, 'paths', pathKey) : child(h.root, 'paths');
      const deprecated = isObject(bo.node.value) && bo.node.value.deprecated === true;
      add('endpoint-removed', at, bo.endpoint, deprecated ? `${bo.endpoint} (deprecated in base)` : bo.endpoint, [bo.endpoint]);
      if (deprecated) changes[changes.length - 1].severity = 'warning';
      continue;
    }
    matched.add(ho);
    if (!bo.unresolved && !ho.unresolved) diffOperation(bo, ho, differ, add, h.root);
  }
  if (baseRoot) {
    for (const ho of h.ops) if (!matched.has(ho)) add('endpoint-added', ho.node, ho.endpoint, ho.endpoint, [ho.endpoint]);
  }
  return changes;
}

type Add = (kind: OperationChangeKind, at: Node, object: string, detail: string, endpoints: string[], name?: string) => void;

/** The head parameter schema's `items` when base's schema is one scalar type and head's is an array of items; else null. */
function scalarToArray(differ: SchemaDiffer, base: Node, head: Node): Node | null {
  const b = differ.resolveBase(base).value;
  const h = differ.resolveHead(head).value;
  if (!isObject(b) || !isObject(h) || h.type !== 'array' || h.items === undefined) return null;
  return typeof b.type === 'string' && b.type !== 'array' && b.type !== 'object' ? child(differ.resolveHead(head), 'items') : null;
}

/**
 * The schemas to compare for one media type: a media type without a schema accepts any value, so
 * one that gains or loses its schema is compared with `true` (a request body gaining `{required:
 * [id]}` narrows it). Null when neither side has one.
 */
function schemaPair(b: Media, h: Media, owner: Node): [Node, Node] | null {
  if (!b.schema && !h.schema) return null;
  const any: Node = { file: owner.file, pointer: [...owner.pointer, 'content', h.type, 'schema'], value: true };
  return [b.schema ?? any, h.schema ?? any];
}

/** The object of a security change that the document's `security` makes (ContractChange.object). */
const GLOBAL_SECURITY = 'security';

function diffOperation(bo: Operation, ho: Operation, differ: SchemaDiffer, add: Add, root: Node): void {
  const ep = ho.endpoint;
  // parameters
  for (const [key, bp] of bo.params) {
    const hp = ho.params.get(key);
    const label = `${bp.in} parameter ${bp.name}`;
    if (!hp) {
      if (bp.in !== 'path') add('parameter-removed', child(ho.node, 'parameters'), `${ep} ${label}`, label, [ep], bp.name);
      continue;
    }
    if (!bp.required && hp.required) add('parameter-became-required', hp.node, `${ep} ${label}`, label, [ep], hp.name);
    if (bp.schema && hp.schema) {
      // A scalar that became an array: one value is written the same as a one-element array in
      // every style (`id=1`, `1`), so what old clients send is compared with the array's items.
      const items = scalarToArray(differ, bp.schema, hp.schema);
      differ.diff(bp.schema, items ?? hp.schema, 'request', { context: `${ep} ${hp.in} parameter ${hp.name}`, endpoint: ep, parameter: true, name: hp.name });
    }
  }
  for (const [key, hp] of ho.params) {
    if (bo.params.has(key) || !hp.required) continue;
    const label = `${hp.in} parameter ${hp.name}`;
    add('required-parameter-added', hp.node, `${ep} ${label}`, label, [ep], hp.name);
  }

  if (bo.outgoing) {
    // What this API sends: receivers read it, as clients read a response.
    for (const [type, bm] of bo.body?.media ?? []) {
      const hm = ho.body?.media.get(type);
      if (!hm) add('response-media-type-removed', ho.body?.node ?? ho.node, `${ep} ${type}`, type, [ep]);
      else {
        const pair = schemaPair(bm, hm, ho.body!.node);
        if (pair) differ.diff(pair[0], pair[1], 'response', { context: `${ep} ${type}`, endpoint: ep });
      }
    }
    return;
  }

  // request body
  if (ho.body) {
    if (ho.body.required && (!bo.body || !bo.body.required)) {
      add('request-body-became-required', ho.body.node, `${ep} request body`, 'request body', [ep]);
    }
  }
  if (bo.body) {
    for (const [type, bm] of bo.body.media) {
      const hm = ho.body?.media.get(type);
      if (!hm) {
        add('request-media-type-removed', ho.body?.node ?? ho.node, `${ep} request ${type}`, type, [ep]);
        continue;
      }
      const pair = schemaPair(bm, hm, ho.body!.node);
      if (pair) differ.diff(pair[0], pair[1], 'request', { context: `${ep} request ${type}`, endpoint: ep });
    }
  }

  // responses
  for (const [status, br] of bo.responses) {
    let hr = ho.responses.get(status);
    if (!hr && /^2\d\d$/.test(status)) hr = ho.responses.get('2XX') ?? ho.responses.get('2xx');
    if (!hr) {
      if (/^2(\d\d|XX)$/i.test(status)) {
        add('response-status-removed', child(ho.node, 'responses'), `${ep} ${status}`, `status ${status}`, [ep]);
      }
      continue;
    }
    // Headers: judged as the properties of one object (none in head: every one removed).
    if (br.headers) {
      const none: Node = { file: hr.node.file, pointer: [...hr.node.pointer, 'headers'], value: { type: 'object', properties: {} } };
      differ.diff(br.headers, hr.headers ?? none, 'response', { context: `${ep} ${status} headers`, endpoint: ep });
    }
    for (const [type, bm] of br.media) {
      const hm = hr.media.get(type) ?? wildcardMatch(hr.media, type);
      if (!hm) {
        add('response-media-type-removed', hr.node, `${ep} ${status} ${type}`, type, [ep]);
        continue;
      }
      const pair = schemaPair(bm, hm, hr.node);
      if (pair) differ.diff(pair[0], pair[1], 'response', { context: `${ep} ${status} ${type}`, endpoint: ep });
    }
  }

  // security
  const missing = strongerSecurity(bo.security ?? [], ho.security ?? []);
  if (missing) {
    // Added to the document's `security`: one finding there, naming every operation it reaches.
    if (ho.globalSecurity && isObject(root.value) && root.value.security !== undefined) add('security-requirement-added', child(root, 'security'), GLOBAL_SECURITY, missing, [ep]);
    else add('security-requirement-added', isObject(ho.node.value) && ho.node.value.security ? child(ho.node, 'security') : ho.node, `${ep} security`, missing, [ep]);
  }
}

/** Null when every client that satisfied a base alternative still satisfies a head one. */
function strongerSecurity(base: Map<string, string[]>[], head: Map<string, string[]>[]): string | null {
  if (head.length === 0) return null;
  const baseAlts = base.length === 0 ? [new Map<string, string[]>()] : base;
  const covered = (b: Map<string, string[]>): boolean =>
    head.some((h) => [...h].every(([scheme, scopes]) => b.has(scheme) && scopes.every((s) => b.get(scheme)!.includes(s))));
  const failing = baseAlts.filter((b) => !covered(b));
  if (failing.length === 0) return null;
  const describe = (m: Map<string, string[]>): string =>
    m.size === 0 ? 'no authentication' : [...m].map(([k, v]) => (v.length ? `${k} [${v.join(', ')}]` : k)).join(' + ');
  return `${failing.map(describe).join(' or ')} no longer enough; now requires ${head.map(describe).join(' or ')}`;
}

function wildcardMatch(media: Map<string, Media>, type: string): Media | undefined {
  const [major] = type.split('/');
  return media.get(`${major}/*`) ?? media.get('*/*');
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** `/users/{id}` and `/users/{userId}` are the same path. */
export function template(path: string): string {
  return path.replace(/\{[^}/]*\}/g, '{}').replace(/\/+$/, '') || '/';
}

function child(node: Node, ...segs: string[]): Node {
  return childNode(node, segs);
}

function normMedia(type: string): string {
  return type.split(';')[0].trim().toLowerCase();
}

function readApi(ws: Workspace, root: Node): Api {
  const doc = isObject(root.value) ? root.value : {};
  const swagger2 = typeof doc.swagger === 'string' || typeof doc.swagger === 'number';
  const rootRec: Node = { file: root.file, pointer: root.pointer, value: doc };
  const basePaths = new Set<string>();
  let basePathNode = rootRec as Node;
  if (swagger2) {
    basePaths.add(trimSlash(typeof doc.basePath === 'string' ? doc.basePath : '/'));
    if (doc.basePath !== undefined) basePathNode = child(rootRec, 'basePath');
  } else {
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    for (const s of servers) if (isObject(s) && typeof s.url === 'string') basePaths.add(serverPath(s.url));
    if (basePaths.size === 0) basePaths.add('/');
    if (doc.servers !== undefined) basePathNode = child(rootRec, 'servers');
  }
  const globalSecurity = readSecurity(doc.security);
  const consumes = stringList(doc.consumes);
  const produces = stringList(doc.produces);
  const ops: Operation[] = [];
  const unresolvedPaths = new Set<string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    if (!path.startsWith('/')) continue;
    // Path items and operations may live in other files (`$ref`), as in DigitalOcean's layout.
    const pathItem = ws.resolve(child(rootRec, 'paths', path));
    if (pathItem.unresolved !== undefined) unresolvedPaths.add(template(path));
    if (!isObject(pathItem.value)) continue;
    const sharedParams = readParams(ws, pathItem, path);
    for (const method of METHODS) {
      if (!isObject(pathItem.value[method])) continue;
      const opNode = ws.resolve(child(pathItem, method));
      const endpoint = `${method.toUpperCase()} ${path}`;
      if (!isObject(opNode.value)) {
        if (opNode.unresolved !== undefined) {
          ops.push({ method, path, endpoint, node: opNode, pathItem, params: new Map(), body: null, responses: new Map(), security: null, unresolved: true });
        }
        continue;
      }
      const op = opNode.value;
      const params = new Map(sharedParams);
      for (const [k, p] of readParams(ws, opNode, path)) params.set(k, p);
      let body: Body | null = null;
      const opConsumes = stringList(op.consumes) ?? consumes ?? ['application/json'];
      const opProduces = stringList(op.produces) ?? produces ?? ['application/json'];
      if (swagger2) {
        body = swaggerBody(params, opNode, opConsumes);
      } else if (op.requestBody !== undefined) {
        const rb = ws.resolve(child(opNode, 'requestBody'));
        if (isObject(rb.value)) body = { node: rb, required: rb.value.required === true, media: readContent(ws, rb) };
      }
      const responses = new Map<string, Response>();
      const resNode = child(opNode, 'responses');
      if (isObject(resNode.value)) {
        for (const status of Object.keys(resNode.value)) {
          const r = ws.resolve(child(resNode, status));
          if (!isObject(r.value)) continue;
          let media: Map<string, Media>;
          if (swagger2) {
            media = new Map();
            if (r.value.schema !== undefined) {
              for (const t of opProduces) media.set(normMedia(t), { type: t, schema: child(r, 'schema') });
            }
          } else media = readContent(ws, r);
          responses.set(status.toUpperCase(), { node: r, media, headers: headersSchema(ws, r, swagger2) });
        }
      }
      ops.push({
        method,
        path,
        endpoint,
        node: opNode,
        pathItem,
        params,
        body,
        responses,
        security: op.security !== undefined ? readSecurity(op.security) : globalSecurity,
        globalSecurity: op.security === undefined,
      });
      // Callbacks: requests this operation makes later, to the client's URL.
      if (isObject(op.callbacks)) {
        for (const name of Object.keys(op.callbacks)) {
          const callback = ws.resolve(child(opNode, 'callbacks', name));
          if (!isObject(callback.value)) continue;
          for (const expression of Object.keys(callback.value)) outgoing(ws, child(callback, expression), `callback ${endpoint} ${name} ${expression}`, ops);
        }
      }
    }
  }
  // Webhooks (OpenAPI 3.1 `webhooks`, and the `x-webhooks` extension before it): requests this API sends.
  for (const key of ['webhooks', 'x-webhooks']) {
    const hooks = doc[key];
    if (isObject(hooks)) for (const name of Object.keys(hooks)) outgoing(ws, child(rootRec, key, name), `webhook ${name}`, ops);
  }
  return { root: rootRec, swagger2, ops, unresolvedPaths, basePaths, basePathNode };
}

/**
 * The operations of a webhook's or callback's path item, as `outgoing` operations named
 * `<METHOD> <label>`: their request bodies are what this API sends, so the differ judges them as
 * responses (what the receivers read), and removing one breaks receivers that rely on it.
 */
function outgoing(ws: Workspace, item: Node, label: string, ops: Operation[]): void {
  const pathItem = ws.resolve(item);
  if (!isObject(pathItem.value)) return;
  for (const method of METHODS) {
    if (!isObject(pathItem.value[method])) continue;
    const opNode = ws.resolve(child(pathItem, method));
    if (!isObject(opNode.value)) continue;
    let body: Body | null = null;
    if (opNode.value.requestBody !== undefined) {
      const rb = ws.resolve(child(opNode, 'requestBody'));
      if (isObject(rb.value)) body = { node: rb, required: rb.value.required === true, media: readContent(ws, rb) };
    }
    ops.push({ method, path: label, endpoint: `${method.toUpperCase()} ${label}`, node: opNode, pathItem, params: new Map(), body, responses: new Map(), security: null, outgoing: true });
  }
}

function swaggerBody(params: Map<string, Param>, opNode: Node, consumes: string[]): Body | null {
  let body: Body | null = null;
  const form: Param[] = [];
  for (const [key, p] of params) {
    if (p.in === 'body') {
      const media = new Map<string, Media>();
      for (const t of consumes.length ? consumes : ['application/json']) media.set(normMedia(t), { type: t, schema: p.schema });
      body = { node: p.node, required: p.required, media };
      params.delete(key);
    } else if (p.in === 'formData') {
      form.push(p);
      params.delete(key);
    }
  }
  if (form.length) {
    const schema: Node = {
      file: opNode.file,
      pointer: [...opNode.pointer, 'parameters'],
      value: {
        type: 'object',
        properties: Object.fromEntries(form.map((p) => [p.name, p.node.value])),
        required: form.filter((p) => p.required).map((p) => p.name),
      },
    };
    const types = consumes.filter((t) => /form/.test(t));
    const media = new Map<string, Media>();
    for (const t of types.length ? types : ['application/x-www-form-urlencoded']) media.set(normMedia(t), { type: t, schema });
    body = { node: child(opNode, 'parameters'), required: form.some((p) => p.required), media };
  }
  return body;
}

function readParams(ws: Workspace, owner: Node, path: string): Map<string, Param> {
  const out = new Map<string, Param>();
  const list = isObject(owner.value) ? owner.value.parameters : undefined;
  if (!Array.isArray(list)) return out;
  const names = [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]);
  list.forEach((_, i) => {
    const node = ws.resolve(child(owner, 'parameters', String(i)));
    const p = node.value;
    if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') return;
    const position = p.in === 'path' ? names.indexOf(p.name) : -1;
    const key =
      p.in === 'path' && position !== -1 ? `path:#${position}` : `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
    let schema: Node | null = null;
    if (p.schema !== undefined) schema = child(node, 'schema');
    else if (isObject(p.content)) {
      const first = Object.keys(p.content)[0];
      if (first !== undefined) schema = child(node, 'content', first, 'schema');
    } else if (p.in !== 'body') schema = node; // Swagger 2.0: type, format, enum live on the parameter
    out.set(key, { name: p.name, in: p.in, required: p.required === true || p.in === 'path', schema, node });
  });
  return out;
}

/**
 * A response's `headers` as one object schema, so the schema differ judges them as a response's
 * properties: a header removed, no longer required or retyped breaks old clients that read it.
 * Names in lower case (HTTP headers are case-insensitive); Swagger 2's header is its own schema.
 */
function headersSchema(ws: Workspace, response: Node, swagger2: boolean): Node | null {
  const headers = child(response, 'headers');
  if (!isObject(headers.value)) return null;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const name of Object.keys(headers.value)) {
    const header = ws.resolve(child(headers, name));
    if (!isObject(header.value)) continue;
    const key = name.toLowerCase();
    properties[key] = swagger2 ? header.value : (header.value.schema ?? {});
    if (header.value.required === true) required.push(key);
  }
  return { file: headers.file, pointer: headers.pointer, value: { type: 'object', properties, required } };
}

function readContent(ws: Workspace, owner: Node): Map<string, Media> {
  const media = new Map<string, Media>();
  const content = isObject(owner.value) ? owner.value.content : undefined;
  if (!isObject(content)) return media;
  for (const type of Object.keys(content)) {
    // a media type object is no `$ref` in the specification, but generators write them
    const m = isObject(content[type]) && '$ref' in (content[type] as object) ? ws.resolve(child(owner, 'content', type)) : child(owner, 'content', type);
    media.set(normMedia(type), { type, schema: isObject(m.value) && m.value.schema !== undefined ? child(m, 'schema') : null });
  }
  return media;
}

function readSecurity(v: unknown): Map<string, string[]>[] | null {
  if (!Array.isArray(v)) return null;
  return v.filter(isObject).map((req) => new Map(Object.entries(req).map(([k, scopes]) => [k, stringList(scopes) ?? []])));
}

function stringList(v: unknown): string[] | null {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
}

function trimSlash(p: string): string {
  return p.replace(/\/+$/, '') || '/';
}

function serverPath(url: string): string {
  try {
    return trimSlash(new URL(url.replace(/\{[^}]*\}/g, 'x'), 'http://relative.invalid').pathname);
  } catch {
    return trimSlash(url);
  }
}
