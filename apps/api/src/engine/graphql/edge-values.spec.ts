import { parseMoment, untypableAt } from './edge-values';

describe('edge values', () => {
  it('finds NUL bytes and unpaired surrogates anywhere in the variables, with their path', () => {
    expect(untypableAt({ input: { title: 'Gewoon', body: 'a\u0000b' } })).toEqual(['input', 'body']);
    expect(untypableAt({ names: ['Şükrü', 'x\ud800'] })).toEqual(['names', '1']);
    expect(untypableAt({ text: 'x\udc00' })).toEqual(['text']);
  });

  it('lets every real text through, emoji (paired surrogates) included', () => {
    expect(untypableAt({ input: { body: 'Zoë en Łukasz 👍🏽, Şükrü Yıldız', tags: ['één'], n: 3, flag: true, none: null } })).toBeNull();
  });

  it('accepts moments that exist and refuses the rest instead of rolling them over', () => {
    expect(parseMoment('2026-12-03T09:54:33Z').toISOString()).toBe('2026-12-03T09:54:33.000Z');
    expect(parseMoment('2026-12-03T10:54:33.5+01:00').toISOString()).toBe('2026-12-03T09:54:33.500Z');
    expect(parseMoment('2024-02-29T10:00Z').toISOString()).toBe('2024-02-29T10:00:00.000Z');
    for (const wrong of [
      '2025-02-30T10:00:00Z',
      '2026-12-03T25:00:00Z',
      '2026-12-03',
      'morgen',
      '',
      1e20,
      {},
      null,
      '2026-13-01T00:00:00Z',
    ]) {
      expect(() => parseMoment(wrong)).toThrow(/DateTime/);
    }
  });
});
