import { SessionReportDto } from '../dtos/report.dto';
import { reportOutline } from './report-outline';

const REPORT: SessionReportDto = {
  sessionId: 's1',
  question: 'Wat deden we toen?',
  methodName: 'Incidentmethode',
  methodVersion: 1,
  teamName: 'Team Noord',
  casePseudonym: null,
  scheduledAt: new Date('2026-03-01T09:00:00Z'),
  startedAt: null,
  endedAt: null,
  place: 'De Linde',
  moderatorName: 'Sanne',
  participantNames: ['Bram'],
  lensNames: [],
  phases: [],
  tagCounts: [],
  insights: ['Eerst vragen waar hij naartoe wil.'],
  advice: [],
  practices: [],
  reviewedPractices: [],
  memos: ['Bram had het zwaar; even bellen.'],
  approvedAt: null,
  approvedBy: null,
};

describe('the report outline (the one source of the Markdown and PDF exports)', () => {
  it.each(['nl', 'en'] as const)('never carries the moderator’s memos, not even a heading for them (%s)', (language) => {
    const text = JSON.stringify(reportOutline(REPORT, language));
    expect(text).toContain('Eerst vragen waar hij naartoe wil.');
    expect(text).not.toContain('even bellen');
    expect(text).not.toMatch(/memo/i);
  });

  it('opens with the question, then the harvest and the practices, and only then the conversation', () => {
    const outline = reportOutline(
      {
        ...REPORT,
        practices: [{ id: 'p1', what: 'Samen koken', who: 'Team', lookBackOn: '2026-04-01', status: 'open', sessionId: 's1', reviews: [] }],
        phases: [{ id: 'incident', title: 'Het incident', kind: 'tell', prompt: 'Wat gebeurde er?', entries: [] }],
      },
      'nl',
    );
    expect(outline[0]).toEqual({ kind: 'title', text: 'Verslag: Wat deden we toen?' });
    const headings = outline.filter((block) => block.kind === 'heading').map((block) => ('text' in block ? block.text : ''));
    expect(headings).toEqual(['Oogst', 'Leerpunten', 'Nieuwe praktijk om te proberen', 'Het gesprek', '1. Het incident']);
    const text = (wanted: string) => outline.findIndex((block) => 'text' in block && block.text === wanted);
    expect(text('Eerst vragen waar hij naartoe wil.')).toBeLessThan(text('Samen koken'));
    expect(text('Samen koken')).toBeLessThan(text('Het gesprek'));
  });
});
