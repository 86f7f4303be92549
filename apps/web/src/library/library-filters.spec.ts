import { readLibraryQuery, writeLibraryQuery, type LibraryQuery } from './library-filters';

describe('the library search in the address and its history state', () => {
  it('round-trips words and filters, with the words only in the history state', () => {
    const search: LibraryQuery = {
      query: 'bewoner wandelde',
      valueIds: ['feeling_at_home'],
      organisationKinds: ['care_farm'],
      locationKinds: [],
      clientGroups: ['dementia', 'youth'],
      sourceKinds: ['story'],
    };
    const { params, state } = writeLibraryQuery(new URLSearchParams('organisatie=abc&q=oud'), search);
    expect(params.get('organisatie')).toBe('abc');
    expect(params.toString()).not.toContain('wandelde');
    expect(params.has('q')).toBe(false);
    expect(readLibraryQuery(params, state)).toEqual(search);
    // Another entry (or none) has no words: the filters alone.
    expect(readLibraryQuery(params, null)).toEqual({ ...search, query: '' });
    expect(readLibraryQuery(params, { savedVersion: 2 }).query).toBe('');
  });

  it('still reads the words of an address from before, which the page then readdresses', () => {
    expect(readLibraryQuery(new URLSearchParams('q=Jansen&soort=story'), null)).toMatchObject({ query: 'Jansen', sourceKinds: ['story'] });
  });

  it('drops values that are not on the lists', () => {
    expect(readLibraryQuery(new URLSearchParams('soort=story,onzin&voor-wie=youth,,'), null).sourceKinds).toEqual(['story']);
    expect(readLibraryQuery(new URLSearchParams('voor-wie=youth,,'), null).clientGroups).toEqual(['youth']);
  });
});
