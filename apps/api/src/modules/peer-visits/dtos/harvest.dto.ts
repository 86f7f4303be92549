import { CheckinTopicId, HarvestDimension } from '@kring/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { OwnOrganisationsLeftOut } from '../../../engine/privacy/network-others';
import { SuppressedNumber, SuppressedParts, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import { CheckinTopicEnum, HarvestDimensionEnum } from './peer-visit.enums';

@ObjectType('HarvestRow')
class HarvestRowDto {
  @Field() itemId: string;
  @SuppressedNumber({ list: true, description: 'Per period.', standalone: 'no total per quarter or per row is shown beside them' })
  counts: (number | null)[];
}

@ObjectType('HarvestTable')
class HarvestTableDto {
  @Field(() => HarvestDimensionEnum) dimension: HarvestDimension;
  @Field(() => [String]) periods: string[];
  @UnsuppressedNumber('a number of quarters, not of people or homes', {
    description: 'Quarters with shared beelden from fewer than five visits, left out (one column would point at one home).',
  })
  periodsLeftOut: number;
  @SuppressedParts(() => [HarvestRowDto], {
    standalone: 'rows in a fixed order per quarter, with no total row or column beside them',
  })
  rows: HarvestRowDto[];
}

@ObjectType('HarvestText')
class HarvestTextDto {
  @Field(() => String, {
    nullable: true,
    description: 'The quarter; null when its quarter had fewer than five shared visits (harvestPeriods).',
  })
  period: string | null;
  @Field() text: string;
}

@ObjectType('CheckinHarvest')
class CheckinHarvestDto {
  @Field(() => CheckinTopicEnum) topic: CheckinTopicId;
  @Field(() => [String], { nullable: true, description: 'Null when they come from fewer visits than the minimum group size.' }) texts:
    string[] | null;
}

/** The coordinator's network harvest: patterns across shared visits, never per organisation. */
@ObjectType('NetworkHarvest')
export class NetworkHarvestDto {
  @SuppressedNumber({
    description: 'Visits whose host shared the mirror report with the network; when fewer, nothing else is shown either.',
  })
  sharedVisits: number | null;
  @UnsuppressedNumber('the rule’s own threshold (5), the same for everyone') minimumGroupSize: number;
  @OwnOrganisationsLeftOut() ownOrganisationsLeftOut: string[];
  @Field(() => [HarvestTableDto]) tables: HarvestTableDto[];
  @Field(() => [HarvestTextDto], {
    nullable: true,
    description:
      'Rules that get in the way (regelknelpunten), anonymised; null when they come from fewer reports than the minimum group size.',
  })
  ruleObstacles: HarvestTextDto[] | null;
  @Field(() => [CheckinHarvestDto]) checkins: CheckinHarvestDto[];
}
