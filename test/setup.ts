// Every test file may analyse a contract without prepareEngine (an in-memory call): load what
// entry points load on demand, the YAML readers and the JSON Schema meta-validator
// (src/contracts/load.ts, src/contracts/meta.ts).
import { prepareYaml } from '../src/contracts/load.js';
import { prepareMeta } from '../src/contracts/meta.js';

await Promise.all([prepareYaml(), prepareMeta()]);
