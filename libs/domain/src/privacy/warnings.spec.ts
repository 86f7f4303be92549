import { findIdentifyingDetails } from './identifying-details';
import { IDENTIFYING_DETAIL_LABELS, identifyingDetailsWarning, maskIdentifyingDetails } from './warnings';
import { IDENTIFYING_DETAIL_KINDS } from './types';

describe('identifying-details warnings', () => {
  it('labels every kind in Dutch and English', () => {
    for (const kind of IDENTIFYING_DETAIL_KINDS) {
      expect(IDENTIFYING_DETAIL_LABELS[kind].nl).not.toBe('');
      expect(IDENTIFYING_DETAIL_LABELS[kind].en).not.toBe('');
    }
  });

  it('gives no warning without findings', () => {
    expect(identifyingDetailsWarning([], 'nl')).toBeNull();
  });

  it('summarises counts per kind with plurals', () => {
    const text = 'Jan en Piet, 06-12345678 en 020-1234567, mail jan@example.nl';
    const findings = findIdentifyingDetails(text, { knownNames: ['Jan', 'Piet'] }).map((f) => ({ ...f, pseudonym: true }));
    expect(identifyingDetailsWarning(findings, 'nl')).toBe(
      'Deze tekst bevat mogelijk herkenbare gegevens: 2 namen, 2 telefoonnummers en 1 e-mailadres. Gebruik het pseudoniem en laat namen, adressen, geboortedata en nummers weg.',
    );
    expect(identifyingDetailsWarning(findings, 'en')).toContain('2 names, 2 phone numbers and 1 e-mail address');
    expect(identifyingDetailsWarning(findings, 'en')).toContain('Use the pseudonym');
  });

  it('asks to describe the situation where the text has no pseudonym to use (a peer visit, a relative on their link)', () => {
    const findings = findIdentifyingDetails('BSN 123456782').map((f) => ({ ...f, pseudonym: false }));
    expect(identifyingDetailsWarning(findings, 'nl')).toBe(
      'Deze tekst bevat mogelijk herkenbare gegevens: 1 BSN. Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.',
    );
    expect(identifyingDetailsWarning(findings, 'en')).toBe(
      'This text may contain identifying details: 1 BSN. Describe the situation without names, addresses, dates of birth or numbers.',
    );
  });

  it('points to the pseudonym as soon as one text of the save has one', () => {
    const [bsn] = findIdentifyingDetails('BSN 123456782');
    expect(
      identifyingDetailsWarning(
        [
          { ...bsn, pseudonym: false },
          { ...bsn, pseudonym: true },
        ],
        'nl',
      ),
    ).toContain('Gebruik het pseudoniem');
  });

  it('masks findings with placeholders', () => {
    const text = 'Jan belt 06-12345678.';
    const findings = findIdentifyingDetails(text, { knownNames: ['Jan'] });
    expect(maskIdentifyingDetails(text, findings, 'nl')).toBe('[naam] belt [telefoonnummer].');
    expect(maskIdentifyingDetails(text, findings, 'en')).toBe('[name] belt [phone number].');
    expect(maskIdentifyingDetails(text, [], 'nl')).toBe(text);
  });
});
