import { SESSION_PLANNER_ROLES } from '@kring/domain';
import { Link } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { PastSessionsDocument, UpcomingSessionsDocument } from '../graphql/documents/reflection-sessions';
import { useQuery } from '../graphql/hooks';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { NEW_SESSION_PATH } from './paths';
import { SessionCard } from './SessionCard';
import './sessions.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** /sessies — planned, live and past sessions of one organisation; past ones lead to their reports. */
export function SessionsPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation();
  const canPlan = !!organisationId && organisationsOf(viewer, SESSION_PLANNER_ROLES).some((o) => o.id === organisationId);
  return (
    <Page title={t('sessions.list.title')}>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {canPlan && (
        <p>
          <Link className="button button--primary" to={`${NEW_SESSION_PATH}?organisatie=${organisationId}`}>
            {t('sessions.home.plan')}
          </Link>
        </p>
      )}
      {organisationId ? <OrganisationSessionLists key={organisationId} organisationId={organisationId} /> : <NoOrganisation />}
    </Page>
  );
}

function OrganisationSessionLists({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const upcoming = useQuery(UpcomingSessionsDocument, { organisationId });
  const past = useQuery(PastSessionsDocument, { organisationId });
  return (
    <>
      <Section title={t('sessions.list.upcomingTitle')}>
        {!upcoming.data ? (
          <NotLoaded error={upcoming.error} onRetry={upcoming.refetch} />
        ) : upcoming.data.upcomingSessions.length === 0 ? (
          <p>{t('sessions.home.empty')}</p>
        ) : (
          <ul className="session-list">
            {upcoming.data.upcomingSessions.map((session) => (
              <SessionCard key={session.id} session={session} />
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('sessions.list.pastTitle')}>
        {!past.data ? (
          <NotLoaded error={past.error} onRetry={past.refetch} />
        ) : past.data.pastSessions.length === 0 ? (
          <p>{t('sessions.list.pastEmpty')}</p>
        ) : (
          <ul className="session-list">
            {past.data.pastSessions.map((session) => (
              <SessionCard key={session.id} session={session} past />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
