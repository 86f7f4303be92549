import {
  CLIENT_GROUP_LABELS,
  CLIENT_GROUPS,
  LIBRARY_SOURCE_KIND_LABELS,
  LIBRARY_SOURCE_KINDS,
  LOCATION_KIND_LABELS,
  LOCATION_KINDS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  SHARED_DESCRIPTOR_SENTENCE,
} from '@kring/domain';
import { useLanguage } from '../i18n';
import { useLocalized } from '../i18n/localized';
import { useLocale } from '../i18n/locale';
import { coreValueOptions } from '../stories';
import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/Field';
import type { LibraryQuery } from './library-filters';
import { useTexts } from './texts';

type Lists = Omit<LibraryQuery, 'query'>;

/** Filters by value, setting, resident group and kind; all empty lets everything through. */
export function SearchFilters({ values, onChange }: { values: Lists; onChange: (values: Lists) => void }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { options } = useLocale();
  const localized = useLocalized();
  const active = Object.values(values).some((list) => list.length > 0);
  const set =
    <K extends keyof Lists>(key: K) =>
    (list: Lists[K]) =>
      onChange({ ...values, [key]: list });
  return (
    <details className="library-filters" open={active}>
      <summary>{t('library.refine')}</summary>
      <CheckboxGroup
        legend={t('library.filters.values')}
        name="valueIds"
        options={coreValueOptions(language)}
        values={values.valueIds}
        onChange={set('valueIds')}
      />
      <CheckboxGroup
        legend={t('library.filters.sourceKinds')}
        name="sourceKinds"
        options={options(LIBRARY_SOURCE_KINDS, LIBRARY_SOURCE_KIND_LABELS)}
        values={values.sourceKinds}
        onChange={set('sourceKinds')}
      />
      <CheckboxGroup
        legend={t('library.filters.organisationKinds')}
        hint={localized(SHARED_DESCRIPTOR_SENTENCE)}
        name="organisationKinds"
        options={options(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS)}
        values={values.organisationKinds}
        onChange={set('organisationKinds')}
      />
      <CheckboxGroup
        legend={t('library.filters.locationKinds')}
        name="locationKinds"
        options={options(LOCATION_KINDS, LOCATION_KIND_LABELS)}
        values={values.locationKinds}
        onChange={set('locationKinds')}
      />
      <CheckboxGroup
        legend={t('library.filters.clientGroups')}
        name="clientGroups"
        options={options(CLIENT_GROUPS, CLIENT_GROUP_LABELS)}
        values={values.clientGroups}
        onChange={set('clientGroups')}
      />
      {active && (
        <Button
          variant="secondary"
          onClick={() => onChange({ valueIds: [], organisationKinds: [], locationKinds: [], clientGroups: [], sourceKinds: [] })}
        >
          {t('library.filters.clear')}
        </Button>
      )}
    </details>
  );
}
