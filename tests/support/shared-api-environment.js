/**
 * The test environment of tests/ (integration and browser files): Node's, plus one way into this worker's own module
 * cache. Every file starts a Kring from the API's sources. In jest's registry each file loaded them afresh — some
 * 3,600 modules, 2 s of wall time per file before its first test — and ran them cold. Through this environment the
 * API's and the domain library's sources (see shared-api-transform.js) are loaded once per worker by Node itself,
 * compiled as `npm run bench:live` compiles them (tests/bench/swc-register.js), and every file of that worker shares
 * them: the same classes for `app.get(…)`, the same code, warm.
 *
 * What a shared module means for a test: module-level state lives as long as the worker (the API keeps none that
 * belongs to one database), and every spy a file set is restored when the file ends (teardown below).
 */
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

let registered = false;

/** Registers the TypeScript hook and the decorators' metadata store once per worker. */
function registerOnce() {
  if (registered) return;
  require('../bench/swc-register.js');
  // Decorators keep their metadata here: the API's own entry points import it first (main.ts).
  require('reflect-metadata');
  // Errors thrown in shared code point at TypeScript lines (swc-register inlines source maps).
  process.setSourceMapsEnabled(true);
  registered = true;
}

/** Node's own require of a shared file (shared-api-transform.js names them). */
function requireShared(file) {
  registerOnce();
  return require(path.resolve(file));
}

/** What reflect-metadata adds to Reflect: a test reads the metadata the shared decorators wrote (access-surface.ts). */
const METADATA_FUNCTIONS = [
  'decorate',
  'metadata',
  'defineMetadata',
  'hasMetadata',
  'hasOwnMetadata',
  'getMetadata',
  'getOwnMetadata',
  'getMetadataKeys',
  'getOwnMetadataKeys',
  'deleteMetadata',
];

class SharedApiEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    registerOnce();
    this.global.__kringRequireShared = requireShared;
    // The test's own Reflect is its sandbox's: give it the one store every shared decorator wrote to.
    for (const name of METADATA_FUNCTIONS) this.global.Reflect[name] = Reflect[name];
  }

  async teardown() {
    // A spy a file left on something shared (a class's prototype) would still be there in the worker's next file.
    this.moduleMocker?.restoreAllMocks();
    await super.teardown();
  }
}

module.exports = SharedApiEnvironment;
