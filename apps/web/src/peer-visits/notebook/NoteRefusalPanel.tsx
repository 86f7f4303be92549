import type { NoteRefusal } from '@kring/domain';
import { ContentGuardPanel } from '../../ui/content-guard/ContentGuardPanel';
import { EscalationPrompt } from '../../ui/content-guard/EscalationPrompt';
import { useTexts } from '../texts';

interface Props {
  body: string;
  refusal: NoteRefusal;
  /** "Ik heb dit gecontroleerd" for what the server found (a name only it knows), with the ids of the findings shown. */
  onConfirm: (acknowledgedFindings: readonly string[]) => void;
  /** "Toch bewaren" for a note the server asked about, on the prompt it showed. */
  onKeep: (promptId: string) => void;
  /** "Tekst weghalen": the note opens to be rewritten; nothing of it was stored. */
  onRemove: () => void;
}

/**
 * A beeld the server refused at sync (notebook-guard.ts in @kring/domain):
 * it stays in the notebook, unsent, with what the server found highlighted in
 * it and the same answers as everywhere — a BSN is taken out by editing, names
 * and dates are confirmed, a possible complaint or incident shows the
 * organisation's own procedure. The other notes were sent.
 */
export function NoteRefusalPanel({ body, refusal, onConfirm, onKeep, onRemove }: Props) {
  const { t } = useTexts();
  if (refusal.code === 'ESCALATION_PROMPT' && refusal.escalation) {
    const escalation = refusal.escalation;
    return <EscalationPrompt escalation={escalation} onRemove={onRemove} onKeep={() => onKeep(escalation.promptId)} />;
  }
  return (
    <ContentGuardPanel
      code={refusal.code}
      findings={refusal.findings}
      texts={{ body }}
      confirmLabel={t('visits.notebook.confirmDetails')}
      onConfirm={refusal.code === 'IDENTIFYING_DETAILS' ? () => onConfirm([...new Set(refusal.findings.map((f) => f.id))]) : undefined}
    />
  );
}
