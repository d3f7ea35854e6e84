import './wasm-flags.js';
import { main } from './action.js';

await main();
