import { TextField } from '../ui/Field';
import { useTexts } from './texts';

/** The day of a visit, left open until the two organisations know it: arranging, agreeing and planning a return visit. */
export function VisitDateField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTexts();
  return <TextField label={t('visits.agreement.date')} type="date" optional value={value} onChange={onChange} error={error} />;
}
