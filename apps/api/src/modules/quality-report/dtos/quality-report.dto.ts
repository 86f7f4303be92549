import { Field, ObjectType } from '@nestjs/graphql';
import { SuppressedParts, UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import { SuppressedCountDto } from './network-overview.dto';

/**
 * Input for the annual quality report (kwaliteitsverslag) of one
 * organisation, in the reader's language. Counts and narratives only: no
 * scores, no names of people, and relatives' words only with their consent.
 */
@ObjectType('ReportCount', { description: 'A count with its label: context to tell the story with, never a score.' })
export class ReportCountDto {
  @Field() label: string;
  @UnsuppressedNumber('counts sessions, practices or observations of the organisation’s own year, never people') count: number;
}

@ObjectType('ReportInsight')
export class ReportInsightDto {
  @Field() text: string;
  @Field({ description: 'The method of the session it came from.' }) methodName: string;
  @Field() heldOn: string;
}

@ObjectType('ReportPractice')
export class ReportPracticeDto {
  @Field() what: string;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was agreed: a session, a mirror conversation or a peer visit.' }) source:
    string | null;
  @Field() statusLabel: string;
  @Field(() => String, { nullable: true, description: 'The latest "hoe ging het?".' }) lastReview: string | null;
}

@ObjectType('ReportThemeSummary')
class ReportThemeSummaryDto {
  @Field() theme: string;
  @Field() summary: string;
}

@ObjectType('ReportConversation', { description: 'One mirror conversation with relatives whose harvest was approved.' })
export class ReportConversationDto {
  @Field() theme: string;
  @Field() approvedOn: string;
  @Field(() => [ReportThemeSummaryDto]) themes: ReportThemeSummaryDto[];
  @Field(() => [String], { description: 'Anonymous quotes of relatives who consent to sharing them within the organisation (now).' })
  quotes: string[];
}

@ObjectType('ReportVisitResponse')
class ReportVisitResponseDto {
  @Field() topic: string;
  @Field() body: string;
}

@ObjectType('ReportVisit', {
  description: 'A peer visit the organisation hosted, whose host shared the mirror report with the organisation.',
})
export class ReportVisitDto {
  @Field() visitedOn: string;
  @Field() focusQuestion: string;
  @Field() summary: string;
  @Field() hostReflection: string;
  @Field(() => [ReportVisitResponseDto]) responses: ReportVisitResponseDto[];
  @Field(() => [ReportCountDto], { description: 'Observations (beelden) in the report, by finding type.' }) findings: ReportCountDto[];
  @UnsuppressedNumber('practices the host chose to try: things, not people') practicesChosen: number;
}

@ObjectType('ReportPassage', {
  description: 'One strand of a chapter (what we learned, tried, heard from relatives, were mirrored by peers, stories), in sentences.',
})
export class ReportPassageDto {
  @Field() heading: string;
  @Field(() => [String], { description: 'Paragraphs of running text; counts appear in them as context.' }) paragraphs: string[];
  @Field(() => [String], { description: 'Anonymous quotes of relatives who consent to sharing them within the organisation (now).' })
  quotes: string[];
  @Field(() => [String], { description: 'What is left out here and why (e.g. no consent for this audience, a report not yet approved).' })
  leftOut: string[];
}

@ObjectType('ReportChapter', { description: 'A chapter of the quality report, after a theme of the Kwaliteitskader.' })
export class ReportChapterDto {
  @UnsuppressedNumber('the chapter’s number in the Kwaliteitskader') number: number;
  @Field() title: string;
  @Field(() => [ReportPassageDto]) passages: ReportPassageDto[];
}

/** Why the year's totals of the organisation's own sessions, conversations and visits are shown as they are. */
const EVENTS_HELD = 'meetings the organisation itself held in the year, in its own report: they count occasions, not people';

@ObjectType('QualityReport')
export class QualityReportDto {
  @Field() organisationName: string;
  @UnsuppressedNumber('a calendar year') year: number;
  @UnsuppressedNumber('a calendar year', {
    nullable: true,
    description:
      'The first year in which the organisation has something a report tells (a held session, mirror conversation, practice, approved story or peer visit); null for nothing yet. The years to offer: reportYears(firstYear, current year) in @kring/domain.',
  })
  firstYear: number | null;
  @Field() generatedAt: Date;
  @UnsuppressedNumber(EVENTS_HELD) sessionsHeld: number;
  @Field(() => [ReportCountDto]) sessionsByMethod: ReportCountDto[];
  @UnsuppressedNumber(EVENTS_HELD) mirrorConversationsHeld: number;
  @UnsuppressedNumber(EVENTS_HELD) visitsHosted: number;
  @UnsuppressedNumber(EVENTS_HELD) visitsMade: number;
  @SuppressedParts(
    () => [SuppressedCountDto],
    { standalone: 'no total of people is shown, and someone with several roles counts under each' },
    { description: 'People who took part in sessions, by their role; no names; fewer than five: null.' },
  )
  participantsByRole: SuppressedCountDto[];
  @SuppressedParts(
    () => [SuppressedCountDto],
    { standalone: 'no total of people is shown: the conversations held count meetings, not the people in them' },
    { description: 'Relatives and residents who took part in mirror conversations; fewer than five: null.' },
  )
  mirrorParticipants: SuppressedCountDto[];
  @Field(() => [ReportInsightDto]) insights: ReportInsightDto[];
  @Field(() => [ReportCountDto]) practicesByStatus: ReportCountDto[];
  @Field(() => [ReportPracticeDto]) practices: ReportPracticeDto[];
  @Field(() => [ReportConversationDto]) relativesVoice: ReportConversationDto[];
  @Field(() => [ReportVisitDto]) visits: ReportVisitDto[];
  @UnsuppressedNumber(EVENTS_HELD, { description: 'Hosted visits whose mirror report the host kept within the visit or a team.' })
  visitsNotShared: number;
  @Field(() => [ReportChapterDto], {
    description: 'The narrative draft: Kring’s input per chapter of the Kwaliteitskader, only chapters with input.',
  })
  chapters: ReportChapterDto[];
  @Field(() => [String], {
    description: 'Chapters of the Kwaliteitskader for which Kring has no input this year ("7. Gebruik van hulpbronnen").',
  })
  chaptersWithoutInput: string[];
}
