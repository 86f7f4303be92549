import { findMethod } from '@kring/domain';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { MethodDocument } from '../graphql/documents/methods';
import type { MethodQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { useLocalized } from '../i18n/localized';
import { MethodActions } from './MethodActions';
import { PhaseList } from './PhaseList';
import { NoOrganisation } from './NoOrganisation';
import { hasOrganisation, useMethodOrganisation, type ChosenOrganisation } from './use-method-organisation';
import { useTexts } from './texts';

/** After saving, the builder comes here with the version it stored. */
export interface SavedNotice {
  savedVersion?: number;
}

/** `?versie=2` shows an older version of an own method; links to it stay valid after later saves. */
export function MethodDetailPage() {
  const choice = useMethodOrganisation();
  return hasOrganisation(choice) ? <LoadMethod choice={choice} /> : <NoOrganisation />;
}

function LoadMethod({ choice }: { choice: ChosenOrganisation }) {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const requested = Number.parseInt(params.get('versie') ?? '', 10);
  const savedVersion = (useLocation().state as SavedNotice | null)?.savedVersion;
  const { data, error, refetch } = useQuery(MethodDocument, {
    organisationId: choice.organisation.id,
    methodId: id,
    version: Number.isInteger(requested) ? requested : null,
  });

  if (!data)
    return (
      <Page title={t('methods.title')} notLoaded={{ error, onRetry: refetch }}>
        <BackLink to={choice.link('/methoden')} />
      </Page>
    );
  return <MethodDetail data={data} savedVersion={savedVersion} choice={choice} />;
}

function BackLink({ to }: { to: string }) {
  const { t } = useTexts();
  return (
    <p className="link-alone">
      <Link to={to}>{t('methods.back')}</Link>
    </p>
  );
}

function MethodDetail({
  data: { method, methodVersions },
  savedVersion,
  choice,
}: {
  data: MethodQuery;
  savedVersion?: number;
  choice: ChosenOrganisation;
}) {
  const { t } = useTexts();
  const local = useLocalized();
  const { date } = useLocale();
  const { link, canEdit } = choice;
  const latest = methodVersions[0]?.version ?? method.version;
  const isLatest = method.version === latest;
  const origin = method.basedOn && findMethod(method.basedOn.id);

  return (
    <Page title={local(method.name)} wide>
      <BackLink to={link('/methoden')} />
      {savedVersion === method.version && <Alert tone="success">{t('methods.detail.saved', { version: method.version })}</Alert>}
      {method.archived && <Alert tone="info">{t('methods.detail.archived')}</Alert>}
      {!isLatest && (
        <Alert tone="info">
          <p>{t('methods.detail.olderVersion', { version: method.version, latest })}</p>
          <p className="link-alone">
            <Link to={link(`/methoden/${method.id}`)}>{t('methods.detail.toLatest')}</Link>
          </p>
        </Alert>
      )}
      <p className="lead">{local(method.summary)}</p>
      <dl className="details">
        <dt>{t('methods.detail.sourceLabel')}</dt>
        <dd>{t(`methods.source.${method.source}`)}</dd>
        <dt>{t('methods.detail.durationLabel')}</dt>
        <dd>{t('methods.minutes', { minutes: method.durationMinutes })}</dd>
        <dt>{t('methods.detail.phasesLabel')}</dt>
        <dd>{method.phases.length}</dd>
        {method.savedAt && (
          <>
            <dt>{t('methods.detail.versionLabel')}</dt>
            <dd>
              {method.savedBy
                ? t('methods.detail.savedBy', { version: method.version, name: method.savedBy.name, date: date(method.savedAt) })
                : t('methods.detail.savedOn', { version: method.version, date: date(method.savedAt) })}
            </dd>
          </>
        )}
        {method.basedOn && (
          <>
            <dt>{t('methods.detail.basedOn')}</dt>
            <dd>
              <Link to={link(`/methoden/${method.basedOn.id}`, origin ? {} : { versie: String(method.basedOn.version) })}>
                {t('methods.detail.basedOnVersion', {
                  name: origin ? local(origin.name) : method.basedOn.id,
                  version: method.basedOn.version,
                })}
              </Link>
            </dd>
          </>
        )}
      </dl>

      <Section title={t('methods.detail.phasesTitle')}>
        <PhaseList phases={method.phases} />
      </Section>

      {methodVersions.length > 1 && (
        <Section title={t('methods.detail.versionsTitle')}>
          <ul className="plain-list">
            {methodVersions.map((v) => (
              <li key={v.version}>
                {v.version === method.version ? (
                  <strong aria-current="page">{t('methods.detail.versionLink', { version: v.version })}</strong>
                ) : (
                  <Link to={link(`/methoden/${method.id}`, { versie: String(v.version) })}>
                    {t('methods.detail.versionLink', { version: v.version })}
                  </Link>
                )}
                <span className="muted">
                  {' · '}
                  {date(v.savedAt)}
                  {v.savedBy && ` · ${v.savedBy.name}`}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {canEdit && (
        <Section title={t('methods.detail.adaptTitle')}>
          <MethodActions method={method} isLatest={isLatest} choice={choice} />
        </Section>
      )}
    </Page>
  );
}
