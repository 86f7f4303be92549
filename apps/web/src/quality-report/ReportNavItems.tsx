import { useTranslation } from 'react-i18next';
import { managedOrganisations, type Viewer } from '../app/auth';
import { coordinatedNetworks } from './coordinated-networks';
import { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from './paths';
import { MenuLink } from '../ui/MenuLink';

/** Menu items for whoever may read them: managers the quality report, coordinators the network overview. */
export function ReportNavItems({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <>
      {managedOrganisations(viewer).length > 0 && (
        <li>
          <MenuLink to={QUALITY_REPORT_PATH}>{t('qualityReport.nav')}</MenuLink>
        </li>
      )}
      {coordinatedNetworks(viewer).length > 0 && (
        <li>
          <MenuLink to={NETWORK_OVERVIEW_PATH}>{t('qualityReport.network.nav')}</MenuLink>
        </li>
      )}
    </>
  );
}
