/**
 * AsyncAPI 2.x and 3.x (issue 15 section 3): channels and messages read into one model, payloads
 * and headers judged as events (SPEC 7.3), removals errors, additions rollback notices, and what
 * cannot be read or compared a finding, never a pass.
 */
import { describe, expect, test } from 'vitest';
import { contractFindings, type Files } from './helpers.js';

const V2 = (channels: string, components = '') =>
  `asyncapi: 2.6.0\ninfo: {title: Users, version: '1'}\nchannels:\n${channels}\n${components ? `components:\n${components}\n` : ''}`;
const V3 = (channels: string, operations: string, components = '') =>
  `asyncapi: 3.0.0\ninfo: {title: Orders, version: '1'}\nchannels:\n${channels}\noperations:\n${operations}\n${components ? `components:\n${components}\n` : ''}`;

const USER = (props: string, required = '[id]') => `  schemas:\n    User:\n      type: object\n      required: ${required}\n      properties:\n${props}`;
const ID = '        id: {type: string}\n';
const MESSAGES2 = `  messages:\n    UserSignedUp:\n      payload: {$ref: '#/components/schemas/User'}\n    UserDeleted:\n      payload: {type: object, properties: {id: {type: string}}}\n`;
const SIGNED_UP = (oneOf: string) => `  user/signedup:\n    subscribe:\n      message:\n        oneOf:\n${oneOf}`;
const REF = (name: string) => `          - $ref: '#/components/messages/${name}'\n`;
const UPDATED = "  user/updated:\n    publish:\n      message:\n        name: UserUpdated\n        payload: {type: object, properties: {id: {type: string}}}\n";

const ids = (base: Files, head: Files): string[] => contractFindings(base, head).map((f) => f.rule).sort();
const pair = (base: string, head: string, path = 'asyncapi.yaml'): string[] => ids({ [path]: base }, { [path]: head });

const BASE2 = V2(SIGNED_UP(REF('UserSignedUp') + REF('UserDeleted')) + UPDATED, MESSAGES2 + USER(ID + '        email: {type: string}\n'));

