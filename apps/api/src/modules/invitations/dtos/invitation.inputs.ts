import { ORGANISATION_ROLES, Role } from '@kring/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RoleEnum } from '../../../engine/graphql/enums';
import { EmailField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
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
  /**
   * An existing account's own password, which may be older and shorter than today's rules (compared only), or a new
   * account's, held to the rules together with its name (newAccountProblems), so both are named in one refusal.
   */
  @Field()
  @IsString()
  @MaxLength(1000)
  @UnguardedText("a password: compared with the account's hash, or checked and hashed for a new account")
  password: string;
}

@ObjectType()
export class InvitationPreview {
  @Field() organisationName: string;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => RoleEnum) role: Role;
  @Field() email: string;
  @Field() hasAccount: boolean;
}
