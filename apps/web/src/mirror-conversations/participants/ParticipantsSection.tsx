import {
  LIMITS,
  MIRROR_CONSENT_CHANNEL_LABELS,
  MIRROR_CONSENT_SCOPE_LABELS,
  MIRROR_LIMITS,
  MIRROR_PARTICIPANT_KINDS,
  mirrorParticipantKindLabels,
  mirrorRelationLabels,
  type Language,
  type MirrorParticipantKind,
  residentWords,
} from '@kring/domain';
import { useState } from 'react';
import { useResidentTerm } from '../../app/useResidentWords';
import {
  InviteMirrorParticipantDocument,
  RenewMirrorLinkDocument,
  RevokeMirrorLinkDocument,
} from '../../graphql/documents/mirror-conversations';
import type { MirrorParticipantPartsFragment } from '../../graphql/generated';
import { useMutation } from '../../graphql/hooks';
import { LANGUAGE_OPTIONS, useLanguage } from '../../i18n';
import { useLocale } from '../../i18n/locale';
import { Button, ConfirmButton } from '../../ui/Button';
import { NumberField, SelectField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { optionalNumber } from '../../ui/optional-number';
import { Table } from '../../ui/Table';
import type { ConversationSectionProps } from '../types';
import { LinkCard } from './LinkCard';
import { RecordConsentForm } from './RecordConsentForm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

interface ShownLink {
  link: string;
  participant: MirrorParticipantPartsFragment;
  /** This link was just e-mailed (not an earlier one). */
  emailed: boolean;
}

/** Inviting relatives (and residents) with a personal link, and the list of who was invited and what they chose. */
export function ParticipantsSection({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const residentTerm = useResidentTerm(conversation.organisationId);
  const [shown, setShown] = useState<ShownLink>();
  const canInvite = conversation.status === 'planned' || conversation.status === 'live';
  const show = (result: ShownLink) => {
    setShown(result);
    onChanged();
  };
  return (
    <>
      <p>{t('mirror.invite.intro')}</p>
      {shown && (
        <LinkCard
          link={shown.link}
          forName={shown.participant.displayName}
          theme={conversation.theme}
          scheduledAt={conversation.scheduledAt}
          expiresAt={shown.participant.expiresAt}
          emailedTo={shown.emailed ? (shown.participant.email ?? null) : null}
        />
      )}
      {canInvite && <InviteForm conversationId={conversation.id} residentTerm={residentTerm} onInvited={show} />}
      <ParticipantList
        participants={conversation.participants}
        residentTerm={residentTerm}
        onLink={show}
        onChanged={onChanged}
        canRecord={canInvite || conversation.status === 'ended'}
      />
    </>
  );
}

function InviteForm({
  conversationId,
  residentTerm,
  onInvited,
}: {
  conversationId: string;
  /** The organisation's own word for the people it cares for ("deelnemer"), who are invited under it. */
  residentTerm: string;
  onInvited: (link: ShownLink) => void;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { options } = useLocale();
  const [invite, { loading, error }] = useMutation(InviteMirrorParticipantDocument);
  const form = useForm({
    displayName: '',
    email: '',
    kind: 'relative' as MirrorParticipantKind,
    language: 'nl' as Language,
    // Empty, as its hint says ("Leeg gelaten werkt de link 60 dagen"): the server's default, MIRROR_LIMITS, then applies.
    validDays: '',
  });
  const [sendEmail, setSendEmail] = useState(true);
  const { values } = form;
  return (
    <Form
      label={t('mirror.invite.title')}
      onSubmit={async () => {
        const emailed = sendEmail && !!values.email;
        const data = await invite({
          input: {
            conversationId,
            displayName: values.displayName,
            email: values.email || null,
            kind: values.kind,
            language: values.language,
            validDays: optionalNumber(values.validDays),
            sendEmail: emailed,
          },
        });
        if (data) {
          form.reset();
          onInvited({ ...data.inviteMirrorParticipant, emailed });
        }
      }}
      submitLabel={t('mirror.invite.submit')}
      busy={loading}
      error={error}
      fields={form.names}
    >
      <TextField
        label={t('mirror.invite.displayName')}
        hint={t('mirror.invite.displayNameHint')}
        maxLength={MIRROR_LIMITS.displayNameMaxLength}
        {...form.field('displayName', error)}
      />
      <TextField
        label={t('mirror.invite.email')}
        hint={t('mirror.invite.emailHint')}
        type="email"
        optional
        autoComplete="off"
        maxLength={LIMITS.email}
        {...form.field('email', error)}
      />
      {values.email && (
        <label className="checkbox mirror-check">
          <input type="checkbox" checked={sendEmail} onChange={(e) => setSendEmail(e.target.checked)} />
          {t('mirror.invite.sendEmail')}
        </label>
      )}
      <SelectField
        label={t('mirror.invite.kind')}
        hint={t('mirror.invite.kindHint', residentWords(residentTerm, language))}
        // Someone the organisation cares for is invited under its own word for them ("Deelnemer").
        options={options(MIRROR_PARTICIPANT_KINDS, mirrorParticipantKindLabels(residentTerm))}
        {...form.field('kind', error)}
      />
      <SelectField label={t('mirror.invite.language')} options={LANGUAGE_OPTIONS} {...form.field('language', error)} />
      <NumberField
        label={t('mirror.invite.validDays')}
        hint={t('mirror.invite.validDaysHint', {
          min: MIRROR_LIMITS.minLinkDays,
          max: MIRROR_LIMITS.maxLinkDays,
          days: MIRROR_LIMITS.defaultLinkDays,
        })}
        optional
        min={MIRROR_LIMITS.minLinkDays}
        max={MIRROR_LIMITS.maxLinkDays}
        {...form.field('validDays', error)}
      />
    </Form>
  );
}

function ParticipantList({
  participants,
  residentTerm,
  onLink,
  onChanged,
  canRecord,
}: {
  participants: MirrorParticipantPartsFragment[];
  residentTerm: string;
  onLink: (link: ShownLink) => void;
  onChanged: () => void;
  /** Consent can be recorded on someone's behalf until the harvest is approved. */
  canRecord: boolean;
}) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const [recording, setRecording] = useState<string>();
  const [recorded, setRecorded] = useState<string>();
  const chosen = participants.find((p) => p.id === recording);
  const [renew, renewal] = useMutation(RenewMirrorLinkDocument);
  const [revoke, revocation] = useMutation(RevokeMirrorLinkDocument);
  const error = renewal.error ?? revocation.error;
  if (participants.length === 0) return <p className="muted">{t('mirror.invite.empty')}</p>;
  const consentText = (p: MirrorParticipantPartsFragment) => {
    if (!p.respondedAt) return t('mirror.invite.noAnswer');
    if (p.consents.length === 0) return t('mirror.invite.notTakingPart');
    const scopes = p.consents.map((scope) => label(MIRROR_CONSENT_SCOPE_LABELS, scope)).join(', ');
    if (!p.consentChannel || p.consentChannel === 'link' || !p.consentGivenAt) return scopes;
    return `${scopes} (${t('mirror.invite.recordedHow', { how: label(MIRROR_CONSENT_CHANNEL_LABELS, p.consentChannel), date: date(p.consentGivenAt) })})`;
  };
  return (
    <div className="subsection">
      <h3>{t('mirror.invite.listTitle')}</h3>
      <ErrorAlert error={error} />
      <Table
        label={t('mirror.invite.listTitle')}
        stack
        rows={participants}
        rowKey={(p) => p.id}
        columns={[
          {
            header: t('mirror.invite.name'),
            cell: (p) => (
              <>
                {p.displayName}
                {p.relation && (
                  <span className="muted">
                    {' '}
                    · {label(mirrorRelationLabels(residentTerm), p.relation)}
                    {p.legalRepresentative && `, ${t('mirror.invite.legalRepresentative')}`}
                  </span>
                )}
              </>
            ),
          },
          { header: t('mirror.invite.pseudonym'), cell: (p) => p.pseudonym },
          {
            header: t('mirror.invite.consent'),
            cell: (p) => (
              <>
                {consentText(p)}
                {recorded === p.id && (
                  <p className="form__status" role="status">
                    {t('mirror.onBehalf.saved')}
                  </p>
                )}
              </>
            ),
          },
          {
            header: t('mirror.invite.link'),
            cell: (p) =>
              p.linkStatus === 'open' ? t('mirror.invite.open', { date: date(p.expiresAt) }) : t(`mirror.invite.${p.linkStatus}`),
          },
        ]}
        actions={(p) => (
          <div className="mirror-buttons">
            <ConfirmButton
              label={t('mirror.invite.renew')}
              target={p.displayName}
              confirmLabel={t('mirror.invite.confirmRenew')}
              busy={renewal.loading}
              onConfirm={() =>
                void renew({ input: { participantId: p.id } }).then(
                  (data) => data && onLink({ ...data.renewMirrorLink, emailed: !!data.renewMirrorLink.participant.email }),
                )
              }
            />
            {canRecord && (
              <Button
                variant="secondary"
                aria-expanded={recording === p.id}
                onClick={() => setRecording(recording === p.id ? undefined : p.id)}
              >
                {t('mirror.onBehalf.open')}
              </Button>
            )}
            {p.linkStatus === 'open' && (
              <ConfirmButton
                label={t('mirror.invite.revoke')}
                target={p.displayName}
                confirmLabel={t('mirror.invite.confirmRevoke')}
                busy={revocation.loading}
                onConfirm={() => void revoke({ participantId: p.id }).then((data) => data && onChanged())}
              />
            )}
          </div>
        )}
      />
      {chosen && (
        <RecordConsentForm
          key={chosen.id}
          participant={chosen}
          residentTerm={residentTerm}
          onSaved={() => {
            setRecording(undefined);
            setRecorded(chosen.id);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