describe('AsyncAPI 2.x', () => {
  test('the same document, reformatted or re-described, is quiet', () => {
    const head = BASE2.replace("title: Users", "title: Users service, description: 'now described'");
    expect(pair(BASE2, head)).toEqual([]);
    expect(pair(BASE2, BASE2.replace(REF('UserSignedUp') + REF('UserDeleted'), REF('UserDeleted') + REF('UserSignedUp')))).toEqual([]);
  });

  test('a removed channel is channel-removed, once (not once per message)', () => {
    const head = V2(SIGNED_UP(REF('UserSignedUp') + REF('UserDeleted')), MESSAGES2 + USER(ID + '        email: {type: string}\n'));
    const found = contractFindings({ 'asyncapi.yaml': BASE2 }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.line, f.severity ?? 'default', f.endpoints])).toEqual([['channel-removed', 3, 'default', ['RECEIVE user/updated']]]);
    expect(found[0].message).toContain('Channel user/updated was removed');
  });

  test('a message deprecated in base and then removed is a warning (blueapi 0470253: eventPage)', () => {
    const deprecated = BASE2.replace('    UserDeleted:\n', '    UserDeleted:\n      deprecated: true\n');
    const head = V2(SIGNED_UP(REF('UserSignedUp')) + UPDATED, MESSAGES2 + USER(ID + '        email: {type: string}\n'));
    const found = contractFindings({ 'asyncapi.yaml': deprecated }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['message-removed', 'warning']]);
  });

  test('an Avro payload behind the same URL on both sides is no change (asyncapi/spec b3fac5b); another URL is', () => {
    const avro = (url: string) => V2(`  orders:\n    subscribe:\n      message:\n        name: Order\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        payload: {$ref: '${url}'}\n`);
    expect(pair(avro('https://example.com/Order.avsc'), avro('https://example.com/Order.avsc').replace('2.6.0', '2.6.0\nid: urn:x'))).toEqual([]);
    expect(pair(avro('https://example.com/Order.avsc'), avro('https://example.com/OrderV2.avsc'))).toEqual(['external-ref', 'schema-keyword-changed']);
  });

  test('a message gone from a oneOf is message-removed on its channel', () => {
    const head = V2(SIGNED_UP(REF('UserSignedUp')) + UPDATED, MESSAGES2 + USER(ID + '        email: {type: string}\n'));
    const found = contractFindings({ 'asyncapi.yaml': BASE2 }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.line, f.object])).toEqual([['message-removed', 4, 'SEND user/signedup message UserDeleted']]);
  });

  test('new channels and messages are rollback notices', () => {
    const head = V2(
      SIGNED_UP(REF('UserSignedUp') + REF('UserDeleted') + "          - {name: UserBanned, payload: {type: object}}\n") + UPDATED + '  user/banned:\n    subscribe:\n      message: {payload: {type: string}}\n',
      MESSAGES2 + USER(ID + '        email: {type: string}\n'),
    );
    const found = contractFindings({ 'asyncapi.yaml': BASE2 }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.direction, f.object]).sort()).toEqual([
      ['channel-added', 'rollback', 'channel user/banned'],
      ['message-added', 'rollback', 'SEND user/signedup message UserBanned'],
    ]);
  });

  test('payloads behind component $refs are judged as events, both ways (FULL)', () => {
    // removed property: old consumers read it; new required one: old producers lack it
    const head = BASE2.replace('required: [id]', 'required: [id, name]').replace('        email: {type: string}\n', '        name: {type: string}\n');
    expect(pair(BASE2, head)).toEqual(['schema-property-removed', 'schema-required-property-added']);
    // a new enum value: old consumers meet it (warning); widened type: old consumers reject it
    expect(pair(BASE2, BASE2.replace('email: {type: string}', 'email: {type: [string, integer]}'))).toEqual(['schema-type-changed']);
  });

  test('what the application receives is judged the same way (rollback: the old code reads again)', () => {
    const head = BASE2.replace('name: UserUpdated\n        payload: {type: object, properties: {id: {type: string}}}', 'name: UserUpdated\n        payload: {type: object, properties: {}}');
    const found = contractFindings({ 'asyncapi.yaml': BASE2 }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.endpoints])).toEqual([['schema-property-removed', ['RECEIVE user/updated']]]);
  });

  test('a property narrowed from a type to a const is tightened, not widened to any type (blueapi 0470253)', () => {
    const doc = (name: string) => BASE2.replace("payload: {type: object, properties: {id: {type: string}}}\n", `payload: {type: object, properties: {name: ${name}}}\n`);
    expect(pair(doc('{type: string}'), doc('{const: start}'))).toEqual(['schema-constraint-tightened']);
    expect(pair(doc('{type: string}'), doc('{enum: [1, 2]}'))).toEqual(['schema-constraint-tightened', 'schema-type-changed']);
  });

  test('headers are compared like a payload', () => {
    const withHeaders = (t: string) => BASE2.replace("    UserDeleted:\n", `    UserDeleted:\n      headers: {type: object, properties: {trace: {type: ${t}}}}\n`);
    expect(pair(withHeaders('string'), withHeaders('integer'))).toEqual(['schema-type-changed']);
    expect(pair(withHeaders('string'), BASE2)).toEqual(['schema-property-removed']);
    expect(pair(withHeaders('string'), withHeaders('string'))).toEqual([]);
  });

  test('a circular payload schema is compared without looping', () => {
    const circular = (extra: string) => BASE2.replace(ID, `${ID}        friend: {$ref: '#/components/schemas/User'}\n${extra}`);
    expect(pair(circular(''), circular(''))).toEqual([]);
    expect(pair(circular(''), circular('        score: {type: integer}\n').replace('required: [id]', 'required: [id, score]'))).toEqual(['schema-required-property-added']);
  });

  test('a payload in another file: a change there is found through the $ref, a dangling one is a finding', () => {
    const doc = V2("  user/signedup:\n    subscribe:\n      message:\n        name: UserSignedUp\n        payload: {$ref: './schemas/user.yaml'}\n");
    const user = (props: string) => `type: object\nproperties:\n${props}`;
    const base = { 'events/asyncapi.yaml': doc, 'events/schemas/user.yaml': user('  id: {type: string}\n  email: {type: string}\n') };
    const found = contractFindings(base, { ...base, 'events/schemas/user.yaml': user('  id: {type: string}\n') });
    expect(found.map((f) => [f.rule, f.file])).toEqual([['schema-property-removed', 'events/schemas/user.yaml']]);
    const dangling = contractFindings(base, { 'events/asyncapi.yaml': doc.replace('user.yaml', 'users.yaml'), 'events/schemas/user.yaml': base['events/schemas/user.yaml'] });
    expect(dangling.map((f) => f.rule)).toEqual(['invalid-contract']);
  });

  test('detected by its `asyncapi:` key, whatever the file is called; deleted: contract-removed', () => {
    expect(ids({ 'docs/events.yml': BASE2 }, { 'docs/events.yml': BASE2.replace('email: {type: string}', 'email: {type: integer}') })).toEqual(['schema-type-changed']);
    expect(ids({ 'docs/events.json': JSON.stringify({ asyncapi: '2.0.0', channels: { a: { publish: { message: { payload: { type: 'string' } } } } } }) }, { 'docs/events.json': JSON.stringify({ asyncapi: '2.0.0', channels: { a: { publish: { message: { payload: { type: 'integer' } } } } } }) })).toEqual(['schema-type-changed']);
    expect(ids({ 'docs/events.yml': BASE2 }, {})).toEqual(['contract-removed']);
  });

  test('a message changing schemaFormat or contentType, bindings or correlationId: schema-keyword-changed', () => {
    const msg = (extra: string) => V2(`  orders:\n    subscribe:\n      message:\n        name: Order\n${extra}        payload: {type: object}\n`);
    expect(pair(msg(''), msg('        contentType: application/xml\n'))).toEqual(['schema-keyword-changed']);
    expect(pair(msg('        bindings: {kafka: {key: {type: string}}}\n'), msg('        bindings: {kafka: {key: {type: integer}}}\n'))).toEqual(['schema-keyword-changed']);
    expect(pair(msg('        correlationId: {location: $message.header#/a}\n'), msg('        correlationId: {location: $message.header#/b}\n'))).toEqual(['schema-keyword-changed']);
    expect(pair(msg('        bindings: {kafka: {key: {type: string}}}\n'), msg('        bindings: {kafka: {key: {type: string}}}\n'))).toEqual([]);
    const avro = (type: string) => V2(`  orders:\n    subscribe:\n      message:\n        name: Order\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        payload: {type: record, name: O, fields: [{name: id, type: ${type}}]}\n`);
    const found = contractFindings({ 'asyncapi.yaml': avro('string') }, { 'asyncapi.yaml': avro('long') });
    expect(found.map((f) => f.rule)).toEqual(['schema-keyword-changed']);
    expect(found[0].message).toContain('application/vnd.apache.avro');
    expect(pair(avro('string'), avro('string'))).toEqual([]);
  });
});

