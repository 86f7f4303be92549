import { HIDDEN_COUNTS_EXPLAINED, NETWORK_AGGREGATE_INTRO, TOO_FEW_ORGANISATIONS_IN_YEAR } from '@kring/domain';
import { NetworkYearOverviewDto } from '../dtos/network-overview.dto';
import { networkOverviewOutline } from './network-overview-outline';
import { renderMarkdown } from '../../../engine/documents/outline-markdown';

const overview: NetworkYearOverviewDto = {
  networkName: 'Netwerk Oost',
  year: 2026,
  firstYear: 2025,
  generatedAt: new Date('2026-12-04T12:00:00Z'),
  minimumGroupSize: 5,
  organisations: 6,
  ownOrganisationsLeftOut: [],
  sessionsHeld: 12,
  sessionsByMethod: [],
  participantsByRole: [],
  mirrorConversationsHeld: null,
  relativesVoiceThemes: [],
  networkQuotes: null,
  visitsHeld: 6,
  visitHarvest: [
    { title: 'Waarden', periods: ['2026-Q1', '2026-Q4'], periodsLeftOut: 1, rows: [{ label: 'Thuis voelen', counts: [null, 7] }] },
  ],
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
    expect(nl).toContain('Eén kwartaal met beelden uit minder dan 5 visitaties staat er niet in');
    expect(nl).not.toMatch(/\d{4}-Q\d/);
    expect(renderMarkdown(networkOverviewOutline(overview, 'en'))).toContain('Q1 2026: fewer than 5 · Q4 2026: 7');
  });
});

describe('the coordinator’s own organisations in the network year overview export', () => {
  it.each([
    ['nl' as const, ['De Hoeve'], 'Zonder De Hoeve, waar je zelf bij hoort'],
    ['en' as const, ['De Hoeve', 'De Lindehof'], 'Without De Hoeve and De Lindehof, which you belong to yourself'],
    ['nl' as const, [], null],
  ])('(%s, %j) says which were left out, in the rule’s words', (language, own, sentence) => {
    const markdown = renderMarkdown(networkOverviewOutline({ ...overview, ownOrganisationsLeftOut: own }, language));
    if (sentence) expect(markdown).toContain(sentence);
    else expect(markdown).not.toMatch(/Zonder|Without/);
    expect(markdown).toContain(language === 'nl' ? 'Organisaties die meetellen' : 'Organisations counted');
    // The opening sentence is the screen's (NetworkOverviewPage reads the same constant).
    expect(markdown).toContain(NETWORK_AGGREGATE_INTRO[language]);
  });
});

/** The network rule (tooFewOrganisations): with one to four organisations the export says why it holds no figures, as the screen does. */
describe('the network year overview export with too few organisations', () => {
  const empty: NetworkYearOverviewDto = {
    ...overview,
    organisations: 3,
    sessionsHeld: null,
    mirrorConversationsHeld: null,
    visitsHeld: null,
    visitHarvest: [],
  };

  it.each(['nl', 'en'] as const)('(%s) says so in the rule’s words, and prints no part with counts', (language) => {
    const markdown = renderMarkdown(networkOverviewOutline(empty, language));
    expect(markdown).toContain(TOO_FEW_ORGANISATIONS_IN_YEAR[language]);
    expect(markdown).toContain(NETWORK_AGGREGATE_INTRO[language]);
    expect(markdown).not.toContain(HIDDEN_COUNTS_EXPLAINED[language].slice(0, 30));
    // No part, no heading, no count: not even "minder dan 5", which would say 0–4 of counts that may be large.
    expect(markdown).not.toMatch(/^#{2,3} |Gehouden|Held|_minder dan 5_|_fewer than 5_/m);
  });

  it('with five it prints every part', () => {
    const markdown = renderMarkdown(networkOverviewOutline({ ...empty, organisations: 5 }, 'nl'));
    expect(markdown).not.toContain('Te weinig organisaties');
    expect(markdown).toContain('## 1\\. Reflectiesessies');
  });
});
