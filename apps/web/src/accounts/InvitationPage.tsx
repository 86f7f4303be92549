import { LIMITS, ROLE_LABELS } from '@kring/domain';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { LOGIN_PATH } from '../app/guards';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../graphql/documents/accounts';
import type { InvitationPreviewQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { Loading, Page } from '../ui/Page';
import { PasswordField } from '../ui/PasswordField';
import { useTexts } from './texts';

export function InvitationPage() {
  const { t } = useTexts();
  const { token = '' } = useParams();
  const { data, error } = useQuery(InvitationPreviewDocument, { token });

  return (
    <Page title={t('invitation.title')}>
      {data ? (
        <AcceptForm token={token} preview={data.invitationPreview} />
      ) : error ? (
        // Expired, used or mistyped: the server explains which in plain words.
        <>
          <Alert tone="error">{error.message}</Alert>
          <p className="link-alone">
            <Link to={LOGIN_PATH}>{t('app.toLogin')}</Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreviewQuery['invitationPreview'] }) {
  const { t } = useTexts();
  const { inSentence } = useLocale();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  const form = useForm({ displayName: '', password: '' });
  const invited = { organisation: preview.organisationName, role: inSentence(ROLE_LABELS, preview.role), team: preview.teamName };

  const submit = async () => {
    const { displayName, password } = form.values;
    const data = await accept({ input: { token, password, displayName: preview.hasAccount ? null : displayName } });
    if (data) {
      signIn(data.acceptInvitation);
      void navigate('/', { replace: true });
    }
  };

  return (
    <>
      <p className="lead">{t(preview.teamName ? 'invitation.invitedWithTeam' : 'invitation.invited', invited)}</p>
      <p>{t('invitation.forEmail', { email: preview.email })}</p>
      <p>{t(preview.hasAccount ? 'invitation.hasAccount' : 'invitation.newAccount')}</p>
      <Form onSubmit={submit} submitLabel={t('invitation.submit')} busy={loading} error={error} fields={form.names}>
        {!preview.hasAccount && (
          <TextField label={t('fields.yourName')} autoComplete="name" maxLength={LIMITS.name} {...form.field('displayName', error)} />
        )}
        <PasswordField label={t('fields.password')} isNew={!preview.hasAccount} {...form.field('password', error)} />
      </Form>
    </>
  );
}
