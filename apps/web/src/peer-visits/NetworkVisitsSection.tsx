import { NetworkVisitsDocument } from '../graphql/documents/peer-visits';
import { useQuery } from '../graphql/hooks';
import type { NetworkSectionProps } from '../learning-networks';
import { NotLoaded } from '../ui/Page';
import { VisitSummaryLine } from './VisitSummaryLine';
import { useTexts } from './texts';

/** The coordinator's schedule: who visits whom and when; what was seen stays with the host. */
export function NetworkVisitsSection({ network }: NetworkSectionProps) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(NetworkVisitsDocument, { networkId: network.id });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  if (data.networkVisits.length === 0) return <p>{t('network.visits.empty')}</p>;
  return (
    <ul className="card-list">
      {data.networkVisits.map((v) => (
        <li key={v.id} className="card">
          <strong>{t('network.visits.item', { host: v.host.name, visitor: v.visitor.name })}</strong>
          <VisitSummaryLine visit={v} />
        </li>
      ))}
    </ul>
  );
}
