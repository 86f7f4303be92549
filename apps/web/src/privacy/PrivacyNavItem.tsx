import { useTranslation } from 'react-i18next';
import { administeredOrganisations, type Viewer } from '../app/auth';
import { PRIVACY_PATH } from './paths';
import { MenuLink } from '../ui/MenuLink';

/** The privacy page is for administrators, as the API decides. */
export function PrivacyNavItem({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  if (administeredOrganisations(viewer).length === 0) return null;
  return (
    <li>
      <MenuLink to={PRIVACY_PATH}>{t('privacy.nav')}</MenuLink>
    </li>
  );
}
