import { PEER_VISIT_LIMITS } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IdField, IdListField, IntField } from '../../../engine/graphql/input-fields';

@InputType()
export class StartMatchingRoundInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field(() => [ID], { description: 'Member organisations taking part in this round.' }) @IdListField(500) organisationIds: string[];
  @Field(() => Int) @IntField({ min: 1, max: PEER_VISIT_LIMITS.maxMonthsWithoutRepeat }) monthsWithoutRepeat: number;
}

@InputType()
export class RespondToProposalInput {
  @Field(() => ID) @IdField() proposalId: string;
  @Field(() => ID, { description: 'The answering organisation: one of the viewer’s own in the proposal.' })
  @IdField()
  organisationId: string;
  @Field() @IsBoolean({ context: { rule: 'invalid' } }) accept: boolean;
}