const CHANNELS3 = (id: string, extra = '') =>
  `  ${id}:\n    address: shop.orders\n    messages:\n      OrderPlaced: {$ref: '#/components/messages/OrderPlaced'}\n      OrderCancelled: {$ref: '#/components/messages/OrderCancelled'}\n${extra}`;
const OPS3 = (id: string, receive = true) =>
  `  sendOrderPlaced:\n    action: send\n    channel: {$ref: '#/channels/${id}'}\n    messages: [{$ref: '#/channels/${id}/messages/OrderPlaced'}]\n` +
  (receive ? `  onOrderCancelled:\n    action: receive\n    channel: {$ref: '#/channels/${id}'}\n    messages: [{$ref: '#/channels/${id}/messages/OrderCancelled'}]\n` : '');
const ORDER = (props: string) =>
  `  messages:\n    OrderPlaced:\n      payload:\n        type: object\n        properties:\n          id: {type: string}\n${props}    OrderCancelled:\n      payload: {type: object, properties: {id: {type: string}}}\n`;
const BASE3 = V3(CHANNELS3('orders'), OPS3('orders'), ORDER('          total: {type: number}\n'));

describe('AsyncAPI 3.x', () => {
  test('channels match on their address: a renamed channel id is quiet', () => {
    expect(pair(BASE3, V3(CHANNELS3('shopOrders'), OPS3('shopOrders'), ORDER('          total: {type: number}\n')))).toEqual([]);
  });

  test('an operation removed: the message it received is message-removed, even if the channel still declares it', () => {
    const found = contractFindings({ 'asyncapi.yaml': BASE3 }, { 'asyncapi.yaml': V3(CHANNELS3('orders'), OPS3('orders', false), ORDER('          total: {type: number}\n')) });
    expect(found.map((f) => [f.rule, f.object, f.endpoints])).toEqual([['message-removed', 'RECEIVE shop.orders message OrderCancelled', ['RECEIVE shop.orders']]]);
    expect(found[0].message).toContain('still declared on the channel');
  });

  test('payload changes through operations: tightened, and loosened types under FULL', () => {
    expect(pair(BASE3, BASE3.replace('total: {type: number}', 'total: {type: number, maximum: 100}'))).toEqual(['schema-constraint-tightened']);
    expect(pair(BASE3, BASE3.replace('          total: {type: number}\n', ''))).toEqual(['schema-property-removed']);
  });

  test('a channel with an address that changed is removed and another added', () => {
    const found = contractFindings({ 'asyncapi.yaml': BASE3 }, { 'asyncapi.yaml': BASE3.replace('address: shop.orders', 'address: shop.orders.v2') });
    expect(found.map((f) => [f.rule, f.object]).sort()).toEqual([
      ['channel-added', 'channel shop.orders.v2'],
      ['channel-removed', 'channel shop.orders'],
    ]);
  });

  test('a channel without operations is still compared (declared messages)', () => {
    const doc = (t: string) => `asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels:\n  audit:\n    messages:\n      Audit:\n        payload: {type: object, properties: {at: {type: ${t}}}}\n`;
    expect(pair(doc('string'), doc('integer'))).toEqual(['schema-type-changed']);
    const found = contractFindings({ 'asyncapi.yaml': doc('string') }, { 'asyncapi.yaml': doc('string').replace('      Audit:\n', '      Audit2: {payload: {type: string}}\n      Audit:\n') });
    expect(found.map((f) => [f.rule, f.endpoints])).toEqual([['message-added', ['CHANNEL audit']]]);
  });

  test('multi-format payload: JSON Schema formats are judged, Avro changes flagged', () => {
    const multi = (format: string, schema: string) => BASE3.replace("      payload: {type: object, properties: {id: {type: string}}}\n", `      payload:\n        schemaFormat: ${format}\n        schema: ${schema}\n`);
    const json = 'application/schema+json;version=draft-07';
    expect(pair(multi(json, '{type: object, properties: {id: {type: string}}}'), multi(json, '{type: object, properties: {id: {type: integer}}}'))).toEqual(['schema-type-changed']);
    const avro = 'application/vnd.apache.avro;version=1.9.0';
    expect(pair(multi(avro, '{type: record, name: C, fields: [{name: id, type: string}]}'), multi(avro, '{type: record, name: C, fields: [{name: id, type: long}]}'))).toEqual(['schema-keyword-changed']);
    expect(pair(multi(avro, '{type: record, name: C, fields: []}'), multi(avro, '{type: record, name: C, fields: []}'))).toEqual([]);
  });

  test('operation bindings changed: schema-keyword-changed; a 2.x document rewritten as 3.0 keeps its channels', () => {
    const withBindings = (group: string) => BASE3.replace("  sendOrderPlaced:\n    action: send\n", `  sendOrderPlaced:\n    action: send\n    bindings: {kafka: {groupId: {type: string, enum: [${group}]}}}\n`);
    expect(pair(withBindings('a'), withBindings('b'))).toEqual(['schema-keyword-changed']);
    const v2 = V2('  shop.orders:\n    subscribe:\n      message: {$ref: "#/components/messages/OrderPlaced"}\n', ORDER('          total: {type: number}\n'));
    const v3 = V3("  orders:\n    address: shop.orders\n    messages:\n      OrderPlaced: {$ref: '#/components/messages/OrderPlaced'}\n", OPS3('orders', false), ORDER('          total: {type: number}\n'));
    expect(pair(v2, v3)).toEqual([]);
  });
});

