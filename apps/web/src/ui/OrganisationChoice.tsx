import { useTranslation } from 'react-i18next';
import { SelectField } from './Field';

interface OrganisationChoiceProps {
  organisations: readonly { id: string; name: string }[];
  organisationId?: string;
  choose: (organisationId: string) => void;
  /** "Organisatie" unless the page asks it differently ("Voor welke organisatie?"). */
  label?: string;
}

/** The organisation a page is about; shown only to people in more than one. */
export function OrganisationChoice({ organisations, organisationId, choose, label }: OrganisationChoiceProps) {
  const { t } = useTranslation();
  if (organisations.length < 2 || !organisationId) return null;
  return (
    <SelectField
      label={label ?? t('fields.organisation')}
      name="organisationId"
      value={organisationId}
      onChange={choose}
      options={organisations.map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
