/**
 * JSON Schema comparison, shared by OpenAPI bodies and parameters and by standalone schemas.
 *
 * It compares what values each side accepts, after normalising: `allOf` is flattened, 3.0
 * `nullable`, 2.0 `x-nullable` and 3.1 `type: [.., "null"]` are one idea, and `oneOf`/`anyOf`
 * branches are paired by `$ref` name, title, `const` or type rather than by index. The flow
 * (request, response, event) decides which differences matter. Comparisons are memoised per
 * (base node, head node, flow), so a shared component is compared once and recursive schemas end.
 */
import { NO_ENDPOINTS, type ContractChange, type Flow, type SchemaChangeKind } from './changes.js';
import { pointerString } from './load.js';
import { posix } from 'node:path';
import { childNode, isObject, type Node, type Workspace } from './refs.js';

/**
 * Comparisons nested deeper than this (schemas inside schemas, through `$ref`s to distinct
 * definitions) stop with a finding: the comparison recurses, and a chain of 100,000 definitions
 * must neither overflow the stack nor pass unchecked. Real specs nest a few dozen levels.
 */
export const MAX_COMPARE_DEPTH = 256;
const MAX_ALLOF_DEPTH = 32;

interface Entry {
  changes: ContractChange[];
  /** Entries below with changes (or still being computed: a cycle); null when none. */
  children: Entry[] | null;
  done: boolean;
  /** The last walk (`reached`) that visited this entry. */
  walk: number;
}

/** A pair (base object, `h`) being compared by `sameValue`, at `depth`; `outer`: one further out with the same base object. */
interface InProgress {
  h: object;
  depth: number;
  outer: InProgress | undefined;
}

/** `sameValue`'s answer for a pair that differs. */
const UNEQUAL = -1;

/** Every comparison that found nothing below it shares this entry (most of a big spec). */
const EMPTY: Entry = { changes: [], children: null, done: true, walk: 0 };

export interface Origin {
  /** Prefix of `object`, e.g. `GET /users/{id} 200 application/json`. */
  context: string;
  endpoint: string | null;
  parameter?: boolean;
  /** Name of what the root schema describes (a parameter), for messages. */
  name?: string;
}

interface Norm {
  node: Node;
  any: boolean;
  never: boolean;
  /** null: any type. */
  types: ReadonlySet<string> | null;
  nullable: boolean;
  format?: string;
  enum?: unknown[];
  properties: ReadonlyMap<string, Node>;
  required: ReadonlySet<string>;
  /** `oneOf`/`anyOf` of `{required: […]}` branches: each group says one of its name lists is required. */
  requiredOneOf?: string[][][];
  /** `open`, `closed` (false), or the schema extra properties must match. */
  additional: 'open' | 'closed' | Node;
  unevaluatedClosed: boolean;
  items?: Node;
  prefixItems: readonly Node[];
  constraints: Record<string, unknown>;
  branches: Node[] | null;
  title?: string;
  /** allOf members (or single branches) nested past MAX_ALLOF_DEPTH: not merged, so compared only for equality. */
  truncated?: Node[];
  /** Keywords the differ does not compare (UNCOMPARED_BY_DIFFER), with their values in the merged members, in visit order. */
  others?: Map<string, Node[]>;
  /** The merged allOf members (and single branches), as visited: where a property gone from head is reported (`removedAt`). */
  members?: Node[];
}

const TIGHTER_IF_LOWER = ['maxLength', 'maxItems', 'maximum', 'maxProperties', 'exclusiveMaximum'];
const TIGHTER_IF_HIGHER = ['minLength', 'minItems', 'minimum', 'minProperties', 'exclusiveMinimum'];

export class SchemaDiffer {
  private memo = new Map<string, Entry>();
  private ids = new WeakMap<object, number>();
  private nextId = 1;

  constructor(
    private base: Workspace,
    private head: Workspace,
  ) {}

  /** Every change found so far, each once. */
  all(): ContractChange[] {
    const out: ContractChange[] = [];
    for (const e of this.memo.values()) for (const c of e.changes) out.push(c);
    return out;
  }

  /** Per operation, the comparisons it started that found something (below them). */
  private roots = new Map<string, Entry[]>();
  private walks = 0;

  diff(b: Node, h: Node, flow: Flow, origin: Origin): void {
    const entry = this.compare(b, h, flow, origin, '#');
    if (!entry || entry === EMPTY || !origin.endpoint) return;
    const list = this.roots.get(origin.endpoint);
    if (list) list.push(entry);
    else this.roots.set(origin.endpoint, [entry]);
  }

  /** The operations whose comparisons found a change. */
  endpoints(): string[] {
    return [...this.roots.keys()];
  }

  /**
   * Calls `visit` once for each change that `endpoint`'s comparisons reach (the memoised
   * comparisons form a graph, with cycles): one walk per operation, not one per comparison it
   * started, and nothing stored per change. The time is what the old per-comparison marking
   * took at most; the memory is the caller's.
   */
  reached(endpoint: string, visit: (change: ContractChange) => void): void {
    const id = ++this.walks;
    const stack = (this.roots.get(endpoint) ?? []).slice();
    while (stack.length) {
      const e = stack.pop()!;
      if (e.walk === id) continue;
      e.walk = id;
      for (const c of e.changes) visit(c);
      if (e.children) for (const child of e.children) if (child.walk !== id) stack.push(child);
    }
  }

  private norms = new WeakMap<object, Norm>();

  /** A node of base's (head's) documents with its `$ref`s followed. */
  resolveBase(node: Node): Node {
    return this.base.resolve(node);
  }

  resolveHead(node: Node): Node {
    return this.head.resolve(node);
  }

  /** One normal form per schema object (the same object is the same definition). */
  private normalised(ws: Workspace, node: Node): Norm {
    const v = node.value;
    if (v === null || typeof v !== 'object') return normalise(ws, node);
    let n = this.norms.get(v);
    if (!n) this.norms.set(v, (n = normalise(ws, node)));
    return n;
  }

  private id(v: unknown): string {
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'u';
    let id = this.ids.get(v);
    if (id === undefined) this.ids.set(v, (id = this.nextId++));
    return String(id);
  }

  /**
   * Pairs (base object, head object) known to be equal or not: per base object, the one head
   * object it was compared with (nearly always one), or a map when there were several.
   */
  private equal = new WeakMap<object, { h: object; equal: boolean } | Map<object, boolean>>();
  /**
   * Pairs being compared right now, with their depth on the stack (a $ref cycle meets them again):
   * per base object, the innermost such pair, linked to the outer ones with the same base object
   * (nearly always none). One small record per pair in progress, no map per base object.
   */
  private comparing = new Map<object, InProgress>();

  private knownEqual(bv: object, hv: object): boolean | undefined {
    const m = this.equal.get(bv);
    if (!m) return undefined;
    if (m instanceof Map) return m.get(hv);
    return m.h === hv ? m.equal : undefined;
  }

  private rememberEqual(bv: object, hv: object, equal: boolean): void {
    const m = this.equal.get(bv);
    if (!m) this.equal.set(bv, { h: hv, equal });
    else if (m instanceof Map) m.set(hv, equal);
    else if (m.h !== hv) this.equal.set(bv, new Map([[m.h, m.equal], [hv, equal]]));
  }

  /**
   * Deep equality of two schemas, key order aside, where a `$ref` on both sides is equal when its
   * targets are (whatever the reference text). Conservative: a `$ref` on one side only, or one
   * that does not resolve, makes the pair unequal, and the full comparison decides.
   */
  same(b: Node, h: Node): boolean {
    return this.sameValue(b.file, b.value, h.file, h.value, 1) !== UNEQUAL;
  }

