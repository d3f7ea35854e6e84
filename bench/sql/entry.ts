/** What the SQL benchmark needs from the engine, bundled by bench/sql/run.mjs into .tmp/. */
export { prepareEngine, runEngine } from '../../src/engine.js';
export { changeSetFromTrees } from '../../src/changes/types.js';
export { defaultConfig } from '../../src/config/types.js';
export { detectMigration, sectionsOf } from '../../src/migrations/detect.js';
export { splitStatements } from '../../src/migrations/split.js';
export { parseStatement } from '../../src/migrations/parse/index.js';
