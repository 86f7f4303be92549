import { commandTexts, LIVE_COMMAND_TEXT_GUARDS, type LiveCommand } from '@kring/domain';
import { useEffect, type ReactNode } from 'react';
import { useSendGuard } from '../../ui/content-guard/useSendGuard';
import { useRoom } from './live-room-context';

interface GuardedBox {
  /** Whether a refused command was sent from this box (in the phase on screen). */
  owns: (command: LiveCommand) => boolean;
  /** Puts a refused command's text back in this box, open (a composer's draft is back already: live-room-client). */
  back?: (command: LiveCommand) => void;
  /** The command is in the outbox now: the box empties or closes. */
  sent: () => void;
}

/**
 * The content guard of a box in the room that sends text (a contribution, a question, a group's name), the same for
 * each: `send` checks the command's guarded texts (LIVE_COMMAND_TEXT_GUARDS) on the device and sends at once when they
 * are clean; otherwise `panel`, shown beside the box, marks what it found, refuses a BSN and sends a name or a date only
 * after "Ik heb dit gecontroleerd" — the text stays in the box meanwhile. What only the server finds (a resident's
 * real name from the register) comes back here the same way: its notice leaves the top of the page for the box that
 * `owns` it, the text is put back, and confirming sends the same command again without retyping.
 */
export function useGuardedSend({ owns, back, sent }: GuardedBox): {
  send: (command: LiveCommand) => void;
  panel: ReactNode;
  clear: () => void;
} {
  const { state, phase, send, notices, dismissNotice } = useRoom();
  // The guard's advice points to the pseudonym only in a session about a case.
  const aboutCase = state.caseRef !== null;
  const { guard, refused, panel, clear } = useSendGuard();
  const texts = (command: LiveCommand) => commandTexts(LIVE_COMMAND_TEXT_GUARDS, command, aboutCase);

  // A refusal arrives as a notice; one for another phase waits at the top until that phase (and its box) is back.
  // The box's callbacks are new at every render, so this runs at every render: it only acts on a notice that is there,
  // and takes it off (the web build's Preact has no useEffectEvent).
  useEffect(() => {
    const notice = notices.find((n) => n.findings && n.item && owns(n.item.command));
    if (!notice?.item || !notice.code) return;
    const { command, keepFlaggedText, escalationPromptId } = notice.item;
    const held = refused(
      commandTexts(LIVE_COMMAND_TEXT_GUARDS, command, aboutCase),
      { code: notice.code, findings: notice.findings },
      // Confirmed: the same command again, with the ids of what the server found (acknowledgedFindings).
      (acknowledged) => {
        send(command, acknowledged, keepFlaggedText && escalationPromptId ? { promptId: escalationPromptId } : undefined);
        sent();
      },
    );
    if (!held) return;
    dismissNotice(notice.id);
    back?.(command);
  }, [notices, phase.id, owns, back, sent, refused, send, dismissNotice, aboutCase]);

  return {
    send: (command) =>
      guard(texts(command), (acknowledged) => {
        send(command, acknowledged);
        sent();
      }),
    panel,
    clear,
  };
}
