import { NetworkYearOverviewDto } from '../dtos/network-overview.dto';
import { networkOverviewOutline } from './network-overview-outline';
import { renderMarkdown } from '../../../engine/documents/outline-markdown';

const overview: NetworkYearOverviewDto = {
  networkName: 'Netwerk Oost',
  year: 2026,
  generatedAt: new Date('2026-12-04T12:00:00Z'),
  minimumGroupSize: 5,
  organisations: 6,
  sessionsHeld: 12,
  sessionsByMethod: [],
  participantsByRole: [],
  mirrorConversationsHeld: null,
  relativesVoiceThemes: [],
  networkQuotes: null,
  visitsHeld: 6,
  visitHarvest: [{ title: 'Waarden', periods: ['2026-Q1', '2026-Q4'], rows: [{ label: 'Thuis voelen', counts: [null, 7] }] }],
  practicesByStatus: [],
};

/**
 * The PDF and Markdown say quarters as a reader in the Netherlands writes them ("K1 2026"), not as the keys
 * the API hands out ("2026-Q1").
 */
describe('quarters in the network year overview export', () => {
  it('the network year overview names its quarters in the reader’s language', () => {
    const nl = renderMarkdown(networkOverviewOutline(overview, 'nl'));
    expect(nl).toContain('K1 2026: minder dan 5 · K4 2026: 7');
    expect(nl).not.toMatch(/\d{4}-Q\d/);
    expect(renderMarkdown(networkOverviewOutline(overview, 'en'))).toContain('Q1 2026: fewer than 5 · Q4 2026: 7');
  });
});
