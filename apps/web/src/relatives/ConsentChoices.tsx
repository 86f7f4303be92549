import { MIRROR_CONSENT_SCOPES, type MirrorConsentScope } from '@kring/domain';
import { useId } from 'react';
import { useTexts } from './texts';

interface ConsentChoicesProps {
  values: readonly MirrorConsentScope[];
  onChange: (values: MirrorConsentScope[]) => void;
  organisation: string;
  easy: boolean;
}

/** Consent per scope, each in plain words with what it means; every other scope builds on taking part. */
export function ConsentChoices({ values, onChange, organisation, easy }: ConsentChoicesProps) {
  const { t } = useTexts();
  const id = useId();
  const takesPart = values.includes('take_part');
  const toggle = (scope: MirrorConsentScope, checked: boolean) =>
    // Not taking part clears the rest: they build on it.
    onChange(scope === 'take_part' && !checked ? [] : MIRROR_CONSENT_SCOPES.filter((s) => (s === scope ? checked : values.includes(s))));
  return (
    <fieldset className="field relative-consent" aria-describedby={`${id}-hint`}>
      <legend>{easy ? t('relative.easy.consentLegend') : t('relative.consent.legend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('relative.consent.hint')}
      </p>
      {MIRROR_CONSENT_SCOPES.map((scope) => {
        const dependent = scope !== 'take_part';
        return (
          <div
            key={scope}
            className={dependent ? 'relative-consent__choice relative-consent__choice--dependent' : 'relative-consent__choice'}
          >
            <label className="checkbox">
              <input
                type="checkbox"
                name="consents"
                value={scope}
                checked={values.includes(scope)}
                disabled={dependent && !takesPart}
                aria-describedby={easy ? undefined : `${id}-${scope}`}
                onChange={(e) => toggle(scope, e.target.checked)}
              />
              <span>{easy ? t(`relative.easy.${scope}`, { organisation }) : t(`relative.consent.${scope}`)}</span>
            </label>
            {!easy && (
              <p id={`${id}-${scope}`} className="field__hint relative-consent__hint">
                {t(`relative.consent.${scope}Hint`, { organisation })}
              </p>
            )}
          </div>
        );
      })}
      {!takesPart && <p className="field__hint">{t('relative.consent.needsTakePart')}</p>}
    </fieldset>
  );
}
