import { Language, LANGUAGES, ORGANISATION_KINDS, OrganisationKind, Role } from '@kring/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LanguageEnum, OrganisationKindEnum, RoleEnum } from '../../../engine/graphql/enums';
import { EmailField, OneOfField, PasswordField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText } from '../../../engine/privacy/text-guard.decorators';

@ObjectType()
export class SetupStatus {
  @Field() needsSetup: boolean;
}

@InputType()
export class SetupOrganisationInput {
  @Field() @TextField() @BsnOnlyText('the name of the organisation') organisationName: string;
  @Field(() => OrganisationKindEnum) @OneOfField(ORGANISATION_KINDS) organisationKind: OrganisationKind;
  @Field(() => String, { nullable: true }) @TextField({ optional: true }) @BsnOnlyText('the name of a learning network') networkName?:
    string | null;
  @Field() @TextField() @BsnOnlyText("a person's own name as they want to be called") adminName: string;
  @Field() @EmailField() adminEmail: string;
  @Field() @PasswordField() password: string;
  @Field(() => LanguageEnum) @OneOfField(LANGUAGES) preferredLanguage: Language;
}

/** One demo person, once, with every role they hold (a moderator who is also a care worker is one login). */
@ObjectType()
class DemoAccount {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => [RoleEnum]) roles: Role[];
  @Field({ description: 'Where those roles are: the organisation, or the learning network for a coordinator.' }) organisationName: string;
  @Field() password: string;
}

@ObjectType()
export class DemoResult {
  @Field(() => [DemoAccount]) accounts: DemoAccount[];
}
