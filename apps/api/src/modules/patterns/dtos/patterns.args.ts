import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IdField, IntField } from '../../../engine/graphql/input-fields';

const PATTERN_QUARTERS = { default: 8, min: 2, max: 12 } as const;

@ArgsType()
abstract class QuarterCountArgs {
  @Field(() => Int, { defaultValue: PATTERN_QUARTERS.default, description: 'Quarters up to and including the current one.' })
  @IntField({ min: PATTERN_QUARTERS.min, max: PATTERN_QUARTERS.max })
  quarterCount: number;
}

@ArgsType()
export class ValuePatternsArgs extends QuarterCountArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID, { nullable: true, description: 'One team; left out, the whole organisation.' }) @IdField({ optional: true }) teamId?:
    string | null;
}

@ArgsType()
export class NetworkValuePatternsArgs extends QuarterCountArgs {
  @Field(() => ID) @IdField() networkId: string;
}
