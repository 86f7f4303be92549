import { MirrorStatus, QuoteAudience } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SuppressedNumber, SuppressedParts, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import { MirrorStatusEnum } from './mirror.enums';

/** An anonymised quote: no name, no pseudonym. Shown only while its speaker's consent allows it for this audience. */
@ObjectType('MirrorQuote')
export class MirrorQuoteDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => [String]) themeIds: string[];
}

@ObjectType('MirrorPhraseCount')
class MirrorPhraseCountDto {
  @Field({ description: 'The phrase as most people wrote it.' }) phrase: string;
  @SuppressedNumber({ description: 'People who find it important.' }) important: number | null;
  @SuppressedNumber({ description: 'People who experience it.' }) experienced: number | null;
}

/** Wat vind ik belangrijk next to wat ervaar ik, per phrase; hidden when fewer than 5 people answered. */
@ObjectType('MirrorThemeMirror')
class MirrorThemeMirrorDto {
  @SuppressedNumber({
    description:
      'Relatives who answered this theme beforehand. While shown, null means hidden: a count beside it would give away how few did not name a phrase.',
  })
  respondents: number | null;
  @Field() shown: boolean;
  @SuppressedParts(
    () => [MirrorPhraseCountDto],
    {
      standalone:
        'one person names several phrases and only the ten most used are listed, so they add up to no number shown; each count beside the respondents is checked by harvestThemes',
    },
    { description: 'The widest gap between the two sides first.' },
  )
  phrases: MirrorPhraseCountDto[];
}

@ObjectType('MirrorHarvestTheme')
export class MirrorHarvestThemeDto {
  @Field() themeId: string;
  @Field({ description: 'What we heard, in the moderator’s words.' }) summary: string;
  @Field(() => MirrorThemeMirrorDto) mirror: MirrorThemeMirrorDto;
}

/** A captured statement the moderator can choose as a quote (moderator only, before approval). */
@ObjectType('MirrorQuoteCandidate')
export class MirrorQuoteCandidateDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => [String]) themeIds: string[];
  @Field(() => String, { nullable: true, description: 'null: "een naaste".' }) pseudonym: string | null;
  @Field(() => String, { nullable: true }) question: string | null;
  @Field() quotable: boolean;
  @Field({ description: "The speaker's consent allows an anonymous quote now." }) mayBeQuoted: boolean;
  @Field() inHarvest: boolean;
  @Field({
    description:
      'Kept knowingly although it looked like a complaint, calamity, abuse or data breach: quoted only once the moderator confirms seeing the flag.',
  })
  flagged: boolean;
}

@ObjectType('MirrorHarvest')
export class MirrorHarvestDto {
  @Field(() => ID) conversationId: string;
  @Field(() => MirrorStatusEnum) status: MirrorStatus;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => String, {
    description: 'team: the conversation’s own circle; organisation: colleagues beyond it (quotes need consent to share).',
  })
  audience: QuoteAudience;
  @Field(() => [MirrorHarvestThemeDto], { description: 'Every harvest theme, in catalogue order.' }) themes: MirrorHarvestThemeDto[];
  @Field(() => [MirrorQuoteDto]) quotes: MirrorQuoteDto[];
  @Field(() => [MirrorQuoteCandidateDto], { description: 'Moderator only, until the harvest is approved.' })
  candidates: MirrorQuoteCandidateDto[];
  @UnsuppressedNumber('statements, for the moderator alone until approval: the moderator heard them in the room', {
    description: 'Statements kept knowingly although they looked like an escalation (moderator only, until approval).',
  })
  flaggedStatements: number;
  @Field({ description: 'The viewer is the moderator and the harvest is not approved yet.' }) viewerCanEdit: boolean;
}
