import { ClientGroup, Financing, LocationKind, OrganisationKind, Role } from '@kring/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClientGroupEnum, enumOf, FinancingEnum, LocationKindEnum, OrganisationKindEnum, RoleEnum } from '../../../engine/graphql/enums';
import { MembershipDto } from './membership.dto';
import { NamedRef } from '../../../engine/graphql/named-ref';

@ObjectType('Location')
export class LocationDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => LocationKindEnum) kind: LocationKind;
  @Field() place: string;
}

export const LED_ACTIVITY_KINDS = ['reflection_session', 'mirror_conversation'] as const;
export type LedActivityKind = (typeof LED_ACTIVITY_KINDS)[number];
export const LedActivityKindEnum = enumOf(LED_ACTIVITY_KINDS);
registerEnumType(LedActivityKindEnum, { name: 'LedActivityKind' });

/** A planned or running session or mirror conversation and who leads it: its date and where to change its plan, nothing of what it is about. */
@ObjectType('LedActivity')
export class LedActivityDto {
  @Field(() => ID) personId: string;
  @Field(() => LedActivityKindEnum) kind: LedActivityKind;
  @Field(() => ID) id: string;
  @Field() scheduledAt: Date;
}

@ObjectType('Team')
export class TeamDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => NamedRef, { nullable: true }) location: NamedRef | null;
}

@ObjectType('Invitation')
export class InvitationDto {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() createdAt: Date;
}

/** The organisation's own procedure for complaints and incidents: shown with every escalation prompt, to staff and relatives alike. */
@ObjectType('EscalationProcedure')
class EscalationProcedureDto {
  @Field({ description: 'The complaints officer (klachtenfunctionaris), by name; empty when not set.' }) officerName: string;
  @Field({ description: 'How to reach the complaints officer: phone or e-mail.' }) officerContact: string;
  @Field({ description: 'The incident route for staff, in a few words.' }) incidentRoute: string;
}

@ObjectType('Organisation')
export class OrganisationDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field(() => [ClientGroupEnum]) clientGroups: ClientGroup[];
  @Field(() => [FinancingEnum]) financing: Financing[];
  @Field() careVision: string;
  @Field() residentTerm: string;
  @Field(() => EscalationProcedureDto) escalationProcedure: EscalationProcedureDto;
  @Field(() => NamedRef, { nullable: true }) network: NamedRef | null;
  @Field(() => [LocationDto]) locations: LocationDto[];
  @Field(() => [TeamDto]) teams: TeamDto[];
  @Field(() => [MembershipDto]) members: MembershipDto[];
  /** Empty for people who may not manage the organisation. */
  @Field(() => [InvitationDto]) invitations: InvitationDto[];
  @Field({ description: 'Whether the viewer may manage structure, members and invitations.' }) viewerCanManage: boolean;
  @Field(() => [LedActivityDto], {
    description:
      "For managers (empty for others): the planned or running sessions and mirror conversations of the organisation and who leads each, soonest first. A session's moderator is its own, so a change of their role leaves them moderator there; the members page links to each plan to choose another.",
  })
  openActivitiesLed: LedActivityDto[];
}
