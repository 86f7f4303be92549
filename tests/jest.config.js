const preset = require('../jest.preset');

/** Integration tests against real PostgreSQL (embedded); browser tests live in e2e/. */
module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/integration/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60_000,
};
