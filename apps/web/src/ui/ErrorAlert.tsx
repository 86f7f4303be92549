import type { GraphqlError } from '../graphql/client';
import { Alert } from './Alert';
import { ContentGuardPanel } from './content-guard/ContentGuardPanel';
import { EscalationPrompt } from './content-guard/EscalationPrompt';

/**
 * A refusal as the person should see it: the content guard's findings in
 * the text as typed (with "Ik heb dit gecontroleerd" when the save may go
 * ahead), an escalation as the organisation's procedure with "Tekst
 * weghalen" and "Toch bewaren", any other refusal as its readable message.
 */
export function ErrorAlert({ error, busy }: { error: GraphqlError | undefined | null; busy?: boolean }) {
  if (!error) return null;
  if (error.escalation && error.keep && error.remove) {
    return (
      <EscalationPrompt
        escalation={error.escalation}
        busy={busy}
        onKeep={() => void error.keep?.()}
        onRemove={() => void error.remove?.()}
      />
    );
  }
  if (error.findings.length === 0) return <Alert tone="error">{error.message}</Alert>;
  return (
    <ContentGuardPanel
      code={error.code}
      findings={error.findings}
      texts={error.sentTexts ?? {}}
      busy={busy}
      onConfirm={error.confirm ? () => void error.confirm?.() : undefined}
    />
  );
}
