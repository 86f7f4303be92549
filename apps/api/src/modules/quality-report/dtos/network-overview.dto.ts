import { Field, ObjectType } from '@nestjs/graphql';
import { SuppressedNumber, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/**
 * The year overview of a learning network for its coordinator: patterns
 * across the organisations, never per organisation and never ranked. Any
 * count of fewer than the minimum group size is null (shown as "fewer than 5").
 */
@ObjectType('SuppressedCount')
export class SuppressedCountDto {
  @Field() label: string;
  @SuppressedNumber() count: number | null;
}

@ObjectType('OverviewHarvestRow')
class OverviewHarvestRowDto {
  @Field() label: string;
  @SuppressedNumber({ list: true, description: 'One per period.' }) counts: (number | null)[];
}

@ObjectType('OverviewHarvestTable', {
  description: 'Observations from visits shared with the network, per quarter; rows in a fixed order.',
})
export class OverviewHarvestTableDto {
  @Field() title: string;
  @Field(() => [String]) periods: string[];
  @Field(() => [OverviewHarvestRowDto]) rows: OverviewHarvestRowDto[];
}

@ObjectType('NetworkYearOverview')
export class NetworkYearOverviewDto {
  @Field() networkName: string;
  @UnsuppressedNumber('a calendar year') year: number;
  @Field() generatedAt: Date;
  @UnsuppressedNumber('the rule’s own threshold (5), the same for everyone') minimumGroupSize: number;
  @UnsuppressedNumber('the member organisations of the network, which its coordinator sees listed by name')
  organisations: number;
  @SuppressedNumber() sessionsHeld: number | null;
  @Field(() => [SuppressedCountDto]) sessionsByMethod: SuppressedCountDto[];
  @Field(() => [SuppressedCountDto]) participantsByRole: SuppressedCountDto[];
  @SuppressedNumber() mirrorConversationsHeld: number | null;
  @Field(() => [SuppressedCountDto], { description: 'In how many approved mirror harvests each theme came up.' })
  relativesVoiceThemes: SuppressedCountDto[];
  @Field(() => [String], {
    nullable: true,
    description: 'Anonymised quotes relatives consented to share in the network; null when there are fewer than the minimum.',
  })
  networkQuotes: string[] | null;
  @SuppressedNumber() visitsHeld: number | null;
  @Field(() => [OverviewHarvestTableDto]) visitHarvest: OverviewHarvestTableDto[];
  @Field(() => [SuppressedCountDto]) practicesByStatus: SuppressedCountDto[];
}
