import { MirrorTopicKind, OrganisationKind, ReportStatus, ReportVisibility, VisitFormat } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKindEnum } from '../../../engine/graphql/enums';
import { ObservationLensDto } from '../../learning-networks';
import { VisitNoteDto } from './notebook.dto';
import { MirrorTopicKindEnum, ReportStatusEnum, ReportVisibilityEnum, VisitFormatEnum } from './peer-visit.enums';
import { PeerVisitSummaryDto } from './visit.dto';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('MirrorResponse')
export class MirrorResponseDto {
  @Field(() => MirrorTopicKindEnum) topicKind: MirrorTopicKind;
  @Field({ description: '"focus", a mirror question id or a mirror theme id.' }) topicId: string;
  @Field() body: string;
  @UnsuppressedNumber('a version number of the response', {
    description: 'Send it back when saving, so a change by someone else is never overwritten unseen.',
  })
  version: number;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true, description: "When it was last changed; empty in a report's network version, which has no dates." })
  updatedAt: Date | null;
}

/** The same-day mirror conversation (spiegelgesprek): the visitors' beelden and the host's responses. */
@ObjectType('VisitMirrorConversation')
export class MirrorConversationDto {
  @Field(() => ID) visitId: string;
  @Field(() => NamedRef) host: NamedRef;
  @Field({ description: "The host's own word for the people it cares for: the mirror themes speak of them in it (mirrorThemesFor)." })
  hostResidentTerm: string;
  @Field() focusQuestion: string;
  @Field(() => ObservationLensDto) lens: ObservationLensDto;
  @Field(() => [VisitNoteDto]) notes: VisitNoteDto[];
  @Field(() => [MirrorResponseDto]) responses: MirrorResponseDto[];
  @Field({ description: 'Responses can still be written (the report is not closed).' }) open: boolean;
}

@ObjectType('VisitPractice')
class VisitPracticeDto {
  @Field(() => ID) id: string;
  @Field() what: string;
  @Field() who: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) lookBackOn: string | null;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
}

@ObjectType('ReportNote')
class ReportNoteDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() findingType: string;
  @Field(() => [String]) valueIds: string[];
  @Field(() => String, { nullable: true }) mirrorThemeId: string | null;
  @Field(() => String, { nullable: true }) momentOfDay: string | null;
  @Field() aboutFocus: boolean;
  @Field() inReport: boolean;
  @Field(() => String, { nullable: true, description: 'Null in the anonymised version.' }) author: string | null;
}

/** The mirror report (spiegelrapport); `anonymised` for network readers: no names, no date, masked details. */
@ObjectType('MirrorReport')
export class MirrorReportDto {
  @Field(() => ID) visitId: string;
  @Field() anonymised: boolean;
  @Field(() => NamedRef, { nullable: true }) host: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) visitor: NamedRef | null;
  @Field(() => OrganisationKindEnum, {
    nullable: true,
    description: 'Anonymised: null unless five or more organisations in the network are of this kind.',
  })
  hostKind: OrganisationKind | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The host's own word for the people it cares for, for the mirror themes' texts (mirrorThemesFor); null in the anonymised version, where a word of its own could point at the host.",
  })
  hostResidentTerm: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null in the anonymised version.' }) visitDate: string | null;
  @Field(() => String, { nullable: true, description: 'The quarter, e.g. 2025-Q3.' }) period: string | null;
  @Field(() => VisitFormatEnum, { nullable: true }) format: VisitFormat | null;
  @Field() focusQuestion: string;
  @Field() purpose: string;
  @Field(() => ObservationLensDto) lens: ObservationLensDto;
  @Field() summary: string;
  @Field() hostReflection: string;
  @Field(() => [ReportNoteDto]) notes: ReportNoteDto[];
  @Field(() => [MirrorResponseDto]) responses: MirrorResponseDto[];
  @Field(() => [VisitPracticeDto]) practices: VisitPracticeDto[];
  @Field(() => ReportStatusEnum) status: ReportStatus;
  @Field(() => ReportVisibilityEnum) visibility: ReportVisibility;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => [NamedRef], { description: 'The host’s teams, to choose from (host only).' }) hostTeams: NamedRef[];
  @Field() viewerIsHost: boolean;
  @Field({ description: 'The viewer is a visitor and the draft is still with the visitors.' }) viewerCanDraft: boolean;
  @Field(() => Date, { nullable: true }) handedToHostAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => PeerVisitSummaryDto, { nullable: true }) returnVisit: PeerVisitSummaryDto | null;
}

@ObjectType('SharedMirrorReport')
export class SharedMirrorReportDto {
  @Field(() => ID) visitId: string;
  @Field(() => OrganisationKindEnum, {
    nullable: true,
    description: 'Null unless five or more organisations in the network are of this kind.',
  })
  hostKind: OrganisationKind | null;
  @Field() period: string;
  @Field() focusQuestion: string;
}
