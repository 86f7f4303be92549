import { MIRROR_MIN_RESPONDENTS } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import type { MirrorHarvestPartsFragment } from '../../graphql/generated';

type ThemeMirror = MirrorHarvestPartsFragment['themes'][number]['mirror'];

/**
 * What relatives find important next to what they experience, as words and
 * how many people used them: a conversation starter, never a score, never
 * per person, and nothing at all below five people.
 */
export function WordMirror({ mirror }: { mirror: ThemeMirror }) {
  const { t } = useTranslation();
  if (mirror.respondents === 0) return null;
  if (!mirror.shown) return <p className="muted">{t('mirror.harvest.mirrorHidden', { min: MIRROR_MIN_RESPONDENTS })}</p>;
  const side = (title: string, words: ThemeMirror['important']) => (
    <div>
      <h5>{title}</h5>
      {words.length === 0 ? (
        <p className="muted">{t('mirror.harvest.noWords')}</p>
      ) : (
        <ul className="mirror-words">
          {words.map((w) => (
            <li key={w.word}>
              {w.word} <span className="muted">({t('mirror.harvest.people', { count: w.count })})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <div className="mirror-word-mirror">
      <p className="muted">{t('mirror.harvest.respondents', { count: mirror.respondents })}</p>
      <div className="mirror-word-mirror__sides">
        {side(t('mirror.harvest.important'), mirror.important)}
        {side(t('mirror.harvest.experienced'), mirror.experienced)}
      </div>
    </div>
  );
}
