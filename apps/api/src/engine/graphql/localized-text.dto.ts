import { Field, ObjectType } from '@nestjs/graphql';

/**
 * Text in every interface language. Methods are shown and edited in both
 * (a moderator's method must read well to an English-speaking colleague too),
 * so the API hands out both rather than only the viewer's.
 */
@ObjectType('LocalizedText')
export class LocalizedTextDto {
  @Field() nl: string;
  @Field() en: string;
}
