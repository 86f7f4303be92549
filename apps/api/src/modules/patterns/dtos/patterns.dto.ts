import { PATTERN_LEVELS, PatternLevel } from '@kring/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';
import { OwnOrganisationsLeftOut } from '../../../engine/privacy/network-others';
import { SuppressedNumber, SuppressedParts, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

const PatternLevelEnum = enumOf(PATTERN_LEVELS);
registerEnumType(PatternLevelEnum, { name: 'PatternLevel' });

@ObjectType('PatternQuarter')
class PatternQuarterDto {
  @Field({ description: 'e.g. "2026-Q1".' }) quarter: string;
  @Field({ description: 'Too few organisations tagged in this quarter to show it without pointing at one (network only).' })
  suppressed: boolean;
}

@ObjectType('DirectionCounts', {
  description: 'How often a value was tagged in each direction; null when fewer than five (suppressed). Never added up.',
})
class DirectionCountsDto {
  @SuppressedNumber() visibleStrength: number | null;
  @SuppressedNumber() underPressure: number | null;
  @SuppressedNumber() openQuestion: number | null;
}

@ObjectType('ValueHeatRow')
class ValueHeatRowDto {
  @Field() valueId: string;
  @SuppressedParts(
    () => [DirectionCountsDto],
    { standalone: 'patterns are never added up: no total per value, direction or quarter is shown' },
    { description: 'One per quarter, in the order of `quarters`.' },
  )
  cells: DirectionCountsDto[];
}

@ObjectType('VulnerabilityPattern')
class VulnerabilityPatternDto {
  @Field() vulnerabilityId: string;
  @Field(() => [String]) quarters: string[];
  @SuppressedNumber({ description: 'Times it was tagged.' }) count: number | null;
  @Field() recurring: boolean;
}

@ObjectType('RuleQuarter')
class RuleQuarterDto {
  @Field() quarter: string;
  @SuppressedNumber({ description: 'New practices that add a rule.' }) addsRule: number | null;
  @SuppressedNumber({ description: 'New practices that drop a rule.' }) dropsRule: number | null;
}

@ObjectType('InternalSystemsSignal', {
  description: 'Whether "new internal systems" creep in, read from the practices agreed and the team’s own tags.',
})
class InternalSystemsSignalDto {
  @SuppressedParts(() => [RuleQuarterDto], { standalone: 'no total of practices per quarter or year is shown beside them' })
  quarters: RuleQuarterDto[];
  @Field() rulesKeepGrowing: boolean;
  @Field() riskTagged: boolean;
  @Field() raised: boolean;
}

@ObjectType('ValuePatterns', { description: 'Patterns over time, never a score: no totals and no ranking of organisations.' })
export class ValuePatternsDto {
  @Field(() => PatternLevelEnum) level: PatternLevel;
  @Field(() => [PatternQuarterDto]) quarters: PatternQuarterDto[];
  @Field(() => [ValueHeatRowDto]) rows: ValueHeatRowDto[];
  @SuppressedParts(() => [VulnerabilityPatternDto], { standalone: 'no total of tags is shown: a pattern, never a score' })
  vulnerabilities: VulnerabilityPatternDto[];
  @Field(() => InternalSystemsSignalDto) internalSystems: InternalSystemsSignalDto;
  @UnsuppressedNumber('the rule’s own threshold (5), the same for everyone', { description: 'Counts below this are not shown.' })
  minGroupSize: number;
  /** At the network level: the reader's own organisations, left out; empty for a team or organisation. */
  @OwnOrganisationsLeftOut() ownOrganisationsLeftOut: string[];
}
