import { CASE_LIMITS, CASE_VISIBILITIES, CaseVisibility, LIMITS } from '@kring/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IdField, OneOfField, TextField, UntrimmedTextField } from '../../../engine/graphql/input-fields';
import { CaseVisibilityEnum } from './case.enums';
import { GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@InputType()
class CaseChapterTextInput {
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText({ pseudonym: true }) title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText({ pseudonym: true }) body: string;
}

@InputType()
export class CreateCaseInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) teamId?: string | null;
  @Field() @TextField({ max: CASE_LIMITS.title }) @GuardedText({ pseudonym: true }) title: string;
  @Field(() => String, { nullable: true, description: 'Left empty, Kring generates one such as "Bewoner K.".' })
  @TextField({ max: CASE_LIMITS.displayPseudonym, optional: true })
  @GuardedText({ pseudonym: true })
  displayPseudonym?: string | null;
  @Field({ defaultValue: '' })
  @TextField({ max: CASE_LIMITS.note, optional: true })
  @GuardedText({ pseudonym: true })
  lifeStoryNote: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText({ pseudonym: true }) burdenNote: string;
  @Field(() => CaseChapterTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseChapterTextInput)
  firstChapter?: CaseChapterTextInput | null;
}

@InputType()
export class UpdateCaseInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field() @TextField({ max: CASE_LIMITS.title }) @GuardedText({ pseudonym: true }) title: string;
  @Field() @TextField({ max: CASE_LIMITS.displayPseudonym }) @GuardedText({ pseudonym: true }) displayPseudonym: string;
  @Field({ defaultValue: '' })
  @TextField({ max: CASE_LIMITS.note, optional: true })
  @GuardedText({ pseudonym: true })
  lifeStoryNote: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.note, optional: true }) @GuardedText({ pseudonym: true }) burdenNote: string;
}

@InputType()
export class AddCaseChapterInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText({ pseudonym: true }) title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText({ pseudonym: true }) body: string;
}

@InputType()
export class UpdateCaseChapterInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() chapterId: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterTitle }) @GuardedText({ pseudonym: true }) title: string;
  @Field() @TextField({ max: CASE_LIMITS.chapterBody }) @GuardedText({ pseudonym: true }) body: string;
}

/** Who reads the case: the level, and for 'team' which team. */
@InputType()
export class SetCaseVisibilityInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field(() => CaseVisibilityEnum) @OneOfField(CASE_VISIBILITIES) visibility: CaseVisibility;
  @Field(() => ID, { nullable: true, description: 'Moves the case to this team; left out, the team stays.' })
  @IdField({ optional: true })
  teamId?: string | null;
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
  /**
   * A person's name typed in the same form that Kring knows nowhere else (a story's storyteller): the text is checked
   * for it as well, without its honorific (nameWithoutHonorific), as saving the form will check it. Saving counts it
   * among the names the form showed its writer, so their acknowledgeWarnings covers it: it must not go unseen.
   */
  @Field(() => String, { nullable: true, description: 'A name typed in the same form (a storyteller’s): looked for in the text too.' })
  @TextField({ max: LIMITS.name, optional: true })
  @UnguardedText('a name to look for in the text, not a text to keep: nothing is stored')
  alsoPerson?: string | null;
}
