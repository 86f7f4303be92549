import { Field, ObjectType } from '@nestjs/graphql';
import { OwnOrganisationsLeftOut } from '../../../engine/privacy/network-others';
import { HiddenNumber, SuppressedNumber, SuppressedParts, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/**
 * The year overview of a learning network for its coordinator: patterns
 * across the organisations, never per organisation and never ranked. Any
 * count of fewer than the minimum group size is null (shown as "fewer than 5").
 */
@ObjectType('SuppressedCount')
export class SuppressedCountDto {
  @Field() label: string;
  @SuppressedNumber({ grouped: true }) count: number | null;
  /** Declared by `grouped` above (GraphQL and exports fill it); typed here for the exports that read it. */
  declare countHidden?: HiddenNumber | null;
}

@ObjectType('OverviewHarvestRow')
class OverviewHarvestRowDto {
  @Field() label: string;
  @SuppressedNumber({ list: true, description: 'One per period.', standalone: 'no total per quarter or per row is shown beside them' })
  counts: (number | null)[];
}

@ObjectType('OverviewHarvestTable', {
  description: 'Observations from visits shared with the network, per quarter; rows in a fixed order.',
})
export class OverviewHarvestTableDto {
  @Field() title: string;
  @Field(() => [String]) periods: string[];
  @UnsuppressedNumber('a number of quarters, not of people or homes', {
    description: 'Quarters with shared beelden from fewer than five visits, left out (one column would point at one home).',
  })
  periodsLeftOut: number;
  @SuppressedParts(() => [OverviewHarvestRowDto], {
    standalone: 'rows in a fixed order per quarter, with no total row or column beside them',
  })
  rows: OverviewHarvestRowDto[];
}

@ObjectType('NetworkYearOverview')
export class NetworkYearOverviewDto {
  @Field() networkName: string;
  @UnsuppressedNumber('a calendar year') year: number;
  @UnsuppressedNumber(
    'a calendar year of the counted organisations together: that they showed something in a year, `organisations` of that year tells already',
    {
      nullable: true,
      description:
        'The first year in which the counted organisations (without the reader’s own) have something the overview tells; null for nothing yet. The years to offer: reportYears(firstYear, current year) in @kring/domain.',
    },
  )
  firstYear: number | null;
  @Field() generatedAt: Date;
  @UnsuppressedNumber('the rule’s own threshold (5), the same for everyone') minimumGroupSize: number;
  /**
   * The organisations counted that showed something in the year. With one to four (tooFewOrganisations, the network
   * rule) the overview holds no figures: every count below is null and every list empty.
   */
  @UnsuppressedNumber(
    'organisations (the members that showed something in the year), not people; their coordinator sees the members listed by name',
  )
  organisations: number;
  @OwnOrganisationsLeftOut() ownOrganisationsLeftOut: string[];
  @SuppressedNumber({ grouped: true, description: 'The sum of sessionsByMethod.' }) sessionsHeld: number | null;
  /** Declared by `grouped` above. */
  declare sessionsHeldHidden?: HiddenNumber | null;
  @SuppressedParts(() => [SuppressedCountDto], { total: 'sessionsHeld', number: 'count' }) sessionsByMethod: SuppressedCountDto[];
  @SuppressedParts(() => [SuppressedCountDto], {
    standalone: 'no total of people is shown, and someone with a role in two organisations counts under each',
  })
  participantsByRole: SuppressedCountDto[];
  @SuppressedNumber() mirrorConversationsHeld: number | null;
  @SuppressedParts(
    () => [SuppressedCountDto],
    { standalone: 'a harvest counts under every theme it raised, so the themes add up to no number shown' },
    { description: 'In how many approved mirror harvests each theme came up.' },
  )
  relativesVoiceThemes: SuppressedCountDto[];
  @Field(() => [String], {
    nullable: true,
    description: 'Anonymised quotes relatives consented to share in the network; null when there are fewer than the minimum.',
  })
  networkQuotes: string[] | null;
  @SuppressedNumber() visitsHeld: number | null;
  @Field(() => [OverviewHarvestTableDto]) visitHarvest: OverviewHarvestTableDto[];
  @SuppressedParts(() => [SuppressedCountDto], { standalone: 'no total of new practices is shown in the overview' })
  practicesByStatus: SuppressedCountDto[];
}
