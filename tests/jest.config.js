const preset = require('../jest.preset');

const SHARED_PACKAGES = '@nestjs/[^/]+|typeorm|graphql|socket\\.io|socket\\.io-adapter|reflect-metadata|class-validator';
const SHARED = `(/(apps/api|libs/domain)/src/.+\\.ts|/node_modules/(${SHARED_PACKAGES})/.+)$`;

/** Integration tests against real PostgreSQL (embedded); browser tests live in e2e/. */
module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/integration/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60_000,
  // The API's and the domain library's sources load once per worker, shared by its files (support/shared-api-environment.js),
  // and so do the packages whose classes and registries a test reaches through a Kring (app.get(DataSource), a schema).
  testEnvironment: '<rootDir>/support/shared-api-environment.js',
  transform: { [SHARED]: '<rootDir>/support/shared-api-transform.js', ...preset.transform },
  transformIgnorePatterns: [`/node_modules/(?!(${SHARED_PACKAGES})/)`],
};
