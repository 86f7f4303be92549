import { HARVEST_ITEM_KINDS, HarvestItemKind, LIMITS, PRACTICE_STATUSES, PracticeStatus, SESSION_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  AcknowledgeField,
  CalendarDateField,
  IdField,
  OneOfField,
  TextField,
  KeepFlaggedField,
  PromptIdField,
} from '../../../engine/graphql/input-fields';
import { HarvestItemKindEnum, PracticeStatusEnum } from './session.enums';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class AddHarvestItemInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => HarvestItemKindEnum) @OneOfField(HARVEST_ITEM_KINDS) kind: HarvestItemKind;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText() body: string;
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
export class UpdateHarvestItemInput {
  @Field(() => ID) @IdField() harvestItemId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText() body: string;
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

/** A new practice to try: what, who, and when the team looks back on it. */
@InputType({ isAbstract: true })
abstract class PracticeFields {
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText() what: string;
  @Field(() => String, { nullable: true, description: 'Who tries it (names or "het hele team").' })
  @TextField({ max: LIMITS.name, optional: true })
  @BsnOnlyText('who takes the practice up: a colleague or a team, named on purpose')
  who?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @CalendarDateField({ optional: true }) lookBackOn?: string | null;
}

@InputType()
export class AddPracticeInput extends PracticeFields {
  @Field(() => ID) @IdField() sessionId: string;
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
export class UpdatePracticeInput extends PracticeFields {
  @Field(() => ID) @IdField() practiceId: string;
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

/** "Hoe ging het?" for a practice of an earlier session, written in this session. */
@InputType()
export class ReviewPracticeInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => ID) @IdField() practiceId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText() body: string;
  @Field(() => PracticeStatusEnum, { nullable: true, description: 'A new status (moderator only).' })
  @IsOptional()
  @OneOfField(PRACTICE_STATUSES)
  status?: PracticeStatus | null;
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

/**
 * The moderator takes a gathered draft over, as edited: an insight or advice
 * (body), or a new practice (body is what; who and when to look back are needed).
 */
@InputType()
export class AcceptHarvestDraftInput {
  @Field(() => ID) @IdField() sessionId: string;
  @Field(() => ID) @IdField() draftId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText() body: string;
  @Field(() => String, { nullable: true, description: 'For a practice: who tries it.' })
  @TextField({ max: LIMITS.name, optional: true })
  @BsnOnlyText('who takes the practice up: a colleague or a team, named on purpose')
  who?: string | null;
  @Field(() => String, { nullable: true, description: 'For a practice: when we look back, YYYY-MM-DD.' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
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
