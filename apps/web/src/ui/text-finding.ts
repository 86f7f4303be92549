import { useCallback, useState } from 'react';

/**
 * What a page found about the text in a box (its own check before sending, or the server's refusal of what was sent),
 * shown while the box still holds that text: once the person changes it the finding no longer describes it ("Tekst is
 * verplicht" above a contribution since typed), as with a field's message from the server (answered-message.ts).
 */
export function useTextFinding(): {
  /** The finding, if the box still holds the text it was about. */
  messageFor(text: string): string | undefined;
  /** Says `message` about `text` (the box's text when it was checked or sent); undefined clears it. */
  say(text: string, message: string | undefined): void;
} {
  const [finding, setFinding] = useState<{ text: string; message: string }>();
  const say = useCallback(
    (text: string, message: string | undefined) => setFinding(message === undefined ? undefined : { text, message }),
    [],
  );
  return { messageFor: (text) => (finding?.text === text ? finding.message : undefined), say };
}
