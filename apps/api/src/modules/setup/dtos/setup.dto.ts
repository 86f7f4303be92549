import { Language, LANGUAGES, ORGANISATION_KINDS, OrganisationKind, Role } from '@kring/domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LanguageEnum, OrganisationKindEnum, RoleEnum } from '../../../engine/graphql/enums';
import { EmailField, OneOfField, PasswordField, TextField } from '../../../engine/graphql/input-fields';

@ObjectType()
export class SetupStatus {
  @Field() needsSetup: boolean;
}

@InputType()
export class SetupOrganisationInput {
  @Field() @TextField() organisationName: string;
  @Field(() => OrganisationKindEnum) @OneOfField(ORGANISATION_KINDS) organisationKind: OrganisationKind;
  @Field(() => String, { nullable: true }) @TextField({ optional: true }) networkName?: string | null;
  @Field() @TextField() adminName: string;
  @Field() @EmailField() adminEmail: string;
  @Field() @PasswordField() password: string;
  @Field(() => LanguageEnum) @OneOfField(LANGUAGES) preferredLanguage: Language;
}

@ObjectType()
export class DemoAccount {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field() organisationName: string;
  @Field() password: string;
}

@ObjectType()
export class DemoResult {
  @Field(() => [DemoAccount]) accounts: DemoAccount[];
}
