import { useTranslation } from 'react-i18next';
import { organisationsOf, type Viewer } from '../app/auth';
import { LEARNING_PATHS } from './paths';
import { MenuLink } from '../ui/MenuLink';

/** "Leren" in the main menu, for anyone in an organisation or a learning network. */
export function LearningNavItem({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  if (organisationsOf(viewer).length === 0 && !viewer.memberships.some((m) => m.network)) return null;
  const hasOrganisation = organisationsOf(viewer).length > 0;
  return (
    <li>
      <MenuLink to={hasOrganisation ? LEARNING_PATHS.practices : LEARNING_PATHS.library}>{t('practices.nav')}</MenuLink>
    </li>
  );
}
