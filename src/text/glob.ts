/**
 * Globs from the configuration (`ignore-paths`, `migrations.paths`, `contracts[].path`,
 * `allow[].object` and `.file`, `critical.tables`, `critical.endpoints`), matched in time
 * proportional to pattern × text. picomatch compiles a glob to a backtracking regular expression:
 * `**∕*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` against a 200-character file name ran for minutes. Here a
 * glob becomes a small automaton (Thompson's construction) that is run on all its states at once,
 * one character at a time, so no input can make it backtrack.
 *
 * Semantics are picomatch's with `{ dot: true }` for what the config documents, on paths without
 * empty, `.` or `..` segments (what git lists): `*` any run of characters within a segment, `**` as
 * a whole segment any number of segments, `?` one character but `/`, `[abc]` `[a-z]` `[^a]`
 * `[[:alpha:]]` one character of a class, `{a,b}` alternatives (nested, may hold `/`), `\` escapes
 * the next character, a leading `!` negates, and a glob equal to the text matches it. Where
 * picomatch surprises, this module says what a user means (README "Decisions"): `[!a]` is "not a"
 * (picomatch reads "`!` or a"), `(`, `)` and `|` are plain characters (picomatch makes them a regex
 * group: `app/(shop)/**` never matched the folder `(shop)`), and a class never matches `/`.
 * Syntax it does not support is a GlobError (the config loader turns it into one sentence):
 * extglobs `@(…)` `!(…)` `+(…)` `?(…)` `*(…)`, ranges in braces `{1..9}`, `**` inside braces.
 */

export class GlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlobError';
  }
}

/** Longest glob accepted: far beyond any path, small enough that one match stays cheap. */
export const MAX_GLOB_LENGTH = 4096;
/** Deepest nesting of `{…}` accepted (the parser recurses once per level). */
const MAX_BRACE_DEPTH = 16;

type Item =
  | { k: 'char'; c: number }
  | { k: 'any' }
  | { k: 'class'; test: (c: number) => boolean }
  | { k: 'star'; guard: StarGuard }
  | { k: 'gsAny' }
  /** Zero (or with `min1`, one) or more segments, each followed by `/` (a segment may be empty). */
  | { k: 'gsPrefix'; min1: boolean }
  /** `/` then zero or more segments each followed by `/`; with `orEnd`, also nothing at the end of the text. */
  | { k: 'gsMiddle'; orEnd: boolean }
  /** Nothing, or `/` and anything without a `.` or `..` segment. */
  | { k: 'gsSuffix' }
  | { k: 'alt'; alts: Item[][] };

const SLASH = 47;
const DOT = 46;
const STAR = 42;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isAlpha = (c: number): boolean => isUpper(c) || isLower(c);
const isGraph = (c: number): boolean => c >= 0x21 && c <= 0x7e;
/** POSIX classes inside brackets (`[[:digit:]]`), ASCII as picomatch has them. */
const POSIX_CLASSES: Record<string, (c: number) => boolean> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: isAlpha,
  ascii: (c) => c <= 0x7f,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c <= 0x1f || c === 0x7f,
  digit: isDigit,
  graph: isGraph,
  lower: isLower,
  print: (c) => c >= 0x20 && c <= 0x7e,
  punct: (c) => isGraph(c) && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: isUpper,
  word: (c) => isAlpha(c) || isDigit(c) || c === 95,
  xdigit: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

/** Where a `*` may start (picomatch's lookaheads before `[^/]*?`). */
const enum StarGuard {
  None,
  /** At the start of a segment: never a `.` or `..` segment, never empty. */
  Segment,
  /** A run of three or more stars at the start of a segment: never a `.` or `..` segment. */
  SegmentMayBeEmpty,
  /** After a `.` that starts a segment (or any `.` inside braces): never empty, `/` or `.` alone. */
  AfterDot,
  /** picomatch's fast path for `*.*` and `**∕*.*`: at least one character after the dot. */
  NonEmpty,
}

