import {
  HARVEST_DRAFT_TARGETS,
  HARVEST_ITEM_KINDS,
  HarvestDraftTarget,
  HarvestItemKind,
  LIMITS,
  PRACTICE_STATUSES,
  PracticeStatus,
  SESSION_LIMITS,
} from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CalendarDateField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { HarvestDraftTargetEnum, HarvestItemKindEnum, PracticeStatusEnum } from './session.enums';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';
import { FlagSeenField } from '../../../engine/privacy/flag-seen';

@InputType()
export class AddHarvestItemInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => HarvestItemKindEnum) @OneOfField(HARVEST_ITEM_KINDS) kind: HarvestItemKind;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText({ pseudonym: true }) body: string;
}

@InputType()
export class UpdateHarvestItemInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() harvestItemId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText({ pseudonym: true }) body: string;
}

/** A new practice to try: what, who, and when the team looks back on it. */
@InputType({ isAbstract: true })
abstract class PracticeFields extends GuardAnswersInput {
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) what: string;
  @Field(() => String, { nullable: true, description: 'Who tries it (names or "het hele team").' })
  @TextField({ max: LIMITS.name, optional: true })
  @BsnOnlyText('who takes the practice up: a colleague or a team, named on purpose')
  who?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: today or later (checkLookBackToCome).' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
}

@InputType()
export class AddPracticeInput extends PracticeFields {
  @Field(() => ID) @IdField() sessionId: string;
}

@InputType()
export class UpdatePracticeInput extends PracticeFields {
  @Field(() => ID) @IdField() practiceId: string;
}

/** "Hoe ging het?" for a practice of an earlier session, written in this session. */
@InputType()
export class ReviewPracticeInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => ID) @IdField() practiceId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => PracticeStatusEnum, { nullable: true, description: 'A new status (moderator only).' })
  @IsOptional()
  @OneOfField(PRACTICE_STATUSES)
  status?: PracticeStatus | null;
}

/**
 * The moderator takes a gathered draft over, as edited: an insight or advice
 * (body), or a new practice (body is what; who and when to look back are needed).
 * What it becomes is the draft's own target unless the moderator chose another.
 */
@InputType()
export class AcceptHarvestDraftInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => ID) @IdField() draftId: string;
  @Field(() => HarvestDraftTargetEnum, { nullable: true, description: "What the draft becomes; without it, the draft's own target." })
  @IsOptional()
  @OneOfField(HARVEST_DRAFT_TARGETS)
  target?: HarvestDraftTarget | null;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText({ pseudonym: true }) body: string;
  @Field(() => String, { nullable: true, description: 'For a practice: who tries it.' })
  @TextField({ max: LIMITS.name, optional: true })
  @BsnOnlyText('who takes the practice up: a colleague or a team, named on purpose')
  who?: string | null;
  @Field(() => String, { nullable: true, description: 'For a practice: when we look back, YYYY-MM-DD, today or later.' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
  @FlagSeenField() flagSeen?: boolean;
}
