import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A reference to another thing by id and name, enough to show and link it. */
@ObjectType()
export class NamedRef {
  @Field(() => ID) id: string;
  @Field() name: string;
}

export function namedRef(id: string | null, name: string | null): NamedRef | null {
  return id && name !== null ? { id, name } : null;
}