const EXTGLOB = /[@!+?*]\(/;
/** picomatch compiles these shapes by a fast path of its own: a character is required after the dot. */
const STAR_DOT_STAR = /^(?:\*\*\/)?\*\.\*(?:\.\w+)*$/;
const GLOBSTAR_EXTENSION = /^\*\*(?:\.\w+)+$/;
/** picomatch's brace ranges: `{1..9}`, `{a..z}`, `{1..9..2}`. */
const BRACE_RANGE = /^(?:-?\d+|[a-zA-Z])\.\.(?:-?\d+|[a-zA-Z])(?:\.\.-?\d+)?$/;

class Parser {
  private i = 0;
  constructor(private readonly p: string) {}

  parse(): Item[] {
    const items = this.sequence(0, true);
    if (this.i < this.p.length) throw new Error(`internal error: glob parser stopped at ${this.i}`);
    return items;
  }

  /** Items up to the end, or (inside braces) up to a top-level `,` or `}`. */
  private sequence(depth: number, segStart: boolean): Item[] {
    const p = this.p;
    const items: Item[] = [];
    let atSegStart = segStart;
    /** The last item is a `.` that picomatch reads as a dot token (a segment's first, or any inside braces). */
    let afterDot = false;
    while (this.i < p.length) {
      const ch = p[this.i];
      if (depth > 0 && (ch === ',' || ch === '}')) break;
      if (ch === '\\') {
        if (this.i + 1 < p.length) {
          items.push({ k: 'char', c: p.charCodeAt(this.i + 1) });
          this.i += 2;
        } else {
          items.push({ k: 'char', c: BACKSLASH });
          this.i += 1;
        }
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (EXTGLOB.test(p.slice(this.i, this.i + 2))) {
        throw new GlobError(`'${ch}(…)' (an extglob) is not supported; escape the parenthesis as '\\(' for a file name`);
      }
      if (ch === '*') {
        let end = this.i;
        while (p.charCodeAt(end) === STAR) end++;
        const run = end - this.i;
        const before = this.i === 0 ? -1 : p.charCodeAt(this.i - 1);
        const after = end === p.length ? -1 : p.charCodeAt(end);
        if (run >= 2 && (depth > 0 || before === CLOSE_BRACE || after === OPEN_BRACE)) {
          throw new GlobError(`'**' inside or next to braces is not supported; give it a segment of its own, e.g. '**/{a,b}'`);
        }
        const globstar =
          (run === 2 && depth === 0 && (before === -1 || before === SLASH) && (after === -1 || after === SLASH)) ||
          // picomatch's fast path: `**.sql` is any path ending in `.sql`, in any folder.
          (this.i === 0 && GLOBSTAR_EXTENSION.test(p));
        this.i = end;
        if (globstar) {
          this.globstar(items, after === SLASH);
          atSegStart = true;
          afterDot = false;
          continue;
        }
        // picomatch's quirk kept: a run of three or more stars may match an empty segment.
        let guard = StarGuard.None;
        if (depth === 0 && this.i === p.length && before === DOT && STAR_DOT_STAR.test(p)) guard = StarGuard.NonEmpty;
        else if (afterDot) guard = StarGuard.AfterDot;
        // picomatch's quirk kept: a run of three or more stars may match an empty segment.
        else if (atSegStart) guard = run < 3 || (before === -1 && after === -1) ? StarGuard.Segment : StarGuard.SegmentMayBeEmpty;
        items.push({ k: 'star', guard });
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (ch === '?') {
        items.push({ k: 'any' });
        this.i += 1;
        atSegStart = false;
        afterDot = false;
        continue;
      }
      if (ch === '[') {
        const cls = this.charClass();
        if (cls) {
          items.push(cls);
          atSegStart = false;
          afterDot = false;
          continue;
        }
      }
      if (ch === '{') {
        const alt = this.braces(depth);
        if (alt) {
          items.push(alt);
          atSegStart = false;
          afterDot = false;
          continue;
        }
      }
      items.push({ k: 'char', c: p.charCodeAt(this.i) });
      afterDot = ch === '.' && (atSegStart || depth > 0);
      atSegStart = ch === '/';
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
  private globstar(items: Item[], slashFollows: boolean): void {
    const last = items.at(-1);
    const leadingSlash = items.length === 1 && last?.k === 'char' && last.c === SLASH;
    if (slashFollows) {
      this.i += 1;
      const more = this.i < this.p.length;
      if (last?.k === 'gsPrefix') return;
      if (last?.k === 'gsMiddle') {
        if (!more) last.orEnd = false;
        return;
      }
      if (items.length === 0 || leadingSlash) {
        items.push({ k: 'gsPrefix', min1: leadingSlash });
        return;
      }
      items.pop(); // the `/` before `**`
      items.push({ k: 'gsMiddle', orEnd: more });
      return;
    }
    if (last?.k === 'gsPrefix' && !last.min1) items.pop();
    else if (last?.k === 'gsPrefix' || leadingSlash) {
      items.pop();
      if (last.k === 'gsPrefix') items.pop();
      items.push({ k: 'char', c: SLASH }, { k: 'gsAny' });
      return;
    } else if (last !== undefined) {
      items.pop(); // the `/` before `**`, or `/**∕` folded into this one
      if (items.at(-1)?.k === 'star') items.push({ k: 'char', c: SLASH }, { k: 'gsAny' });
      else items.push({ k: 'gsSuffix' });
      return;
    }
    items.push({ k: 'gsAny' });
  }

  /** `{a,b}` from `{` (at this.i) with its alternatives; null when it is a plain `{` (no `}` or no top-level `,`). */
  private braces(depth: number): Item | null {
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
    const alts: Item[][] = [];
    for (;;) {
      // picomatch's quirk kept: a `*` opening an alternative has no `.`/`..` guard.
      alts.push(this.sequence(depth + 1, false));
      const ch = p[this.i];
      this.i += 1;
      if (ch === '}') break;
    }
    if (this.i !== close + 1) throw new Error(`internal error: brace at ${open} closed at ${this.i - 1}, expected ${close}`);
    return { k: 'alt', alts };
  }

  /** `[…]` from `[` (at this.i); null when there is no closing `]` (then `[` is a plain character). */
  private charClass(): Item | null {
    const p = this.p;
    let j = this.i + 1;
    let negated = false;
    if (p[j] === '!' || p[j] === '^') {
      negated = true;
      j++;
    }
    const ranges: [number, number][] = [];
    const named: ((c: number) => boolean)[] = [];
    let first = true;
    for (;;) {
      if (j >= p.length) return null;
      let ch = p[j];
      if (ch === ']' && !first) break;
      first = false;
      if (ch === '[' && p[j + 1] === ':') {
        const end = p.indexOf(':]', j + 2);
        const name = end === -1 ? '' : p.slice(j + 2, end);
        if (POSIX_CLASSES[name]) {
          named.push(POSIX_CLASSES[name]);
          j = end + 2;
          continue;
        }
      }
      if (ch === '\\' && j + 1 < p.length) ch = p[++j];
      let lo = ch.charCodeAt(0);
      let hi = lo;
      j++;
      if (p[j] === '-' && j + 1 < p.length && p[j + 1] !== ']') {
        let to = p[j + 1];
        j += 2;
        if (to === '\\' && j < p.length) to = p[j++];
        hi = to.charCodeAt(0);
        if (hi < lo) [lo, hi] = [hi, lo];
      }
      ranges.push([lo, hi]);
    }
    this.i = j + 1;
    const inClass = (c: number): boolean => {
      for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
      for (const test of named) if (test(c)) return true;
      return false;
    };
    return { k: 'class', test: (c) => c !== SLASH && inClass(c) !== negated };
  }
}

/** Index of the `}` closing the `{` at `open` (escapes and nesting respected), or -1. */
function matchingBrace(p: string, open: number): number {
  let depth = 0;
  for (let j = open; j < p.length; j++) {
    const ch = p[j];
    if (ch === '\\') j++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return j;
  }
  return -1;
}

function hasTopLevelComma(inner: string): boolean {
  let depth = 0;
  for (let j = 0; j < inner.length; j++) {
    const ch = inner[j];
    if (ch === '\\') j++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) return true;
  }
  return false;
}

// ---- the automaton ----

const enum Op {
  /** Consume one given character. */
  Char,
  /** Consume any character but `/`. */
  Any,
  /** Consume a character the class accepts. */
  Class,
  /** Go on to both `out` and `alt` without consuming. */
  Split,
  /** Go on to `out` when a `*` may start here (arg: a StarGuard). */
  StarGuard,
  /** Go on to `out` at the end of the text only. */
  EndGuard,
  /** Consume any character (including `/`), never the start of a `.` or `..` segment. */
  GlobChar,
  /** Consume any character but `/`, never the start of a `.` or `..` segment. */
  SegmentChar,
  Match,
}

class Automaton {
  readonly op: Op[] = [];
  readonly arg: number[] = [];
  readonly out: number[] = [];
  readonly alt: number[] = [];
  readonly classes: ((c: number) => boolean)[] = [];

  add(op: Op, out: number, arg = 0, alt = -1): number {
    this.op.push(op);
    this.arg.push(arg);
    this.out.push(out);
    this.alt.push(alt);
    return this.op.length - 1;
  }

  /** States for `items` that continue to `next`; returns the entry state. Recursion depth is the brace depth (bounded). */
  sequence(items: Item[], next: number): number {
    let entry = next;
    for (let n = items.length - 1; n >= 0; n--) entry = this.item(items[n], entry);
    return entry;
  }

  private item(it: Item, next: number): number {
    switch (it.k) {
      case 'char':
        return this.add(Op.Char, next, it.c);
      case 'any':
        return this.add(Op.Any, next);
      case 'class':
        this.classes.push(it.test);
        return this.add(Op.Class, next, this.classes.length - 1);
      case 'star': {
        const loop = this.add(Op.Split, -1, 0, next);
        this.out[loop] = this.add(Op.Any, loop);
        return it.guard === StarGuard.None ? loop : this.add(Op.StarGuard, loop, it.guard);
      }
      case 'gsAny':
        return this.globAny(next);
      case 'gsPrefix':
        return this.segments(next, it.min1);
      case 'gsMiddle': {
        const slash = this.add(Op.Char, this.segments(next, false), SLASH);
        return it.orEnd ? this.add(Op.Split, slash, 0, this.add(Op.EndGuard, next)) : slash;
      }
      case 'gsSuffix':
        return this.add(Op.Split, next, 0, this.add(Op.Char, this.globAny(next), SLASH));
      case 'alt': {
        let entry = this.sequence(it.alts[it.alts.length - 1], next);
        for (let n = it.alts.length - 2; n >= 0; n--) entry = this.add(Op.Split, this.sequence(it.alts[n], next), 0, entry);
        return entry;
      }
    }
  }

  /** (segment `/`)*, or with `min1` (segment `/`)+; a segment never starts a `.` or `..` one. */
  private segments(next: number, min1: boolean): number {
    // loop → (a character of the segment → back | `/` → loop) | next
    const loop = this.add(Op.Split, -1, 0, next);
    const inSegment = this.add(Op.Split, -1);
    this.out[inSegment] = this.add(Op.SegmentChar, inSegment);
    this.alt[inSegment] = this.add(Op.Char, loop, SLASH);
    this.out[loop] = inSegment;
    return min1 ? inSegment : loop;
  }

  private globAny(next: number): number {
    const loop = this.add(Op.Split, -1, 0, next);
    this.out[loop] = this.add(Op.GlobChar, loop);
    return loop;
  }
}

/** A `.` or `..` segment starts at `pos`. */
function dotSegmentAt(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== DOT) return false;
  const next = text.charCodeAt(pos + 1);
  if (pos + 1 === text.length || next === SLASH) return true;
  return next === DOT && (pos + 2 === text.length || text.charCodeAt(pos + 2) === SLASH);
}

function starMayStart(guard: StarGuard, text: string, pos: number): boolean {
  const end = pos === text.length;
  switch (guard) {
    case StarGuard.Segment:
      return !end && !dotSegmentAt(text, pos);
    case StarGuard.SegmentMayBeEmpty:
      return !dotSegmentAt(text, pos);
    case StarGuard.AfterDot: {
      // picomatch's `(?!\.{0,1}(?:\/|$))`
      const c = text.charCodeAt(pos);
      return !end && c !== SLASH && !(c === DOT && (pos + 1 === text.length || text.charCodeAt(pos + 1) === SLASH));
    }
    case StarGuard.NonEmpty:
      return !end;
    default:
      return true;
  }
}

function segmentStart(text: string, pos: number): boolean {
  return pos === 0 || text.charCodeAt(pos - 1) === SLASH;
}

/** Runs the automaton on all its states at once: O(states × text) for any glob and any text. */
class Runner {
  private readonly marks: Int32Array;
  private generation = 0;
  private current: Int32Array;
  private next: Int32Array;
  private readonly stack: Int32Array;

  constructor(
    private readonly a: Automaton,
    private readonly start: number,
  ) {
    const n = a.op.length;
    this.marks = new Int32Array(n);
    this.current = new Int32Array(n);
    this.next = new Int32Array(n);
    this.stack = new Int32Array(2 * n + 2);
  }

  /** Adds `state` and everything reachable from it without consuming a character. Returns the new list length. */
  private close(list: Int32Array, length: number, state: number, text: string, pos: number): number {
    const { op, out, alt } = this.a;
    const stack = this.stack;
    let top = 0;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top];
      if (this.marks[s] === this.generation) continue;
      this.marks[s] = this.generation;
      switch (op[s]) {
        case Op.Split:
          stack[top++] = alt[s];
          stack[top++] = out[s];
          break;
        case Op.EndGuard:
          if (pos === text.length) stack[top++] = out[s];
          break;
        case Op.StarGuard:
          if (starMayStart(this.a.arg[s], text, pos)) stack[top++] = out[s];
          break;
        default:
          list[length++] = s;
      }
    }
    return length;
  }

  run(text: string): boolean {
    const { op, arg, out, classes } = this.a;
    this.generation++;
    let length = this.close(this.current, 0, this.start, text, 0);
    for (let pos = 0; pos < text.length && length > 0; pos++) {
      const c = text.charCodeAt(pos);
      this.generation++;
      let nextLength = 0;
      for (let n = 0; n < length; n++) {
        const s = this.current[n];
        let ok: boolean;
        switch (op[s]) {
          case Op.Char:
            ok = c === arg[s];
            break;
          case Op.Any:
            ok = c !== SLASH;
            break;
          case Op.Class:
            ok = classes[arg[s]](c);
            break;
          case Op.GlobChar:
            ok = !(segmentStart(text, pos) && dotSegmentAt(text, pos));
            break;
          case Op.SegmentChar:
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
    for (let n = 0; n < length; n++) if (op[this.current[n]] === Op.Match) return true;
    return false;
  }
}

/** Why `pattern` cannot be used as a glob (a sentence fragment), or null when it can. */
export function globProblem(pattern: string): string | null {
  try {
    compileGlob(pattern);
    return null;
  } catch (error) {
    if (error instanceof GlobError) return error.message;
    throw error;
  }
}

const compiled = new Map<string, (text: string) => boolean>();
/** Globs come from one config: a few dozen at most. The cap keeps a long-lived process bounded all the same. */
const MAX_CACHED = 1000;

/** A matcher for one glob. Throws GlobError for syntax this module does not support. */
export function compileGlob(pattern: string): (text: string) => boolean {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  if (pattern.length === 0) throw new GlobError('an empty glob matches nothing');
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`a glob longer than ${MAX_GLOB_LENGTH} characters is not supported`);
  let body = pattern;
  let negated = false;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  if (body.startsWith('./')) body = body.slice(2);
  let matcher: (text: string) => boolean;
  if (!/[*?[{(\\]/.test(body)) {
    matcher = (text) => text.length > 0 && text === body;
  } else {
    const items = new Parser(body).parse();
    const automaton = new Automaton();
    const match = automaton.add(Op.Match, -1);
    const runner = new Runner(automaton, automaton.sequence(items, match));
    matcher = (text) => text.length > 0 && runner.run(text);
  }
  const result = negated ? (text: string) => text === pattern || (text.length > 0 && !matcher(text)) : (text: string) => text === pattern || matcher(text);
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(pattern, result);
  return result;
}

/** One matcher for a list of globs: true when any of them matches (picomatch's list semantics). */
export function globMatcher(patterns: readonly string[]): (text: string) => boolean {
  const matchers = patterns.map(compileGlob);
  if (matchers.length === 0) return () => false;
  if (matchers.length === 1) return matchers[0];
  return (text) => matchers.some((m) => m(text));
}

/** `text` matches `pattern` (compiled once, then cached). */
export function isGlobMatch(text: string, pattern: string): boolean {
  return compileGlob(pattern)(text);
}
