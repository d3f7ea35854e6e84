/**
 * The AsyncAPI walk (issue 15 section 3): AsyncAPI 2.x and 3.x documents read into one model of
 * channels and the messages the application sends or receives on each, then compared like the
 * OpenAPI walk compares operations. Payloads and headers go through the same schema differ,
 * always in the event flow (SPEC 7.3, FULL compatibility): a message outlives the release that
 * wrote it, and after a rollback the old code both produces and consumes again, next to peers
 * (and queued messages) of the new one. So what the application sends and what it receives are
 * judged alike; the action only names the finding (`SEND orders`, `RECEIVE orders`).
 *
 * - 2.x: `channels.<address>.subscribe.message` is what the application sends, `publish.message`
 *   what it receives (the spec names operations from the client's side); `message` may be a
 *   `oneOf` list.
 * - 3.x: `channels.<id>` (matched on `address` when it has one, else on its id) with `messages`;
 *   `operations.<id>` with `action: send|receive`, `channel` and `messages` (`$ref`s into the
 *   channel's messages; none listed: all of them). A channel's message that no operation names is
 *   still compared (action `declare`), so a document without operations is read too.
 *
 * A message is known by its `messageId`, else its `name`, else the name it is `$ref`ed by (3.x:
 * its key in the channel's `messages`), else its place in `oneOf`. A payload in another schema
 * format (Avro, Protobuf, RAML) is not judged by values: any change in it is reported
 * (`schema-keyword-changed`), as are changes to `contentType`, `correlationId`, `bindings` and
 * `traits`, which the differ does not compare either.
 */
import type { ContractChange, OperationChangeKind } from './changes.js';
import { NO_ENDPOINTS } from './changes.js';
import { childNode, isObject, refTarget, type Node, type Workspace } from './refs.js';
import type { SchemaDiffer } from './schema-diff.js';

type Action = 'send' | 'receive' | 'declare';

interface Message {
  key: string;
  node: Node;
  payload: Node | null;
  /** The payload's schema format (the JSON Schema formats read as null). */
  format: string | null;
  headers: Node | null;
}

interface Use {
  action: Action;
  message: Message;
}

interface Channel {
  /** What clients subscribe or publish to: the 2.x key, the 3.x `address` (else its id). */
  address: string;
  node: Node;
  /** `action key` -> the message used so. */
  uses: Map<string, Use>;
  /** What is compared for equality only: channel bindings. */
  meta: Node[];
}

interface AsyncApi {
  root: Node;
  channels: Map<string, Channel>;
  /** Operation bindings and traits by `action address [id]`, compared for equality only. */
  operationMeta: Map<string, { endpoint: string; nodes: Node[] }>;
  defaultContentType: string | null;
}

/** `schemaFormat`s whose payload is a JSON Schema (AsyncAPI's own schema is a JSON Schema draft-07 superset). */
const JSON_SCHEMA_FORMAT = /^application\/(vnd\.aai\.asyncapi(\+json|\+yaml)?|schema(\+json|\+yaml)?)(;|$)/i;
/** What the message object carries beside payload and headers that changes what is on the wire. */
const MESSAGE_META = ['contentType', 'correlationId', 'bindings', 'traits'] as const;

/** Null when the document can be read as AsyncAPI, else what is wrong and where (invalid-contract). */
export function asyncApiProblem(value: unknown): { message: string; pointer: string[] } | null {
  if (!isObject(value)) return { message: 'the top level is not a mapping', pointer: [] };
  const version = String(value.asyncapi);
  if (!/^[23]\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?$/.test(version)) return { message: `unknown AsyncAPI version "${version}" (2.x and 3.x are read)`, pointer: ['asyncapi'] };
  const v3 = version.startsWith('3');
  if (value.channels !== undefined && !isObject(value.channels)) return { message: '`channels` is not a mapping', pointer: ['channels'] };
  if (v3 && value.operations !== undefined && !isObject(value.operations)) return { message: '`operations` is not a mapping', pointer: ['operations'] };
  for (const [name, item] of Object.entries(isObject(value.channels) ? value.channels : {})) {
    if (!isObject(item)) return { message: `channel "${name}" is not a mapping`, pointer: ['channels', name] };
    if (v3 && item.messages !== undefined && !isObject(item.messages)) return { message: `the messages of channel "${name}" are not a mapping`, pointer: ['channels', name, 'messages'] };
  }
  if (v3) {
    for (const [id, op] of Object.entries(isObject(value.operations) ? value.operations : {})) {
      if (!isObject(op)) return { message: `operation "${id}" is not a mapping`, pointer: ['operations', id] };
      if ('$ref' in op) continue; // checked where it leads (a dangling one is reported at the $ref)
      if (op.action !== 'send' && op.action !== 'receive') return { message: `operation "${id}" has action ${JSON.stringify(op.action)}, not send or receive`, pointer: ['operations', id, 'action'] };
      if (!isObject(op.channel)) return { message: `operation "${id}" names no channel`, pointer: ['operations', id] };
    }
  }
  return null;
}

