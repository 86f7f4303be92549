import {
  CONSENT_SCOPE_LABELS,
  Language,
  LIBRARY_AUDIENCE_LABELS,
  LibraryAudience,
  LibrarySourceKind,
  STORY_AUDIENCE_LABELS,
} from '@kring/domain';
import { UserError } from '../../../engine/graphql/user-error';

/**
 * Why a source may not be shared with an audience its consent or sharing
 * does not allow, in the words of each kind: a story's storyteller did not
 * consent, a mirror report was not shared that widely, a case or lesson lacks
 * the consent scope for it.
 */
export function audienceRefusal(kind: LibrarySourceKind, audience: LibraryAudience, language: Language): UserError {
  if (kind === 'story') return new UserError('STORY_NO_CONSENT', { audience: STORY_AUDIENCE_LABELS[audience].label[language] });
  if (kind === 'mirror_report')
    return new UserError('LIBRARY_REPORT_NOT_SHARED', {
      audience: LIBRARY_AUDIENCE_LABELS[audience][language].toLocaleLowerCase(language),
    });
  const scope = audience === 'network' ? 'share_in_network' : 'share_in_organisation';
  return new UserError('CONSENT_REQUIRED', { scope: CONSENT_SCOPE_LABELS[scope][language] });
}
