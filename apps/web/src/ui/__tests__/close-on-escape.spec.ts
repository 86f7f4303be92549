import { closeOnEscape } from '../close-on-escape';

describe('closeOnEscape', () => {
  it.each([
    { key: 'Escape', defaultPrevented: false, typed: undefined, closes: true, asks: false },
    { key: 'Escape', defaultPrevented: true, typed: undefined, closes: false, asks: false },
    { key: 'Enter', defaultPrevented: false, typed: undefined, closes: false, asks: false },
    { key: 'Esc', defaultPrevented: false, typed: undefined, closes: false, asks: false },
    { key: 'a', defaultPrevented: false, typed: undefined, closes: false, asks: false },
    // A form with text: nothing typed since it opened closes; something typed asks first and stays open.
    { key: 'Escape', defaultPrevented: false, typed: false, closes: true, asks: false },
    { key: 'Escape', defaultPrevented: false, typed: true, closes: false, asks: true },
    { key: 'Escape', defaultPrevented: true, typed: true, closes: false, asks: false },
    { key: 'Enter', defaultPrevented: false, typed: true, closes: false, asks: false },
  ])(
    '$key (default prevented: $defaultPrevented, typed: $typed) closes: $closes, asks: $asks',
    ({ key, defaultPrevented, typed, closes, asks }) => {
      const onCancel = jest.fn();
      const preventDefault = jest.fn();
      const ask = jest.fn();
      closeOnEscape(onCancel, typed === undefined ? undefined : { changed: () => typed, ask })({ key, defaultPrevented, preventDefault });
      expect(onCancel).toHaveBeenCalledTimes(closes ? 1 : 0);
      expect(ask).toHaveBeenCalledTimes(asks ? 1 : 0);
      // A handled Escape is not handled again by what lies around the form (an in-place form inside a dialog).
      expect(preventDefault).toHaveBeenCalledTimes(closes || asks ? 1 : 0);
    },
  );
});
