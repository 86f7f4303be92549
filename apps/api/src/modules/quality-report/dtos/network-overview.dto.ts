import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * The year overview of a learning network for its coordinator: patterns
 * across the organisations, never per organisation and never ranked. Any
 * count of fewer than the minimum group size is null (shown as "fewer than 5").
 */
@ObjectType('SuppressedCount')
export class SuppressedCountDto {
  @Field() label: string;
  @Field(() => Int, { nullable: true, description: 'Null: fewer than the minimum group size.' }) count: number | null;
}

@ObjectType('OverviewHarvestRow')
export class OverviewHarvestRowDto {
  @Field() label: string;
  @Field(() => [Int], { nullable: 'items', description: 'One per period; null: fewer than the minimum group size.' }) counts: (
    number | null
  )[];
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
  @Field(() => Int) year: number;
  @Field() generatedAt: Date;
  @Field(() => Int) minimumGroupSize: number;
  @Field(() => Int) organisations: number;
  @Field(() => Int, { nullable: true }) sessionsHeld: number | null;
  @Field(() => [SuppressedCountDto]) sessionsByMethod: SuppressedCountDto[];
  @Field(() => [SuppressedCountDto]) participantsByRole: SuppressedCountDto[];
  @Field(() => Int, { nullable: true }) mirrorConversationsHeld: number | null;
  @Field(() => [SuppressedCountDto], { description: 'In how many approved mirror harvests each theme came up.' })
  relativesVoiceThemes: SuppressedCountDto[];
  @Field(() => [String], {
    nullable: true,
    description: 'Anonymised quotes relatives consented to share in the network; null when there are fewer than the minimum.',
  })
  networkQuotes: string[] | null;
  @Field(() => Int, { nullable: true }) visitsHeld: number | null;
  @Field(() => [OverviewHarvestTableDto]) visitHarvest: OverviewHarvestTableDto[];
  @Field(() => [SuppressedCountDto]) practicesByStatus: SuppressedCountDto[];
}
