import { STORY_CHECK_DELIVERY_SENTENCE, STORY_CHECK_STATUS_LABELS, STORY_LIMITS } from '@kring/domain';
import { useState } from 'react';
import { RevokeStoryLinkDocument, SendStoryForCheckDocument } from '../graphql/documents/stories';
import type { StoryPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { Section } from '../ui/Section';
import { ErrorAlert } from '../ui/ErrorAlert';
import { StorytellerEmailForm } from './StorytellerEmailForm';
import { useTexts } from './texts';

/**
 * The writer's side of the member check: lay the story before its teller
 * (a teller without an account gets a personal link by e-mail, which the
 * writer never sees), see where it stands, and withdraw a link.
 */
export function MemberCheckSection({ story, onChanged }: { story: StoryPartsFragment; onChanged: () => void }) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const [send, sending] = useMutation(SendStoryForCheckDocument);
  const [revoke, revoking] = useMutation(RevokeStoryLinkDocument);
  const localized = useLocalized();
  const [sent, setSent] = useState<{ emailed: boolean }>();
  const [revoked, setRevoked] = useState(false);
  const days = STORY_LIMITS.defaultLinkDays;

  const sendNow = async () => {
    const data = await send({ input: { storyId: story.id, validDays: days } });
    if (!data) return;
    setSent({ emailed: data.sendStoryForCheck.emailed });
    setRevoked(false);
    onChanged();
  };

  return (
    <Section title={t('stories.check.title')}>
      <p>{t('stories.check.statusIs', { status: label(STORY_CHECK_STATUS_LABELS, story.checkStatus) })}</p>
      {story.approvedRevision !== null && story.approvedRevision !== undefined && (
        <p>{t('stories.check.approvedVersion', { revision: story.approvedRevision })}</p>
      )}
      <p className="field__hint">
        {story.storyteller.hasAccount ? t('stories.check.sendColleague') : t('stories.check.sendHint', { days })}
      </p>
      <p className="field__hint">{localized(STORY_CHECK_DELIVERY_SENTENCE)}</p>
      {!story.storyteller.hasAccount && <StorytellerEmailForm story={story} onChanged={onChanged} />}
      <ErrorAlert error={sending.error} />
      <Button busy={sending.loading} onClick={() => void sendNow()}>
        {story.checkStatus === 'draft' && story.approvedRevision == null ? t('stories.check.send') : t('stories.check.sendAgain')}
      </Button>
      {sent && (
        <Alert tone="success">
          <p>{t('stories.check.sent')}</p>
          {sent.emailed && <p>{t('stories.check.emailed')}</p>}
        </Alert>
      )}
      {story.storyteller.linkExpiresAt && (
        <p>
          {t('stories.check.linkUntil', { date: date(story.storyteller.linkExpiresAt) })}{' '}
          <ConfirmButton
            label={t('stories.check.revoke')}
            target={story.title}
            confirmLabel={t('stories.check.revoke')}
            busy={revoking.loading}
            onConfirm={async () => {
              if (await revoke({ storyId: story.id })) {
                setRevoked(true);
                setSent(undefined);
                onChanged();
              }
            }}
          />
        </p>
      )}
      {revoked && <Alert tone="success">{t('stories.check.revoked')}</Alert>}
      <ErrorAlert error={revoking.error} />
    </Section>
  );
}
