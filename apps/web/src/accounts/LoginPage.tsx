import { LIMITS } from '@kring/domain';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { LoginDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { Page } from '../ui/Page';
import { PasswordField } from '../ui/PasswordField';
import { useTexts } from './texts';

export function LoginPage() {
  const { t } = useTexts();
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [login, { loading, error }] = useMutation(LoginDocument);
  const form = useForm({ email: '', password: '' });

  if (session?.viewer) return <Navigate to={from} replace />;

  const submit = async () => {
    const data = await login({ input: form.values });
    if (data) {
      signIn(data.login);
      void navigate(from, { replace: true });
    }
  };

  return (
    <Page title={t('login.title')}>
      <Form onSubmit={submit} submitLabel={t('login.submit')} busy={loading} error={error} fields={form.names}>
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          maxLength={LIMITS.email}
          {...form.field('email', error)}
        />
        <PasswordField label={t('fields.password')} {...form.field('password', error)} />
      </Form>
      <p className="link-alone">
        <Link to="/wachtwoord-vergeten">{t('login.forgot')}</Link>
      </p>
    </Page>
  );
}
