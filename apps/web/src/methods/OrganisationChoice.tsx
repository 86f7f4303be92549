import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/Field';
import type { MethodOrganisation } from './use-method-organisation';

/** Only shown to people in more than one organisation. */
export function OrganisationChoice({ organisations, organisation, choose }: MethodOrganisation) {
  const { t } = useTranslation();
  if (organisations.length < 2 || !organisation) return null;
  return (
    <div className="form">
      <SelectField
        label={t('methods.organisation')}
        value={organisation.id}
        onChange={choose}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
    </div>
  );
}
