/**
 * End-to-end fail-closed audit of the contracts path through `check` (git transport, session 13).
 *
 * The invariant, for every carrier below: a PR that removes a response property, makes a request
 * property required, or removes an enum value, in an OpenAPI 3.0/3.1, Swagger 2, AsyncAPI or JSON
 * Schema contract, yields the breaking finding on the right file (and line), or an error finding
 * that fails closed (`invalid-contract`, `external-ref`, `unreadable-file`, `contract-removed`)
 * naming the file — and `check` exits 1. Never exit 0, never a crash, never a file outside the
 * repository read. Each case is a real temporary repository run through `main(['check', ...])`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { MAX_FILE_BYTES } from '../../src/changes/files.js';
import { main } from '../../src/cli.js';
import { GIT_TEST_ENV, writeFiles } from '../helpers/git-repo.js';

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number | null;
  message: string;
}

interface Run {
  code: number;
  findings: JsonFinding[];
  stdout: string;
  stderr: string;
}

const dirs: string[] = [];
/** What each case answered (printed with RG_AUDIT_TABLE=1: the audit's table of carriers). */
const outcomes: string[] = [];
afterAll(() => {
  if (process.env.RG_AUDIT_TABLE) console.log(outcomes.join('\n'));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Files = Record<string, string | Buffer | null>;
interface RepoSpec {
  base: Files;
  head: Files;
  renames?: [string, string][];
  /** Runs in the work tree before the base (or head) commit: links, modes, attributes. */
  baseSetup?: (dir: string) => void;
  headSetup?: (dir: string) => void;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_TEST_ENV } }).trim();
}

const write = (dir: string, files: Files): void => writeFiles(dir, files);

function build(spec: RepoSpec): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-ctraudit-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, spec.base);
  spec.baseSetup?.(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  for (const [from, to] of spec.renames ?? []) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    git(dir, 'mv', from, to);
  }
  write(dir, spec.head);
  spec.headSetup?.(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

async function check(dir: string, base: string, head: string, env: Record<string, string> = { ROLLBACK_GUARD_CACHE: 'off' }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', '--base', base, '--head', head, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
    isTTY: false,
    env,
  });
  let findings: JsonFinding[] = [];
  try {
    findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    // no report: the assertion on the exit code says why
  }
  return { code, findings, stdout, stderr };
}

const FAIL_CLOSED = new Set(['invalid-contract', 'external-ref', 'unreadable-file', 'contract-removed']);

/** What a case must produce: a breaking finding at `file` (and `line`), or failing closed on one of `closedOn`. */
interface Expect {
  file: string;
  /** Lines in head of `file` at which the breaking finding may stand (the definition or its nearest surviving ancestor). */
  lines?: number[];
  /** Files whose fail-closed error finding is an acceptable answer instead of the breaking one. */
  closedOn?: string[];
  /** Only a fail-closed finding is right (the breaking change cannot be seen). */
  closedOnly?: boolean;
}

function verdict(name: string, run: Run, want: Expect, breaking: ReadonlySet<string>): string | null {
  if (run.code !== 1) return `exit ${run.code}: ${run.stderr.trim() || JSON.stringify(run.findings.map((f) => [f.rule, f.file, f.line]))}`;
  const hit = run.findings.find((f) => breaking.has(f.rule) && f.file === want.file && (want.lines === undefined || (f.line !== null && want.lines.includes(f.line))));
  const closed = run.findings.find(
    (f) => FAIL_CLOSED.has(f.rule) && f.severity === 'error' && [want.file, ...(want.closedOn ?? [])].some((p) => f.file === p || f.message.includes(p)),
  );
  if (want.closedOnly ? closed : hit ?? closed) {
    const shown = (hit && !want.closedOnly ? hit : closed)!;
    outcomes.push(`${name}: ${shown.rule} ${shown.file}:${shown.line}`);
    return null;
  }
  return `no ${want.closedOnly ? 'fail-closed' : 'breaking or fail-closed'} finding on ${want.file}${want.lines ? ` line ${want.lines.join('|')}` : ''}: ${JSON.stringify(run.findings.map((f) => [f.rule, f.severity, f.file, f.line]))}`;
}

