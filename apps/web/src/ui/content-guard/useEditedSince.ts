import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Whether the person changed anything in the form around a guard's answer since it was given. The answer (the
 * findings panel, the escalation prompt) describes the texts as they were checked; after an edit it would mark text
 * that is no longer there, or miss new text, and its "Ik heb dit gecontroleerd" / "Toch bewaren" would send the old
 * texts again. `answer` is the answer itself (the findings, the prompt): a new one (the next check) is fresh again.
 * An answer judged anew on every render (the notebook's device check) is never stale: each render brings a new one.
 * Outside a form nothing can be edited around it, and it stays as it is.
 */
export function useEditedSince(answer: object): { ref: (node: HTMLElement | null) => void; edited: boolean } {
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const [editedDuring, setEditedDuring] = useState<object>();
  const current = useRef(answer);
  current.current = answer;
  const ref = useCallback((node: HTMLElement | null) => {
    if (node) setForm(node.closest('form'));
  }, []);
  useEffect(() => {
    if (!form) return;
    // Typing, pasting, a choice in a list or a tick: every control says so with "input" at once. Not "change": a text
    // box fires it again when it loses focus, which is the moment "Tekst weghalen" or "toch opslaan" is pressed.
    const edited = () => setEditedDuring(current.current);
    form.addEventListener('input', edited);
    return () => form.removeEventListener('input', edited);
  }, [form]);
  return { ref, edited: editedDuring === answer };
}