  /**
   * UNEQUAL, or the shallowest in-progress pair the answer assumed equal (a cycle; Infinity when
   * none): only answers that assumed nothing above themselves are remembered. A number, not an
   * object: this runs for every node of every compared pair.
   *
   * A pair's own scalars are compared first (`shallowSame`): a pair that differs there, or whose
   * children are all scalars (most nodes of a spec: `{type: string}`, enums, examples), is
   * answered without storing anything, since no cycle can pass through it and answering it again
   * costs what a look-up would. Only pairs with object children (or `$ref`s) are remembered and
   * tracked for cycles, and only their object children are compared recursively.
   */
  private sameValue(bFile: string, bv: unknown, hFile: string, hv: unknown, depth: number): number {
    if (bv === hv && (bv === null || typeof bv !== 'object')) return Infinity;
    if (bv === null || hv === null || typeof bv !== 'object' || typeof hv !== 'object') return UNEQUAL;
    const shallow = shallowSame(bv, hv);
    if (shallow === DIFFERENT) return UNEQUAL;
    if (shallow === SCALARS_ONLY) return Infinity;
    const known = this.knownEqual(bv, hv);
    if (known !== undefined) return known ? Infinity : UNEQUAL;
    const outer = this.comparing.get(bv);
    for (let p = outer; p; p = p.outer) if (p.h === hv) return p.depth; // a cycle: equal unless shown otherwise
    if (depth > 501) return UNEQUAL; // over 500 pairs in progress above: leave it to compare()

    this.comparing.set(bv, { h: hv, depth, outer });
    let low = Infinity;
    let equal = true;
    let r = Infinity;
    // The scalars are equal (shallowSame): only the object children are left.
    if (Array.isArray(bv)) {
      const ha = hv as unknown[];
      for (let i = 0; i < bv.length; i++) {
        const x: unknown = bv[i];
        if (x === null || typeof x !== 'object') continue;
        r = this.sameValue(bFile, x, hFile, ha[i], depth + 1);
        if (r === UNEQUAL) {
          equal = false;
          break;
        }
        if (r < low) low = r;
      }
    } else {
      const bo = bv as Record<string, unknown>;
      const ho = hv as Record<string, unknown>;
      const keys = Object.keys(bo);
      for (let i = 0; i < keys.length; i++) {
        const x = bo[keys[i]];
        if (x === null || typeof x !== 'object') continue;
        r = this.sameValue(bFile, x, hFile, ho[keys[i]], depth + 1);
        if (r === UNEQUAL) {
          equal = false;
          break;
        }
        if (r < low) low = r;
      }
      if (equal && typeof bo.$ref === 'string') {
        // the text of the references aside, their targets decide
        const bt = this.base.resolve({ file: bFile, pointer: [], value: bo });
        const ht = this.head.resolve({ file: hFile, pointer: [], value: ho });
        r = bt.value !== undefined && ht.value !== undefined ? this.sameValue(bt.file, bt.value, ht.file, ht.value, depth + 1) : UNEQUAL;
        if (r === UNEQUAL) equal = false;
        else if (r < low) low = r;
      }
    }
    if (outer) this.comparing.set(bv, outer);
    else this.comparing.delete(bv);
    if (low >= depth) low = Infinity; // only this pair's own cycle was assumed: settled now
    if (!equal || low === Infinity) this.rememberEqual(bv, hv, equal);
    return equal ? low : UNEQUAL;
  }

  /** Comparisons in progress (the depth of the recursion). */
  private active = 0;

  private compare(b0: Node, h0: Node, flow: Flow, origin: Origin, path: string): Entry | null {
    const b = this.base.resolve(b0);
    const h = this.head.resolve(h0);
    if (b.value === undefined || h.value === undefined) return null;
    const key = `${this.id(b.value)}|${this.id(h.value)}|${flow}|${origin.parameter ? 'p' : ''}`;
    const known = this.memo.get(key);
    if (known) return known;
    // Most of a big spec is the same on both sides: equal schemas (their $refs leading to equal
    // schemas too) change nothing, and need no normal form or walk of their own.
    if (this.same(b, h)) {
      this.memo.set(key, EMPTY);
      return EMPTY;
    }
    const entry: Entry = { changes: [], children: null, done: false, walk: 0 };
    this.memo.set(key, entry);
    if (this.active >= MAX_COMPARE_DEPTH) {
      entry.changes.push({
        kind: 'too-deep',
        flow,
        parameter: origin.parameter ?? false,
        at: { file: h.file, pointer: h.pointer },
        object: origin.context ? `${origin.context} ${path}` : path,
        detail: `its schemas nest more than ${MAX_COMPARE_DEPTH} levels deep here, deeper than the gate compares: what changed below is unchecked`,
        endpoints: NO_ENDPOINTS,
      });
    } else {
      this.active++;
      try {
        this.fill(entry, b, h, h0, flow, origin, path);
      } finally {
        this.active--;
      }
    }
    entry.done = true;
    if (entry.changes.length === 0 && entry.children === null) {
      this.memo.set(key, EMPTY);
      return EMPTY;
    }
    return entry;
  }

  private fill(entry: Entry, b: Node, h: Node, h0: Node, flow: Flow, origin: Origin, path: string): void {

    // Through a $ref, name the change by its definition, not by the way there (Stripe's paths
    // through nested anyOf run to hundreds of characters).
    if (h !== h0 && h.pointer.length) path = (h.file !== h0.file ? h.file : '') + pointerString(h.pointer);
    const nb = this.normalised(this.base, b);
    const nh = this.normalised(this.head, h);
    const emit = (kind: SchemaChangeKind, at: Node, detail: string, name?: string, subPath = path, severity?: 'warning'): void => {
      entry.changes.push({
        kind,
        flow,
        parameter: origin.parameter ?? false,
        at: { file: at.file, pointer: at.pointer },
        object: origin.context ? (subPath === '#' ? origin.context : `${origin.context} ${subPath}`) : subPath,
        detail,
        name: name ?? (subPath === '#' ? origin.name : propertyName(subPath)),
        endpoints: NO_ENDPOINTS,
        ...(severity ? { severity } : {}),
      });
    };
    const recurse = (cb: Node, ch: Node, sub: string): void => {
      const child = this.compare(cb, ch, flow, origin, sub);
      if (child && child !== entry && (child.changes.length || child.children || !child.done)) {
        (entry.children ??= []).push(child);
      }
    };

    const cut = (nb.truncated ?? []).length === (nh.truncated ?? []).length ? (nb.truncated ?? []).findIndex((x, i) => !this.same(x, nh.truncated![i])) : 0;
    if (cut !== -1) {
      // Members past the depth the gate merges were left out: what changed there is unchecked.
      emit('too-deep', nh.truncated ? h : b, `its allOf members nest more than ${MAX_ALLOF_DEPTH} levels deep here, deeper than the gate merges them: what changed below is unchecked`);
    }
    if (nb.any && nh.any) return;
    if (nb.branches || nh.branches) {
      this.compareBranches(nb, nh, flow, path, emit, recurse);
      if (!(nb.branches && nh.branches)) return;
    }
    this.compareTypes(nb, nh, flow, emit);
    this.compareEnum(nb, nh, flow, emit);
    this.compareConstraints(nb, nh, flow, emit);
    this.compareProperties(nb, nh, flow, path, emit, recurse);
    this.compareOthers(nb, nh, emit);
    // `items` on one side only: the other accepts any element (`true`); compared only where both sides accept arrays.
    if (nb.items && nh.items) recurse(nb.items, nh.items, `${path}/items`);
    else if ((nb.items || nh.items) && acceptsArrays(nb) && acceptsArrays(nh)) recurse(nb.items ?? anyBelow(nb.node, 'items'), nh.items ?? anyBelow(nh.node, 'items'), `${path}/items`);
    // Tuples: each position against the other side's element there, or its rest (`items` after
    // `prefixItems`, draft-07's `additionalItems`; absent: any). A closed tuple growing, an
    // element added or removed, a plain array becoming a tuple: all judged per position.
    const positions = Math.max(nb.prefixItems.length, nh.prefixItems.length);
    if (positions > 0 && acceptsArrays(nb) && acceptsArrays(nh)) {
      for (let i = 0; i < positions; i++) {
        const bi = nb.prefixItems[i] ?? nb.items ?? anyBelow(nb.node, 'items');
        const hi = nh.prefixItems[i] ?? nh.items ?? anyBelow(nh.node, 'items');
        recurse(bi, hi, `${path}/prefixItems/${i}`);
      }
    }
  }

