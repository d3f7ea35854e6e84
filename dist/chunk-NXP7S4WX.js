import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/text/glob.ts
var GlobError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GlobError";
  }
};
var MAX_GLOB_LENGTH = 4096;
var MAX_BRACE_DEPTH = 16;
var SLASH = 47;
var DOT = 46;
var STAR = 42;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var isDigit = (c) => c >= 48 && c <= 57;
var isUpper = (c) => c >= 65 && c <= 90;
var isLower = (c) => c >= 97 && c <= 122;
var isAlpha = (c) => isUpper(c) || isLower(c);
var isGraph = (c) => c >= 33 && c <= 126;
var POSIX_CLASSES = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: isAlpha,
  ascii: (c) => c <= 127,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c <= 31 || c === 127,
  digit: isDigit,
  graph: isGraph,
  lower: isLower,
  print: (c) => c >= 32 && c <= 126,
  punct: (c) => isGraph(c) && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 32 || c >= 9 && c <= 13,
  upper: isUpper,
  word: (c) => isAlpha(c) || isDigit(c) || c === 95,
  xdigit: (c) => isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102
};
var EXTGLOB = /[@!+?*]\(/;
var STAR_DOT_STAR = /^(?:\*\*\/)?\*\.\*(?:\.\w+)*$/;
var GLOBSTAR_EXTENSION = /^\*\*(?:\.\w+)+$/;
var BRACE_RANGE = /^(?:-?\d+|[a-zA-Z])\.\.(?:-?\d+|[a-zA-Z])(?:\.\.-?\d+)?$/;
var Parser = class {
  constructor(p) {
    this.p = p;
  }
  p;
  i = 0;
  parse() {
    const items = this.sequence(0, true);
    if (this.i < this.p.length) throw new Error(`internal error: glob parser stopped at ${this.i}`);
    return items;
  }
  /** Items up to the end, or (inside braces) up to a top-level `,` or `}`. */
  sequence(depth, segStart) {
    const p = this.p;
    const items = [];
    let atSegStart = segStart;
    let afterDot = false;
    while (this.i < p.length) {
      const ch = p[this.i];
      if (depth > 0 && (ch === "," || ch === "}")) break;
      if (ch === "\\") {
        if (this.i + 1 < p.length) {
          items.push({ k: "char", c: p.charCodeAt(this.i + 1) });
          this.i += 2;
        } else {
          items.push({ k: "char", c: BACKSLASH });
          this.i += 1;
        }
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (EXTGLOB.test(p.slice(this.i, this.i + 2))) {
        throw new GlobError(`'${ch}(\u2026)' (an extglob) is not supported; escape the parenthesis as '\\(' for a file name`);
      }
      if (ch === "*") {
        let end = this.i;
        while (p.charCodeAt(end) === STAR) end++;
        const run = end - this.i;
        const before = this.i === 0 ? -1 : p.charCodeAt(this.i - 1);
        const after = end === p.length ? -1 : p.charCodeAt(end);
        if (run >= 2 && (depth > 0 || before === CLOSE_BRACE || after === OPEN_BRACE)) {
          throw new GlobError(`'**' inside or next to braces is not supported; give it a segment of its own, e.g. '**/{a,b}'`);
        }
        const globstar = run === 2 && depth === 0 && (before === -1 || before === SLASH) && (after === -1 || after === SLASH) || // picomatch's fast path: `**.sql` is any path ending in `.sql`, in any folder.
        this.i === 0 && GLOBSTAR_EXTENSION.test(p);
        this.i = end;
        if (globstar) {
          this.globstar(items, after === SLASH);
          atSegStart = true;
          afterDot = false;
          continue;
        }
        let guard = 0 /* None */;
        if (depth === 0 && this.i === p.length && before === DOT && STAR_DOT_STAR.test(p)) guard = 4 /* NonEmpty */;
        else if (afterDot) guard = 3 /* AfterDot */;
        else if (atSegStart) guard = run < 3 || before === -1 && after === -1 ? 1 /* Segment */ : 2 /* SegmentMayBeEmpty */;
        items.push({ k: "star", guard });
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (ch === "?") {
        items.push({ k: "any" });
        this.i += 1;
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (ch === "[") {
        const cls = this.charClass();
        if (cls) {
          items.push(cls);
          atSegStart = false;
          afterDot = false;
          continue;
        }
      }
      if (ch === "{") {
        const alt = this.braces(depth);
        if (alt) {
          items.push(alt);
          atSegStart = false;
          afterDot = false;
          continue;
        }
      }
      items.push({ k: "char", c: p.charCodeAt(this.i) });
      afterDot = ch === "." && (atSegStart || depth > 0);
      atSegStart = ch === "/";
      this.i += 1;
    }
    return items;
  }
  /**
   * A `**` that is a whole segment, in picomatch's shapes (this.i is past it): `**∕` at the start,
   * zero or more segments; `x/**∕y`, `/` and zero or more segments, or nothing at the end of the
   * text; `x/**` at the end, `x` itself or anything under it (the `/` required after a `*`);
   * `/**∕` and `/**` after a leading `/`, at least one segment. Repeated `**∕**` count once.
   */
  globstar(items, slashFollows) {
    const last = items.at(-1);
    const leadingSlash = items.length === 1 && last?.k === "char" && last.c === SLASH;
    if (slashFollows) {
      this.i += 1;
      const more = this.i < this.p.length;
      if (last?.k === "gsPrefix") return;
      if (last?.k === "gsMiddle") {
        if (!more) last.orEnd = false;
        return;
      }
      if (items.length === 0 || leadingSlash) {
        items.push({ k: "gsPrefix", min1: leadingSlash });
        return;
      }
      items.pop();
      items.push({ k: "gsMiddle", orEnd: more });
      return;
    }
    if (last?.k === "gsPrefix" && !last.min1) items.pop();
    else if (last?.k === "gsPrefix" || leadingSlash) {
      items.pop();
      if (last.k === "gsPrefix") items.pop();
      items.push({ k: "char", c: SLASH }, { k: "gsAny" });
      return;
    } else if (last !== void 0) {
      items.pop();
      if (items.at(-1)?.k === "star") items.push({ k: "char", c: SLASH }, { k: "gsAny" });
      else items.push({ k: "gsSuffix" });
      return;
    }
    items.push({ k: "gsAny" });
  }
  /** `{a,b}` from `{` (at this.i) with its alternatives; null when it is a plain `{` (no `}` or no top-level `,`). */
  braces(depth) {
    const p = this.p;
    const open = this.i;
    const close = matchingBrace(p, open);
    if (close === -1) return null;
    const inner = p.slice(open + 1, close);
    if (!hasTopLevelComma(inner)) {
      if (BRACE_RANGE.test(inner)) throw new GlobError(`ranges in braces ('{${inner}}') are not supported; list the values, e.g. '{1,2,3}'`);
      return null;
    }
    if (depth + 1 > MAX_BRACE_DEPTH) throw new GlobError(`braces nest deeper than ${MAX_BRACE_DEPTH} levels`);
    this.i = open + 1;
    const alts = [];
    for (; ; ) {
      alts.push(this.sequence(depth + 1, false));
      const ch = p[this.i];
      this.i += 1;
      if (ch === "}") break;
    }
    if (this.i !== close + 1) throw new Error(`internal error: brace at ${open} closed at ${this.i - 1}, expected ${close}`);
    return { k: "alt", alts };
  }
  /** `[…]` from `[` (at this.i); null when there is no closing `]` (then `[` is a plain character). */
  charClass() {
    const p = this.p;
    let j = this.i + 1;
    let negated = false;
    if (p[j] === "!" || p[j] === "^") {
      negated = true;
      j++;
    }
    const ranges = [];
    const named = [];
    let first = true;
    for (; ; ) {
      if (j >= p.length) return null;
      let ch = p[j];
      if (ch === "]" && !first) break;
      first = false;
      if (ch === "[" && p[j + 1] === ":") {
        const end = p.indexOf(":]", j + 2);
        const name = end === -1 ? "" : p.slice(j + 2, end);
        if (POSIX_CLASSES[name]) {
          named.push(POSIX_CLASSES[name]);
          j = end + 2;
          continue;
        }
      }
      if (ch === "\\" && j + 1 < p.length) ch = p[++j];
      let lo = ch.charCodeAt(0);
      let hi = lo;
      j++;
      if (p[j] === "-" && j + 1 < p.length && p[j + 1] !== "]") {
        let to = p[j + 1];
        j += 2;
        if (to === "\\" && j < p.length) to = p[j++];
        hi = to.charCodeAt(0);
        if (hi < lo) [lo, hi] = [hi, lo];
      }
      ranges.push([lo, hi]);
    }
    this.i = j + 1;
    const inClass = (c) => {
      for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
      for (const test of named) if (test(c)) return true;
      return false;
    };
    return { k: "class", test: (c) => c !== SLASH && inClass(c) !== negated };
  }
};
function matchingBrace(p, open) {
  let depth = 0;
  for (let j = open; j < p.length; j++) {
    const ch = p[j];
    if (ch === "\\") j++;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return j;
  }
  return -1;
}
function hasTopLevelComma(inner) {
  let depth = 0;
  for (let j = 0; j < inner.length; j++) {
    const ch = inner[j];
    if (ch === "\\") j++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === "," && depth === 0) return true;
  }
  return false;
}
var Automaton = class {
  op = [];
  arg = [];
  out = [];
  alt = [];
  classes = [];
  add(op, out, arg = 0, alt = -1) {
    this.op.push(op);
    this.arg.push(arg);
    this.out.push(out);
    this.alt.push(alt);
    return this.op.length - 1;
  }
  /** States for `items` that continue to `next`; returns the entry state. Recursion depth is the brace depth (bounded). */
  sequence(items, next) {
    let entry = next;
    for (let n = items.length - 1; n >= 0; n--) entry = this.item(items[n], entry);
    return entry;
  }
  item(it, next) {
    switch (it.k) {
      case "char":
        return this.add(0 /* Char */, next, it.c);
      case "any":
        return this.add(1 /* Any */, next);
      case "class":
        this.classes.push(it.test);
        return this.add(2 /* Class */, next, this.classes.length - 1);
      case "star": {
        const loop = this.add(3 /* Split */, -1, 0, next);
        this.out[loop] = this.add(1 /* Any */, loop);
        return it.guard === 0 /* None */ ? loop : this.add(4 /* StarGuard */, loop, it.guard);
      }
      case "gsAny":
        return this.globAny(next);
      case "gsPrefix":
        return this.segments(next, it.min1);
      case "gsMiddle": {
        const slash = this.add(0 /* Char */, this.segments(next, false), SLASH);
        return it.orEnd ? this.add(3 /* Split */, slash, 0, this.add(5 /* EndGuard */, next)) : slash;
      }
      case "gsSuffix":
        return this.add(3 /* Split */, next, 0, this.add(0 /* Char */, this.globAny(next), SLASH));
      case "alt": {
        let entry = this.sequence(it.alts[it.alts.length - 1], next);
        for (let n = it.alts.length - 2; n >= 0; n--) entry = this.add(3 /* Split */, this.sequence(it.alts[n], next), 0, entry);
        return entry;
      }
    }
  }
  /** (segment `/`)*, or with `min1` (segment `/`)+; a segment never starts a `.` or `..` one. */
  segments(next, min1) {
    const loop = this.add(3 /* Split */, -1, 0, next);
    const inSegment = this.add(3 /* Split */, -1);
    this.out[inSegment] = this.add(7 /* SegmentChar */, inSegment);
    this.alt[inSegment] = this.add(0 /* Char */, loop, SLASH);
    this.out[loop] = inSegment;
    return min1 ? inSegment : loop;
  }
  globAny(next) {
    const loop = this.add(3 /* Split */, -1, 0, next);
    this.out[loop] = this.add(6 /* GlobChar */, loop);
    return loop;
  }
};
function dotSegmentAt(text, pos) {
  if (text.charCodeAt(pos) !== DOT) return false;
  const next = text.charCodeAt(pos + 1);
  if (pos + 1 === text.length || next === SLASH) return true;
  return next === DOT && (pos + 2 === text.length || text.charCodeAt(pos + 2) === SLASH);
}
function starMayStart(guard, text, pos) {
  const end = pos === text.length;
  switch (guard) {
    case 1 /* Segment */:
      return !end && !dotSegmentAt(text, pos);
    case 2 /* SegmentMayBeEmpty */:
      return !dotSegmentAt(text, pos);
    case 3 /* AfterDot */: {
      const c = text.charCodeAt(pos);
      return !end && c !== SLASH && !(c === DOT && (pos + 1 === text.length || text.charCodeAt(pos + 1) === SLASH));
    }
    case 4 /* NonEmpty */:
      return !end;
    default:
      return true;
  }
}
function segmentStart(text, pos) {
  return pos === 0 || text.charCodeAt(pos - 1) === SLASH;
}
var Runner = class {
  constructor(a, start) {
    this.a = a;
    this.start = start;
    const n = a.op.length;
    this.marks = new Int32Array(n);
    this.current = new Int32Array(n);
    this.next = new Int32Array(n);
    this.stack = new Int32Array(2 * n + 2);
  }
  a;
  start;
  marks;
  generation = 0;
  current;
  next;
  stack;
  /** Adds `state` and everything reachable from it without consuming a character. Returns the new list length. */
  close(list, length, state, text, pos) {
    const { op, out, alt } = this.a;
    const stack = this.stack;
    let top = 0;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top];
      if (this.marks[s] === this.generation) continue;
      this.marks[s] = this.generation;
      switch (op[s]) {
        case 3 /* Split */:
          stack[top++] = alt[s];
          stack[top++] = out[s];
          break;
        case 5 /* EndGuard */:
          if (pos === text.length) stack[top++] = out[s];
          break;
        case 4 /* StarGuard */:
          if (starMayStart(this.a.arg[s], text, pos)) stack[top++] = out[s];
          break;
        default:
          list[length++] = s;
      }
    }
    return length;
  }
  run(text) {
    const { op, arg, out, classes } = this.a;
    this.generation++;
    let length = this.close(this.current, 0, this.start, text, 0);
    for (let pos = 0; pos < text.length && length > 0; pos++) {
      const c = text.charCodeAt(pos);
      this.generation++;
      let nextLength = 0;
      for (let n = 0; n < length; n++) {
        const s = this.current[n];
        let ok;
        switch (op[s]) {
          case 0 /* Char */:
            ok = c === arg[s];
            break;
          case 1 /* Any */:
            ok = c !== SLASH;
            break;
          case 2 /* Class */:
            ok = classes[arg[s]](c);
            break;
          case 6 /* GlobChar */:
            ok = !(segmentStart(text, pos) && dotSegmentAt(text, pos));
            break;
          case 7 /* SegmentChar */:
            ok = c !== SLASH && !(segmentStart(text, pos) && dotSegmentAt(text, pos));
            break;
          default:
            ok = false;
        }
        if (ok) nextLength = this.close(this.next, nextLength, out[s], text, pos + 1);
      }
      [this.current, this.next] = [this.next, this.current];
      length = nextLength;
    }
    for (let n = 0; n < length; n++) if (op[this.current[n]] === 8 /* Match */) return true;
    return false;
  }
};
function globProblem(pattern) {
  try {
    compileGlob(pattern);
    return null;
  } catch (error) {
    if (error instanceof GlobError) return error.message;
    throw error;
  }
}
var compiled = /* @__PURE__ */ new Map();
var MAX_CACHED = 1e3;
function compileGlob(pattern) {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  if (pattern.length === 0) throw new GlobError("an empty glob matches nothing");
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`a glob longer than ${MAX_GLOB_LENGTH} characters is not supported`);
  let body = pattern;
  let negated = false;
  while (body.startsWith("!") && !body.startsWith("!(")) {
    negated = !negated;
    body = body.slice(1);
  }
  if (body.startsWith("./")) body = body.slice(2);
  let matcher;
  if (!/[*?[{(\\]/.test(body)) {
    matcher = (text) => text.length > 0 && text === body;
  } else {
    const items = new Parser(body).parse();
    const automaton = new Automaton();
    const match = automaton.add(8 /* Match */, -1);
    const runner = new Runner(automaton, automaton.sequence(items, match));
    matcher = (text) => text.length > 0 && runner.run(text);
  }
  const result = negated ? (text) => text === pattern || text.length > 0 && !matcher(text) : (text) => text === pattern || matcher(text);
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(pattern, result);
  return result;
}
function globMatcher(patterns) {
  const matchers = patterns.map(compileGlob);
  if (matchers.length === 0) return () => false;
  if (matchers.length === 1) return matchers[0];
  return (text) => matchers.some((m) => m(text));
}

export {
  globProblem,
  compileGlob,
  globMatcher
};
