import { LIMITS } from '@kring/domain';
import { useState } from 'react';
import { useAuth, useViewer } from '../app/auth';
import { UpdateProfileDocument } from '../graphql/documents/accounts';
import { useMutation } from '../graphql/hooks';
import { LANGUAGE_OPTIONS } from '../i18n';
import { Alert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { Page } from '../ui/Page';
import { CalendarFeedSection } from '../calendar';
import { MyDataSection } from '../privacy';
import { ChangePasswordSection } from './ChangePasswordSection';
import { LogoutEverywhereSection } from './LogoutEverywhereSection';
import { useTexts } from './texts';

export function ProfilePage() {
  const { t } = useTexts();
  const { person } = useViewer();
  const { updatePerson } = useAuth();
  const [updateProfile, { loading, error }] = useMutation(UpdateProfileDocument);
  const form = useForm({ displayName: person.displayName, preferredLanguage: person.preferredLanguage });
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    setSaved(false);
    const data = await updateProfile({ input: form.values });
    if (data) {
      // The session follows the profile's language, so the page switches too.
      updatePerson(data.updateProfile);
      setSaved(true);
    }
  };

  return (
    <Page title={t('profile.title')}>
      <p>{t('profile.emailIs', { email: person.email })}</p>
      {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
      <Form onSubmit={submit} submitLabel={t('profile.submit')} busy={loading} error={error} fields={form.names}>
        <TextField label={t('fields.name')} autoComplete="name" maxLength={LIMITS.name} {...form.field('displayName', error)} />
        <SelectField label={t('fields.language')} options={LANGUAGE_OPTIONS} {...form.field('preferredLanguage', error)} />
      </Form>
      <CalendarFeedSection />
      <MyDataSection />
      <ChangePasswordSection />
      <LogoutEverywhereSection />
    </Page>
  );
}
