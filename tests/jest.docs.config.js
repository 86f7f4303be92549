const base = require('./jest.config');

/** `npm run docs:quality-report`: scripts that render pictures for docs/ with a real Kring; not part of `npm test`. */
module.exports = { ...base, displayName: 'docs', testMatch: ['<rootDir>/docs/**/*.docs.ts'] };
