import type { EscalationPromptInfo } from '@kring/domain';
import { useState, type ReactNode } from 'react';
import { request } from '../../graphql/client';
import { RemoveFlaggedTextDocument } from '../../graphql/documents/ui-content-guard';
import { EscalationPrompt } from './EscalationPrompt';
import { removeFlaggedTexts } from './flagged-text';

/**
 * "Tekst weghalen", the one way every surface answers it: the text boxes that
 * still show the flagged `texts` empty themselves (flagged-text.ts), and the
 * choice is recorded. On a link page the choice is answered through the same
 * personal link (`token`) that showed the prompt. A choice that cannot be
 * recorded (offline) changes nothing about the text, which was never stored.
 */
export async function recordRemoved(promptId: string, texts: readonly string[] = [], token?: string): Promise<void> {
  removeFlaggedTexts(texts);
  try {
    await request(RemoveFlaggedTextDocument, { promptId, token: token ?? null });
  } catch {
    // Nothing of the text was stored either way; the screen still clears it.
  }
}

export interface EscalationAnswers {
  /** "Toch bewaren": send the same text again with keepFlaggedText. */
  keep: () => void | Promise<void>;
  /** "Tekst weghalen": clear the flagged text on the screen (the choice itself is recorded here). */
  removed: () => void;
}

/**
 * The escalation prompt for screens that send without a GraphQL form (the
 * live rooms): `ask(escalation, answers)` shows the server's refusal with the
 * organisation's procedure until the person chooses. The draft stays where it
 * is until then; "Tekst weghalen" records the choice and lets the screen
 * clear it. Forms that save through useMutation get the same prompt from ErrorAlert.
 */
export function useEscalationPrompt(): {
  ask: (escalation: EscalationPromptInfo, answers: EscalationAnswers) => void;
  prompt: ReactNode;
  clear: () => void;
} {
  const [open, setOpen] = useState<{ escalation: EscalationPromptInfo; answers: EscalationAnswers }>();
  const [busy, setBusy] = useState(false);
  const prompt = open && (
    <EscalationPrompt
      escalation={open.escalation}
      busy={busy}
      onKeep={async () => {
        setBusy(true);
        setOpen(undefined);
        await open.answers.keep();
        setBusy(false);
      }}
      onRemove={async () => {
        setBusy(true);
        await recordRemoved(open.escalation.promptId);
        setBusy(false);
        setOpen(undefined);
        open.answers.removed();
      }}
    />
  );
  return { ask: (escalation, answers) => setOpen({ escalation, answers }), prompt, clear: () => setOpen(undefined) };
}
