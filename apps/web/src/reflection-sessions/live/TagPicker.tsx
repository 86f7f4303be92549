import { findFrameworkItem, TAG_DIRECTION_LABELS, TAG_DIRECTIONS } from '@kring/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useLocale } from '../../i18n/locale';
import { Button } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { chooseValue, NO_TAG_CHOICE, submitTag } from './tag-choice';
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
  const folder = useRef<HTMLDetailsElement>(null);
  const [choice, setChoice] = useState(NO_TAG_CHOICE);
  const { itemId, direction, query, missing } = choice;
  const groups = valueGroups(query, localized);
  const chosen = itemId ? findFrameworkItem(itemId) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { next, tag } = submitTag(choice);
    setChoice(next);
    if (!tag) return;
    send({ type: 'tag', phaseId: phase.id, entryId, ...tag });
    // Folded away again, so the new tag on the entry is what shows; focus stays on the picker's own line.
    if (folder.current) {
      folder.current.open = false;
      folder.current.querySelector('summary')?.focus();
    }
  };

  return (
    <details className="tag-picker" ref={folder}>
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
            onChange={(e) => setChoice({ ...choice, query: e.target.value })}
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
                        onChange={() => setChoice(chooseValue(choice, item.id))}
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
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value={d}
                  checked={direction === d}
                  onChange={() => setChoice({ ...choice, direction: d })}
                />
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
