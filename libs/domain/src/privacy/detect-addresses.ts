import { IdentifyingDetail } from './types';

/**
 * A Dutch postcode (1234 AB or 1234AB; capitals only, so "1200km" is not one;
 * SA, SD and SS are never issued) with an optional house number ("1234 AB 12",
 * "1234AB, 5a"). A postcode alone is also reported: it covers only a handful
 * of houses.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?:,?\s*[1-9]\d{0,4}(?:\s?[a-zA-Z](?![\p{L}\p{N}]))?(?:-\d{1,4})?)?(?![\p{L}\p{N}])/gu;

/** Street name with a usual Dutch ending, then a house number: "Dorpsstraat 12", "Kerkweg 3a", "Molenlaan 14-2". */
const STREET_ENDINGS = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'dijk',
  'singel',
  'steeg',
  'dreef',
  'hof',
  'pad',
  'park',
  'markt',
  'wal',
  'haven',
  'baan',
  'allee',
  'plantsoen',
  'erf',
  'kamp',
  'veld',
  'dam',
  'ring',
  'boulevard',
];
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Ll}'-]*(?:${STREET_ENDINGS.join('|')})\\s+[1-9]\\d{0,4}(?:\\s?[a-zA-Z](?![\\p{L}\\p{N}]))?(?:[-/]\\d{1,4})?(?![\\p{L}\\p{N}])`,
  'gu',
);

export function findAddresses(text: string): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const pattern of [POSTCODE, STREET]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      found.push({ kind: 'postcode_house_number', start, end: start + m[0].length, match: m[0] });
    }
  }
  return found;
}
