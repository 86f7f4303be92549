import { LANGUAGES, Language, LIMITS, STORY_AUDIENCES, STORY_DECISIONS, STORY_LIMITS, StoryAudience, StoryDecision } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsEmail, IsInt, IsOptional, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../engine/graphql/enums';
import { IdField, IntField, OneOfField, TextField, ValueIdsField } from '../../../engine/graphql/input-fields';
import { StoryAudienceEnum, StoryDecisionEnum } from './story.enums';
import { BsnOnlyText, GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** The storyteller's own address, where the personal link goes (the same rules when a story is written and when the address is changed later). */
function StorytellerEmail(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))(target, key);
    MaxLength(LIMITS.email, rule('maxLength', LIMITS.email))(target, key);
    IsEmail({}, rule('email'))(target, key);
    UnguardedText("where the storyteller's personal link is sent")(target, key);
  };
}

@InputType({ isAbstract: true })
abstract class StoryTextFields extends GuardAnswersInput {
  @Field() @TextField({ max: STORY_LIMITS.title }) @GuardedText({ pseudonym: false }) title: string;
  @Field() @TextField({ max: STORY_LIMITS.body }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => [String], { defaultValue: [], description: 'Values-framework items the story is about.' })
  @ValueIdsField(STORY_LIMITS.maxValues)
  valueIds: string[];
}

/**
 * A new story. The storyteller is a member with an account (storytellerPersonId),
 * or someone without one, known by name (and optionally e-mail) to the team.
 */
@InputType()
export class CreateStoryInput extends StoryTextFields {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The team that wrote it down; one of the writer’s own teams. Required: left out, the answer says which to choose, or that the organisation has no team yet.',
  })
  @IdField({ optional: true })
  teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) storytellerPersonId?: string | null;
  @Field(() => String, { nullable: true })
  @TextField({ max: STORY_LIMITS.storytellerName, optional: true })
  @BsnOnlyText("the storyteller's own name, kept so the guard can find it in the story")
  storytellerName?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the personal link is sent; required for a storyteller without an account.' })
  @IsOptional()
  @StorytellerEmail()
  storytellerEmail?: string | null;
  @Field(() => LanguageEnum, { defaultValue: 'nl' }) @OneOfField(LANGUAGES) storytellerLanguage: Language;
}

@InputType()
export class UpdateStoryInput extends StoryTextFields {
  @Field(() => ID) @IdField() storyId: string;
}

/** A new or corrected address for a storyteller without an account; a link sent to the old address stops working. */
@InputType()
export class SetStorytellerEmailInput {
  @Field(() => ID) @IdField() storyId: string;
  @Field() @StorytellerEmail() email: string;
}

@InputType()
export class SendStoryForCheckInput {
  @Field(() => ID) @IdField() storyId: string;
  @Field(() => Int, { defaultValue: STORY_LIMITS.defaultLinkDays, description: 'How long a personal link works.' })
  @IntField({ min: 1, max: STORY_LIMITS.maxLinkDays })
  validDays: number;
}

@InputType()
export class CommentOnStoryInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() storyId: string;
  @Field() @TextField({ max: STORY_LIMITS.comment }) @GuardedText({ pseudonym: false }) body: string;
}

/**
 * The storyteller's answer: a remark, a decision on the version they read,
 * and their consent per audience (the full list; what is left out is
 * withdrawn). Consent can be changed at any time, a decision only while the
 * story is with them.
 */
@InputType({ isAbstract: true })
abstract class StoryCheckAnswerFields extends GuardAnswersInput {
  @Field(() => Int, { description: 'The version the storyteller read.' }) @IsInt(rule('invalid')) revision: number;
  @Field(() => String, { nullable: true })
  @TextField({ max: STORY_LIMITS.comment, optional: true })
  @GuardedText({ pseudonym: false })
  comment?: string | null;
  @Field(() => StoryDecisionEnum, { nullable: true }) @IsOptional() @OneOfField(STORY_DECISIONS) decision?: StoryDecision | null;
  @Field(() => [StoryAudienceEnum]) @IsArray(rule('invalid')) @OneOfField(STORY_AUDIENCES, { each: true }) audiences: StoryAudience[];
}

@InputType()
export class AnswerStoryCheckInput extends StoryCheckAnswerFields {
  @Field(() => ID) @IdField() storyId: string;
}

@InputType()
export class AnswerStoryCheckByLinkInput extends StoryCheckAnswerFields {
  @Field() @TextField({ max: 100 }) @UnguardedText('a link token, compared with its hash; no text about anyone') token: string;
}