describe('AsyncAPI: real layouts (asyncapi/spec examples)', () => {
  // asyncapi/spec d78dcea: rpc-server.yml (2.x, one unnamed message per operation) rewritten as 3.0 with keyed messages
  const v2 = (t: string) => V2(`  rpc_queue:\n    publish:\n      message:\n        payload: {type: object, properties: {numbers: {type: array, items: {type: ${t}}}}}\n`);
  const v3 = (t: string) =>
    V3(`  rpcQueue:\n    address: rpc_queue\n    messages:\n      sum:\n        payload: {type: object, properties: {numbers: {type: array, items: {type: ${t}}}}}\n`, "  sum:\n    action: receive\n    channel: {$ref: '#/channels/rpcQueue'}\n");
  test('the only message of an action on a channel, renamed, is the same message', () => {
    expect(pair(v2('number'), v3('number'))).toEqual([]);
    expect(pair(v2('number'), v3('string'))).toEqual(['schema-type-changed']);
    // two messages where there was one: no guessing, the unnamed one is removed
    const two = v3('number').replace('      sum:\n', '      other: {payload: {type: string}}\n      sum:\n');
    expect(pair(v2('number'), two)).toEqual(['message-added', 'message-added', 'message-removed']);
  });

  test('a reply (3.0 request/reply) is the opposite action on the reply channel', () => {
    const doc = (t: string, replyTo = 'replies') =>
      `asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels:\n  requests:\n    messages:\n      Req: {payload: {type: object}}\n  replies:\n    messages:\n      Res: {payload: {type: object, properties: {total: {type: ${t}}}}}\n` +
      `operations:\n  ask:\n    action: send\n    channel: {$ref: '#/channels/requests'}\n    reply:\n      channel: {$ref: '#/channels/${replyTo}'}\n`;
    const found = contractFindings({ 'asyncapi.yaml': doc('number') }, { 'asyncapi.yaml': doc('string') });
    expect(found.map((f) => [f.rule, f.endpoints])).toEqual([['schema-type-changed', ['RECEIVE replies']]]);
  });

  test('a pre-release version (2.0.0-rc2) is read', () => {
    expect(pair(BASE2.replace('2.6.0', '2.0.0-rc2'), BASE2.replace('2.6.0', '2.0.0-rc2').replace('email: {type: string}', 'email: {type: integer}'))).toEqual(['schema-type-changed']);
  });
});

