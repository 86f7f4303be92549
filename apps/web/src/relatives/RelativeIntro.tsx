import { themeForResident } from '@kring/domain';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { useTexts } from './texts';

type EasyKey = 'invitedBy' | 'together' | 'whatTitle' | 'what' | 'noJudging' | 'wordsTitle' | 'written' | 'noName' | 'choose' | 'change';
/** The easy-read sentences a relative reads in their own wording; the others are the same for residents and relatives. */
const RELATIVE_KEYS = ['invitedBy', 'what'] as const;
const isRelativeKey = (key: EasyKey): key is (typeof RELATIVE_KEYS)[number] => (RELATIVE_KEYS as readonly string[]).includes(key);

/** What a mirror conversation is and what happens with their words, before anything is asked of them. */
export function RelativeIntro({ invitation, easy }: { invitation: RelativeInvitationPartsFragment; easy: boolean }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const organisation = invitation.organisationName;
  // Easy-read has its own wording for residents (about living here) and for relatives (about the care for their relative).
  const e = (key: EasyKey) =>
    invitation.kind === 'relative' && isRelativeKey(key)
      ? t(`relative.easyRelative.${key}`, { organisation })
      : t(`relative.easy.${key}`, { organisation });
  const resident = easy && invitation.kind === 'resident';
  return (
    <>
      <p className="lead">{easy ? e('invitedBy') : t('relative.invitedBy', { organisation })}</p>
      <dl className="details relative-details">
        <dt>{resident ? t('relative.easy.about') : t('relative.details.theme')}</dt>
        <dd>{resident ? themeForResident(invitation.theme) : invitation.theme}</dd>
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
          <p>{e('together')}</p>
          <h2>{e('whatTitle')}</h2>
          <p>{e('what')}</p>
          <p>{e('noJudging')}</p>
          <h2>{e('wordsTitle')}</h2>
          <ul className="relative-points">
            <li>{e('written')}</li>
            <li>{e('noName')}</li>
            <li>{e('choose')}</li>
            <li>{e('change')}</li>
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
            <li>{t('relative.words.change', { organisation })}</li>
          </ul>
        </>
      )}
    </>
  );
}
