import { residentWords, type ResidentWords } from '../resident-words';

describe("the forms of an organisation's own word for the people it cares for", () => {
  it.each<[string, 'nl' | 'en', ResidentWords]>([
    [
      'bewoner',
      'nl',
      { resident: 'bewoner', residents: 'bewoners', Resident: 'Bewoner', Residents: 'Bewoners', theResident: 'de bewoner' },
    ],
    ['', 'nl', { resident: 'bewoner', residents: 'bewoners', Resident: 'Bewoner', Residents: 'Bewoners', theResident: 'de bewoner' }],
    [
      '  ',
      'en',
      { resident: 'resident', residents: 'residents', Resident: 'Resident', Residents: 'Residents', theResident: 'the resident' },
    ],
    [
      'deelnemer',
      'nl',
      { resident: 'deelnemer', residents: 'deelnemers', Resident: 'Deelnemer', Residents: 'Deelnemers', theResident: 'de deelnemer' },
    ],
    [
      'deelnemer',
      'en',
      {
        resident: 'participant',
        residents: 'participants',
        Resident: 'Participant',
        Residents: 'Participants',
        theResident: 'the participant',
      },
    ],
    [
      ' Deelnemer ',
      'nl',
      { resident: 'deelnemer', residents: 'deelnemers', Resident: 'Deelnemer', Residents: 'Deelnemers', theResident: 'de deelnemer' },
    ],
    [
      'jongere',
      'nl',
      { resident: 'jongere', residents: 'jongeren', Resident: 'Jongere', Residents: 'Jongeren', theResident: 'de jongere' },
    ],
    [
      'jongere',
      'en',
      {
        resident: 'young person',
        residents: 'young people',
        Resident: 'Young person',
        Residents: 'Young people',
        theResident: 'the young person',
      },
    ],
    ['kind', 'nl', { resident: 'kind', residents: 'kinderen', Resident: 'Kind', Residents: 'Kinderen', theResident: 'het kind' }],
    ['logé', 'en', { resident: 'logé', residents: 'logés', Resident: 'Logé', Residents: 'Logés', theResident: 'the logé' }],
    [
      'mens met een zorgvraag',
      'nl',
      {
        resident: 'mens met een zorgvraag',
        residents: 'mensen met een zorgvraag',
        Resident: 'Mens met een zorgvraag',
        Residents: 'Mensen met een zorgvraag',
        theResident: 'de mens met een zorgvraag',
      },
    ],
    [
      'jonge  mantelzorger',
      'nl',
      {
        resident: 'jonge mantelzorger',
        residents: 'jonge mantelzorgers',
        Resident: 'Jonge mantelzorger',
        Residents: 'Jonge mantelzorgers',
        theResident: 'de jonge mantelzorger',
      },
    ],
    [
      'ijsvogel',
      'nl',
      { resident: 'ijsvogel', residents: 'ijsvogels', Resident: 'IJsvogel', Residents: 'IJsvogels', theResident: 'de ijsvogel' },
    ],
  ])('%j in %s', (term, language, words) => {
    expect(residentWords(term, language)).toEqual(words);
  });
});
