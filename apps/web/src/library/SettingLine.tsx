import {
  CLIENT_GROUP_LABELS,
  LIBRARY_AUDIENCE_LABELS,
  LIBRARY_SOURCE_KIND_LABELS,
  LOCATION_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
} from '@kring/domain';
import type { LibraryEntryPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { withoutTeamWord } from '../ui/team-name';
import { useTexts } from './texts';

type Hit = Pick<LibraryEntryPartsFragment, 'kind' | 'audience' | 'fromOwnOrganisation' | 'teamName' | 'sharedAt' | 'setting'>;

/**
 * Where an item comes from, told by its setting, never by name: "Verhaal ·
 * Zorgboerderij · Ouderen". The own organisation is named as such, with its team.
 */
export function SettingLine({ hit }: { hit: Hit }) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const setting = hit.fromOwnOrganisation
    ? hit.teamName
      ? t('library.ownTeam', { team: withoutTeamWord(hit.teamName) })
      : t('library.own')
    : [
        hit.setting.organisationKind && label(ORGANISATION_KIND_LABELS, hit.setting.organisationKind),
        hit.setting.locationKind && label(LOCATION_KIND_LABELS, hit.setting.locationKind),
        hit.setting.clientGroups.map((g) => label(CLIENT_GROUP_LABELS, g)).join(', '),
      ]
        .filter(Boolean)
        .join(' · ');
  return (
    <p className="muted">
      <span className="badge">{label(LIBRARY_SOURCE_KIND_LABELS, hit.kind)}</span> {setting}
      {hit.fromOwnOrganisation && hit.audience === 'organisation' && ` · ${label(LIBRARY_AUDIENCE_LABELS, 'organisation')}`} ·{' '}
      {t('library.sharedAt', { date: date(hit.sharedAt) })}
    </p>
  );
}
