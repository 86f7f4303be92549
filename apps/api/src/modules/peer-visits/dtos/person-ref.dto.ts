import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Someone by name only, as colleagues in another organisation see them. */
@ObjectType()
export class PersonRef {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}
