import { identifyingDetailsWarning, type IdentifyingDetail, type IdentifyingDetailKind } from '@kring/domain';
import { forwardRef, useId } from 'react';
import { useLanguage } from '../i18n';
import { Alert } from '../ui/Alert';
import { HighlightedText } from '../ui/content-guard/HighlightedText';
import type { IdentifyingDetailsCheck } from './useIdentifyingDetails';
import { useTexts } from './texts';

/** A text the guard checks, with the name the author knows it by. */
export interface GuardedText {
  field: string;
  label: string;
  text: string;
  /** The `name` of the text box that holds it, when not `field`: the box says beside itself what was found there. */
  name?: string;
}

interface GuardPanelProps {
  texts: readonly GuardedText[];
  check: IdentifyingDetailsCheck;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/**
 * Warns before saving or sharing: a summary, every text with its findings
 * marked, and "Ik heb dit gecontroleerd". Focusable, so the form can move the
 * author here when they try to save unconfirmed findings.
 */
export const GuardPanel = forwardRef<HTMLDivElement, GuardPanelProps>(function GuardPanel({ texts, check, confirmed, onConfirm }, ref) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const headingId = useId();
  const withFindings = texts.filter((text) => (check.findings[text.field] ?? []).length > 0);
  const all = withFindings.flatMap((text) => check.findings[text.field]);
  // A BSN is refused by the server whatever is ticked: no "Ik heb dit gecontroleerd" that could not keep its promise.
  const bsn = hasBsn(all);

  return (
    <>
      {check.error && <Alert tone="error">{t('cases.guard.failed', { message: check.error.message })}</Alert>}
      {check.checking && all.length === 0 && <p className="muted">{t('cases.guard.checking')}</p>}
      {all.length > 0 && (
        <div ref={ref} className="guard" role="region" aria-labelledby={headingId} tabIndex={-1}>
          <h3 id={headingId}>{t(bsn ? 'cases.guard.bsnTitle' : 'cases.guard.title')}</h3>
          {/* Only the summary is announced as it changes, not every marked text while typing. */}
          <p role="status">{identifyingDetailsWarning(all.map(asDetail), language)}</p>
          {withFindings.map((text) => (
            <div key={text.field} className="guard__text">
              <p className="guard__field">{t('cases.guard.inField', { field: text.label })}</p>
              <HighlightedText text={text.text} findings={check.findings[text.field]} />
            </div>
          ))}
          {bsn ? (
            <p className="field__hint">{t('cases.guard.removeBsn')}</p>
          ) : (
            <>
              <label className="checkbox guard__confirm">
                <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
                {t('cases.guard.confirm')}
              </label>
              <p className="field__hint">{t('cases.guard.confirmHint')}</p>
            </>
          )}
        </div>
      )}
    </>
  );
});

/** Whether the findings hold a BSN, which Kring never stores, checked or not. */
export function hasBsn(findings: readonly { kind: string }[]): boolean {
  return findings.some((finding) => finding.kind === 'bsn');
}

/** The server's findings carry the kind as a plain string of the shared list. */
/** Every text of a case is about its resident, who has a pseudonym there (the case inputs declare it so). */
function asDetail(finding: { kind: string; start: number; end: number; match: string }): IdentifyingDetail & { pseudonym: boolean } {
  return { ...finding, kind: finding.kind as IdentifyingDetailKind, pseudonym: true };
}