describe('AsyncAPI: a property that two allOf members declare (rimfrost-regel-common-asyncapi 8dfd822)', () => {
  // a CloudEvent envelope in another file declares `data: {type: object}`; the message's own member says what `data` is
  const envelope = "asyncapi: 3.0.0\ninfo: {title: base, version: '1'}\ncomponents:\n  schemas:\n    Envelope:\n      type: object\n      properties:\n        id: {type: string}\n        data: {type: object}\n";
  const doc = (field: string) =>
    V3(
      "  responses:\n    messages:\n      Response: {$ref: '#/components/messages/Response'}\n",
      "  answer:\n    action: send\n    channel: {$ref: '#/channels/responses'}\n",
      `  schemas:\n    Data:\n      type: object\n      required: [${field}]\n      properties:\n        ${field}: {type: string}\n  messages:\n    Response:\n      payload:\n        allOf:\n          - $ref: 'envelope.yaml#/components/schemas/Envelope'\n          - type: object\n            properties:\n              data: {$ref: '#/components/schemas/Data'}\n`,
    );
  test('a change behind the second declaration is found, in either order', () => {
    const run = (b: string, h: string) => ids({ 'envelope.yaml': envelope, 'asyncapi.yaml': b }, { 'envelope.yaml': envelope, 'asyncapi.yaml': h });
    expect(run(doc('rattTillForsakring'), doc('utfall'))).toEqual(['schema-property-removed', 'schema-required-property-added']);
    const swapped = (f: string) => doc(f).replace(/( {10}- \$ref: 'envelope\.yaml#\/components\/schemas\/Envelope'\n)( {10}- type: object\n {12}properties:\n {14}data: \{\$ref: '#\/components\/schemas\/Data'\}\n)/, '$2$1');
    expect(swapped('a')).not.toEqual(doc('a'));
    expect(run(swapped('rattTillForsakring'), swapped('utfall'))).toEqual(['schema-property-removed', 'schema-required-property-added']);
    expect(run(doc('utfall'), doc('utfall'))).toEqual([]);
  });
});

