/** Reading Python call arguments from tree-sitter-python nodes (literals only: nothing is evaluated). */
import { stringLiteral } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

export interface PyArgs {
  positional: SyntaxNode[];
  keyword: Map<string, SyntaxNode>;
  /** `*args` / `**kwargs`: arguments only known at run time. */
  splat: boolean;
}

/**
 * Module-level names bound once to a value (`SQL = """…"""`, `TABLE = "users"`, `ops = [...]`): a
 * migration's literal written a few lines above, read as if written in place (and Django's class-level
 * names: `state_operations = [...]` in `class Migration`). Names bound more than once, or anywhere
 * else, stay unknown. Set per file by `readConstants` (parsing is synchronous).
 */
let constants = new Map<string, SyntaxNode>();

export function readConstants(...scopes: SyntaxNode[]): void {
  const seen = new Map<string, SyntaxNode | null>();
  for (const stmt of scopes.flatMap((scope) => scope.namedChildren)) {
    const assign = stmt?.type === 'expression_statement' ? stmt.namedChildren[0] : null;
    const left = assign?.type === 'assignment' ? assign.childForFieldName('left') : null;
    const right = assign?.childForFieldName('right');
    if (!left || left.type !== 'identifier' || !right) continue;
    seen.set(left.text, seen.has(left.text) ? null : right);
  }
  constants = new Map([...seen].filter((e): e is [string, SyntaxNode] => e[1] !== null));
}

/** The value a module-level name was bound to (followed a few times), else the node itself. */
export function deref(node: SyntaxNode | null | undefined): SyntaxNode | null {
  let n = node ?? null;
  for (let i = 0; i < 8 && n?.type === 'identifier' && constants.has(n.text); i++) n = constants.get(n.text) ?? null;
  return n;
}

/** The dotted name of a call's function (`migrations.RemoveField`, `op.drop_column`, `models.CharField`). */
export function callName(call: SyntaxNode): string | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  return dotted(fn);
}

/** `a.b.c` of an identifier / attribute chain; null for anything else (a call, a subscript). */
export function dotted(node: SyntaxNode): string | null {
  const parts: string[] = [];
  let n: SyntaxNode | null = node;
  // Iterative over the chain's length.
  while (n && n.type === 'attribute') {
    const attr = n.childForFieldName('attribute');
    if (!attr) return null;
    parts.unshift(attr.text);
    n = n.childForFieldName('object');
  }
  if (!n || n.type !== 'identifier') return null;
  parts.unshift(n.text);
  return parts.join('.');
}

export function callArgs(call: SyntaxNode): PyArgs {
  const out: PyArgs = { positional: [], keyword: new Map(), splat: false };
  const list = call.childForFieldName('arguments');
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name');
      const value = a.childForFieldName('value');
      if (name && value) out.keyword.set(name.text, value);
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') out.splat = true;
    else out.positional.push(a);
  }
  return out;
}

/** Positional argument `i`, else keyword `name`. */
export function arg(args: PyArgs, i: number, name: string): SyntaxNode | null {
  return args.keyword.get(name) ?? args.positional[i] ?? null;
}

/** A string literal's value (no interpolation), else null. */
export function str(node: SyntaxNode | null | undefined): string | null {
  node = deref(node);
  if (!node) return null;
  const lit = stringLiteral(node);
  return lit && !lit.interpolated ? lit.value : null;
}

/** `True` / `False`, else null (unknown). */
export function bool(node: SyntaxNode | null | undefined): boolean | null {
  node = deref(node);
  if (!node) return null;
  if (node.type === 'true') return true;
  if (node.type === 'false') return false;
  return null;
}

export function isNone(node: SyntaxNode | null | undefined): boolean {
  return node?.type === 'none';
}

/** An integer literal's value, else null. */
export function int(node: SyntaxNode | null | undefined): number | null {
  if (!node || node.type !== 'integer') return null;
  const n = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Elements of a list, tuple or set literal; null for anything else. */
export function elements(node: SyntaxNode | null | undefined): SyntaxNode[] | null {
  let n = deref(node);
  if (!n) return null;
  while (n.type === 'parenthesized_expression' && n.namedChildren.length === 1 && n.namedChildren[0]) n = deref(n.namedChildren[0]) ?? n;
  // `A + B + C` of lists: the left spine walked iteratively, each operand a list (or a name bound to one).
  if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '+') {
    const operands: SyntaxNode[] = [];
    let left: SyntaxNode | null = n;
    for (let i = 0; i < 256 && left?.type === 'binary_operator' && left.childForFieldName('operator')?.text === '+'; i++) {
      const right = left.childForFieldName('right');
      if (!right) return null;
      operands.unshift(right);
      left = left.childForFieldName('left');
    }
    if (!left || left.type === 'binary_operator') return null;
    operands.unshift(left);
    const out: SyntaxNode[] = [];
    for (const operand of operands) {
      const inner = deref(operand);
      if (!inner || inner.type === 'binary_operator') return null;
      const els = elements(inner);
      if (!els) return null;
      for (const e of els) out.push(e);
    }
    return out;
  }
  // `set()`, `list()`, `tuple()`: empty.
  if (n.type === 'call' && /^(?:set|list|tuple)$/.test(n.childForFieldName('function')?.text ?? '') && (n.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0) return [];
  if (n.type !== 'list' && n.type !== 'tuple' && n.type !== 'set') return null;
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** Strings of a list/tuple literal (`['a', 'b']`), else null when any element is not a string. */
export function strings(node: SyntaxNode | null | undefined): string[] | null {
  const els = elements(node);
  if (!els) {
    const one = str(node);
    return one === null ? null : [one];
  }
  const out: string[] = [];
  for (const e of els) {
    const s = str(e);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}

/** Entries of a dict literal with string keys. */
export function dict(node: SyntaxNode | null | undefined): Map<string, SyntaxNode> | null {
  node = deref(node);
  if (!node || node.type !== 'dictionary') return null;
  const out = new Map<string, SyntaxNode>();
  for (const pair of node.namedChildren) {
    if (!pair || pair.type !== 'pair') continue;
    const k = str(pair.childForFieldName('key'));
    const v = pair.childForFieldName('value');
    if (k !== null && v) out.set(k, v);
  }
  return out;
}

/** A function's body statements (top-level `def name(...)` of the module, or of a class body). */
export function functionBody(scope: SyntaxNode, name: string): SyntaxNode | null {
  for (const child of scope.namedChildren) {
    let def = child;
    if (def?.type === 'decorated_definition') def = def.childForFieldName('definition');
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def.childForFieldName('body');
  }
  return null;
}

/** Whether a block does nothing: `pass`, a docstring, `...`, comments. */
export function emptyBlock(block: SyntaxNode): boolean {
  for (const s of block.namedChildren) {
    if (!s || s.type === 'comment' || s.type === 'pass_statement') continue;
    if (s.type === 'expression_statement' && s.namedChildren.every((c) => c?.type === 'string' || c?.type === 'ellipsis')) continue;
    return false;
  }
  return true;
}
