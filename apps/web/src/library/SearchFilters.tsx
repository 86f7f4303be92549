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
  // In screen order; each list narrows the search by one property of a shared item.
  const filters: { name: keyof Lists; legend: string; hint?: string; options: { value: string; label: string }[] }[] = [
    { name: 'valueIds', legend: t('library.filters.values'), options: coreValueOptions(language) },
    { name: 'sourceKinds', legend: t('library.filters.sourceKinds'), options: options(LIBRARY_SOURCE_KINDS, LIBRARY_SOURCE_KIND_LABELS) },
    {
      name: 'organisationKinds',
      legend: t('library.filters.organisationKinds'),
      hint: localized(SHARED_DESCRIPTOR_SENTENCE),
      options: options(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS),
    },
    // The hint above (SHARED_DESCRIPTOR_SENTENCE) names these two as well.
    { name: 'locationKinds', legend: t('library.filters.locationKinds'), options: options(LOCATION_KINDS, LOCATION_KIND_LABELS) },
    { name: 'clientGroups', legend: t('library.filters.clientGroups'), options: options(CLIENT_GROUPS, CLIENT_GROUP_LABELS) },
  ];
  return (
    <details className="library-filters" open={active}>
      <summary>{t('library.refine')}</summary>
      {/* The options are the list's own kinds, so what comes back is a list of that kind. */}
      {filters.map((filter) => (
        <CheckboxGroup
          key={filter.name}
          {...filter}
          values={values[filter.name]}
          onChange={(list) => onChange({ ...values, [filter.name]: list })}
        />
      ))}
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