async function expectHeld(c: Case): Promise<void> {
  const r = build(c.spec);
  const run = await check(r.dir, r.base, r.head);
  expect(verdict(c.name, run, c.want, BREAKING[c.change])).toBeNull();
}

// ---------------------------------------------------------------------------------------------
// The documents: a User schema used by a request and a response (or a message), in five dialects.

type Change = 'prop' | 'required' | 'enum';
type Dialect = 'oas30' | 'oas31' | 'swagger2' | 'asyncapi2' | 'asyncapi3' | 'schema';

const BREAKING: Record<Change, ReadonlySet<string>> = {
  prop: new Set(['response-property-removed', 'request-property-removed', 'schema-property-removed']),
  required: new Set(['request-property-became-required', 'request-required-property-added', 'schema-property-became-required', 'schema-required-property-added']),
  enum: new Set(['request-enum-value-removed', 'schema-enum-value-removed', 'parameter-enum-value-removed']),
};

/** The User schema in base (`change` null) or after `change`. */
function user(change: Change | null): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', enum: change === 'enum' ? ['admin'] : ['admin', 'user'] },
  };
  if (change === 'prop') delete properties.name;
  return { type: 'object', required: change === 'required' ? ['id', 'name'] : ['id'], properties };
}

/** A contract of `dialect` whose request and response (or message) is `$ref: ref`; `inline` puts User where the local ref says. */
function contract(dialect: Dialect, ref: string, inline?: Record<string, unknown>): Record<string, unknown> {
  const info = { title: 't', version: '1' };
  const body = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  switch (dialect) {
    case 'oas30':
    case 'oas31':
      return {
        openapi: dialect === 'oas30' ? '3.0.3' : '3.1.0',
        info,
        paths: {
          '/users': {
            get: { responses: { '200': { description: 'ok', ...body({ $ref: ref }) } } },
            post: { requestBody: { required: true, ...body({ $ref: ref }) }, responses: { '204': { description: 'ok' } } },
          },
        },
        ...(inline ? { components: { schemas: { User: inline } } } : {}),
      };
    case 'swagger2':
      return {
        swagger: '2.0',
        info,
        paths: {
          '/users': {
            get: { produces: ['application/json'], responses: { '200': { description: 'ok', schema: { $ref: ref } } } },
            post: { consumes: ['application/json'], parameters: [{ in: 'body', name: 'user', required: true, schema: { $ref: ref } }], responses: { '204': { description: 'ok' } } },
          },
        },
        ...(inline ? { definitions: { User: inline } } : {}),
      };
    case 'asyncapi2':
      return {
        asyncapi: '2.6.0',
        info,
        channels: { user: { subscribe: { message: { payload: { $ref: ref } } }, publish: { message: { payload: { $ref: ref } } } } },
        ...(inline ? { components: { schemas: { User: inline } } } : {}),
      };
    case 'asyncapi3':
      return {
        asyncapi: '3.0.0',
        info,
        channels: { user: { address: 'user', messages: { userEvent: { payload: { $ref: ref } } } } },
        operations: { onUser: { action: 'receive', channel: { $ref: '#/channels/user' } }, sendUser: { action: 'send', channel: { $ref: '#/channels/user' } } },
        ...(inline ? { components: { schemas: { User: inline } } } : {}),
      };
    case 'schema':
      return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://example.com/user-event.json',
        type: 'object',
        properties: { user: { $ref: ref } },
        ...(inline ? { $defs: { User: inline } } : {}),
      };
  }
}

const LOCAL: Record<Dialect, string> = {
  oas30: '#/components/schemas/User',
  oas31: '#/components/schemas/User',
  swagger2: '#/definitions/User',
  asyncapi2: '#/components/schemas/User',
  asyncapi3: '#/components/schemas/User',
  schema: '#/$defs/User',
};
const DIALECTS = Object.keys(LOCAL) as Dialect[];
const CHANGES: Change[] = ['prop', 'required', 'enum'];
const SPEC_NAME: Record<Dialect, string> = {
  oas30: 'api/openapi.yaml',
  oas31: 'api/openapi.yaml',
  swagger2: 'api/swagger.yaml',
  asyncapi2: 'api/asyncapi.yaml',
  asyncapi3: 'api/asyncapi.yaml',
  schema: 'events/user-event.schema.json',
};

