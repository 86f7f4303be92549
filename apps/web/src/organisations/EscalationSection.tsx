import { ESCALATION_LIMITS, escalationProcedureText } from '@kring/domain';
import { useState } from 'react';
import { SetEscalationProcedureDocument } from '../graphql/documents/organisations';
import { useMutation } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { Alert } from '../ui/Alert';
import { TextAreaField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import type { SectionProps } from './types';
import { useTexts } from './texts';

/**
 * The organisation's own procedure for complaints and incidents: one place
 * for "who to contact" behind every escalation prompt in Kring. Everyone sees
 * what relatives and colleagues will read (the sentence comes from the same
 * rule as the prompt); the administrator sets it.
 */
export function EscalationSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const [set, { loading, error }] = useMutation(SetEscalationProcedureDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm({ ...organisation.escalationProcedure });
  const shown = organisation.viewerCanManage ? form.values : organisation.escalationProcedure;
  const preview = (
    <dl className="details">
      <dt>{t('organisation.escalation.forRelatives')}</dt>
      <dd>{escalationProcedureText(shown, 'guest', organisation.name)[language]}</dd>
      <dt>{t('organisation.escalation.forStaff')}</dt>
      <dd>{escalationProcedureText(shown, 'staff', organisation.name)[language]}</dd>
    </dl>
  );
  if (!organisation.viewerCanManage) return preview;
  const submit = async () => {
    setSaved(false);
    if (await set({ input: { organisationId: organisation.id, ...form.values } })) {
      setSaved(true);
      onChanged();
    }
  };
  return (
    <>
      <p>{t('organisation.escalation.intro')}</p>
      {saved && <Alert tone="success">{t('organisation.escalation.saved')}</Alert>}
      <Form onSubmit={submit} submitLabel={t('organisation.escalation.submit')} busy={loading} error={error} fields={form.names}>
        <TextField
          label={t('organisation.escalation.officerName')}
          optional
          maxLength={ESCALATION_LIMITS.officerNameMax}
          {...form.field('officerName', error)}
        />
        <TextField
          label={t('organisation.escalation.officerContact')}
          hint={t('organisation.escalation.officerContactHint')}
          optional
          maxLength={ESCALATION_LIMITS.officerContactMax}
          {...form.field('officerContact', error)}
        />
        <TextAreaField
          label={t('organisation.escalation.incidentRoute')}
          hint={t('organisation.escalation.incidentRouteHint')}
          optional
          maxLength={ESCALATION_LIMITS.incidentRouteMax}
          {...form.field('incidentRoute', error)}
        />
      </Form>
      <h3>{t('organisation.escalation.preview')}</h3>
      {preview}
    </>
  );
}
