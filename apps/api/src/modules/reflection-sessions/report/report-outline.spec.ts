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
});
