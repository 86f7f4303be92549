import { entriesPrivate } from '@kring/domain';
import { Button, ConfirmButton } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { readiness } from './readiness';
import { TimerControls } from './SessionTimer';
import { useTexts } from '../texts';

/**
 * The moderator's steering wheel, in one bar that stays at the bottom of the
 * screen while the board scrolls: start, the phase's time, the reveal, the
 * phases (also back) and the end. Only shown to the moderator; the server
 * refuses these from anyone else.
 */
export function ModeratorControls({ clockOffsetMs }: { clockOffsetMs: number }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase, send } = useRoom();
  if (!state.viewer.isModerator) return null;

  if (state.status === 'planned') {
    return (
      <section className="moderator-controls" aria-label={t('sessions.live.moderator.label')}>
        <Button onClick={() => send({ type: 'startSession' })}>{t('sessions.live.moderator.start')}</Button>
      </section>
    );
  }
  if (state.status !== 'live') return null;

  const previous = state.phases[state.currentPhaseIndex - 1];
  const next = state.phases[state.currentPhaseIndex + 1];
  const { ready, present } = readiness(state.participants);
  const privateNow = entriesPrivate(state, phase.id);
  const notes = [
    !state.oneScreen && present > 0 && t('sessions.live.moderator.readyCount', { ready, count: present }),
    privateNow && t('sessions.live.moderator.revealHint'),
  ].filter((note) => !!note);
  return (
    <section className="moderator-controls" aria-label={t('sessions.live.moderator.label')}>
      {notes.length > 0 && <p className="moderator-controls__notes">{notes.join(' ')}</p>}
      <div className="moderator-controls__buttons">
        <TimerControls clockOffsetMs={clockOffsetMs} />
        <div className="button-row">
          {privateNow && <Button onClick={() => send({ type: 'reveal', phaseId: phase.id })}>{t('sessions.live.moderator.reveal')}</Button>}
          {previous && (
            <Button variant="secondary" onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: previous.id })}>
              {t('sessions.live.moderator.previous', { phase: localized(previous.title) })}
            </Button>
          )}
          {next ? (
            <Button onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: next.id })}>
              {t('sessions.live.moderator.next', { phase: localized(next.title) })}
            </Button>
          ) : (
            <p>{t('sessions.live.moderator.lastPhase')}</p>
          )}
          <ConfirmButton
            label={t('sessions.live.moderator.end')}
            target={state.title}
            confirmLabel={t('sessions.live.moderator.confirmEnd')}
            onConfirm={() => send({ type: 'endSession' })}
          />
        </div>
      </div>
    </section>
  );
}
