import { useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { LOGIN_PATH } from '../app/guards';
import { LogoutEverywhereDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { Button } from '../ui/Button';
import { Section } from '../ui/Section';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/** "Overal uitloggen" on the profile page: for a lost phone or a shared computer left logged in. */
export function LogoutEverywhereSection() {
  const { t } = useTexts();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [logoutEverywhere, { loading, error }] = useMutation(LogoutEverywhereDocument);
  const run = async () => {
    if (await logoutEverywhere()) {
      await signOut();
      void navigate(LOGIN_PATH);
    }
  };
  return (
    <Section title={t('profile.everywhere.title')}>
      <p>{t('profile.everywhere.intro')}</p>
      <Button variant="secondary" busy={loading} onClick={() => void run()}>
        {t('profile.everywhere.submit')}
      </Button>
      <ErrorAlert error={error} />
    </Section>
  );
}
