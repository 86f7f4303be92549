import { Role } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../../engine/graphql/enums';
import { PersonSummary } from '../../../engine/graphql/person-summary';
import { NamedRef } from '../../../engine/graphql/named-ref';

@ObjectType('Membership')
export class MembershipDto {
  @Field(() => ID) id: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => PersonSummary) person: PersonSummary;
  @Field(() => NamedRef, { nullable: true }) organisation: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) network: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field() createdAt: Date;
}
