import { Language, LANGUAGES } from '@kring/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../engine/graphql/enums';
import { EmailField, OneOfField, PasswordField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class LoginInput {
  @Field() @EmailField() email: string;
  /** Not held to the new-password rules: an old, shorter password must still get a clear "wrong password". */
  @Field() @IsString() @MaxLength(1000) @UnguardedText('a password: only compared with its hash') password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @TextField({ max: 200 }) @UnguardedText('a link token, compared with its hash; no text about anyone') token: string;
  @Field() @PasswordField() password: string;
}

@InputType()
export class ChangePasswordInput {
  /** As at login: an older, shorter password must still be recognised. */
  @Field() @IsString() @MaxLength(1000) @UnguardedText('a password: only compared with its hash') currentPassword: string;
  @Field() @PasswordField() newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field() @TextField() @BsnOnlyText("a person's own name as they want to be called") displayName: string;
  @Field(() => LanguageEnum) @OneOfField(LANGUAGES) preferredLanguage: Language;
}