  /** True when every value of `b` is still fine against `h` (a trial comparison, not reported). */
  private covers(b: Node, h: Node, flow: Flow): boolean {
    if (this.depth >= 2) return false;
    if (!this.trial) {
      this.trial = new SchemaDiffer(this.base, this.head);
      this.trial.depth = this.depth + 1;
    }
    const entry = this.trial.compare(b, h, flow, { context: '', endpoint: null }, '#');
    if (!entry) return false;
    for (const e of reachable(entry)) {
      if (e.changes.some((c) => BREAKING[flow].has(c.kind as SchemaChangeKind))) return false;
    }
    return true;
  }

  private depth = 0;
  private trial: SchemaDiffer | null = null;

  private compareTypes(nb: Norm, nh: Norm, flow: Flow, emit: Emit): void {
    if (isProtoEnum(nb) && isProtoEnum(nh) && nb.nullable === nh.nullable) return;
    // The `false` schema accepts nothing: becoming it rejects every old value, leaving it admits new ones.
    if (nb.never !== nh.never) {
      if (nh.never && flow !== 'response') emit('type-changed', nh.node, 'any value -> none (false)');
      if (nb.never && flow !== 'request') emit('type-changed', nh.node, 'none (false) -> values');
      return;
    }
    // An enum (or const) without `type` accepts only its values, so only their types: `type:
    // string` -> `const: start` narrows, it does not widen to any type (blueapi 0470253).
    const bt = nb.types ?? enumTypes(nb);
    const ht = nh.types ?? enumTypes(nh);
    const describe = (n: Norm): string =>
      (n.types ? [...n.types].join('|') : enumTypes(n) ? [...enumTypes(n)!].join('|') : 'any') + (n.format ? ` (${n.format})` : '') + (n.nullable ? ' or null' : '');
    // "narrowed": a value base accepted that head does not; "widened": the reverse.
    const narrowed = bt === null ? ht !== null : ht !== null && [...bt].some((t) => !acceptsType(ht, t));
    const widened = ht === null ? bt !== null : bt !== null && [...ht].some((t) => !acceptsType(bt, t));
    const detail = `${describe(nb)} -> ${describe(nh)}`;
    const formatChanged = nb.format !== nh.format && nb.format !== undefined && nh.format !== undefined;
    const formatAdded = nb.format === undefined && nh.format !== undefined;
    const sameTypes = !narrowed && !widened;
    const formatRemoved = nb.format !== undefined && nh.format === undefined && sameTypes;
    if (flow === 'response') {
      // readers: a format narrowed to one that refuses more (int64 -> int32) or the loss of a
      // format that only annotated the type sends them nothing they could not read before
      const formatNarrowed = formatChanged && WIDER_FORMATS.get(nh.format!) === nb.format;
      const annotationLost = formatRemoved && annotatesOnly(nb.format!, nb.types);
      if (widened || (formatChanged && !formatNarrowed) || (formatRemoved && !annotationLost)) emit('type-changed', nh.node, detail);
      else if (nh.nullable && !nb.nullable) emit('became-nullable', nh.node, detail);
      return;
    }
    // request and event: what base accepted must still be accepted. A format that only names the
    // widest storage of the type (int64 on an integer, double) refuses nothing base accepted, nor
    // does a format widened to one (int32 -> int64).
    const formatWidened = formatChanged && WIDER_FORMATS.get(nb.format!) === nh.format;
    const rejectsOld = narrowed || (formatChanged && !formatWidened) || (nb.nullable && !nh.nullable && !nh.any);
    if (rejectsOld) emit('type-changed', nh.node, detail);
    else if (formatAdded && !narrowed && !annotatesOnly(nh.format!, nh.types)) emit('constraint-tightened', nh.node, `format ${nh.format} added`);
    // event (Confluent FULL): old consumers also read what new producers write, so a widened
    // type or format, a dropped format or a new null is a change they cannot read either
    const annotationRemoved = formatRemoved && annotatesOnly(nb.format!, nb.types);
    if (flow === 'event' && !rejectsOld && (widened || (formatRemoved && !annotationRemoved) || formatWidened || (nh.nullable && !nb.nullable))) {
      emit('type-changed', nh.node, detail);
    }
  }

  private compareEnum(nb: Norm, nh: Norm, flow: Flow, emit: Emit): void {
    this.compareExtensibleEnum(nb, nh, flow, emit);
    this.compareDefault(nb, nh, emit);
    if (!nb.enum && !nh.enum) return;
    // a proto enum's names listed or dropped: the values on the wire are the same (isProtoEnum)
    const sameProtoEnum = isProtoEnum(nb) && isProtoEnum(nh);
    if (!nb.enum && nh.enum) {
      if (flow !== 'response' && !sameProtoEnum) emit('constraint-tightened', nh.node, `enum ${short(nh.enum)} added`);
      return;
    }
    if (nb.enum && !nh.enum) {
      if (flow !== 'request' && !sameProtoEnum) emit('enum-value-added', nh.node, 'any value of its type (the enum restriction was removed)');
      return;
    }
    const bset = new Map(nb.enum!.map((v) => [JSON.stringify(v), v]));
    const hset = new Map(nh.enum!.map((v) => [JSON.stringify(v), v]));
    const removed = [...bset.keys()].filter((k) => !hset.has(k) && k !== 'null');
    const added = [...hset.keys()].filter((k) => !bset.has(k) && k !== 'null');
    if (removed.length && flow !== 'response') emit('enum-value-removed', nh.node, `value ${removed.join(', ')}`);
    // every flow cares about a new value: response and event readers meet it, and in a request
    // it is what the old server rejects after a rollback
    if (added.length) emit('enum-value-added', nh.node, `value ${added.join(', ')}`);
  }

  /**
   * `x-extensible-enum` (Zalando's guidelines): the values a request documents as understood; new
   * ones are no break (readers of responses and events must tolerate unknown values by contract),
   * but a value dropped from a request is one the server stops understanding while old clients
   * still send it. Dropping the whole list accepts any value of the type: no removal.
   */
  private compareExtensibleEnum(nb: Norm, nh: Norm, flow: Flow, emit: Emit): void {
    if (flow !== 'request') return;
    const bv = isObject(nb.node.value) ? nb.node.value['x-extensible-enum'] : undefined;
    const hv = isObject(nh.node.value) ? nh.node.value['x-extensible-enum'] : undefined;
    if (!Array.isArray(bv) || !Array.isArray(hv)) return;
    const kept = new Set(hv.map((v) => JSON.stringify(v)));
    const removed = bv.map((v) => JSON.stringify(v)).filter((k) => !kept.has(k));
    if (removed.length) emit('enum-value-removed', nh.node, `x-extensible-enum value ${removed.join(', ')}`);
  }

