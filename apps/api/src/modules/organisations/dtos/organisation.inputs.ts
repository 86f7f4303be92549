import {
  CLIENT_GROUPS,
  ClientGroup,
  ESCALATION_LIMITS,
  Financing,
  FINANCING,
  LIMITS,
  LOCATION_KINDS,
  LocationKind,
  ORGANISATION_KINDS,
  ORGANISATION_LIMITS,
  OrganisationKind,
} from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ClientGroupEnum, FinancingEnum, LocationKindEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@InputType()
export class UpdateOrganisationInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @TextField() @BsnOnlyText('the name of the organisation') name: string;
  @Field(() => OrganisationKindEnum) @OneOfField(ORGANISATION_KINDS) kind: OrganisationKind;
  @Field(() => [ClientGroupEnum]) @OneOfField(CLIENT_GROUPS, { each: true }) clientGroups: ClientGroup[];
  @Field(() => [FinancingEnum]) @OneOfField(FINANCING, { each: true }) financing: Financing[];
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) careVision: string;
  @Field()
  @TextField({ max: ORGANISATION_LIMITS.residentTerm })
  @BsnOnlyText('the word the organisation uses for its residents')
  residentTerm: string;
}

/**
 * The organisation's procedure for complaints and incidents, set by its
 * administrator: one source for "who to contact" behind every escalation prompt.
 */
@InputType()
export class SetEscalationProcedureInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field()
  @TextField({ max: ESCALATION_LIMITS.officerNameMax, optional: true })
  @BsnOnlyText('the complaints officer is named on purpose, for relatives and staff to contact')
  officerName: string;
  @Field()
  @TextField({ max: ESCALATION_LIMITS.officerContactMax, optional: true })
  @BsnOnlyText("the complaints officer's phone or e-mail is shown on purpose")
  officerContact: string;
  @Field()
  @TextField({ max: ESCALATION_LIMITS.incidentRouteMax, optional: true })
  @BsnOnlyText('the route names complaints and incidents on purpose; it is about the procedure, not a resident')
  incidentRoute: string;
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
