import { residentWords, type ResidentWords } from '@kring/domain';
import { useLanguage } from '../i18n';
import { organisationsOf, useViewer } from './auth';
import { residentTermOf } from './resident-term';

/**
 * The word for the people cared for in the given organisation, or in all of
 * the viewer's when the text is about none in particular, as the organisation
 * typed it: for the domain's labels made from it in both languages
 * (`mirrorRelationLabels(term)`). The session already holds each
 * organisation's word, so no screen asks for it.
 */
export function useResidentTerm(organisationId?: string): string {
  const viewer = useViewer();
  return residentTermOf(organisationsOf(viewer).filter((o) => organisationId === undefined || o.id === organisationId));
}

/**
 * The words a text uses for the people cared for (`t(key, words)`: {{residents}},
 * {{theResident}}, …) in the given organisation, or in all of the viewer's when
 * the text is about none in particular.
 */
export function useResidentWords(organisationId?: string): ResidentWords {
  const [language] = useLanguage();
  return residentWords(useResidentTerm(organisationId), language);
}
