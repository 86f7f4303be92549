import { currentActions, typingNow } from '@kring/domain';
import { useLanguage } from '../../i18n';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

/**
 * "Fatima typt…" just above the writing box (on a phone the first screen
 * shows it with the box), with the names as the room shows
 * them; "Iemand typt…" where the server left the name out (anonymous writing,
 * or a phase where everyone writes alone first). The line keeps its height
 * when empty, so the board below does not jump as people start and stop. It
 * is not a live region on purpose: a screen reader announcing every pause in
 * someone's typing would drown out the conversation.
 */
export function TypingLine() {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { state, phase, typing } = useRoom();
  const writes = currentActions(state).some((a) => a === 'contribute' || a === 'ask' || a === 'option');
  if (!writes) return null;
  const now = typingNow(typing, phase.id, Date.now());
  const names = now.personIds
    .filter((id) => id !== state.viewer.personId)
    .flatMap((id) => state.participants.find((p) => p.personId === id)?.displayName ?? []);
  const who = now.someone ? [...names, t(names.length ? 'sessions.live.typing.someoneElse' : 'sessions.live.typing.someone')] : names;
  const text = who.length
    ? t('sessions.live.typing.line', { count: who.length, names: new Intl.ListFormat(language, { type: 'conjunction' }).format(who) })
    : '';
  return <p className="typing muted">{text && text.charAt(0).toUpperCase() + text.slice(1)}</p>;
}
