import { nl } from '../i18n/nl';
import { refuseUnreadable, unreadableControls, unreadableMessageKey } from './unreadable-input';

/** A stand-in for a form's control: what the browser says about it, and what the form did to it. */
function control(badInput: boolean | undefined) {
  const told: string[] = [];
  let focused = false;
  return {
    validity: badInput === undefined ? undefined : { badInput },
    dispatchEvent: (event: Event) => told.push(event.type) > 0,
    focus: () => {
      focused = true;
    },
    get told() {
      return told;
    },
    get focused() {
      return focused;
    },
  };
}

describe('a form with a box the browser cannot read', () => {
  it('lists only the controls whose value the browser could not read (an empty box is readable)', () => {
    const [empty, half, fieldset, date] = [control(false), control(true), control(undefined), control(false)];
    expect(unreadableControls({ elements: [empty, half, fieldset, date] })).toEqual([half]);
  });

  it('refuses to send, tells each unreadable box (its field then shows its message) and focuses the first', () => {
    const [fine, first, second] = [control(false), control(true), control(true)];
    expect(refuseUnreadable({ elements: [fine, first, second] })).toBe(false);
    expect([fine.told, first.told, second.told]).toEqual([[], ['invalid'], ['invalid']]);
    expect([fine.focused, first.focused, second.focused]).toEqual([false, true, false]);
  });

  it('lets the form send when every box is readable or empty', () => {
    const boxes = [control(false), control(undefined)];
    expect(refuseUnreadable({ elements: boxes })).toBe(true);
    expect(boxes.map((b) => b.told)).toEqual([[], []]);
  });

  it('says what is wrong in the words of the box: a date, a time, a number', () => {
    expect(nl.form[unreadableMessageKey('date').replace('form.', '') as keyof typeof nl.form]).toBe(
      'Deze datum is niet compleet of bestaat niet. Vul dag, maand en jaar in; wat je typte, blijft staan.',
    );
    expect(unreadableMessageKey('time')).toBe('form.badTime');
    expect(unreadableMessageKey('number')).toBe('form.badNumber');
    expect(unreadableMessageKey('email')).toBe('form.badInput');
  });
});