const yamlText = (v: unknown): string => stringify(v, { lineWidth: 0 });
const jsonText = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
const textOf = (path: string, v: unknown): string => (/\.json$/i.test(path) ? jsonText(v) : yamlText(v));

/** 1-based lines of `text` that hold one of the keys a User change is reported at. */
function userLines(text: string): number[] {
  return text
    .split('\n')
    .map((l, i) => (/(^|["\s{,-])(properties|required|role|enum|name|User|user|type)["']?\s*:|^\s*-\s*(name|user)\b/.test(l) ? i + 1 : 0))
    .filter((n) => n > 0);
}

interface Case {
  name: string;
  change: Change;
  spec: RepoSpec;
  want: Expect;
}

function expectAt(path: string, head: Files, extra: Omit<Expect, 'file' | 'lines'> = {}): Expect {
  const text = head[path];
  return { file: path, ...(typeof text === 'string' ? { lines: userLines(text) } : {}), ...extra };
}

/**
 * The same PR in every dialect: User inline (every change); in a file beside the spec and at the end
 * of a chain of 3 files over folders (every change for OpenAPI 3.0, a property removed for the
 * others: the file's time stays within a minute on two cores).
 */
function matrix(): Case[] {
  const cases: Case[] = [];
  for (const dialect of DIALECTS) {
    const spec = SPEC_NAME[dialect];
    const dir = dirname(spec);
    for (const change of CHANGES) {
      const wide = dialect === 'oas30' || change === 'prop';
      const inlineHead = { [spec]: textOf(spec, contract(dialect, LOCAL[dialect], user(change))) };
      cases.push({
        name: `${dialect} ${change}: User inline`,
        change,
        spec: { base: { [spec]: textOf(spec, contract(dialect, LOCAL[dialect], user(null))) }, head: inlineHead },
        want: expectAt(spec, inlineHead),
      });
      if (!wide) continue;
      const leaf = `${dir}/schemas/user.yaml`;
      const leafHead = { [leaf]: yamlText(user(change)) };
      cases.push({
        name: `${dialect} ${change}: User in a file beside the spec, only that file changes`,
        change,
        spec: { base: { [spec]: textOf(spec, contract(dialect, 'schemas/user.yaml')), [leaf]: yamlText(user(null)) }, head: leafHead },
        want: expectAt(leaf, leafHead),
      });
      const deep = 'models/v1/user.json';
      const chainHead = { [deep]: jsonText(user(change)) };
      cases.push({
        name: `${dialect} ${change}: User three $refs away over folders, only the last file changes`,
        change,
        spec: {
          base: {
            [spec]: textOf(spec, contract(dialect, 'wrap/outer.yaml#/User')),
            [`${dir}/wrap/outer.yaml`]: yamlText({ User: { $ref: '../../shared/mid/inner.yaml' } }),
            'shared/mid/inner.yaml': yamlText({ $ref: `../../${deep}` }),
            [deep]: jsonText(user(null)),
          },
          head: chainHead,
        },
        want: expectAt(deep, chainHead),
      });
    }
  }
  return cases;
}

describe('the matrix: six dialects x three breaking changes x three layouts', () => {
  test.each(matrix().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectHeld(c);
  });
});

// ---------------------------------------------------------------------------------------------
// Carriers: what stands between the git objects and the differ.

const SPEC = 'api/openapi.yaml';
const oas = (ref: string, inline?: Record<string, unknown>) => contract('oas30', ref, inline);
const oasYaml = (change: Change | null) => yamlText(oas(LOCAL.oas30, user(change)));
const oasJson = (change: Change | null) => jsonText(oas(LOCAL.oas30, user(change)));
/** User in its own file `path` (YAML or JSON), the spec `$ref`ing it as `ref`; only the User file changes. */
function refCase(name: string, ref: string, path: string, change: Change = 'prop', extra: Omit<Expect, 'file' | 'lines'> = {}): Case {
  const head = { [path]: textOf(path, user(change)) };
  return { name, change, spec: { base: { [SPEC]: yamlText(oas(ref)), [path]: textOf(path, user(null)) }, head }, want: expectAt(path, head, extra) };
}
/** A spec whose head is `head` (bytes or text) against the plain YAML base: breaking on the spec, or failing closed on it. */
function bytesCase(name: string, head: string | Buffer, path = SPEC, base: string | Buffer = oasYaml(null), extra: Omit<Expect, 'file' | 'lines'> = {}): Case {
  const heads = { [path]: head };
  return { name, change: 'prop', spec: { base: { [path]: base }, head: heads }, want: expectAt(path, typeof head === 'string' ? heads : {}, extra) };
}

function refCarriers(): Case[] {
  const cases: Case[] = [
    refCase('a %-encoded $ref path (a space in the file name)', 'schemas/my%20user.yaml', 'api/schemas/my user.yaml'),
    refCase('a $ref climbing to the root and back in', '../api/../api/schemas/user.yaml', 'api/schemas/user.yaml', 'enum'),
    // the hole's variants: a name encoded whole, and an encoded name in the middle of a chain
    refCase('a %-encoded non-ASCII file name', 'schemas/%C3%BCser%20model.json', 'api/schemas/üser model.json', 'required'),
  ];
  const midHead = { 'api/leaf.yaml': yamlText(user('enum')) };
  cases.push({
    name: 'a %-encoded file name in the middle of a chain, only its last file changes',
    change: 'enum',
    spec: { base: { [SPEC]: yamlText(oas('my%20models/mid%2Bfile.yaml#/User')), 'api/my models/mid+file.yaml': yamlText({ User: { $ref: '../leaf.yaml' } }), 'api/leaf.yaml': yamlText(user(null)) }, head: midHead },
    want: expectAt('api/leaf.yaml', midHead),
  });
  // ~1 and ~0 escapes and a fragment into an array
  const defs = (change: Change | null) => yamlText({ 'by/name': { 'User~x': user(change) }, list: [{ type: 'string' }, user(change)] });
  for (const [label, ref] of [
    ['~1 and ~0 escapes in the JSON pointer', 'defs.yaml#/by~1name/User~0x'],
    ['a fragment into an array', 'defs.yaml#/list/1'],
    ['a %-encoded JSON pointer', 'defs.yaml#/by~1name/User%7E0x'],
  ] as const) {
    const head = { 'api/defs.yaml': defs('prop') };
    cases.push({ name: label, change: 'prop', spec: { base: { [SPEC]: yamlText(oas(ref)), 'api/defs.yaml': defs(null) }, head }, want: expectAt('api/defs.yaml', head) });
  }
  // the referenced file renamed (the $ref not updated) or deleted: the unchanged spec fails closed
  cases.push({
    name: 'the $ref target renamed by the PR, the $ref left as it was',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('schemas/user.yaml')), 'api/schemas/user.yaml': yamlText(user(null)) }, head: {}, renames: [['api/schemas/user.yaml', 'api/schemas/person.yaml']] },
    want: { file: SPEC, closedOnly: true },
  });
  cases.push({
    name: 'the $ref target renamed with the edit, the $ref updated',
    change: 'prop',
    spec: {
      base: { [SPEC]: yamlText(oas('schemas/user.yaml')), 'api/schemas/user.yaml': yamlText(user(null)) },
      head: { [SPEC]: yamlText(oas('schemas/person.yaml')), 'api/schemas/person.yaml': yamlText(user('prop')) },
      renames: [['api/schemas/user.yaml', 'api/schemas/person.yaml']],
    },
    want: expectAt('api/schemas/person.yaml', { 'api/schemas/person.yaml': yamlText(user('prop')) }),
  });
  cases.push({
    name: 'the $ref target deleted by the PR',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('schemas/user.yaml')), 'api/schemas/user.yaml': yamlText(user(null)) }, head: { 'api/schemas/user.yaml': null } },
    want: { file: SPEC, closedOnly: true },
  });
  // a cycle across files: User.friend -> friend.yaml -> back to User
  const cyc = (change: Change | null) => yamlText({ ...user(change), properties: { ...(user(change).properties as object), friend: { $ref: 'friend.yaml' } } });
  const cycHead = { 'api/user.yaml': cyc('prop') };
  cases.push({
    name: 'a $ref cycle across files (User -> friend -> User)',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('user.yaml')), 'api/user.yaml': cyc(null), 'api/friend.yaml': yamlText({ type: 'object', properties: { of: { $ref: 'user.yaml' } } }) }, head: cycHead },
    want: expectAt('api/user.yaml', cycHead),
  });
  // YAML anchors and merge keys: the property removed in the anchored mapping only
  const anchored = (withName: boolean) =>
    `base: &common\n  id: {type: string}\n${withName ? '  name: {type: string}\n' : ''}  role: {type: string, enum: [admin, user]}\nUser:\n  type: object\n  properties:\n    <<: *common\n    extra: {type: string}\n`;
  cases.push({
    name: 'a $ref into a mapping built by a YAML merge key (<<: *anchor), the anchor edited',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('components.yaml#/User')), 'api/components.yaml': anchored(true) }, head: { 'api/components.yaml': anchored(false) } },
    want: { file: 'api/components.yaml' },
  });
  // composition
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const comp = (change: Change | null) => yamlText({ User: { [key]: [user(change), { type: 'object', properties: { extra: { type: 'string' } } }] } });
    const head = { 'api/components.yaml': comp('prop') };
    cases.push({
      name: `${key} composition in a plain components.yaml`,
      change: 'prop',
      spec: { base: { [SPEC]: yamlText(oas('components.yaml#/User')), 'api/components.yaml': comp(null) }, head },
      want: expectAt('api/components.yaml', head),
    });
  }
  // allOf whose member lives in another file: the removal is reported in that member's file, at its
  // `properties` (it stood at line 1 of the allOf's file, which the PR did not touch)
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const memberHead = jsonText(user('prop'));
  const allOfFile = (member: unknown) => yamlText({ User: { allOf: [member, { type: 'object', properties: { extra: { type: 'string' } } }] } });
  cases.push({
    name: 'a property removed from an allOf member in another file, only that file changes',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('components.yaml#/User')), 'api/components.yaml': allOfFile({ $ref: 'models/user.json' }), 'api/models/user.json': jsonText(user(null)) }, head: { 'api/models/user.json': memberHead } },
    want: { file: 'api/models/user.json', lines: [lineOf(memberHead, '"properties"')] },
  });
  const inlineHead = allOfFile(user('prop'));
  cases.push({
    name: 'a property removed from an inline allOf member: at the member, not at the schema holding allOf',
    change: 'prop',
    spec: { base: { [SPEC]: yamlText(oas('components.yaml#/User')), 'api/components.yaml': allOfFile(user(null)) }, head: { 'api/components.yaml': inlineHead } },
    want: { file: 'api/components.yaml', lines: [lineOf(inlineHead, 'properties:')] },
  });
  // JSON Schema: $id-based refs, definitions vs $defs
  const idSchema = (ref: string) => jsonText({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.com/schemas/event.json', type: 'object', properties: { user: { $ref: ref } } });
  const userWithId = (change: Change | null) => jsonText({ $id: 'https://example.com/schemas/user.json', ...user(change) });
  for (const [label, ref] of [
    ['a $ref by absolute $id (JSON Schema)', 'https://example.com/schemas/user.json'],
    ['a $ref relative to the $id base (JSON Schema)', 'user.json'],
  ] as const) {
    const head = { 'schemas/models/user.json': userWithId('required') };
    cases.push({
      name: label,
      change: 'required',
      spec: { base: { 'schemas/event.schema.json': idSchema(ref), 'schemas/models/user.json': userWithId(null) }, head },
      want: expectAt('schemas/models/user.json', head, { closedOn: ['schemas/event.schema.json'] }),
    });
  }
  const withDefinitions = (change: Change | null) =>
    jsonText({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { user: { $ref: '#/definitions/User' } }, definitions: { User: user(change) } });
  cases.push(bytesCase('JSON Schema with definitions (draft-07), not $defs', withDefinitions('enum'), 'schemas/a.schema.json', withDefinitions(null)));
  cases[cases.length - 1]!.change = 'enum';
  return cases;
}

describe('carriers: $ref', () => {
  test.each(refCarriers().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectHeld(c);
  });
});

