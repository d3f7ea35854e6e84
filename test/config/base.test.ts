/** loadBaseConfig (issue 18, the fixed cost of a run): the defaults without the reader when the base has no config file, baseConfig's answer otherwise. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';

afterEach(() => {
  vi.doUnmock('../../src/config/load.js');
  vi.resetModules();
});

const SQL = { 'db/1.sql': 'create table t (id int);\n' };

describe('loadBaseConfig', () => {
  test('no config file in the base: the defaults, and the reader (yaml, ajv) is never loaded', async () => {
    vi.resetModules();
    vi.doMock('../../src/config/load.js', () => {
      throw new Error('the configuration reader was loaded');
    });
    const { loadBaseConfig } = await import('../../src/config/base.js');
    // A config file the PR adds is not the base's: still the defaults.
    const changes = changeSetFromTrees(SQL, { ...SQL, '.rollback-guard.yml': 'rules: {}\n' });
    await expect(loadBaseConfig(changes, null, () => {})).resolves.toEqual(defaultConfig());
    await expect(loadBaseConfig(changeSetFromTrees(SQL, SQL), 'ci/gate.yml', () => {})).resolves.toEqual(defaultConfig());
  });

  test('variant: a config file in the base (found, explicit, unreadable, repaired by the PR) gets what baseConfig gives', async () => {
    const { loadBaseConfig } = await import('../../src/config/base.js');
    const { baseConfig } = await import('../../src/config/from-tree.js');
    const cases: [Record<string, string>, Record<string, string>, string | null, 'config' | 'warned' | 'error', Record<string, string>?][] = [
      [{ ...SQL, '.github/rollback-guard.yml': 'migrations:\n  dialect: mysql\n' }, SQL, null, 'config'],
      [{ ...SQL, 'ci/gate.yml': 'migrations:\n  dialect: sqlite\n' }, SQL, 'ci/gate.yml', 'config'],
      [{ ...SQL, '.rollback-guard.yml': 'migrations: [nope\n' }, { ...SQL, '.rollback-guard.yml': 'migrations:\n  dialect: mysql\n' }, null, 'warned'],
      [SQL, SQL, null, 'error', { '.rollback-guard.yml': '../outside.yml' }],
    ];
    for (const [base, head, explicit, outcome, links] of cases) {
      const changes = changeSetFromTrees(base, head, {}, links ? { base: links } : {});
      const warned: string[] = [];
      const expected = await Promise.resolve()
        .then(() => ({ config: baseConfig(changes, explicit, (m) => warned.push(m)) }))
        .catch((error: Error) => ({ error: error.message }));
      const got = await loadBaseConfig(changes, explicit, (m) => warned.push(m))
        .then((config) => ({ config }))
        .catch((error: Error) => ({ error: error.message }));
      expect(got).toEqual(expected);
      if (outcome === 'error') expect(got).toHaveProperty('error');
      else expect(warned).toHaveLength(outcome === 'warned' ? 2 : 0);
      if (outcome === 'config') expect(got).not.toEqual({ config: defaultConfig() });
    }
  });
});
