import { Language, LANGUAGES, MIRROR_LIMITS, MIRROR_PARTICIPANT_KINDS, MirrorParticipantKind } from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { LanguageEnum } from '../../../engine/graphql/enums';
import { IdField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { MirrorParticipantKindEnum } from './mirror.enums';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** How long the link works, and whether Kring e-mails it (otherwise: copy or print it). */
@InputType({ isAbstract: true })
abstract class LinkFields {
  @Field(() => Int, { nullable: true, description: `Days the link works (default ${MIRROR_LIMITS.defaultLinkDays}).` })
  @IntField({ min: MIRROR_LIMITS.minLinkDays, max: MIRROR_LIMITS.maxLinkDays, optional: true })
  validDays?: number | null;
  @Field({ description: 'Send the link by e-mail (needs an e-mail address).' }) @IsBoolean(rule('invalid')) sendEmail: boolean;
}

@InputType()
export class InviteMirrorParticipantInput extends LinkFields {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'How staff know them, e.g. "Mevrouw De Vries (dochter)"; only the moderator and planners see it.' })
  @TextField({ max: MIRROR_LIMITS.displayNameMaxLength })
  displayName: string;
  @Field(() => String, { nullable: true })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @IsOptional()
  @MaxLength(254, rule('maxLength', 254))
  @IsEmail({}, rule('email'))
  email?: string | null;
  @Field(() => MirrorParticipantKindEnum) @OneOfField(MIRROR_PARTICIPANT_KINDS) kind: MirrorParticipantKind;
  @Field(() => LanguageEnum, { description: 'The language of the e-mail and of the page when it first opens.' }) @OneOfField(LANGUAGES) language: Language;
}

/** A new link for the same person; the old one stops working at once. */
@InputType()
export class RenewMirrorLinkInput extends LinkFields {
  @Field(() => ID) @IdField() participantId: string;
}
