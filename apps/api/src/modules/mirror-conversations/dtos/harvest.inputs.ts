import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';
import { FlagSeenField } from '../../../engine/privacy/flag-seen';

@InputType()
export class SetMirrorQuoteInput {
  @Field(() => ID) @IdField() statementId: string;
  @Field({ description: 'Include the statement in the harvest as an anonymous quote, or take it out.' })
  @IsBoolean({ context: { rule: 'invalid' } })
  inHarvest: boolean;
  @FlagSeenField() flagSeen?: boolean;
}

@InputType()
export class SaveMirrorHarvestThemeInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field() @OneOfField(HARVEST_THEMES.map((theme) => theme.id)) themeId: string;
  @Field({ description: 'What we heard about this theme; empty removes it from the harvest.' })
  @TextField({ max: MIRROR_LIMITS.harvestSummaryMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  summary: string;
}
