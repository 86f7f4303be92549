import { SESSION_PLANNER_ROLES } from '@kring/domain';
import { Link } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { useResidentWords } from '../app/useResidentWords';
import { UpcomingSessionsDocument } from '../graphql/documents/reflection-sessions';
import { useQuery } from '../graphql/hooks';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import { NEW_SESSION_PATH } from './paths';
import { SessionCard } from './SessionCard';
import './sessions.css';
import { useTexts } from './texts';

/**
 * The home page's casusreflectie part: the sessions the viewer is invited to
 * or leads, soonest first, each with "Zet in agenda".
 */
export function UpcomingSessions() {
  const { t } = useTexts();
  const viewer = useViewer();
  const organisations = organisationsOf(viewer);
  const residentWords = useResidentWords();
  if (organisations.length === 0) return null;
  const canPlan = organisationsOf(viewer, SESSION_PLANNER_ROLES).length > 0;
  return (
    <Section title={t('sessions.home.title')}>
      <p>{t('sessions.home.intro', residentWords)}</p>
      {organisations.map((organisation) => (
        <OrganisationSessions
          key={organisation.id}
          organisationId={organisation.id}
          name={organisations.length > 1 ? organisation.name : undefined}
        />
      ))}
      <p className="button-row">
        {canPlan && (
          <Link className="button button--primary" to={NEW_SESSION_PATH}>
            {t('sessions.home.plan')}
          </Link>
        )}
        <Link to="/sessies">{t('sessions.home.all')}</Link>
      </p>
    </Section>
  );
}

function OrganisationSessions({ organisationId, name }: { organisationId: string; name?: string }) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(UpcomingSessionsDocument, { organisationId });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  return (
    <>
      {name && <h3>{name}</h3>}
      {data.upcomingSessions.length === 0 ? (
        <p className="muted">{t('sessions.home.empty')}</p>
      ) : (
        <ul className="session-list">
          {data.upcomingSessions.map((session) => (
            <SessionCard key={session.id} session={session} />
          ))}
        </ul>
      )}
    </>
  );
}
