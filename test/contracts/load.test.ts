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
  test('indentation spans agree with the CST on sampled pointers (and on missing ones), all in one pass', () => {
    const pointers = samplePointers(jsYaml.load(text), 400);
    pointers.push([...pointers[pointers.length - 1], 'no-such-key'], ['no-such-top-level'], [...pointers[0], 'a', 'b']);
    const cst = yamlLocator(text)(pointers);
    const fast = blockYamlSpans(text, pointers);
    let compared = 0;
    pointers.forEach((p, i) => {
      if (fast.approximate[i]) return; // located on the CST instead
      compared++;
      expect(fast.spans[i], `${file} ${p.join('/')}`).toEqual(cst[i]);
    });
    expect(compared).toBeGreaterThan(pointers.length * 0.9);
  });
});

test('flow style, aliases and merge keys on the way: flagged, and located on the CST', () => {
  const text = 'openapi: 3.0.0\npaths:\n  /a: {get: {responses: {"200": {description: ok}}}}\n  /b: &b\n    get: {}\n  /c: *b\n';
  const fast = blockYamlSpans(text, [['paths', '/a', 'get'], ['paths', '/b', 'get'], ['paths', '/c', 'get'], ['paths', '/d']]);
  expect(fast.approximate).toEqual([true, false, true, false]);
  expect(fast.spans.map((s) => s.line)).toEqual([3, 5, 6, 2]);
  expect(loadDocument('a.yaml', text).locate([['paths', '/a', 'get']])[0].line).toBe(3);
});

test('block scalars, multi-line scalars, compact sequences, anchors and comments', () => {
  const text = [
    'a:', //                                   1
    '  text: |', //                            2
    '    b: not a key', //                     3
    '  plain: first', //                       4
    '    c: continued', //                     5
    'list:', //                                6
    '- name: x', //                            7
    '  # a comment', //                        8
    '  in: query', //                          9
    '- &anchor', //                            10
    '  name: y', //                            11
    'z: !tag', //                              12
    '  k: v', //                               13
    '',
  ].join('\n');
  const pointers: Pointer[] = [['a', 'text'], ['a', 'text', 'b'], ['a', 'plain'], ['list', '0', 'in'], ['list', '1', 'name'], ['list', '1'], ['z', 'k'], ['list']];
  const fast = blockYamlSpans(text, pointers);
  expect(fast.spans).toEqual(yamlLocator(text)(pointers));
  expect(fast.spans.map((s) => s.line)).toEqual([2, 2, 4, 9, 11, 10, 13, 6]);
  expect(fast.approximate.every((a) => !a)).toBe(true);
});

test('a 17 MB YAML document: thousands of pointers located in one linear pass, without the CST', () => {
  const item = (i: number) => `  s${i}:\n    type: object\n    properties:\n      id: {type: integer}\n      name:\n        type: string\n        description: |\n          text: ${i}\n`;
  const parts: string[] = ['schemas:\n'];
  for (let i = 0; i < 120_000; i++) parts.push(item(i));
  const text = parts.join('');
  expect(text.length).toBeGreaterThan(15_000_000);
  const pointers: Pointer[] = [];
  for (let i = 0; i < 120_000; i += 20) pointers.push(['schemas', `s${i}`, 'properties', 'name', 'type']);
  const start = performance.now();
  const { spans, approximate } = blockYamlSpans(text, pointers);
  const ms = performance.now() - start;
  expect(approximate.some(Boolean)).toBe(false);
  expect(spans[1]).toEqual({ line: 20 * 8 + 7, endLine: 20 * 8 + 7 });
  expect(ms).toBeLessThan(5000); // generous: linear is ~0.1-0.3 s; the old per-pointer scan was minutes
});

test('JSON: the lines of keys, of ends, of a missing pointer (the whole document) and of pointers in any order', () => {
  // (a scalar right before its container's closing bracket, `[1,2]`, is a known gap of the scanner's skip: not here)
  const text = ['', '{', '  "a": {', '    "b": [1,', '      2 ],', '    "c": "x\\ny"', '  },', '  "d": {"e": true }', '}', '', ''].join('\n');
  const doc = loadDocument('a.json', text);
  const spans = doc.locate([['d', 'e'], ['a', 'b'], ['a'], ['zz'], [], ['a', 'c'], ['a', 'b', '1']]);
  expect(spans).toEqual([
    { line: 8, endLine: 8 },
    { line: 4, endLine: 5 },
    { line: 3, endLine: 7 },
    // a missing key keeps the document's span: to the text's last line
    { line: 2, endLine: 11 },
    // the root value itself ends at its closing brace
    { line: 2, endLine: 9 },
    { line: 6, endLine: 6 },
    { line: 5, endLine: 5 },
  ]);
  // asked again (the locator is built once), and for one pointer alone
  expect(doc.locate([['a', 'c']])).toEqual([{ line: 6, endLine: 6 }]);
  expect(doc.locate([['zz']])).toEqual([{ line: 2, endLine: 11 }]);
});

test('JSON: a scalar right before its container\'s closing bracket ends there (minified `[1,2]`, `{"e":true}`): later keys keep their lines', () => {
  // Found by ghspeed7 (session 7): the scanner's skip ran past the `]`/`}` that closed a scalar's
  // container, so every pointer located after it in a minified file got a wrong line.
  const text = ['{"a":{"b":[1,2],"e":true},', '"d":{"x":1,"y":[null]},', '"z":"s"}'].join('\n');
  const doc = loadDocument('min.json', text);
  expect(doc.locate([['d', 'x'], ['a', 'e'], ['z'], ['d', 'y', '0'], ['d']])).toEqual([
    { line: 2, endLine: 2 },
    { line: 1, endLine: 1 },
    { line: 3, endLine: 3 },
    { line: 2, endLine: 2 },
    { line: 2, endLine: 2 },
  ]);
  // variant: a number at the end of a nested object, then a key on the next line
  const nested = loadDocument('n.json', '{"p":{"q":{"r":10}},\n"s":{"t":false}\n}');
  expect(nested.locate([['s', 't'], ['p', 'q', 'r']])).toEqual([{ line: 2, endLine: 2 }, { line: 1, endLine: 1 }]);
});
