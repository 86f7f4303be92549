import { LIMITS } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './Field';

/**
 * `isNew` marks a password being chosen: it shows the minimum length and lets
 * password managers offer to generate and save one.
 */
export function PasswordField({ isNew, ...field }: Omit<TextFieldProps, 'type'> & { isNew?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...field}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      hint={isNew ? t('form.passwordHint', { min: LIMITS.passwordMin }) : undefined}
      minLength={isNew ? LIMITS.passwordMin : undefined}
      maxLength={LIMITS.passwordMax}
    />
  );
}
