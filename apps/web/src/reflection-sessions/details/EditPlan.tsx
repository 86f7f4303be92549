import { useViewer } from '../../app/auth';
import { PlanningOptionsDocument, UpdateSessionDocument } from '../../graphql/documents/reflection-sessions';
import { useMutation, useQuery } from '../../graphql/hooks';
import { NotLoaded } from '../../ui/Page';
import { PlanForm, type PlanValues } from '../planning/PlanForm';
import type { SessionData } from './SessionPage';
import { useTexts } from '../texts';

/**
 * Changing the plan (also while live, e.g. to invite someone who turned up).
 * Folded away: most visitors of the page only want to know when and where.
 */
export function EditPlan({ session, organisationId, onSaved }: { session: SessionData; organisationId: string; onSaved: () => void }) {
  const { t } = useTexts();
  return (
    <details className="edit-plan card">
      <summary>{t('sessions.details.editTitle')}</summary>
      <EditPlanForm session={session} organisationId={organisationId} onSaved={onSaved} />
    </details>
  );
}

function EditPlanForm({ session, organisationId, onSaved }: { session: SessionData; organisationId: string; onSaved: () => void }) {
  const { t } = useTexts();
  const viewer = useViewer();
  const options = useQuery(PlanningOptionsDocument, { organisationId });
  const [update, { loading, error }] = useMutation(UpdateSessionDocument);
  if (!options.data) return <NotLoaded error={options.error} onRetry={options.refetch} />;

  const initial: PlanValues = {
    teamId: session.team?.id ?? '',
    methodId: session.method.id,
    caseId: session.caseRef?.id ?? null,
    question: session.question,
    scheduledAt: session.scheduledAt,
    durationMinutes: session.durationMinutes,
    place: session.place,
    moderatorId: session.moderator.id,
    participantIds: session.participants.filter((p) => p.role === 'participant').map((p) => p.person.id),
    lensIds: session.lensIds,
    voteBudget: session.voteBudget,
    oneScreen: session.oneScreen,
  };
  // The team and method stay as planned: the session keeps the method version it was planned with.
  const submit = async (plan: PlanValues) => {
    const { question, scheduledAt, durationMinutes, place, moderatorId, participantIds, lensIds, caseId, voteBudget, oneScreen } = plan;
    const input = {
      sessionId: session.id,
      question,
      scheduledAt,
      durationMinutes,
      place,
      moderatorId,
      participantIds,
      lensIds,
      caseId,
      voteBudget,
      oneScreen,
    };
    if (await update({ input })) onSaved();
  };
  return (
    <PlanForm
      options={options.data}
      initial={initial}
      viewerId={viewer.person.id}
      onSubmit={submit}
      submitLabel={t('sessions.details.saveChanges')}
      busy={loading}
      error={error}
    />
  );
}
