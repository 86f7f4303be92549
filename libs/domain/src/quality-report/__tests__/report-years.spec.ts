import { FIRST_REPORT_YEAR, isReportYear, reportYears } from '../report-years';

describe('reportYears', () => {
  it.each<[string, number | null, number, number[]]>([
    // [case, first year with data, current year, years offered]
    ['nothing yet: only the current year', null, 2026, [2026]],
    ['data only this year: only the current year', 2026, 2026, [2026]],
    ['data since last year (the demo’s year of history): both, current first', 2025, 2026, [2026, 2025]],
    ['data since 2023: back to 2023', 2023, 2026, [2026, 2025, 2024, 2023]],
    ['data dated before Kring keeps any: from 2020', 2017, 2022, [2022, 2021, 2020]],
    ['data dated in the future (a session planned ahead): only the current year', 2027, 2026, [2026]],
    ['the first year itself', FIRST_REPORT_YEAR, FIRST_REPORT_YEAR, [FIRST_REPORT_YEAR]],
  ])('%s', (_, firstWithData, current, years) => {
    expect(reportYears(firstWithData, current)).toEqual(years);
    // Every year offered is one the API accepts.
    for (const year of years) expect(isReportYear(year, current)).toBe(true);
  });
});

describe('isReportYear', () => {
  it.each<[string, number, number, boolean]>([
    // [case, year, current year, accepted]
    ['the current year', 2026, 2026, true],
    ['an earlier year with or without data', 2021, 2026, true],
    ['the first year Kring can hold', FIRST_REPORT_YEAR, 2026, true],
    ['before Kring holds anything', FIRST_REPORT_YEAR - 1, 2026, false],
    ['next year: nothing yet', 2027, 2026, false],
    ['not a whole year', 2025.5, 2026, false],
    ['not a number', NaN, 2026, false],
  ])('%s', (_, year, current, accepted) => {
    expect(isReportYear(year, current)).toBe(accepted);
  });
});