function byteCarriers(): Case[] {
  const head = oasYaml('prop');
  const json = oasJson('prop');
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const dupJson = (withName: boolean) => {
    // the last `properties` wins in JSON.parse; the first is what an editor's outline shows
    const props = `"properties": {"id": {"type": "string"}, "name": {"type": "string"}, "role": {"type": "string", "enum": ["admin", "user"]}}`;
    const later = withName ? props : `"properties": {"id": {"type": "string"}, "role": {"type": "string", "enum": ["admin", "user"]}}`;
    return oasJson(null).replace(/"properties": \{[\s\S]*?\n {8}\}/, `${props}, ${later}`);
  };
  const tenMb = (change: Change | null) => {
    const doc = oas(LOCAL.oas30, user(change)) as { components: { schemas: Record<string, unknown> } };
    const filler: Record<string, unknown> = {};
    for (let i = 0; i < 60_000; i++) filler[`Filler${i}`] = { type: 'object', description: 'x'.repeat(120) };
    doc.components.schemas = { ...filler, User: doc.components.schemas.User };
    return jsonText(doc);
  };
  return [
    bytesCase('UTF-8 BOM (YAML)', Buffer.concat([bom, Buffer.from(head)]), SPEC, Buffer.concat([bom, Buffer.from(oasYaml(null))])),
    bytesCase('UTF-8 BOM (JSON), added by the PR', Buffer.concat([bom, Buffer.from(json)]), 'api/openapi.json', oasJson(null)),
    bytesCase('UTF-16 LE JSON with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]), 'api/openapi.json', oasJson(null)),
    bytesCase('UTF-16 BE JSON without BOM', Buffer.from(Buffer.from(json, 'utf16le').swap16()), 'api/openapi.json', oasJson(null)),
    bytesCase('a NUL byte in a YAML comment', `${head}# \0\n`),
    bytesCase('lone CR line ends', head.replace(/\n/g, '\r'), SPEC, oasYaml(null).replace(/\n/g, '\r')),
    bytesCase('CRLF line ends, only in head', head.replace(/\n/g, '\r\n')),
    bytesCase('tabs indenting YAML', head.replace(/^( +)/gm, (s) => '\t'.repeat(s.length / 2))),
    bytesCase('JSON duplicate key: a later `properties` without the property', dupJson(false), 'api/openapi.json', dupJson(true)),
    // YAML forbids duplicate keys; a reader that keeps the last one would see `name` removed
    bytesCase('YAML duplicate key in head: `properties` again, without the property', oasYaml(null).replace(/( +)required:\n/, '$1properties: {id: {type: string}}\n$1required:\n'), SPEC),
    bytesCase('YAML duplicate key in base only, removed by the PR', head, SPEC, oasYaml(null).replace(/( +)required:\n/, '$1properties: {id: {type: string}}\n$1required:\n')),
    // the hole's variants: base broken otherwise (a tab, JSON syntax), head fixed with a breaking change
    { ...bytesCase('YAML with an unclosed flow sequence in base, fixed in head with an enum value removed', oasYaml('enum'), SPEC, oasYaml(null).replace('info:\n', 'x-tags: [a, b\ninfo:\n')), change: 'enum' },
    bytesCase('broken JSON in base, fixed in head with a property removed', json, 'api/openapi.json', oasJson(null).replace(/\}\n$/, ',}\n')),
    bytesCase('YAML multi-document: a second document after ---', `${head}---\nopenapi: 3.0.3\n`),
    bytesCase('YAML custom tag on the schema', head.replace(/( +)User:\n/, '$1User: !custom\n')),
    bytesCase('YAML !!binary value in the spec', head.replace('info:\n', 'x-logo: !!binary aGVsbG8=\ninfo:\n'), SPEC, oasYaml(null).replace('info:\n', 'x-logo: !!binary aGVsbG8=\ninfo:\n')),
    bytesCase('JSON with comments', `// spec\n${json}`, 'api/openapi.json', oasJson(null)),
    bytesCase('a 10 MB spec with the change at its end', tenMb('prop'), 'api/openapi.json', tenMb(null)),
  ];
}

