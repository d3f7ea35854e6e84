/**
 * What every adapter builds its statements with: a mapped call (its operations, at the call's
 * lines), a call nobody can read (`unparsed-statement` at its line, naming it), and SQL written as
 * a string literal inside the code, which goes through the SQL path (split, parse) with its
 * statements' offsets and lines mapped back into the code file.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import { parseFile } from '../parse-files.js';
import type { SyntaxNode } from './tree-sitter.js';

/** Longest text kept of a call in a statement (a RunPython body can be long; the line says where it is). */
const MAX_CALL_TEXT = 2_000;

function span(node: SyntaxNode, dialect: Dialect): Omit<Statement, 'status' | 'ops'> {
  return {
    text: node.text.length > MAX_CALL_TEXT ? node.text.slice(0, MAX_CALL_TEXT) : node.text,
    start: node.startIndex,
    end: node.endIndex,
    line: node.startPosition.row + 1,
    endLine: node.endPosition.row + 1,
    column: node.startPosition.column + 1,
    dialect,
  };
}

/** A call an adapter read whole: its operations, each at the call's first line unless it says otherwise. */
export function callStatement(node: SyntaxNode, ops: Operation[], dialect: Dialect): Statement {
  const line = node.startPosition.row + 1;
  return { ...span(node, dialect), status: 'parsed', ops: ops.map((op) => (op.line === undefined ? { ...op, line } : op)) };
}

/**
 * A call the gate cannot read (code it would have to run, a name only known at run time, a call no
 * adapter maps): `unparsed-statement` at its line. `why` names the call and what is missing.
 */
export function unreadStatement(node: SyntaxNode, why: string, dialect: Dialect, ops: Operation[] = []): Statement {
  return { ...span(node, dialect), status: 'unparsed', error: why, ops };
}

/** A string literal's value, and where its text sits in the code file. */
export interface StringLiteral {
  value: string;
  /** Interpolated (`f"…{x}"`, `"#{x}"`, `` `${x}` ``, `"$x"`): its value is only known at run time. */
  interpolated: boolean;
  /**
   * True when `value` is the file's text between `offset` and `offset + value.length` (no escape
   * sequence, one literal): each statement's line and column map exactly; else they map to the literal's first line.
   */
  exact: boolean;
  /** Offset, 0-based line and column (UTF-16) of the value's first character in the code file. */
  offset: number;
  row: number;
  column: number;
  node: SyntaxNode;
}

/** Node types of string literals across the grammars (Python, Ruby, PHP, C#, JS/TS, Java). */
const STRING_TYPES = new Set([
  'string', 'concatenated_string', 'template_string', 'string_literal', 'verbatim_string_literal', 'raw_string_literal',
  'interpolated_string_expression', 'encapsed_string', 'heredoc', 'nowdoc', 'text_block', 'string_value',
]);
/** Children that make a literal's value depend on run time. */
const INTERPOLATION_TYPES = new Set(['interpolation', 'template_substitution', 'variable_name', 'simple_variable', 'dynamic_variable_name', 'member_access_expression', 'subscript_expression']);
const CONTENT_TYPES = new Set(['string_content', 'string_fragment', 'escape_sequence', 'heredoc_content', 'heredoc_body', 'nowdoc_body', 'string_literal_content', 'multi_line_string_fragment', 'string_value']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"', '`': '`', $: '$', '#': '#', '\n': '' };

function decodeEscape(raw: string): string {
  if (raw.length < 2 || raw[0] !== '\\') return raw;
  const mapped = ESCAPES[raw[1]];
  if (mapped !== undefined && raw.length === 2) return mapped;
  const hex = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|U([0-9a-fA-F]{8}))$/.exec(raw);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4], 16));
  return raw;
}

/** Whether a node is a string literal of one of the grammars. */
export function isStringNode(node: SyntaxNode): boolean {
  return STRING_TYPES.has(node.type);
}

/**
 * The value of a string literal node (a Python `"a" "b"` concatenation and a parenthesised literal
 * included); null when the node is no literal (a variable, a call, `"a" + x`): code.
 */
