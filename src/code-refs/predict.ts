/**
 * The names a PR's SQL migrations are likely to produce findings about, read by keyword from the
 * changed files' text before any parser has loaded, so the search of base code can start in the
 * background (`Snapshot.prefetchWords`) and run beside the analysis. A guess only: a word it adds
 * costs a little search, a word it misses is searched when the findings ask for it.
 */
import type { AnalysisInput } from '../engine-core.js';
import { isSqlFileName } from '../changes/file-kinds.js';
import { readOrNull } from '../migrations/plan.js';
import { bareName, fieldSpellings, spellings, tableSpellings } from './names.js';

const IDENT = String.raw`(?:"[^"\n]+"|\x60[^\x60\n]+\x60|\[[^\]\n]+\]|[A-Za-z_][\w$]*)`;
const QUALIFIED = String.raw`${IDENT}(?:\s*\.\s*${IDENT})*`;
const TABLE = new RegExp(String.raw`\b(?:ALTER|DROP|RENAME|TRUNCATE)\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(${QUALIFIED})`, 'gi');
const RENAME_TABLE = new RegExp(String.raw`\bRENAME\s+TABLE\s+(${QUALIFIED})`, 'gi');
const COLUMN = new RegExp(String.raw`\b(?:DROP|ALTER|MODIFY|CHANGE)\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(${IDENT})|\bRENAME\s+(?:COLUMN\s+)?(${IDENT})\s+TO\b`, 'gi');
const OBJECT = new RegExp(String.raw`\b(?:DROP|ALTER)\s+(?:MATERIALIZED\s+VIEW|VIEW|TYPE|DOMAIN|FUNCTION|PROCEDURE|SEQUENCE|INDEX)\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?(${QUALIFIED})|\bRENAME\s+CONSTRAINT\s+(${IDENT})`, 'gi');
const ENUM_VALUE = /\bRENAME\s+VALUE\s+'([^'\n]*)'/gi;
/**
 * A column added NOT NULL (`add-required-column` asks who inserts into its table): its definition,
 * on one line, up to NOT NULL, through parenthesised type arguments (`numeric(10, 2)`), never past a
 * comma or semicolon of the statement; at most 100 parts, so each `ADD` costs a bounded scan.
 */
const ADD_REQUIRED = new RegExp(String.raw`\bADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})(?:\([^()\n]{0,40}\)|[^,;()\n]){0,100}?\bNOT\s+NULL\b`, 'gi');

/** Most text read for the guess: past it, the analysis's own findings ask for the rest. */
const MAX_GUESS_CHARS = 4 * 1024 * 1024;
/** More names than this are no guess worth a search of the whole tree (the findings ask for theirs). */
const MAX_GUESSED_WORDS = 512;

/** Spellings of the names the PR's changed SQL files drop, rename or alter, and of the columns they add NOT NULL. */
export function likelyCodeWords(input: AnalysisInput): string[] {
  const words = new Set<string>();
  let budget = MAX_GUESS_CHARS;
  for (const file of input.changes.files) {
    // The set only grows, and past MAX_GUESSED_WORDS the answer is no guess: reading the other
    // files cannot change it (a PR adding 1,000 migrations passed it by its 60th: ~80 ms saved).
    if (words.size > MAX_GUESSED_WORDS) return [];
    if (file.status === 'deleted' || !isSqlFileName(file.path) || budget <= 0) continue;
    let text = readOrNull(input.changes.headTree, file.path);
    if (!text) continue;
    // A modified file (a Liquibase changelog of 20,000 changesets that gains one): its new lines only.
    if (file.status === 'modified') text = newLines(text, readOrNull(input.changes.baseTree, file.oldPath ?? file.path));
    text = text.slice(0, budget);
    budget -= text.length;
    const add = (list: readonly string[]): void => list.forEach((w) => words.add(w));
    for (const m of text.matchAll(TABLE)) add(tableSpellings(unquote(m[1]!)));
    for (const m of text.matchAll(RENAME_TABLE)) add(tableSpellings(unquote(m[1]!)));
    for (const m of text.matchAll(COLUMN)) if (!objectKeyword(m)) add(fieldSpellings(unquote(m[1] ?? m[2]!)));
    for (const m of text.matchAll(ADD_REQUIRED)) if (!objectKeyword(m)) add(fieldSpellings(unquote(m[1]!)));
    for (const m of text.matchAll(OBJECT)) add(spellings(bareName(unquote(m[1] ?? m[2]!))));
    for (const m of text.matchAll(ENUM_VALUE)) words.add(m[1]!);
  }
  return words.size > MAX_GUESSED_WORDS ? [] : [...words];
}

/**
 * Words COLUMN takes for a column but that name the kind of object a statement changes (`ALTER
 * TABLE`, `DROP CONSTRAINT`, `ALTER … DROP NOT NULL`): guessed, they would add `table`, `Table`,
 * `getTable`… to every search. Written `COLUMN x` or quoted, the same word is a column's name.
 */
const OBJECT_KEYWORDS = new Set([
  'table', 'constraint', 'index', 'view', 'materialized', 'type', 'domain', 'function', 'procedure', 'sequence', 'schema', 'trigger',
  'default', 'not', 'primary', 'foreign', 'unique', 'check', 'key', 'partition', 'expression', 'identity', 'extension', 'policy',
]);

function objectKeyword(m: RegExpMatchArray): boolean {
  const word = m[1] ?? m[2]!;
  return !/^["`[]/.test(word) && OBJECT_KEYWORDS.has(word.toLowerCase()) && !/\bCOLUMN\s/i.test(m[0]);
}

/** The lines of `head` that `base` does not have (all of them when base cannot be read). */
function newLines(head: string, base: string | null): string {
  if (base === null) return head;
  const old = new Set(base.split(/\r?\n/));
  return head
    .split(/\r?\n/)
    .filter((line) => !old.has(line))
    .join('\n');
}

/** `"Users"` → Users, `public.users` → public.users, `ORDERS` → orders (unquoted names fold to lower case). */
function unquote(name: string): string {
  return name
    .split(/\s*\.\s*/)
    .map((part) => (/^["`[]/.test(part) ? part.slice(1, -1) : part.toLowerCase()))
    .join('.');
}
