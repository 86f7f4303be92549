import { MOMENT_OF_DAY_LABELS, type MomentOfDay } from '@kring/domain';
import { useLocalized } from '../i18n/localized';
import { useMirrorThemeNames } from './host-words';
import { FINDING_TYPE_NAMES, VALUE_NAMES } from './labels';
import { useTexts } from './texts';

interface Tagged {
  findingType: string;
  valueIds: readonly string[];
  mirrorThemeId?: string | null;
  momentOfDay?: string | null;
  aboutFocus: boolean;
}

/** The tags of a beeld in one quiet line: finding type, values, mirror theme, moment, focus. */
export function NoteTags({ note }: { note: Tagged }) {
  const { t } = useTexts();
  const local = useLocalized();
  const themeNames = useMirrorThemeNames();
  const name = (names: ReadonlyMap<string, { nl: string; en: string }>, id: string) => {
    const text = names.get(id);
    return text ? local(text) : id;
  };
  const parts = [
    name(FINDING_TYPE_NAMES, note.findingType),
    ...note.valueIds.map((id) => name(VALUE_NAMES, id)),
    note.mirrorThemeId ? name(themeNames, note.mirrorThemeId) : null,
    note.momentOfDay ? local(MOMENT_OF_DAY_LABELS[note.momentOfDay as MomentOfDay]) : null,
    note.aboutFocus ? t('visits.notebook.aboutFocus') : null,
  ].filter(Boolean);
  return <p className="note-tags muted">{parts.join(' · ')}</p>;
}
