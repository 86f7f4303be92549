import { ESCALATION_RECORD_TEXT, ESCALATION_SIGNAL_LABELS, type EscalationPromptInfo } from '@kring/domain';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { Button } from '../Button';
import { GuardChanged } from './GuardChanged';
import { useEditedSince } from './useEditedSince';
import './content-guard.css';

export interface EscalationPromptProps {
  escalation: EscalationPromptInfo;
  /** "Tekst weghalen": the form clears the flagged text; only the choice is recorded. */
  onRemove: () => void;
  /** "Toch bewaren": the same save or command again, with keepFlaggedText. */
  onKeep: () => void;
  busy?: boolean;
}

/**
 * The one escalation prompt of Kring (issue #9 item 3), for every voice: the
 * server refused a text that looks like a complaint, a calamity, abuse or a
 * data breach, and nothing of it is stored. The person reads their
 * organisation's own procedure — the complaints officer by name and contact,
 * the incident route for staff — and chooses. The draft stays on screen
 * until they do. What Kring keeps about it is said in the sentence of the
 * rule itself (ESCALATION_RECORD_TEXT).
 */
/**
 * The draft stays until the person chooses: Escape in the prompt neither chooses nor closes a form opened in place
 * around it (ui/close-on-escape leaves an Escape whose default is prevented alone), so the text is not lost with it.
 */
const keepEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') event.preventDefault();
};

export function EscalationPrompt({ escalation, onRemove, onKeep, busy }: EscalationPromptProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const headingId = useId();
  const signals = escalation.signals.map((s) => ESCALATION_SIGNAL_LABELS[s][language]).join(t('escalation.or'));
  const { officerName, officerContact } = escalation.procedure;
  const { ref, edited } = useEditedSince(escalation);
  // Changed after the check: "Toch bewaren" would keep the old text; the next save is checked anew.
  if (edited) return <GuardChanged ref={ref} />;
  return (
    <div
      ref={ref}
      className="guard escalation"
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-procedure`}
      onKeyDown={keepEscape}
    >
      <h3 id={headingId}>{t('escalation.title', { signals })}</h3>
      <p id={`${headingId}-procedure`}>{escalation.procedure.text}</p>
      {officerName && (
        <dl className="escalation__contact">
          <dt>{t('escalation.officer')}</dt>
          <dd>{officerName}</dd>
          {officerContact && (
            <>
              <dt>{t('escalation.contact')}</dt>
              <dd>{officerContact}</dd>
            </>
          )}
        </dl>
      )}
      <p className="field__hint">{ESCALATION_RECORD_TEXT[language]}</p>
      <div className="escalation__choices">
        <Button type="button" busy={busy} onClick={onRemove}>
          {t('escalation.remove')}
        </Button>
        <Button type="button" variant="secondary" busy={busy} onClick={onKeep}>
          {t('escalation.keep')}
        </Button>
      </div>
    </div>
  );
}
