import { checkEntryBody, errorMessage, LIVE_LIMITS, type LiveCommand } from '@kring/domain';
import { useId, useSyncExternalStore, type FormEvent } from 'react';
import { useLanguage } from '../../i18n';
import { useTextFinding } from '../../ui/text-finding';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { useRoom } from './live-room-context';
import { anonymousKey, composerOf, type DraftSlot } from './live-room-client';
import { useGuardedSend } from './use-guarded-send';
import { useTexts } from '../texts';

/** A composer's label, as its box shows it (on one screen the moderator writes for the room). */
export function useComposerLabel(): (slot: DraftSlot) => string {
  const { t } = useTexts();
  const { forRoom } = useRoom();
  return (slot) => t(forRoom ? `sessions.live.composer.forRoom.${slot}` : `sessions.live.composer.label.${slot}`);
}

/**
 * Writing a contribution, question or option. The text is kept on the device
 * while typing (a reload keeps it), and once sent it waits in the outbox until
 * the server has it. In one-screen mode the moderator writes for the room.
 */
export function Composer({ slot }: { slot: DraftSlot }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { phase, drafts, forRoom, typingIn } = useRoom();
  const label = useComposerLabel()(slot);
  const id = useId();
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.get(slot));
  // Kept on the device with the text (a reload keeps it), and set again when a refused anonymous text comes back.
  const anonymous = useSyncExternalStore(drafts.subscribe, () => drafts.get(anonymousKey(slot)) === '1');
  const setAnonymous = (on: boolean) => drafts.set(anonymousKey(slot), on ? '1' : '');
  const finding = useTextFinding();
  // What only the server found (a resident's real name from the register) comes back here: the refusal put the text
  // back in this box already (live-room-client), the panel marks the finding, and "Ik heb dit gecontroleerd" sends it again.
  // Sent, it waits in the outbox, also across a reload: the box empties.
  const { send, panel } = useGuardedSend({
    owns: (command) => composerOf(command, phase.id) === slot,
    sent: () => drafts.set(slot, ''),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkEntryBody(text);
    if (!checked.ok) {
      finding.say(text, errorMessage(checked.problem.code, language, checked.problem.params));
      return;
    }
    finding.say(text, undefined);
    const command: LiveCommand =
      slot === 'question'
        ? { type: 'ask', phaseId: phase.id, body: checked.body, anonymous: !forRoom && anonymous, forRoom }
        : { type: 'contribute', phaseId: phase.id, body: checked.body, anonymous: !forRoom && anonymous, entryKind: slot, forRoom };
    // Checked on the phone before it leaves: a BSN never goes out, names and dates only once confirmed.
    send(command);
  };

  return (
    <form className="composer" noValidate onSubmit={submit}>
      {/* Before the box, to be chosen before typing: "… typt" names whoever types while it is off (its hint says so). On a
          phone the long hint shows under the send button (sessions.css), so the box is on the first screen. */}
      {!forRoom && (
        <div className="field composer__anonymous">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby={`${id}-anonymous`}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            {t('sessions.live.composer.anonymous')}
          </label>
          <p id={`${id}-anonymous`} className="field__hint">
            {t('sessions.live.composer.anonymousHint')}
          </p>
        </div>
      )}
      {/* The shared field: it counts as the limit nears and, over it, says so and keeps the text (never the browser's maxlength). */}
      <TextAreaField
        label={label}
        rows={forRoom ? 3 : 4}
        value={text}
        maxLength={LIVE_LIMITS.entryMaxLength}
        error={finding.messageFor(text)}
        onChange={(value) => {
          drafts.set(slot, value);
          // Presence for the others ("Fatima typt…"); the client sends it at most every few seconds.
          if (value.trim()) typingIn(phase.id, !forRoom && anonymous);
        }}
      />
      {panel}
      <Button type="submit">{t(`sessions.live.composer.submit.${slot}`)}</Button>
    </form>
  );
}
