import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/Field';

/** The organisation choice of a learning page, shown only to people in more than one. */
export function OrganisationChoice({ organisations, organisationId, choose }: { organisations: { id: string; name: string }[]; organisationId?: string; choose: (id: string) => void }) {
  const { t } = useTranslation();
  if (organisations.length < 2 || !organisationId) return null;
  return (
    <SelectField
      label={t('practices.chooseOrganisation')}
      name="organisationId"
      value={organisationId}
      onChange={choose}
      options={organisations.map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
