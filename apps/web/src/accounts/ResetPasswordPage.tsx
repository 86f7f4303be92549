import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { ResetPasswordDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { Form, useForm } from '../ui/Form';
import { Page } from '../ui/Page';
import { PasswordField } from '../ui/PasswordField';
import { useTexts } from './texts';

export function ResetPasswordPage() {
  const { t } = useTexts();
  const { token = '' } = useParams();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [resetPassword, { loading, error }] = useMutation(ResetPasswordDocument);
  const form = useForm({ password: '' });

  const submit = async () => {
    const data = await resetPassword({ input: { token, password: form.values.password } });
    if (data) {
      signIn(data.resetPassword);
      void navigate('/', { replace: true });
    }
  };

  return (
    <Page title={t('reset.title')}>
      <Form onSubmit={submit} submitLabel={t('reset.submit')} busy={loading} error={error} fields={form.names}>
        <PasswordField label={t('reset.password')} isNew {...form.field('password', error)} />
      </Form>
      {error?.code === 'TOKEN_INVALID' && (
        <p className="link-alone">
          <Link to="/wachtwoord-vergeten">{t('reset.requestNew')}</Link>
        </p>
      )}
    </Page>
  );
}
