import {
  kindsOrganisationsChoose,
  RETENTION_DAY_LABELS,
  RETENTION_DAY_OPTIONS,
  RETENTION_EVENT_LABELS,
  retentionRule,
  type RetentionDays,
  type RetentionKind,
} from '@kring/domain';
import { useEffect, useState } from 'react';
import { PrivacySettingsDocument, PurgeRawNotesDocument, UpdateRawNoteRetentionDocument } from '../graphql/documents/privacy';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxGroup, SelectField } from '../ui/Field';
import { Form } from '../ui/Form';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import { RetentionRulesList } from './RetentionRulesList';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/**
 * What Kring keeps only for a while, when it goes and why, generated from
 * the same retention rules the purge carries out; the period the
 * organisation chooses, and a clean-up now rather than at the next hourly run.
 */
export function RetentionSection({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const [language] = useLanguage();
  const { data, error, refetch } = useQuery(PrivacySettingsDocument, { organisationId });
  const [save, saving] = useMutation(UpdateRawNoteRetentionDocument);
  const [purge, purging] = useMutation(PurgeRawNotesDocument);
  const [days, setDays] = useState<string>('');
  const [chosen, setChosen] = useState<RetentionKind[]>([]);
  const [saved, setSaved] = useState(false);
  const [purged, setPurged] = useState<number | null>(null);
  const settings = data?.privacySettings;
  const period = settings ? RETENTION_DAY_LABELS[settings.rawNoteRetentionDays as RetentionDays]?.[language] : undefined;
  useEffect(() => {
    if (!settings) return;
    setDays(String(settings.rawNoteRetentionDays));
    setChosen(settings.chosenPurges as RetentionKind[]);
  }, [settings]);

  if (!settings)
    return (
      <Section title={t('privacy.retention.title')}>
        <NotLoaded error={error} onRetry={refetch} />
      </Section>
    );

  const submit = async () => {
    setSaved(false);
    if (await save({ input: { organisationId, rawNoteRetentionDays: Number(days), chosenPurges: chosen } })) setSaved(true);
  };
  const cleanUp = async () => {
    const result = await purge({ organisationId });
    if (result) {
      setPurged(result.purgeRawNotes.total);
      refetch();
    }
  };

  return (
    <Section title={t('privacy.retention.title')}>
      <p>{t('privacy.retention.intro')}</p>
      <p>{t('privacy.retention.kinds')}</p>
      <RetentionRulesList period={period} />
      {saved && <Alert tone="success">{t('privacy.retention.saved')}</Alert>}
      <Form
        onSubmit={submit}
        submitLabel={t('privacy.retention.save')}
        busy={saving.loading}
        error={saving.error}
        fields={['rawNoteRetentionDays', 'chosenPurges']}
      >
        <SelectField
          label={t('privacy.retention.period')}
          name="rawNoteRetentionDays"
          value={days}
          onChange={setDays}
          error={saving.error?.fields.rawNoteRetentionDays}
          options={RETENTION_DAY_OPTIONS.map((value: RetentionDays) => ({
            value: String(value),
            label: RETENTION_DAY_LABELS[value][language],
          }))}
        />
        <CheckboxGroup
          legend={t('privacy.retention.choose')}
          hint={t('privacy.retention.chooseHint')}
          name="chosenPurges"
          values={chosen}
          onChange={setChosen}
          error={saving.error?.fields.chosenPurges}
          options={kindsOrganisationsChoose().map((kind) => {
            const rule = retentionRule(kind);
            return {
              value: kind,
              label: `${rule.name[language]}, ${rule.events.map((event) => RETENTION_EVENT_LABELS[event][language]).join(' / ')}`,
            };
          })}
        />
      </Form>
      <p>
        {settings.lastPurgeAt
          ? t('privacy.retention.lastPurge', { when: dateTime(settings.lastPurgeAt), count: settings.lastPurgeCount })
          : t('privacy.retention.neverPurged')}
      </p>
      <Button variant="secondary" busy={purging.loading} onClick={() => void cleanUp()}>
        {t('privacy.retention.purgeNow')}
      </Button>
      {purged !== null && <Alert tone="success">{t('privacy.retention.purged', { count: purged })}</Alert>}
      <ErrorAlert error={purging.error} />
    </Section>
  );
}
