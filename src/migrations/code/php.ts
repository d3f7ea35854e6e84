/**
 * PHP readers shared by the Laravel and Doctrine adapters: arguments (positional and PHP 8 named),
 * string literals (heredocs included), arrays of names, and the chain of a fluent call
 * (`$table->string('c')->nullable()->change()`).
 */
import type { Dialect } from '../../config/types.js';
import type { Statement } from '../model.js';
import { sqlStatements, stringLiteral, unreadStatement, type StringLiteral } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

export interface PhpArgs {
  positional: SyntaxNode[];
  named: Map<string, SyntaxNode>;
  /** `...$cols`: known at run time only. */
  spread: boolean;
}

export function phpArgs(call: SyntaxNode): PhpArgs {
  const out: PhpArgs = { positional: [], named: new Map(), spread: false };
  const list = call.childForFieldName('arguments');
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'variadic_unpacking') {
      out.spread = true;
      continue;
    }
    const name = a.childForFieldName('name');
    const value = a.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment' && !(name && c.startIndex === name.startIndex)).at(-1);
    if (!value) continue;
    if (value.type === 'variadic_unpacking' || a.text.startsWith('...')) out.spread = true;
    else if (name) out.named.set(name.text, value);
    else out.positional.push(value);
  }
  return out;
}

/** Argument `i`, or the named argument `name` (PHP 8). */
export function phpArg(args: PhpArgs, i: number, name: string): SyntaxNode | undefined {
  return args.named.get(name) ?? args.positional[i];
}

/** Node types of PHP interpolations (in `"…"` and heredocs, at any depth). */
const PHP_INTERPOLATIONS = ['variable_name', 'member_access_expression', 'subscript_expression', 'dynamic_variable_name', 'member_call_expression'];

/** A PHP string literal (`'…'`, `"…"`, heredoc, nowdoc); null for anything computed (`'a' . $b`). */
export function phpString(node: SyntaxNode | null | undefined): StringLiteral | null {
  if (!node) return null;
  const lit = stringLiteral(node);
  if (!lit) return null;
  // A heredoc's interpolations sit inside its body, not among the literal's children.
  if (!lit.interpolated && (node.type === 'heredoc' || node.type === 'encapsed_string') && node.descendantsOfType(PHP_INTERPOLATIONS).some((d) => d !== null)) {
    return { ...lit, interpolated: true };
  }
  if (node.type === 'heredoc' && lit.value.startsWith('\n')) {
    // The body starts after `<<<SQL`'s line end: the value starts on the next line.
    return { ...lit, value: lit.value.slice(1), offset: lit.offset + 1, row: lit.row + 1, column: 0 };
  }
  return lit;
}

/** A literal name (`'users'`); null when computed or interpolated. */
export function phpName(node: SyntaxNode | null | undefined): string | null {
  const lit = phpString(node);
  return lit && !lit.interpolated ? lit.value : null;
}

/** `'a'` or `['a', 'b']` → names; null when any is computed. */
export function phpNames(node: SyntaxNode | null | undefined): string[] | null {
  if (!node) return null;
  const one = phpName(node);
  if (one !== null) return [one];
  if (node.type !== 'array_creation_expression') return null;
  const out: string[] = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === 'comment') continue;
    if (e.type !== 'array_element_initializer' || e.namedChildren.length !== 1) return null;
    const name = phpName(e.namedChildren[0]);
    if (name === null) return null;
    out.push(name);
  }
  return out;
}

/** The keys of an array literal (`['a' => 1, 'b' => 2]` → a, b); null when any key is computed or missing. */
export function phpArrayKeys(node: SyntaxNode | null | undefined): string[] | null {
  if (node?.type !== 'array_creation_expression') return null;
  const out: string[] = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === 'comment') continue;
    if (e.type !== 'array_element_initializer' || e.namedChildren.length !== 2) return null;
    const key = phpName(e.namedChildren[0]);
    if (key === null) return null;
    out.push(key);
  }
  return out;
}

export function phpBool(node: SyntaxNode | null | undefined): boolean | null {
  if (node?.type !== 'boolean') return null;
  return node.text.toLowerCase() === 'true';
}

