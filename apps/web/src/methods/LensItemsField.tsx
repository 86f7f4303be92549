import { findLensItem, LENSES } from '@kring/domain';
import { useId, useState } from 'react';
import { Button } from '../ui/Button';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

interface Props {
  itemIds: readonly string[];
  onAdd: (itemId: string) => void;
  onRemove: (itemId: string) => void;
}

/** The values or lens items a phase walks through, chosen per lens from the shared data. */
export function LensItemsField({ itemIds, onAdd, onRemove }: Props) {
  const { t } = useTexts();
  const local = useLocalized();
  const id = useId();
  const [choice, setChoice] = useState('');
  const name = (itemId: string) => {
    const found = findLensItem(itemId);
    return found ? local(found.item.name) : itemId;
  };

  return (
    <fieldset className="field">
      <legend>{t('methods.builder.lensItems')}</legend>
      <p className="field__hint">{t('methods.builder.lensItemsHint')}</p>
      {itemIds.length > 0 && (
        <ul className="chips">
          {itemIds.map((itemId) => (
            <li key={itemId} className="chip">
              {name(itemId)}
              <Button
                variant="secondary"
                aria-label={`${t('methods.builder.lensItemRemove')}: ${name(itemId)}`}
                onClick={() => onRemove(itemId)}
              >
                {t('methods.builder.lensItemRemove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <label htmlFor={id} className="visually-hidden">
          {t('methods.builder.lensItemChoose')}
        </label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('methods.builder.lensItemChoose')}</option>
          {LENSES.map((lens) => (
            <optgroup key={lens.id} label={local(lens.name)}>
              {lens.items
                .filter((item) => !itemIds.includes(item.id))
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {local(item.name)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <Button
          variant="secondary"
          onClick={() => {
            if (choice) onAdd(choice);
            setChoice('');
          }}
        >
          {t('methods.builder.lensItemAdd')}
        </Button>
      </div>
    </fieldset>
  );
}
