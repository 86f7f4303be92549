import { IDENTIFYING_DETAIL_LABELS, type ContentVerdict, type GuardedTextInput } from '@kring/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { ContentGuardPanel } from './ContentGuardPanel';
import { useContentCheck } from './useContentCheck';

/**
 * The content guard before a live text leaves the device: `guard(texts, send)`
 * sends at once when the texts are clean; otherwise it holds the send and
 * `panel` shows the findings marked — a BSN with the rule that Kring never
 * stores one, names and dates with "Ik heb dit gecontroleerd, toch
 * versturen", which sends with the confirmation; sending again judges anew.
 */
export function useSendGuard(): {
  guard: (texts: readonly GuardedTextInput[], send: (acknowledged: boolean) => void) => void;
  panel: ReactNode;
  clear: () => void;
} {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const check = useContentCheck();
  const [held, setHeld] = useState<{
    texts: readonly GuardedTextInput[];
    verdict: ContentVerdict;
    send: (acknowledged: boolean) => void;
  }>();
  const guard = (texts: readonly GuardedTextInput[], send: (acknowledged: boolean) => void) => {
    const verdict = check(texts);
    if (verdict.kind === 'clean') {
      setHeld(undefined);
      send(false);
    } else setHeld({ texts, verdict, send });
  };
  const panel = held && held.verdict.kind !== 'clean' && (
    <ContentGuardPanel
      code={held.verdict.kind === 'refused' ? 'BSN_REFUSED' : 'IDENTIFYING_DETAILS'}
      findings={held.verdict.findings.map((f) => ({ ...f, label: IDENTIFYING_DETAIL_LABELS[f.kind][language] }))}
      texts={Object.fromEntries(held.texts.map((x) => [x.field, x.text ?? '']))}
      confirmLabel={t('contentGuard.confirmLive')}
      onConfirm={() => {
        const { send } = held;
        setHeld(undefined);
        send(true);
      }}
    />
  );
  return { guard, panel, clear: () => setHeld(undefined) };
}
