import type { ReactNode } from 'react';
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
