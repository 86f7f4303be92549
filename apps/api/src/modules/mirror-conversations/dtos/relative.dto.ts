import { Language, MirrorConsentForm, MirrorConsentScope, MirrorParticipantKind, MirrorRelation, MirrorStatus } from '@kring/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../../engine/graphql/enums';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import {
  MirrorConsentFormEnum,
  MirrorConsentScopeEnum,
  MirrorParticipantKindEnum,
  MirrorRelationEnum,
  MirrorStatusEnum,
} from './mirror.enums';

@ObjectType('RelativeThemeAnswer')
class RelativeThemeAnswerDto {
  @Field() themeId: string;
  @Field() important: string;
  @Field() experienced: string;
}

/** The letter back as the participants read it: no names, quotes only where their speakers consented. */
@ObjectType('RelativeLetter')
class RelativeLetterDto {
  @Field() heard: string;
  @Field() willDo: string;
  @Field(() => [String]) quotes: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) lookBackOn: string | null;
  @Field() sentAt: Date;
}

/**
 * Everything one personal link opens, and nothing more: the conversation it
 * is for and this person's own choices and input. No other participant, no
 * staff names, no ids.
 */
@ObjectType('RelativeInvitation')
export class RelativeInvitationDto {
  @Field() organisationName: string;
  @Field({
    description:
      'The organisation\'s own word for the people it cares for ("bewoner", "deelnemer"): the page asks a relative how they are related to one.',
  })
  residentTerm: string;
  @UnsuppressedNumber("the organisation's retention period in days, for the page's sentence on when what the relative wrote is deleted")
  retentionDays: number;
  @Field() theme: string;
  @Field() scheduledAt: Date;
  @UnsuppressedNumber('a duration in minutes') durationMinutes: number;
  @Field() place: string;
  @Field(() => MirrorStatusEnum, {
    description: 'Whether the conversation is still ahead; input beforehand can be changed only before it starts.',
  })
  status: MirrorStatus;
  @Field({ description: 'When cancelled: what the moderator told the relatives.' }) cancelMessage: string;
  @Field(() => Date, { nullable: true, description: 'The date before it was moved, so the page can say it moved.' })
  rescheduledFrom: Date | null;
  @Field(() => MirrorParticipantKindEnum, { description: 'resident: the page opens in easy-read.' }) kind: MirrorParticipantKind;
  @Field(() => LanguageEnum) language: Language;
  @Field() expiresAt: Date;
  @Field(() => [MirrorConsentScopeEnum]) consents: MirrorConsentScope[];
  @Field(() => MirrorConsentFormEnum, { nullable: true, description: 'The form the standing consent was given on.' })
  consentForm: MirrorConsentForm | null;
  @Field(() => MirrorRelationEnum, { nullable: true }) relation: MirrorRelation | null;
  @Field(() => Boolean, { nullable: true }) legalRepresentative: boolean | null;
  @Field() freeText: string;
  @Field(() => [RelativeThemeAnswerDto]) themeAnswers: RelativeThemeAnswerDto[];
  @Field(() => [String], {
    description: 'The harvest themes to ask about beforehand: those of the question guide, or all when it names none.',
  })
  askedThemeIds: string[];
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
  @Field(() => RelativeLetterDto, { nullable: true, description: 'Once it has been sent.' }) letter: RelativeLetterDto | null;
}
