import {
  findIdentifyingDetails,
  findingId,
  GuardedTextInput,
  IDENTIFYING_DETAIL_LABELS,
  KnownNames,
  Language,
  nameVariants,
  placeNameVariants,
} from '@kring/domain';
import { EntityManager } from 'typeorm';
import { FieldFinding } from '../../engine/privacy/content-guard.errors';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';

/**
 * The cases module's identifying-details guard with more names to look for
 * than the organisation's people and register, for what leaves the team: the
 * teller of a story, the people and places around a peer visit, and the
 * organisation's own name, teams and places.
 */
export async function findIdentifyingTexts(
  guard: ContentGuardService,
  organisationId: string,
  texts: readonly GuardedTextInput[],
  extra: KnownNames,
  language: Language,
  manager?: EntityManager,
): Promise<FieldFinding[]> {
  const present = texts.filter((t) => t.text);
  if (present.length === 0) return [];
  // Places as the peer visits mask them: the whole name and its proper part ("De Hoeve"), never "wonen" of "Team wonen".
  const knownNames = [
    ...(await guard.nameForms([organisationId], manager)),
    ...extra.people.flatMap(nameVariants),
    ...extra.places.flatMap(placeNameVariants),
  ];
  return present.flatMap(({ field, text, pseudonym }) =>
    findIdentifyingDetails(text ?? '', { knownNames }).map((f) => ({
      field,
      pseudonym,
      kind: f.kind,
      start: f.start,
      end: f.end,
      match: f.match,
      label: IDENTIFYING_DETAIL_LABELS[f.kind][language],
      id: findingId(f),
    })),
  );
}
