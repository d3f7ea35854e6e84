/**
 * The parser layer for migrations written as code: tree-sitter (WebAssembly) with prebuilt grammars
 * from `@vscode/tree-sitter-wasm` (runtime and grammars built together, so their ABI always agrees;
 * no install scripts). Nothing of the repository runs: its text is parsed into a syntax tree.
 *
 * Loading is asynchronous and lazy (`loadLanguage`): the runtime and a grammar are read only when a
 * PR touches a migration in that language, so a SQL-only repository never loads them. Parsing is
 * synchronous (`parseCode`), as the rest of the analysis is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Languages the layer can load; each name maps to `tree-sitter-<name>.wasm`. */
export const CODE_LANGUAGES = ['python', 'ruby', 'php', 'c-sharp', 'java', 'javascript', 'typescript', 'tsx'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** A position in the text: 0-based row, and column in UTF-16 code units. */
export interface Point {
  row: number;
  column: number;
}

/** The part of tree-sitter's `Node` the adapters use (offsets are UTF-16 code units, like JS strings). */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly isNamed: boolean;
  readonly isError: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  readonly parent: SyntaxNode | null;
  readonly children: (SyntaxNode | null)[];
  readonly namedChildren: (SyntaxNode | null)[];
  readonly childCount: number;
  childForFieldName(field: string): SyntaxNode | null;
  descendantsOfType(types: string | string[]): (SyntaxNode | null)[];
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
  delete(): void;
}

interface TreeSitterParser {
  setLanguage(language: unknown): TreeSitterParser;
  parse(text: string): SyntaxTree | null;
}

interface TreeSitterModule {
  Parser: { init(options: { wasmBinary: Uint8Array }): Promise<void>; new (): TreeSitterParser };
  Language: { load(bytes: Uint8Array): Promise<unknown> };
}

let runtime: Promise<TreeSitterModule> | undefined;
const loading = new Map<CodeLanguage, Promise<void>>();
const parsers = new Map<CodeLanguage, TreeSitterParser>();

/**
 * Where a `.wasm` file is: beside the bundle in `dist/` (the Action runs with no node_modules),
 * else in the package (tests and `tsc` builds run from the sources).
 */
function wasmPath(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, name);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(`@vscode/tree-sitter-wasm/wasm/${name}`);
}

function loadRuntime(): Promise<TreeSitterModule> {
  runtime ??= (async () => {
    const imported = (await import('@vscode/tree-sitter-wasm')) as unknown as TreeSitterModule & { default?: TreeSitterModule };
    const mod = imported.default ?? imported;
    // The runtime's bytes are handed over: it never looks for its file (or fetches) by itself.
    await mod.Parser.init({ wasmBinary: readFileSync(wasmPath('tree-sitter.wasm')) });
    return mod;
  })();
  return runtime;
}

/** Load the runtime (once) and one grammar (once); later calls wait for the same load. */
export function loadLanguage(name: CodeLanguage): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      const mod = await loadRuntime();
      const language = await mod.Language.load(readFileSync(wasmPath(`tree-sitter-${name}.wasm`)));
      const parser = new mod.Parser();
      parser.setLanguage(language);
      parsers.set(name, parser);
    })();
    loading.set(name, pending);
  }
  return pending;
}

/** Whether `loadLanguage(name)` has finished (tests and the engine assert nothing loads for SQL-only work). */
export function isLanguageLoaded(name: CodeLanguage): boolean {
  return parsers.has(name);
}

/**
 * Parse `text` with a loaded grammar; null when the grammar is not loaded (the caller reports the
 * file as unread, never a silent pass). The caller deletes the tree (it lives in WASM memory).
 */
export function parseCode(name: CodeLanguage, text: string): SyntaxTree | null {
  const parser = parsers.get(name);
  if (!parser) return null;
  return parser.parse(text);
}

/** Whether two nodes are the same node (the binding makes a new object at each access: never compare with ===). */
export function sameNode(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  return !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/** The first ERROR or MISSING node of a tree, in document order (a subtree without errors is skipped whole). */
export function firstSyntaxError(root: SyntaxNode): SyntaxNode | null {
  if (!root.hasError) return null;
  // Iterative descent along the first child that has an error: bounded by the tree's depth, no recursion.
  let node = root;
  for (;;) {
    if (node.isError || node.isMissing) return node;
    let next: SyntaxNode | null = null;
    for (const child of node.children) {
      if (child && (child.isError || child.isMissing || child.hasError)) {
        next = child;
        break;
      }
    }
    if (!next) return node;
    node = next;
  }
}
