import {
  chapterOfTheme,
  Language,
  QUALITY_FRAMEWORK_CHAPTERS,
  QualityChapterId,
  residentWords,
  SUPPRESSED_COUNT_TEXT,
} from '@kring/domain';
import { SuppressedCountDto } from '../dtos/network-overview.dto';
import { ReportChapterDto, ReportCountDto, ReportPassageDto } from '../dtos/quality-report.dto';
import { counted, listed, midSentence, say } from './narrative-texts';
import { PeerVisitsPart, VisitMirror } from './peer-visits';
import { PracticesPart } from './practices';
import { RelativesVoicePart } from './relatives-voice';
import { SessionsPart } from './sessions';
import { StoriesPart } from './stories';

/** The year's parts, already cleaned of identifying details. */
export interface ReportParts {
  year: number;
  /** The organisation's own word for the people it cares for ("deelnemer"): the report tells of them in it. */
  residentTerm: string;
  sessions: SessionsPart;
  practices: PracticesPart;
  voice: RelativesVoicePart;
  visits: PeerVisitsPart;
  stories: StoriesPart;
}

/** The strands of a chapter, in the order they are told. */
const STRANDS = ['learned', 'tried', 'relatives', 'peers', 'stories'] as const;
type Strand = (typeof STRANDS)[number];

/** Everything about learning itself (sessions, practices, visits as a whole, stories) belongs to this chapter of the Kwaliteitskader. */
const LEARNING: QualityChapterId = 'learning_and_quality';

type Draft = Omit<ReportPassageDto, 'heading'>;

class ChapterDrafts {
  private readonly drafts = new Map<string, Draft>();

  private draft(chapter: QualityChapterId, strand: Strand): Draft {
    const key = `${chapter}/${strand}`;
    let draft = this.drafts.get(key);
    if (!draft) this.drafts.set(key, (draft = { paragraphs: [], quotes: [], leftOut: [] }));
    return draft;
  }

  paragraph(chapter: QualityChapterId, strand: Strand, ...texts: string[]): void {
    this.draft(chapter, strand).paragraphs.push(...texts);
  }
  quote(chapter: QualityChapterId, strand: Strand, text: string): void {
    this.draft(chapter, strand).quotes.push(text);
  }
  leftOut(chapter: QualityChapterId, strand: Strand, text: string): void {
    this.draft(chapter, strand).leftOut.push(text);
  }

  /** Chapters in the framework's order, each with the strands that have something to tell. */
  chapters(language: Language): { chapters: ReportChapterDto[]; withoutInput: string[] } {
    const chapters: ReportChapterDto[] = [];
    const withoutInput: string[] = [];
    for (const chapter of QUALITY_FRAMEWORK_CHAPTERS) {
      const passages = STRANDS.flatMap((strand) => {
        const draft = this.drafts.get(`${chapter.id}/${strand}`);
        return draft ? [{ heading: say(strand, language), ...draft }] : [];
      });
      if (passages.length) chapters.push({ number: chapter.number, title: chapter.name[language], passages });
      else withoutInput.push(`${chapter.number}. ${chapter.name[language]}`);
    }
    return { chapters, withoutInput };
  }
}

/** "Incidentmethode (5) en Dilemmamethode (1)". */
function countsInWords(counts: readonly (ReportCountDto | SuppressedCountDto)[], language: Language, lower = false): string {
  return listed(
    counts.map((c) => `${lower ? midSentence(c.label) : c.label} (${c.count ?? SUPPRESSED_COUNT_TEXT[language]})`),
    language,
  );
}

function tellSessions(out: ChapterDrafts, { year, sessions }: ReportParts, language: Language): void {
  if (sessions.sessionsHeld === 0) {
    out.paragraph(LEARNING, 'learned', say('noSessions', language, { year }));
    return;
  }
  const held = say('sessionsHeld', language, {
    year,
    sessions: counted(sessions.sessionsHeld, 'session', language),
    methods: countsInWords(sessions.sessionsByMethod, language),
  });
  const who = sessions.participantsByRole.length
    ? ` ${say('participants', language, { roles: countsInWords(sessions.participantsByRole, language, true) })}`
    : '';
  out.paragraph(LEARNING, 'learned', held + who);
  if (sessions.insights.length) {
    out.paragraph(LEARNING, 'learned', say('insightsIntro', language));
    out.paragraph(
      LEARNING,
      'learned',
      ...sessions.insights.map((i) => say('insight', language, { text: i.text, method: i.methodName, date: i.heldOn })),
    );
  }
  if (sessions.sessionsWithoutApprovedReport) {
    out.leftOut(
      LEARNING,
      'learned',
      say('sessionsUnapproved', language, { sessions: counted(sessions.sessionsWithoutApprovedReport, 'session', language) }),
    );
  }
}

