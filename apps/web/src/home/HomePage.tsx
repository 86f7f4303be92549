import { ROLE_LABELS } from '@kring/domain';
import { Link } from 'react-router-dom';
import { useViewer, type Viewer } from '../app/auth';
import { useLocale } from '../i18n/locale';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { withoutNetworkWords } from '../ui/network-name';
import { CasesHomeCard } from '../cases';
import { UpcomingSessions } from '../reflection-sessions';
import { LearningHomeCard, LEARNING_PATHS } from '../practices';
import { networkPath } from '../learning-networks';
import { coordinatedNetworks, NETWORK_OVERVIEW_PATH } from '../quality-report';
import { AboutKring } from './AboutKring';
import { NextSteps } from './NextSteps';
import { useTexts } from './texts';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

export function HomePage() {
  const { t } = useTexts();
  const viewer = useViewer();
  return (
    <Page title={t(greetingKey(new Date().getHours()), { name: viewer.person.displayName })}>
      {viewer.memberships.length > 0 && <NextSteps />}
      <UpcomingSessions />
      <Section title={t('home.placesTitle')}>
        {viewer.memberships.length === 0 ? <p>{t('home.noMemberships')}</p> : <Memberships viewer={viewer} />}
      </Section>
      {viewer.memberships.some((m) => m.organisation) && <CasesHomeCard />}
      {viewer.memberships.some((m) => m.organisation) && <LearningHomeCard />}
      <CoordinatorHomeCard viewer={viewer} />
      <AboutKring />
    </Page>
  );
}

type Membership = Viewer['memberships'][number];

/** Memberships grouped per organisation (or network) and team, so someone who is both Beheerder and Zorgondernemer sees one line. */
function groupMemberships(memberships: readonly Membership[]): Membership[][] {
  const groups = new Map<string, Membership[]>();
  for (const m of memberships) {
    const key = `${m.organisation?.id ?? m.network?.id}:${m.team?.id ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

function Memberships({ viewer }: { viewer: Viewer }) {
  const { t } = useTexts();
  const { label } = useLocale();
  return (
    <ul className="memberships">
      {groupMemberships(viewer.memberships).map((group) => {
        const [m] = group;
        const role = group.map((g) => label(ROLE_LABELS, g.role)).join(', ');
        return (
          <li key={m.id}>
            {m.organisation ? (
              <Link to={`/organisatie/${m.organisation.id}`}>{m.organisation.name}</Link>
            ) : (
              m.network && <Link to={networkPath(m.network.id)}>{t('home.network', { name: withoutNetworkWords(m.network.name) })}</Link>
            )}
            {' · '}
            {m.team ? t('home.roleInTeam', { role, team: m.team.name }) : role}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * For a network coordinator: the way into what the network learns as a whole. "Leren over tijd" is about an
 * organisation's own work, so without this card a coordinator's home led nowhere but the menu.
 */
function CoordinatorHomeCard({ viewer }: { viewer: Viewer }) {
  const { t } = useTexts();
  return (
    <>
      {coordinatedNetworks(viewer).map((network) => (
        <Section key={network.id} title={t('home.coordinator.title', { name: withoutNetworkWords(network.name) })}>
          <p>{t('home.coordinator.text')}</p>
          <ul className="link-list">
            <li>
              <Link to={networkPath(network.id)}>{t('home.coordinator.network')}</Link>
            </li>
            <li>
              <Link to={`${LEARNING_PATHS.patterns}?netwerk=${network.id}`}>{t('home.coordinator.patterns')}</Link>
            </li>
            <li>
              <Link to={NETWORK_OVERVIEW_PATH}>{t('home.coordinator.overview')}</Link>
            </li>
          </ul>
        </Section>
      ))}
    </>
  );
}
