import { useTranslation } from 'react-i18next';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';

/** What a mirror conversation is and what happens with their words, before anything is asked of them. */
export function RelativeIntro({ invitation, easy }: { invitation: RelativeInvitationPartsFragment; easy: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useLocale();
  const organisation = invitation.organisationName;
  return (
    <>
      <p className="lead">{easy ? t('relative.easy.invitedBy', { organisation }) : t('relative.invitedBy', { organisation })}</p>
      <dl className="details relative-details">
        <dt>{t('relative.details.theme')}</dt>
        <dd>{invitation.theme}</dd>
        <dt>{t('relative.details.when')}</dt>
        <dd>
          {dateTime(invitation.scheduledAt)} · {t('relative.details.duration', { minutes: invitation.durationMinutes })}
        </dd>
        {invitation.place && (
          <>
            <dt>{t('relative.details.where')}</dt>
            <dd>{invitation.place}</dd>
          </>
        )}
      </dl>
      {easy ? (
        <>
          <p>{t('relative.easy.together')}</p>
          <h2>{t('relative.easy.whatTitle')}</h2>
          <p>{t('relative.easy.what', { organisation })}</p>
          <p>{t('relative.easy.noJudging')}</p>
          <h2>{t('relative.easy.wordsTitle')}</h2>
          <ul className="relative-points">
            <li>{t('relative.easy.written')}</li>
            <li>{t('relative.easy.noName')}</li>
            <li>{t('relative.easy.choose')}</li>
            <li>{t('relative.easy.change')}</li>
          </ul>
        </>
      ) : (
        <>
          <h2>{t('relative.what.title')}</h2>
          <p>{t('relative.what.text')}</p>
          <p>{t('relative.what.noJudging')}</p>
          <h2>{t('relative.words.title')}</h2>
          <ul className="relative-points">
            <li>{t('relative.words.written')}</li>
            <li>{t('relative.words.noName')}</li>
            <li>{t('relative.words.quotes')}</li>
            <li>{t('relative.words.deleted')}</li>
            <li>{t('relative.words.letter')}</li>
            <li>{t('relative.words.change')}</li>
          </ul>
        </>
      )}
    </>
  );
}
