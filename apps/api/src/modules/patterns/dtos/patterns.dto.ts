import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const PATTERN_LEVELS = ['team', 'organisation', 'network'] as const;
export type PatternLevel = (typeof PATTERN_LEVELS)[number];
export const PatternLevelEnum = enumOf(PATTERN_LEVELS);
registerEnumType(PatternLevelEnum, { name: 'PatternLevel' });

@ObjectType('PatternQuarter')
export class PatternQuarterDto {
  @Field({ description: 'e.g. "2026-Q1".' }) quarter: string;
  @Field({ description: 'Too few organisations tagged in this quarter to show it without pointing at one (network only).' })
  suppressed: boolean;
}

@ObjectType('DirectionCounts', {
  description: 'How often a value was tagged in each direction; null when fewer than five (suppressed). Never added up.',
})
export class DirectionCountsDto {
  @Field(() => Int, { nullable: true }) visibleStrength: number | null;
  @Field(() => Int, { nullable: true }) underPressure: number | null;
  @Field(() => Int, { nullable: true }) openQuestion: number | null;
}

@ObjectType('ValueHeatRow')
export class ValueHeatRowDto {
  @Field() valueId: string;
  @Field(() => [DirectionCountsDto], { description: 'One per quarter, in the order of `quarters`.' }) cells: DirectionCountsDto[];
}

@ObjectType('VulnerabilityPattern')
export class VulnerabilityPatternDto {
  @Field() vulnerabilityId: string;
  @Field(() => [String]) quarters: string[];
  @Field(() => Int, { nullable: true }) count: number | null;
  @Field() recurring: boolean;
}

@ObjectType('RuleQuarter')
export class RuleQuarterDto {
  @Field() quarter: string;
  @Field(() => Int, { nullable: true, description: 'New practices that add a rule; null when fewer than five.' }) addsRule: number | null;
  @Field(() => Int, { nullable: true, description: 'New practices that drop a rule; null when fewer than five.' }) dropsRule: number | null;
}

@ObjectType('InternalSystemsSignal', {
  description: 'Whether "new internal systems" creep in, read from the practices agreed and the team’s own tags.',
})
export class InternalSystemsSignalDto {
  @Field(() => [RuleQuarterDto]) quarters: RuleQuarterDto[];
  @Field() rulesKeepGrowing: boolean;
  @Field() riskTagged: boolean;
  @Field() raised: boolean;
}

@ObjectType('ValuePatterns', { description: 'Patterns over time, never a score: no totals and no ranking of organisations.' })
export class ValuePatternsDto {
  @Field(() => PatternLevelEnum) level: PatternLevel;
  @Field(() => [PatternQuarterDto]) quarters: PatternQuarterDto[];
  @Field(() => [ValueHeatRowDto]) rows: ValueHeatRowDto[];
  @Field(() => [VulnerabilityPatternDto]) vulnerabilities: VulnerabilityPatternDto[];
  @Field(() => InternalSystemsSignalDto) internalSystems: InternalSystemsSignalDto;
  @Field(() => Int, { description: 'Counts below this are not shown.' }) minGroupSize: number;
}
