import type { HarvestDraftTarget, HarvestItemKind, PracticeStatus, SessionRole, SessionStatus } from '@kring/domain';
import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { MethodPhaseDto } from '../../methods';
import { HarvestDraftTargetEnum, HarvestItemKindEnum, PracticeStatusEnum, SessionRoleEnum, SessionStatusEnum } from './session.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { LocalizedTextDto } from '../../../engine/graphql/localized-text.dto';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('SessionParticipant')
class SessionParticipantDto {
  @Field(() => NamedRef, { description: 'The person (id and display name).' }) person: NamedRef;
  @Field(() => SessionRoleEnum) role: SessionRole;
}

@ObjectType('SessionCaseRef', { description: 'The case by its pseudonym only.' })
class SessionCaseRefDto {
  @Field(() => ID) id: string;
  @Field() pseudonym: string;
  @Field({
    description:
      'Whether the viewer may open the case (the case rule: a participant reads it while the session runs and until its report is approved, afterwards as its own level allows).',
  })
  viewerCanRead: boolean;
}

@ObjectType('SessionMethod', { description: 'The method as it was when the session was planned.' })
class SessionMethodDto {
  @Field() id: string;
  @UnsuppressedNumber('a version number of the method') version: number;
  @Field(() => LocalizedTextDto) name: LocalizedTextDto;
  @Field(() => [MethodPhaseDto]) phases: MethodPhaseDto[];
}

@ObjectType('HarvestItem')
class HarvestItemDto {
  @Field(() => ID) id: string;
  @Field(() => HarvestItemKindEnum) kind: HarvestItemKind;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('PracticeReview', { description: '"Hoe ging het?": what a later session said about a practice.' })
class PracticeReviewDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => PracticeStatusEnum, { nullable: true, description: 'The status the practice got with this review, when it changed.' })
  status: PracticeStatus | null;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field(() => ID, { nullable: true }) sessionId: string | null;
  @Field() createdAt: string;
}

@ObjectType('Practice', { description: 'A new practice to try (nieuwe praktijk): what, who, and when we look back.' })
export class PracticeDto {
  @Field(() => ID) id: string;
  @Field() what: string;
  @Field() who: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) lookBackOn: string | null;
  @Field(() => PracticeStatusEnum) status: PracticeStatus;
  @Field(() => ID, { nullable: true, description: 'The session it came from.' }) sessionId: string | null;
  @Field(() => [PracticeReviewDto]) reviews: PracticeReviewDto[];
}

@ObjectType('HarvestDraft', { description: 'An entry of a phase that sends its entries to the harvest, waiting for the moderator.' })
export class HarvestDraftDto {
  @Field(() => ID) id: string;
  @Field(() => HarvestDraftTargetEnum) target: HarvestDraftTarget;
  @Field() body: string;
  @Field({ description: 'Its contribution was kept knowingly through an escalation prompt; taken over only with flagSeen.' })
  flagged: boolean;
  @Field(() => LocalizedTextDto, { description: 'The phase it was written in, as the method names it.' }) phaseTitle: LocalizedTextDto;
}

@ObjectType('SessionHarvest', { description: 'Insights, advice, new practices, and (for the moderator only) memos and drafts.' })
export class SessionHarvestDto {
  @Field(() => [HarvestItemDto]) items: HarvestItemDto[];
  @Field(() => [PracticeDto]) practices: PracticeDto[];
  @Field(() => [HarvestDraftDto], { description: 'Gathered from the session, to edit and take over; empty for anyone but the moderator.' })
  drafts: HarvestDraftDto[];
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
}

/** What every view of a session shows: all a list needs, and the start of the session's page (one selection on the web). */
@InterfaceType('SessionBase', {
  description: 'What every view of a session shows: SessionSummary in a list, ReflectionSession on its page.',
})
export abstract class SessionBaseDto {
  @Field(() => ID) id: string;
  /** People can belong to several organisations; pages need to know which one a session is in. */
  @Field(() => ID) organisationId: string;
  @Field({ description: 'The question or theme.' }) question: string;
  @Field(() => SessionStatusEnum) status: SessionStatus;
  @Field({
    description:
      'Planned, and a day past its planned end without being held: it no longer lets invited people read its case, and only its moderator still sees it listed, to hold, re-plan or call off.',
  })
  overdue: boolean;
  @Field() scheduledAt: Date;
  @UnsuppressedNumber('a duration in minutes') durationMinutes: number;
  @Field() place: string;
  @Field(() => SessionMethodDto) method: SessionMethodDto;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => SessionCaseRefDto, { nullable: true }) caseRef: SessionCaseRefDto | null;
  @Field(() => [String]) lensIds: string[];
  @Field(() => NamedRef) moderator: NamedRef;
  @Field(() => [SessionParticipantDto]) participants: SessionParticipantDto[];
  @UnsuppressedNumber('a setting: dots per person per phase') voteBudget: number;
  @Field() oneScreen: boolean;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => Date, { nullable: true }) reportApprovedAt: Date | null;
  @Field(() => SessionRoleEnum, { nullable: true, description: "The viewer's role; null for a manager who is not taking part." })
  viewerRole: SessionRole | null;
  @Field({ description: 'Whether the viewer may change or cancel the plan.' }) viewerCanEditPlan: boolean;
  @Field({ description: 'Download address of the iCalendar file (add to calendar).' }) calendarPath: string;
}

/** A session in a list (home page): no harvest. */
@ObjectType('SessionSummary', { implements: () => [SessionBaseDto] })
export class SessionSummaryDto extends SessionBaseDto {}

@ObjectType('ReflectionSession', { implements: () => [SessionBaseDto] })
export class SessionDto extends SessionBaseDto {
  @Field(() => SessionHarvestDto, {
    nullable: true,
    description: 'Null for a manager or planner who does not take part: they see the plan, not what the session yields.',
  })
  harvest: SessionHarvestDto | null;
  @Field(() => [PracticeDto], {
    description: '"Hoe ging het?": the team’s open practices from earlier sessions; empty for a planner who does not take part.',
  })
  openPractices: PracticeDto[];
}
