import { CLIENT_GROUPS, ClientGroup, Financing, FINANCING, LIMITS, LOCATION_KINDS, LocationKind, ORGANISATION_KINDS, OrganisationKind } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ClientGroupEnum, FinancingEnum, LocationKindEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { AcknowledgeField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() @BsnOnlyText('the name of the organisation') name: string;
  @Field(() => OrganisationKindEnum) @OneOfField(ORGANISATION_KINDS) kind: OrganisationKind;
  @Field(() => [ClientGroupEnum]) @OneOfField(CLIENT_GROUPS, { each: true }) clientGroups: ClientGroup[];
  @Field(() => [FinancingEnum]) @OneOfField(FINANCING, { each: true }) financing: Financing[];
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText() careVision: string;
  @Field() @TextField({ max: 40 }) @BsnOnlyText('the word the organisation uses for its residents') residentTerm: string;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
}

@InputType()
export class CreateLocationInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() @BsnOnlyText('the name of a location of the organisation') name: string;
  @Field(() => LocationKindEnum) @OneOfField(LOCATION_KINDS) kind: LocationKind;
  @Field() @TextField({ optional: true }) @BsnOnlyText('the town a location is in') place: string;
}

@InputType()
export class CreateTeamInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() @BsnOnlyText('the name of a team') name: string;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) locationId?: string | null;
}
