import { votingPhases } from './voting-phases';
import { findLens, SESSION_STATUS_LABELS } from '@kring/domain';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ReflectionSessionDocument } from '../../graphql/documents/reflection-sessions';
import type { ReflectionSessionQuery } from '../../graphql/generated';
import { useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import '../sessions.css';
import { CalendarLink } from '../CalendarLink';
import { EditPlan } from './EditPlan';
import { OpenPracticesSection } from './OpenPracticesSection';
import { SessionActions } from './SessionActions';
import { useTexts } from '../texts';

export type SessionData = ReflectionSessionQuery['session'];

/** /sessies/:id — a session's plan, how to join, and afterwards where its harvest and report are. */
export function SessionPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state?: { planned?: boolean } };
  const { data, error, refetch } = useQuery(ReflectionSessionDocument, { sessionId: id });
  const [changed, setChanged] = useState(false);

  if (!data) return <Page title={t('sessions.details.title')} notLoaded={{ error, onRetry: refetch }} />;
  const session = data.session;
  const open = session.status === 'planned' || session.status === 'live';
  return (
    <Page title={session.question}>
      {state?.planned && !changed && <Alert tone="success">{t('sessions.details.planned')}</Alert>}
      {changed && <Alert tone="success">{t('sessions.details.changed')}</Alert>}
      {/* A manager who does not take part: the plan to change while it is open (EditPlan below), never what it yields. */}
      {!session.viewerRole && <Alert tone="info">{t(open ? 'sessions.details.planOnly' : 'sessions.details.planOnlyOver')}</Alert>}
      {/* Planned and past its day without being held: hold it now ("Sessie openen"), plan it again or call it off, below. */}
      {session.overdue && <Alert tone="info">{t('sessions.card.overdueHint')}</Alert>}
      <SessionActions session={session} onChanged={refetch} />
      <SessionFacts session={session} />
      <OpenPracticesSection session={session} onReviewed={refetch} />
      <PhasesOverview session={session} />
      {session.viewerCanEditPlan && open && (
        <EditPlan
          session={session}
          organisationId={session.organisationId}
          onSaved={() => {
            setChanged(true);
            refetch();
          }}
        />
      )}
    </Page>
  );
}

function SessionFacts({ session }: { session: SessionData }) {
  const { t } = useTexts();
  const { label, dateTime } = useLocale();
  const localized = useLocalized();
  const participants = session.participants.filter((p) => p.role === 'participant');
  const lenses = session.lensIds.flatMap((id) => {
    const lens = findLens(id);
    return lens ? [localized(lens.name)] : [];
  });
  // Dots only where the method's phases let people vote (the rule the server keeps), named as the method names them.
  const voting = votingPhases(session.method.phases);
  return (
    <dl className="details">
      <dt>{t('sessions.details.status')}</dt>
      <dd>{label(SESSION_STATUS_LABELS, session.status)}</dd>
      <dt>{t('sessions.details.when')}</dt>
      <dd>
        {t('sessions.details.whenValue', { when: dateTime(session.scheduledAt), minutes: session.durationMinutes })}
        {/* For the people taking part: the calendar file is theirs (a manager who only sees the plan gets none). */}
        {session.viewerRole && (session.status === 'planned' || session.status === 'live') && (
          <>
            {' '}
            <CalendarLink session={session} />
          </>
        )}
      </dd>
      {session.place && (
        <>
          <dt>{t('sessions.details.place')}</dt>
          <dd>{session.place}</dd>
        </>
      )}
      {session.team && (
        <>
          <dt>{t('sessions.details.team')}</dt>
          <dd>{session.team.name}</dd>
        </>
      )}
      <dt>{t('sessions.details.method')}</dt>
      <dd className="link-alone">
        <Link to={`/methoden/${session.method.id}`}>{localized(session.method.name)}</Link>
      </dd>
      {session.caseRef && (
        <>
          <dt>{t('sessions.details.case')}</dt>
          {/* A link only where the case rule lets this person read it (afterwards, as its own level allows). */}
          {session.caseRef.viewerCanRead ? (
            <dd className="link-alone">
              <Link to={`/casussen/${session.caseRef.id}`}>{session.caseRef.pseudonym}</Link>
            </dd>
          ) : (
            <dd>{session.caseRef.pseudonym}</dd>
          )}
        </>
      )}
      <dt>{t('sessions.details.moderator')}</dt>
      <dd>{session.moderator.name}</dd>
      <dt>{t('sessions.details.participants')}</dt>
      <dd>{participants.length > 0 ? participants.map((p) => p.person.name).join(', ') : t('sessions.details.noParticipants')}</dd>
      {lenses.length > 0 && (
        <>
          <dt>{t('sessions.details.lenses')}</dt>
          <dd>{lenses.join(', ')}</dd>
        </>
      )}
      <dt>{t('sessions.details.way')}</dt>
      <dd>
        {session.oneScreen ? t('sessions.details.oneScreen') : t('sessions.details.ownDevices')}
        {voting.length > 0 && (
          <>
            {' · '}
            {t(voting.length === 1 ? 'sessions.details.voteBudgetIn' : 'sessions.details.voteBudgetInEach', {
              count: session.voteBudget,
              phases: voting.map((phase) => localized(phase.title)).join(', '),
            })}
          </>
        )}
      </dd>
    </dl>
  );
}

/** The course of the session, so everyone knows what is coming. */
function PhasesOverview({ session }: { session: SessionData }) {
  const { t } = useTexts();
  const localized = useLocalized();
  return (
    <Section title={t('sessions.details.phasesTitle')}>
      <ol className="phase-overview">
        {session.method.phases.map((phase) => (
          <li key={phase.id}>
            <strong>{localized(phase.title)}</strong>
            <span className="muted"> · {t('sessions.details.minutes', { count: phase.defaultMinutes })}</span>
            <p>{localized(phase.participantPrompt)}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
