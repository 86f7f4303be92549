import { HARVEST_FLOWS, HarvestFlow, LIMITS, lensItemIds, METHOD_LIMITS, PHASE_KINDS, PhaseBehaviour, PhaseKind } from '@kring/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IdField, OneOfField, rule, TextField } from '../../../engine/graphql/input-fields';
import { HarvestFlowEnum, PhaseKindEnum } from './method-enums';
import { LocalizedNameInput, LocalizedTextInput } from './localized-text.inputs';
import { BsnOnlyText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

/**
 * The shape checks live here; whether the phases make a usable method (ids,
 * timeboxes, texts, lens items) is validateMethod's, shared with the web
 * builder so both report the same problems in the same words.
 */
const LENS_ITEM_ID_MAX = Math.max(...lensItemIds().map((id) => id.length));

/**
 * PhaseBehaviour as the builder sends it. Whether it fits the method (worksWith
 * names earlier phases only) is validateMethod's, like the rest of the phase.
 */
@InputType()
class PhaseBehaviourInput implements PhaseBehaviour {
  @Field() @IsBoolean(rule('invalid')) privateUntilReveal: boolean;
  @Field() @IsBoolean(rule('invalid')) votesHiddenUntilClose: boolean;
  @Field() @IsBoolean(rule('invalid')) valueTagging: boolean;
  @Field(() => HarvestFlowEnum) @OneOfField(HARVEST_FLOWS) harvestFlow: HarvestFlow;
  @Field(() => [String])
  @IsString({ each: true })
  @MaxLength(METHOD_LIMITS.maxPhaseIdLength, { each: true, ...rule('maxLength', METHOD_LIMITS.maxPhaseIdLength) })
  // A phase can only work with the phases before it.
  @ArrayMaxSize(METHOD_LIMITS.maxPhases - 1, rule('tooMany', METHOD_LIMITS.maxPhases - 1))
  @UnguardedText('ids of earlier phases of the method')
  worksWith: string[];
}

@InputType()
export class MethodPhaseInput {
  @Field()
  @TextField({ max: METHOD_LIMITS.maxPhaseIdLength, optional: true })
  @UnguardedText('the id of a phase within the method')
  id: string;
  @Field(() => PhaseKindEnum) @OneOfField(PHASE_KINDS) kind: PhaseKind;
  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput) title: LocalizedNameInput;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) participantPrompt: LocalizedTextInput;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) moderatorGuidance: LocalizedTextInput;
  @Field(() => Int) @IsInt() defaultMinutes: number;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  // No phase names more lens items than the lens has, nor an id longer than every known one (the domain's rule says which ids are unknown).
  @MaxLength(LENS_ITEM_ID_MAX, { each: true, ...rule('maxLength', LENS_ITEM_ID_MAX) })
  @ArrayMaxSize(lensItemIds().length, rule('tooMany', lensItemIds().length))
  @UnguardedText('ids of lens items')
  lensItemIds?: string[] | null;
  @Field(() => PhaseBehaviourInput, {
    nullable: true,
    description: 'How the phase behaves in the live room; left out, the phase keeps the reading of its kind (phaseBehaviour).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PhaseBehaviourInput)
  behaviour?: PhaseBehaviourInput | null;
}

@InputType()
export class SaveCustomMethodInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true, description: 'The method to save a new version of; leave empty for a new method.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  methodId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the edit started from; a newer one saved meanwhile is a conflict.' })
  @IsOptional()
  @IsInt()
  baseVersion?: number | null;
  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput) name: LocalizedNameInput;
  @Field(() => LocalizedTextInput) @ValidateNested() @Type(() => LocalizedTextInput) summary: LocalizedTextInput;
  /**
   * The domain's rule (METHOD_LIMITS.maxPhases) says in words when there are too many, so one phase over it still
   * reaches that rule; this bound only keeps a request's size bounded (engine/http/body-limits.ts).
   */
  @Field(() => [MethodPhaseInput])
  @ValidateNested({ each: true })
  @Type(() => MethodPhaseInput)
  @ArrayMaxSize(METHOD_LIMITS.maxPhases + 1, rule('tooMany', METHOD_LIMITS.maxPhases + 1))
  phases: MethodPhaseInput[];
}

/** Points at a method of the organisation: shipped, or its own (checked against the organisation in the service). */
@ArgsType()
export class MethodTargetArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID) @IsString() @MaxLength(LIMITS.name) methodId: string;
}

@ArgsType()
export class MethodArgs extends MethodTargetArgs {
  @Field(() => Int, { nullable: true, description: 'A saved version; the latest when left out.' }) @IsOptional() @IsInt() version?:
    number | null;
}

@ArgsType()
export class CopyMethodArgs extends MethodTargetArgs {
  @Field({ description: "The team's own name for the copy, used in both languages until someone changes it." })
  @TextField({ max: LIMITS.name })
  @BsnOnlyText('the name of a method')
  newName: string;
}
