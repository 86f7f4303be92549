import { BroadcastMonitor } from './broadcast-monitor';

describe('BroadcastMonitor: another instance heard for the first time', () => {
  it.each([
    { heard: ['a'], told: 1, instances: 1 },
    { heard: ['a', 'a', 'a'], told: 1, instances: 1 },
    { heard: ['a', 'b', 'a'], told: 2, instances: 2 },
    { heard: ['a', '-a', 'a'], told: 2, instances: 1 },
    { heard: ['a', '-a'], told: 1, instances: 0 },
    { heard: [], told: 0, instances: 0 },
  ])('after $heard the listeners were told $told times', ({ heard, told, instances }) => {
    const adapter = { nodesMap: new Map<string, number>() };
    const monitor = new BroadcastMonitor();
    monitor.watching(adapter);
    let calls = 0;
    monitor.onInstanceHeard(() => calls++);
    // What the adapter does: a set per message of an instance, a delete when it goes silent ('-' here).
    for (const uid of heard) {
      if (uid.startsWith('-')) adapter.nodesMap.delete(uid.slice(1));
      else adapter.nodesMap.set(uid, Date.now());
    }
    expect(calls).toBe(told);
    expect(monitor.otherInstances()).toBe(instances);
  });
});
