import { SESSION_PLANNER_ROLES } from '@kring/domain';
import { Link } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';
import { HomeNextStepsDocument } from '../graphql/documents/home';
import type { HomeNextStepKind, HomeNextStepsQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { MIRROR_PATH, mirrorPath } from '../mirror-conversations';
import { NOTIFICATIONS_PATH } from '../notifications';
import { notebookPath, PEER_VISITS_PATH, reportPath, visitPath } from '../peer-visits';
import { networkPath } from '../learning-networks';
import { LEARNING_PATHS } from '../practices';
import { sessionPath } from '../reflection-sessions';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import './home.css';
import { useTexts } from './texts';

type Step = HomeNextStepsQuery['homeNextSteps'][number];

/**
 * Where each kind of step leads. A Record over every kind the API knows: a
 * new kind without a page here does not compile, and its text is checked by
 * the i18n test (home.next.<kind> in both languages).
 */
const STEP_PATHS: Record<HomeNextStepKind, (step: Step) => string> = {
  join_session: (s) => sessionPath(s.targetId!, 'live'),
  prepare_session: (s) => sessionPath(s.targetId!),
  attend_session: (s) => sessionPath(s.targetId!),
  prepare_mirror_conversation: (s) => (s.targetId ? mirrorPath(s.targetId) : MIRROR_PATH),
  answer_visit_proposal: () => PEER_VISITS_PATH,
  decide_lens_proposal: (s) => networkPath(s.targetId!),
  respond_to_mirror_report: (s) => reportPath(s.targetId!),
  plan_visit: (s) => visitPath(s.targetId!),
  take_visit_notes: (s) => notebookPath(s.targetId!),
  check_story: (s) => `${LEARNING_PATHS.stories}/${s.targetId}`,
  look_back_on_practices: () => LEARNING_PATHS.practices,
  read_notifications: () => NOTIFICATIONS_PATH,
  add_location: (s) => `/organisatie/${s.organisation!.id}`,
  add_team: (s) => `/organisatie/${s.organisation!.id}`,
  invite_member: (s) => `/organisatie/${s.organisation!.id}`,
};

/** "Wat staat er voor je klaar": this person's next steps, from their own sessions, practices, visits and stories. */
export function NextSteps() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(HomeNextStepsDocument, {});
  const several = organisationsOf(viewer).length > 1;
  const canPlan = organisationsOf(viewer, SESSION_PLANNER_ROLES).length > 0;
  return (
    <Section title={t('home.next.title')}>
      {!data ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : data.homeNextSteps.length === 0 ? (
        <p>{t(canPlan ? 'home.next.emptyPlanner' : 'home.next.empty')}</p>
      ) : (
        <ul className="next-steps">
          {data.homeNextSteps.map((step, index) => (
            <NextStep
              key={`${step.kind}:${step.organisation?.id ?? ''}:${step.targetId ?? index}`}
              step={step}
              showOrganisation={several}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function NextStep({ step, showOrganisation }: { step: Step; showOrganisation: boolean }) {
  const { t } = useTexts();
  const { date, dateTime } = useLocale();
  const when = step.at
    ? step.kind.endsWith('_session') || step.kind === 'prepare_mirror_conversation'
      ? dateTime(step.at)
      : date(step.at)
    : null;
  return (
    <li className="card next-step">
      <Link to={STEP_PATHS[step.kind](step)}>
        {t(`home.next.${step.kind}`, { title: step.title ?? '', count: step.count ?? 0, organisation: step.organisation?.name ?? '' })}
      </Link>
      {(when || (showOrganisation && step.organisation)) && (
        <p className="muted">{[when, showOrganisation ? step.organisation?.name : null].filter(Boolean).join(' · ')}</p>
      )}
    </li>
  );
}
