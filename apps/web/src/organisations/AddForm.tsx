import { useState, type ReactNode } from 'react';
import { Alert } from '../ui/Alert';
import { Form, type FormProps } from '../ui/Form';

/** A form that adds something to a list above it, and confirms what it added. */
export function AddForm({ title, done, ...form }: Omit<FormProps, 'label'> & { title: string; done?: ReactNode }) {
  return (
    <div className="subsection">
      <h3>{title}</h3>
      {done && <Alert tone="success">{done}</Alert>}
      <Form label={title} {...form} />
    </div>
  );
}

/**
 * The course of an add form: sending it again clears the last confirmation; when `add` succeeds, what it returned is
 * kept to confirm (`added`), the form empties and `onAdded` runs (so the list above reloads).
 */
export function useAdding<R>(add: () => Promise<R | undefined>, form: { reset: () => void }, onAdded: () => void) {
  const [added, setAdded] = useState<R>();
  const submit = async () => {
    setAdded(undefined);
    const result = await add();
    if (result === undefined) return;
    setAdded(result);
    form.reset();
    onAdded();
  };
  return { added, submit };
}
