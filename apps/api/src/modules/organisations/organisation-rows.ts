import type { InvitationRoleRow, MembershipRoleRow, OrganisationProfileRow } from '../../engine/database/profile-rows';
import type {
  LearningNetworkRow,
  LocationRow,
  OrganisationRow,
  PersonRow,
  ReflectionSessionRow,
  TeamRow,
} from '../../engine/database/tables.generated';
import type { LedActivityKind } from './dtos/organisation.dto';

/** The organisation page's head: the organisation with its network's name. */
export type OrganisationPageRow = OrganisationProfileRow & { network_name: LearningNetworkRow['name'] | null };
/** A team with its location, both names read along. */
export type TeamListRow = Pick<TeamRow, 'id' | 'name'> & {
  location_id: LocationRow['id'] | null;
  location_name: LocationRow['name'] | null;
};
/** A membership as the members list reads it: the person, the organisation's name and the team. */
export type MemberRow = Pick<MembershipRoleRow, 'id' | 'role' | 'created_at'> & {
  person_id: PersonRow['id'];
  display_name: PersonRow['display_name'];
  email: PersonRow['email'];
  org_name: OrganisationRow['name'];
  resident_term: OrganisationRow['resident_term'];
  team_id: TeamRow['id'] | null;
  team_name: TeamRow['name'] | null;
};
export type InvitationListRow = InvitationRoleRow & { team_name: TeamRow['name'] | null };
/** A planned or running session or mirror conversation (both tables have these columns) with who leads it. */
export type LedActivityRow = Pick<ReflectionSessionRow, 'id' | 'scheduled_at'> & { person_id: PersonRow['id']; kind: LedActivityKind };
