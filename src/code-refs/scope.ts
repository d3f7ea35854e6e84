/**
 * Which files of the base commit count as the previous release's application code, and which of
 * their lines are code at all (docs/code-references.md, "What is searched").
 */
import { globMatcher } from '../text/glob.js';

/**
 * Left out of the search by default: the migrations themselves (they name every column they ever
 * made), tests, documentation, other projects' code, build output and lock files. The
 * configuration's `code-references.ignore` adds to this list, it never replaces it.
 */
export const DEFAULT_IGNORED = [
  // Migrations and schema dumps (SQL migrations are also left out by the detector, wherever they are).
  '**/migrations/**', '**/migration/**', '**/migrate/**', '**/Migrations/**', '**/alembic/versions/**',
  '**/db/schema.rb', '**/db/structure.sql', '**/changelog/**', '**/changelogs/**',
  // Tests, test helpers and examples.
  '**/test/**', '**/tests/**', '**/__tests__/**', '**/spec/**', '**/specs/**', '**/*testdata*/**', '**/test-data/**',
  '**/fixtures/**', '**/__fixtures__/**', '**/__mocks__/**', '**/e2e/**', '**/cypress/**', '**/*_tests/**', '**/*-tests/**',
  '**/*test_utils/**', '**/*test-utils/**', '**/examples/**', '**/example/**',
  '**/*_test.go', '**/*_test.py', '**/test_*.py', '**/*.test.*', '**/*.spec.*', '**/*_spec.rb', '**/*_test.rb', '**/tests.rs',
  '**/*.stories.*', '**/*Test.java', '**/*Tests.java', '**/*Test.kt', '**/*Tests.cs', '**/*Test.cs', '**/*Test.php', '**/*_test.exs',
  // Dot-files and dot-folders (CI, editor and tool settings: .github/, .woodpecker.yml, .gitignore).
  '**/.*', '**/.*/**',
  // Documentation.
  'docs/**', 'doc/**', '**/*.md', '**/*.mdx', '**/*.rst', '**/*.adoc', '**/*.txt', '**/CHANGELOG*', '**/LICENSE*',
  // Other projects' code, build output, generated and lock files.
  '**/vendor/**', '**/node_modules/**', '**/third_party/**', '**/third-party/**', '**/bower_components/**',
  '**/dist/**', '**/build/**', '**/target/**', '**/*.min.js', '**/*.min.css', '**/*.map', '**/*.lock',
  '**/package-lock.json', '**/pnpm-lock.yaml', '**/go.sum', '**/*.snap', '**/*.svg', '**/meta/*_snapshot.json',
  // Patches and diffs (diesel's schema.patch, vendored fixes): changes to text, not code that runs.
  '**/*.patch', '**/*.diff',
  // Styles, infrastructure and release notes: they name tables' words, never their columns' use.
  '**/*.css', '**/*.scss', '**/*.sass', '**/*.less', '**/*.tf', '**/Dockerfile*', '**/*.dockerfile', '**/NEWS*',
];

/**
 * Extensions of files that are application code (a search that covered none of them cannot say
 * that nothing uses an object). Templates and query files count; data files (JSON, YAML) and shell
 * scripts (a migrations-only repository's entrypoint.sh, as in reportportal/migrations) are
 * searched but do not make a search count as covering code.
 */
const SOURCE_EXTENSIONS = new Set([
  'go', 'rb', 'erb', 'haml', 'slim', 'rake', 'py', 'pyi', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'vue', 'svelte',
  'java', 'kt', 'kts', 'scala', 'groovy', 'clj', 'cs', 'fs', 'vb', 'php', 'twig', 'rs', 'ex', 'exs', 'eex', 'heex', 'erl',
  'swift', 'm', 'mm', 'c', 'h', 'cc', 'cpp', 'hpp', 'dart', 'lua', 'pl', 'pm', 'r', 'jl', 'hs', 'ml', 'sql', 'prisma',
  'graphql', 'gql', 'cshtml', 'razor', 'jsp', 'html',
]);

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isSourceFile(path: string): boolean {
  return SOURCE_EXTENSIONS.has(extensionOf(path));
}

/**
 * DEFAULT_IGNORED as one regular expression over the path: the glob matcher costs ~70 µs a path
 * for these 70 globs, 7 s for a 100,000-file listing; this takes ~1 µs. Every alternative is
 * anchored at a `/` or the start and crosses no `/` but where written, so it cannot backtrack
 * beyond one segment. test/code-refs/scope.test.ts holds it to the glob list on generated paths.
 */
