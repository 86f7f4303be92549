import { findingId, IDENTIFYING_DETAIL_LABELS, type GuardedTextInput } from '@kring/domain';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldFinding } from '../../graphql/client';
import { useLanguage } from '../../i18n';
import type { Acknowledged } from '../live-room/outbox';
import { ContentGuardPanel } from './ContentGuardPanel';
import { useContentCheck } from './useContentCheck';

/** What the server's guard said about a live text the device let through (a name only the server knows). */
export interface ServerFindings {
  readonly code: string;
  readonly findings?: readonly FieldFinding[];
}

/** Whether a refusal comes with findings to mark: the server's BSN_REFUSED or IDENTIFYING_DETAILS. */
export function hasFindings(refusal: ServerFindings): refusal is ServerFindings & { findings: readonly FieldFinding[] } {
  return (refusal.code === 'BSN_REFUSED' || refusal.code === 'IDENTIFYING_DETAILS') && (refusal.findings?.length ?? 0) > 0;
}

/**
 * The content guard before a live text leaves the device: `guard(texts, send)`
 * sends at once when the texts are clean; otherwise it holds the send and
 * `panel` shows the findings marked — a BSN with the rule that Kring never
 * stores one, names and dates with "Ik heb dit gecontroleerd, toch
 * versturen", which sends with the confirmation; sending again judges anew.
 * `refused(texts, refusal, send)` shows the same panel for what only the
 * server found (the register's real names never leave it): the text stays in
 * its box, and confirming sends it again without retyping, with the ids of
 * the findings shown (acknowledgedFindings): the confirmation alone covers
 * only what this device could mark, never a name only the server knows.
 */
export function useSendGuard(): {
  guard: (texts: readonly GuardedTextInput[], send: (acknowledged: Acknowledged) => void) => void;
  refused: (texts: readonly GuardedTextInput[], refusal: ServerFindings, send: (acknowledged: Acknowledged) => void) => boolean;
  panel: ReactNode;
  clear: () => void;
} {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const check = useContentCheck();
  const [held, setHeld] = useState<{
    texts: readonly GuardedTextInput[];
    code: string;
    findings: readonly FieldFinding[];
    /** What confirming sends: for the device's own findings the confirmation, for the server's also their ids. */
    confirmed: Acknowledged;
    send: (acknowledged: Acknowledged) => void;
  }>();
  const guard = (texts: readonly GuardedTextInput[], send: (acknowledged: Acknowledged) => void) => {
    const verdict = check(texts);
    if (verdict.kind === 'clean') {
      setHeld(undefined);
      send({});
    } else
      setHeld({
        texts,
        code: verdict.kind === 'refused' ? 'BSN_REFUSED' : 'IDENTIFYING_DETAILS',
        findings: verdict.findings.map((f) => ({ ...f, label: IDENTIFYING_DETAIL_LABELS[f.kind][language], id: findingId(f) })),
        confirmed: { acknowledgeWarnings: true },
        send,
      });
  };
  const refused = useCallback((texts: readonly GuardedTextInput[], refusal: ServerFindings, send: (acknowledged: Acknowledged) => void) => {
    if (!hasFindings(refusal)) return false;
    const confirmed = { acknowledgeWarnings: true, acknowledgedFindings: [...new Set(refusal.findings.map((f) => f.id))] };
    setHeld({ texts, code: refusal.code, findings: refusal.findings, confirmed, send });
    return true;
  }, []);
  const panel = held && (
    <ContentGuardPanel
      code={held.code}
      findings={held.findings}
      texts={Object.fromEntries(held.texts.map((x) => [x.field, x.text ?? '']))}
      confirmLabel={t('contentGuard.confirmLive')}
      onConfirm={
        held.code === 'IDENTIFYING_DETAILS'
          ? () => {
              const { send, confirmed } = held;
              setHeld(undefined);
              send(confirmed);
            }
          : undefined
      }
    />
  );
  return { guard, refused, panel, clear: () => setHeld(undefined) };
}
