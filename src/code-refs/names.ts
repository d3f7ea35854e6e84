/**
 * How application code spells a database name: the ORMs map `legacy_name` to `legacyName`,
 * `LegacyName`, `LEGACY_NAME`, and a table `users` to a model `User` (docs/code-references.md).
 */
import pluralize from 'pluralize';

/** The lowercase words of an identifier: `legacy_name`, `legacyName`, `LegacyName`, `LEGACY-NAME` → legacy, name. */
export function wordsOf(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

const capital = (w: string): string => (w.length === 0 ? w : `${w[0]!.toUpperCase()}${w.slice(1)}`);

/**
 * The spellings below are pure functions of one name, asked once per finding and per guessed
 * name: a PR dropping 1,000 columns of one table asked `tableSpellings('wide')` 2,000 times
 * (pluralize's rule lists each time; ~0.15 s of bench/scaling's pr-migrations-1000). Each answer
 * is kept, frozen (no caller may change another's list), in a map emptied when it reaches
 * MEMO_LIMIT names, so memory stays bounded by that, whatever the input.
 */
const MEMO_LIMIT = 10_000;
const NONE: readonly string[] = Object.freeze([]);

function memo<T>(compute: (name: string) => T): (name: string) => T {
  const kept = new Map<string, T>();
  return (name) => {
    let answer = kept.get(name);
    if (answer === undefined) {
      answer = Object.freeze(compute(name));
      if (kept.size >= MEMO_LIMIT) kept.clear();
      kept.set(name, answer);
    }
    return answer;
  };
}

/**
 * `name` as written and as snake_case, camelCase, PascalCase and UPPER_SNAKE. Not kebab-case: code
 * never names a column so, while CSS classes, URLs and YAML keys do (false evidence), and a word
 * with a `-` needs git's slow fixed-string pass (documenso 7f09ba72f4: 4.1 s of 8.3).
 */
export const spellings: (name: string) => readonly string[] = memo((name) => {
  const words = wordsOf(name);
  if (words.length === 0) return [name];
  const snake = words.join('_');
  return [...new Set([name, snake, words[0]! + words.slice(1).map(capital).join(''), words.map(capital).join(''), snake.toUpperCase()])];
});

/**
 * A column's or property's spellings, with the accessors Java, Kotlin and C# generate
 * (`getLegacyName`). A foreign key column `author_id` is also its relation's name (`author`,
 * `Author`): Django's `ForeignKey`, Rails' and Ecto's `belongs_to`, Eloquent's `belongsTo` name the
 * relation, never the column.
 */
export const fieldSpellings: (name: string) => readonly string[] = memo((name) => {
  const words = wordsOf(name);
  const pascal = words.map(capital).join('');
  const accessors = pascal ? ['get', 'set', 'is', 'has'].map((p) => `${p}${pascal}`) : [];
  const relation = words.length > 1 && words[words.length - 1] === 'id' ? spellings(words.slice(0, -1).join('_')) : [];
  return [...new Set([...spellings(name), ...accessors, ...relation])];
});

/** The name without its schema (`public.users` → `users`). */
export function bareName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * A table's spellings, singular and plural (`users` → users, user, User, Users, USERS…;
 * `order_items` → OrderItem…), and those of the name without its first word: Django names a table
 * `<app>_<model>` (`accounts_user` is the model `User`), and prefixes (`tbl_users`, `wp_posts`) are
 * common.
 */
export const tableSpellings: (table: string) => readonly string[] = memo((table) => {
  const { full, unprefixed } = tableSpellingsByKind(table);
  return [...new Set([...full, ...unprefixed])];
});

/**
 * A table's spellings in two sets: `full`, of its whole name, and `unprefixed`, those of the name
 * without its first word that are not also a spelling of the whole name (`worker_instance` →
 * instance, Instance, INSTANCE…). The latter are a guess at a convention and often a common word:
 * a use only where the line or the file's path also names the first word (`accounts/models.py`,
 * `from accounts.models import Profile`). `prefix` is that word, lower case.
 */
export const tableSpellingsByKind: (table: string) => TableSpellings = memo((table): TableSpellings => {
  const bare = bareName(table);
  const words = wordsOf(bare);
  if (words.length === 0) return { full: Object.freeze([bare]), unprefixed: NONE, prefix: null };
  const inflect = (list: string[]): string[] => {
    const last = list[list.length - 1]!;
    return [last, pluralize.singular(last), pluralize.plural(last)].map((form) => [...list.slice(0, -1), form].join('_'));
  };
  const full = [...new Set([bare, ...inflect(words)].flatMap(spellings))];
  if (words.length < 2) return { full: Object.freeze(full), unprefixed: NONE, prefix: null };
  const have = new Set(full);
  const unprefixed = [...new Set(inflect(words.slice(1)).flatMap(spellings))].filter((w) => !have.has(w));
  return { full: Object.freeze(full), unprefixed: Object.freeze(unprefixed), prefix: words[0]! };
});

export interface TableSpellings {
  readonly full: readonly string[];
  readonly unprefixed: readonly string[];
  readonly prefix: string | null;
}
