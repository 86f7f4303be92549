import { CLIENT_GROUP_LABELS, FINANCING_LABELS, LOCATION_KIND_LABELS, ORGANISATION_KIND_LABELS } from '@kring/domain';
import { useLocale } from '../../i18n/locale';
import type { Visit } from '../VisitPage';
import { useTexts } from '../texts';

/** The host's preparation pack: care vision, organisation profile, and what visitors should know. */
export function PackSection({ visit }: { visit: Visit }) {
  const { t } = useTexts();
  const { label } = useLocale();
  const { pack } = visit;
  return (
    <>
      <h3>{t('visits.pack.careVision')}</h3>
      <p className="prose">{pack.careVision || t('visits.pack.noCareVision')}</p>
      <dl className="details">
        <dt>{t('visits.pack.kind')}</dt>
        <dd>{label(ORGANISATION_KIND_LABELS, pack.kind)}</dd>
        {pack.clientGroups.length > 0 && (
          <>
            <dt>{t('visits.pack.clientGroups')}</dt>
            <dd>{pack.clientGroups.map((g) => label(CLIENT_GROUP_LABELS, g)).join(', ')}</dd>
          </>
        )}
        {pack.financing.length > 0 && (
          <>
            <dt>{t('visits.pack.financing')}</dt>
            <dd>{pack.financing.map((f) => label(FINANCING_LABELS, f)).join(', ')}</dd>
          </>
        )}
        <dt>{t('visits.pack.residentTerm')}</dt>
        <dd>{pack.residentTerm}</dd>
        {pack.locations.length > 0 && (
          <>
            <dt>{t('visits.pack.locations')}</dt>
            <dd>
              {pack.locations.map((l) => `${l.name} (${label(LOCATION_KIND_LABELS, l.kind)}${l.place ? `, ${l.place}` : ''})`).join('; ')}
            </dd>
          </>
        )}
      </dl>
      <h3>{t('visits.pack.practical')}</h3>
      <p className="prose">{pack.practicalNotes || t('visits.agreement.notYet')}</p>
      <h3>{t('visits.pack.privacy')}</h3>
      <p className="prose">{pack.privacyNotes || t('visits.pack.privacyDefault')}</p>
    </>
  );
}
