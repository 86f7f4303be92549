import { Language, LibraryAudience, LibrarySourceKind } from '@kring/domain';
import { audienceRefusal } from '../audience-refusal';

describe('audienceRefusal', () => {
  it.each([
    {
      kind: 'story',
      audience: 'network',
      language: 'nl',
      code: 'STORY_NO_CONSENT',
      params: { audience: 'Het lerend netwerk, zonder namen' },
    },
    { kind: 'story', audience: 'organisation', language: 'en', code: 'STORY_NO_CONSENT', params: { audience: 'The whole organisation' } },
    {
      kind: 'mirror_report',
      audience: 'network',
      language: 'nl',
      code: 'LIBRARY_REPORT_NOT_SHARED',
      params: { audience: 'het lerend netwerk, zonder namen' },
    },
    {
      kind: 'mirror_report',
      audience: 'organisation',
      language: 'en',
      code: 'LIBRARY_REPORT_NOT_SHARED',
      params: { audience: 'our own organisation' },
    },
    {
      kind: 'case',
      audience: 'network',
      language: 'nl',
      code: 'CONSENT_REQUIRED',
      params: { scope: 'Delen in het lerend netwerk (geanonimiseerd)' },
    },
    { kind: 'case', audience: 'organisation', language: 'nl', code: 'CONSENT_REQUIRED', params: { scope: 'Delen in de organisatie' } },
    {
      kind: 'lesson',
      audience: 'network',
      language: 'en',
      code: 'CONSENT_REQUIRED',
      params: { scope: 'Share in the learning network (anonymised)' },
    },
    { kind: 'lesson', audience: 'organisation', language: 'en', code: 'CONSENT_REQUIRED', params: { scope: 'Share in the organisation' } },
  ] as { kind: LibrarySourceKind; audience: LibraryAudience; language: Language; code: string; params: Record<string, string> }[])(
    '$kind to $audience ($language): $code',
    ({ kind, audience, language, code, params }) => {
      const error = audienceRefusal(kind, audience, language);
      expect({ code: error.extensions.code, params: error.extensions.params }).toEqual({ code, params });
    },
  );
});
