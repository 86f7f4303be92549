import {
  impliesLegalRepresentative,
  MIRROR_CONSENT_CHANNEL_LABELS,
  MIRROR_CONSENT_SCOPE_LABELS,
  MIRROR_CONSENT_SCOPES,
  MIRROR_RECORDED_CHANNELS,
  mirrorRelationLabels,
  MIRROR_RELATIONS,
  type MirrorConsentScope,
  type MirrorRecordedChannel,
  type MirrorRelation,
  residentWords,
} from '@kring/domain';
import { useState } from 'react';
import { RecordMirrorConsentDocument } from '../../graphql/documents/mirror-conversations';
import type { MirrorParticipantPartsFragment } from '../../graphql/generated';
import { useMutation } from '../../graphql/hooks';
import { useLanguage } from '../../i18n';
import { useLocale } from '../../i18n/locale';
import { CheckboxGroup, SelectField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { today } from '../../ui/today';
import { useTexts } from '../texts';

/**
 * The moderator records consent that a relative gave on paper, by telephone or
 * in person — so someone without a smartphone or e-mail can take part. The way
 * it was given is chosen on purpose (nothing preselected), with the day it was given.
 */
export function RecordConsentForm({
  participant,
  residentTerm,
  onSaved,
}: {
  participant: MirrorParticipantPartsFragment;
  /** The organisation's word for the people it cares for, to whom the relation is asked. */
  residentTerm: string;
  onSaved: () => void;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { options } = useLocale();
  const [record, { loading, error }] = useMutation(RecordMirrorConsentDocument);
  const [consents, setConsents] = useState<MirrorConsentScope[]>(participant.consents);
  const form = useForm({
    channel: '' as MirrorRecordedChannel | '',
    givenOn: today(),
    form: 'standard',
    relation: (participant.relation ?? '') as MirrorRelation | '',
    legalRepresentative: participant.legalRepresentative == null ? '' : participant.legalRepresentative ? 'yes' : 'no',
  });
  const { values } = form;
  const relative = participant.kind === 'relative';
  return (
    <Form
      label={t('mirror.onBehalf.title', { name: participant.displayName })}
      onSubmit={async () => {
        const data = await record({
          input: {
            participantId: participant.id,
            consents,
            // No choice is sent as null, so the server's message appears at this field.
            channel: values.channel || null,
            givenOn: values.givenOn,
            form: values.form as 'standard' | 'easy_read',
            relation: relative && values.relation ? values.relation : null,
            legalRepresentative: relative && values.legalRepresentative ? values.legalRepresentative === 'yes' : null,
          },
        });
        if (data) onSaved();
      }}
      submitLabel={t('mirror.onBehalf.submit')}
      busy={loading}
      error={error}
      fields={['consents', ...form.names]}
    >
      <p className="field__hint">{t('mirror.onBehalf.intro')}</p>
      <SelectField
        label={t('mirror.onBehalf.channel')}
        emptyOption={t('mirror.onBehalf.chooseChannel')}
        options={options(MIRROR_RECORDED_CHANNELS, MIRROR_CONSENT_CHANNEL_LABELS)}
        {...form.field('channel', error)}
      />
      <TextField label={t('mirror.onBehalf.givenOn')} type="date" max={today()} {...form.field('givenOn', error)} />
      <SelectField
        label={t('mirror.onBehalf.form')}
        options={[
          { value: 'standard', label: t('mirror.onBehalf.formStandard') },
          { value: 'easy_read', label: t('mirror.onBehalf.formEasy') },
        ]}
        {...form.field('form', error)}
      />
      <CheckboxGroup
        legend={t('mirror.onBehalf.consents')}
        hint={t('mirror.onBehalf.consentsHint')}
        name="consents"
        options={options(MIRROR_CONSENT_SCOPES, MIRROR_CONSENT_SCOPE_LABELS)}
        values={consents}
        onChange={(next) => setConsents(next.includes('take_part') ? next : [])}
        error={error?.fields.consents}
      />
      {relative && (
        <>
          <SelectField
            label={t('mirror.onBehalf.relation', residentWords(residentTerm, language))}
            optional
            emptyOption={t('mirror.onBehalf.chooseRelation')}
            options={options(MIRROR_RELATIONS, mirrorRelationLabels(residentTerm))}
            value={values.relation}
            onChange={(value) => {
              const relation = value as MirrorRelation | '';
              form.set('relation', relation);
              if (relation && impliesLegalRepresentative(relation)) form.set('legalRepresentative', 'yes');
            }}
            error={error?.fields.relation}
          />
          <SelectField
            label={t('mirror.onBehalf.legal')}
            optional
            emptyOption={t('mirror.onBehalf.legalUnknown')}
            options={[
              { value: 'yes', label: t('mirror.onBehalf.legalYes') },
              { value: 'no', label: t('mirror.onBehalf.legalNo') },
            ]}
            {...form.field('legalRepresentative', error)}
          />
        </>
      )}
    </Form>
  );
}