function tellPractices(out: ChapterDrafts, { practices }: ReportParts, language: Language): void {
  if (practices.practices.length === 0) return;
  out.paragraph(
    LEARNING,
    'tried',
    say('practicesTried', language, {
      practices: counted(practices.practices.length, 'practice', language),
      statuses: countsInWords(practices.practicesByStatus, language, true),
    }),
  );
  for (const p of practices.practices) {
    const origin = [p.teamName, p.source].filter(Boolean).join(', ');
    const what = origin
      ? say('practice', language, { what: p.what, origin, status: midSentence(p.statusLabel) })
      : `${p.what}: ${midSentence(p.statusLabel)}.`;
    out.paragraph(
      LEARNING,
      'tried',
      `${what} ${p.lastReview ? say('practiceReview', language, { review: p.lastReview }) : say('practiceNoReview', language)}`,
    );
  }
}

function tellRelatives(out: ChapterDrafts, { voice, residentTerm }: ReportParts, language: Language): void {
  if (voice.mirrorConversationsHeld === 0 && voice.relativesVoice.length === 0) return;
  const held = say('conversationsHeld', language, {
    conversations: counted(voice.mirrorConversationsHeld, 'conversation', language),
    residents: residentWords(residentTerm, language).residents,
  });
  const who = voice.mirrorParticipants.length
    ? ` ${say('conversationParticipants', language, { participants: countsInWords(voice.mirrorParticipants, language, true) })}`
    : '';
  out.paragraph(LEARNING, 'relatives', held + who);
  for (const c of voice.relativesVoice) {
    for (const t of c.themes) {
      out.paragraph(
        chapterOfTheme('harvest', t.themeId),
        'relatives',
        say('harvestTheme', language, { conversation: c.theme, date: c.approvedOn, theme: midSentence(t.theme), summary: t.summary }),
      );
    }
    // A quote goes where its first harvest theme belongs; untagged quotes stay with learning.
    for (const q of c.quotes) out.quote(q.themeIds[0] ? chapterOfTheme('harvest', q.themeIds[0]) : LEARNING, 'relatives', q.body);
    if (c.quotesLeftOut)
      out.leftOut(
        LEARNING,
        'relatives',
        say('quotesLeftOut', language, { conversation: c.theme, quotes: counted(c.quotesLeftOut, 'quote', language) }),
      );
  }
}

function tellVisit(out: ChapterDrafts, v: VisitMirror, language: Language): void {
  const told: string[] = [
    v.focusQuestion
      ? say('visitFocus', language, { date: v.visitedOn, question: v.focusQuestion })
      : say('visitOn', language, { date: v.visitedOn }),
  ];
  if (v.summary) told.push(say('visitMirror', language, { summary: v.summary }));
  for (const r of v.responses) {
    if (r.kind === 'focus') told.push(say('visitFocusAnswer', language, { body: r.body }));
    else if (r.kind === 'question') told.push(say('visitQuestion', language, { question: r.topic, body: r.body }));
    else
      out.paragraph(
        chapterOfTheme('mirror', r.topicId),
        'peers',
        say('visitTheme', language, { date: v.visitedOn, theme: midSentence(r.topic), body: r.body }),
      );
  }
  if (v.hostReflection) told.push(say('visitReflection', language, { reflection: v.hostReflection }));
  if (v.findings.length) {
    const notes = v.findings.reduce((sum, f) => sum + f.count, 0);
    told.push(
      say('visitFindings', language, { notes: counted(notes, 'note', language), types: countsInWords(v.findings, language, true) }),
    );
  }
  if (v.practicesChosen) told.push(say('visitChosen', language, { practices: counted(v.practicesChosen, 'thing', language) }));
  out.paragraph(LEARNING, 'peers', ...told);
}

function tellVisits(out: ChapterDrafts, { visits }: ReportParts, language: Language): void {
  if (visits.visitsHosted === 0 && visits.visitsMade === 0) return;
  out.paragraph(
    LEARNING,
    'peers',
    say('visitsHeld', language, {
      hosted: counted(visits.visitsHosted, 'visit', language),
      made: counted(visits.visitsMade, 'times', language),
    }),
  );
  for (const v of visits.visits) tellVisit(out, v, language);
  if (visits.visitsNotShared)
    out.leftOut(LEARNING, 'peers', say('visitsLeftOut', language, { visits: counted(visits.visitsNotShared, 'visit', language) }));
}

function tellStories(out: ChapterDrafts, { stories }: ReportParts, language: Language): void {
  for (const s of stories.stories) out.paragraph(LEARNING, 'stories', say('story', language, { title: s.title, body: s.body }));
  if (stories.storiesLeftOut)
    out.leftOut(LEARNING, 'stories', say('storiesLeftOut', language, { stories: counted(stories.storiesLeftOut, 'story', language) }));
}

/**
 * The narrative draft of the quality report: Kring's input sorted into the
 * chapters of the Kwaliteitskader, told in sentences with the counts as
 * context, and saying plainly what is left out and why (consent, a report
 * not yet approved, a mirror report the host kept closer).
 */
export function reportChapters(parts: ReportParts, language: Language): { chapters: ReportChapterDto[]; chaptersWithoutInput: string[] } {
  const out = new ChapterDrafts();
  tellSessions(out, parts, language);
  tellPractices(out, parts, language);
  tellRelatives(out, parts, language);
  tellVisits(out, parts, language);
  tellStories(out, parts, language);
  const { chapters, withoutInput } = out.chapters(language);
  return { chapters, chaptersWithoutInput: withoutInput };
}
