import { CORE_VALUE_IDS, FINDING_TYPES, MIRROR_THEMES, MOMENTS_OF_DAY, PEER_VISIT_LIMITS } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { IdField, IdListField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { CONFLICT_CHOICES, ConflictChoiceEnum, FindingTypeEnum, MomentOfDayEnum } from './peer-visit.enums';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/**
 * One change of one beeld, as the device queued it (see NoteEdit in @kring/domain), with the author's own answers to
 * the content guard for this note: "Ik heb dit gecontroleerd" and "Toch bewaren" hold for this note only, so a
 * refusal names the note it is about and the device keeps that one while the others go through.
 */
@InputType()
export class NoteEditInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() clientId: string;
  @Field(() => ID) @IdField() editId: string;
  @Field(() => Int) @IntField({ min: 0, max: 1_000_000 }) baseRevision: number;
  @Field(() => [ID]) @IdListField(50) priorEditIds: string[];
  @Field() @TextField({ max: PEER_VISIT_LIMITS.noteMaxLength }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => FindingTypeEnum) @OneOfField(FINDING_TYPES.map((t) => t.id)) findingType: string;
  @Field(() => [String])
  @ArrayMaxSize(CORE_VALUE_IDS.length, rule('tooMany', CORE_VALUE_IDS.length))
  @OneOfField(CORE_VALUE_IDS, { each: true })
  valueIds: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @OneOfField(MIRROR_THEMES.map((t) => t.id)) mirrorThemeId?: string | null;
  @Field(() => MomentOfDayEnum, { nullable: true }) @IsOptional() @OneOfField(MOMENTS_OF_DAY) momentOfDay?: string | null;
  @Field() @IsBoolean(rule('invalid')) aboutFocus: boolean;
  @Field() @IsBoolean(rule('invalid')) deleted: boolean;
}

/** The answers to the content guard are per note (NoteEditInput), never for the whole batch. */
@InputType()
export class SyncVisitNotesInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => [NoteEditInput])
  @ArrayMinSize(1, rule('required'))
  @ArrayMaxSize(PEER_VISIT_LIMITS.maxEditsPerSync, rule('tooMany', PEER_VISIT_LIMITS.maxEditsPerSync))
  @ValidateNested({ each: true })
  @Type(() => NoteEditInput)
  edits: NoteEditInput[];
}

@InputType()
export class ResolveNoteConflictInput {
  @Field(() => ID) @IdField() conflictId: string;
  @Field(() => ConflictChoiceEnum) @OneOfField(CONFLICT_CHOICES) choice: (typeof CONFLICT_CHOICES)[number];
}
