import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { managedOrganisations, type Viewer } from '../app/auth';
import { coordinatedNetworks } from './coordinated-networks';
import { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from './paths';

/** Menu items for whoever may read them: managers the quality report, coordinators the network overview. */
export function ReportNavItems({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <>
      {managedOrganisations(viewer).length > 0 && (
        <li>
          <NavLink to={QUALITY_REPORT_PATH}>{t('qualityReport.nav')}</NavLink>
        </li>
      )}
      {coordinatedNetworks(viewer).length > 0 && (
        <li>
          <NavLink to={NETWORK_OVERVIEW_PATH}>{t('qualityReport.network.nav')}</NavLink>
        </li>
      )}
    </>
  );
}
