import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { AcknowledgeField, IdField, OneOfField, TextField, KeepFlaggedField, PromptIdField } from '../../../engine/graphql/input-fields';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class SetMirrorQuoteInput {
  @Field(() => ID) @IdField() statementId: string;
  @Field({ description: 'Include the statement in the harvest as an anonymous quote, or take it out.' })
  @IsBoolean({ context: { rule: 'invalid' } })
  inHarvest: boolean;
  @Field({
    defaultValue: false,
    description:
      'The moderator saw that the statement is flagged (kept knowingly as a possible complaint or incident) and quotes it anyway.',
  })
  @IsBoolean({ context: { rule: 'invalid' } })
  flagSeen?: boolean;
}

@InputType()
export class SaveMirrorHarvestThemeInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field() @OneOfField(HARVEST_THEMES.map((theme) => theme.id)) themeId: string;
  @Field({ description: 'What we heard about this theme; empty removes it from the harvest.' })
  @TextField({ max: MIRROR_LIMITS.harvestSummaryMaxLength, optional: true })
  @GuardedText()
  summary: string;
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
