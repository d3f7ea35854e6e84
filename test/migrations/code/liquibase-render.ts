/**
 * One changelog written three ways (XML, YAML, JSON) from a neutral description, so every Liquibase
 * test runs on the three formats; the line a finding must be on is found by a marker in the text.
 */

export interface Change {
  name: string;
  attrs?: Record<string, string>;
  /** `column`s (YAML/JSON: a `columns` list), `constraints` (a map), `where` (text). */
  children?: Change[];
  /** `sql` text, or a `where`'s. */
  text?: string;
}

export interface ChangesetSpec {
  id: string;
  author?: string;
  attrs?: Record<string, string>;
  changes: Change[];
  /** Rollback changes, or rollback SQL. */
  rollback?: Change[] | string;
  preConditions?: { onFail: string; check: Change };
}

export type Format = 'xml' | 'yaml' | 'json';
export const FORMATS: Format[] = ['xml', 'yaml', 'json'];
export const EXT: Record<Format, string> = { xml: 'xml', yaml: 'yaml', json: 'json' };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function xmlChange(c: Change, indent: string): string {
  const attrs = Object.entries(c.attrs ?? {}).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  if (c.text !== undefined) return `${indent}<${c.name}${attrs}><![CDATA[\n${c.text}\n${indent}]]></${c.name}>\n`;
  if (!c.children?.length) return `${indent}<${c.name}${attrs}/>\n`;
  return `${indent}<${c.name}${attrs}>\n${c.children.map((k) => xmlChange(k, `${indent}  `)).join('')}${indent}</${c.name}>\n`;
}

export function xml(changesets: ChangesetSpec[]): string {
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n';
  for (const cs of changesets) {
    const attrs = Object.entries(cs.attrs ?? {}).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
    out += `  <changeSet id="${cs.id}" author="${cs.author ?? 'dev'}"${attrs}>\n`;
    if (cs.preConditions) out += `    <preConditions onFail="${cs.preConditions.onFail}">\n${xmlChange(cs.preConditions.check, '      ')}    </preConditions>\n`;
    for (const c of cs.changes) out += xmlChange(c, '    ');
    if (typeof cs.rollback === 'string') out += `    <rollback>${esc(cs.rollback)}</rollback>\n`;
    else if (cs.rollback) out += `    <rollback>\n${cs.rollback.map((c) => xmlChange(c, '      ')).join('')}    </rollback>\n`;
    out += '  </changeSet>\n';
  }
  return `${out}</databaseChangeLog>\n`;
}

/** The change as YAML/JSON write it: `{name: {attrs…, columns: [{column: …}], constraints: {…}, where: '…'}}`. */
function object(c: Change): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.attrs ?? {})) body[k] = v === 'true' ? true : v === 'false' ? false : v;
  if (c.text !== undefined) body.sql = c.text;
  const cols = (c.children ?? []).filter((k) => k.name === 'column');
  if (cols.length > 0) body.columns = cols.map(object);
  for (const k of c.children ?? []) {
    if (k.name === 'column') continue;
    body[k.name] = k.text !== undefined ? k.text : (object(k)[k.name] as unknown);
  }
  return { [c.name]: body };
}

function tree(changesets: ChangesetSpec[]): unknown {
  return {
    databaseChangeLog: changesets.map((cs) => {
      const body: Record<string, unknown> = { id: cs.id, author: cs.author ?? 'dev', ...(cs.attrs ?? {}) };
      for (const [k, v] of Object.entries(cs.attrs ?? {})) body[k] = v === 'true' ? true : v === 'false' ? false : v;
      if (cs.preConditions) body.preConditions = [{ onFail: cs.preConditions.onFail }, object(cs.preConditions.check)];
      body.changes = cs.changes.map(object);
      if (typeof cs.rollback === 'string') body.rollback = cs.rollback;
      else if (cs.rollback) body.rollback = cs.rollback.map(object);
      return { changeSet: body };
    }),
  };
}

function yamlValue(v: unknown, indent: string): string {
  if (typeof v === 'string') {
    if (v.includes('\n')) return `|\n${v.split('\n').map((l) => `${indent}  ${l}`).join('\n')}`;
    return JSON.stringify(v);
  }
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `\n${v.map((item) => `${indent}- ${yamlMap(item as Record<string, unknown>, `${indent}  `).trimStart()}`).join('\n')}`;
  return `\n${yamlMap(v as Record<string, unknown>, `${indent}  `)}`;
}

function yamlMap(m: Record<string, unknown>, indent: string): string {
  return Object.entries(m)
    .map(([k, v]) => `${indent}${k}: ${yamlValue(v, indent)}`.replace(/: \n/, ':\n'))
    .join('\n');
}

export function yaml(changesets: ChangesetSpec[]): string {
  return `${yamlMap(tree(changesets) as Record<string, unknown>, '')}\n`;
}

export function json(changesets: ChangesetSpec[]): string {
  return `${JSON.stringify(tree(changesets), null, 2)}\n`;
}

export function render(format: Format, changesets: ChangesetSpec[]): string {
  return format === 'xml' ? xml(changesets) : format === 'yaml' ? yaml(changesets) : json(changesets);
}

/** The 1-based line of the first line containing `marker` at or after line `from`. */
export function lineOf(text: string, marker: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i].includes(marker)) return i + 1;
  throw new Error(`marker ${marker} not in:\n${text}`);
}

/** How a change type's key is written in each format (the line a finding on it must be on). */
export function changeMarker(format: Format, name: string): string {
  return format === 'xml' ? `<${name}` : format === 'yaml' ? `${name}:` : `"${name}"`;
}
