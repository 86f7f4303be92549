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

describe('BroadcastMonitor: listening again after a break', () => {
  it.each([
    { events: ['listening'], told: 1 },
    { events: ['listening', 'listening'], told: 1 },
    { events: ['listening', 'lost', 'listening'], told: 2 },
    { events: ['lost', 'lost', 'listening'], told: 1 },
    { events: ['lost'], told: 0 },
  ])('after $events the listeners were told $told times', ({ events, told }) => {
    const monitor = new BroadcastMonitor();
    let calls = 0;
    monitor.onListening(() => calls++);
    for (const event of events) {
      if (event === 'listening') monitor.listening();
      else monitor.listenLost();
    }
    expect(calls).toBe(told);
    expect(monitor.health().listening).toBe(events.at(-1) === 'listening');
  });
});