const DEFAULT_IGNORED_RE = new RegExp(
  [
    '(?:^|/)(?:migrations|migration|migrate|Migrations|changelog|changelogs|test|tests|__tests__|spec|specs|[^/]*testdata[^/]*|test-data|fixtures|__fixtures__|__mocks__|e2e|cypress|[^/]*_tests|[^/]*-tests|[^/]*test_utils|[^/]*test-utils|examples|example|vendor|node_modules|third_party|third-party|bower_components|dist|build|target)/',
    '(?:^|/)\\.',
    '(?:^|/)alembic/versions/',
    '^(?:docs|doc)/',
    '(?:^|/)db/(?:schema\\.rb|structure\\.sql)$',
    '(?:^|/)[^/]*(?:_test\\.(?:go|py|rb|exs)|\\.test\\.[^/]*|\\.spec\\.[^/]*|\\.stories\\.[^/]*|_spec\\.rb|Tests?\\.(?:java|cs)|Test\\.(?:kt|php)|\\.min\\.(?:js|css)|\\.(?:map|lock|snap|svg|md|mdx|rst|adoc|txt|css|scss|sass|less|tf|dockerfile|patch|diff))$',
    '(?:^|/)(?:tests\\.rs|Dockerfile[^/]*|NEWS[^/]*)$',
    '(?:^|/)meta/[^/]*_snapshot\\.json$',
    '(?:^|/)test_[^/]*\\.py$',
    '(?:^|/)(?:CHANGELOG|LICENSE)[^/]*$',
    '(?:^|/)(?:package-lock\\.json|pnpm-lock\\.yaml|go\\.sum)$',
  ].join('|'),
);

/**
 * A JVM package named `example` (`src/main/java/com/example/demo/`, the Spring Initializr default):
 * application code, not an examples folder. Without this exception a whole application was left
 * out, and a drop its Java code still used could be called unused when other code was searched.
 */
const EXAMPLE_PACKAGE = /(^|\/)(com|org|net|io)\/examples?\//g;

/** Whether the default list leaves a path out (DEFAULT_IGNORED; a package `com/example/` is not an examples folder). */
export function ignoredByDefault(path: string): boolean {
  return DEFAULT_IGNORED_RE.test(path.includes('example') ? path.replace(EXAMPLE_PACKAGE, '$1$2/x/') : path);
}

/** Whether a path is in the searched code: inside `paths` (when given), outside the defaults, `ignore` and `ignore-paths`. */
export function codeScope(paths: readonly string[], ignore: readonly string[]): (path: string) => boolean {
  const inPaths = paths.length > 0 ? globMatcher([...paths]) : () => true;
  const ignored = ignore.length > 0 ? globMatcher([...ignore]) : () => false;
  return (path) => inPaths(path) && !ignoredByDefault(path) && !ignored(path);
}

const SLASH_COMMENTS = new Set(['go', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'fs', 'php', 'rs', 'swift', 'c', 'h', 'cc', 'cpp', 'hpp', 'dart', 'm', 'mm', 'vue', 'svelte', 'prisma']);
const HASH_COMMENTS = new Set(['rb', 'rake', 'py', 'pyi', 'ex', 'exs', 'php', 'sh', 'yaml', 'yml', 'toml', 'r', 'pl', 'pm', 'jl', 'graphql', 'gql', 'conf', 'cfg', 'ini']);
const DASH_COMMENTS = new Set(['sql', 'lua', 'hs']);

/**
 * Whether a line is a comment as a whole (a `// TODO drop legacy_name` names a column but does not
 * use it). Only whole-line comments by the file's language; a comment after code is code.
 */
export function isCommentLine(path: string, text: string): boolean {
  const line = text.trimStart();
  const ext = extensionOf(path);
  if (SLASH_COMMENTS.has(ext) && (line.startsWith('//') || line.startsWith('/*') || line.startsWith('* ') || line === '*')) return true;
  if (HASH_COMMENTS.has(ext) && line.startsWith('#') && !line.startsWith('#{')) return true;
  if (DASH_COMMENTS.has(ext) && line.startsWith('--')) return true;
  if ((ext === 'html' || ext === 'xml' || ext === 'erb' || ext === 'vue') && line.startsWith('<!--')) return true;
  return false;
}
