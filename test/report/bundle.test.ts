import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Action's bundle is what GitHub loads on every PR: what it does not need must not be in it
// (scripts/build.mjs, trimActionsCore). These read the committed dist/, which .ci/run rebuilds and
// checks against src/ before the tests run.
describe('dist/', () => {
  const dir = new URL('../../dist/', import.meta.url);
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const all = js.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const index = readFileSync(new URL('index.js', dir), 'utf8');

  it('holds the Action and CLI entry points and their chunks', () => {
    expect(js).toEqual(expect.arrayContaining(['index.js', 'cli.js']));
    expect(js.length).toBeGreaterThan(2);
  });

  it('bundles neither undici nor @actions/http-client (core.getIDToken is trimmed)', () => {
    expect(all).not.toMatch(/undici/i);
    expect(all).not.toMatch(/@actions\/http-client|class HttpClient\b/);
  });

  it('bundles no @actions/exec (core.platform is a stub over node:os)', () => {
    expect(all).not.toMatch(/@actions\/exec|getExecOutput/);
  });

  it('loads Octokit, ajv and the YAML readers only when used: not among the modules index.js imports statically', () => {
    const read = (f: string): string => readFileSync(new URL(f, dir), 'utf8');
    const closure = new Set<string>();
    const queue = ['index.js'];
    while (queue.length) {
      const f = queue.pop()!;
      if (closure.has(f)) continue;
      closure.add(f);
      // static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`
      for (const m of read(f).matchAll(/(?:\bfrom|^import)\s*"\.\/([\w.-]+\.js)"/gm)) queue.push(m[1]);
    }
    expect(closure.size).toBeGreaterThan(1);
    expect([...closure].filter((f) => read(f).includes('octokit-core'))).toEqual([]);
    // nor the config validator and the YAML readers: loaded when a config file or a YAML/JSON file is there
    expect([...closure].filter((f) => /node_modules\/(ajv|js-yaml|yaml)\//.test(read(f)))).toEqual([]);
    expect(js.some((f) => /node_modules\/ajv\//.test(read(f)))).toBe(true);
    // and it is there, behind a dynamic import
    expect(js.some((f) => read(f).includes('octokit-core'))).toBe(true);
  });

  it('keeps the Action entry point under 400 KB', () => {
    expect(Buffer.byteLength(index)).toBeLessThan(400 * 1024);
  });
});