export function phpInt(node: SyntaxNode | null | undefined): number | null {
  return node?.type === 'integer' ? Number(node.text.replace(/_/g, '')) : null;
}

export function isPhpNull(node: SyntaxNode | null | undefined): boolean {
  return node?.type === 'null';
}

/** One call of a fluent chain: its method name, arguments and node. */
export interface ChainLink {
  method: string;
  args: PhpArgs;
  node: SyntaxNode;
}

/**
 * A call chain from its receiver (`$table->string('c')->nullable()` → root `$table`, links
 * string, nullable). The root is what the first call is made on: a variable, or a static call
 * (`Schema::table(…)`, which is the first link, with `scope` set). Loops over the chain's length.
 */
export function phpChain(node: SyntaxNode): { root: SyntaxNode; scope: string | null; links: ChainLink[] } | null {
  const links: ChainLink[] = [];
  let n: SyntaxNode = node;
  for (;;) {
    if (n.type === 'member_call_expression' || n.type === 'nullsafe_member_call_expression') {
      const name = n.childForFieldName('name');
      const object = n.childForFieldName('object');
      if (!name || !object || name.type !== 'name') return null;
      links.push({ method: name.text, args: phpArgs(n), node: n });
      n = object;
      continue;
    }
    if (n.type === 'scoped_call_expression') {
      const name = n.childForFieldName('name');
      const scope = n.childForFieldName('scope');
      if (!name || !scope || name.type !== 'name') return null;
      links.push({ method: name.text, args: phpArgs(n), node: n });
      links.reverse();
      return { root: n, scope: scope.text.replace(/^.*\\/, ''), links };
    }
    links.reverse();
    return { root: n, scope: null, links };
  }
}

/** A closure's first parameter (`function (Blueprint $table)` / `fn ($t) =>` → `$table`) and its body. */
export function phpClosure(node: SyntaxNode | null | undefined): { param: string | null; body: SyntaxNode } | null {
  if (!node || (node.type !== 'anonymous_function' && node.type !== 'arrow_function' && node.type !== 'anonymous_function_creation_expression')) return null;
  const body = node.childForFieldName('body');
  if (!body) return null;
  const first = node.childForFieldName('parameters')?.namedChildren.find((p) => p?.type === 'simple_parameter');
  return { param: first?.childForFieldName('name')?.text ?? null, body };
}

/** The statements of a body: a `{ … }` block's children, or an arrow function's one expression. */
export function phpStatements(body: SyntaxNode): SyntaxNode[] {
  if (body.type !== 'compound_statement') return [body];
  return body.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** Methods of PHP classes whose base class name matches: `[name → method_declaration]`. */
export function phpMethods(root: SyntaxNode, base: RegExp): { cls: SyntaxNode; methods: Map<string, SyntaxNode> }[] {
  const out: { cls: SyntaxNode; methods: Map<string, SyntaxNode> }[] = [];
  for (const cls of root.descendantsOfType(['class_declaration', 'anonymous_class'])) {
    if (!cls) continue;
    const baseClause = cls.namedChildren.find((c) => c?.type === 'base_clause');
    if (!baseClause || !base.test(baseClause.text)) continue;
    const methods = new Map<string, SyntaxNode>();
    for (const m of cls.childForFieldName('body')?.namedChildren ?? []) {
      const name = m?.type === 'method_declaration' ? m.childForFieldName('name')?.text : undefined;
      if (m && name) methods.set(name.toLowerCase(), m);
    }
    out.push({ cls, methods });
  }
  return out;
}

/** The statements of a call that takes SQL (`DB::statement`, `$this->addSql`): a PHP literal through the SQL path, anything else unread. */
export function phpSql(arg: SyntaxNode | undefined, call: SyntaxNode, dialect: Dialect, name: string): Statement[] {
  const literal = phpString(arg);
  if (!literal) return [unreadStatement(call, `${name} runs SQL that is not a string literal (${arg ? 'a value computed at run time' : 'no argument'}), which the gate cannot read`, dialect)];
  return sqlStatements(literal, dialect, name);
}
