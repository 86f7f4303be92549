import { findFrameworkItem, TAG_DIRECTION_LABELS, TAG_DIRECTIONS, type TagDirection } from '@kring/domain';
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '../../i18n/locale';
import { Button } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { valueGroups } from './value-search';
import { useTexts } from '../texts';

/**
 * Tagging, not scoring: a value of the mensperspectief (or one of its
 * sub-values, factors or vulnerabilities) and a direction. Folded away until
 * asked for, so a list of contributions stays readable on a phone; inside, the
 * 49 items sit under their six core values, narrowed by a search field.
 */
export function TagPicker({ entryId, entryLabel }: { entryId: string; entryLabel: string }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { label } = useLocale();
  const { phase, send } = useRoom();
  const id = useId();
  const [itemId, setItemId] = useState('');
  const [direction, setDirection] = useState<TagDirection>('visible_strength');
  const [missing, setMissing] = useState(false);
  const [query, setQuery] = useState('');
  const groups = valueGroups(query, localized);
  const chosen = itemId ? findFrameworkItem(itemId) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!itemId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send({ type: 'tag', phaseId: phase.id, entryId, itemId, direction });
    setItemId('');
    setQuery('');
  };

  return (
    <details className="tag-picker">
      <summary>{t('sessions.live.tags.add')}</summary>
      <form noValidate onSubmit={submit} aria-label={t('sessions.live.tags.formLabel', { entry: entryLabel })}>
        <fieldset
          className={missing ? 'field value-picker field--invalid' : 'field value-picker'}
          aria-describedby={missing ? `${id}-error` : undefined}
        >
          <legend>{t('sessions.live.tags.value')}</legend>
          {missing && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('sessions.live.tags.chooseValue')}
            </p>
          )}
          <label htmlFor={`${id}-search`} className="visually-hidden">
            {t('sessions.live.tags.search')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder={t('sessions.live.tags.search')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="value-picker__chosen" aria-live="polite">
            {chosen ? t('sessions.live.tags.chosen', { value: localized(chosen.name) }) : t('sessions.live.tags.noneChosen')}
          </p>
          {groups.length === 0 && <p className="muted">{t('sessions.live.tags.nothingFound', { query })}</p>}
          {groups.map(({ value, items }) => (
            // Open while searching, or when it holds the choice; otherwise six short lines.
            <details key={value.id} className="value-picker__group" open={query.trim() !== '' || items.some((i) => i.id === itemId)}>
              <summary>
                {localized(value.name)} <span className="muted">({items.length})</span>
              </summary>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={`${id}-item`}
                        value={item.id}
                        checked={itemId === item.id}
                        onChange={() => setItemId(item.id)}
                      />
                      {item.id === value.id ? t('sessions.live.tags.wholeValue', { value: localized(item.name) }) : localized(item.name)}
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('sessions.live.tags.direction')}</legend>
          <div className="checkboxes">
            {TAG_DIRECTIONS.map((d) => (
              <label key={d} className="checkbox">
                <input type="radio" name={`${id}-direction`} value={d} checked={direction === d} onChange={() => setDirection(d)} />
                {label(TAG_DIRECTION_LABELS, d)}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" variant="secondary">
          {t('sessions.live.tags.submit')}
        </Button>
      </form>
    </details>
  );
}