export function diffAsyncApi(base: Workspace, head: Workspace, baseRoot: Node | null, headRoot: Node, differ: SchemaDiffer): ContractChange[] {
  const b = readAsyncApi(base, baseRoot ?? { file: headRoot.file, pointer: [], value: { asyncapi: '3.0.0' } });
  const h = readAsyncApi(head, headRoot);
  const changes: ContractChange[] = [];
  const add: Add = (kind, at, object, detail, endpoints, name) => {
    changes.push({
      kind,
      flow: kind === 'keyword-changed' ? 'event' : null,
      parameter: false,
      at: { file: at.file, pointer: at.pointer },
      object,
      detail,
      ...(name !== undefined ? { name } : {}),
      endpoints: endpoints.length ? new Set(endpoints) : NO_ENDPOINTS,
    });
  };
  const channelsNode = childNode(h.root, ['channels']);
  for (const [address, bc] of b.channels) {
    const hc = h.channels.get(address);
    if (!hc) {
      const endpoints = [...new Set([...bc.uses.values()].map((u) => endpointOf(u.action, address)))];
      add('channel-removed', channelsNode, `channel ${address}`, `channel ${address}`, endpoints);
      continue;
    }
    compareEqual(differ, bc.meta, hc.meta, `channel ${address}`, [], add, `channel ${address}`);
    // A message is matched on its action and key; one only declared (no operation) on its key alone.
    const declared = new Map<string, Use>();
    for (const use of hc.uses.values()) if (!declared.has(use.message.key)) declared.set(use.message.key, use);
    const sole = soleMessages(bc, hc);
    for (const [useKey, bu] of bc.uses) {
      const hu = hc.uses.get(useKey) ?? (bu.action === 'declare' ? declared.get(bu.message.key) : undefined) ?? sole.get(bu);
      const endpoint = endpointOf(bu.action, address);
      const object = `${endpoint} message ${bu.message.key}`;
      if (!hu) {
        const how = bu.action === 'send' ? 'sent' : bu.action === 'receive' ? 'received' : 'declared';
        const still = bu.action !== 'declare' && declared.has(bu.message.key) ? ` (still declared on the channel, no longer ${how})` : '';
        const deprecated = isObject(bu.message.node.value) && bu.message.node.value.deprecated === true ? ' (deprecated in base)' : '';
        add('message-removed', hc.node, object, `message ${bu.message.key} ${how} on channel ${address}${still}${deprecated}`, [endpoint]);
        // announced by `deprecated: true` (a 3.x message trait, and what writers put on 2.x messages too): a warning, as for endpoint-removed
        if (deprecated) changes[changes.length - 1].severity = 'warning';
        continue;
      }
      compareMessages(differ, bu.message, hu.message, endpointOf(hu.action, address), b.defaultContentType, h.defaultContentType, add);
    }
    const soleInHead = new Set(sole.values());
    for (const [useKey, hu] of hc.uses) {
      if (bc.uses.has(useKey) || soleInHead.has(hu)) continue;
      if (hu.action === 'declare' && [...bc.uses.values()].some((u) => u.message.key === hu.message.key)) continue;
      const endpoint = endpointOf(hu.action, address);
      const how = hu.action === 'send' ? 'sent' : hu.action === 'receive' ? 'received' : 'declared';
      add('message-added', hu.message.node, `${endpoint} message ${hu.message.key}`, `message ${hu.message.key} ${how} on channel ${address}`, [endpoint]);
    }
  }
  for (const [key, bm] of b.operationMeta) {
    const hm = h.operationMeta.get(key);
    if (hm) compareEqual(differ, bm.nodes, hm.nodes, hm.endpoint, [hm.endpoint], add, `operation ${hm.endpoint}`);
  }
  if (baseRoot) {
    for (const [address, hc] of h.channels) {
      if (b.channels.has(address)) continue;
      const endpoints = [...new Set([...hc.uses.values()].map((u) => endpointOf(u.action, address)))];
      add('channel-added', hc.node, `channel ${address}`, `channel ${address}`, endpoints);
    }
  }
  return changes;
}

