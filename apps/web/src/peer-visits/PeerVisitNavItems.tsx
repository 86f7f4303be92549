import { useTranslation } from 'react-i18next';
import { organisationsOf, type Viewer } from '../app/auth';
import { networkPath } from '../learning-networks';
import { PEER_VISITS_PATH } from './paths';
import { MenuLink } from '../ui/MenuLink';

/** Menu items: visits for members of an organisation, the network page for its coordinators. */
export function PeerVisitNavItems({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const coordinated = viewer.memberships.flatMap((m) => (m.role === 'network_coordinator' && m.network ? [m.network] : []));
  return (
    <>
      {organisationsOf(viewer).length > 0 && (
        <li>
          <MenuLink to={PEER_VISITS_PATH}>{t('visits.nav')}</MenuLink>
        </li>
      )}
      {[...new Map(coordinated.map((n) => [n.id, n])).values()].map((network) => (
        <li key={network.id}>
          <MenuLink to={networkPath(network.id)}>{t('network.nav', { name: network.name })}</MenuLink>
        </li>
      ))}
    </>
  );
}
