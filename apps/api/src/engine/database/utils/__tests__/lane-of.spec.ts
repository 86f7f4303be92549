import { laneOf } from '../lane-of';

describe('laneOf', () => {
  it.each([
    ['an empty key', '', 2, 0],
    ['one lane takes every key', 'session:4b1e', 1, 0],
    ['a key whose hash is even', 'b', 2, 0],
    ['a key whose hash is odd', 'a', 2, 1],
    ['neighbouring keys go to neighbouring lanes', 'session:1', 7, 0],
    ['neighbouring keys go to neighbouring lanes (2)', 'session:2', 7, 1],
    // Its 32-bit hash is negative (-872414766): the lane is taken of the unsigned hash (3422552530 % 7), never negative.
    ['a room key whose hash overflows', 'reflection_session:6f1c2a7e-0d1b-4c59-9a63-2f7b1d0e8c55', 7, 5],
  ])('%s', (_label, key, lanes, lane) => {
    expect(laneOf(key, lanes)).toBe(lane);
    expect(lane).toBeGreaterThanOrEqual(0);
    expect(lane).toBeLessThan(lanes);
  });

  it('spreads the rooms of a busy evening evenly over two lanes', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `reflection_session:${i.toString(16).padStart(8, '0')}-room`);
    const counts = [0, 0];
    for (const key of keys) counts[laneOf(key, 2)] += 1;
    expect(Math.min(...counts)).toBeGreaterThan(400);
  });
});
