import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { administeredOrganisations, type Viewer } from '../app/auth';
import { PRIVACY_PATH } from './paths';

/** The privacy page is for administrators, as the API decides. */
export function PrivacyNavItem({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  if (administeredOrganisations(viewer).length === 0) return null;
  return (
    <li>
      <NavLink to={PRIVACY_PATH}>{t('privacy.nav')}</NavLink>
    </li>
  );
}
