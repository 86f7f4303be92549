import { useState, type FocusEvent, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A date, time or number box the browser cannot read (a date with only its day typed, 31-02-2026, letters in a
 * number box) hands the page '' — the same as an empty box — and only its `validity.badInput` tells them apart. Sent
 * as '', an optional date would go as "no date" (and wipe one that was agreed) without a word. So the field says
 * beside itself what is wrong (TextField), and Form refuses to send while any of its controls is unreadable, focusing
 * the first one; what was typed stays in the box.
 */

/** What the browser tells about a control; only inputs have badInput, so other controls never count. */
interface Control {
  validity?: { badInput?: boolean };
  focus?: () => void;
  dispatchEvent?: (event: Event) => boolean;
}

/** The controls of a form that hold something the browser cannot read. */
export function unreadableControls(form: { elements: ArrayLike<unknown> }): Control[] {
  return Array.from(form.elements as ArrayLike<Control>).filter((control) => control.validity?.badInput === true);
}

/**
 * Refuses a submit while a control is unreadable: each such control is told (an `invalid` event, which its field
 * answers with its message) and the first gets the focus. Returns whether the form may be sent.
 */
export function refuseUnreadable(form: { elements: ArrayLike<unknown> }): boolean {
  const unreadable = unreadableControls(form);
  for (const control of unreadable) control.dispatchEvent?.(new Event('invalid', { cancelable: true }));
  unreadable[0]?.focus?.();
  return unreadable.length === 0;
}

const MESSAGE_KEYS = { date: 'form.badDate', time: 'form.badTime', number: 'form.badNumber' } as const;

/** The message for an unreadable box of this type. */
export function unreadableMessageKey(type: string) {
  return type in MESSAGE_KEYS ? MESSAGE_KEYS[type as keyof typeof MESSAGE_KEYS] : 'form.badInput';
}

type Handlers = Pick<InputHTMLAttributes<HTMLInputElement>, 'onBlur' | 'onInput' | 'onInvalid'>;

/**
 * A one-line box's own check: after leaving the box, while typing, and when Form refuses to send, it reads
 * `validity.badInput`; the message stays until the box holds something readable (or nothing at all).
 */
export function useUnreadable(type: string, own: Handlers) {
  const { t } = useTranslation();
  const [unreadable, setUnreadable] = useState(false);
  const check = (event: FormEvent<HTMLInputElement> | FocusEvent<HTMLInputElement>) =>
    setUnreadable(event.currentTarget.validity?.badInput === true);
  const handlers: Handlers = {
    onBlur: (event) => {
      check(event);
      own.onBlur?.(event);
    },
    onInput: (event) => {
      check(event);
      own.onInput?.(event);
    },
    onInvalid: (event) => {
      check(event);
      own.onInvalid?.(event);
    },
  };
  return { message: unreadable ? t(unreadableMessageKey(type)) : undefined, handlers };
}