export function stringLiteral(node: SyntaxNode): StringLiteral | null {
  let n = node;
  // `("SELECT …" "…")`: the parentheses group, nothing else.
  while (n.type === 'parenthesized_expression' && n.namedChildren.length === 1 && n.namedChildren[0]) n = n.namedChildren[0];
  if (n.type === 'concatenated_string') {
    const parts = n.namedChildren.filter((c): c is SyntaxNode => c !== null).map(stringLiteral);
    if (parts.length === 0 || parts.some((p) => p === null)) return null;
    const ok = parts as StringLiteral[];
    return { ...ok[0], value: ok.map((p) => p.value).join(''), interpolated: ok.some((p) => p.interpolated), exact: ok.length === 1 && ok[0].exact, node: n };
  }
  if (!STRING_TYPES.has(n.type)) return null;
  const children = n.children.filter((c): c is SyntaxNode => c !== null);
  let interpolated = false;
  let exact = true;
  let value = '';
  let first: SyntaxNode | null = null;
  let last: SyntaxNode | null = null;
  for (const c of children) {
    if (INTERPOLATION_TYPES.has(c.type)) interpolated = true;
    if (!CONTENT_TYPES.has(c.type) && !INTERPOLATION_TYPES.has(c.type)) continue;
    first ??= c;
    last = c;
  }
  if (first === null || last === null) {
    // An empty literal, or a grammar whose string has no content children (`'x'` as one token).
    const m = /^[A-Za-z@$]*("""|'''|["'`])([\s\S]*)\1$/.exec(n.text);
    const inner = m ? m[2] : '';
    const offset = n.startIndex + (m ? n.text.indexOf(m[1]) + m[1].length : n.text.length);
    return { value: inner, interpolated: false, exact: !inner.includes('\\'), offset, row: n.startPosition.row, column: n.startPosition.column + (offset - n.startIndex), node: n };
  }
  // The value: the text between the first and last content child (gaps included: some grammars
  // leave plain text unnamed), escape sequences decoded (the offsets of what follows one move).
  const from = first.startIndex;
  const whole = n.text.slice(from - n.startIndex, last.endIndex - n.startIndex);
  const escapes = n.descendantsOfType('escape_sequence').filter((e): e is SyntaxNode => e !== null && e.startIndex >= from && e.endIndex <= last.endIndex);
  let at = 0;
  for (const e of escapes) {
    const decoded = decodeEscape(e.text);
    value += whole.slice(at, e.startIndex - from) + decoded;
    at = e.endIndex - from;
    if (decoded !== e.text) exact = false;
  }
  value += whole.slice(at);
  return { value, interpolated, exact, offset: first.startIndex, row: first.startPosition.row, column: first.startPosition.column, node: n };
}

/**
 * The SQL of a string literal, through the SQL path: split and parsed in `dialect`, each statement's
 * offsets, line and column (and its operations' lines) mapped into the code file. An interpolated
 * literal is not read: one unparsed statement, named by `call`.
 */
export function sqlStatements(literal: StringLiteral, dialect: Dialect, call: string): Statement[] {
  if (literal.interpolated) {
    return [unreadStatement(literal.node, `${call} runs SQL built at run time (an interpolated string), which the gate cannot read`, dialect)];
  }
  const { value } = literal;
  const parsed = parseFile({ text: value, sections: [{ part: 'up', start: 0, end: value.length, line: 1 }] }, dialect);
  const baseLine = literal.row + 1;
  const at = (line: number): number => (literal.exact ? baseLine + line - 1 : baseLine);
  return parsed.forward.map((s) => ({
    ...s,
    start: literal.exact ? literal.offset + s.start : literal.node.startIndex,
    end: literal.exact ? literal.offset + s.end : literal.node.endIndex,
    line: at(s.line),
    endLine: literal.exact ? baseLine + s.endLine - 1 : literal.node.endPosition.row + 1,
    column: literal.exact && s.line === 1 ? literal.column + s.column : literal.exact ? s.column : literal.column + 1,
    ops: s.ops.map((op) => relineOperation(op, at)),
  }));
}

/**
 * An operation's lines moved from the SQL string into the code file: its own, and the ones it
 * carries for its parts (a column's or constraint's definition inside `CREATE TABLE`, where a
 * SQLite table rebuild reports a renamed or retyped column).
 */
function relineOperation(op: Operation, at: (line: number) => number): Operation {
  const col = (c: ColumnInfo): ColumnInfo => (c.line === undefined ? c : { ...c, line: at(c.line) });
  const out: Operation = op.line === undefined ? { ...op } : { ...op, line: at(op.line) };
  if (out.kind === 'create-table') {
    out.columns = out.columns.map(col);
    if (out.constraints) out.constraints = out.constraints.map((c) => (c.line === undefined ? c : { ...c, line: at(c.line) }));
  } else if (out.kind === 'add-column') out.column = col(out.column);
  else if (out.kind === 'redefine-column') out.def = col(out.def);
  return out;
}

/** The statements of a call that takes SQL: its literal read as SQL, anything else (a variable, a call) unread code. */
export function sqlArgument(arg: SyntaxNode | null, call: SyntaxNode, dialect: Dialect, name: string): Statement[] {
  const literal = arg ? stringLiteral(arg) : null;
  if (!literal) return [unreadStatement(call, `${name} runs SQL that is not a string literal (${arg ? 'a value computed at run time' : 'no argument'}), which the gate cannot read`, dialect)];
  return sqlStatements(literal, dialect, name);
}
