// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for
// NestJS/TypeORM), and workspace libraries resolve to their sources so tests
// never run against a stale build.
const path = require('path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  moduleNameMapper: {
    '^@kring/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
  },
  // @nestjs/typeorm 12 ships ES modules only; compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/typeorm/)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
