module.exports = { ...require('../../jest.preset'), displayName: 'api', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
