import { anonymise, placeNameVariants } from './anonymise';
import { harvestPeriodLabel, harvestPeriods, harvestTable, HarvestObservation, periodsLeftOutSentence, POOLED_PERIOD } from './harvest';

/** A beeld; each of a quarter's first five comes from a visit of its own unless `visitId` says otherwise. */
let visits = 0;
const beeld = (date: string, extra: Partial<HarvestObservation> = {}): HarvestObservation => ({
  visitId: `visit-${visits++ % 5}`,
  date,
  findingType: 'touched_us',
  valueIds: ['feeling_at_home'],
  mirrorThemeId: 'residents',
  ...extra,
});

describe('the network harvest', () => {
  it('counts beelden per value and quarter, suppressing groups smaller than five', () => {
    const observations = [
      ...Array.from({ length: 5 }, () => beeld('2025-08-01')),
      ...Array.from({ length: 4 }, () => beeld('2025-11-20', { valueIds: ['being_together'] })),
      beeld('2025-11-20'),
    ];
    const table = harvestTable(observations, 'value');
    expect(table.periods).toEqual(['2025-Q3', '2025-Q4']);
    expect(table.rows.find((r) => r.itemId === 'feeling_at_home')!.counts).toEqual([5, null]);
    expect(table.rows.find((r) => r.itemId === 'being_together')!.counts).toEqual([null, null]);
  });

  it.each([
    [['a', 'b', 'c', 'd', 'e'], { shown: ['2025-Q3'], leftOut: [] }],
    [['a', 'b', 'c', 'd'], { shown: [], leftOut: ['2025-Q3'] }],
    // Many beelden of one home are still one home.
    [['a', 'a', 'a', 'a', 'a', 'a', 'a'], { shown: [], leftOut: ['2025-Q3'] }],
  ])('shows a quarter only with beelden from five visits or more: %j', (visitIds, periods) => {
    expect(harvestPeriods(visitIds.map((visitId) => beeld('2025-08-01', { visitId })))).toEqual(periods);
  });

  it('leaves out a quarter of fewer than five visits, however large its counts, and says how many it left out', () => {
    const observations = [
      ...Array.from({ length: 5 }, () => beeld('2025-08-01')),
      ...Array.from({ length: 9 }, () => beeld('2025-11-20', { visitId: 'one-home' })),
    ];
    const table = harvestTable(observations, 'value');
    expect(table.periods).toEqual(['2025-Q3']);
    expect(table.periodsLeftOut).toBe(1);
    expect(periodsLeftOutSentence(table.periodsLeftOut, 'nl')).toBe(
      'Eén kwartaal met beelden uit minder dan 5 visitaties staat er niet in: die kolom zou naar één of twee organisaties wijzen.',
    );
    expect(periodsLeftOutSentence(0, 'en')).toBeNull();
    expect(table.rows.find((r) => r.itemId === 'feeling_at_home')!.counts).toEqual([5]);
  });

  it('counts the small quarters together in one column when together they hold beelden from five visits', () => {
    const observations = [
      ...['a', 'b', 'c'].map((visitId) => beeld('2025-02-01', { visitId })),
      ...['d', 'e'].map((visitId) => beeld('2025-05-01', { visitId })),
      ...['f', 'g', 'h', 'i', 'j'].map((visitId) => beeld('2025-08-01', { visitId })),
    ];
    const table = harvestTable(observations, 'value');
    expect(table.periods).toEqual(['2025-Q3', POOLED_PERIOD]);
    expect(table.periodsLeftOut).toBe(0);
    expect(table.rows.find((r) => r.itemId === 'feeling_at_home')!.counts).toEqual([5, 5]);
    expect(harvestPeriodLabel(POOLED_PERIOD).nl).toBe('Andere kwartalen samen');
    expect(harvestPeriodLabel('2025-Q3').nl).toBe('K3 2025');
  });

  it('heads the pooled column "Alle kwartalen samen" when no quarter is shown on its own', () => {
    const observations = [
      ...['a', 'b', 'c'].map((visitId) => beeld('2025-02-01', { visitId })),
      ...['d', 'e'].map((visitId) => beeld('2025-05-01', { visitId })),
    ];
    const table = harvestTable(observations, 'value');
    expect(table.periods).toHaveLength(1);
    expect(table.periodsLeftOut).toBe(0);
    expect(table.rows.find((r) => r.itemId === 'feeling_at_home')!.counts).toEqual([5]);
    expect(harvestPeriodLabel(table.periods[0])).toEqual({ nl: 'Alle kwartalen samen', en: 'All quarters together' });
  });

  it('counts a sub-value under its core value, once per beeld', () => {
    const observations = Array.from({ length: 5 }, () => beeld('2025-08-01', { valueIds: ['feeling_at_home', 'being_oneself'] }));
    const home = harvestTable(observations, 'value').rows.find((r) => r.itemId === 'feeling_at_home')!;
    expect(home.counts).toEqual([5]);
  });

  it('keeps rows in the fixed order of the framework, never sorted by count', () => {
    const observations = Array.from({ length: 9 }, () => beeld('2025-08-01', { findingType: 'rule_obstacle' }));
    const table = harvestTable(observations, 'finding_type');
    expect(table.rows.map((r) => r.itemId)).toEqual(['touched_us', 'mirror_question', 'point_of_attention', 'suggestion', 'rule_obstacle']);
    expect(harvestTable(observations, 'mirror_theme').rows.map((r) => r.itemId)).toEqual([
      'policy',
      'view_of_change',
      'residents',
      'care_staff',
      'residents_wellbeing',
    ]);
  });

  it('anonymises names of organisations and people, and other identifying details', () => {
    const text = 'Op de Hoeve mocht Ingrid van de inspectie geen hond in huis; Jansen belde 06-12345678 en Team wonen keek mee.';
    const result = anonymise(text, { people: ['Ingrid Jansen'], places: ['Zorgboerderij De Hoeve', 'Team wonen'] }, 'nl');
    expect(result).toBe('Op [naam] mocht [naam] van de inspectie geen hond in huis; [naam] belde [telefoonnummer] en [naam] keek mee.');
  });

  it.each([
    ['Op 3 november stonden we in de stal.', 'Op [datum] stonden we in de stal.'],
    ['Teruggekeken op 12-03-2026, en nog eens op 2026-04-01.', 'Teruggekeken op [datum], en nog eens op [datum].'],
    ['Sinds 29 februari en 5 mrt. 2026 gaat het beter.', 'Sinds [datum] en [datum] gaat het beter.'],
    // A birth date keeps its own word; a fraction, a score, a bare year or a quarter are no day.
    ['Geboren op 3 mei 1940, sinds 2019 hier.', 'Geboren op [geboortedatum], sinds 2019 hier.'],
    ['Een 1/2 liter melk, 3-2 gewonnen, in K4 2026.', 'Een 1/2 liter melk, 3-2 gewonnen, in K4 2026.'],
    ['Op 31 november', 'Op 31 november'],
  ])('masks every day in %j, of any year or none', (text, expected) => {
    expect(anonymise(text, { people: [], places: [] }, 'nl')).toBe(expected);
  });

  it('masks a day in English as "[date]"', () => {
    expect(anonymise('We met on 3 november.', { people: [], places: [] }, 'en')).toBe('We met on [date].');
  });

  it('takes the proper part of a place name, never a lone article or generic word', () => {
    expect(placeNameVariants('Zorgboerderij De Hoeve')).toEqual(['Zorgboerderij De Hoeve', 'De Hoeve', 'Hoeve']);
    expect(placeNameVariants('Kleinschalig wonen De Lindehof')).toEqual(['Kleinschalig wonen De Lindehof', 'De Lindehof', 'Lindehof']);
    expect(placeNameVariants('Team dagbesteding')).toEqual(['Team dagbesteding']);
  });
});
