import { LIMITS, MIRROR_TOPIC_KINDS, PEER_VISIT_LIMITS, REPORT_VISIBILITIES } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDateField, IdField, IdListField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { MirrorTopicKindEnum, ReportVisibilityEnum } from './peer-visit.enums';

@InputType()
export class SaveMirrorResponseInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => MirrorTopicKindEnum) @OneOfField(MIRROR_TOPIC_KINDS) topicKind: (typeof MIRROR_TOPIC_KINDS)[number];
  @Field() @TextField({ max: 60 }) topicId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) body: string;
  @Field(() => Int, { description: 'The version the text was written on; 0 for a first response.' }) @IntField({ min: 0, max: 1_000_000 }) baseVersion: number;
}

@InputType()
export class UpdateReportDraftInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) summary: string;
  @Field(() => [ID], { description: 'Beelden the visitors leave out of the report.' }) @IdListField(PEER_VISIT_LIMITS.maxNotesPerVisit) excludedNoteIds: string[];
}

@InputType()
export class HostReflectionInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) reflection: string;
}

@InputType()
export class AddVisitPracticeInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field() @TextField({ max: LIMITS.shortText }) what: string;
  @Field() @TextField({ optional: true }) who: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @CalendarDateField({ optional: true }) lookBackOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The host’s team that will try it.' }) @IdField({ optional: true }) teamId?: string | null;
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
  @Field(() => ID, { nullable: true, description: 'Needed for "team": which of the host’s teams.' }) @IdField({ optional: true }) teamId?: string | null;
}
