import type { EntryKind, PhaseKind, TagDirection } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PhaseKindEnum } from '../../methods';
import { PracticeDto } from './session.dto';
import { EntryKindEnum, TagDirectionEnum } from './session.enums';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/**
 * The readable report of a session, written in the viewer's language (the
 * Markdown and PDF exports are made from the same data). Anonymous entries
 * stay anonymous; the case appears by its pseudonym only.
 */
@ObjectType('ReportTag')
export class ReportTagDto {
  @Field() itemId: string;
  @Field() itemName: string;
  @Field(() => TagDirectionEnum) direction: TagDirection;
  @Field() directionLabel: string;
}

@ObjectType('ReportEntry')
export class ReportEntryDto {
  @Field(() => EntryKindEnum) kind: EntryKind;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Null when anonymous or written for the room.' }) author: string | null;
  @Field() anonymous: boolean;
  @Field() forRoom: boolean;
  @Field(() => String, { nullable: true }) groupLabel: string | null;
  @UnsuppressedNumber('dots the room placed together, in the session’s own report; no dot is tied to anyone', {
    description: 'Dots placed on it, in all phases.',
  })
  votes: number;
  @Field(() => [ReportTagDto]) tags: ReportTagDto[];
}

@ObjectType('ReportPhase')
class ReportPhaseDto {
  @Field() id: string;
  @Field() title: string;
  @Field(() => PhaseKindEnum) kind: PhaseKind;
  @Field() prompt: string;
  @Field(() => [ReportEntryDto]) entries: ReportEntryDto[];
}

@ObjectType('ReportTagCount', { description: 'How often an item was tagged in a direction: a pattern to talk about, never a score.' })
export class ReportTagCountDto extends ReportTagDto {
  @UnsuppressedNumber('tags the room placed together, in the session’s own report; no tag is tied to anyone') count: number;
}

@ObjectType('SessionReport')
export class SessionReportDto {
  @Field(() => ID) sessionId: string;
  @Field() question: string;
  @Field() methodName: string;
  @UnsuppressedNumber('a version number of the method') methodVersion: number;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => String, { nullable: true, description: 'The case by its display pseudonym only.' }) casePseudonym: string | null;
  @Field() scheduledAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field() place: string;
  @Field() moderatorName: string;
  @Field(() => [String]) participantNames: string[];
  @Field(() => [String]) lensNames: string[];
  @Field(() => [ReportPhaseDto]) phases: ReportPhaseDto[];
  @Field(() => [ReportTagCountDto]) tagCounts: ReportTagCountDto[];
  @Field(() => [String]) insights: string[];
  @Field(() => [String]) advice: string[];
  @Field(() => [PracticeDto]) practices: PracticeDto[];
  @Field(() => [PracticeDto], { description: '"Hoe ging het?": practices of earlier sessions reviewed in this one.' })
  reviewedPractices: PracticeDto[];
  @Field(() => [String], { description: "The moderator's memos; empty for everyone else." }) memos: string[];
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => String, { nullable: true }) approvedBy: string | null;
}
