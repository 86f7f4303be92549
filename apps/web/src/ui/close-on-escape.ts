/** The part of a keyboard event the rule reads (React's and the DOM's both have it). */
interface EscapeKeyEvent {
  readonly key: string;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/** For a form with text in it: whether anything was typed since it opened, and how to ask before throwing that away. */
export interface TypedSinceOpened {
  changed(): boolean;
  ask(): void;
}

/**
 * Escape closes whatever was opened in place (a row being changed, a box, a question), as its Annuleren does: one
 * rule for every such form, given as the `onKeyDown` of the element around it. An open choice list or a dialog inside
 * takes its own Escape first (it prevents the default), and closes only itself. One key never throws away what was
 * typed: with `typed` given and changed, Escape asks instead (ui/escape-to-close.tsx); Annuleren, a click meant as
 * such, still closes at once.
 */
export const closeOnEscape =
  (onCancel: () => void, typed?: TypedSinceOpened) =>
  (event: EscapeKeyEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (typed?.changed()) typed.ask();
    else onCancel();
  };