describe('carriers: bytes', () => {
  test.each(byteCarriers().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectHeld(c);
  });
});

function gitCarriers(): Case[] {
  const baseFiles = { [SPEC]: oasYaml(null) };
  const lfsPointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
  const outside = join(mkdtempSync(join(tmpdir(), 'rg-ctraudit-outside-')), 'openapi.yaml');
  dirs.push(dirname(outside));
  writeFileSync(outside, oasYaml('prop'));
  const cases: Case[] = [
    {
      name: 'a renamed spec with an edit',
      change: 'prop',
      spec: { base: baseFiles, head: { 'api/v2/openapi.yaml': oasYaml('prop') }, renames: [[SPEC, 'api/v2/openapi.yaml']] },
      want: expectAt('api/v2/openapi.yaml', { 'api/v2/openapi.yaml': oasYaml('prop') }, { closedOn: [SPEC] }),
    },
    {
      name: 'a spec behind a link inside the repository, the target edited',
      change: 'prop',
      spec: { base: { 'specs/real.yaml': oasYaml(null) }, head: { 'specs/real.yaml': oasYaml('prop') }, baseSetup: (d) => (mkdirSync(join(d, 'api')), symlinkSync('../specs/real.yaml', join(d, SPEC))) },
      want: { file: 'specs/real.yaml', closedOn: [SPEC] },
    },
    // a $ref through a link inside the repository to a file only the PR changes (it passed unchecked)
    {
      name: 'a $ref through a folder link (api/shared -> ../shared), only the linked file changes',
      change: 'prop',
      spec: { base: { [SPEC]: yamlText(oas('shared/user.yaml')), 'shared/user.yaml': yamlText(user(null)) }, head: { 'shared/user.yaml': yamlText(user('prop')) }, baseSetup: (d) => symlinkSync('../shared', join(d, 'api/shared')) },
      // reported at the path the $ref names (the link's), where the snapshot reads it
      want: { file: 'api/shared/user.yaml', lines: [4] },
    },
    {
      name: 'a $ref to a file link (a variant), only its target changes, two $refs away',
      change: 'enum',
      spec: {
        base: { [SPEC]: yamlText(oas('wrap.yaml#/User')), 'api/wrap.yaml': yamlText({ User: { $ref: 'schemas/user.yaml' } }), 'models/user.yaml': yamlText(user(null)) },
        head: { 'models/user.yaml': yamlText(user('enum')) },
        baseSetup: (d) => (mkdirSync(join(d, 'api/schemas'), { recursive: true }), symlinkSync('../../models/user.yaml', join(d, 'api/schemas/user.yaml'))),
      },
      want: { file: 'api/schemas/user.yaml', lines: [9] },
    },
    {
      name: 'a spec replaced by a link to a file outside the repository (never read)',
      change: 'prop',
      spec: { base: baseFiles, head: { [SPEC]: null }, headSetup: (d) => symlinkSync(outside, join(d, SPEC)) },
      want: { file: SPEC, closedOnly: true },
    },
    {
      name: 'a spec replaced by a link climbing out of the repository',
      change: 'prop',
      spec: { base: baseFiles, head: { [SPEC]: null }, headSetup: (d) => symlinkSync(`../../..${outside}`, join(d, SPEC)) },
      want: { file: SPEC, closedOnly: true },
    },
    ...(['binary', '-diff', 'filter=lfs diff=lfs merge=lfs -text', 'text eol=crlf'] as const).map(
      (attr): Case => ({
        name: `.gitattributes ${attr} on the spec, added with the change`,
        change: 'prop',
        spec: { base: baseFiles, head: { [SPEC]: oasYaml('prop'), '.gitattributes': `*.yaml ${attr}\n` } },
        want: expectAt(SPEC, { [SPEC]: oasYaml('prop') }),
      }),
    ),
    { name: 'an LFS pointer where the spec was', change: 'prop', spec: { base: baseFiles, head: { [SPEC]: lfsPointer } }, want: { file: SPEC, closedOnly: true } },
    {
      name: 'a submodule (gitlink) where the spec was',
      change: 'prop',
      spec: {
        base: baseFiles,
        head: { [SPEC]: null },
        headSetup: (d) => git(d, 'update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},${SPEC}`),
      },
      want: { file: SPEC, closedOnly: true },
    },
    ...(['api/my spec/openapi.yaml', 'api/ünïcödé/openapi.yaml', 'api/new\nline/openapi.yaml', 'api/"quoted"\t/openapi.yaml'] as const).map(
      (path): Case => ({
        name: `a spec at ${JSON.stringify(path)}`,
        change: 'prop',
        spec: { base: { [path]: oasYaml(null) }, head: { [path]: oasYaml('prop') } },
        want: expectAt(path, { [path]: oasYaml('prop') }),
      }),
    ),
    {
      name: 'a case-only rename of the spec with an edit',
      change: 'prop',
      spec: { base: { 'api/OpenAPI.yaml': oasYaml(null) }, head: { [SPEC]: oasYaml('prop') }, renames: [['api/OpenAPI.yaml', SPEC]] },
      want: expectAt(SPEC, { [SPEC]: oasYaml('prop') }, { closedOn: ['api/OpenAPI.yaml'] }),
    },
    {
      name: 'a JSON Schema moved under ignore-paths, unchanged (a variant)',
      change: 'prop',
      spec: { base: { 'events/user.schema.json': jsonText(user(null)), '.rollback-guard.yml': 'ignore-paths: ["old/**"]\n' }, head: {}, renames: [['events/user.schema.json', 'old/events/user.schema.json']] },
      want: { file: 'events/user.schema.json', closedOnly: true },
    },
    {
      name: 'the spec moved under ignore-paths in the same PR, with the change',
      change: 'prop',
      spec: { base: { ...baseFiles, '.rollback-guard.yml': 'ignore-paths: ["legacy/**"]\n' }, head: { 'legacy/openapi.yaml': oasYaml('prop') }, renames: [[SPEC, 'legacy/openapi.yaml']] },
      want: { file: SPEC, closedOnly: true },
    },
  ];
  return cases;
}

describe('carriers: git', () => {
  test.each(gitCarriers().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectHeld(c);
  });
});

