import {
  CLIENT_GROUP_LABELS,
  CLIENT_GROUPS,
  FINANCING,
  FINANCING_LABELS,
  LIMITS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_LIMITS,
} from '@kring/domain';
import { useState } from 'react';
import { useAuth } from '../app/auth';
import { UpdateOrganisationDocument } from '../graphql/documents/organisations';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import type { OrganisationData, SectionProps } from './types';
import { useTexts } from './texts';

export function ProfileSection({ organisation, onChanged }: SectionProps) {
  return organisation.viewerCanManage ? (
    <ProfileForm organisation={organisation} onChanged={onChanged} />
  ) : (
    <ProfileView organisation={organisation} />
  );
}

function ProfileView({ organisation }: { organisation: OrganisationData }) {
  const { t } = useTexts();
  const { label } = useLocale();
  const none = t('organisation.profile.none');
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  return (
    <dl className="details">
      <dt>{t('organisation.profile.kind')}</dt>
      <dd>{label(ORGANISATION_KIND_LABELS, organisation.kind)}</dd>
      <dt>{t('organisation.profile.clientGroups')}</dt>
      <dd>{list(organisation.clientGroups.map((g) => label(CLIENT_GROUP_LABELS, g)))}</dd>
      <dt>{t('organisation.profile.financing')}</dt>
      <dd>{list(organisation.financing.map((f) => label(FINANCING_LABELS, f)))}</dd>
      <dt>{t('organisation.profile.careVision')}</dt>
      <dd className="prose">{organisation.careVision || none}</dd>
      <dt>{t('organisation.profile.residentTerm')}</dt>
      <dd>{organisation.residentTerm || none}</dd>
    </dl>
  );
}

function ProfileForm({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  const { options } = useLocale();
  const { refresh } = useAuth();
  const [update, { loading, error }] = useMutation(UpdateOrganisationDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    name: organisation.name,
    kind: organisation.kind,
    clientGroups: organisation.clientGroups,
    financing: organisation.financing,
    careVision: organisation.careVision,
    residentTerm: organisation.residentTerm,
  });

  const submit = async () => {
    setSaved(false);
    if (await update({ input: { organisationId: organisation.id, ...form.values } })) {
      setSaved(true);
      onChanged();
      // The organisation's name also appears in the menu and on the start page.
      void refresh();
    }
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={t('organisation.profile.submit')}
      busy={loading}
      error={error}
      fields={form.names}
      // By the button: above the form it was screens away on a phone.
      status={saved && t('organisation.profile.saved')}
    >
      <TextField label={t('organisation.profile.name')} maxLength={LIMITS.name} {...form.field('name', error)} />
      <SelectField
        label={t('organisation.profile.kind')}
        options={options(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS)}
        {...form.field('kind', error)}
      />
      <CheckboxGroup
        legend={t('organisation.profile.clientGroups')}
        name="clientGroups"
        options={options(CLIENT_GROUPS, CLIENT_GROUP_LABELS)}
        values={form.values.clientGroups}
        onChange={(values) => form.set('clientGroups', values)}
        error={error?.fields.clientGroups}
      />
      <CheckboxGroup
        legend={t('organisation.profile.financing')}
        hint={t('organisation.profile.financingHint')}
        name="financing"
        options={options(FINANCING, FINANCING_LABELS)}
        values={form.values.financing}
        onChange={(values) => form.set('financing', values)}
        error={error?.fields.financing}
      />
      <TextAreaField
        label={t('organisation.profile.careVision')}
        hint={t('organisation.profile.careVisionHint')}
        optional
        maxLength={LIMITS.longText}
        {...form.field('careVision', error)}
      />
      <TextField
        label={t('organisation.profile.residentTerm')}
        hint={t('organisation.profile.residentTermHint')}
        maxLength={ORGANISATION_LIMITS.residentTerm}
        {...form.field('residentTerm', error)}
      />
    </Form>
  );
}
