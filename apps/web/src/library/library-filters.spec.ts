import { readLibraryQuery, writeLibraryQuery, type LibraryQuery } from './library-filters';

describe('the library search in the address', () => {
  it('round-trips words and filters', () => {
    const search: LibraryQuery = {
      query: 'bewoner wandelde',
      valueIds: ['feeling_at_home'],
      organisationKinds: ['care_farm'],
      locationKinds: [],
      clientGroups: ['dementia', 'youth'],
      sourceKinds: ['story'],
    };
    const params = writeLibraryQuery(new URLSearchParams('organisatie=abc'), search);
    expect(params.get('organisatie')).toBe('abc');
    expect(readLibraryQuery(params)).toEqual(search);
  });

  it('drops values that are not on the lists', () => {
    expect(readLibraryQuery(new URLSearchParams('soort=story,onzin&voor-wie=youth,,')).sourceKinds).toEqual(['story']);
    expect(readLibraryQuery(new URLSearchParams('voor-wie=youth,,')).clientGroups).toEqual(['youth']);
  });
});
