import { LIMITS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '@kring/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { LOGIN_PATH } from '../app/guards';
import { LoadDemoDocument, SetupOrganisationDocument } from '../graphql/documents/setup';
import type { LoadDemoMutation } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { LANGUAGE_OPTIONS, useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { PasswordField } from '../ui/PasswordField';
import { DemoAccounts } from './DemoAccounts';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

export function SetupPage() {
  const { t } = useTexts();
  const { session, refresh } = useAuth();
  const [loadDemo, demo] = useMutation(LoadDemoDocument);
  const [accounts, setAccounts] = useState<LoadDemoMutation['loadDemo']['accounts']>();

  const tryDemo = async () => {
    const data = await loadDemo();
    if (data) {
      setAccounts(data.loadDemo.accounts);
      // Kring is now set up, so the other pages stop sending people here.
      void refresh();
    }
  };

  if (accounts) {
    return (
      <Page title={t('setup.title')} wide>
        <DemoAccounts accounts={accounts} />
      </Page>
    );
  }
  if (!session?.needsSetup) {
    return (
      <Page title={t('setup.title')}>
        <p>{t('setup.alreadyDone')}</p>
        <p className="link-alone">
          <Link to={LOGIN_PATH}>{t('app.toLogin')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('setup.title')}>
      <p className="lead">{t('setup.intro')}</p>
      <Section title={t('setup.formTitle')}>
        <p>{t('setup.formIntro')}</p>
        <SetupForm />
      </Section>
      <Section title={t('setup.demoTitle')}>
        <p>{t('setup.demoIntro')}</p>
        <ErrorAlert error={demo.error} />
        <Button variant="secondary" busy={demo.loading} onClick={() => void tryDemo()}>
          {t('setup.demoSubmit')}
        </Button>
      </Section>
    </Page>
  );
}

function SetupForm() {
  const { t } = useTexts();
  const { options } = useLocale();
  const [language] = useLanguage();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [setup, { loading, error }] = useMutation(SetupOrganisationDocument);
  const form = useForm({
    organisationName: '',
    organisationKind: 'small_home' as OrganisationKind,
    networkName: '',
    adminName: '',
    adminEmail: '',
    password: '',
    preferredLanguage: language,
  });

  const submit = async () => {
    const { networkName, ...rest } = form.values;
    const data = await setup({ input: { ...rest, networkName: networkName.trim() || null } });
    if (data) {
      signIn(data.setupOrganisation);
      void navigate('/');
    }
  };

  return (
    <Form onSubmit={submit} submitLabel={t('setup.submit')} busy={loading} error={error} fields={form.names}>
      <TextField label={t('setup.organisationName')} maxLength={LIMITS.name} {...form.field('organisationName', error)} />
      <SelectField
        label={t('setup.organisationKind')}
        options={options(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS)}
        {...form.field('organisationKind', error)}
      />
      <TextField
        label={t('setup.networkName')}
        hint={t('setup.networkHint')}
        optional
        maxLength={LIMITS.name}
        {...form.field('networkName', error)}
      />
      <TextField label={t('fields.yourName')} autoComplete="name" maxLength={LIMITS.name} {...form.field('adminName', error)} />
      <TextField
        label={t('setup.adminEmail')}
        type="email"
        autoComplete="email"
        maxLength={LIMITS.email}
        {...form.field('adminEmail', error)}
      />
      <PasswordField label={t('fields.password')} isNew {...form.field('password', error)} />
      <SelectField label={t('fields.language')} options={LANGUAGE_OPTIONS} {...form.field('preferredLanguage', error)} />
    </Form>
  );
}
