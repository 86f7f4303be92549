import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * How colleagues see a person: no settings. Shared by the features that list people (memberships, a
 * conversation's listeners), so none of them imports another for it: accounts and organisations used to
 * import each other through this type, and whichever loaded first met the other's classes undefined.
 */
@ObjectType()
export class PersonSummary {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
}
