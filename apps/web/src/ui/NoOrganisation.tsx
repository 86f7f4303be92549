import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/auth';
import { noOrganisationText } from './no-organisation';

/**
 * Said on a page of an organisation's own work (cases, sessions, stories, practices, patterns, the library) to someone
 * without an organisation (noOrganisationText), rather than asking a network coordinator for an invitation they do not need.
 */
export function NoOrganisation() {
  const { t } = useTranslation();
  return <p>{t(noOrganisationText(useViewer().memberships))}</p>;
}
