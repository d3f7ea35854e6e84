// Every test file may analyse a contract without prepareEngine (an in-memory call): load what
// entry points load on demand, the contract analysis's modules with the YAML readers and the JSON
// Schema meta-validator (src/engine-contracts.ts, src/contracts/load.ts, src/contracts/meta.ts).
import { prepareContracts } from '../src/engine-contracts.js';

await prepareContracts();