function externalCarriers(): Case[] {
  return (['../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', 'file://localhost/etc/passwd', 'https://example.com/user.yaml', 'http://127.0.0.1:1/user.yaml', '//example.com/user.yaml', '..%2F..%2Fetc%2Fpasswd', 'C:\\Windows\\user.yaml'] as const).map(
    (ref): Case => ({
      name: `User replaced by $ref: ${ref}`,
      change: 'prop',
      spec: { base: { [SPEC]: oasYaml(null) }, head: { [SPEC]: yamlText(oas(LOCAL.oas30, { $ref: ref } as Record<string, unknown>)) } },
      want: { file: SPEC, closedOnly: true },
    }),
  );
}

describe('carriers: references out of the repository', () => {
  test.each(externalCarriers().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectHeld(c);
  });
});

describe('limits', () => {
  test('a spec over the size limit in head is unreadable-file on it, not a pass', async () => {
    const pad = `${oasYaml('prop')}# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    await expectHeld({ name: 'a spec over the size limit', change: 'prop', spec: { base: { [SPEC]: oasYaml(null) }, head: { [SPEC]: pad } }, want: { file: SPEC, closedOnly: true } });
  }, 120_000);
});

describe('cache: a second run with the cache on reports what a cold run reports', () => {
  const cases = [...matrix().filter((c) => c.name.startsWith('oas30 prop') && !c.name.includes('inline')), refCarriers()[0]!];
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = build(c.spec);
    const cold = await check(r.dir, r.base, r.head);
    const cache = mkdtempSync(join(tmpdir(), 'rg-ctraudit-cache-'));
    dirs.push(cache);
    const first = await check(r.dir, r.base, r.head, { ROLLBACK_GUARD_CACHE: cache });
    const warm = await check(r.dir, r.base, r.head, { ROLLBACK_GUARD_CACHE: cache });
    expect(first.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
  });
});
