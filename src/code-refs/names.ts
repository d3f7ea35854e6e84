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

/** `name` as written and as snake_case, camelCase, PascalCase, UPPER_SNAKE and kebab-case. */
export function spellings(name: string): string[] {
  const words = wordsOf(name);
  if (words.length === 0) return [name];
  const snake = words.join('_');
  const out = [name, snake, words[0]! + words.slice(1).map(capital).join(''), words.map(capital).join(''), snake.toUpperCase()];
  if (words.length > 1) out.push(words.join('-'));
  return [...new Set(out)];
}

/** A column's or property's spellings, with the accessors Java, Kotlin and C# generate (`getLegacyName`). */
export function fieldSpellings(name: string): string[] {
  const pascal = wordsOf(name).map(capital).join('');
  const accessors = pascal ? ['get', 'set', 'is', 'has'].map((p) => `${p}${pascal}`) : [];
  return [...new Set([...spellings(name), ...accessors])];
}

/** The name without its schema (`public.users` → `users`). */
export function bareName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** A table's spellings, singular and plural (`users` → users, user, User, Users, USERS…; `order_items` → OrderItem…). */
export function tableSpellings(table: string): string[] {
  const bare = bareName(table);
  const words = wordsOf(bare);
  if (words.length === 0) return [bare];
  const last = words[words.length - 1]!;
  const forms = new Set([bare]);
  for (const form of [pluralize.singular(last), pluralize.plural(last)]) {
    forms.add([...words.slice(0, -1), form].join('_'));
  }
  return [...new Set([...forms].flatMap(spellings))];
}
