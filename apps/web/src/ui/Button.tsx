import { type ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from './focus-on-mount';
import { useInPlace } from './in-place';
import { closeOnEscape } from './close-on-escape';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger';
  /**
   * While a request runs the button stays focusable (a disabled button drops
   * keyboard focus) but announces itself as unavailable.
   */
  busy?: boolean;
};

export function Button({ variant = 'primary', busy, className, type = 'button', onClick, autoFocus, ...button }: ButtonProps) {
  const focus = useFocusOnMount<HTMLButtonElement>(autoFocus);
  return (
    <button
      {...button}
      ref={focus}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(e) => {
        if (busy) e.preventDefault();
        else onClick?.(e);
      }}
    />
  );
}

interface ConfirmButtonProps {
  label: string;
  /** Which item the button acts on; read out with the label, as in a list of rows every button looks the same. */
  target: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  /** The question asked; pages that address people with "u" pass their own. */
  question?: string;
}

/**
 * A destructive action that asks once more in the page itself: a browser
 * confirm dialog is easy to click away and cannot be styled or translated.
 */
export function ConfirmButton({ label, target, confirmLabel, onConfirm, busy, question }: ConfirmButtonProps) {
  const { t } = useTranslation();
  // Once answered, the focus goes back to the button: the question that had it is gone.
  const asking = useInPlace();
  // Starts with the visible label, so speech control ("click Verwijderen") still finds it.
  const name = `${label}: ${target}`;
  if (!asking.open) {
    return (
      <Button variant="secondary" aria-label={name} busy={busy} autoFocus={asking.returnFocus} onClick={asking.start}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={name} onKeyDown={closeOnEscape(asking.stop)}>
      <span>{question ?? t('form.confirm')}</span>
      <Button
        variant="danger"
        autoFocus
        onClick={() => {
          asking.stop();
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="secondary" onClick={asking.stop}>
        {t('form.cancel')}
      </Button>
    </span>
  );
}
