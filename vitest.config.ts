import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The version the build puts into dist/ (scripts/build.mjs), so that tests see the links users get.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __ROLLBACK_GUARD_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
