import { findIdentifyingDetails, IDENTIFYING_DETAIL_LABELS, Language, nameVariants } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { FieldFinding } from '../cases/identifying-details.error';
import { IdentifyingDetailsService, TextToCheck } from '../cases/identifying-details.service';

/** Names to look for besides the organisation's people and register. */
export interface ExtraNames {
  /** People (the teller of a story, who may have no account): also their first name and surname on their own. */
  people?: readonly string[];
  /** The organisation, its teams, locations and places: only as written, so "Team wonen" does not flag every "wonen". */
  places?: readonly string[];
}

/**
 * The cases module's identifying-details guard with more names to look for
 * than the organisation's people and register, for what leaves the team: the
 * teller of a story, and the organisation's own name, teams and places.
 */
export async function findIdentifyingTexts(
  guard: IdentifyingDetailsService,
  organisationId: string,
  texts: readonly TextToCheck[],
  extra: ExtraNames,
  language: Language,
  manager?: EntityManager,
): Promise<FieldFinding[]> {
  const present = texts.filter((t) => t.text);
  if (present.length === 0) return [];
  const knownNames = [...(await guard.knownNames(organisationId, manager)), ...(extra.people ?? []).flatMap(nameVariants), ...(extra.places ?? [])];
  return present.flatMap(({ field, text }) =>
    findIdentifyingDetails(text, { knownNames }).map((f) => ({ field, kind: f.kind, start: f.start, end: f.end, match: f.match, label: IDENTIFYING_DETAIL_LABELS[f.kind][language] })),
  );
}
