import {
  CONSENT_FORM_LABELS,
  CONSENT_FORMS,
  consentGiverLabels,
  CONSENT_GIVERS,
  CONSENT_SCOPE_LABELS,
  CONSENT_SCOPES,
  CASE_LIMITS,
  type ConsentForm,
  type ConsentGiver,
  type ConsentScope,
  type LocalizedText,
} from '@kring/domain';
import { useState } from 'react';
import { useResidentTerm, useResidentWords } from '../app/useResidentWords';
import { RecordCaseConsentDocument, WithdrawCaseConsentDocument } from '../graphql/documents/cases';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { ConfirmButton } from '../ui/Button';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { useForm } from '../ui/Form';
import { today } from '../ui/today';
import { GuardedForm, type GuardAnswers } from './GuardedForm';
import type { CaseData, CaseSectionProps } from './types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

type Consent = CaseData['consents'][number];

/** Consent records, newest first; withdrawn ones stay visible as the record of what was allowed when. */
export function ConsentSection({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const words = useResidentWords(caseData.organisationId);
  // "De deelnemer zelf": who gave consent, in the organisation's own word.
  const givers = consentGiverLabels(useResidentTerm(caseData.organisationId));
  const [notice, setNotice] = useState<string>();
  return (
    <>
      <p>{t('cases.consent.intro', words)}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {caseData.consents.length === 0 ? (
        <p>{t('cases.consent.empty')}</p>
      ) : (
        <ul className="consents">
          {caseData.consents.map((consent) => (
            <ConsentItem
              key={consent.id}
              consent={consent}
              givers={givers}
              canWithdraw={caseData.viewerCanEdit}
              onWithdrawn={() => {
                setNotice(t('cases.consent.withdrawDone'));
                onChanged();
              }}
            />
          ))}
        </ul>
      )}
      {caseData.viewerCanEdit && (
        <RecordConsent
          caseData={caseData}
          onChanged={() => {
            setNotice(t('cases.consent.recorded'));
            onChanged();
          }}
        />
      )}
    </>
  );
}

function ConsentItem({
  consent,
  givers,
  canWithdraw,
  onWithdrawn,
}: {
  consent: Consent;
  givers: Readonly<Record<ConsentGiver, LocalizedText>>;
  canWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const [withdraw, { loading, error }] = useMutation(WithdrawCaseConsentDocument);
  const scope = label(CONSENT_SCOPE_LABELS, consent.scope);
  return (
    <li className="card">
      <p>
        <strong>{scope}</strong>{' '}
        <span className={consent.active ? 'badge badge--active' : 'badge'}>
          {consent.active ? t('cases.consent.active') : t('cases.consent.withdrawn')}
        </span>
      </p>
      <p className="muted">
        {label(givers, consent.givenBy)} · {label(CONSENT_FORM_LABELS, consent.form)} ·{' '}
        {t('cases.consent.givenOn', { date: date(consent.givenOn) })}
        {consent.withdrawnOn && ` · ${t('cases.consent.withdrawnOn', { date: date(consent.withdrawnOn) })}`}
      </p>
      {consent.note && <p className="prose">{consent.note}</p>}
      <ErrorAlert error={error} />
      {consent.active && canWithdraw && (
        <ConfirmButton
          label={t('cases.consent.withdraw')}
          target={scope}
          confirmLabel={t('cases.consent.confirmWithdraw')}
          busy={loading}
          onConfirm={async () => {
            if (await withdraw({ input: { consentId: consent.id } })) onWithdrawn();
          }}
        />
      )}
    </li>
  );
}

function RecordConsent({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const { options } = useLocale();
  const givers = consentGiverLabels(useResidentTerm(caseData.organisationId));
  const [record, { loading, error }] = useMutation(RecordCaseConsentDocument);
  const form = useForm({
    scope: 'discuss_in_team' as ConsentScope,
    givenBy: 'resident' as ConsentGiver,
    form: 'easy_read' as ConsentForm,
    givenOn: today(),
    note: '',
  });

  const submit = async (answers: GuardAnswers) => {
    if (await record({ input: { caseId: caseData.id, ...form.values, ...answers } })) {
      form.reset();
      onChanged();
    }
  };

  return (
    <div className="subsection">
      <h3>{t('cases.consent.addTitle')}</h3>
      <GuardedForm
        organisationId={caseData.organisationId}
        texts={[{ field: 'note', label: t('cases.consent.note'), text: form.values.note }]}
        onSubmit={submit}
        submitLabel={t('cases.consent.submit')}
        busy={loading}
        error={error}
        fields={form.names}
        label={t('cases.consent.addTitle')}
      >
        <SelectField
          label={t('cases.consent.scope')}
          options={options(CONSENT_SCOPES, CONSENT_SCOPE_LABELS)}
          {...form.field('scope', error)}
        />
        <SelectField label={t('cases.consent.givenBy')} options={options(CONSENT_GIVERS, givers)} {...form.field('givenBy', error)} />
        <SelectField label={t('cases.consent.form')} options={options(CONSENT_FORMS, CONSENT_FORM_LABELS)} {...form.field('form', error)} />
        <TextField label={t('cases.consent.date')} type="date" max={today()} {...form.field('givenOn', error)} />
        <TextAreaField
          label={t('cases.consent.note')}
          hint={t('cases.consent.noteHint')}
          optional
          rows={2}
          maxLength={CASE_LIMITS.consentNote}
          {...form.field('note', error)}
        />
      </GuardedForm>
    </div>
  );
}
