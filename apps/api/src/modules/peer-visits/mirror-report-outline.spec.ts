import { renderMarkdown } from '../../engine/documents/outline-markdown';
import type { MirrorReportDto } from './dtos/mirror.dto';
import { mirrorReportOutline } from './mirror-report-outline';

/** The network's anonymised version of a mirror report: a quarter instead of a day; a practice with its look-back day. */
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