describe('AsyncAPI that cannot be read is a finding, never a pass', () => {
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const noChannel = BASE3.replace("    channel: {$ref: '#/channels/orders'}\n    messages: [{$ref: '#/channels/orders/messages/OrderCancelled'}]\n", '');
  test.each([
    ['an unknown version', BASE3.replace('asyncapi: 3.0.0', 'asyncapi: 1.2.0'), 1],
    ['channels not a mapping', "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels: [a, b]\n", 3],
    ['an operation with a wrong action', BASE3.replace('action: receive', 'action: listen'), lineOf(BASE3, 'action: receive')],
    ['an operation without a channel', noChannel, lineOf(noChannel, 'onOrderCancelled:')],
    // the parser's own line: where the flow sequence runs into the next key
    ['YAML that does not parse', BASE3.replace('channels:\n', 'channels:\n  - [\n'), 6],
  ])('%s: invalid-contract on its line', (_, head, line) => {
    const found = contractFindings({ 'asyncapi.yaml': BASE3 }, { 'asyncapi.yaml': head });
    expect(found.map((f) => [f.rule, f.line])).toEqual([['invalid-contract', line]]);
  });

  test('an operation whose channel $ref dangles is reported at the $ref', () => {
    const found = contractFindings({ 'asyncapi.yaml': BASE3 }, { 'asyncapi.yaml': BASE3.replace("channel: {$ref: '#/channels/orders'}\n    messages: [{$ref: '#/channels/orders/messages/OrderCancelled'}]", "channel: {$ref: '#/channels/gone'}") });
    expect(found.map((f) => f.rule).sort()).toEqual(['invalid-contract', 'message-removed']);
  });

  test('an AsyncAPI document that became an OpenAPI one, or a mapping without `asyncapi`, is invalid-contract; emptied: contract-removed', () => {
    expect(pair(BASE3, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")).toEqual(['invalid-contract']);
    const found = contractFindings({ 'asyncapi.yaml': BASE3 }, { 'asyncapi.yaml': 'channels: {}\n' });
    expect(found.map((f) => f.message)).toEqual(['This contract is not valid: it was an AsyncAPI document in base and is now a mapping without an `asyncapi` key.']);
    expect(pair(BASE3, '{}\n')).toEqual(['contract-removed']);
  });

  test('a new AsyncAPI file is read (malformed: a finding) but its channels are not "added"', () => {
    expect(ids({}, { 'asyncapi.yaml': BASE3 })).toEqual([]);
    expect(ids({}, { 'asyncapi.yaml': BASE3.replace('action: receive', 'action: listen') })).toEqual(['invalid-contract']);
  });
});
