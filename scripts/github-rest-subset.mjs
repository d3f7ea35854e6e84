// Writes test/e2e/github-rest-subset.json, the part of GitHub's REST description that the local
// API stand-in (test/e2e/github-api-server.ts) checks requests against: every operation's method
// and path (so a call to a path GitHub does not have is caught), and the request-body schemas of
// the endpoints rollback-guard writes to, with the components they refer to.
//
// Source: `generated/api.github.com.json` of the npm package @octokit/openapi (MIT), GitHub's
// published OpenAPI description. It is 385 MB installed, so it is not a dependency; to refresh:
//
//   npm pack @octokit/openapi@<version> && tar xzf octokit-openapi-<version>.tgz
//   node scripts/github-rest-subset.mjs package/generated/api.github.com.json <version>
import { readFileSync, writeFileSync } from 'node:fs';

const [file, version] = process.argv.slice(2);
if (!file || !version) {
  console.error('usage: node scripts/github-rest-subset.mjs <api.github.com.json> <@octokit/openapi version>');
  process.exit(2);
}

/** Endpoints whose request bodies are validated (rollback-guard sends bodies to these). */
const WITH_BODIES = [
  'post /repos/{owner}/{repo}/check-runs',
  'patch /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'post /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'patch /repos/{owner}/{repo}/issues/comments/{comment_id}',
];

const doc = JSON.parse(readFileSync(file, 'utf8'));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = [];
const bodiesLeftOut = [];
const paths = {};
for (const [template, item] of Object.entries(doc.paths)) {
  for (const method of METHODS) {
    if (!item[method]) continue;
    operations.push(`${method.toUpperCase()} ${template}`);
    if (WITH_BODIES.includes(`${method} ${template}`)) {
      paths[template] ??= {};
      paths[template][method] = { requestBody: item[method].requestBody };
    } else if (item[method].requestBody) bodiesLeftOut.push(`${method.toUpperCase()} ${template}`);
  }
}

// Components the kept bodies refer to, followed transitively.
const components = {};
const seen = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !seen.has(value)) {
      seen.add(value);
      const [, kind, name] = value.split('/').slice(1);
      const target = doc.components[kind][name];
      (components[kind] ??= {})[name] = target;
      visit(target);
    } else visit(value);
  }
};
visit(paths);

const subset = {
  source: { package: '@octokit/openapi', version, file: 'generated/api.github.com.json', license: 'MIT', generator: 'scripts/github-rest-subset.mjs' },
  operations: operations.sort(),
  // Operations that take a body whose schema is not kept: a request to one fails validation.
  bodiesLeftOut: bodiesLeftOut.sort(),
  paths,
  components,
};
writeFileSync(new URL('../test/e2e/github-rest-subset.json', import.meta.url), `${JSON.stringify(subset, null, 1)}\n`);
console.log(`${operations.length} operations, ${Object.keys(paths).length} paths with bodies, ${seen.size} components`);
