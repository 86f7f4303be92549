import { fieldMessage } from './messages';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it.each([
    [20_050, 'nl', '20.050'],
    [20_000, 'en', '20,000'],
    [2026, 'nl', '2026'],
    [2026, 'en', '2026'],
    [500, 'nl', '500'],
  ] as const)('%d in %s is %s', (value, language, written) => expect(formatNumber(value, language)).toBe(written));
});

describe('a limit in a validation message', () => {
  it('is written as the reader writes numbers', () => {
    expect(fieldMessage({ field: 'body', rule: 'maxLength', value: 20_000 }, 'nl')).toBe('Tekst mag hoogstens 20.000 tekens lang zijn');
    expect(fieldMessage({ field: 'body', rule: 'maxLength', value: 20_000 }, 'en')).toBe('Text may be at most 20,000 characters long');
    expect(fieldMessage({ field: 'name', rule: 'maxLength', value: 200 }, 'nl')).toBe('Naam mag hoogstens 200 tekens lang zijn');
  });
});

describe('a day in a validation message', () => {
  it.each([
    ['nl', 'Datum van intrekken mag niet vóór 6 december 2026 liggen'],
    ['en', 'Date of withdrawal may not be before 6 December 2026'],
  ] as const)('is written out in %s', (language, message) => {
    expect(fieldMessage({ field: 'withdrawnOn', rule: 'notBefore', value: '2026-12-06' }, language)).toBe(message);
  });

  it('leaves a value that is not a calendar day as it is', () => {
    expect(fieldMessage({ field: 'withdrawnOn', rule: 'notBefore', value: '06-12-2026 14:05' }, 'nl')).toBe(
      'Datum van intrekken mag niet vóór 06-12-2026 14:05 liggen',
    );
  });
});
