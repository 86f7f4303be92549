import { renderMarkdown } from '../../engine/documents/outline-markdown';
import type { MirrorReportDto } from './dtos/mirror.dto';
import { mirrorReportOutline } from './mirror-report-outline';

/** An anonymised mirror report with a quarter instead of a day, and (as the host's own version has) a practice's look-back day. */
const anonymisedReport = {
  anonymised: true,
  host: null,
  visitor: null,
  hostKind: null,
  visitDate: null,
  period: '2026-Q2',
  format: null,
  focusQuestion: 'Voelen deelnemers zich thuis?',
  purpose: '',
  summary: '',
  hostReflection: '',
  notes: [],
  responses: [],
  practices: [{ id: 'p', what: 'Samen de tafel dekken', who: '', lookBackOn: '2026-09-01', team: null }],
  status: 'closed',
  visibility: 'network',
} as unknown as MirrorReportDto;

/**
 * The mirror report's PDF says quarters and days as a reader in the Netherlands writes them ("K2 2026",
 * "1 september 2026"), not as the keys the API hands out ("2026-Q2", "2026-09-01").
 */
describe('quarters and days in the mirror report export', () => {
  it('the anonymised mirror report names its quarter, and a look-back day is written out', () => {
    const nl = renderMarkdown(mirrorReportOutline(anonymisedReport, 'nl'));
    expect(nl).toContain('**Periode:** K2 2026');
    expect(nl).toContain('terugkijken op 1 september 2026');
    expect(nl).not.toMatch(/\d{4}-Q\d|2026-09-01/);
    const en = renderMarkdown(mirrorReportOutline({ ...anonymisedReport, period: null, visitDate: '2026-10-25' }, 'en'));
    expect(en).toContain('25 October 2026');
  });
});

describe('the note on the network version of the mirror report', () => {
  it('names everything the network version leaves out, dates too', () => {
    expect(renderMarkdown(mirrorReportOutline(anonymisedReport, 'nl'))).toContain(
      'Geanonimiseerde versie voor het lerend netwerk: namen, plaatsen, datums en andere herkenbare gegevens zijn weggelaten.',
    );
    expect(renderMarkdown(mirrorReportOutline(anonymisedReport, 'en'))).toContain(
      'Anonymised version for the learning network: names, places, dates and other identifying details have been left out.',
    );
  });
});

describe("the mirror themes in the report's export", () => {
  const withThemeAnswer = {
    ...anonymisedReport,
    responses: [{ topicKind: 'theme', topicId: 'residents_wellbeing', body: 'Iedereen zat mee aan tafel.' }],
  } as unknown as MirrorReportDto;

  it.each<[string, string | null, string]>([
    ["the host's own word in its own version", 'deelnemer', 'Welbevinden van deelnemers'],
    ['"bewoners" in the anonymised version', null, 'Welbevinden van bewoners'],
  ])('%s', (_, hostResidentTerm, heading) => {
    const nl = renderMarkdown(mirrorReportOutline({ ...withThemeAnswer, hostResidentTerm }, 'nl'));
    expect(nl).toContain(heading);
  });
});