/**
 * A message that is the only one of its action on the channel on both sides, under another key, is
 * the same message renamed (a 2.x message without a name rewritten as 3.0's keyed `messages`).
 */
function soleMessages(b: Channel, h: Channel): Map<Use, Use> {
  const out = new Map<Use, Use>();
  for (const action of ['send', 'receive', 'declare'] as const) {
    const bs = [...b.uses.values()].filter((u) => u.action === action);
    const hs = [...h.uses.values()].filter((u) => u.action === action);
    if (bs.length === 1 && hs.length === 1 && bs[0].message.key !== hs[0].message.key && !h.uses.has(`${action} ${bs[0].message.key}`)) out.set(bs[0], hs[0]);
  }
  return out;
}

/** `SEND orders`, `RECEIVE orders`, `CHANNEL orders` (declared only): the operation a finding names. */
function endpointOf(action: Action, address: string): string {
  return `${action === 'declare' ? 'CHANNEL' : action.toUpperCase()} ${address}`;
}

type Add = (kind: OperationChangeKind | 'keyword-changed', at: Node, object: string, detail: string, endpoints: string[], name?: string) => void;

/** Payload and headers through the schema differ (event flow); the rest for equality. */
function compareMessages(differ: SchemaDiffer, bm: Message, hm: Message, endpoint: string, baseType: string | null, headType: string | null, add: Add): void {
  const object = `${endpoint} message ${hm.key}`;
  const any = (owner: Node, key: string): Node => childNode({ file: owner.file, pointer: owner.pointer, value: { [key]: true } }, [key]);
  if (bm.payload || hm.payload) {
    if (bm.format === null && hm.format === null) {
      differ.diff(bm.payload ?? any(bm.node, 'payload'), hm.payload ?? any(hm.node, 'payload'), 'event', { context: `${object} payload`, endpoint });
    } else if (bm.format !== hm.format || !bm.payload || !hm.payload || !equalNodes(differ, bm.payload, hm.payload)) {
      const format = bm.format === hm.format ? `in ${hm.format}` : `${bm.format ?? 'JSON Schema'} -> ${hm.format ?? 'JSON Schema'}`;
      add('keyword-changed', hm.payload ?? hm.node, `${object} payload`, `the payload (${format}) changed; only JSON Schema payloads are judged by the values they accept`, [endpoint], `message ${hm.key}`);
    }
  }
  if (bm.headers || hm.headers) {
    const none = (m: Message): Node => childNode({ file: m.node.file, pointer: m.node.pointer, value: { headers: { type: 'object' } } }, ['headers']);
    differ.diff(bm.headers ?? none(bm), hm.headers ?? none(hm), 'event', { context: `${object} headers`, endpoint });
  }
  const meta = (m: Message, defaultType: string | null): Node[] => {
    const v = isObject(m.node.value) ? m.node.value : {};
    return MESSAGE_META.map((k) =>
      k === 'contentType' ? { file: m.node.file, pointer: [...m.node.pointer, k], value: v.contentType ?? defaultType ?? null } : childNode(m.node, [k]),
    );
  };
  compareEqual(differ, meta(bm, baseType), meta(hm, headType), object, [endpoint], add, `message ${hm.key}`);
}

/**
 * Pieces the differ does not judge by values, compared for equality ($refs followed): a change is
 * a `schema-keyword-changed` warning naming the first piece that differs.
 */
function compareEqual(differ: SchemaDiffer, base: Node[], head: Node[], object: string, endpoints: string[], add: Add, owner: string): void {
  for (let i = 0; i < Math.max(base.length, head.length); i++) {
    const b = base[i];
    const h = head[i] ?? b;
    const bv = b?.value ?? null;
    const hv = head[i]?.value ?? null;
    if (bv === null && hv === null) continue;
    if (bv !== null && hv !== null && equalNodes(differ, b, h)) continue;
    const name = h.pointer[h.pointer.length - 1];
    const shown = (v: unknown): string => (v === null ? 'none' : typeof v === 'string' ? v : 'set');
    const detail = typeof bv === 'object' && typeof hv === 'object' && bv !== null && hv !== null ? `${name} changed` : `${name} changed (${shown(bv)} -> ${shown(hv)})`;
    add('keyword-changed', h, object, detail, endpoints, owner);
    return;
  }
}

