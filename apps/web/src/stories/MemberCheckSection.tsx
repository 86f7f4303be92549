import { STORY_CHECK_STATUS_LABELS, STORY_LIMITS } from '@kring/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevokeStoryLinkDocument, SendStoryForCheckDocument, type StoryPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { Section } from '../ui/Section';

/**
 * The writer's side of the member check: lay the story before its teller
 * (with a personal link, shown once, for a teller without an account), see
 * where it stands, and withdraw a link.
 */
export function MemberCheckSection({ story, onChanged }: { story: StoryPartsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { label, date } = useLocale();
  const [send, sending] = useMutation(SendStoryForCheckDocument);
  const [revoke, revoking] = useMutation(RevokeStoryLinkDocument);
  const [sent, setSent] = useState<{ link: string | null; emailed: boolean }>();
  const [copied, setCopied] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const days = STORY_LIMITS.defaultLinkDays;

  const sendNow = async () => {
    const data = await send({ input: { storyId: story.id, validDays: days } });
    if (!data) return;
    setSent({ link: data.sendStoryForCheck.link ?? null, emailed: data.sendStoryForCheck.emailed });
    setRevoked(false);
    onChanged();
  };
  const copy = async () => {
    if (!sent?.link) return;
    await navigator.clipboard?.writeText(sent.link).then(() => setCopied(true), () => setCopied(false));
  };

  return (
    <Section title={t('stories.check.title')}>
      <p>{t('stories.check.statusIs', { status: label(STORY_CHECK_STATUS_LABELS, story.checkStatus) })}</p>
      {story.approvedRevision !== null && story.approvedRevision !== undefined && <p>{t('stories.check.approvedVersion', { revision: story.approvedRevision })}</p>}
      <p className="field__hint">{story.storyteller.hasAccount ? t('stories.check.sendColleague') : t('stories.check.sendHint', { days })}</p>
      {sending.error && <Alert tone="error">{sending.error.message}</Alert>}
      <Button busy={sending.loading} onClick={() => void sendNow()}>
        {story.checkStatus === 'draft' && story.approvedRevision == null ? t('stories.check.send') : t('stories.check.sendAgain')}
      </Button>
      {sent && (
        <Alert tone="success">
          <p>{t('stories.check.sent')}</p>
          {sent.link && (
            <>
              <p>{t('stories.check.linkOnce')}</p>
              <div className="story-link">
                <input aria-label={t('stories.check.linkLabel')} readOnly value={sent.link} onFocus={(e) => e.currentTarget.select()} />
                <Button variant="secondary" onClick={() => void copy()}>
                  {copied ? t('stories.check.copied') : t('stories.check.copy')}
                </Button>
              </div>
            </>
          )}
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
      {revoking.error && <Alert tone="error">{revoking.error.message}</Alert>}
    </Section>
  );
}
