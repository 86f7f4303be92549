import { LocalizedText } from '../values/localized-text';
import { MIN_GROUP_SIZE } from './suppression';

/**
 * How a network overview opens, on the screen and in its export: the organisations that count (not always all of
 * them, see below), together, never one by one.
 */
export const NETWORK_AGGREGATE_INTRO: LocalizedText = {
  nl: 'Patronen over de organisaties die meetellen, samen: niets per organisatie en geen rangorde.',
  en: 'Patterns across the organisations counted, together: nothing per organisation and no ranking.',
};

/**
 * What the year overview says instead of its figures when too few organisations count (tooFewOrganisations, the
 * rule the network's patterns apply to a quarter), on the screen and in its export, in that rule's words.
 */
export const TOO_FEW_ORGANISATIONS_IN_YEAR: LocalizedText = {
  nl: `Te weinig organisaties. In het lerend netwerk blijft het jaaroverzicht leeg als minder dan ${MIN_GROUP_SIZE} organisaties in dat jaar iets lieten zien, net als een kwartaal bij de patronen: met minder zou je uit de cijfers kunnen halen wat één organisatie deed. Een organisatie telt mee als ze in dat jaar een reflectiesessie, een spiegelgesprek, een visitatie of een nieuwe praktijk had.`,
  en: `Too few organisations. In the learning network the year overview stays empty when fewer than ${MIN_GROUP_SIZE} organisations showed something that year, as a quarter does in the patterns: with fewer, the figures could tell you what one organisation did. An organisation counts when it had a reflection session, a mirror conversation, a visit or a new practice that year.`,
};

/**
 * Network aggregates leave out the reader's own organisations. A coordinator
 * who also works in a member organisation knows that organisation's figures;
 * a network count that included them would give a small count of the others
 * away by subtraction (network 7, own 4: the others 3), which the
 * small-number rule hides everywhere else. So every count, table and quote a
 * network overview or harvest shows is taken over the other organisations,
 * and the page says which were left out, in these words.
 */
export function ownOrganisationsLeftOut(names: readonly string[]): LocalizedText | null {
  if (names.length === 0) return null;
  const list = (and: string) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);
  return {
    nl: `Zonder ${list('en')}, waar je zelf bij hoort: je weet wat daar gebeurt, en met die cijfers zou je een aantal onder de ${MIN_GROUP_SIZE} van een ander huis kunnen uitrekenen (het netwerk min je eigen deel). Die cijfers zie je bij je eigen organisatie.`,
    en: `Without ${list('and')}, which you belong to yourself: you know what happens there, and with those figures you could work out a count below ${MIN_GROUP_SIZE} of another home (the network minus your own part). You see those figures with your own organisation.`,
  };
}
