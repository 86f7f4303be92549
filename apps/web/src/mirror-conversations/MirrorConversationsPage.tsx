import { MIRROR_PLANNER_ROLES, MIRROR_STATUS_LABELS } from '@kring/domain';
import { Link, useNavigate } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import {
  MirrorConversationsDocument,
  MirrorPlanningOptionsDocument,
  PlanMirrorConversationDocument,
} from '../graphql/documents/mirror-conversations';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { mirrorPath } from './paths';
import { roleText } from './roleText';
import { ConversationForm } from './planning/ConversationForm';
import './mirror.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';

/** The organisation's mirror conversations (spiegelgesprekken), and planning a new one. */
export function MirrorConversationsPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation();
  const canPlan = !!organisationId && organisationsOf(viewer, MIRROR_PLANNER_ROLES).some((o) => o.id === organisationId);
  return (
    <Page title={t('mirror.title')} wide>
      <p className="lead">{t('mirror.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {!organisationId ? (
        <p>{t('mirror.noOrganisation')}</p>
      ) : (
        <>
          <Section title={t('mirror.list.title')}>
            <ConversationList organisationId={organisationId} />
          </Section>
          {canPlan && (
            <Section title={t('mirror.plan.title')} id="plannen">
              <PlanConversation organisationId={organisationId} />
            </Section>
          )}
        </>
      )}
    </Page>
  );
}

function ConversationList({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const { label, dateTime } = useLocale();
  const { data, error, refetch } = useQuery(MirrorConversationsDocument, { organisationId });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  if (data.mirrorConversations.length === 0) return <p>{t('mirror.list.empty')}</p>;
  return (
    <ul className="mirror-list">
      {data.mirrorConversations.map((c) => (
        <li key={c.id} className="card">
          <h3>
            <Link to={mirrorPath(c.id)}>{c.theme}</Link>
          </h3>
          <p className="mirror-meta">
            <span className="badge">{label(MIRROR_STATUS_LABELS, c.status)}</span> {dateTime(c.scheduledAt)}
            {c.place && ` · ${c.place}`}
            {c.team && ` · ${t('mirror.list.team', { team: c.team.name })}`}
          </p>
          <p className="mirror-meta">
            {t('mirror.list.moderator', { name: c.moderator.displayName })} · {t('mirror.list.participants', { count: c.participantCount })}
            {c.viewerRole !== 'member' && ` · ${roleText(t, c.viewerRole, c.status)}`}
          </p>
        </li>
      ))}
    </ul>
  );
}

function PlanConversation({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MirrorPlanningOptionsDocument, { organisationId });
  const [plan, { loading, error: planError }] = useMutation(PlanMirrorConversationDocument);
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  return (
    <>
      <p>{t('mirror.plan.intro')}</p>
      <ConversationForm
        options={data.organisation}
        viewerId={viewer.person.id}
        submitLabel={t('mirror.plan.submit')}
        busy={loading}
        error={planError}
        onSubmit={async ({ escalationProcedure: _procedure, ...values }) => {
          const planned = await plan({ input: { organisationId, ...values } });
          if (planned) void navigate(mirrorPath(planned.planMirrorConversation.id));
        }}
      />
    </>
  );
}
