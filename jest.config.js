/** `npm test`: every project's tests in one run (unit, API integration, browser end-to-end). */
module.exports = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web', '<rootDir>/tests'],
  // Global option (ignored inside projects): integration and browser tests start real servers.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
