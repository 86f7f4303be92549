import { Field, ID, InputType } from '@nestjs/graphql';
import { EmailField, IdField, TextField } from '../../../engine/graphql/input-fields';

@InputType()
export class InviteOrganisationInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field() @EmailField() email: string;
}

@InputType()
export class AcceptNetworkInvitationInput {
  @Field() @TextField({ max: 200 }) token: string;
  @Field(() => ID) @IdField() organisationId: string;
}

@InputType()
export class RemoveNetworkOrganisationInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field(() => ID) @IdField() organisationId: string;
}
