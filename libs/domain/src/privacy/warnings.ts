import { Language } from '../i18n/language';
import { LocalizedText } from '../values/localized-text';
import { IDENTIFYING_DETAIL_KINDS, IdentifyingDetail, IdentifyingDetailKind } from './types';

export const IDENTIFYING_DETAIL_LABELS: Record<IdentifyingDetailKind, LocalizedText> = {
  name: { nl: 'Naam', en: 'Name' },
  bsn: { nl: 'BSN', en: 'Citizen service number (BSN)' },
  date_of_birth: { nl: 'Geboortedatum', en: 'Date of birth' },
  postcode_house_number: { nl: 'Adres', en: 'Address' },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
};

const COUNTED: Record<IdentifyingDetailKind, Record<Language, readonly [one: string, other: string]>> = {
  name: { nl: ['naam', 'namen'], en: ['name', 'names'] },
  bsn: { nl: ['BSN', "BSN's"], en: ['BSN', 'BSNs'] },
  date_of_birth: { nl: ['geboortedatum', 'geboortedata'], en: ['date of birth', 'dates of birth'] },
  postcode_house_number: { nl: ['adres', 'adressen'], en: ['address', 'addresses'] },
  phone: { nl: ['telefoonnummer', 'telefoonnummers'], en: ['phone number', 'phone numbers'] },
  email: { nl: ['e-mailadres', 'e-mailadressen'], en: ['e-mail address', 'e-mail addresses'] },
};

function listing(items: string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * A short warning for the author, e.g. "Deze tekst bevat mogelijk herkenbare
 * gegevens: 1 naam en 2 telefoonnummers. …"; null when nothing was found.
 * The advice follows the texts' declarations (ContentFinding.pseudonym): where
 * the context gives the person a pseudonym (a case, a live case session) it
 * points to it; elsewhere (a peer visit, a practice, a relative's answer) there
 * is none to use, so it asks to describe the situation without names.
 */
export function identifyingDetailsWarning(
  findings: readonly (IdentifyingDetail & { readonly pseudonym: boolean })[],
  language: Language,
): string | null {
  if (findings.length === 0) return null;
  const parts = IDENTIFYING_DETAIL_KINDS.flatMap((kind) => {
    const count = findings.filter((f) => f.kind === kind).length;
    if (count === 0) return [];
    const [one, other] = COUNTED[kind][language];
    return [`${count} ${count === 1 ? one : other}`];
  });
  const pseudonym = findings.some((f) => f.pseudonym);
  return language === 'nl'
    ? `Deze tekst bevat mogelijk herkenbare gegevens: ${listing(parts, 'nl')}. ${
        pseudonym
          ? 'Gebruik het pseudoniem en laat namen, adressen, geboortedata en nummers weg.'
          : 'Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.'
      }`
    : `This text may contain identifying details: ${listing(parts, 'en')}. ${
        pseudonym
          ? 'Use the pseudonym and leave out names, addresses, dates of birth and numbers.'
          : 'Describe the situation without names, addresses, dates of birth or numbers.'
      }`;
}

/** Replaces each finding by a placeholder such as "[naam]" or "[BSN]", so the author can accept the change. */
export function maskIdentifyingDetails(text: string, findings: readonly IdentifyingDetail[], language: Language): string {
  let result = '';
  let cursor = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    result += `${text.slice(cursor, f.start)}[${COUNTED[f.kind][language][0]}]`;
    cursor = f.end;
  }
  return result + text.slice(cursor);
}
