import { ORGANISATION_ROLES, Role } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { RoleEnum } from '../../../engine/graphql/enums';
import { IdField, OneOfField } from '../../../engine/graphql/input-fields';

/** A member's role and team, changed in place (the person keeps their account, history and sessions). */
@InputType()
export class ChangeMembershipInput {
  @Field(() => ID) @IdField() membershipId: string;
  @Field(() => RoleEnum) @OneOfField(ORGANISATION_ROLES) role: Role;
  /** No team: the member works across the organisation's teams. */
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) teamId?: string | null;
}
