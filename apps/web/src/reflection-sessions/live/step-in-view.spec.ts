import { stepInView } from './step-in-view';

describe('the phase strip scrolls the current step into view', () => {
  it.each([
    ['the first step on a phone: stays at the start', { stepLeft: 0, stepWidth: 100, stripWidth: 312, scrollLeft: 0 }, 0],
    ['a step already seen: the strip does not move', { stepLeft: 120, stepWidth: 110, stripWidth: 312, scrollLeft: 0 }, 0],
    ['a step seen after an earlier scroll: kept', { stepLeft: 700, stepWidth: 150, stripWidth: 312, scrollLeft: 600 }, 600],
    // Phase 9 of 10 on a 360 px phone (measured in the walk: it ended at 1248 px, the strip showed 0–312).
    ['a step far to the right: comes to the middle', { stepLeft: 1067, stepWidth: 181, stripWidth: 312, scrollLeft: 0 }, 1002],
    ['a step cut off at the right edge: comes to the middle', { stepLeft: 250, stepWidth: 120, stripWidth: 312, scrollLeft: 0 }, 154],
    ['going back to a step left of what is seen', { stepLeft: 100, stepWidth: 100, stripWidth: 312, scrollLeft: 900 }, 0],
    ['never before the start of the strip', { stepLeft: 10, stepWidth: 80, stripWidth: 312, scrollLeft: 400 }, 0],
  ])('%s', (_, view, expected) => {
    expect(stepInView(view)).toBe(expected);
  });
});
