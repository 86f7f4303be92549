import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeField, IdField, IdListField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const THEME_IDS = HARVEST_THEMES.map((theme) => theme.id);

/** What planning and re-planning share: theme, when and where, who leads and who listens. */
@InputType({ isAbstract: true })
abstract class MirrorPlanFields extends GuardAnswersInput {
  @Field({ description: 'E.g. "Voelt uw naaste zich hier thuis?"' })
  @TextField({ max: MIRROR_LIMITS.themeMaxLength })
  @GuardedText({ pseudonym: false })
  theme: string;
  @Field() @DateTimeField() scheduledAt: Date;
  @Field(() => Int, { nullable: true, description: `Default ${MIRROR_LIMITS.defaultDurationMinutes}.` })
  @IntField({ min: MIRROR_LIMITS.minDurationMinutes, max: MIRROR_LIMITS.maxDurationMinutes, optional: true })
  durationMinutes?: number | null;
  @Field(() => String, { nullable: true })
  @TextField({ max: MIRROR_LIMITS.placeMaxLength, optional: true })
  @BsnOnlyText('where the conversation takes place: a room or address of the organisation')
  place?: string | null;
  @Field(() => ID, { nullable: true, description: 'The team that listens.' }) @IdField({ optional: true }) teamId?: string | null;
  @Field(() => ID, { description: 'A member with the moderator role, or a manager (Kring then warns: not independent).' })
  @IdField()
  moderatorId: string;
  @Field(() => [ID], { description: 'Team members who listen in the outer circle.' })
  @IdListField(MIRROR_LIMITS.maxListeners)
  listenerIds: string[];
}

@InputType()
export class PlanMirrorConversationInput extends MirrorPlanFields {
  @Field(() => ID) @IdField() organisationId: string;
}

@InputType()
export class UpdateMirrorConversationInput extends MirrorPlanFields {
  @Field(() => ID) @IdField() conversationId: string;
  @Field(() => String, { nullable: true, description: "The organisation's own procedure for complaints and incidents." })
  @TextField({ max: MIRROR_LIMITS.procedureMaxLength, optional: true })
  @BsnOnlyText("the organisation's own procedure: names its complaints officer and contact on purpose")
  escalationProcedure?: string | null;
}

@InputType()
export class AddMirrorLearningWishInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'What I would like to learn from the relatives.' })
  @TextField({ max: MIRROR_LIMITS.learningWishMaxLength })
  @GuardedText({ pseudonym: false })
  body: string;
}

/** "Thema's: hoogstens 5": the limit in the shared words (VALIDATION_MESSAGES.tooMany), as the form's hint says it. */
const tooMany = (value: number) => ({ context: { rule: 'tooMany', value } });

@InputType()
class MirrorQuestionInput {
  @Field() @TextField({ max: MIRROR_LIMITS.questionMaxLength }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(MIRROR_LIMITS.maxThemesPerQuestion, tooMany(MIRROR_LIMITS.maxThemesPerQuestion))
  @OneOfField(THEME_IDS, { each: true })
  themeIds: string[];
}

/** The whole guide in its new order; it replaces the old one (only while the conversation is being prepared). */
@InputType()
export class SaveMirrorQuestionGuideInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field(() => [MirrorQuestionInput])
  @IsArray()
  @ArrayMaxSize(MIRROR_LIMITS.maxQuestions, tooMany(MIRROR_LIMITS.maxQuestions))
  @ValidateNested({ each: true })
  @Type(() => MirrorQuestionInput)
  questions: MirrorQuestionInput[];
}

/** Calling the conversation off; the message goes to every invited relative, by e-mail and on their page. */
@InputType()
export class CancelMirrorConversationInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field(() => String, { nullable: true, description: 'In plain words: why, and what happens now.' })
  @TextField({ max: MIRROR_LIMITS.cancelMessageMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  message?: string | null;
}
