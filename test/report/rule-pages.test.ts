/**
 * Every rule page ends with "How to suppress it" (inline and allow-list), generated here from one
 * template per kind of rule, with the `object` of the allow-list example taken from the page's own
 * failing example run through the engine, so it is what a user would really write.
 *
 * Check: this test fails when a page's section differs from the generated one.
 * Write: `npm run docs:rules` (UPDATE_DOCS=1) rewrites the section of every page, then review the diff.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import type { RuleMeta } from '../../src/findings.js';
import { allRules } from '../../src/rules.js';
import { docBlocks, runDocCase } from '../helpers/docs-cases.js';

const DOCS = new URL('../../docs/rules/', import.meta.url).pathname;
const HEADING = '## How to suppress it';

/** Rules the policy emits about suppressions themselves: an allow entry cannot reach them. */
const ABOUT_SUPPRESSIONS = new Set(['suppression-without-reason', 'unused-suppression']);

beforeAll(async () => {
  await prepareEngine();
});

/** The `object` of the rule's finding in the page's first failing example, if it has one. */
function exampleObject(rule: string, markdown: string): string | null {
  const blocks = docBlocks(markdown);
  const base = blocks.filter((b) => b.role === 'base');
  const fires = blocks.find((b) => b.role === 'fires');
  if (!fires) return null;
  const report = runDocCase(base, fires);
  return report.findings.find((f) => f.rule === rule)?.object ?? null;
}

function yamlString(value: string): string {
  return /^[\w./*-]+$/.test(value) ? value : JSON.stringify(value);
}

/** The section for `rule`, the one place its text is written. */
export function suppressionSection(rule: RuleMeta, object: string | null): string {
  const id = rule.id;
  const lines = [HEADING, ''];
  if (id === 'invalid-config') {
    lines.push(
      'It cannot be suppressed: with a configuration it cannot read, the gate would not know what',
      'to check. Fix the file; the PR that repairs it is checked with the default configuration.',
    );
    return `${lines.join('\n')}\n`;
  }
  if (ABOUT_SUPPRESSIONS.has(id)) {
    lines.push(
      `It is about a suppression itself, so neither an inline comment nor an \`allow\` entry reaches it.`,
      'Fix the suppression, or change the rule\'s severity in `.github/rollback-guard.yml` (read from',
      'the base branch):',
      '',
      '```yaml',
      'rules:',
      `  ${id}: "off"   # or error | warning | notice`,
      '```',
    );
    return `${lines.join('\n')}\n`;
  }
  if (rule.category === 'migration') {
    lines.push(
      'After a review, on the line before the statement (the reason after the colon is required):',
      '',
      '```sql',
      `-- rollback-guard-ignore ${id}: <why it is safe here>`,
      '```',
      '',
      `or for every statement of that file: \`-- rollback-guard-ignore-file ${id}: <reason>\`.`,
      '',
    );
  } else if (rule.category === 'contract') {
    lines.push(
      'After a review, on the object in the head version of the contract (for a removal, on its',
      'nearest surviving parent; the reason after the colon is required):',
      '',
      '```yaml',
      'x-rollback-guard-ignore:',
      `  - "${id}: <why it is safe here>"`,
      '```',
      '',
    );
  }
  const inline = rule.category === 'migration' || rule.category === 'contract';
  lines.push(
    ...(inline
      ? ['Or, for an exception that outlives one PR, an entry in `.github/rollback-guard.yml`. It is read', 'from the base branch, so the exception is reviewed and merged before it applies:']
      : [
          'No inline comment reaches it (it is about a whole file, not a statement). After a review, an',
          'entry in `.github/rollback-guard.yml`. It is read from the base branch, so the exception is',
          'reviewed and merged before it applies:',
        ]),
    '',
    '```yaml',
    'allow:',
    `  - rule: ${id}`,
    ...(object ? [`    object: ${yamlString(object)}   # exact, or a glob with *`] : ['    file: "path/glob/**"   # or object: the finding\'s object']),
    '    reason: "<why it is safe>"',
    '    until: 2027-01-31   # optional: afterwards the finding is back, with a notice',
    '```',
    '',
    `\`rules: { ${id}: warning }\` (or \`"off"\`) changes the rule for the whole repository instead.`,
    'Suppressed findings stay in the job summary, the JSON report and SARIF, with their reason.',
  );
  return `${lines.join('\n')}\n`;
}

/** The page with its section replaced (or appended). */
function withSection(markdown: string, section: string): string {
  const at = markdown.indexOf(`\n${HEADING}\n`);
  const before = at >= 0 ? markdown.slice(0, at + 1) : `${markdown.trimEnd()}\n\n`;
  return `${before}${section}`;
}

const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

describe('rule pages say how to suppress their rule', () => {
  it.each(pages)('docs/rules/%s', (page) => {
    const id = page.replace(/\.md$/, '');
    const rule = allRules.find((r) => r.id === id);
    expect(rule, `${id} is not a registered rule`).toBeDefined();
    const markdown = readFileSync(`${DOCS}${page}`, 'utf8');
    const expected = withSection(markdown, suppressionSection(rule!, exampleObject(id, markdown)));
    if (process.env.UPDATE_DOCS) {
      if (expected !== markdown) writeFileSync(`${DOCS}${page}`, expected);
      return;
    }
    expect(markdown, `docs/rules/${page} is out of date: run \`npm run docs:rules\``).toBe(expected);
  });
});
