/** The loader's line lookup: the fast indentation reader must agree with the yaml CST. */
import { existsSync, readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { blockYamlSpans, loadDocument, yamlLocator, type Pointer } from '../../src/contracts/load.js';

const FIXTURES = new URL('../../fixtures/contracts/', import.meta.url);
/** Real specs from the shared corpus beside the checkout (CI has it); skipped where it is absent. */
const CORPUS = new URL('../../../shared/corpus/openapi/', import.meta.url);

/** Every node's pointer, up to `max`, spread over the document. */
function samplePointers(value: unknown, max: number): Pointer[] {
  const all: Pointer[] = [];
  const stack: [unknown, string[]][] = [[value, []]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (p.length) all.push(p);
    if (v && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) stack.push([c, [...p, k]]);
    }
  }
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0);
}

const files = [
  new URL('handmade/oas30-head.yaml', FIXTURES),
  new URL('handmade/swagger2-head.yaml', FIXTURES),
  new URL('moby/swagger-head.yaml', CORPUS),
  new URL('do/87e82da654/specification/DigitalOcean-public.v2.yaml', CORPUS),
].filter((url) => existsSync(url));

test('the fixtures (and, in CI, the corpus) are there to compare', () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
});

describe.each(files.map((url) => url.pathname.split('/').slice(-2).join('/')))('%s', (name) => {
  const file = name;
  const text = readFileSync(files.find((url) => url.pathname.endsWith(name))!, 'utf8');
  test('indentation spans agree with the CST on sampled pointers (and on missing ones)', () => {
    const pointers = samplePointers(jsYaml.load(text), 150);
    pointers.push([...pointers[pointers.length - 1], 'no-such-key'], ['no-such-top-level']);
    const cst = yamlLocator(text)(pointers);
    let compared = 0;
    pointers.forEach((p, i) => {
      const fast = blockYamlSpans(text, [p]);
      if (!fast) return; // falls back to the CST
      compared++;
      expect(fast[0].line, `${file} ${p.join('/')}`).toBe(cst[i].line);
      expect(fast[0].endLine).toBeGreaterThanOrEqual(fast[0].line);
    });
    expect(compared).toBeGreaterThan(pointers.length / 2);
  });
});

test('a document that uses flow style on the way falls back to the CST and still finds the line', () => {
  const text = 'openapi: 3.0.0\npaths:\n  /a: {get: {responses: {"200": {description: ok}}}}\n';
  expect(blockYamlSpans(text, [['paths', '/a', 'get']])).toBeNull();
  expect(loadDocument('a.yaml', text).locate([['paths', '/a', 'get']])[0].line).toBe(3);
});
