/**
 * Jest transform for the API's and the domain library's sources, and the packages they share with tests, when a file
 * in tests/ imports them: the module jest loads is only a door to the one Node loaded for this worker
 * (shared-api-environment.js says why). Jest's own process, which runs global setup and teardown outside any test
 * environment, has no shared loader: there the door holds the module compiled as the preset compiles it.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const { createTransformer } = require('@swc/jest');
const preset = require('../../jest.preset');

const [, swcOptions] = Object.values(preset.transform)[0];
const compiler = createTransformer(swcOptions);
const SELF = fs.readFileSync(__filename, 'utf8');

module.exports = {
  process(source, sourcePath, options) {
    const { code } = compiler.process(source, sourcePath, options);
    return {
      code:
        `if (globalThis.__kringRequireShared) module.exports = globalThis.__kringRequireShared(${JSON.stringify(sourcePath)});\n` +
        `else (function () {\n${code}\n}).call(this);`,
    };
  },
  getCacheKey(source, sourcePath, options) {
    return crypto
      .createHash('sha256')
      .update(SELF)
      .update(compiler.getCacheKey(source, sourcePath, options))
      .digest('hex');
  },
};
