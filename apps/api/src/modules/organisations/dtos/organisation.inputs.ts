import { CLIENT_GROUPS, ClientGroup, Financing, FINANCING, LIMITS, LOCATION_KINDS, LocationKind, ORGANISATION_KINDS, OrganisationKind } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ClientGroupEnum, FinancingEnum, LocationKindEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() name: string;
  @Field(() => OrganisationKindEnum) @OneOfField(ORGANISATION_KINDS) kind: OrganisationKind;
  @Field(() => [ClientGroupEnum]) @OneOfField(CLIENT_GROUPS, { each: true }) clientGroups: ClientGroup[];
  @Field(() => [FinancingEnum]) @OneOfField(FINANCING, { each: true }) financing: Financing[];
  @Field() @TextField({ max: LIMITS.longText, optional: true }) careVision: string;
  @Field() @TextField({ max: 40 }) residentTerm: string;
}

@InputType()
export class CreateLocationInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() name: string;
  @Field(() => LocationKindEnum) @OneOfField(LOCATION_KINDS) kind: LocationKind;
  @Field() @TextField({ optional: true }) place: string;
}

@InputType()
export class CreateTeamInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() name: string;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) locationId?: string | null;
}
