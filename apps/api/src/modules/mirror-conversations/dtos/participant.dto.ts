import { Language, MirrorConsentChannel, MirrorConsentScope, MirrorParticipantKind, MirrorRelation } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../../engine/graphql/enums';
import {
  MirrorConsentChannelEnum,
  MirrorConsentScopeEnum,
  MirrorLinkStatus,
  MirrorLinkStatusEnum,
  MirrorParticipantKindEnum,
  MirrorRelationEnum,
} from './mirror.enums';

/** An invited relative or resident as the moderator and planners see them. */
@ObjectType('MirrorParticipant')
export class MirrorParticipantDto {
  @Field(() => ID) id: string;
  @Field({ description: 'How staff know them; never shown in a harvest or letter.' }) displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => MirrorParticipantKindEnum) kind: MirrorParticipantKind;
  @Field(() => LanguageEnum) language: Language;
  @Field({ description: 'How the moderator attributes what they say ("Naaste A").' }) pseudonym: string;
  @Field(() => MirrorLinkStatusEnum) linkStatus: MirrorLinkStatus;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) linkSentAt: Date | null;
  @Field(() => MirrorRelationEnum, { nullable: true }) relation: MirrorRelation | null;
  @Field(() => Boolean, { nullable: true }) legalRepresentative: boolean | null;
  @Field(() => [MirrorConsentScopeEnum], { description: 'Consent as it stands now.' }) consents: MirrorConsentScope[];
  @Field(() => Date, { nullable: true, description: 'When they last saved their page.' }) respondedAt: Date | null;
  @Field(() => MirrorConsentChannelEnum, { nullable: true, description: 'How the standing consent was given (the latest grant).' })
  consentChannel: MirrorConsentChannel | null;
  @Field(() => Date, { nullable: true, description: 'When the standing consent was given (the latest grant).' })
  consentGivenAt: Date | null;
}

/** A fresh personal link: shown once (only its hash is kept), to copy, print with a QR code or send. */
@ObjectType('MirrorLink')
export class MirrorLinkDto {
  @Field(() => MirrorParticipantDto) participant: MirrorParticipantDto;
  @Field() link: string;
}
