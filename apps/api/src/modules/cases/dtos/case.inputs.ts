import { CASE_LIMITS, CASE_VISIBILITIES, CaseVisibility, LIMITS } from '@kring/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import {
  AcknowledgeField,
  IdField,
  OneOfField,
  TextField,
  UntrimmedTextField,
  KeepFlaggedField,
  PromptIdField,
} from '../../../engine/graphql/input-fields';
import { CaseVisibilityEnum } from './case.enums';
import { GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class CaseChapterTextInput {
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText() title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText() body: string;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) teamId?: string | null;
  @Field() @TextField({ max: CASE_LIMITS.title }) @GuardedText() title: string;
  @Field(() => String, { nullable: true, description: 'Left empty, Kring generates one such as "Bewoner K.".' })
  @TextField({ max: CASE_LIMITS.displayPseudonym, optional: true })
  @GuardedText()
  displayPseudonym?: string | null;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText() lifeStoryNote: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText() burdenNote: string;
  @Field(() => CaseChapterTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseChapterTextInput)
  firstChapter?: CaseChapterTextInput | null;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

@InputType()
export class UpdateCaseInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field() @TextField({ max: CASE_LIMITS.title }) @GuardedText() title: string;
  @Field() @TextField({ max: CASE_LIMITS.displayPseudonym }) @GuardedText() displayPseudonym: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText() lifeStoryNote: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText() burdenNote: string;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

@InputType()
export class AddCaseChapterInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText() title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText() body: string;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

@InputType()
export class UpdateCaseChapterInput {
  @Field(() => ID) @IdField() chapterId: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText() title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText() body: string;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

/** Who reads the case: the level, and for 'team' which team. */
@InputType()
export class SetCaseVisibilityInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field(() => CaseVisibilityEnum) @OneOfField(CASE_VISIBILITIES) visibility: CaseVisibility;
  @Field(() => ID, { nullable: true, description: 'Moves the case to this team; left out, the team stays.' })
  @IdField({ optional: true })
  teamId?: string | null;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

@ArgsType()
export class CasesArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) teamId?: string | null;
}

@ArgsType()
export class CheckIdentifyingDetailsArgs {
  @Field(() => ID) @IdField() organisationId: string;
  /** Not trimmed: the findings' offsets must fit the text exactly as the editor holds it. */
  @Field()
  @UntrimmedTextField(LIMITS.longText)
  @UnguardedText('the guard itself: answers with the findings instead of refusing, stores nothing')
  text: string;
}
