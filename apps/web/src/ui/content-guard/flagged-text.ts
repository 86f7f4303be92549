import { useEffect, useRef } from 'react';

/**
 * "Tekst weghalen" at an escalation prompt, on every surface at once (issue
 * #9): the screen that got the refusal announces the texts it had sent, and
 * every text box that still shows one of them empties itself through its own
 * onChange, so the form's state follows as if the person had cleared it.
 * The shared boxes (TextField, TextAreaField, and so every form built on
 * them) listen; nothing per form has to remember it. Nothing of the text was
 * stored: the server refused it before the choice.
 */
type Listener = (texts: ReadonlySet<string>) => void;

const listeners = new Set<Listener>();

/** Empties every text box that shows one of `texts` (compared without surrounding white space). */
export function removeFlaggedTexts(texts: readonly string[]): void {
  const removed = new Set(texts.map((t) => t.trim()).filter(Boolean));
  if (removed.size === 0) return;
  listeners.forEach((listener) => listener(removed));
}

/** A text box's part: when its value is among the removed texts, it calls its own onChange with ''. */
export function useClearsRemovedFlaggedText(value: string, onChange: (value: string) => void): void {
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  useEffect(() => {
    const listener: Listener = (removed) => {
      if (removed.has(latest.current.value.trim())) latest.current.onChange('');
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