/**
 * Equal values: the differ's equality ($refs followed on each side), or the same text where every
 * `$ref` in it leads outside the repository (an Avro schema at a URL: never read, `external-ref`
 * reports it, and the same URL on both sides is no change here).
 */
function equalNodes(differ: SchemaDiffer, b: Node, h: Node): boolean {
  if (differ.same(b, h)) return true;
  const stack: [unknown, unknown][] = [[b.value, h.value]];
  // bounded: a YAML alias may repeat (or nest) a value, so the walk stops at a budget and answers "changed"
  for (let budget = 1_000_000; stack.length; budget--) {
    if (budget === 0) return false;
    const [x, y] = stack.pop()!;
    if (x === y && (x === null || typeof x !== 'object')) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ya = y as unknown[];
      if (x.length !== ya.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ya[i]]);
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    if (typeof xo.$ref === 'string' && refTarget(b.file, xo.$ref).kind !== 'external') return false; // leads into the repository: the differ's answer stands
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(yo, k)) return false;
      stack.push([xo[k], yo[k]]);
    }
  }
  return true;
}

function readAsyncApi(ws: Workspace, root: Node): AsyncApi {
  const doc = isObject(root.value) ? root.value : {};
  const rootRec: Node = { file: root.file, pointer: root.pointer, value: doc };
  const v3 = String(doc.asyncapi).startsWith('3');
  const channels = new Map<string, Channel>();
  const operationMeta = new Map<string, { endpoint: string; nodes: Node[] }>();
  const opMeta = (op: Node): Node[] => [childNode(op, ['bindings']), childNode(op, ['traits'])];
  const defaultContentType = typeof doc.defaultContentType === 'string' ? doc.defaultContentType : null;
  const channelsNode = childNode(rootRec, ['channels']);
  const list = isObject(channelsNode.value) ? Object.keys(channelsNode.value) : [];
  /** 3.x: the resolved channel object -> its channel (operations `$ref` channels). */
  const byObject = new Map<object, Channel>();
  for (const key of list) {
    const node = ws.resolve(childNode(channelsNode, [key]));
    if (!isObject(node.value)) continue;
    let address = v3 ? (typeof node.value.address === 'string' ? node.value.address : key) : key;
    if (channels.has(address)) address = `${address} (${key})`; // two ids for one address
    const channel: Channel = { address, node, uses: new Map(), meta: [childNode(node, ['bindings'])] };
    channels.set(address, channel);
    byObject.set(node.value, channel);
    if (!v3) {
      // 2.x: `subscribe` is what the application sends, `publish` what it receives
      for (const [verb, action] of [['subscribe', 'send'], ['publish', 'receive']] as const) {
        const op = ws.resolve(childNode(node, [verb]));
        if (!isObject(op.value)) continue;
        for (const m of messagesOf2(ws, op)) channel.uses.set(`${action} ${m.key}`, { action, message: m });
        operationMeta.set(`${action} ${address}`, { endpoint: endpointOf(action, address), nodes: opMeta(op) });
      }
    }
  }
  if (!v3) return { root: rootRec, channels, operationMeta, defaultContentType };

  /** Each channel's messages by key, and by resolved object (operations `$ref` them). */
  const messages = new Map<Channel, { byKey: Map<string, Message>; byObject: Map<object, Message> }>();
  for (const channel of channels.values()) {
    const byKey = new Map<string, Message>();
    const byObj = new Map<object, Message>();
    const msgs = childNode(channel.node, ['messages']);
    for (const key of isObject(msgs.value) ? Object.keys(msgs.value) : []) {
      const m = readMessage(ws, childNode(msgs, [key]), key);
      if (!m) continue;
      byKey.set(m.key, m);
      if (isObject(m.node.value)) byObj.set(m.node.value, m);
    }
    messages.set(channel, { byKey, byObject: byObj });
  }
  const used = new Set<Message>();
  const opsNode = childNode(rootRec, ['operations']);
  for (const id of isObject(opsNode.value) ? Object.keys(opsNode.value) : []) {
    const op = ws.resolve(childNode(opsNode, [id]));
    if (!isObject(op.value) || (op.value.action !== 'send' && op.value.action !== 'receive')) continue;
    const action = op.value.action;
    const target = ws.resolve(childNode(op, ['channel']));
    const channel = isObject(target.value) ? byObject.get(target.value) : undefined;
    if (!channel) continue; // a channel outside `channels`, or a dangling $ref: reported where it is
    const chosen = pick(childNode(op, ['messages']), messages.get(channel)!);
    for (const m of chosen) {
      used.add(m);
      channel.uses.set(`${action} ${m.key}`, { action, message: m });
    }
    // Request/reply: the reply goes the other way, on the reply's channel (none: a dynamic address, not compared).
    const reply = ws.resolve(childNode(op, ['reply']));
    if (isObject(reply.value)) {
      const replyTarget = ws.resolve(childNode(reply, ['channel']));
      const replyChannel = isObject(replyTarget.value) ? byObject.get(replyTarget.value) : undefined;
      if (replyChannel) {
        const back = action === 'send' ? 'receive' : 'send';
        for (const m of pick(childNode(reply, ['messages']), messages.get(replyChannel)!)) {
          used.add(m);
          replyChannel.uses.set(`${back} ${m.key}`, { action: back, message: m });
        }
      }
    }
    operationMeta.set(`${action} ${channel.address} ${id}`, { endpoint: endpointOf(action, channel.address), nodes: opMeta(op) });
  }
  /** The channel's messages an operation (or reply) lists by `$ref`; all of them when it lists none. */
  function pick(listed: Node, own: { byKey: Map<string, Message>; byObject: Map<object, Message> }): Message[] {
    const chosen: Message[] = [];
    if (!Array.isArray(listed.value)) return [...own.byKey.values()];
    listed.value.forEach((_, i) => {
      const ref = ws.resolve(childNode(listed, [String(i)]));
      const m = isObject(ref.value) ? own.byObject.get(ref.value) : undefined;
      if (m) chosen.push(m);
    });
    return chosen;
  }
  for (const [channel, own] of messages) {
    for (const m of own.byKey.values()) if (!used.has(m)) channel.uses.set(`declare ${m.key}`, { action: 'declare', message: m });
  }
  return { root: rootRec, channels, operationMeta, defaultContentType };
}

/** 2.x: the operation's `message`, or each of its `oneOf`. */
function messagesOf2(ws: Workspace, op: Node): Message[] {
  const slot = childNode(op, ['message']);
  const direct = ws.resolve(slot);
  if (!isObject(direct.value)) return [];
  const out: Message[] = [];
  const seen = new Set<string>();
  const push = (m: Message | null): void => {
    if (!m || seen.has(m.key)) return;
    seen.add(m.key);
    out.push(m);
  };
  if (Array.isArray(direct.value.oneOf)) {
    const list = childNode(direct, ['oneOf']);
    (direct.value.oneOf as unknown[]).forEach((_, i) => push(readMessage(ws, childNode(list, [String(i)]), `#${i}`)));
  } else push(readMessage(ws, slot, 'message'));
  return out;
}

/** A message object (its `$ref` followed); `fallback` names it when nothing else does. */
function readMessage(ws: Workspace, slot: Node, fallback: string): Message | null {
  const node = ws.resolve(slot);
  const v = node.value;
  if (!isObject(v)) return null;
  const refName = node.via ? decodeURIComponent(node.via.split('/').pop() ?? '').replace(/\.(ya?ml|json)$/i, '') : '';
  const key =
    typeof v.messageId === 'string' ? v.messageId : typeof v.name === 'string' ? v.name : refName && !refName.startsWith('#') ? refName : fallback;
  let payload: Node | null = v.payload !== undefined ? childNode(node, ['payload']) : null;
  let format = typeof v.schemaFormat === 'string' ? v.schemaFormat : null;
  // 3.x multi-format schema object: {schemaFormat, schema}
  const p = payload ? ws.resolve(payload) : null;
  if (p && isObject(p.value) && typeof p.value.schemaFormat === 'string' && 'schema' in p.value) {
    format = p.value.schemaFormat;
    payload = childNode(p, ['schema']);
  }
  if (format !== null && JSON_SCHEMA_FORMAT.test(format)) format = null;
  const headers = v.headers !== undefined ? childNode(node, ['headers']) : null;
  return { key, node, payload, format, headers };
}
