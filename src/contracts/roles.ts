/**
 * Which detected JSON Schemas describe the application's own configuration file rather than data
 * that producers and consumers exchange (issue 12: flipt's `config/flipt.schema.json`, kratos'
 * `embedx/config.schema.json`). Such a schema is not a contract by default: its reader is the
 * binary of the same release, and its writers are operators' files that no PR changes. A
 * `contracts:` entry in the configuration still makes it one (`role: event` judges it both ways:
 * old config files against the new binary, new ones against the old binary after a rollback).
 */
import { posix } from 'node:path';
import { isObject, type Workspace } from './refs.js';

/** `config`, `configuration`, `conf` as a word of a file or folder name. */
const CONFIG_WORD = /(^|[^a-z0-9])(config|configs|configuration|conf)([^a-z0-9]|$)/i;
/** A folder that holds configuration (its schema beside the default files). */
const CONFIG_FOLDER = /^(config|configs|configuration|conf)$/i;
/** A title that names a configuration, unless it says it is an event about one. */
const CONFIG_TITLE = /\bconfig(uration)?\b/i;
const EVENT_WORDS = /\b(event|message|changed|updated|created|deleted)\b/i;
const CONFIG_FILE_PROSE = /\bconfig(uration)? file\b/i;
/** `$schema: x`, `"$schema": "x"`, `# yaml-language-server: $schema=x`. */
const SCHEMA_DECLARATION = /\$schema["']?\s*[:=]\s*["']?([^\s"',}]+)/g;
const YAML_FILE = /\.ya?ml$/i;

/**
 * Why the JSON Schema at `path` (its parsed `value`) describes a configuration file, or null: its
 * file name or folder, its top-level `title` or `description`, or a YAML file of the same side
 * that declares it as its `$schema` (a key or a `yaml-language-server` modeline, by relative path
 * or by a URL ending in the schema's repository path). YAML only: configuration files are YAML,
 * while JSON files that name an event schema are usually example messages.
 */
export function configSchemaEvidence(path: string, value: unknown, side: Workspace): string | null {
  const parts = path.split('/');
  const name = parts[parts.length - 1].replace(/(\.schema)?\.(json|ya?ml)$/i, '');
  if (CONFIG_WORD.test(name)) return 'its file name';
  if (parts.length > 1 && CONFIG_FOLDER.test(parts[parts.length - 2])) {
    return `its folder ${parts.slice(0, -1).join('/')}/`;
  }
  if (isObject(value)) {
    if (typeof value.title === 'string' && CONFIG_TITLE.test(value.title) && !EVENT_WORDS.test(value.title)) return `its title "${value.title}"`;
    if (typeof value.description === 'string' && CONFIG_FILE_PROSE.test(value.description.slice(0, 1000))) return 'its description';
  }
  const referrer = yamlDeclaring(path, side);
  return referrer ? `${referrer} declares it as its $schema` : null;
}

/** A YAML file of `side` whose `$schema` leads to `path`; null when none (or the side cannot search). */
function yamlDeclaring(path: string, side: Workspace): string | null {
  const name = path.split('/').pop()!;
  const found = side.search(name);
  if (!found) return null;
  for (const file of found) {
    if (file === path || !YAML_FILE.test(file)) continue;
    const text = side.text(file);
    if (text === null) continue;
    for (const m of text.matchAll(SCHEMA_DECLARATION)) if (leadsTo(file, m[1], path)) return file;
  }
  return null;
}

/** True when the `$schema` text `target`, written in `file`, names the repository path `path`. */
function leadsTo(file: string, target: string, path: string): boolean {
  const location = target.split('#')[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
    try {
      // https://raw.githubusercontent.com/org/app/main/config/app.schema.json names config/app.schema.json
      return `/${new URL(location).pathname.replace(/^\/+/, '')}`.endsWith(`/${path}`);
    } catch {
      return false;
    }
  }
  return posix.normalize(posix.join(posix.dirname(file), location)) === path;
}
