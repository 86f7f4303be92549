import { GroupCommit } from '../../apps/api/src/engine/database/group-commit';

// The environment is plain CommonJS, as jest loads it (tests/jest.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SharedApiEnvironment = require('../support/shared-api-environment.js') as new (
  config: object,
  context: object,
) => { global: { __kringRequireShared(file: string): unknown }; moduleMocker: typeof jest; teardown(): Promise<void> };

/** A second file's environment in this worker, as jest makes one per file. */
const nextFile = () =>
  new SharedApiEnvironment(
    { globalConfig: {}, projectConfig: { testEnvironmentOptions: {}, globals: {}, fakeTimers: {} } },
    { console, docblockPragmas: {}, testPath: __filename },
  );

describe('the API shared by the files of a worker (support/shared-api-environment.js)', () => {
  it('gives every file the one module Node loaded: the class a test imports is the class inside the app', async () => {
    const other = nextFile();
    try {
      const shared = other.global.__kringRequireShared(require.resolve('../../apps/api/src/engine/database/group-commit'));
      expect((shared as { GroupCommit: unknown }).GroupCommit).toBe(GroupCommit);
    } finally {
      await other.teardown();
    }
  });

  it('restores, when a file ends, every spy the file set on shared code', async () => {
    const run = GroupCommit.prototype.run;
    const other = nextFile();
    const spy = other.moduleMocker.spyOn(GroupCommit.prototype, 'run');
    expect(GroupCommit.prototype.run).toBe(spy);
    await other.teardown();
    expect(GroupCommit.prototype.run).toBe(run);
  });
});
