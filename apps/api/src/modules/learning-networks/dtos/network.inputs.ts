import { Field, ID, InputType } from '@nestjs/graphql';
import { EmailField, IdField, TextField } from '../../../engine/graphql/input-fields';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class InviteOrganisationInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field() @EmailField() email: string;
}

@InputType()
export class AcceptNetworkInvitationInput {
  @Field() @TextField({ max: 200 }) @UnguardedText('a link token, compared with its hash; no text about anyone') token: string;
  @Field(() => ID) @IdField() organisationId: string;
}

@InputType()
export class RemoveNetworkOrganisationInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field(() => ID) @IdField() organisationId: string;
}