  /**
   * A `default` that changes: in a request, what the server assumes for clients that omit the
   * value (old clients keep omitting it and get another behaviour); in a response or event, what
   * a reader fills in for an absent value, now different for writers of each release. Added or
   * removed defaults are not reported (a new default documents what the server did already).
   */
  private compareDefault(nb: Norm, nh: Norm, emit: Emit): void {
    const b = isObject(nb.node.value) ? nb.node.value : null;
    const h = isObject(nh.node.value) ? nh.node.value : null;
    if (!b || !h || b.default === undefined || h.default === undefined) return;
    if (this.same({ file: nb.node.file, pointer: nb.node.pointer, value: b.default }, { file: nh.node.file, pointer: nh.node.pointer, value: h.default })) return;
    const show = (v: unknown): string => {
      const text = JSON.stringify(v) ?? String(v);
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    emit('default-changed', nh.node, `default ${show(b.default)} -> ${show(h.default)}`);
  }

  private compareConstraints(nb: Norm, nh: Norm, flow: Flow, emit: Emit): void {
    if (flow !== 'request') this.compareLoosened(nb, nh, flow, emit);
    if (flow === 'response') return;
    const tightened: string[] = [];
    // A keyword restricts only values of its type (`maxItems` on a string restricts nothing).
    const applies = (k: string): boolean => {
      const on = APPLIES_TO[k];
      return !on || nh.types === null || on.some((t) => acceptsType(nh.types!, t));
    };
    for (const k of TIGHTER_IF_LOWER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(hv) && (!finite(bv) || hv < bv)) tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of TIGHTER_IF_HIGHER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(hv) && (!finite(bv) || hv > bv)) {
        // minLength 0 / minItems 0 restrict nothing
        if (!(typeof bv !== 'number' && hv === 0 && k !== 'minimum' && k !== 'exclusiveMinimum')) {
          tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
        }
      }
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of ['pattern', 'multipleOf']) {
      if (!applies(k)) continue;
      // A pattern that matches every string (`''`, `.*`, `^.*$`) restricts nothing: as if absent.
      const bv = k === 'pattern' && matchesAll(nb.constraints[k]) ? undefined : nb.constraints[k];
      const hv = k === 'pattern' && matchesAll(nh.constraints[k]) ? undefined : nh.constraints[k];
      if (hv !== undefined && hv !== bv && !(k === 'multipleOf' && typeof bv === 'number' && typeof hv === 'number' && bv % hv === 0)) {
        tightened.push(bv === undefined ? `${k} added` : `${k} changed`);
      }
    }
    if (applies('uniqueItems') && nh.constraints.uniqueItems === true && nb.constraints.uniqueItems !== true) tightened.push('uniqueItems added');
    if (tightened.length) emit('constraint-tightened', nh.node, tightened.join(', '));
  }

  /**
   * The reverse of tightening, for what old readers validate (responses, events): a maximum
   * raised or dropped, a minimum lowered or dropped, a pattern or `multipleOf` dropped (or a
   * `multipleOf` divided), `uniqueItems` dropped. A changed pattern is compared as tightened in
   * events already; in a response it may admit values the old pattern refused, so it counts here.
   */
  private compareLoosened(nb: Norm, nh: Norm, flow: Flow, emit: Emit): void {
    const loosened: string[] = [];
    const applies = (k: string): boolean => {
      const on = APPLIES_TO[k];
      return !on || nb.types === null || on.some((t) => acceptsType(nb.types!, t));
    };
    for (const k of TIGHTER_IF_LOWER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (finite(bv) && (!finite(hv) || hv > bv)) loosened.push(`${k} ${bv} -> ${fmt(hv)}`);
      if (bv === true && hv !== true) loosened.push(`${k} removed`);
    }
    for (const k of TIGHTER_IF_HIGHER) {
      if (!applies(k)) continue;
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      // minLength 0 / minItems 0 restricted nothing
      if (finite(bv) && (!finite(hv) || hv < bv) && !(bv === 0 && k !== 'minimum' && k !== 'exclusiveMinimum')) loosened.push(`${k} ${bv} -> ${fmt(hv)}`);
      if (bv === true && hv !== true) loosened.push(`${k} removed`);
    }
    if (applies('pattern')) {
      const bv = matchesAll(nb.constraints.pattern) ? undefined : nb.constraints.pattern;
      const hv = matchesAll(nh.constraints.pattern) ? undefined : nh.constraints.pattern;
      if (bv !== undefined && hv === undefined) loosened.push('pattern removed');
      else if (bv !== undefined && hv !== bv && flow === 'response') loosened.push('pattern changed');
    }
    if (applies('multipleOf')) {
      const bv = nb.constraints.multipleOf;
      const hv = nh.constraints.multipleOf;
      if (typeof bv === 'number' && (hv === undefined || (typeof hv === 'number' && hv !== bv && bv % hv === 0))) loosened.push(`multipleOf ${bv} -> ${fmt(hv)}`);
    }
    if (applies('uniqueItems') && nb.constraints.uniqueItems === true && nh.constraints.uniqueItems !== true) loosened.push('uniqueItems removed');
    if (loosened.length) emit('constraint-loosened', nh.node, loosened.join(', '));
  }

  /**
   * Keywords the differ does not judge (`not`, `if`/`then`/`else`, `patternProperties`,
   * `contains`, `dependentRequired`, …, any unknown one): a change to one is reported, naming it,
   * never passed over. Equal values (their `$ref`s leading to equal schemas) are no change.
   */
  private compareOthers(nb: Norm, nh: Norm, emit: Emit): void {
    if (!nb.others && !nh.others) return;
    const keywords = new Set([...(nb.others?.keys() ?? []), ...(nh.others?.keys() ?? [])]);
    const changed: string[] = [];
    let at: Node | null = null;
    for (const k of [...keywords].sort()) {
      const bs = nb.others?.get(k) ?? NO_NODES;
      const hs = nh.others?.get(k) ?? NO_NODES;
      if (bs.length === hs.length && bs.every((b, i) => this.same(b, hs[i]!))) continue;
      changed.push(bs.length === 0 ? `${k} added` : hs.length === 0 ? `${k} removed` : `${k} changed`);
      at ??= hs[0] ?? null;
    }
    if (changed.length) emit('keyword-changed', at ?? nh.node, changed.join(', '));
  }

  private compareProperties(nb: Norm, nh: Norm, flow: Flow, path: string, emit: Emit, recurse: Recurse): void {
    const skip = (n: Node, side: Workspace): boolean => {
      const v = side.resolve(n).value;
      if (!isObject(v)) return false;
      return (flow === 'request' && v.readOnly === true) || (flow === 'response' && v.writeOnly === true);
    };
    const baseClosed = nb.additional === 'closed' || nb.unevaluatedClosed;
    const headClosed = nh.additional === 'closed' || nh.unevaluatedClosed;
    // forEach, not for-of: no [name, node] pair allocated per property
    nb.properties.forEach((bp, name) => {
      if (skip(bp, this.base)) return;
      const hp = nh.properties.get(name);
      const sub = `${path}/properties/${escape(name)}`;
      if (!hp) {
        // A property that head's open schema still allows is not gone for a reader that checks nothing.
        emit('property-removed', removedAt(bp, nh), `property ${name}`, name, sub);
        return;
      }
      if (skip(hp, this.head)) return;
      const wasRequired = nb.required.has(name);
      const isRequired = nh.required.has(name);
      if (!wasRequired && isRequired) emit('property-became-required', hp, `property ${name}`, name, sub);
      if (wasRequired && !isRequired) emit('property-became-optional', hp, `property ${name}`, name, sub);
      recurse(bp, hp, sub);
    });
    nh.properties.forEach((hp, name) => {
      if (nb.properties.has(name) || skip(hp, this.head)) return;
      const sub = `${path}/properties/${escape(name)}`;
      const wasRequired = nb.required.has(name); // required in base without a declaration
      // In a request, a required property with a `default` is one the server fills when an old client leaves it out: a warning.
      const filled = flow === 'request' && isObject(this.head.resolve(hp).value) && 'default' in (this.head.resolve(hp).value as object);
      if (nh.required.has(name) && !wasRequired) emit('required-property-added', hp, filled ? `property ${name} (the server fills its default)` : `property ${name}`, name, sub, filled ? 'warning' : undefined);
      else if (wasRequired && !nh.required.has(name)) emit('property-became-optional', hp, `property ${name}`, name, sub);
      else if (baseClosed) emit('property-added-to-closed', hp, `property ${name}`, name, sub);
      else emit('optional-property-added', hp, `property ${name}`, name, sub);
      // Writers of base could send this name with any value its extra properties allowed: a
      // declaration that accepts less narrows it (issue 15). Against a partially open schema
      // (`additionalProperties: {type: [string, number]}`) that is compared in full; against a
      // fully open one only `false` is (the name may no longer appear at all): a new typed
      // property in an open schema is the usual evolution step, and no writer is expected to have
      // sent an undeclared name with another type.
      if (flow !== 'response' && !baseClosed) {
        if (typeof nb.additional === 'object') recurse(nb.additional, hp, sub);
        else if (this.head.resolve(hp).value === false) emit('type-changed', hp, 'any value -> none (false): the property may no longer appear', name, sub);
      }
    });
    // `required` names that neither side declares under `properties` are still required values
    // (JSON Schema requires the key whatever schema it has): judged like declared ones
    for (const name of nh.required) {
      if (nb.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit('required-property-added', childNode(nh.node, ['required']), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    for (const name of nb.required) {
      if (nh.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit('property-became-optional', childNode(nh.node, ['required']), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    for (const names of requiredGroupsLoosened(nb, nh)) {
      emit('property-became-optional', childNode(nh.node, ['required']), `one of the properties ${names.join(', ')} (a oneOf/anyOf of required lists base had)`, names.join(' or '), `${path}/required`);
    }
    if (!baseClosed && headClosed) {
      const key = nh.unevaluatedClosed && nh.additional !== 'closed' ? 'unevaluatedProperties' : 'additionalProperties';
      emit('closed-to-extra-properties', childNode(nh.node, [key]), `${key}: false added`);
    }
    if (typeof nb.additional === 'object' && typeof nh.additional === 'object') {
      recurse(nb.additional, nh.additional, `${path}/additionalProperties`);
    }
  }

  private compareBranches(nb: Norm, nh: Norm, flow: Flow, path: string, emit: Emit, recurse: Recurse): void {
    const bb = nb.branches ?? [nb.node];
    const hb = nh.branches ?? [nh.node];
    const bInfo = bb.map((n) => branchInfo(this.base, n, discriminatorOf(nb.node.value)));
    const hInfo = hb.map((n) => branchInfo(this.head, n, discriminatorOf(nh.node.value)));
    const used = new Set<number>();
    const pairs: [number, number][] = [];
    const paired = new Set<number>();
    // Identical branches first (constraint-only variants such as `{required: [state]}` have no
    // name), then by discriminator value (what clients dispatch on, even when the schema behind
    // it was renamed), $ref name, title, const, type; a last lone pair is the same branch edited.
    for (const by of ['text', 'tag', 'ref', 'title', 'const', 'type'] as const) {
      for (let i = 0; i < bb.length; i++) {
        const want = bInfo[i][by];
        if (paired.has(i) || want === undefined) continue;
        const match = hInfo.findIndex((h, j) => !used.has(j) && h[by] === want);
        if (match === -1) continue;
        used.add(match);
        paired.add(i);
        pairs.push([i, match]);
      }
    }
    let unpairedBase = bb.map((_, i) => i).filter((i) => !paired.has(i));
    const leftHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    if (unpairedBase.length === 1 && leftHead.length === 1) {
      pairs.push([unpairedBase[0], leftHead[0]]);
      used.add(leftHead[0]);
      unpairedBase = [];
    }
    const label = nh.branches ? (isObject(nh.node.value) && nh.node.value.oneOf ? 'oneOf' : 'anyOf') : '';
    for (const [i, j] of pairs) {
      recurse(bb[i], hb[j], nh.branches ? `${path}/${label}/${j}` : path);
    }
    let unpairedHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    // A variant that another branch of the other side covers is not gone (string[] | object[]
    // merged into (string | object)[]).
    // Trials only between branches of a compatible type, and a bounded number of them (vector's
    // schema has oneOf lists of hundreds of branches).
    let budget = 64;
    const compatible = (x: { type?: string }, y: { type?: string }): boolean => !x.type || !y.type || x.type === y.type;
    const tryCover = (bi: number, hj: number): boolean =>
      compatible(bInfo[bi], hInfo[hj]) && budget-- > 0 && this.covers(bb[bi], hb[hj], flow);
    if (flow !== 'response') unpairedBase = unpairedBase.filter((i) => !hb.some((_, j) => tryCover(i, j)));
    else unpairedHead = unpairedHead.filter((j) => !bb.some((_, i) => tryCover(i, j)));
    if (unpairedBase.length && flow !== 'response') {
      emit('type-changed', nh.node, `variant ${unpairedBase.map((i) => bInfo[i].name).join(', ')} no longer accepted`);
    }
    // `oneOf` rejects a value that more than one branch accepts: what base accepted (not already
    // under a `oneOf` itself) that two head branches both cover is refused whole (oasdiff
    // request_property_one_of_wrapped). A discriminator picks one branch, as tools read it: skipped.
    const headOneOf = label === 'oneOf' && discriminatorOf(nh.node.value) === undefined;
    const baseOneOf = isObject(nb.node.value) && nb.node.value.oneOf !== undefined;
    if (headOneOf && !baseOneOf && flow !== 'response') {
      let trials = 64;
      const overlapping = bb.map((_, i) => i).filter((i) => {
        let covering = 0;
        for (let j = 0; j < hb.length && covering < 2 && trials > 0; j++) {
          if (!compatible(bInfo[i], hInfo[j])) continue;
          trials--;
          // "accepts every value base accepted" is the request reading of covering, whatever the flow
          if (this.covers(bb[i], hb[j], 'request')) covering++;
        }
        return covering >= 2;
      });
      if (overlapping.length) emit('type-changed', nh.node, `values of ${overlapping.map((i) => bInfo[i].name).join(', ')} now match two oneOf branches at once, which oneOf rejects`);
    }
    if (unpairedHead.length && flow !== 'request') {
      // In a response a new variant is what a new enum value is (response-enum-value-added's severity): clients that dispatch on it meet one they do not know.
      emit('type-changed', nh.node, `new variant ${unpairedHead.map((j) => hInfo[j].name).join(', ')} may be ${flow === 'response' ? 'returned' : 'written'}`, undefined, path, flow === 'response' ? 'warning' : undefined);
    }
  }
}

/** The types a constraint keyword restricts (JSON Schema's applicability: other values pass it). */
/** `shallowSame`'s answers. */
const DIFFERENT = 0;
const SCALARS_ONLY = 1;
const OBJECTS_BELOW = 2;

/**
 * Two objects (or two arrays) compared one level deep: DIFFERENT when their keys, lengths or
 * scalar values differ, a value is an object on one side only, or one has a `$ref` (a string)
 * and the other not; else SCALARS_ONLY when every value is a scalar and neither is a `$ref`,
 * else OBJECTS_BELOW (the object children, and a `$ref`'s target, are left to compare). The text
 * of a `$ref` on both sides is not compared (its target is).
 */
function shallowSame(bv: object, hv: object): typeof DIFFERENT | typeof SCALARS_ONLY | typeof OBJECTS_BELOW {
  let objects = false;
  if (Array.isArray(bv)) {
    if (!Array.isArray(hv) || bv.length !== hv.length) return DIFFERENT;
    for (let i = 0; i < bv.length; i++) {
      const x: unknown = bv[i];
      const y: unknown = hv[i];
      const xo = x !== null && typeof x === 'object';
      if (xo !== (y !== null && typeof y === 'object') || (!xo && x !== y)) return DIFFERENT;
      if (xo) objects = true;
    }
    return objects ? OBJECTS_BELOW : SCALARS_ONLY;
  }
  if (Array.isArray(hv)) return DIFFERENT;
  const bo = bv as Record<string, unknown>;
  const ho = hv as Record<string, unknown>;
  const ref = typeof bo.$ref === 'string';
  if (ref !== (typeof ho.$ref === 'string')) return DIFFERENT;
  const keys = Object.keys(bo);
  let headKeys = 0;
  for (const k in ho) if (Object.prototype.hasOwnProperty.call(ho, k)) headKeys++;
  if (keys.length !== headKeys) return DIFFERENT;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (ref && k === '$ref') continue;
    if (!Object.prototype.hasOwnProperty.call(ho, k)) return DIFFERENT;
    const x = bo[k];
    const y = ho[k];
    const xo = x !== null && typeof x === 'object';
    if (xo !== (y !== null && typeof y === 'object') || (!xo && x !== y)) return DIFFERENT;
    if (xo) objects = true;
  }
  return objects || ref ? OBJECTS_BELOW : SCALARS_ONLY;
}

const APPLIES_TO: Record<string, string[]> = {
  maxLength: ['string'], minLength: ['string'], pattern: ['string'],
  maxItems: ['array'], minItems: ['array'], uniqueItems: ['array'],
  maxProperties: ['object'], minProperties: ['object'],
  maximum: ['number', 'integer'], minimum: ['number', 'integer'], exclusiveMaximum: ['number', 'integer'], exclusiveMinimum: ['number', 'integer'], multipleOf: ['number', 'integer'],
};

/** Patterns that match every string. */
function matchesAll(pattern: unknown): boolean {
  return typeof pattern === 'string' && /^\^?(?:\.\*|\[\\s\\S\]\*|\[\\S\\s\]\*)?\$?$/.test(pattern) && !/^\^?\$$/.test(pattern);
}

function acceptsArrays(n: Norm): boolean {
  return !n.never && (n.types === null || n.types.has('array'));
}

/** A schema that accepts anything (`true`) in place of an absent keyword, below `node`. */
function anyBelow(node: Node, key: string): Node {
  return { file: node.file, pointer: [...node.pointer, key], value: true };
}

/** What a trial comparison counts as "no longer covered" (a comparison too deep to finish is). */
const BREAKING: Record<Flow, Set<SchemaChangeKind>> = {
  request: new Set(['type-changed', 'enum-value-removed', 'constraint-tightened', 'closed-to-extra-properties', 'required-property-added', 'property-became-required', 'too-deep', 'keyword-changed']),
  event: new Set(['type-changed', 'enum-value-removed', 'constraint-tightened', 'closed-to-extra-properties', 'required-property-added', 'property-became-required', 'property-became-optional', 'too-deep', 'keyword-changed']),
  response: new Set(['type-changed', 'property-removed', 'property-became-optional', 'became-nullable', 'enum-value-added', 'too-deep', 'keyword-changed']),
};

type Emit = (kind: SchemaChangeKind, at: Node, detail: string, name?: string, subPath?: string, severity?: 'warning') => void;
type Recurse = (b: Node, h: Node, sub: string) => void;

/** Every comparison reachable from `entry` (memoised comparisons form a graph with cycles). */
function* reachable(entry: Entry): Generator<Entry> {
  const seen = new Set<Entry>();
  const stack = [entry];
  while (stack.length) {
    const e = stack.pop()!;
    if (seen.has(e)) continue;
    seen.add(e);
    yield e;
    for (const child of e.children ?? []) stack.push(child);
  }
}

/**
 * Formats that refuse no value of the types they annotate, so adding one to a request or event
 * schema tightens nothing: `int64` on an integer and `float`/`double` on a number name the storage
 * of a JSON number (OpenAPI's format registry; ajv-formats accepts every integer for int64 and every
 * number for float and double), and `password` and `binary` on a string are display and encoding
 * hints. Every other format validates (`int32` bounds the range; `date-time`, `uuid`, `email`,
 * `byte` the text; `int64` on a number refuses fractions).
 */
const ANNOTATION_FORMATS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['int64', new Set(['integer'])],
  ['float', new Set(['number', 'integer'])],
  ['double', new Set(['number', 'integer'])],
  ['password', new Set(['string'])],
  ['binary', new Set(['string'])],
]);
/** A format and the one that accepts every value it does and more (a request may widen to it). */
const WIDER_FORMATS: ReadonlyMap<string, string> = new Map([
  ['int32', 'int64'],
  ['float', 'double'],
]);

/** True when `format` refuses no value of `types` (a schema of several or no types: never). */
function annotatesOnly(format: string, types: ReadonlySet<string> | null): boolean {
  const applies = ANNOTATION_FORMATS.get(format);
  return applies !== undefined && types !== null && types.size > 0 && [...types].every((t) => applies.has(t));
}

/**
 * A protobuf enum in a spec generated by protoc-gen-openapi (gnostic) carries `format: enum`, typed
 * `integer` by default or `string` listing the value names (its `enum_type=string` option). On the
 * wire (protojson, as grpc-gateway and connect serve it) an enum is written as its name and read as
 * its name or its number whatever the spec says, so a switch between the two forms, or the names
 * listed where the numbers were, is the spec catching up with what the server always did: no value
 * a client sent is refused, none it reads is new (flipt 4e8b191c66, `buf.gen.yaml` gained
 * `enum_type=string`). Both sides must carry the marker: a plain `integer` becoming a
 * `string` enum is still a type change. Values removed from a listed enum are still compared.
 */
function isProtoEnum(n: Norm): boolean {
  return n.format === 'enum' && n.types !== null && n.types.size > 0 && [...n.types].every((t) => t === 'integer' || t === 'string');
}

/** The JSON types of an enum's values (`integer` for whole numbers), or null when there is no enum. */
function enumTypes(n: Norm): ReadonlySet<string> | null {
  if (!n.enum || n.enum.length === 0) return null;
  const out = new Set<string>();
  for (const v of n.enum) {
    if (v === null) out.add('null');
    else if (Array.isArray(v)) out.add('array');
    else if (typeof v === 'number') out.add(Number.isInteger(v) ? 'integer' : 'number');
    else out.add(typeof v === 'object' ? 'object' : typeof v);
  }
  return out;
}

function acceptsType(types: ReadonlySet<string>, t: string): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

/** `#/properties/a/properties/b` -> `b`; `#/items` -> undefined. */
function propertyName(path: string): string | undefined {
  const m = /\/properties\/([^/#]+)$/.exec(path);
  return m ? m[1].replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

function escape(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A bound that restricts something: `maxLength: .inf` (YAML's infinity) restricts nothing, as if absent. */
function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function fmt(v: unknown): string {
  return v === undefined ? 'none' : String(v);
}

function short(values: unknown[]): string {
  const s = values.map((v) => JSON.stringify(v)).join(', ');
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

interface Discriminator {
  propertyName: string;
  mapping: Record<string, string>;
}

/** OpenAPI's `discriminator` of a schema with `oneOf`/`anyOf`, when it has one. */
function discriminatorOf(value: unknown): Discriminator | undefined {
  const d = isObject(value) ? value.discriminator : undefined;
  if (!isObject(d) || typeof d.propertyName !== 'string') return undefined;
  const mapping: Record<string, string> = {};
  if (isObject(d.mapping)) for (const [k, v] of Object.entries(d.mapping)) if (typeof v === 'string') mapping[k] = v;
  return { propertyName: d.propertyName, mapping };
}

/**
 * The discriminator value of a branch: the `mapping` key naming its `$ref` (by default the
 * schema's name), or the single value its discriminator property allows (`const`, one-value `enum`).
 */
function discriminatorTag(d: Discriminator | undefined, raw: unknown, resolved: unknown): string | undefined {
  if (!d) return undefined;
  if (isObject(raw) && typeof raw.$ref === 'string') {
    const ref = raw.$ref;
    const mapped = Object.entries(d.mapping).find(([, target]) => target === ref || target === ref.split('/').pop());
    if (mapped) return mapped[0];
  }
  const prop = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[d.propertyName] : undefined;
  if (isObject(prop) && 'const' in prop) return JSON.stringify(prop.const);
  if (isObject(prop) && Array.isArray(prop.enum) && prop.enum.length === 1) return JSON.stringify(prop.enum[0]);
  // a schema the mapping does not name is dispatched on by its own name
  return isObject(raw) && typeof raw.$ref === 'string' ? raw.$ref.split('/').pop() : undefined;
}

function branchInfo(
  ws: Workspace,
  n: Node,
  discriminator?: Discriminator,
): { text?: string; tag?: string; ref?: string; title?: string; const?: string; type?: string; name: string } {
  const raw = n.value;
  const text = JSON.stringify(raw);
  const ref = isObject(raw) && typeof raw.$ref === 'string' ? raw.$ref.split('/').pop() : undefined;
  const v = ws.resolve(n).value;
  const tag = discriminatorTag(discriminator, raw, v);
  const title = isObject(v) && typeof v.title === 'string' ? v.title : undefined;
  const c = isObject(v) && 'const' in v ? JSON.stringify(v.const) : undefined;
  let type: string | undefined;
  if (isObject(v)) {
    if (typeof v.type === 'string') type = v.type;
    else if (Array.isArray(v.type)) type = v.type.filter((t) => t !== 'null').join('|');
    else if (v.properties || v.additionalProperties) type = 'object';
    else if (v.items) type = 'array';
  }
  const required = isObject(v) && Array.isArray(v.required) ? `required ${v.required.join(', ')}` : undefined;
  return { text, tag, ref, title, const: c, type, name: ref ?? title ?? c ?? type ?? required ?? 'schema' };
}

/** A `$ref`, written in `from`, to `node` (its file relative to `from`'s folder, its pointer). */
function refTo(from: string, node: Node): string {
  const pointer = node.pointer.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
  const file = node.file === from ? '' : posix.relative(posix.dirname(from), node.file);
  return `${file}#/${pointer}`;
}

/**
 * Where a property that head no longer has is reported: the `properties` of the head allOf member
 * at the place base declared it (same file, same pointer), else of the merged schema. Reported on
 * the schema that holds the allOf, a property removed from a member in another file (`allOf:
 * [{$ref: ../models/user.json}]`) stood at line 1 of a file the PR did not touch (session 13
 * audit); the member's `properties` (or its nearest surviving ancestor) is where it was removed.
 */
function removedAt(bp: Node, nh: Norm): Node {
  const at = bp.pointer;
  if (nh.members && at.length >= 2 && at[at.length - 2] === 'properties') {
    const owner = at.slice(0, -2);
    const member = nh.members.find((m) => m.file === bp.file && m.pointer.length === owner.length && m.pointer.every((seg, i) => seg === owner[i]));
    if (member) return childNode(member, ['properties']);
  }
  return childNode(nh.node, ['properties']);
}

/** The comparable view of a schema: `allOf` merged, nullability and types unified. */
function normalise(ws: Workspace, node: Node): Norm {
  // One normal form per schema object of both sides: what a schema does not have is shared,
  // not allocated (most schemas of a big spec are leaves without properties or required).
  const n: Norm = {
    node,
    any: false,
    never: false,
    types: null,
    nullable: false,
    properties: NO_PROPERTIES,
    required: NO_NAMES,
    additional: 'open',
    unevaluatedClosed: false,
    prefixItems: NO_NODES,
    constraints: NO_CONSTRAINTS,
    branches: null,
  };
  let properties: Map<string, Node> | null = null;
  /** Properties declared by more than one merged member: every declaration. */
  let again: Map<string, Node[]> | null = null;
  let required: Set<string> | null = null;
  /** allOf members and single branches visited: created when the schema has any. */
  let seen: Set<unknown> | null = null;
  let typed = false;
  let anything = true;
  // null is accepted when the schema itself says so (`nullable`, a `null` type or branch: the 3.0
  // idiom `{nullable: true, allOf: [$ref]}` included), or when an allOf member says so and no
  // typed member rejects it: allOf [nullable X, {type: object}] accepts no null.
  let outerNullable = false;
  let memberNullable = false;
  let typedWithoutNull = false;
  const nullable = (depth: number): void => {
    if (depth === 0) outerNullable = true;
    else memberNullable = true;
  };
  /** `orNull`: this schema is one branch of `X | null`, so its type does not exclude null. */
  const visit = (current: Node, depth: number, orNull = false): void => {
    const v = current.value;
    if (v === true || v === undefined) return;
    if (v === false) {
      n.never = true;
      anything = false;
      return;
    }
    if (!isObject(v) || seen?.has(v)) return;
    if (depth > MAX_ALLOF_DEPTH) {
      (n.truncated ??= []).push(current);
      return;
    }
    if (depth > 0 || v.allOf !== undefined || v.oneOf !== undefined || v.anyOf !== undefined) (seen ??= new Set()).add(v);
    if (depth > 0) (n.members ??= []).push(current);
    for (const key of Object.keys(v)) {
      if (key.startsWith('x-') || ANNOTATIONS.has(key)) continue;
      anything = false;
      // A validation keyword no comparison below reads (and `unevaluatedProperties` other than `false`): kept to be compared for equality.
      if (UNCOMPARED_KEYWORDS.has(key) || (key === 'unevaluatedProperties' && v[key] !== false)) {
        let list = (n.others ??= new Map()).get(key);
        if (!list) n.others.set(key, (list = []));
        list.push(child(current, key));
      }
    }
    const list = v.type === undefined ? null : (Array.isArray(v.type) ? v.type : [v.type]).filter((t): t is string => typeof t === 'string');
    const saysNull = v.nullable === true || v['x-nullable'] === true || (list?.includes('null') ?? false);
    if (saysNull) nullable(depth);
    else if (list && !orNull) typedWithoutNull = true;
    if (list) {
      const set = typeSet(list.filter((t) => t !== 'null'));
      n.types = typed && n.types ? typeSet([...n.types].filter((t) => acceptsType(set, t))) : set;
      typed = true;
    }
    if (typeof v.format === 'string' && n.format === undefined) n.format = v.format;
    if (typeof v.title === 'string' && n.title === undefined) n.title = v.title;
    if (Array.isArray(v.enum) && !n.enum) n.enum = v.enum;
    if ('const' in v && !n.enum) n.enum = [v.const];
    if (isObject(v.properties)) {
      for (const name of Object.keys(v.properties)) {
        const here = child(current, 'properties', name);
        if (!properties?.has(name)) (properties ??= new Map()).set(name, here);
        else (again ??= new Map()).set(name, [...(again.get(name) ?? [properties.get(name)!]), here]);
      }
    }
    if (Array.isArray(v.required)) for (const r of v.required) if (typeof r === 'string') (required ??= new Set()).add(r);
    if (v.additionalProperties === false) n.additional = 'closed';
    else if (isObject(v.additionalProperties) && n.additional === 'open') {
      n.additional = child(current, 'additionalProperties');
    }
    if (v.unevaluatedProperties === false) n.unevaluatedClosed = true;
    if (v.items !== undefined && !Array.isArray(v.items) && !n.items) n.items = child(current, 'items');
    const tuple = Array.isArray(v.prefixItems) ? 'prefixItems' : Array.isArray(v.items) ? 'items' : null;
    if (tuple && n.prefixItems.length === 0) {
      n.prefixItems = (v[tuple] as unknown[]).map((_, i) => child(current, tuple, String(i)));
    }
    // Draft-07 tuples (`items` a list): `additionalItems` is the rest.
    if (tuple === 'items' && v.additionalItems !== undefined && !n.items) n.items = child(current, 'additionalItems');
    for (const k of CONSTRAINTS) {
      if (v[k] === undefined || n.constraints[k] !== undefined) continue;
      if (n.constraints === NO_CONSTRAINTS) n.constraints = {};
      n.constraints[k] = v[k];
    }
    for (const k of ['oneOf', 'anyOf'] as const) {
      const list = v[k];
      if (Array.isArray(list) && !n.branches) {
        const branches = list.map((_, i) => child(current, k, String(i)));
        // oneOf: [X, {type: null}] is X or null
        const nonNull = branches.filter((b) => !isNullSchema(ws.resolve(b).value));
        if (nonNull.length < branches.length) nullable(depth);
        // `oneOf: [{required: [a]}, {required: [b]}]` only says which fields go together: not variants
        // (kept as a group: one of the lists is required, see `requiredGroupsLoosened`).
        if (nonNull.every((b) => isConstraintOnly(ws.resolve(b).value))) {
          const lists = nonNull.map((b) => requiredList(ws.resolve(b).value));
          if (lists.length > 0 && lists.every((l): l is string[] => l !== null)) (n.requiredOneOf ??= []).push(lists);
          continue;
        }
        if (nonNull.length === 1) visit(ws.resolve(nonNull[0]), depth + 1, orNull || nonNull.length < branches.length);
        else if (nonNull.length > 1) n.branches = nonNull;
      }
    }
    if (Array.isArray(v.allOf)) {
      v.allOf.forEach((_, i) => visit(ws.resolve(child(current, 'allOf', String(i))), depth + 1, orNull));
    }
  };
  visit(node, 0);
  // A property that several allOf members declare must satisfy each declaration (a CloudEvent
  // envelope's `data: {type: object}` and the member that says what `data` is): compared as the
  // allOf of them, by references to each, so every declaration's own file resolves its $refs.
  // both assigned inside visit
  const repeated = again as Map<string, Node[]> | null;
  const declared = properties as Map<string, Node> | null;
  if (declared && repeated) {
    for (const [name, decls] of repeated) declared.set(name, { file: node.file, pointer: decls[0].pointer, value: { allOf: decls.map((d) => ({ $ref: refTo(node.file, d) })) } });
  }
  if (properties) n.properties = properties;
  if (required) n.required = required;
  n.nullable = outerNullable || (memberNullable && !typedWithoutNull);
  // No type is inferred from keywords: `properties` or `items` restrict objects or arrays only, a
  // schema without `type` still accepts a string (JSON Schema's applicability rule).
  n.any = anything && !n.never;
  return n;
}

const typeSets = new Map<string, ReadonlySet<string>>();

/** One shared set per list of types (schemas say `type: string` a million times). */
function typeSet(types: string[]): ReadonlySet<string> {
  const key = types.join('\u0000');
  let set = typeSets.get(key);
  if (!set) {
    set = new Set(types);
    if (typeSets.size < 10_000) typeSets.set(key, set); // a hostile document's made-up types are not kept
  }
  return set;
}

const NO_PROPERTIES: ReadonlyMap<string, Node> = new Map();
const NO_NAMES: ReadonlySet<string> = new Set();
const NO_NODES: readonly Node[] = [];
/** Shared by every schema without constraints: replaced, never written to. */
const NO_CONSTRAINTS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const CONSTRAINTS = [...TIGHTER_IF_LOWER, ...TIGHTER_IF_HIGHER, 'pattern', 'multipleOf', 'uniqueItems'];

const ANNOTATIONS = new Set([
  'description', 'title', 'example', 'examples', 'default', 'deprecated', '$comment', '$id', '$schema',
  '$anchor', 'externalDocs', 'xml', 'discriminator', 'readOnly', 'writeOnly', '$defs', 'definitions',
]);

/**
 * Keywords of JSON Schema (draft-03 to 2020-12) that change which values a schema accepts but that
 * no comparison reads: compared for equality only, a difference is a `keyword-changed` finding
 * (schema-keyword-changed). A keyword no draft defines is an annotation (validators ignore it, e.g.
 * vector's `_metadata`), so it is not one of them.
 */
const UNCOMPARED_KEYWORDS = new Set([
  'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'dependencies', 'propertyNames', 'patternProperties',
  'unevaluatedItems', 'contains', 'minContains', 'maxContains', 'additionalItems', 'contentEncoding', 'contentMediaType',
  'contentSchema', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$vocabulary', 'disallow', 'extends',
  'divisibleBy',
]);

const CONSTRAINT_ONLY = new Set(['required', 'not', 'description', 'title', 'minProperties', 'maxProperties']);

/** A branch's `required` names, when that is all it requires (null: it says something else). */
function requiredList(v: unknown): string[] | null {
  if (!isObject(v) || !Array.isArray(v.required) || v.required.length === 0 || 'not' in v) return null;
  return v.required.every((r): r is string => typeof r === 'string') ? v.required : null;
}

/**
 * The names of each base `oneOf: [{required: [a]}, {required: [b]}]` group that head no longer
 * enforces: not kept (head has no group whose every list is one of base's), not covered by head's
 * own `required` (one of the lists required outright). A message may now carry none of them.
 */
function requiredGroupsLoosened(nb: Norm, nh: Norm): string[][] {
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  const out: string[][] = [];
  for (const group of nb.requiredOneOf ?? []) {
    if ((nh.requiredOneOf ?? []).some((g) => g.every((list) => group.some((l) => same(l, list))))) continue;
    if (group.some((list) => list.every((x) => nh.required.has(x)))) continue;
    out.push([...new Set(group.flat())].filter((x) => !nh.required.has(x)));
  }
  return out;
}

function isConstraintOnly(v: unknown): boolean {
  return isObject(v) && Object.keys(v).every((k) => CONSTRAINT_ONLY.has(k) || k.startsWith('x-'));
}

function isNullSchema(v: unknown): boolean {
  return isObject(v) && (v.type === 'null' || (Array.isArray(v.enum) && v.enum.length === 1 && v.enum[0] === null));
}

function child(node: Node, ...segs: string[]): Node {
  return childNode(node, segs);
}
