import { createContext, useContext, useState } from 'react';

/** The server's last answer to a form: its messages per field, or none. */
interface Answer {
  fields: Record<string, string>;
}

/**
 * The server's last answer to a form (its error, or none), which Form provides: a field's message from the server is
 * about the value it had when that answer came. Outside a Form (null) a field shows its message as given.
 */
export const ServerAnswer = createContext<{ answer: Answer | undefined } | null>(null);

/** What a field remembers: the answer it last saw and its value then. */
export interface Answered {
  answer: Answer | undefined;
  value: string;
}

/**
 * Whether a field shows its message, and what it remembers next. A message the server gave for this field (by its
 * name, or the same words under the server's name for it) is about the value the field held when that answer came: once the person changes the value the message no
 * longer describes it ("Tekst is verplicht" above a box they have since filled, while the guard or a too-long title
 * keeps the form from being sent again), and it returns if they change the value back. Any other message (the page's
 * own check, a field outside a Form) is shown as given.
 */
export function answeredMessage(
  seen: Answered,
  form: { answer: Answer | undefined } | null,
  field: { name: string | undefined; message: string | undefined; value: string },
): { shown: boolean; seen: Answered } {
  if (!form) return { shown: true, seen };
  const next = form.answer === seen.answer ? seen : { answer: form.answer, value: field.value };
  // The server's words for this field, by its name or under the server's own name for it (a chapter's body is the box
  // "chapterBody" on the page and "body" in the server's answer): the same words from the same answer.
  const answered = Object.values(form.answer?.fields ?? {});
  const fromServer = field.name !== undefined && field.message !== undefined && answered.includes(field.message);
  return { shown: !fromServer || field.value === next.value, seen: next };
}

/** A field's message, unless it is the server's and no longer describes the field's value (answeredMessage). */
export function useAnsweredMessage(name: string | undefined, message: string | undefined, value: string): string | undefined {
  const form = useContext(ServerAnswer);
  const [seen, setSeen] = useState<Answered>({ answer: form?.answer, value });
  const next = answeredMessage(seen, form, { name, message, value });
  // Remembered during render (React's pattern for state derived from props): the message is right in this render.
  if (next.seen !== seen) setSeen(next.seen);
  return next.shown ? message : undefined;
}
