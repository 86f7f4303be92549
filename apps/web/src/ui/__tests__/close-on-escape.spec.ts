import { closeOnEscape } from '../close-on-escape';

describe('closeOnEscape', () => {
  it.each([
    { key: 'Escape', defaultPrevented: false, closes: true },
    { key: 'Escape', defaultPrevented: true, closes: false },
    { key: 'Enter', defaultPrevented: false, closes: false },
    { key: 'Esc', defaultPrevented: false, closes: false },
    { key: 'a', defaultPrevented: false, closes: false },
  ])('$key (default prevented: $defaultPrevented) closes: $closes', ({ key, defaultPrevented, closes }) => {
    const onCancel = jest.fn();
    const preventDefault = jest.fn();
    closeOnEscape(onCancel)({ key, defaultPrevented, preventDefault });
    expect(onCancel).toHaveBeenCalledTimes(closes ? 1 : 0);
    // A handled Escape is not handled again by what lies around the form (an in-place form inside a dialog).
    expect(preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0);
  });
});
