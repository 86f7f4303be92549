import type { Language, LocalizedText } from '@kring/domain';
import { TextAreaField, TextField } from '../ui/Field';
import { useTexts } from './texts';

interface Props {
  label: string;
  value: LocalizedText;
  onChange: (language: Language, value: string) => void;
  maxLength: number;
  multiline?: boolean;
  optional?: boolean;
}

/**
 * One text in Dutch and English, side by side on a wide screen and stacked on
 * a phone. A blank required text is reported by the method check, which names
 * the phase it is in.
 */
export function BilingualField({ label, value, onChange, maxLength, multiline, optional }: Props) {
  const { t } = useTexts();
  const fields = (['nl', 'en'] as const).map((language) => {
    const props = {
      label: t(language === 'nl' ? 'methods.builder.inDutch' : 'methods.builder.inEnglish', { field: label }),
      lang: language,
      value: value[language],
      optional,
      onChange: (text: string) => onChange(language, text),
    };
    return multiline ? (
      <TextAreaField key={language} rows={3} maxLength={maxLength} {...props} />
    ) : (
      <TextField key={language} maxLength={maxLength} {...props} />
    );
  });
  return <div className="bilingual">{fields}</div>;
}
