/** The part of a keyboard event the rule reads (React's and the DOM's both have it). */
interface EscapeKeyEvent {
  readonly key: string;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/**
 * Escape closes whatever was opened in place (a row being changed, a box, a question), as its Annuleren does: one
 * rule for every such form, given as the `onKeyDown` of the element around it. An open choice list or a dialog inside
 * takes its own Escape first (it prevents the default), and closes only itself.
 */
export const closeOnEscape =
  (onCancel: () => void) =>
  (event: EscapeKeyEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };
