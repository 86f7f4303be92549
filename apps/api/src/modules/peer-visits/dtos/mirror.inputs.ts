import { LIMITS, MIRROR_TOPIC_KINDS, PEER_VISIT_LIMITS, REPORT_VISIBILITIES } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDateField, IdField, IdListField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { MirrorTopicKindEnum, ReportVisibilityEnum } from './peer-visit.enums';
import { BsnOnlyText, GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@InputType()
export class SaveMirrorResponseInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => MirrorTopicKindEnum) @OneOfField(MIRROR_TOPIC_KINDS) topicKind: (typeof MIRROR_TOPIC_KINDS)[number];
  @Field() @TextField({ max: 60 }) @UnguardedText('the id of a mirror topic') topicId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => Int, { description: 'The version the text was written on; 0 for a first response.' })
  @IntField({ min: 0, max: 1_000_000 })
  baseVersion: number;
}

@InputType()
export class UpdateReportDraftInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) summary: string;
  @Field(() => [ID], { description: 'Beelden the visitors leave out of the report.' })
  @IdListField(PEER_VISIT_LIMITS.maxNotesPerVisit)
  excludedNoteIds: string[];
}

@InputType()
export class HostReflectionInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) reflection: string;
}

@InputType()
export class AddVisitPracticeInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) what: string;
  @Field() @TextField({ optional: true }) @BsnOnlyText('who takes the practice up: a colleague or a team, named on purpose') who: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: today or later (checkLookBackToCome).' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The host’s team that will try it.' }) @IdField({ optional: true }) teamId?:
    string | null;
}

@InputType()
export class RemoveVisitPracticeInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => ID) @IdField() practiceId: string;
}

@InputType()
export class SetReportVisibilityInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => ReportVisibilityEnum) @OneOfField(REPORT_VISIBILITIES) visibility: (typeof REPORT_VISIBILITIES)[number];
  @Field(() => ID, { nullable: true, description: 'Needed for "team": which of the host’s teams.' }) @IdField({ optional: true }) teamId?:
    string | null;
}
