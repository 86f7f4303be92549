import { mayChangeHarvestItem } from '../harvest-rows';

describe('mayChangeHarvestItem', () => {
  it.each([
    // A memo is its writer's alone, also for a moderator who took the session over.
    ['memo', 'sanne', 'sanne', true],
    ['memo', 'sanne', 'ingrid', false],
    // A memo whose writer was erased (no writer left) is nobody's to change.
    ['memo', null, 'ingrid', false],
    // What the room reads, whoever leads it may change (the moderator check is the session's, before this).
    ['insight', 'sanne', 'ingrid', true],
    ['advice', null, 'ingrid', true],
  ] as const)('%s written by %s, changed by %s: %s', (kind, writer, viewer, may) => {
    expect(mayChangeHarvestItem(kind, writer, viewer)).toBe(may);
  });
});
