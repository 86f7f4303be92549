import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { closeOnEscape } from './close-on-escape';
import { useLeaveGuard } from './leave-guard';

/** Boxes a person types in; ticks and choice lists are set again in a moment, and the guard's own tick comes and goes with what it finds. */
const TYPED_IN = new Set(['text', 'search', 'email', 'tel', 'url', 'number']);

function textBoxesIn(root: HTMLElement): (HTMLInputElement | HTMLTextAreaElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
    (box) => box instanceof HTMLTextAreaElement || TYPED_IN.has(box.type),
  );
}

const textsIn = (root: HTMLElement | null) => new Map<Element, string>(root ? textBoxesIn(root).map((box) => [box, box.value]) : []);

/**
 * Escape for a form opened in place (ui/close-on-escape.ts), with a question when something was typed since it
 * opened: a chapter half an hour in the writing is not lost to one key. The same typed text keeps the browser asking
 * before the page is closed or reloaded (ui/leave-guard.ts), for every form that uses this, with or without Escape;
 * call `saved` once what the boxes hold is stored. Put `ref` and `onKeyDown` on the element
 * around the form and `question` by its buttons. The question's "Verder bewerken" has the focus (Enter or Escape
 * keeps the text and takes the focus back where it was); "Ja, weggooien" does what Annuleren does.
 *
 * What was typed is read from the form's own text boxes (their text when it opened against now), so every form has it
 * without telling which of its state counts; a text the form fills in later counts as typed, and only means one
 * question more.
 */
export function useEscapeToClose<T extends HTMLElement>(onCancel: (() => void) | undefined) {
  const { t } = useTranslation();
  const element = useRef<T | null>(null);
  const opened = useRef(new Map<Element, string>());
  const [asking, setAsking] = useState<{ from: Element | null }>();
  // The texts as the form appears (a ref callback, so a form that opens later than its component is read then too).
  const ref = useCallback((form: T | null) => {
    element.current = form;
    opened.current = textsIn(form);
  }, []);
  // A box that appeared since (a field a choice shows) counts once something is in it.
  const changed = useCallback(
    () => !!element.current && textBoxesIn(element.current).some((box) => box.value !== (opened.current.get(box) ?? '')),
    [],
  );
  /** What the boxes hold now is saved: only what is typed after this counts. */
  const saved = useCallback(() => {
    opened.current = textsIn(element.current);
  }, []);
  useLeaveGuard(changed);
  if (!onCancel) return { ref, onKeyDown: undefined, question: null, saved };
  const onKeyDown = closeOnEscape(onCancel, { changed, ask: () => setAsking({ from: document.activeElement }) });
  const keep = () => {
    if (asking?.from instanceof HTMLElement) asking.from.focus();
    setAsking(undefined);
  };
  const question = asking && (
    <div className="alert alert--info discard-question" role="group" aria-label={t('form.discardQuestion')} onKeyDown={closeOnEscape(keep)}>
      <span>{t('form.discardQuestion')}</span>
      <Button variant="secondary" autoFocus onClick={keep}>
        {t('form.keepEditing')}
      </Button>
      <Button variant="danger" onClick={onCancel}>
        {t('form.discard')}
      </Button>
    </div>
  );
  return { ref, onKeyDown, question, saved };
}
