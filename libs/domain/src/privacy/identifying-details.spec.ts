import { isValidBsn } from './bsn';
import { findIdentifyingDetails, nameMatcher, nameVariants } from './identifying-details';
import { IdentifyingDetailKind } from './types';

const ref = { referenceDate: new Date('2026-06-01T12:00:00Z') };
const find = (text: string, knownNames: string[] = []) => findIdentifyingDetails(text, { ...ref, knownNames });
const kinds = (text: string, knownNames: string[] = []) => find(text, knownNames).map((f) => f.kind);
const matches = (text: string, kind: IdentifyingDetailKind, knownNames: string[] = []) =>
  find(text, knownNames)
    .filter((f) => f.kind === kind)
    .map((f) => f.match);

describe('isValidBsn', () => {
  it('applies the 11-check', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('accepts dots and spaces but only 9 digits', () => {
    expect(isValidBsn('123.456.782')).toBe(true);
    expect(isValidBsn('123 456 782')).toBe(true);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });
});

describe('findIdentifyingDetails', () => {
  it('finds nothing in a clean, pseudonymised text', () => {
    const text =
      'Mevrouw B. (pseudoniem Roos) wilde gisteren om 8.30 uur niet douchen. Ze had het koud. We zijn eerst even bij haar gaan zitten; ' +
      'na tien minuten wilde ze wel. In januari proberen we 2 keer per week een vaste begeleider. Er wonen 6 mensen, 1 op de 3 heeft dementie.';
    expect(find(text, ['Jan', 'Anouk de Boer'])).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('finds valid BSNs in plain, dotted and spaced form, not invalid ones', () => {
    expect(matches('BSN 111222333 staat in het dossier', 'bsn')).toEqual(['111222333']);
    expect(matches('bsn: 123.456.782.', 'bsn')).toEqual(['123.456.782']);
    expect(matches('nummer 123 456 782 en 1234.56.782', 'bsn')).toEqual(['123 456 782', '1234.56.782']);
    expect(matches('nummer 123456789', 'bsn')).toEqual([]);
    expect(matches('factuur 1111222333', 'bsn')).toEqual([]);
  });

  it('reports start, end and match sorted by position', () => {
    const text = 'Bel 06-12345678 of mail jan@example.nl';
    const findings = find(text);
    expect(findings).toEqual([
      { kind: 'phone', start: 4, end: 15, match: '06-12345678' },
      { kind: 'email', start: 24, end: 38, match: 'jan@example.nl' },
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('finds birth dates in Dutch notations', () => {
    expect(matches('Zij is 12-03-1941 geboren', 'date_of_birth')).toEqual(['12-03-1941']);
    expect(matches('geboortedatum 3/5/1950.', 'date_of_birth')).toEqual(['3/5/1950']);
    expect(matches('Op 3 mei 1938 in Zwolle', 'date_of_birth')).toEqual(['3 mei 1938']);
    expect(matches('op 14 Februari 1944', 'date_of_birth')).toEqual(['14 Februari 1944']);
    expect(matches('sinds 1 okt. 1960', 'date_of_birth')).toEqual(['1 okt. 1960']);
    expect(matches('iso 1947-08-09', 'date_of_birth')).toEqual(['1947-08-09']);
  });

  it("uses 'geboren op' for dates without a full year, and 'geboren in' for a year", () => {
    expect(matches('Hij is geboren op 3 mei en houdt van taart', 'date_of_birth')).toEqual(['3 mei']);
    expect(matches('geb. 12-03-41', 'date_of_birth')).toEqual(['12-03-41']);
    expect(matches('Zij is geboren in 1938.', 'date_of_birth')).toEqual(['1938']);
    expect(matches('Op 3 mei gingen we naar de markt', 'date_of_birth')).toEqual([]);
  });

  it('ignores impossible or future dates', () => {
    expect(matches('31-02-1950', 'date_of_birth')).toEqual([]);
    expect(matches('12-13-1950', 'date_of_birth')).toEqual([]);
    expect(matches('afspraak 12-03-2031', 'date_of_birth')).toEqual([]);
    expect(matches('in 1850-01-01', 'date_of_birth')).toEqual([]);
  });

  it('finds postcodes with house numbers and street addresses', () => {
    expect(matches('Adres: 1234 AB 12 in Zwolle', 'postcode_house_number')).toEqual(['1234 AB 12']);
    expect(matches('woont op 1234AB, 5a.', 'postcode_house_number')).toEqual(['1234AB, 5a']);
    expect(matches('postcode 8011 PK Zwolle', 'postcode_house_number')).toEqual(['8011 PK']);
    expect(matches('Ze woonde aan de Dorpsstraat 12 in het dorp', 'postcode_house_number')).toEqual(['Dorpsstraat 12']);
    expect(matches('Kerkweg 3a en Molenlaan 14-2', 'postcode_house_number')).toEqual(['Kerkweg 3a', 'Molenlaan 14-2']);
    expect(matches('In 1995 en 12 andere jaren', 'postcode_house_number')).toEqual([]);
    expect(matches('We fietsten 1200km en 1940 SS', 'postcode_house_number')).toEqual([]);
    expect(matches('We liepen over de straat 12 minuten', 'postcode_house_number')).toEqual([]);
  });

  it('finds Dutch phone numbers in the usual notations', () => {
    expect(matches('06-12345678', 'phone')).toEqual(['06-12345678']);
    expect(matches('bel 06 1234 5678!', 'phone')).toEqual(['06 1234 5678']);
    expect(matches('of +31 6 12345678.', 'phone')).toEqual(['+31 6 12345678']);
    expect(matches('+31 (0)6 12 34 56 78', 'phone')).toEqual(['+31 (0)6 12 34 56 78']);
    expect(matches('kantoor 020-1234567', 'phone')).toEqual(['020-1234567']);
    expect(matches('0031 20 123 4567', 'phone')).toEqual(['0031 20 123 4567']);
    expect(matches('(0111) 123456', 'phone')).toEqual(['(0111) 123456']);
    expect(matches('bel (020) 123 45 67', 'phone')).toEqual(['(020) 123 45 67']);
    expect(kinds('1234 AB 06-12345678')).toEqual(['postcode_house_number', 'phone']);
  });

  it('does not take short or long numbers for phones', () => {
    expect(matches('om 08.30 uur, 0,5 liter, 0612345', 'phone')).toEqual([]);
    expect(matches('rekening 061234567890', 'phone')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(matches('Mail naar a.de.vries@zorg-boerderij.nl of info@kring.example.org.', 'email')).toEqual([
      'a.de.vries@zorg-boerderij.nl',
      'info@kring.example.org',
    ]);
  });

  it('finds known names as whole words, case-insensitively', () => {
    expect(matches('jan kwam binnen. Daarna zei JAN: "Jan\'s beurt"', 'name', ['Jan'])).toEqual(['jan', 'JAN', 'Jan']);
    expect(matches('In januari en bij Jansen thuis', 'name', ['Jan'])).toEqual([]);
    expect(matches('Zoë en zoë', 'name', ['Zoë'])).toEqual(['Zoë', 'zoë']);
    expect(matches('Mevrouw de  Vries belde', 'name', ['de Vries'])).toEqual(['de  Vries']);
    expect(matches('geen naam', 'name', ['', ' ', 'a'])).toEqual([]);
  });

  it.each([
    ['a capitalised word after a known first name is its surname', 'Fatima Yilmaz belde', ['Fatima Yilmaz']],
    ['with particles', 'Toen kwam Jan van der Berg binnen', ['Jan van der Berg']],
    ['a double-barrelled surname', 'Anouk de Graaf-Smit zei', ['Anouk de Graaf-Smit']],
    ['a lower-case word is not a surname', 'Jan kwam binnen', ['Jan']],
    ['nor is a particle without a capitalised word after it', 'Jan de dokter', ['Jan']],
    ['a new line ends the name', 'Jan\nDaarna', ['Jan']],
    ['so does punctuation', 'Jan. Daarna, Anouk: Ja', ['Jan', 'Anouk']],
  ])('widens a known name to its surname: %s', (_label, text, found) => {
    expect(matches(text, 'name', ['Jan', 'Fatima', 'Anouk'])).toEqual(found);
  });

  it('prefers the longest name and the more specific kind when findings overlap', () => {
    expect(matches('Jan de Vries kwam', 'name', nameVariants('Jan de Vries'))).toEqual(['Jan de Vries']);
    expect(kinds('mail jan@example.nl', ['Jan'])).toEqual(['email']);
    expect(kinds('geboren 01-02-1940 12 uur')).toEqual(['date_of_birth']);
  });

  it('escapes names with special characters', () => {
    expect(matches("d'Hondt (zus) en d.Hondt", 'name', ["d'Hondt", 'a+b'])).toEqual(["d'Hondt"]);
  });

  it('handles a realistic case text with several details', () => {
    const text =
      'Anouk (geboren op 4 juli 1939, BSN 111 222 333) woont aan de Kerkstraat 4, 1234 AB. Haar dochter is bereikbaar op 06-98765432 of anouk.dochter@mail.nl.';
    expect(kinds(text, ['Anouk'])).toEqual([
      'name',
      'date_of_birth',
      'bsn',
      'postcode_house_number',
      'postcode_house_number',
      'phone',
      'email',
    ]);
  });
});

describe('nameMatcher', () => {
  const names = [...nameVariants('Jan de Vries'), 'Zoë', "d'Hondt", 'Anouk', '', 'a'];
  const texts = [
    'Jan de Vries kwam, daarna jan en JAN: "Jan\'s beurt"',
    'In januari en bij Jansen thuis',
    'Zoë en zoë, Mevrouw de  Vries belde',
    "d'Hondt (zus) en d.Hondt",
    'Anouk (geboren op 4 juli 1939) woont aan de Kerkstraat 4, 1234 AB; mail jan@example.nl',
    'een tekst zonder naam',
    '',
  ];

  it('finds exactly what the name list finds, text after text, with one compiled matcher', () => {
    const matcher = nameMatcher(names);
    for (const text of texts) {
      expect(findIdentifyingDetails(text, { ...ref, knownNames: matcher })).toEqual(find(text, names));
    }
    expect(find(texts[0], names).filter((f) => f.kind === 'name').length).toBeGreaterThan(0);
  });

  it('finds nothing with no names, and every occurrence of every name for the overlap rules', () => {
    expect(nameMatcher([]).find('Jan de Vries')).toEqual([]);
    expect(nameMatcher(['', ' ', 'a']).find('a b')).toEqual([]);
    // "Jan" is found too, widened to the surname after it (withSurname).
    expect(
      nameMatcher(nameVariants('Jan de Vries'))
        .find('Jan de Vries')
        .map((f) => f.match)
        .sort(),
    ).toEqual(['Jan de Vries', 'Jan de Vries', 'de Vries']);
  });
});

describe('nameVariants', () => {
  it('gives full name, first name and surname with particles', () => {
    expect(nameVariants('Jan de Vries')).toEqual(['Jan de Vries', 'Jan', 'de Vries']);
    expect(nameVariants('  Anouk  ')).toEqual(['Anouk']);
    expect(nameVariants('Piet van')).toEqual(['Piet van', 'Piet']);
    expect(nameVariants('')).toEqual([]);
  });
});
