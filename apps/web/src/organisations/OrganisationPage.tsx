import type { ComponentType } from 'react';
import { useParams } from 'react-router-dom';
import { OrganisationDocument } from '../graphql/documents/organisations';
import { useQuery } from '../graphql/hooks';
import { Page } from '../ui/Page';
import { SectionsOf } from '../ui/Section';
import { withoutNetworkWords } from '../ui/network-name';
import { EscalationSection } from './EscalationSection';
import { InvitationsSection } from './InvitationsSection';
import { LocationsSection } from './LocationsSection';
import { MembersSection } from './MembersSection';
import { ProfileSection } from './ProfileSection';
import { TeamsSection } from './TeamsSection';
import type { SectionProps } from './types';
import { useTexts } from './texts';

/** In page order; the anchors are Dutch, like the paths. */
const SECTIONS = [
  { id: 'profiel', title: 'organisation.profile.title', body: ProfileSection },
  { id: 'klachten', title: 'organisation.escalation.title', body: EscalationSection },
  { id: 'locaties', title: 'organisation.locations.title', body: LocationsSection },
  { id: 'teams', title: 'organisation.teams.title', body: TeamsSection },
  { id: 'leden', title: 'organisation.members.title', body: MembersSection },
  { id: 'uitnodigingen', title: 'organisation.invitations.title', body: InvitationsSection, managersOnly: true },
] as const satisfies readonly { id: string; title: string; body: ComponentType<SectionProps>; managersOnly?: boolean }[];

export function OrganisationPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(OrganisationDocument, { id });

  if (!data) return <Page title={t('fields.organisation')} notLoaded={{ error, onRetry: refetch }} />;

  const { organisation } = data;
  const sections = SECTIONS.filter((section) => !('managersOnly' in section) || organisation.viewerCanManage);
  return (
    <Page title={organisation.name} wide>
      {organisation.network && (
        <p className="lead">{t('organisation.network', { name: withoutNetworkWords(organisation.network.name) })}</p>
      )}
      <SectionsOf
        label={t('organisation.sectionsLabel')}
        sections={sections}
        titleOf={(key) => t(key)}
        props={{ organisation, onChanged: refetch }}
      />
    </Page>
  );
}
