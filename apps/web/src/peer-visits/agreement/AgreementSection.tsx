import { LIMITS, CORE_VALUES, PEER_VISIT_LIMITS, residentWords, VISIT_FORMAT_LABELS, VISIT_FORMATS, type VisitFormat } from '@kring/domain';
import { useState } from 'react';
import { UpdateVisitAgreementDocument } from '../../graphql/documents/peer-visits';
import { useMutation } from '../../graphql/hooks';
import { useLanguage } from '../../i18n';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { useLocalized } from '../../i18n/localized';
import { useMirrorThemeNames, useMirrorThemes } from '../host-words';
import { VALUE_NAMES } from '../labels';
import type { Visit } from '../VisitPage';
import { useTexts } from '../texts';
import { VisitDateField } from '../VisitDateField';

/**
 * The host's side of the agreement (domain guide §6.2): the focus question
 * ("Waar wil ik een spiegel op?"), the purpose, the part of the network's
 * lens to look through, the format and the day, and the practical and
 * privacy notes for the visitors.
 */
export function AgreementSection({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const editable =
    visit.viewerSide === 'host' && visit.viewerIsEntrepreneur && visit.status !== 'cancelled' && visit.reportStatus !== 'closed';
  return editable ? <AgreementForm visit={visit} onChanged={onChanged} /> : <AgreementView visit={visit} />;
}

/**
 * What is agreed, to read. `fixedOnly`: only what stays fixed once both sides agreed, above the form in which the
 * host can still change the format, the day and the location (shown there, so not twice).
 */
function AgreementView({ visit, fixedOnly = false }: { visit: Visit; fixedOnly?: boolean }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const local = useLocalized();
  const themeNames = useMirrorThemeNames();
  const names = (ids: readonly string[], map: ReadonlyMap<string, { nl: string; en: string }>) =>
    ids.map((id) => (map.get(id) ? local(map.get(id)!) : id)).join(', ');
  return (
    <dl className="details">
      <dt>{t('visits.agreement.focus')}</dt>
      <dd>{visit.focusQuestion || t('visits.agreement.notYet')}</dd>
      <dt>{t('visits.agreement.purpose')}</dt>
      <dd>{visit.purpose || t('visits.agreement.notYet')}</dd>
      <dt>{t('visits.agreement.lens', { version: visit.lens.version })}</dt>
      <dd>
        {names(visit.lens.valueIds, VALUE_NAMES)}
        {visit.lens.mirrorThemeIds.length > 0 && ` · ${names(visit.lens.mirrorThemeIds, themeNames)}`}
        {visit.lens.questions.length > 0 && <span className="muted"> · {visit.lens.questions.join(' · ')}</span>}
      </dd>
      {!fixedOnly && (
        <>
          <dt>{t('visits.agreement.format')}</dt>
          <dd>{visit.format ? local(VISIT_FORMAT_LABELS[visit.format]) : t('visits.agreement.notYet')}</dd>
          <dt>{t('visits.agreement.date')}</dt>
          <dd>{visit.visitDate ? date(visit.visitDate) : t('visits.agreement.notYet')}</dd>
          {visit.location && (
            <>
              <dt>{t('visits.agreement.location')}</dt>
              <dd>{visit.location.name}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}

function AgreementForm({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const { t } = useTexts();
  const local = useLocalized();
  const mirrorThemes = useMirrorThemes();
  const [language] = useLanguage();
  // Only the host fills this in: the examples speak of its people, in its own word (the pack carries it).
  const words = residentWords(visit.pack.residentTerm, language);
  const [save, { loading, error }] = useMutation(UpdateVisitAgreementDocument);
  const agreed = visit.status === 'agreed';
  // While preparing, the host picks from the network's current lens; once agreed, the visit's own lens is fixed.
  const lens = agreed ? visit.lens : visit.networkLens;
  const form = useForm({
    focusQuestion: visit.focusQuestion,
    purpose: visit.purpose || visit.networkLens.purpose,
    valueIds: visit.lens.valueIds.filter((id) => lens.valueIds.includes(id)),
    mirrorThemeIds: visit.lens.mirrorThemeIds.filter((id) => lens.mirrorThemeIds.includes(id)),
    format: visit.format ?? '',
    visitDate: visit.visitDate ?? '',
    locationId: visit.location?.id ?? '',
    practicalNotes: visit.pack.practicalNotes,
    privacyNotes: visit.pack.privacyNotes,
  });
  const { values, set } = form;
  // "Bewaard" stands until the next change: every change makes new values.
  const [savedValues, setSavedValues] = useState<typeof values>();
  const saved = savedValues === values;
  const submit = async () => {
    const result = await save({
      input: {
        visitId: visit.id,
        ...values,
        format: (values.format || null) as VisitFormat | null,
        visitDate: values.visitDate || null,
        locationId: values.locationId || null,
      },
    });
    if (result) {
      setSavedValues(values);
      onChanged();
    }
  };
  return (
    <>
      {agreed && <Alert tone="info">{t('visits.agreement.lockedNote')}</Alert>}
      <Form
        onSubmit={submit}
        submitLabel={t('visits.agreement.submit')}
        busy={loading}
        error={error}
        fields={form.names}
        label={t('visits.agreement.title')}
        // By the button, where a phone shows it: the form's top is screens away. Once both agreed, date, format and
        // practical notes change without asking again (the API's rule).
        status={saved && t(agreed ? 'visits.agreement.savedAgreed' : 'visits.agreement.saved')}
      >
        {agreed ? (
          <AgreementView visit={visit} fixedOnly />
        ) : (
          <>
            <TextField
              label={t('visits.agreement.focus')}
              hint={t('visits.agreement.focusHint', words)}
              maxLength={PEER_VISIT_LIMITS.questionMaxLength}
              {...form.field('focusQuestion', error)}
            />
            <TextAreaField label={t('visits.agreement.purpose')} maxLength={LIMITS.shortText} rows={3} {...form.field('purpose', error)} />
            <CheckboxGroup
              legend={t('visits.agreement.values', { version: lens.version })}
              hint={t('visits.agreement.valuesHint')}
              name="valueIds"
              options={CORE_VALUES.filter((v) => lens.valueIds.includes(v.id)).map((v) => ({
                value: v.id as string,
                label: local(v.name),
              }))}
              values={values.valueIds}
              onChange={(ids) => set('valueIds', ids)}
              error={error?.fields.valueIds}
            />
            <CheckboxGroup
              legend={t('visits.agreement.themes')}
              name="mirrorThemeIds"
              options={mirrorThemes
                .filter((m) => lens.mirrorThemeIds.includes(m.id))
                .map((m) => ({
                  value: m.id as string,
                  label: local(m.name),
                }))}
              values={values.mirrorThemeIds}
              onChange={(ids) => set('mirrorThemeIds', ids)}
              error={error?.fields.mirrorThemeIds}
            />
          </>
        )}
        <SelectField
          label={t('visits.agreement.format')}
          optional
          emptyOption={t('visits.agreement.chooseFormat')}
          options={VISIT_FORMATS.map((f) => ({ value: f, label: local(VISIT_FORMAT_LABELS[f]) }))}
          value={values.format}
          onChange={(v) => set('format', v as VisitFormat)}
          error={error?.fields.format}
        />
        <VisitDateField value={values.visitDate} onChange={(v) => set('visitDate', v)} error={error?.fields.visitDate} />
        {visit.pack.locations.length > 0 && (
          <SelectField
            label={t('visits.agreement.location')}
            optional
            emptyOption={t('visits.agreement.anyLocation')}
            options={visit.pack.locations.map((l) => ({ value: l.id, label: l.name }))}
            value={values.locationId}
            onChange={(v) => set('locationId', v)}
          />
        )}
        <TextAreaField
          label={t('visits.agreement.practical')}
          optional
          rows={3}
          maxLength={LIMITS.longText}
          {...form.field('practicalNotes', error)}
        />
        <TextAreaField
          label={t('visits.agreement.privacy')}
          hint={t('visits.agreement.privacyHint', words)}
          optional
          rows={3}
          maxLength={LIMITS.longText}
          {...form.field('privacyNotes', error)}
        />
      </Form>
    </>
  );
}
