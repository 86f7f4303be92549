import { LocalizedText } from '../values/localized-text';

/**
 * Small-number suppression (domain guide §8), in ONE place: every aggregate
 * and every descriptor that could point at a person, a home or an
 * organisation goes through these functions, so the rule cannot drift
 * between features.
 *
 * - A count under MIN_GROUP_SIZE is not shown (null, read as "minder dan 5").
 *   Zero is suppressed too: a "0" next to "minder dan 5" would reveal that
 *   the other rows are 1–4.
 * - Anything built from fewer than MIN_GROUP_SIZE sources (mirror reports,
 *   organisations, people) shows none of its content, only that there were
 *   fewer than five sources.
 * - A descriptor (e.g. the kind of organisation) is shown only when at least
 *   MIN_GROUP_SIZE organisations in the network share it.
 */
export const MIN_GROUP_SIZE = 5;

/**
 * How every screen and every export says a count that shownCount left out:
 * one text from the rule's own constant, so "minder dan 5" cannot become
 * "< 5" in one table and "te weinig" in the next.
 */
export const SUPPRESSED_COUNT_TEXT: LocalizedText = { nl: `minder dan ${MIN_GROUP_SIZE}`, en: `fewer than ${MIN_GROUP_SIZE}` };

/** Why such a count is left out: for a hover or a note beside it. */
export const SUPPRESSED_COUNT_WHY: LocalizedText = {
  nl: `Aantallen onder de ${MIN_GROUP_SIZE} toont Kring niet, zodat ze niet naar mensen wijzen.`,
  en: `Kring does not show counts below ${MIN_GROUP_SIZE}, so that they do not point at people.`,
};

/** The count to show, or null when it is suppressed (zero included). */
export function shownCount(count: number): number | null {
  return count >= MIN_GROUP_SIZE ? count : null;
}

/** Whether an aggregate over this many distinct sources may show anything of them. */
export function enoughSources(sources: number): boolean {
  return sources >= MIN_GROUP_SIZE;
}

/**
 * The network rule, one for every view of a learning network as one whole (a
 * quarter of its patterns, its year overview): such a view shows nothing of a
 * period, however large its counts, when fewer than MIN_GROUP_SIZE
 * organisations showed something in it. With fewer, a member could read
 * another's pattern from the difference with its own, and a coordinator who
 * knows the members could read one home's year. A period in which no
 * organisation showed anything is shown as it is (empty): there is no one to
 * point at.
 */
export function tooFewOrganisations(organisationsThatShowedSomething: number): boolean {
  return organisationsThatShowedSomething > 0 && !enoughSources(organisationsThatShowedSomething);
}

/**
 * Items (texts, quotes, rows) shown only when they come from enough distinct
 * sources; otherwise null — nothing of them, not even a sample. Five texts
 * from one report would still be that report.
 */
export function fromEnoughSources<T>(items: readonly T[], sourceOf: (item: T) => string): readonly T[] | null {
  return enoughSources(new Set(items.map(sourceOf)).size) ? items : null;
}

/** A descriptor shown only when at least MIN_GROUP_SIZE organisations in the network share it; else null. */
export function sharedDescriptor<T>(descriptor: T, organisationsSharingIt: number): T | null {
  return enoughSources(organisationsSharingIt) ? descriptor : null;
}

/** What a screen says where it leaves out a descriptor by sharedDescriptor (the library's filters on where an item comes from). */
export const SHARED_DESCRIPTOR_SENTENCE: LocalizedText = {
  nl: `De soort organisatie, de soort locatie en de doelgroepen noemt Kring bij andere organisaties pas, en zoekt het er pas op, als minstens ${MIN_GROUP_SIZE} organisaties in het netwerk ze delen; anders zouden ze de organisatie verraden.`,
  en: `Kring names the kind of organisation, the kind of location and the client groups of other organisations, and searches on them, only when at least ${MIN_GROUP_SIZE} organisations in the network share them; otherwise they would give the organisation away.`,
};
