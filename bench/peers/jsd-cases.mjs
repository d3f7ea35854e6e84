// json-schema-diff 1.0.0's table cases (test/unit/json-schema-diff/*.spec.ts), read without running
// the peer: each spec file is compiled with esbuild and evaluated with `describe` and
// `registerDiffTestCases` stubbed, so only the tables are collected. Each table case gives two
// cases, as the peer's own tests run them: a→b, and b→a with added and removed swapped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const require = createRequire(join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'package.json'));

const answerOf = (added, removed) => (added !== false ? (removed !== false ? 'added+removed' : 'added') : removed !== false ? 'removed' : 'none');

/** @returns {{case: string, base: unknown, head: unknown, answer: 'none'|'added'|'removed'|'added+removed'}[]} */
export function jsdCases(peersDir) {
  const dir = join(peersDir, 'jsd/package/test/unit/json-schema-diff');
  if (!existsSync(dir)) throw new Error(`no json-schema-diff package at ${dir}: see bench/peers/README.md`);
  const { transformSync } = require('esbuild');
  const found = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.spec.ts')).sort()) {
    const code = transformSync(readFileSync(join(dir, file), 'utf8'), { loader: 'ts', format: 'cjs' }).code;
    const stack = [file.replace(/\.spec\.ts$/, '')];
    const describe = (name, fn) => {
      stack.push(name);
      try {
        fn();
      } finally {
        stack.pop();
      }
    };
    const fakeRequire = (m) =>
      m.endsWith('register-diff-test-cases')
        ? { registerDiffTestCases: (cases) => cases.forEach((c) => found.push({ path: [...stack], c })) }
        : new Proxy({}, { get: () => () => undefined });
    const noop = () => {};
    const sandbox = { require: fakeRequire, module: { exports: {} }, exports: {}, describe, fdescribe: describe, xdescribe: noop, it: noop, fit: noop, beforeEach: noop, afterEach: noop, expect: () => ({}) };
    vm.runInNewContext(code, sandbox, { filename: file });
  }
  const cases = [];
  for (const { path, c } of found) {
    const id = `${path.join(' › ')} › ${c.description}`;
    cases.push({ case: `${id} (a→b)`, base: c.input.a, head: c.input.b, answer: answerOf(c.output.added, c.output.removed) });
    cases.push({ case: `${id} (b→a)`, base: c.input.b, head: c.input.a, answer: answerOf(c.output.removed, c.output.added) });
  }
  return cases;
}
