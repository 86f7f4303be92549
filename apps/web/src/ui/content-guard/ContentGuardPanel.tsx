import { identifyingDetailsWarning, type IdentifyingDetail, type IdentifyingDetailKind } from '@kring/domain';
import { useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldFinding } from '../../graphql/client';
import { useLanguage } from '../../i18n';
import { Button } from '../Button';
import { GuardReaderContext } from './guard-reader';
import { GuardChanged } from './GuardChanged';
import { HighlightedText } from './HighlightedText';
import { useEditedSince } from './useEditedSince';
import './content-guard.css';

export interface ContentGuardPanelProps {
  /** BSN_REFUSED (nothing to confirm) or IDENTIFYING_DETAILS. */
  code: string;
  findings: readonly FieldFinding[];
  /** The texts as sent, by the findings' field paths; a text that is not known is listed by its findings only. */
  texts: Readonly<Record<string, string>>;
  /** "Ik heb dit gecontroleerd": present only when the findings may be confirmed. */
  onConfirm?: () => void;
  busy?: boolean;
  /** The live rooms send rather than save. */
  confirmLabel?: string;
}

/** The server's findings carry the kind as a plain string of the shared list. */
function asDetail(finding: FieldFinding): IdentifyingDetail & { pseudonym: boolean } {
  const { kind, start, end, match, pseudonym } = finding;
  return { kind: kind as IdentifyingDetailKind, start, end, match, pseudonym };
}

/**
 * The one findings panel of Kring (issue #9): every form that saves text, the
 * live rooms and the notebook show what the content guard found here, with
 * the text highlighted as it was typed, and either "Ik heb dit
 * gecontroleerd" or, for a BSN, the plain rule that Kring never stores one.
 */
export function ContentGuardPanel({ code, findings, texts, onConfirm, busy, confirmLabel }: ContentGuardPanelProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const headingId = useId();
  const refused = code === 'BSN_REFUSED';
  const reader = useContext(GuardReaderContext);
  const relative = reader === 'relative';
  const fields = [...new Set(findings.map((f) => f.field))];
  const { ref, edited } = useEditedSince(findings);
  // Changed after the check: these findings no longer describe the text, and confirming would send the old one again.
  if (edited) return <GuardChanged ref={ref} />;
  return (
    <div ref={ref} className="guard" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(refused ? 'contentGuard.bsnTitle' : 'contentGuard.title')}</h3>
      {/* The advice follows the texts' declarations (a pseudonym exists there or not), not who reads it. */}
      <p>{identifyingDetailsWarning(findings.map(asDetail), language)}</p>
      {fields.map((field) => {
        const own = findings.filter((f) => f.field === field);
        const text = texts[field];
        return text !== undefined ? (
          <HighlightedText key={field} text={text} findings={own} />
        ) : (
          <ul key={field} className="guard__list">
            {own.map((f, i) => (
              <li key={i}>
                <mark className="guard-mark">{f.match}</mark> ({f.label})
              </li>
            ))}
          </ul>
        );
      })}
      {refused ? (
        <p className="field__hint">{t(relative ? 'contentGuard.relativeRemoveBsn' : 'contentGuard.removeBsn')}</p>
      ) : (
        <>
          {onConfirm && (
            <div className="guard__confirm">
              <Button type="button" variant="secondary" busy={busy} onClick={onConfirm}>
                {confirmLabel ?? t('contentGuard.confirm')}
              </Button>
            </div>
          )}
          <p className="field__hint">{t(relative ? 'contentGuard.relativeOrEdit' : 'contentGuard.orEdit')}</p>
        </>
      )}
    </div>
  );
}
