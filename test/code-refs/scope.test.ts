/**
 * The default scope of the code-references search is documented as globs (DEFAULT_IGNORED) and run
 * as one regular expression (70 globs cost ~70 µs a path through the glob matcher: 7 s for a
 * 100,000-file listing). They must agree on every path.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_IGNORED, codeScope, ignoredByDefault, isCommentLine } from '../../src/code-refs/scope.js';
import { globMatcher } from '../../src/text/glob.js';

const byGlobs = globMatcher([...DEFAULT_IGNORED]);

const SEGMENTS = [
  'src', 'app', 'internal', 'db', 'migrations', 'migration', 'migrate', 'Migrations', 'alembic', 'versions', 'changelog', 'test', 'tests', '__tests__',
  'spec', 'specs', 'testdata', 'fixtures', 'e2e', 'cypress', 'vendor', 'node_modules', 'third_party', 'dist', 'build', 'target', 'docs', 'doc', 'lib',
  'testing', 'contest', 'specimen', 'builds', 'distro', 'documents', 'examples', 'example', 'api_tests', 'integration-tests',
  'crates_io_test_utils', 'test-utils', 'db_testdata', '.github', '.gitpod', 'meta', 'styles', 'exampled', 'deploy',
];
const NAMES = [
  'user.go', 'user_test.go', 'models.py', 'test_models.py', 'models_test.py', 'user.test.ts', 'user.spec.js', 'user_spec.rb', 'user_test.rb',
  'UserTest.java', 'UserTests.java', 'UserTest.kt', 'UserTests.cs', 'UserTest.cs', 'UserTest.php', 'app.min.js', 'app.min.css', 'app.js.map',
  'Gemfile.lock', 'package-lock.json', 'pnpm-lock.yaml', 'go.sum', 'x.snap', 'logo.svg', 'README.md', 'a.mdx', 'a.rst', 'a.adoc', 'notes.txt',
  'CHANGELOG', 'CHANGELOG.md', 'LICENSE', 'LICENSE-MIT', 'schema.rb', 'structure.sql', 'schema.sql', 'queries.sql', 'user.rb', 'Contest.java',
  'latest.py', 'attest_x.py', 'user.testing.ts', 'mapper.ts', 'locker.go', 'User.cs', 'index.html', 'test_x.pyc',
  'tests.rs', 'contests.rs', 'Button.stories.tsx', 'app.css', 'x.scss', 'main.tf', 'Dockerfile', 'Dockerfile.dev', 'x.dockerfile',
  'NEWS', 'NEWS.md', 'news.go', '0001_snapshot.json', 'snapshot.json', '.gitignore', '.woodpecker.yml', 'styles.ts',
  'schema.patch', 'fix.diff', 'patches.rs', 'diffs.go',
];

describe('the default scope', () => {
  test('the regular expression and the glob list agree on generated paths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 4 }), fc.constantFrom(...NAMES), (dirs, name) => {
        const path = [...dirs, name].join('/');
        expect(ignoredByDefault(path), path).toBe(byGlobs(path));
      }),
      { numRuns: 5000 },
    );
  });

  test('examples: code is searched, tests, docs, migrations and build output are not', () => {
    for (const p of ['internal/users/user.go', 'app/models/user.rb', 'src/schema.rs', 'prisma/schema.prisma', 'web/src/api.ts', 'internal/db/queries/users.sql', 'src/testing/helpers.go']) {
      expect(ignoredByDefault(p), p).toBe(false);
    }
    for (const p of ['db/migrations/001.sql', 'app/test/x.py', 'docs/a.go', 'db/schema.rb', 'vendor/x/y.go', 'web/dist/app.js', 'x_test.go', 'README.md', 'alembic/versions/1_a.py', 'crates/db/src/schema.patch']) {
      expect(ignoredByDefault(p), p).toBe(true);
    }
  });

  test('a JVM package named example is application code; an examples folder is not', () => {
    for (const p of ['src/main/java/com/example/demo/UserRepository.java', 'app/src/main/kotlin/org/example/App.kt', 'io/example/Main.java']) {
      expect(ignoredByDefault(p), p).toBe(false);
    }
    for (const p of ['examples/basic/main.go', 'docs/example/app.py', 'src/main/java/com/example/demo/test/UserTest.java', 'lib/example/x.rb']) {
      expect(ignoredByDefault(p), p).toBe(true);
    }
  });

  test('paths narrows, ignore adds to the defaults', () => {
    const scope = codeScope(['services/**'], ['services/gen/**']);
    expect(scope('services/api/a.go')).toBe(true);
    expect(scope('services/gen/a.go')).toBe(false);
    expect(scope('services/api/a_test.go')).toBe(false);
    expect(scope('tools/a.go')).toBe(false);
  });

  test('whole-line comments by language; a comment after code is code', () => {
    expect(isCommentLine('a.go', '  // legacy_name')).toBe(true);
    expect(isCommentLine('a.py', '# legacy_name')).toBe(true);
    expect(isCommentLine('a.rb', '#{legacy_name}')).toBe(false);
    expect(isCommentLine('a.sql', '-- legacy_name')).toBe(true);
    expect(isCommentLine('a.go', 'x := y // legacy_name')).toBe(false);
    expect(isCommentLine('a.c', '#define LEGACY_NAME 1')).toBe(false);
  });
});
