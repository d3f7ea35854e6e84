/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`, Action input `sarif`).
 *
 * - `tool.driver.rules[]`: every rule given, with short and full description, `help.text` and
 *   `help.markdown` from `docs/rules/<id>.md` when `docsDir` holds that page, and the default level.
 * - Results: repository-relative `artifactLocation.uri`, a region (a finding whose file is gone
 *   from head is anchored at line 1), `partialFingerprints` from Finding.fingerprint (rule, file,
 *   object: stable across commits, so an alert survives unrelated edits), and `suppressions` for
 *   suppressed findings. No `security-severity`: these are not security rules.
 * - Deterministic: same report and rules, byte-identical output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Report, RuleMeta, Severity } from '../findings.js';
import { VERSION } from '../version.js';
import { sarifText } from './escape.js';
import { PROJECT_URL, ruleDocsUrl } from './links.js';

export const SARIF_INFORMATION_URI = PROJECT_URL;
/** Key of our fingerprint in `partialFingerprints` (versioned: a new hash scheme gets a new key). */
export const FINGERPRINT_KEY = 'rollbackGuard/v1';

export interface SarifOptions {
  /** Directory with the rule pages (`<id>.md`); see `findDocsDir`. Without it, help is the summary. */
  docsDir?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(report: Report, rules: RuleMeta[], options: SarifOptions = {}): string {
  const driverRules = rules.map((rule) => sarifRule(rule, options.docsDir));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rollback-guard',
            informationUri: SARIF_INFORMATION_URI,
            version: VERSION,
            rules: driverRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => sarifResult(f, index.get(f.rule))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: RuleMeta, docsDir: string | undefined) {
  const page = docsDir ? readPage(join(docsDir, `${rule.id}.md`)) : null;
  const full = (page && section(page, 'What it catches')) || rule.summary;
  const helpUri = ruleDocsUrl(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: full },
    helpUri,
    help: {
      text: `${full}\n\nSee ${helpUri}`,
      markdown: page ?? `${rule.summary}\n\nSee [${rule.id}](${helpUri}).`,
    },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['rollback-safety', rule.category] },
  };
}

function sarifResult(f: Finding, ruleIndex: number | undefined) {
  const region: Record<string, number> = {};
  if (f.line === null) {
    region.startLine = 1;
  } else {
    region.startLine = f.line;
    region.endLine = Math.max(f.line, f.endLine ?? f.line);
    if (f.column != null && f.column >= 1) {
      region.startColumn = f.column;
      // Finding columns are inclusive; SARIF's endColumn is the column after the region.
      if (f.endColumn != null && (region.endLine > region.startLine || f.endColumn >= f.column)) region.endColumn = f.endColumn + 1;
    }
  }
  const properties: Record<string, unknown> = { category: f.category };
  if (f.object) properties.object = f.object;
  if (f.direction) properties.direction = f.direction;
  if (f.critical) properties.critical = true;
  // Who approved a suppression the PR adds, or who may (docs/approvals.md).
  if (f.approval) properties.approval = { by: f.approval.by, via: f.approval.via };
  if (f.pendingApproval) properties.pendingApproval = { source: f.pendingApproval.source, reason: f.pendingApproval.reason, approvers: f.pendingApproval.approvers };
  if (f.scenarios?.length) properties.scenarios = [...f.scenarios];
  if (f.line === null) properties.anchor = 'the file is not in the head commit; anchored at line 1';
  return {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: sarifText(f.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(f.file), uriBaseId: '%SRCROOT%' }, region } }],
    // Where the previous release's code uses what the finding names (code-references; lines of the base commit).
    ...(f.references?.length
      ? {
          relatedLocations: f.references.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: { uri: encodePath(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line } },
            message: { text: sarifText(`Used by the previous release (base commit): ${r.text}`) },
          })),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppression?.source === 'config' ? 'external' : 'inSource',
              status: 'accepted',
              ...(f.suppression?.reason ? { justification: f.suppression.reason } : {}),
            },
          ],
        }
      : {}),
    properties,
  };
}

/** A repository-relative path as a relative URI reference (spaces, `#`, `%`… percent-encoded). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const pages = new Map<string, string | null>();
function readPage(path: string): string | null {
  if (!pages.has(path)) pages.set(path, existsSync(path) ? readFileSync(path, 'utf8').replace(/\r\n/g, '\n') : null);
  return pages.get(path)!;
}

/** The first paragraph of a `## title` section of a rule page, as one line. */
function section(page: string, title: string): string | null {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return null;
  const paragraph: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#') || line.startsWith('```')) break;
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  return paragraph.length > 0 ? paragraph.join(' ') : null;
}

/**
 * `docs/rules` of the installed package: beside `dist/` in the bundle (`dist/index.js`,
 * `dist/cli.js` → `../docs/rules`), two levels up from `src/report/` when run from source.
 */
export function findDocsDir(): string | undefined {
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  return [join(here, '..', 'docs', 'rules'), join(here, '..', '..', 'docs', 'rules')].find((dir) => existsSync(dir));
}
