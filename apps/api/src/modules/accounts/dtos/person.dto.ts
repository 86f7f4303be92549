import { Language } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../../engine/graphql/enums';

@ObjectType('Person')
export class PersonDto {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => LanguageEnum) preferredLanguage: Language;
}
