import { Field, ObjectType } from '@nestjs/graphql';
import { MembershipDto } from '../../organisations';
import { PersonDto } from './person.dto';

@ObjectType('Viewer')
export class ViewerDto {
  @Field(() => PersonDto) person: PersonDto;
  @Field(() => [MembershipDto]) memberships: MembershipDto[];
}
