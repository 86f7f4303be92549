import type { ComponentType } from 'react';
import { useParams } from 'react-router-dom';
import { LearningNetworkDocument } from '../graphql/documents/learning-networks';
import type { LearningNetworkQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { HarvestSection, NetworkVisitsSection, SharedReportsSection } from '../peer-visits';
import { Page } from '../ui/Page';
import { SectionsOf } from '../ui/Section';
import { LensSection } from './LensSection';
import { MembersSection } from './MembersSection';
import { RoundsSection } from './RoundsSection';
import '../peer-visits/peer-visits.css';
import { useTexts } from './texts';

export type Network = LearningNetworkQuery['learningNetwork'];

export interface NetworkSectionProps {
  network: Network;
  onChanged: () => void;
}

const SECTIONS = [
  { id: 'organisaties', title: 'network.members.title', body: MembersSection },
  { id: 'kijkwijzer', title: 'network.lens.title', body: LensSection },
  { id: 'rondes', title: 'network.rounds.title', body: RoundsSection, coordinatorOnly: true },
  { id: 'bezoeken', title: 'network.visits.title', body: NetworkVisitsSection, coordinatorOnly: true },
  { id: 'oogst', title: 'network.harvest.title', body: HarvestSection, coordinatorOnly: true },
  { id: 'spiegelrapporten', title: 'network.reports.title', body: SharedReportsSection },
] as const satisfies readonly { id: string; title: string; body: ComponentType<NetworkSectionProps>; coordinatorOnly?: boolean }[];

/** The learning network (lerend netwerk): its organisations, shared lens, visit rounds and harvest. */
export function NetworkPage() {
  const { t } = useTexts();
  const { networkId = '' } = useParams();
  const { data, error, refetch } = useQuery(LearningNetworkDocument, { networkId });
  if (!data) return <Page title={t('network.title')} notLoaded={{ error, onRetry: refetch }} />;
  const network = data.learningNetwork;
  const sections = SECTIONS.filter((s) => !('coordinatorOnly' in s) || network.viewerIsCoordinator);
  return (
    <Page title={network.name} wide>
      <p className="lead">{network.viewerIsCoordinator ? t('network.introCoordinator') : t('network.intro')}</p>
      <p className="muted">{t('network.coordinators', { names: network.coordinators.join(', ') || '—' })}</p>
      <SectionsOf
        label={t('network.sectionsLabel')}
        sections={sections}
        titleOf={(key) => t(key)}
        props={{ network, onChanged: refetch }}
      />
    </Page>
  );
}
