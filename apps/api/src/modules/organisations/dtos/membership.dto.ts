import { Role } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../../engine/graphql/enums';
import { PersonSummary } from '../../../engine/graphql/person-summary';
import { NamedRef } from '../../../engine/graphql/named-ref';

/** The organisation of a membership: enough to show and link it, and the word its screens use for its people. */
@ObjectType('MembershipOrganisation')
export class MembershipOrganisationDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({
    description:
      'The organisation\'s own word for the people it cares for ("bewoner", "deelnemer"): the screens\' sentences about them use it, without a query of their own.',
  })
  residentTerm: string;
}

@ObjectType('Membership')
export class MembershipDto {
  @Field(() => ID) id: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => PersonSummary) person: PersonSummary;
  @Field(() => MembershipOrganisationDto, { nullable: true }) organisation: MembershipOrganisationDto | null;
  @Field(() => NamedRef, { nullable: true }) network: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field() createdAt: Date;
}
