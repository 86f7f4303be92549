import { COMPLEMENT_COUNT_TEXT, MIN_GROUP_SIZE } from '@kring/domain';
import type { MirrorHarvestPartsFragment } from '../../graphql/generated';
import { useLocalized } from '../../i18n/localized';
import { useSmallNumber } from '../../ui/SmallNumber';
import { Table } from '../../ui/Table';
import { useTexts } from '../texts';

type ThemeMirror = MirrorHarvestPartsFragment['themes'][number]['mirror'];

/**
 * What relatives find important next to what they experience, per phrase and
 * how many people used it on each side — the widest gap first, because that
 * gap starts the conversation. Never a score, never per person, and nothing at
 * all below five people.
 */
export function WordMirror({ mirror }: { mirror: ThemeMirror }) {
  const { t } = useTexts();
  const fewer = useSmallNumber();
  const local = useLocalized();
  // Under five answers nothing is shown, not even how many (zero included): the count would point at people.
  if (!mirror.shown) return <p className="muted">{t('mirror.harvest.mirrorHidden', { min: MIN_GROUP_SIZE })}</p>;
  const people = (count: number | null | undefined) => (count == null ? fewer(count) : t('mirror.harvest.people', { count }));
  return (
    <div className="mirror-word-mirror">
      <p className="muted">
        {/* Shown, yet no number: hidden so that it minus a count below does not say how few did not name a phrase. */}
        {mirror.respondents == null
          ? t('mirror.harvest.respondentsHidden', { min: MIN_GROUP_SIZE, hidden: local(COMPLEMENT_COUNT_TEXT) })
          : t('mirror.harvest.respondents', { count: mirror.respondents })}
      </p>
      {mirror.phrases.length === 0 ? (
        <p className="muted">{t('mirror.harvest.noWords')}</p>
      ) : (
        // On a phone each phrase is a card with its two counts under it: a phrase is read whole, not scrolled sideways.
        <Table
          label={t('mirror.harvest.mirrorTable')}
          stack
          rows={mirror.phrases}
          rowKey={(p) => p.phrase}
          columns={[
            { header: t('mirror.harvest.phrase'), cell: (p) => p.phrase, className: 'mirror-phrase' },
            { header: t('mirror.harvest.important'), cell: (p) => people(p.important) },
            { header: t('mirror.harvest.experienced'), cell: (p) => people(p.experienced) },
          ]}
        />
      )}
    </div>
  );
}
