import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

/** Who is in the room, who is connected, and who has marked "klaar" for this phase. */
export function Presence() {
  const { t } = useTexts();
  const { state, phase, send, connected } = useRoom();
  const me = state.participants.find((p) => p.personId === state.viewer.personId);
  // The moderator waits for the others' marks rather than giving one.
  const canMarkReady = state.status === 'live' && me && !state.viewer.isModerator;
  return (
    <Section title={t('sessions.live.presence.title')}>
      {canMarkReady && (
        // A toggle keeps its name; aria-pressed says whether it is on.
        <Button
          variant={me.ready ? 'primary' : 'secondary'}
          aria-pressed={me.ready}
          onClick={() => send({ type: 'markReady', phaseId: phase.id, ready: !me.ready })}
        >
          {t('sessions.live.presence.ready')}
        </Button>
      )}
      <ul className="presence">
        {state.participants.map((p) => (
          // Without a connection of its own, this screen cannot know who else is connected.
          <li key={p.personId} className={connected && p.online ? 'presence__online' : 'presence__away'}>
            <span className="presence__dot" aria-hidden="true" />
            <span className="presence__name">
              {p.displayName}
              {p.personId === state.viewer.personId && ` (${t('sessions.live.you')})`}
            </span>
            <span className="presence__meta">
              {[
                p.role === 'moderator' && t('sessions.live.presence.moderator'),
                connected && (p.online ? t('sessions.live.presence.online') : t('sessions.live.presence.away')),
                state.status === 'live' && p.ready && t('sessions.live.presence.isReady'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
