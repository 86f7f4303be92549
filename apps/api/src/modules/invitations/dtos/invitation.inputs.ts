import { ORGANISATION_ROLES, Role } from '@kring/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { RoleEnum } from '../../../engine/graphql/enums';
import { EmailField, IdField, OneOfField, PasswordField, TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field() @EmailField() email: string;
  @Field(() => RoleEnum) @OneOfField(ORGANISATION_ROLES) role: Role;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) teamId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @TextField({ max: 200 }) @UnguardedText('a link token, compared with its hash; no text about anyone') token: string;
  /** Needed only when the invited e-mail has no account yet. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField({ optional: true })
  @BsnOnlyText("a person's own name as they want to be called")
  displayName?: string | null;
  @Field() @PasswordField() password: string;
}

@ObjectType()
export class InvitationPreview {
  @Field() organisationName: string;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => RoleEnum) role: Role;
  @Field() email: string;
  @Field() hasAccount: boolean;
}
