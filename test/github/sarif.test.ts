import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseRef } from '../../src/report/links.js';
import { VERSION } from '../../src/version.js';
import { describe, expect, it } from 'vitest';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { FINGERPRINT_KEY, findDocsDir, renderSarif } from '../../src/report/sarif.js';
import { allRules } from '../../src/rules.js';
import type { RuleMeta } from '../../src/findings.js';
import { finding, report } from './fixtures.js';

const Ajv04 = Ajv04Module as unknown as typeof import('ajv-draft-04').default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv04>) => void;

// The official SARIF 2.1.0 schema (draft-04), as shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's `language` pattern has a stray `]` that only non-unicode regular expressions accept.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function valid(text: string): Log {
  const log = JSON.parse(text) as Log;
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  return log;
}

const rules: RuleMeta[] = [
  { id: 'drop-column', category: 'migration', defaultSeverity: 'error', summary: 'Dropping a column the previous release reads.' },
  { id: 'drop-index', category: 'migration', defaultSeverity: 'warning', summary: 'Dropping an index.' },
  { id: 'endpoint-added', category: 'contract', defaultSeverity: 'notice', summary: 'A new operation.' },
];

const sample = report([
  finding({ rule: 'drop-column', line: 3, endLine: 3, column: 1, endColumn: 42, fingerprint: 'f1' }),
  finding({ rule: 'drop-index', severity: 'warning', line: 5, endLine: 7, column: 2, endColumn: 3, fingerprint: 'f2' }),
  finding({ rule: 'endpoint-added', severity: 'notice', category: 'contract', file: 'api/open api#1.yaml', line: 10, column: null, endColumn: null, direction: 'rollback', fingerprint: 'f3' }),
  finding({ rule: 'drop-column', file: 'db/migrations/000_old.sql', line: null, endLine: null, column: null, endColumn: null, fingerprint: 'f4' }),
  finding({ rule: 'drop-column', line: 20, suppressed: true, suppression: { source: 'config', reason: 'unused since 2.3' }, fingerprint: 'f5' }),
  finding({ rule: 'drop-index', line: 21, suppressed: true, suppression: { source: 'inline', reason: null }, fingerprint: 'f6' }),
]);

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema, also with every registered rule and no findings', () => {
    valid(renderSarif(sample, rules));
    const all = valid(renderSarif(report([]), allRules, { docsDir: findDocsDir() }));
    expect(all.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    expect(all.runs[0]!.results).toEqual([]);
  });

  it('the schema check can fail (a result without a message is rejected)', () => {
    const log = JSON.parse(renderSarif(sample, rules));
    delete log.runs[0].results[0].message;
    expect(validateSarif(log)).toBe(false);
  });

  it('describes the tool and its rules, with help.markdown from docs/rules/<id>.md when present', () => {
    const docsDir = mkdtempSync(join(tmpdir(), 'rg-docs-'));
    const page = '# drop-column\n\nDropping a column.\n\n## What it catches\n\n`ALTER TABLE … DROP COLUMN` on a table\nthe base release uses.\n\n## Why it breaks a rollback\n\nOld code reads it.\n';
    writeFileSync(join(docsDir, 'drop-column.md'), page);
    const log = valid(renderSarif(sample, rules, { docsDir }));
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'rollback-guard', informationUri: expect.stringMatching(/^https:\/\//) });
    const [dropColumn, dropIndex, endpointAdded] = driver.rules!;
    expect(dropColumn).toMatchObject({
      id: 'drop-column',
      shortDescription: { text: 'Dropping a column the previous release reads.' },
      fullDescription: { text: '`ALTER TABLE … DROP COLUMN` on a table the base release uses.' },
      help: { markdown: page },
      defaultConfiguration: { level: 'error' },
    });
    expect(dropColumn!.help!.text).toContain('DROP COLUMN');
    // No page: help falls back to the summary and a link.
    expect(dropIndex).toMatchObject({ fullDescription: { text: 'Dropping an index.' }, defaultConfiguration: { level: 'warning' } });
    expect(dropIndex!.help!.markdown).toMatch(/docs\/rules\/drop-index\.md/);
    expect(endpointAdded!.defaultConfiguration!.level).toBe('note');
  });

  it('writes results with levels, relative locations, regions, fingerprints and suppressions', () => {
    const log = valid(renderSarif(sample, rules));
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['drop-column', 0, 'error'],
      ['drop-index', 1, 'warning'],
      ['endpoint-added', 2, 'note'],
      ['drop-column', 0, 'error'],
      ['drop-column', 0, 'error'],
      ['drop-index', 1, 'error'],
    ]);
    const location = (i: number) => results[i]!.locations![0]!.physicalLocation!;
    expect(location(0)).toEqual({
      artifactLocation: { uri: 'db/migrations/001_drop.sql', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, endLine: 3, startColumn: 1, endColumn: 43 },
    });
    expect(location(1).region).toEqual({ startLine: 5, endLine: 7, startColumn: 2, endColumn: 4 });
    expect(location(2)).toEqual({ artifactLocation: { uri: 'api/open%20api%231.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, endLine: 10 } });
    expect(location(3).region).toEqual({ startLine: 1 });
    expect(results.map((r) => r.partialFingerprints![FINGERPRINT_KEY])).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
    expect(results.slice(0, 4).every((r) => r.suppressions === undefined)).toBe(true);
    expect(results[4]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'unused since 2.3' }]);
    expect(results[5]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted' }]);
    expect(results[2]!.properties).toMatchObject({ direction: 'rollback', category: 'contract' });
  });

  it('has no security-severity and is byte-identical for the same input', () => {
    const text = renderSarif(sample, allRules, { docsDir: findDocsDir() });
    expect(text).not.toContain('security-severity');
    expect(renderSarif(sample, allRules, { docsDir: findDocsDir() })).toBe(text);
  });

  it('matches the committed golden file (what code scanning receives)', () => {
    const golden = join(import.meta.dirname, 'golden', 'sample.sarif');
    // Rule links carry the package version: the golden file says vX.Y.Z so a release bump keeps it.
    const text = renderSarif(sample, rules)
      .replaceAll(`/blob/${releaseRef()}/`, '/blob/vX.Y.Z/')
      .replace(`"version": "${VERSION}",`, '"version": "X.Y.Z",');
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(import.meta.dirname, 'golden'), { recursive: true });
      writeFileSync(golden, text);
    }
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('keeps the fingerprint when the finding moves to another line (stable across commits)', () => {
    const a = JSON.parse(renderSarif(report([finding({ line: 3, fingerprint: 'same' })]), rules));
    const b = JSON.parse(renderSarif(report([finding({ line: 30, endLine: 30, fingerprint: 'same' })]), rules));
    expect(a.runs[0].results[0].partialFingerprints).toEqual(b.runs[0].results[0].partialFingerprints);
    expect(a.runs[0].results[0].locations).not.toEqual(b.runs[0].results[0].locations);
  });
});
