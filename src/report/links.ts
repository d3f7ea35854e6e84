/**
 * Links that work from any repository: a rule's page at the released tag of this package
 * (`https://github.com/rollback-guard/rollback-guard/blob/v<version>/docs/rules/<id>.md`), and a
 * finding's line in the repository under test (`<server>/<owner>/<repo>/blob/<sha>/<path>#L<n>`).
 *
 * The rule pages link to the tag of the version that produced the report, never to `main` (a
 * page can change or disappear there) nor to the repository under test (which has no
 * `docs/rules/`), and not through `GITHUB_ACTION_REF` (empty for `uses: ./`, a branch name for a
 * fork). The release workflow tags every published version, so the link exists once the version
 * is released; test/report/links.test.ts checks each link's path against `docs/rules/`.
 */
import { VERSION } from '../version.js';

/** The project's home on GitHub; package.json's `repository` says the same (tested). */
export const PROJECT_REPOSITORY = 'rollback-guard/rollback-guard';
export const PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`;

/** The tag of the running version (`v0.1.0`); a development build links to `main`. */
export function releaseRef(version: string = VERSION): string {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version) && !version.includes('-dev') ? `v${version}` : 'main';
}

export function ruleDocsUrl(ruleId: string, version: string = VERSION): string {
  return `${PROJECT_URL}/blob/${releaseRef(version)}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/** Where a repository is browsed: `https://github.com/acme/shop`, or a GitHub Enterprise server's. */
export interface RepositoryLink {
  serverUrl: string;
  owner: string;
  repo: string;
}

/** `path` at `sha`, at line `line` when given. Every path segment is percent-encoded (`#`, `(`, spaces). */
export function blobUrl(where: RepositoryLink, sha: string, path: string, line: number | null): string {
  const encoded = path.split('/').map(encodeSegment).join('/');
  const base = `${where.serverUrl.replace(/\/+$/, '')}/${encodeSegment(where.owner)}/${encodeSegment(where.repo)}/blob/${encodeSegment(sha)}/${encoded}`;
  return line === null ? base : `${base}#L${line}`;
}

/** encodeURIComponent leaves `( ) ! ' *` alone; a markdown link destination must not hold `( )`. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
