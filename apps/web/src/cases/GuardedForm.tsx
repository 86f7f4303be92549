import { findingId } from '@kring/domain';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphqlError } from '../graphql/client';
import { Alert } from '../ui/Alert';
import { Form } from '../ui/Form';
import { GuardPanel, hasBsn, type GuardedText } from './GuardPanel';
import { FieldFindingsContext } from '../ui/content-guard/field-findings';
import { findingsKey } from '../ui/content-guard/highlight';
import { useIdentifyingDetails } from './useIdentifyingDetails';
import { useTexts } from './texts';

export interface GuardedFormProps {
  organisationId: string;
  /** The texts this form saves (or shares), checked while typing and again before sending. */
  texts: readonly GuardedText[];
  /** Sends the form with the author's answers, to spread into the input. */
  onSubmit: (answers: GuardAnswers) => Promise<unknown>;
  submitLabel: string;
  busy: boolean;
  error?: GraphqlError;
  fields: readonly string[];
  label?: string;
  children: ReactNode;
  /** Opened in place of something (a chapter being changed): Annuleren beside the save button, and Escape (ui/Form). */
  onCancel?: () => void;
  /** A person's name typed in the form that only this form knows (a story's storyteller): the texts are checked for it too. */
  alsoPerson?: string;
  /** What the last save achieved, said by the button that caused it (ui/Form). */
  status?: ReactNode;
}

/**
 * "Ik heb dit gecontroleerd" for the findings shown, as the input carries it: also by id, since the form's check
 * (on the server, while typing) shows names the save then counts as only the server's, such as the register's real
 * names; without the ids the save would be refused and the author asked again for what they already confirmed.
 */
export interface GuardAnswers {
  acknowledgeWarnings: boolean;
  acknowledgedFindings: string[];
}

/**
 * A form with the identifying-details guard: findings are marked while the
 * author types, and saving waits until the texts are clean or the author
 * has ticked "Ik heb dit gecontroleerd" for exactly the findings shown.
 */
export function GuardedForm({ organisationId, texts, onSubmit, error, children, alsoPerson, ...form }: GuardedFormProps) {
  const { t } = useTexts();
  const byField = useMemo(() => Object.fromEntries(texts.map((text) => [text.field, text.text])), [texts]);
  const check = useIdentifyingDetails(organisationId, byField, alsoPerson);
  const [confirmedKey, setConfirmedKey] = useState<string | null>(null);
  const [mustConfirm, setMustConfirm] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const currentKey = check.checking ? null : findingsKey(check.findings);
  const bsn = hasBsn(Object.values(check.findings).flat());
  const { checkNow } = check;
  // Each text box says what was found in it, beside itself (ui/Field reads this by the box's name).
  const byName = Object.fromEntries(
    texts.map((text) => [text.name ?? text.field, { findings: check.findings[text.field] ?? [], text: text.text }]),
  );

  // The server checks too, with the newest names; when it still finds
  // something, check afresh so the marks show what it found.
  useEffect(() => {
    if (error?.code === 'IDENTIFYING_DETAILS') void checkNow({ fresh: true });
  }, [error, checkNow]);

  const submit = async () => {
    const findings = await checkNow();
    if (!findings) return;
    const key = findingsKey(findings);
    // A BSN is never sent: the server would refuse it whatever was ticked.
    if (hasBsn(Object.values(findings).flat()) || (key !== '' && key !== confirmedKey)) {
      setMustConfirm(true);
      // Wait for the panel to render with the fresh findings before moving focus to it.
      requestAnimationFrame(() => panel.current?.focus());
      return;
    }
    setMustConfirm(false);
    const shown = Object.values(findings).flat();
    await onSubmit({ acknowledgeWarnings: shown.length > 0, acknowledgedFindings: [...new Set(shown.map(findingId))] });
  };

  return (
    <Form {...form} error={error} onSubmit={submit}>
      <FieldFindingsContext.Provider value={byName}>{children}</FieldFindingsContext.Provider>
      <GuardPanel
        ref={panel}
        texts={texts}
        check={check}
        confirmed={currentKey !== null && currentKey !== '' && confirmedKey === currentKey}
        onConfirm={(confirmed) => setConfirmedKey(confirmed ? currentKey : null)}
      />
      {mustConfirm && currentKey !== '' && (bsn || confirmedKey !== currentKey) && (
        <Alert tone="error">{t(bsn ? 'cases.guard.pleaseRemoveBsn' : 'cases.guard.pleaseConfirm')}</Alert>
      )}
    </Form>
  );
}
