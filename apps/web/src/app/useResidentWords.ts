import { residentWords, type ResidentWords } from '@kring/domain';
import { useLanguage } from '../i18n';
import { organisationsOf, useViewer } from './auth';
import { residentTermOf } from './resident-term';

/**
 * The words a text uses for the people cared for (`t(key, words)`: {{residents}},
 * {{theResident}}, …) in the given organisation, or in all of the viewer's when
 * the text is about none in particular. The session already holds each
 * organisation's word, so no screen asks for it.
 */
export function useResidentWords(organisationId?: string): ResidentWords {
  const viewer = useViewer();
  const [language] = useLanguage();
  const organisations = organisationsOf(viewer).filter((o) => organisationId === undefined || o.id === organisationId);
  return residentWords(residentTermOf(organisations), language);
}
