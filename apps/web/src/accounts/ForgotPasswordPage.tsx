import { LIMITS } from '@kring/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LOGIN_PATH } from '../app/guards';
import { RequestPasswordResetDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { Page } from '../ui/Page';
import { useTexts } from './texts';

export function ForgotPasswordPage() {
  const { t } = useTexts();
  const [requestReset, { loading, error }] = useMutation(RequestPasswordResetDocument);
  const form = useForm({ email: '' });
  const [sent, setSent] = useState(false);

  const submit = async () => {
    if (await requestReset({ email: form.values.email })) setSent(true);
  };

  return (
    <Page title={t('forgot.title')}>
      {sent ? (
        // Worded the same whether or not the address exists, like the API.
        <Alert tone="success">{t('forgot.sent')}</Alert>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <Form onSubmit={submit} submitLabel={t('forgot.submit')} busy={loading} error={error} fields={form.names}>
            <TextField
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              maxLength={LIMITS.email}
              {...form.field('email', error)}
            />
          </Form>
        </>
      )}
      <p className="link-alone">
        <Link to={LOGIN_PATH}>{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
