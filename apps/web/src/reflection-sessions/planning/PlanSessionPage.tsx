import { useNavigate } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { PlanSessionDocument, PlanningOptionsDocument } from '../../graphql/documents/reflection-sessions';
import { useMutation, useQuery } from '../../graphql/hooks';
import { NotLoaded, Page } from '../../ui/Page';
import { sessionPath } from '../paths';
import '../sessions.css';
import { PlanForm, type PlanValues } from './PlanForm';
import { usePlannerOrganisation } from './use-planner-organisation';
import { OrganisationChoice } from '../../ui/OrganisationChoice';
import { useTexts } from '../texts';

/** /sessies/nieuw: planning a reflection session. */
export function PlanSessionPage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose } = usePlannerOrganisation();
  return (
    <Page title={t('sessions.plan.title')}>
      <p>{t('sessions.plan.intro')}</p>
      <OrganisationChoice
        organisations={organisations}
        organisationId={organisationId}
        choose={choose}
        label={t('sessions.plan.organisation')}
      />
      {organisationId ? <NewPlan key={organisationId} organisationId={organisationId} /> : <p>{t('sessions.plan.notAllowed')}</p>}
    </Page>
  );
}

function NewPlan({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const viewer = useViewer();
  const navigate = useNavigate();
  const options = useQuery(PlanningOptionsDocument, { organisationId });
  const [plan, { loading, error }] = useMutation(PlanSessionDocument);
  if (!options.data) return <NotLoaded error={options.error} onRetry={options.refetch} />;

  const submit = async ({ teamId, methodId, ...rest }: PlanValues) => {
    const data = await plan({ input: { organisationId, teamId, methodId, ...rest } });
    if (data) void navigate(sessionPath(data.planSession.id), { state: { planned: true } });
  };
  return (
    <PlanForm
      options={options.data}
      viewerId={viewer.person.id}
      viewerTeamIds={viewer.memberships.flatMap((m) => (m.organisation?.id === organisationId && m.team ? [m.team.id] : []))}
      onSubmit={submit}
      submitLabel={t('sessions.plan.submit')}
      busy={loading}
      error={error}
    />
  );
}
