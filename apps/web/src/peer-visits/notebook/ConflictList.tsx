import type { ConflictChoice } from '../../graphql/generated';
import { Button } from '../../ui/Button';
import { NoteTags } from '../NoteTags';
import type { NoteConflict } from './use-notebook';
import { useTexts } from '../texts';

/**
 * Two versions of one beeld met (the same visitor on two devices): both are
 * shown, and the author chooses — nothing was dropped on the way.
 */
export function ConflictList({
  conflicts,
  onChoose,
}: {
  conflicts: NoteConflict[];
  onChoose: (id: string, choice: ConflictChoice) => void;
}) {
  const { t } = useTexts();
  if (conflicts.length === 0) return null;
  return (
    <section className="section conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('visits.notebook.conflicts.title')}</h2>
      <p>{t('visits.notebook.conflicts.intro')}</p>
      <ul className="card-list">
        {conflicts.map((c) => (
          <li key={c.id} className="card">
            <h3>{t('visits.notebook.conflicts.current')}</h3>
            <p>{c.current.body}</p>
            <NoteTags note={c.current} />
            <h3>{c.deleted ? t('visits.notebook.conflicts.mineWithdrawn') : t('visits.notebook.conflicts.mine')}</h3>
            <p>{c.body}</p>
            <NoteTags note={c} />
            <div className="actions">
              <Button variant="secondary" onClick={() => onChoose(c.id, 'keep_server')}>
                {t('visits.notebook.conflicts.keepServer')}
              </Button>
              <Button variant="secondary" onClick={() => onChoose(c.id, 'keep_mine')}>
                {c.deleted ? t('visits.notebook.conflicts.withdraw') : t('visits.notebook.conflicts.keepMine')}
              </Button>
              {!c.deleted && <Button onClick={() => onChoose(c.id, 'keep_both')}>{t('visits.notebook.conflicts.keepBoth')}</Button>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
