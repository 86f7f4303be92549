import { LENSES, LIMITS, LIVE_LIMITS, QUESTION_RULE, SESSION_LIMITS } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { DateTimeField, FlagField, IdField, IdListField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const LENS_IDS = LENSES.map((lens) => lens.id);

/** What planning and re-planning share: the question, when and where, who, and how. */
@InputType({ isAbstract: true })
abstract class SessionPlanFields extends GuardAnswersInput {
  @Field(() => String, {
    nullable: true,
    description: "The question or theme of the session. May be left empty when a case is chosen: the case's title is then the question.",
  })
  @TextField({ max: LIMITS.shortText, requiredUnless: { field: 'caseId', rule: QUESTION_RULE } })
  // A session without a case has no pseudonym to point to.
  @GuardedText({ pseudonym: { whenSet: 'caseId' } })
  question?: string | null;
  @Field({ description: 'Not in the past (a few minutes of leeway); re-planning checks it only when the start moves.' })
  @DateTimeField()
  scheduledAt: Date;
  @Field(() => Int, { nullable: true, description: "Default: the method's timeboxes added up." })
  @IntField({ min: SESSION_LIMITS.minDurationMinutes, max: SESSION_LIMITS.maxDurationMinutes, optional: true })
  durationMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'Where: a room, an address or a video link.' })
  @TextField({ max: SESSION_LIMITS.placeMaxLength, optional: true })
  @BsnOnlyText('where the session takes place: a room of the organisation')
  place?: string | null;
  @Field(() => ID, { description: 'A member with the moderator role, or a manager.' }) @IdField() moderatorId: string;
  @Field(() => [ID], { description: 'Invited members of the organisation; the moderator is added by itself.' })
  @IdListField(SESSION_LIMITS.maxParticipants)
  participantIds: string[];
  @Field(() => [String], { description: 'Lens ids (LENSES).' })
  @ArrayMaxSize(SESSION_LIMITS.maxLenses)
  @OneOfField(LENS_IDS, { each: true })
  lensIds: string[];
  @Field(() => ID, { nullable: true, description: 'The case (casus) to reflect on; the planner must be able to read it.' })
  @IdField({ optional: true })
  caseId?: string | null;
  @Field(() => Int, { nullable: true, description: `Dots per person per phase (default ${LIVE_LIMITS.defaultVoteBudget}).` })
  @IntField({ min: 1, max: LIVE_LIMITS.maxVoteBudget, optional: true })
  voteBudget?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'One shared screen: the moderator runs the session alone.' })
  @FlagField()
  oneScreen?: boolean | null;
}

@InputType()
export class PlanSessionInput extends SessionPlanFields {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { description: 'The learning group; its open practices come back at its sessions.' }) @IdField() teamId: string;
  @Field({ description: 'A shipped method or one of the organisation’s own.' })
  @TextField({ max: 100 })
  @UnguardedText('the id of a method')
  methodId: string;
  @Field(() => Int, { nullable: true, description: 'A saved version; the latest when left out.' })
  @IntField({ min: 1, max: 100_000, optional: true })
  methodVersion?: number | null;
}

/** The whole plan again (the form sends everything); the method and team stay as planned. */
@InputType()
export class UpdateSessionInput extends SessionPlanFields {
  @Field(() => ID) @IdField() sessionId: string;
}
