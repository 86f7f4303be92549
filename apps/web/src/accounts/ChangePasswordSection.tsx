import { useState } from 'react';
import { ChangePasswordDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { Form, useForm } from '../ui/Form';
import { PasswordField } from '../ui/PasswordField';
import { Section } from '../ui/Section';
import { useTexts } from './texts';

/**
 * A new password while logged in, given the current one. A wrong current password is named beside its box (as a
 * login is throttled); the other devices are logged out, this one stays, and the form empties once it is done.
 */
export function ChangePasswordSection() {
  const { t } = useTexts();
  const [changePassword, { loading, error }] = useMutation(ChangePasswordDocument);
  const form = useForm({ currentPassword: '', newPassword: '' });
  const [changed, setChanged] = useState(false);
  const submit = async () => {
    setChanged(false);
    if (await changePassword({ input: form.values })) {
      form.reset();
      setChanged(true);
    }
  };
  return (
    <Section title={t('profile.password.title')}>
      <Form
        onSubmit={submit}
        submitLabel={t('profile.password.submit')}
        busy={loading}
        error={error}
        fields={form.names}
        status={changed ? t('profile.password.changed') : undefined}
      >
        <PasswordField label={t('profile.password.current')} {...form.field('currentPassword', error)} />
        <PasswordField label={t('profile.password.new')} isNew {...form.field('newPassword', error)} />
      </Form>
    </Section>
  );
}
