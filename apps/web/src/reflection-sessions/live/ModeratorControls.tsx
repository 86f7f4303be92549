import { entriesPrivate } from '@kring/domain';
import { useId, useState } from 'react';
import { Button, ConfirmButton } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { readiness } from './readiness';
import { TimerExtensions, TimerToggle } from './SessionTimer';
import { useTexts } from '../texts';

/**
 * The moderator's steering wheel, in one bar that stays at the bottom of the
 * screen while the board scrolls: start, the phase's time, the reveal, the
 * phases (also back) and the end; on a phone the less used half is folded. Only shown to the moderator; the server
 * refuses these from anyone else.
 */
export function ModeratorControls({ clockOffsetMs }: { clockOffsetMs: number }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase, send } = useRoom();
  // On a phone the bar folds what is used less (more time, back, end) under "Meer", so the box to type in stays in sight.
  const [more, setMore] = useState(false);
  const moreId = useId();
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
  return (
    <section
      className={more ? 'moderator-controls moderator-controls--more' : 'moderator-controls'}
      aria-label={t('sessions.live.moderator.label')}
    >
      {!state.oneScreen && present > 0 && (
        <p className="moderator-controls__notes">{t('sessions.live.moderator.readyCount', { count: ready, present })}</p>
      )}
      {privateNow && <p className="moderator-controls__notes moderator-controls__more">{t('sessions.live.moderator.revealHint')}</p>}
      <div className="moderator-controls__buttons">
        <div className="button-row">
          <TimerToggle clockOffsetMs={clockOffsetMs} />
          {privateNow && <Button onClick={() => send({ type: 'reveal', phaseId: phase.id })}>{t('sessions.live.moderator.reveal')}</Button>}
          {next ? (
            <Button onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: next.id })}>
              {t('sessions.live.moderator.next', { phase: localized(next.title) })}
            </Button>
          ) : (
            <p>{t('sessions.live.moderator.lastPhase')}</p>
          )}
          <button
            type="button"
            className="link-button moderator-controls__toggle"
            aria-expanded={more}
            aria-controls={moreId}
            onClick={() => setMore(!more)}
          >
            {more ? t('sessions.live.moderator.less') : t('sessions.live.moderator.more')}
          </button>
        </div>
        <div className="button-row moderator-controls__more" id={moreId}>
          <TimerExtensions />
          {previous && (
            <Button variant="secondary" onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: previous.id })}>
              {t('sessions.live.moderator.previous', { phase: localized(previous.title) })}
            </Button>
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
