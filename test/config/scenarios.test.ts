import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';

const FILE = '.github/rollback-guard.yml';

function error(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('scenarios: in the configuration', () => {
  test('every list is read; absent lists are empty; critical stays as it was', () => {
    const config = parseConfig(
      [
        'critical:',
        '  tables: [orders]',
        'scenarios:',
        '  - name: Place an order',
        '    tables: [orders, payments]',
        '    columns: [customers.email]',
        '    endpoints: ["POST /orders", "* /orders/**"]',
        '    events: [order-placed]',
        '    files: ["src/checkout/**"]',
        '  - name: "  Refund  "',
        '    endpoints: ["/refunds/**"]',
      ].join('\n'),
      FILE,
    );
    expect(config.scenarios).toEqual([
      {
        name: 'Place an order',
        tables: ['orders', 'payments'],
        columns: ['customers.email'],
        endpoints: ['POST /orders', '* /orders/**'],
        events: ['order-placed'],
        files: ['src/checkout/**'],
      },
      { name: 'Refund', tables: [], columns: [], endpoints: ['/refunds/**'], events: [], files: [] },
    ]);
    expect(config.critical).toEqual({ tables: ['orders'], endpoints: [] });
    expect(parseConfig('', FILE).scenarios).toEqual([]);
  });

  test.each([
    ['scenarios:\n  name: x\n', `${FILE}: 'scenarios' must be an array.`],
    ['scenarios:\n  - tables: [orders]\n', `${FILE}: 'scenarios[0].name' is required.`],
    ['scenarios:\n  - name: ""\n    tables: [orders]\n', `${FILE}: 'scenarios[0].name' must not be empty.`],
    ['scenarios:\n  - name: "   "\n    tables: [orders]\n', `${FILE}: 'scenarios[0].name' must not be blank.`],
    ['scenarios:\n  - name: x\n    table: [orders]\n', `${FILE}: unknown key 'scenarios[0].table'; allowed keys under 'scenarios[0]': name, tables, columns, endpoints, events, files.`],
    ['scenarios:\n  - name: x\n    tables: orders\n', `${FILE}: 'scenarios[0].tables' must be an array.`],
    ['scenarios:\n  - name: x\n', `${FILE}: 'scenarios[0]' lists nothing it relies on; give it tables, columns, endpoints, events or files.`],
    ['scenarios:\n  - name: x\n    columns: [total]\n', `${FILE}: 'scenarios[0].columns[0]' is "total"; write the column with its table, as table.column`],
    ['scenarios:\n  - name: x\n    endpoints: ["orders"]\n', `${FILE}: 'scenarios[0].endpoints[0]' is "orders"; write it as METHOD /path`],
    ['scenarios:\n  - name: x\n    endpoints: ["SEND /orders"]\n', `${FILE}: 'scenarios[0].endpoints[0]' is "SEND /orders"; write it as METHOD /path`],
    ['scenarios:\n  - name: x\n    files: ["@(a|b)/**"]\n', `${FILE}: 'scenarios[0].files[0]' is "@(a|b)/**", a glob rollback-guard cannot match`],
    ['scenarios:\n  - name: x\n    endpoints: ["GET /orders/@(a|b)"]\n', `${FILE}: 'scenarios[0].endpoints[0]' is "/orders/@(a|b)", a glob rollback-guard cannot match`],
    [
      'scenarios:\n  - name: Pay\n    tables: [a]\n  - name: Pay\n    tables: [b]\n',
      `${FILE}: 'scenarios[1].name' is "Pay", the name of scenarios[0] too; give each scenario its own name.`,
    ],
  ])('%j is one sentence naming the key', (text, message) => {
    expect(error(text)).toContain(message);
    expect(error(text).split('\n')).toHaveLength(1);
  });

  test('several problems are listed at once, each naming its key', () => {
    const message = error('scenarios:\n  - name: x\n  - name: y\n    columns: [total]\n');
    expect(message).toContain('has 2 problems');
    expect(message).toContain("'scenarios[0]' lists nothing");
    expect(message).toContain("'scenarios[1].columns[0]'");
  });

  test('quoted and schema-qualified entries and every method form are accepted', () => {
    const config = parseConfig(
      'scenarios:\n  - name: x\n    tables: [\'"Orders"\', sales.orders, "`payments`"]\n    columns: [\'"Orders".total\', sales.orders.*]\n    endpoints: ["get /a", "* /b/**", "/c/{id}", "QUERY /d"]\n',
      FILE,
    );
    expect(config.scenarios[0]!.tables).toEqual(['"Orders"', 'sales.orders', '`payments`']);
  });
});

test('the example of docs/scenarios.md is a valid configuration', () => {
  const page = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(page)?.[1];
  expect(yaml).toBeDefined();
  const config = parseConfig(yaml!, FILE);
  expect(config.scenarios.map((s) => s.name)).toEqual(['Place an order', 'Sign in']);
  expect(config.scenarios[0]!.endpoints).toContain('* /payments/**');
});
