import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphqlError } from '../graphql/client';
import { Alert } from './Alert';
import { ServerAnswer } from './answered-message';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';
import { useEscapeToClose } from './escape-to-close';
import { refuseUnreadable } from './unreadable-input';
import { FieldFindingsContext, findingsByBox } from './content-guard/field-findings';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * Controlled form values, kept as typed when the server refuses them. Each
 * control is named after its input field, which is how the server reports it.
 */
export function useForm<T extends object>(initial: T) {
  const [first] = useState(initial);
  const [values, setValues] = useState(first);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
  const reset = useCallback(() => setValues(first), [first]);
  /** Props for a text control: its value and the server's message for it. */
  const field = <K extends TextKey<T>>(name: K, error: GraphqlError | undefined) => ({
    name,
    value: values[name] as string,
    onChange: (value: string) => set(name, value as T[K]),
    error: error?.fields[name],
  });
  return { values, set, reset, field, names: Object.keys(first) };
}

const NOTHING_FOUND = {};

export interface FormProps {
  onSubmit: () => void | Promise<unknown>;
  submitLabel: string;
  busy: boolean;
  error?: GraphqlError;
  /** Fields that show their own message; messages for any other field go on top. */
  fields: readonly string[];
  children: ReactNode;
  /** Names the form for assistive technology when a page has several. */
  label?: string;
  /** What the last submit achieved ("Bewaard."), shown right by the button that caused it. */
  status?: ReactNode;
  /** A form opened in place of something (a row being changed) closes again with "Annuleren" beside its submit button, or Escape (asking first when something was typed). */
  onCancel?: () => void;
}

/**
 * Validation is the server's (one set of rules, messages in the UI language),
 * so the browser's own bubbles are switched off with noValidate. A message
 * that belongs to no field is shown by the submit button, where the person
 * is looking — on a phone the top of a long form is screens away.
 */
export function Form({ onSubmit, submitLabel, busy, error, fields, children, label, status, onCancel }: FormProps) {
  const { t } = useTranslation();
  const escape = useEscapeToClose<HTMLFormElement>(onCancel);
  // A submit that ended without an error stored what was typed. Read once the page has taken in what the submit
  // changed (a form that empties itself after saving does so right after its mutation answers).
  const wasBusy = useRef(busy);
  const { saved } = escape;
  useEffect(() => {
    if (wasBusy.current && !busy && !error) {
      const later = setTimeout(saved, 0);
      wasBusy.current = busy;
      return () => clearTimeout(later);
    }
    wasBusy.current = busy;
  }, [busy, error, saved]);
  // A refusal with a message beside a box moves the focus to the first such box (which scrolls it into view): on a
  // phone the boxes are screens above the button, and a tap that seems to do nothing loses nothing but the person.
  const submitted = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (!error || error.findings.length > 0 || error.escalation || Object.keys(error.fields).length === 0) return;
    submitted.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = event.currentTarget;
    // A date (or time, or number) the browser cannot read would be sent as empty: its field says so, and nothing is sent.
    if (!busy && refuseUnreadable(event.currentTarget)) void onSubmit();
  };
  const submitButton = (
    <Button type="submit" busy={busy}>
      {submitLabel}
    </Button>
  );
  const unplaced = error && Object.keys(error.fields).some((field) => !fields.includes(field));
  // The content guard's refusal shows its findings in the text as typed, with "Ik heb dit gecontroleerd" when allowed.
  const guarded = error && (error.findings.length > 0 || !!error.escalation);
  const showOnTop = error && !guarded && (Object.keys(error.fields).length === 0 || unplaced);
  // What the guard found is said beside each box it was found in too (ui/Field), not only in the panel by the button.
  const found = error?.findings.length ? findingsByBox(error.findings, error.sentTexts) : NOTHING_FOUND;
  // Each field's message from the server holds while the field keeps the value it was about (answered-message.ts).
  const answer = useMemo(() => ({ answer: error }), [error]);
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={label} ref={escape.ref} onKeyDown={escape.onKeyDown}>
      <ServerAnswer.Provider value={answer}>
        <FieldFindingsContext.Provider value={found}>{children}</FieldFindingsContext.Provider>
      </ServerAnswer.Provider>
      <div className="form__actions">
        {showOnTop && <Alert tone="error">{error.message}</Alert>}
        {guarded && <ErrorAlert error={error} busy={busy} />}
        {escape.question}
        {onCancel ? (
          <div className="actions">
            {submitButton}
            <Button variant="secondary" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          </div>
        ) : (
          submitButton
        )}
        {status && !error && (
          <p className="form__status" role="status">
            {status}
          </p>
        )}
      </div>
    </form>
  );
}
