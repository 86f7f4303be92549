import { HarvestDimension, HarvestObservation, Language } from '@kring/domain';
import { OverviewHarvestTableDto } from '../../../dtos/network-overview.dto';
import { overviewHarvestTable } from '../overview-harvest-table';

/** Beelden, each from a visit of its own. */
let visits = 0;
function beelden(count: number, fields: Partial<HarvestObservation>): HarvestObservation[] {
  return Array.from({ length: count }, () => ({
    visitId: `visit-${++visits}`,
    date: '2026-02-10',
    findingType: 'touched_us',
    valueIds: [],
    mirrorThemeId: null,
    ...fields,
  }));
}

// Five touching beelden about feeling at home in the first quarter; two suggestions on its last day; one on New Year's Eve (one visit: its quarter is left out).
const OBSERVATIONS = [
  ...beelden(5, { valueIds: ['feeling_at_home'], mirrorThemeId: 'residents' }),
  ...beelden(2, { date: '2026-03-31', findingType: 'suggestion' }),
  ...beelden(1, { date: '2026-12-31' }),
];

describe('overviewHarvestTable', () => {
  it.each([
    {
      what: 'by kind in Dutch: every kind a row in the domain order, under five suppressed, a quarter of fewer than five visits left out',
      dimension: 'finding_type',
      language: 'nl',
      table: {
        title: 'Beelden per soort',
        periods: ['2026-Q1'],
        periodsLeftOut: 1,
        rows: [
          { label: 'Wat ons raakte / sterk punt', counts: [5] },
          { label: 'Spiegelvraag', counts: [null] },
          { label: 'Aandachtspunt', counts: [null] },
          { label: 'Suggestie', counts: [null] },
          { label: 'Regelknelpunt', counts: [null] },
        ],
      },
    },
    {
      what: 'by kind in English',
      dimension: 'finding_type',
      language: 'en',
      table: {
        title: 'Observations by kind',
        periods: ['2026-Q1'],
        periodsLeftOut: 1,
        rows: [
          { label: 'What touched us / strength', counts: [5] },
          { label: 'Mirror question', counts: [null] },
          { label: 'Point of attention', counts: [null] },
          { label: 'Suggestion', counts: [null] },
          { label: 'Rule obstacle', counts: [null] },
        ],
      },
    },
  ] as { what: string; dimension: HarvestDimension; language: Language; table: OverviewHarvestTableDto }[])(
    '$what',
    ({ dimension, language, table }) => {
      expect(overviewHarvestTable(OBSERVATIONS, dimension, language)).toEqual(table);
    },
  );

  it.each([
    {
      what: 'by core value, in Dutch',
      dimension: 'value',
      language: 'nl',
      title: 'Beelden per kernwaarde',
      first: { label: 'Thuis voelen', counts: [5] },
    },
    {
      what: 'by core value, in English',
      dimension: 'value',
      language: 'en',
      title: 'Observations by core value',
      first: { label: 'Feeling at home', counts: [5] },
    },
    {
      what: 'by mirror theme, in Dutch',
      dimension: 'mirror_theme',
      language: 'nl',
      title: 'Beelden per spiegelthema',
      first: { label: 'Beleid', counts: [null] },
    },
    {
      what: 'by mirror theme, in English',
      dimension: 'mirror_theme',
      language: 'en',
      title: 'Observations by mirror theme',
      first: { label: 'Policy', counts: [null] },
    },
  ] as { what: string; dimension: HarvestDimension; language: Language; title: string; first: OverviewHarvestTableDto['rows'][number] }[])(
    '$what: the title and the first row named',
    ({ dimension, language, title, first }) => {
      const table = overviewHarvestTable(OBSERVATIONS, dimension, language);
      expect(table.title).toBe(title);
      expect(table.rows[0]).toEqual(first);
    },
  );

  it('no observations: no quarters, every row still named', () => {
    const table = overviewHarvestTable([], 'finding_type', 'nl');
    expect(table.periods).toEqual([]);
    expect(table.periodsLeftOut).toBe(0);
    expect(table.rows.map((r) => r.counts)).toEqual([[], [], [], [], []]);
  });
});
