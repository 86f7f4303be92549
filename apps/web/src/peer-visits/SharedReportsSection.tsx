import { ORGANISATION_KIND_LABELS } from '@kring/domain';
import { Link } from 'react-router-dom';
import { NetworkMirrorReportsDocument } from '../graphql/documents/peer-visits';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import type { NetworkSectionProps } from '../learning-networks';
import { NotLoaded } from '../ui/Page';
import { reportPath } from './paths';
import { useTexts } from './texts';

/** Mirror reports hosts shared with the network: anonymised, to learn from, not to compare. */
export function SharedReportsSection({ network }: NetworkSectionProps) {
  const { t } = useTexts();
  const { label, quarter } = useLocale();
  const { data, error, refetch } = useQuery(NetworkMirrorReportsDocument, { networkId: network.id });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  if (data.networkMirrorReports.length === 0) return <p>{t('network.reports.empty')}</p>;
  return (
    <ul className="card-list">
      {data.networkMirrorReports.map((r) => (
        <li key={r.visitId} className="card">
          <Link to={reportPath(r.visitId)}>{r.focusQuestion || t('network.reports.untitled')}</Link>
          <p className="muted">
            {r.hostKind
              ? t('network.reports.item', { kind: label(ORGANISATION_KIND_LABELS, r.hostKind), period: quarter(r.period) })
              : quarter(r.period)}
          </p>
        </li>
      ))}
    </ul>
  );
}
