import { ClientGroup, Financing, OrganisationKind, ReportStatus, VisitFormat, VisitStatus, VisitTeamRole } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClientGroupEnum, FinancingEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { ObservationLensDto, VisitProposalDto } from '../../learning-networks';
import { LocationDto } from '../../organisations';
import { ReportStatusEnum, VisitFormatEnum, VisitSideEnum, VisitStatusEnum, VisitTeamRoleEnum } from './peer-visit.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('PeerVisitSummary')
export class PeerVisitSummaryDto {
  @Field(() => ID) id: string;
  @Field(() => NamedRef) host: NamedRef;
  @Field(() => NamedRef) visitor: NamedRef;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) visitDate: string | null;
  @Field(() => VisitFormatEnum, { nullable: true }) format: VisitFormat | null;
  @Field(() => VisitStatusEnum) status: VisitStatus;
  @Field(() => ReportStatusEnum) reportStatus: ReportStatus;
  @Field(() => String, { nullable: true, description: 'Null in the coordinator’s schedule: the question is the host’s.' }) focusQuestion:
    string | null;
}

@ObjectType('PeerVisitOverview')
export class PeerVisitOverviewDto {
  @Field(() => NamedRef) organisation: NamedRef;
  @Field(() => NamedRef, { nullable: true }) network: NamedRef | null;
  @Field() viewerIsEntrepreneur: boolean;
  @Field(() => [NamedRef], { description: 'Other organisations of the network, to arrange a visit with (entrepreneurs only).' })
  partners: NamedRef[];
  @Field(() => [VisitProposalDto], { description: 'Proposals waiting for this organisation’s answer (entrepreneurs only).' })
  proposals: VisitProposalDto[];
  @Field(() => [PeerVisitSummaryDto], {
    description: 'Visits of this organisation the viewer takes part in (as entrepreneur or in the visiting team).',
  })
  visits: PeerVisitSummaryDto[];
  @Field(() => [PeerVisitSummaryDto], { description: 'Closed mirror reports the host shared with the viewer’s team or organisation.' })
  sharedReports: PeerVisitSummaryDto[];
}

@ObjectType('VisitTeamMember')
export class VisitTeamMemberDto {
  @Field(() => ID) id: string;
  @Field(() => VisitTeamRoleEnum) role: VisitTeamRole;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) personId: string | null;
}

@ObjectType('VisitTeamCandidate')
export class VisitTeamCandidateDto {
  @Field(() => ID) personId: string;
  @Field() name: string;
  @Field(() => VisitTeamRoleEnum) role: VisitTeamRole;
}

/** What visitors need to know before they come (voorbereiding door de gastheer). */
@ObjectType('HostPreparationPack')
class HostPackDto {
  @Field({ description: 'The one-page care vision (zorgvisie) from the organisation profile.' }) careVision: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field(() => [ClientGroupEnum]) clientGroups: ClientGroup[];
  @Field(() => [FinancingEnum]) financing: Financing[];
  @Field() residentTerm: string;
  @Field(() => [LocationDto]) locations: LocationDto[];
  @Field() practicalNotes: string;
  @Field() privacyNotes: string;
}

@ObjectType('PeerVisit')
export class PeerVisitDto {
  @Field(() => ID) id: string;
  @Field(() => NamedRef) network: NamedRef;
  @Field(() => NamedRef) host: NamedRef;
  @Field(() => NamedRef) visitor: NamedRef;
  @Field(() => VisitSideEnum) viewerSide: 'host' | 'visitor';
  @Field({ description: 'The viewer is a care entrepreneur of their side (may agree, arrange and decide).' }) viewerIsEntrepreneur: boolean;
  @Field(() => VisitStatusEnum) status: VisitStatus;
  @Field() focusQuestion: string;
  @Field() purpose: string;
  @Field(() => VisitFormatEnum, { nullable: true }) format: VisitFormat | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) visitDate: string | null;
  @Field(() => NamedRef, { nullable: true }) location: NamedRef | null;
  @Field(() => ObservationLensDto, { description: 'The lens this visit looks through, in the network version it agreed on.' })
  lens: ObservationLensDto;
  @Field(() => ObservationLensDto, { description: 'The network’s current lens, which the host narrows for this visit.' })
  networkLens: ObservationLensDto;
  @Field(() => Date, { nullable: true }) hostAgreedAt: Date | null;
  @Field(() => Date, { nullable: true }) visitorAgreedAt: Date | null;
  @Field(() => [String], { description: 'What is still missing before both sides can agree (field names).' }) missingForAgreement: string[];
  @Field(() => [VisitTeamMemberDto]) team: VisitTeamMemberDto[];
  @Field(() => HostPackDto) pack: HostPackDto;
  @Field(() => ReportStatusEnum) reportStatus: ReportStatus;
  @Field(() => PeerVisitSummaryDto, { nullable: true, description: 'The visit back (tegenbezoek), once planned.' })
  returnVisit: PeerVisitSummaryDto | null;
  @UnsuppressedNumber('observations in the visit’s notebook: things, read by the visit’s own people', {
    description: 'Beelden in the notebook (not withdrawn).',
  })
  noteCount: number;
}
