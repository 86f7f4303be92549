import { TextAreaField } from '../ui/Field';
import { useTexts } from './texts';

interface LimitedTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  /** Said beside the box as well (how long Kring keeps it). */
  note?: string;
  /** What the content guard found in this box at the last save ("111222333 (BSN)"), said here and not only by the button. */
  found?: readonly string[];
}

/**
 * A text area that always shows how much fits and says kindly when it is too long,
 * without cutting anything off: what someone typed stays theirs to shorten.
 */
export function LimitedTextArea({ label, value, onChange, max, rows = 3, note, found }: LimitedTextAreaProps) {
  const { t } = useTexts();
  const length = value.trim().length;
  const over = length > max;
  return (
    <TextAreaField
      // no-maxlength: this wrapper counts `max` itself from the first letter on (relatives always see how much fits).
      label={label}
      optional={t('relative.optionalMark')}
      rows={rows}
      value={value}
      onChange={onChange}
      // The counter has no full stop of its own: with the retention sentence after it, the two are two sentences.
      hint={[over ? undefined : t('relative.input.counter', { length, max }), note].filter(Boolean).join('. ') || undefined}
      error={
        [
          over ? t('relative.input.tooLong', { length, max }) : undefined,
          found?.length ? t('relative.input.found', { found: found.join(', ') }) : undefined,
        ]
          .filter(Boolean)
          .join(' ') || undefined
      }
    />
  );
}
