import {
  Language,
  LANGUAGES,
  LIMITS,
  MIRROR_CONSENT_FORMS,
  MIRROR_CONSENT_SCOPES,
  MIRROR_LIMITS,
  MIRROR_PARTICIPANT_KINDS,
  MIRROR_RECORDED_CHANNELS,
  MIRROR_RELATIONS,
  MirrorConsentForm,
  MirrorConsentScope,
  MirrorParticipantKind,
  MirrorRecordedChannel,
  MirrorRelation,
} from '@kring/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { LanguageEnum } from '../../../engine/graphql/enums';
import { CalendarDateField, IdField, IntField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import {
  MirrorConsentFormEnum,
  MirrorConsentScopeEnum,
  MirrorParticipantKindEnum,
  MirrorRecordedChannelEnum,
  MirrorRelationEnum,
} from './mirror.enums';
import { BsnOnlyText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** How long the link works. */
@InputType({ isAbstract: true })
abstract class LinkFields {
  @Field(() => Int, { nullable: true, description: `Days the link works (default ${MIRROR_LIMITS.defaultLinkDays}).` })
  @IntField({ min: MIRROR_LIMITS.minLinkDays, max: MIRROR_LIMITS.maxLinkDays, optional: true })
  validDays?: number | null;
}

@InputType()
export class InviteMirrorParticipantInput extends LinkFields {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'How staff know them, e.g. "Mevrouw De Vries (dochter)"; only the moderator and planners see it.' })
  @TextField({ max: MIRROR_LIMITS.displayNameMaxLength })
  @BsnOnlyText('how staff know the relative: a name on purpose, seen only by the moderator and planners')
  displayName: string;
  @Field(() => String, { nullable: true })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @IsOptional()
  @MaxLength(LIMITS.email, rule('maxLength', LIMITS.email))
  @IsEmail({}, rule('email'))
  @UnguardedText("the relative's e-mail address, to send the invitation to")
  email?: string | null;
  @Field(() => MirrorParticipantKindEnum) @OneOfField(MIRROR_PARTICIPANT_KINDS) kind: MirrorParticipantKind;
  @Field(() => LanguageEnum, { description: 'The language of the e-mail and of the page when it first opens.' })
  @OneOfField(LANGUAGES)
  language: Language;
  @Field({ description: 'Send the link by e-mail (needs an e-mail address); otherwise copy or print it.' })
  @IsBoolean(rule('invalid'))
  sendEmail: boolean;
}

/** A new link for the same person; the old one stops working at once. */
@InputType()
export class RenewMirrorLinkInput extends LinkFields {
  @Field(() => ID) @IdField() participantId: string;
  @Field(() => Boolean, { nullable: true, description: 'Default: e-mailed whenever an address is known. false: only to copy or print.' })
  @IsOptional()
  @IsBoolean(rule('invalid'))
  sendEmail?: boolean | null;
}

/**
 * Consent the moderator records on behalf of a relative who gave it on paper,
 * by telephone or in person — so someone without a smartphone or e-mail takes
 * part too. It replaces the standing consent, exactly as the relative's own page does.
 */
@InputType()
export class RecordMirrorConsentInput {
  @Field(() => ID) @IdField() participantId: string;
  @Field(() => [MirrorConsentScopeEnum], { description: 'A scope left out is withdrawn.' })
  @IsArray(rule('invalid'))
  @ArrayMaxSize(MIRROR_CONSENT_SCOPES.length)
  @OneOfField(MIRROR_CONSENT_SCOPES, { each: true })
  consents: MirrorConsentScope[];
  @Field(() => MirrorConsentFormEnum, { description: 'The form the relative read: standard or easy-read.' })
  @OneOfField(MIRROR_CONSENT_FORMS)
  form: MirrorConsentForm;
  // Nullable in the schema, so a form sent without a choice gets its message at this field rather than a general one.
  @Field(() => MirrorRecordedChannelEnum, { nullable: true, description: 'How it was given: op papier, telefonisch, mondeling. Required.' })
  @OneOfField(MIRROR_RECORDED_CHANNELS)
  channel: MirrorRecordedChannel;
  @Field({ description: 'YYYY-MM-DD: the day it was given; not in the future.' }) @CalendarDateField() givenOn: string;
  @Field(() => MirrorRelationEnum, { nullable: true }) @IsOptional() @OneOfField(MIRROR_RELATIONS) relation?: MirrorRelation | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean(rule('invalid')) legalRepresentative?: boolean | null;
}
