import type { GraphqlError } from '../graphql/client';
import { Alert } from './Alert';
import { ContentGuardPanel } from './content-guard/ContentGuardPanel';

/**
 * A refusal as the person should see it: the content guard's findings in
 * the text as typed (with "Ik heb dit gecontroleerd" when the save may go
 * ahead), any other refusal as its readable message.
 */
export function ErrorAlert({ error, busy }: { error: GraphqlError | undefined | null; busy?: boolean }) {
  if (!error) return null;
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
