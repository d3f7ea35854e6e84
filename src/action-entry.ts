import './wasm-flags.js';
import { main } from './action.js';

// Stopped (Ctrl-C, a cancelled job): exit through 'exit' so temporary folders are removed.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

await main();
