import { startTestKring, TestKring } from './kring-test-app';
import { teamWithPeople } from './session-fixtures';

export type Team = Awaited<ReturnType<typeof teamWithPeople>>;

export interface TeamTest {
  kring: TestKring;
  org: Team;
}

/**
 * The set-up of a spec about one care farm's team, registered in the describe block that calls it: one app with a
 * team (teamWithPeople), started before the describe's tests and closed after them. Read `kring` and `org` in a
 * test or in a beforeAll registered after this call.
 */
export function teamTest(): TeamTest {
  const test = {} as TeamTest;
  beforeAll(async () => {
    test.kring = await startTestKring();
    test.org = await teamWithPeople(test.kring);
  });
  afterAll(() => test.kring.close());
  return test;
}
