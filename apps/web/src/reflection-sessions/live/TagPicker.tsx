import { childrenOfValue, MENSPERSPECTIEF, TAG_DIRECTION_LABELS, TAG_DIRECTIONS, type TagDirection } from '@kring/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/locale';
import { Button } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';

/**
 * Tagging, not scoring: a value of the mensperspectief (or one of its
 * sub-values, factors or vulnerabilities) and a direction. Folded away until
 * asked for, so a list of contributions stays readable on a phone.
 */
export function TagPicker({ entryId, entryLabel }: { entryId: string; entryLabel: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { label } = useLocale();
  const { phase, send } = useRoom();
  const id = useId();
  const [itemId, setItemId] = useState('');
  const [direction, setDirection] = useState<TagDirection>('visible_strength');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!itemId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send({ type: 'tag', phaseId: phase.id, entryId, itemId, direction });
    setItemId('');
  };

  return (
    <details className="tag-picker">
      <summary>{t('sessions.live.tags.add')}</summary>
      <form noValidate onSubmit={submit} aria-label={t('sessions.live.tags.formLabel', { entry: entryLabel })}>
        <div className={missing ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-item`}>{t('sessions.live.tags.value')}</label>
          {missing && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('sessions.live.tags.chooseValue')}
            </p>
          )}
          <select
            id={`${id}-item`}
            value={itemId}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(e) => setItemId(e.target.value)}
          >
            <option value="">{t('sessions.live.tags.chooseValue')}</option>
            {MENSPERSPECTIEF.values.map((value) => (
              <optgroup key={value.id} label={localized(value.name)}>
                <option value={value.id}>{localized(value.name)}</option>
                {childrenOfValue(value.id).map((child) => (
                  <option key={child.id} value={child.id}>
                    {`– ${localized(child.name)}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
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
